// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/textfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
/// The translation context of this file's messages, in a form lupdate reads.
struct TextFile
{
    Q_DECLARE_TR_FUNCTIONS(TextFile)
};
} // namespace

Result<QString> readUtf8File(const QString &path, qint64 maxBytes)
{
    using R = Result<QString>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(TextFile::tr("The file %1 does not exist.").arg(path));
    if (!info.isFile())
        return R::failure(TextFile::tr("%1 is not a file.").arg(path));
    if (info.size() > maxBytes)
        return R::failure(TextFile::tr("%1 is too large for a text (%2 KB, at most %3 KB): split it.").arg(path).arg(info.size() / 1024).arg(maxBytes / 1024));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(TextFile::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return R::failure(TextFile::tr("%1 is not UTF-8 text: save it as UTF-8 in your editor, then try again.").arg(path));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    return text;
}

LessonSections splitLessonMarkdown(const QString &markdown)
{
    static const QRegularExpression heading(
        uR"(^##\s+(avant\s+la\s+classe|before\s+class|en\s+classe|in\s+class|apr[eè]s\s+la\s+classe|after\s+class)\s*$)"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression titleLine(uR"(^#\s+(.+)$)"_s, QRegularExpression::MultilineOption);

    LessonSections s;
    QString *target = &s.summary;
    qsizetype from = 0;
    auto it = heading.globalMatch(markdown);
    bool sawSection = false;
    while (it.hasNext()) {
        const auto m = it.next();
        *target += markdown.mid(from, m.capturedStart() - from);
        const QString name = m.captured(1).toLower();
        if (name.startsWith(u"av") || name.startsWith(u"be"))
            target = &s.beforeClass;
        else if (name.startsWith(u"en") || name.startsWith(u"in"))
            target = &s.inClass;
        else
            target = &s.afterClass;
        from = m.capturedEnd();
        sawSection = true;
    }
    *target += markdown.mid(from);
    if (!sawSection) {
        s.beforeClass = s.summary;
        s.summary.clear();
    }
    const auto t = titleLine.match(sawSection ? s.summary : s.beforeClass);
    if (t.hasMatch() && t.capturedStart() == 0) {
        s.title = t.captured(1).trimmed();
        QString &holder = sawSection ? s.summary : s.beforeClass;
        holder.remove(0, t.capturedEnd());
    }
    s.summary = s.summary.trimmed();
    s.beforeClass = s.beforeClass.trimmed();
    s.inClass = s.inClass.trimmed();
    s.afterClass = s.afterClass.trimmed();
    return s;
}

} // namespace Continuite
