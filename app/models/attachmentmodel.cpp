// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "attachmentmodel.h"

#include "content/imagereducer.h"
#include "content/mediastore.h"
#include "content/videoreducer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSaveFile>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QMutex>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAttachments, "continuite.attachments")

namespace {

/// The verdicts on sounds and videos read through, by SHA-256 (any thread reads them: ReviewModel's kinds), and why
/// one was refused. A check that ran out of time gives none: the file is read again when it is shown again.
QMutex playLock;
QHash<QString, bool> playVerdicts;
QHash<QString, QString> playReasons;

/// The files waiting to be read through, for the whole app (review-media21, finding 4): one at a time, on two cores
/// shared with the window; the one a person asked for goes first; one no model waits for any more is dropped.
struct PlayQueue
{
    QMutex lock;
    QList<QString> order;          ///< waiting, first first
    QHash<QString, QString> paths; ///< waiting or being read: sha256 -> path
    QHash<QString, int> watchers;  ///< sha256 -> the models waiting for its verdict
};
PlayQueue &playQueue()
{
    static PlayQueue q;
    return q;
}
/// The models alive (the window's thread only): the verdicts go to them.
QSet<AttachmentModel *> &liveModels()
{
    static QSet<AttachmentModel *> models;
    return models;
}

/// One thread for the whole app. Never deleted: a check under way when the app quits does not hold it back (the walk
/// stops within its timeout anyway).
QThreadPool *playPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

/// Why the file of @p a at @p path, of the kind "pdf" or "other", is not opened (empty: it may be). Such a file goes
/// to the app's PDF viewer or to the desktop by its blob's name, which has no extension: the desktop chooses its program
/// from the content, whatever the sender named it (review-media20, finding 8: an HTML page called devoir.pdf opens in
/// the browser, an executable or a desktop entry in what runs them). So the app reads the first bytes itself (the same
/// shared-mime-info database as the desktop's): a PDF must hold a PDF, and a file goes to the desktop only when it holds
/// a kind of document that is read, not run. The verdict is kept by SHA-256 (a blob never changes).
QString notOpenedBecause(const Continuite::Attachment &a, const QString &path)
{
    static QMutex lock;
    static QHash<QString, QString> verdicts;
    {
        const QMutexLocker locked(&lock);
        if (const auto it = verdicts.constFind(a.sha256); it != verdicts.cend())
            return *it;
    }
    static const QMimeDatabase mimes;
    const QMimeType content = mimes.mimeTypeForFile(path, QMimeDatabase::MatchContent);
    const QString type = content.name();
    bool may = type == u"application/pdf";
    if (AttachmentModel::kindOf(a.mime) != u"pdf") {
        // Exact names: an HTML page, a script and a desktop entry all inherit text/plain.
        static const QSet<QString> documents{u"text/plain"_s, u"application/rtf"_s, u"application/zip"_s, u"application/epub+zip"_s,
                                             u"application/x-ole-storage"_s, u"application/msword"_s, u"application/vnd.ms-excel"_s,
                                             u"application/vnd.ms-powerpoint"_s};
        may = may || documents.contains(type) || type.startsWith(u"application/vnd.oasis.opendocument."_s)
              || type.startsWith(u"application/vnd.openxmlformats-officedocument."_s);
    }
    QString why;
    if (!may) {
        why = AttachmentModel::tr("“%1” holds %2 (%3): this app neither opens that kind of file nor hands it to another "
                                  "program. Save a copy only if you trust who sent it.")
                  .arg(a.name, content.comment(), type);
        qCWarning(lcAttachments).noquote() << a.sha256.left(12) << "sent as" << a.mime << "holds" << type << ": not opened";
    }
    const QMutexLocker locked(&lock);
    verdicts.insert(a.sha256, why);
    return why;
}

} // namespace

AttachmentModel::AttachmentModel(QObject *parent)
    : QAbstractListModel(parent)
{
    liveModels().insert(this);
}

AttachmentModel::~AttachmentModel()
{
    liveModels().remove(this);
    unwatchAll();
}

void AttachmentModel::unwatchAll()
{
    PlayQueue &q = playQueue();
    const QMutexLocker locked(&q.lock);
    for (const QString &sha : std::as_const(m_watching)) {
        const auto it = q.watchers.find(sha);
        if (it != q.watchers.end() && --*it <= 0)
            q.watchers.erase(it); // still in the order: skipped when its turn comes
    }
    m_watching.clear();
}

void AttachmentModel::setAttachments(const QList<Continuite::Attachment> &attachments, const Continuite::MediaStore *media)
{
    unwatchAll();
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
                row.refused = true;
                const QMutexLocker locked(&playLock);
                row.why = QString(playReasons.value(a.sha256)).replace(a.sha256, a.name); // the blob's name: its SHA
            }
        } else if (row.kind == u"other" && kindOf(a.mime) != u"other" && !path.isEmpty()) {
            row.refused = true; // a picture, sound or video refused by its check: never decoded, here or elsewhere
            if (kindOf(a.mime) == u"image") {
                row.why = tr("%1 is a picture too large to be shown on this computer: the app does not decode it.").arg(a.name);
            } else {
                const QMutexLocker locked(&playLock);
                row.why = QString(playReasons.value(a.sha256)).replace(a.sha256, a.name);
            }
        } else if ((row.kind == u"other" || row.kind == u"pdf") && !path.isEmpty()) {
            if (QString why = notOpenedBecause(a, path); !why.isEmpty()) {
                row.kind = u"other"_s;
                row.refused = true;
                row.why = std::move(why);
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
    m_watching.insert(sha256);
    PlayQueue &q = playQueue();
    {
        const QMutexLocker locked(&q.lock);
        ++q.watchers[sha256];
        if (q.paths.contains(sha256))
            return; // waiting or being read: its verdict comes to every model waiting for it
        q.paths.insert(sha256, path);
        q.order.append(sha256);
    }
    // One task for each file queued; each reads the first file still waited for when its turn comes, so the order
    // may change meanwhile (checkFirst) and a file nobody waits for is skipped.
    playPool()->start([] {
        PlayQueue &q = playQueue();
        QString sha, path;
        {
            const QMutexLocker locked(&q.lock);
            while (!q.order.isEmpty() && sha.isEmpty()) {
                const QString next = q.order.takeFirst();
                if (q.watchers.value(next) > 0) {
                    sha = next;
                    path = q.paths.value(next);
                } else {
                    q.paths.remove(next);
                    qCInfo(lcAttachments) << "check of" << next.left(12) << "dropped: nobody waits for it";
                }
            }
        }
        if (sha.isEmpty())
            return;
        bool timedOut = false;
        const auto fits = Continuite::VideoReducer::picturesFit(path, 60'000, &timedOut);
        const QString why = fits ? QString() : fits.error();
        if (!fits)
            qCWarning(lcAttachments).noquote() << "not played:" << why;
        if (!timedOut) {
            const QMutexLocker locked(&playLock);
            playVerdicts.insert(sha, fits.ok());
            if (!fits)
                playReasons.insert(sha, why);
        }
        {
            const QMutexLocker locked(&q.lock);
            q.paths.remove(sha);
            q.watchers.remove(sha);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [sha, ok = fits.ok(), why] {
                for (AttachmentModel *model : std::as_const(liveModels()))
                    model->checked(sha, ok, why);
            },
            Qt::QueuedConnection);
    });
}

void AttachmentModel::checkFirst(int row)
{
    if (row < 0 || row >= count() || !m_rows.at(row).checking)
        return;
    PlayQueue &q = playQueue();
    const QMutexLocker locked(&q.lock);
    const QString &sha = m_rows.at(row).attachment.sha256;
    if (q.order.removeOne(sha))
        q.order.prepend(sha);
}

void AttachmentModel::checked(const QString &sha256, bool fits, const QString &why)
{
    if (!m_watching.remove(sha256))
        return;
    for (int i = 0; i < count(); ++i) {
        Row &row = m_rows[i];
        if (!row.checking || row.attachment.sha256 != sha256)
            continue;
        row.checking = false;
        row.refused = !fits;
        row.why = QString(why).replace(sha256, row.attachment.name); // the sentence names the blob, i.e. its SHA
        if (!fits)
            row.kind = u"other"_s;
        Q_EMIT dataChanged(index(i), index(i), {KindRole, KindTextRole, CheckingRole, RefusedRole, RefusedWhyRole});
    }
}

QString AttachmentModel::saveCopy(int row, const QUrl &destination) const
{
    if (row < 0 || row >= count() || m_rows.at(row).path.isEmpty())
        return tr("This file is not on this device yet.");
    const Row &r = m_rows.at(row);
    const QString to = destination.toLocalFile();
    if (to.isEmpty())
        return tr("Choose a place on this computer to save %1.").arg(r.attachment.name);
    QFile in(r.path);
    if (!in.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read on this device: %2").arg(r.attachment.name, in.errorString());
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return tr("%1 could not be saved: %2").arg(to, out.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(256 * 1024);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return tr("%1 could not be saved: %2").arg(to, out.errorString());
        }
        hash.addData(chunk);
    }
    if (QString::fromLatin1(hash.result().toHex()) != r.attachment.sha256) {
        out.cancelWriting();
        return tr("%1 is damaged on this device: nothing was saved. It will be fetched again at the next sync.").arg(r.attachment.name);
    }
    if (!out.commit())
        return tr("%1 could not be saved: %2").arg(to, out.errorString());
    return {};
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
        if (row.refused && a.mime.startsWith(u"image/"_s))
            return tr("Picture not shown here");
        if (row.refused && a.mime.startsWith(u"audio/"_s))
            return tr("Sound not played here");
        if (row.refused && a.mime.startsWith(u"video/"_s))
            return tr("Video not played here");
        if (row.refused)
            return tr("File not opened here");
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
    case RefusedRole:
        return row.refused;
    case RefusedWhyRole:
        return row.why;
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
        {RefusedRole, "refused"},
        {RefusedWhyRole, "refusedWhy"},
    };
}
