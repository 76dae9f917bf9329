// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "attachmentmodel.h"

#include "content/imagereducer.h"
#include "content/mediastore.h"
#include "content/videoreducer.h"

#include <QFutureWatcher>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAttachments, "continuite.attachments")

namespace {

/// The verdicts on sounds and videos read through, by SHA-256 (any thread reads them: ReviewModel's kinds).
QMutex playLock;
QHash<QString, bool> playVerdicts;
/// The checks under way, by SHA-256 (the window's thread only).
QHash<QString, QFuture<bool>> playChecks;

/// One check at a time for the whole app: each reads a whole file, on two cores shared with the window. Never deleted:
/// a check under way when the app quits does not hold it back (the walk stops within its timeout anyway).
QThreadPool *playPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

} // namespace

AttachmentModel::AttachmentModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AttachmentModel::setAttachments(const QList<Continuite::Attachment> &attachments, const Continuite::MediaStore *media)
{
    QList<Row> rows;
    QHash<QString, QString> toCheck; // sha256 -> path
    for (const Continuite::Attachment &a : attachments) {
        const QString path = media && media->contains(a.sha256) ? media->pathOf(a.sha256) : QString();
        Row row{a, path, kindOf(a, path)};
        // A sound or video is given to the player only once read through (review-media20, finding 2(c)): its type is
        // the sender's word, and QtMultimedia decodes whatever picture size the file's frames state.
        if ((row.kind == u"video" || row.kind == u"audio") && !path.isEmpty()) {
            if (const std::optional<bool> fits = playable(a.sha256); !fits) {
                row.checking = true;
                toCheck.insert(a.sha256, path);
            } else if (!*fits) {
                row.kind = u"other"_s;
                row.notPlayed = true;
            }
        }
        rows.append(row);
    }
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
    for (auto it = toCheck.cbegin(); it != toCheck.cend(); ++it)
        check(it.key(), it.value());
}

std::optional<bool> AttachmentModel::playable(const QString &sha256)
{
    const QMutexLocker locked(&playLock);
    const auto it = playVerdicts.constFind(sha256);
    return it == playVerdicts.cend() ? std::nullopt : std::optional<bool>(*it);
}

void AttachmentModel::check(const QString &sha256, const QString &path)
{
    if (m_watching.contains(sha256))
        return;
    auto future = playChecks.constFind(sha256);
    if (future == playChecks.cend())
        future = playChecks.insert(sha256, QtConcurrent::run(playPool(), [path] {
                                       const auto fits = Continuite::VideoReducer::picturesFit(path);
                                       if (!fits)
                                           qCWarning(lcAttachments).noquote() << "not played:" << fits.error();
                                       return fits.ok();
                                   }));
    m_watching.insert(sha256);
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, sha256] {
        const bool fits = watcher->future().result();
        watcher->deleteLater();
        {
            const QMutexLocker locked(&playLock);
            playVerdicts.insert(sha256, fits);
        }
        playChecks.remove(sha256);
        checked(sha256, fits);
    });
    watcher->setFuture(*future);
}

void AttachmentModel::checked(const QString &sha256, bool fits)
{
    m_watching.remove(sha256);
    for (int i = 0; i < count(); ++i) {
        Row &row = m_rows[i];
        if (!row.checking || row.attachment.sha256 != sha256)
            continue;
        row.checking = false;
        row.notPlayed = !fits;
        if (!fits)
            row.kind = u"other"_s;
        Q_EMIT dataChanged(index(i), index(i), {KindRole, KindTextRole, CheckingRole});
    }
}

int AttachmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QString AttachmentModel::costText(const QList<Continuite::Attachment> &attachments)
{
    qint64 total = 0;
    bool video = false, audio = false;
    for (const Continuite::Attachment &a : attachments) {
        total += a.size;
        video = video || a.mime.startsWith(u"video/"_s);
        audio = audio || a.mime.startsWith(u"audio/"_s);
    }
    if (attachments.isEmpty())
        return {};
    if (video)
        return tr("%1 — video included").arg(sizeText(total));
    if (audio)
        return tr("%1 — sound included").arg(sizeText(total));
    return sizeText(total);
}

QStringList AttachmentModel::missingFiles() const
{
    QStringList missing;
    for (int row = 0; row < count(); ++row)
        if (!data(index(row), AvailableRole).toBool())
            missing << data(index(row), Sha256Role).toString();
    return missing;
}

QString AttachmentModel::missingSizeText() const
{
    qint64 total = 0;
    for (int row = 0; row < count(); ++row)
        if (!data(index(row), AvailableRole).toBool())
            total += data(index(row), SizeRole).toLongLong();
    return total > 0 ? sizeText(total) : QString();
}

QString AttachmentModel::sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1000)
        return tr("%1 bytes").arg(bytes);
    if (bytes < 1000 * 1000)
        return tr("%1 KB").arg(locale.toString(double(bytes) / 1000, 'f', 0));
    if (bytes < 1000 * 1000 * 1000)
        return tr("%1 MB").arg(locale.toString(double(bytes) / (1000 * 1000), 'f', 1));
    return tr("%1 GB").arg(locale.toString(double(bytes) / (1000 * 1000 * 1000), 'f', 1));
}

QString AttachmentModel::kindOf(const QString &mime)
{
    if (mime == u"application/pdf")
        return u"pdf"_s;
    for (const QString &kind : {u"image"_s, u"audio"_s, u"video"_s})
        if (mime.startsWith(kind + u'/'))
            return kind;
    return u"other"_s;
}

QString AttachmentModel::kindOf(const Continuite::Attachment &attachment, const QString &path)
{
    const QString kind = kindOf(attachment.mime);
    if ((kind == u"video" || kind == u"audio") && !path.isEmpty() && playable(attachment.sha256) == false)
        return u"other"_s; // read through and refused (the models read them through: see setAttachments)
    if (kind != u"image" || path.isEmpty())
        return kind;
    static QMutex lock;
    static QHash<QString, bool> shown; // sha256 -> showable
    const QMutexLocker locked(&lock);
    auto it = shown.constFind(attachment.sha256);
    if (it == shown.cend())
        it = shown.insert(attachment.sha256, Continuite::ImageReducer::showable(path));
    return *it ? kind : u"other"_s;
}

QVariant AttachmentModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Continuite::Attachment &a = row.attachment;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return a.name;
    case SizeRole:
        return a.size;
    case SizeTextRole:
        return sizeText(a.size);
    case MimeRole:
        return a.mime;
    case KindRole:
        return row.kind;
    case KindTextRole: {
        const QString &kind = row.kind;
        if (row.notPlayed)
            return a.mime.startsWith(u"audio/"_s) ? tr("Sound not played here") : tr("Video not played here");
        if (row.checking)
            return kind == u"audio" ? tr("Sound: checking…") : tr("Video: checking…");
        if (kind == u"pdf")
            return tr("PDF document");
        if (kind == u"image")
            return tr("Image");
        if (kind == u"audio")
            return tr("Audio");
        if (kind == u"video")
            return tr("Video");
        return tr("File");
    }
    case UrlRole:
        return row.path.isEmpty() ? QUrl() : QUrl::fromLocalFile(row.path);
    case AvailableRole:
        return !row.path.isEmpty();
    case Sha256Role:
        return a.sha256;
    case HeavyRole:
        return a.size > HeavyBytes;
    case CheckingRole:
        return row.checking;
    }
    return {};
}

QHash<int, QByteArray> AttachmentModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {SizeRole, "size"},
        {SizeTextRole, "sizeText"},
        {MimeRole, "mime"},
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {UrlRole, "url"},
        {AvailableRole, "available"},
        {Sha256Role, "sha256"},
        {HeavyRole, "heavy"},
        {CheckingRole, "checking"},
    };
}
