// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/shownmarkdown.h"

#include "content/imagereducer.h"
#include "content/mediastore.h"
#include "content/outsidepictures.h"

#include <QFile>
#include <QImageReader>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcShown, "continuite.media.markdown")

/// The pixels of the store's picture @p sha, or -1 when it is not shown: the verdict is kept by SHA-256 (a
/// content-addressed blob never changes), so a text is not read again each time it is shown.
qint64 shownPixels(const MediaStore &media, const QString &sha)
{
    static QMutex lock;
    static QHash<QString, qint64> verdicts;
    {
        QMutexLocker locked(&lock);
        if (const auto it = verdicts.constFind(sha); it != verdicts.constEnd())
            return *it;
    }
    const QString path = media.pathOf(sha);
    qint64 pixels = -1;
    if (ImageReducer::showable(path)) {
        QImageReader reader(path);
        const QSize size = reader.size();
        if (size.isValid())
            pixels = qint64(size.width()) * size.height();
    }
    QMutexLocker locked(&lock);
    verdicts.insert(sha, pixels);
    return pixels;
}

} // namespace

ShownMarkdown::ShownMarkdown(const MediaStore &media, qint64 budgetPixels)
    : m_media(media)
    , m_left(budgetPixels)
{
}

QString ShownMarkdown::operator()(const QString &markdown)
{
    // What renderableMarkdown() resolves: an inline picture whose address is exactly "media:SHA256", once
    // withoutOutsidePictures() has taken every other picture away.
    static const QRegularExpression picture(uR"re(!\[((?:[^\]\\]|\\.)*)\]\(media:([0-9a-f]{64})\))re"_s);
    const QString clean = withoutOutsidePictures(markdown);
    QString out;
    qsizetype from = 0;
    auto it = picture.globalMatch(clean);
    while (it.hasNext()) {
        const auto m = it.next();
        out += clean.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        const QString sha = m.captured(2);
        bool shown = m_counted.contains(sha);
        if (!shown && m_media.contains(sha)) {
            const qint64 pixels = shownPixels(m_media, sha);
            shown = pixels > 0 && pixels <= MaxPixels && pixels <= m_left;
            if (shown) {
                m_left -= pixels;
                m_counted.insert(sha, true);
            } else {
                qCInfo(lcShown) << "picture" << sha.left(12) << "not shown:" << pixels << "pixels," << m_left << "left in this reader's budget";
            }
        } else if (!shown) {
            shown = true; // not on this device yet: an empty address, as before
        }
        if (shown) {
            out += m.captured(0);
        } else {
            out += pictureNotLoaded(m.captured(1));
        }
    }
    return m_media.renderableMarkdown(out + clean.mid(from));
}

} // namespace Continuite
