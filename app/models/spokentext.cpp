// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "spokentext.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>
#include <QVariantMap>

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

bool SpokenText::opensSafely(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme().toLower();
    if (scheme == u"mailto")
        return !parsed.path().isEmpty();
    return (scheme == u"http" || scheme == u"https") && !parsed.host().isEmpty();
}

QVariantList SpokenText::linksOf(const QString &markdown) const
{
    QTextDocument document;
    document.setMarkdown(markdown);
    QVariantList links;
    QStringList seen;
    QString href;
    QString text;
    const auto flush = [&] {
        const QString words = text.simplified();
        if (!href.isEmpty() && opensSafely(href) && !seen.contains(href)) {
            seen.append(href);
            links.append(QVariantMap{{u"text"_s, words.isEmpty() ? href : words}, {u"url"_s, href}});
        }
        href.clear();
        text.clear();
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const QString fragmentHref = format.isAnchor() ? format.anchorHref() : QString();
            if (fragmentHref != href)
                flush();
            href = fragmentHref;
            if (!href.isEmpty())
                text += it.fragment().text().remove(QChar::ObjectReplacementCharacter);
        }
        flush();
    }
    return links;
}
