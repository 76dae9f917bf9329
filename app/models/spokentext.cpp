// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "spokentext.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

using namespace Qt::StringLiterals;

QString SpokenText::fromMarkdown(const QString &markdown) const
{
    // Qt 6.4's Markdown reader drops an image whose alt text is empty: give it one nobody reads.
    QString source = markdown;
    source.replace(u"![]("_s, u"![\u200B]("_s);
    QTextDocument document;
    document.setMarkdown(source);
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString line;
        // A numbered item keeps its number ("2."); a bullet is not read out.
        if (const QTextList *list = block.textList(); list && list->format().style() <= QTextListFormat::ListDecimal
            && list->format().style() >= QTextListFormat::ListUpperRoman)
            line = list->itemText(block) + u' ';
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat()) {
                line += fragment.text();
                continue;
            }
            // One object character per image; the Markdown alt text is the image's description.
            const QString alt = format.stringProperty(QTextFormat::ImageAltText).remove(QChar(0x200B)).simplified();
            for (int i = 0; i < fragment.length(); ++i) {
                if (!line.isEmpty() && !line.endsWith(u' '))
                    line += u' ';
                line += alt.isEmpty() ? tr("Image without a description") : tr("Image: %1").arg(alt);
            }
        }
        line.replace(QChar::LineSeparator, u'\n').remove(QChar::ObjectReplacementCharacter);
        line = line.trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(u'\n');
}
