// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/outsidepictures.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Continuite {

using namespace Qt::StringLiterals;

QString pictureNotLoaded(const QString &description)
{
    const QString said = description.simplified();
    return u'*'
        + (said.isEmpty() ? QCoreApplication::translate("Store", "Picture not loaded")
                          : QCoreApplication::translate("Store", "Picture not loaded: %1").arg(said))
        + u'*';
}

QString withoutOutsidePictures(const QString &markdown)
{
    // One pass, leftmost first:
    // 1. an inline image, kept when it is the store's ("media:SHA256"), else its description;
    // 4. an HTML <img>, its description;
    // 5. any other "![" (a reference image, "![a][ref]", whose address is elsewhere in the text): made a plain link;
    // 6. an autolink (<https://…>, <prof@ecole.fr>), kept: a link;
    // 7. the start of any other HTML tag, shown as text: raw HTML can load pictures too (a table's "background", a
    //    style's url()), and neither the app's editor nor the CLI writes any.
    static const QRegularExpression picture(
        uR"re((!\[((?:[^\]\\]|\\.)*)\]\(([^)]*)\))|(<img\b[^>]*>)|(!\[)|(<[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>)|(<(?=[A-Za-z/!?])))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    Q_ASSERT(picture.isValid());
    static const QRegularExpression ours(uR"(^<?media:[0-9a-f]{64}>?$)"_s);
    static const QRegularExpression htmlAlt(uR"re(\balt\s*=\s*(?:"([^"]*)"|'([^']*)'))re"_s, QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype from = 0;
    auto it = picture.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        out += markdown.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        if (m.capturedStart(1) >= 0) {
            QString address = m.captured(3).trimmed(); // the address, then maybe a title: ![a](x.png "title")
            for (qsizetype i = 0; i < address.size(); ++i)
                if (address.at(i).isSpace()) {
                    address.truncate(i);
                    break;
                }
            out += ours.match(address).hasMatch() ? m.captured(1) : pictureNotLoaded(m.captured(2));
        } else if (m.capturedStart(4) >= 0) {
            const auto alt = htmlAlt.match(m.captured(4));
            out += pictureNotLoaded(alt.hasMatch() ? alt.captured(1) + alt.captured(2) : QString());
        } else if (m.capturedStart(5) >= 0) {
            const bool escaped = m.capturedStart() > 0 && markdown.at(m.capturedStart() - 1) == u'\\';
            out += escaped ? m.captured(5) : u"\\!["_s;
        } else if (m.capturedStart(6) >= 0) {
            out += m.captured(6);
        } else {
            out += u"&lt;"_s;
        }
    }
    return out + markdown.mid(from);
}

QString outsidePictureRefused(const QString &target)
{
    return QCoreApplication::translate("Store", "The text shows %1, a picture on the internet or elsewhere on this computer: pupils' "
                                                "apps do not load such pictures (a site would learn who reads the lesson, and it "
                                                "costs their data). Save the picture beside the text and link it from there, or "
                                                "attach it. Nothing was saved.")
        .arg(linkInSentence(target));
}

QString linkInSentence(const QString &target)
{
    constexpr qsizetype Shown = 200;
    return target.size() <= Shown ? target : target.left(Shown - 1) + u'…';
}

} // namespace Continuite
