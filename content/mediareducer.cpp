// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/mediareducer.h"

#include "content/mediastore.h"
#include "content/voicerecorder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStorageInfo>
#include <QUuid>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
/// Room left beside a light copy for what the command writes next (the store's journal is on another check).
constexpr qint64 CopyMargin = 1000 * 1000;
} // namespace

MediaReducer::MediaReducer(QString workDir)
    : m_workDir(std::move(workDir))
{
}

QString MediaReducer::sizeText(qint64 bytes)
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

QString MediaReducer::savingText(qint64 before, qint64 after)
{
    return tr("%1 → %2").arg(sizeText(before), sizeText(after));
}

QString MediaReducer::Prepared::summary() const
{
    const QString sizes = reduced ? savingText(originalSize, size) : sizeText(size);
    if (!note.isEmpty())
        return QCoreApplication::translate("MediaReducer", "%1: %2 (%3)").arg(name, sizes, note);
    return QCoreApplication::translate("MediaReducer", "%1: %2").arg(name, sizes);
}

Result<MediaReducer::Prepared> MediaReducer::prepare(const QString &path, const Options &options) const
{
    using R = Result<Prepared>;
    const QFileInfo info(path);
    if (!info.isFile())
        return R::failure(tr("The file %1 does not exist.").arg(path));
    Prepared p{info.absoluteFilePath(), info.absoluteFilePath(), info.fileName(), info.size(), info.size(), false};
    if (!options.keepOriginal && options.reduceVideos && VideoReducer::isVideo(path))
        return prepareVideo(p, options);
    // A sound picked from a laptop's or a phone's recorder (.wav: 5.3 MB a minute; .m4a: 1 MB) becomes what the app's
    // own capsule is, tags gone (review-media23, finding 3: it was sent as picked, the week's budget in a minute).
    if (!options.keepOriginal && isSound(path) && !madeHere(path))
        return prepareVideo(p, options, true);
    if (options.keepOriginal || !ImageReducer::isPicture(path))
        return p;
    auto reduced = ImageReducer(options.imageMode).reduce(path);
    if (!reduced)
        return R::failure(reduced.error());
    if (options.stopped && options.stopped())
        return R::failure(stoppedText(info.fileName()));
    // A folder of its own for each copy (its content's digest, then a random part): the same photo in two drafts is
    // two copies, so handing one in and discarding its copy never takes the other's (a review of session 14,
    // finding 4: a pupil's draft lost its photo).
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(reduced->bytes, QCryptographicHash::Sha256).toHex().left(16));
    const QString dir = m_workDir + u'/' + digest + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8);
    // A full disk is said as such, before anything is written when it can be seen, and nothing half-written is left
    // (review-media20, finding 6: QSaveFile's error after a failed commit is empty, and the person read "Unknown error").
    const QString workDisk = QDir(m_workDir).exists() ? m_workDir : QFileInfo(m_workDir).absolutePath();
    const QStorageInfo disk(workDisk);
    const qint64 needed = reduced->bytes.size() + CopyMargin;
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < needed)
        return R::failure(tr("There is no more room on the disk for the light copy of %1 (%2 needed, %3 free in %4): free some "
                             "space, then try again. Nothing was attached.")
                              .arg(info.fileName(), sizeText(needed), sizeText(disk.bytesAvailable()), QDir::toNativeSeparators(disk.rootPath())));
    if (!QDir().mkpath(dir))
        return R::failure(tr("Cannot make the light copy of %1: the folder %2 cannot be created.").arg(info.fileName(), m_workDir));
    QSaveFile out(dir + u'/' + reduced->name);
    if (!out.open(QIODevice::WriteOnly) || out.write(reduced->bytes) != reduced->bytes.size() || !out.commit()) {
        out.cancelWriting();
        QDir(dir).removeRecursively();
        const QStorageInfo after(workDisk);
        return R::failure(tr("The light copy of %1 could not be written: the disk is full or refuses to be written (%2 free in %3). "
                             "Free some space, then try again. Nothing was attached.")
                              .arg(info.fileName(), sizeText(std::max<qint64>(0, after.bytesAvailable())),
                                   QDir::toNativeSeparators(after.rootPath())));
    }
    // Even a picture already light enough, kept as it is, is written here from the bytes that were checked: the store
    // never opens the person's file by its name again (review-media20, finding 4: a link swapped between the check and
    // the store's open attached a private key as "schema.png", image/png).
    p.path = out.fileName();
    p.name = reduced->name;
    p.size = reduced->bytes.size();
    p.reduced = !reduced->keptOriginal;
    if (reduced->firstPictureOnly)
        p.note = tr("first picture only: an animation is kept as one up to %1 pixels and %2, and the app shows only its "
                    "first picture")
                     .arg(ImageReducer::MaxLongSide)
                     .arg(sizeText(ImageReducer::MaxAnimationBytes));
    return p;
}

QString MediaReducer::stoppedText(const QString &name)
{
    return tr("Stopped: %1 was not attached.").arg(name);
}

bool MediaReducer::madeHere(const QString &path) const
{
    const QString root = QDir(m_workDir).absolutePath();
    const QFileInfo file(path);
    // A folder of its own: one level below workDir, never workDir itself.
    return !path.isEmpty() && QFileInfo(file.absolutePath()).absolutePath() == root;
}

void MediaReducer::discard(const QString &path) const
{
    if (madeHere(path))
        QDir(QFileInfo(path).absolutePath()).removeRecursively();
}

QString MediaReducer::sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

bool MediaReducer::isSound(const QString &path)
{
    static const QMimeDatabase db;
    auto sound = [&](QMimeDatabase::MatchMode mode) { return db.mimeTypeForFile(path, mode).name().startsWith(u"audio/"_s); };
    return (sound(QMimeDatabase::MatchExtension) || sound(QMimeDatabase::MatchContent)) && !VideoReducer::isVideo(path);
}

Result<MediaReducer::Prepared> MediaReducer::prepareVideo(Prepared p, const Options &options, bool sound) const
{
    using R = Result<Prepared>;
    const QFileInfo info(p.sourcePath);
    // Named by the original's name, size and time: the same video attached twice is made light once.
    const QByteArray key = (p.sourcePath + u'|' + QString::number(info.size()) + u'|'
                            + QString::number(info.lastModified().toMSecsSinceEpoch())).toUtf8();
    const QString dir = m_workDir + u'/' + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    const QString out = dir + u'/' + info.completeBaseName() + (sound ? u".opus"_s : u".webm"_s);
    // The light versions this store already holds, by the original's SHA-256: light-index/<original> names the blob.
    QString index;
    if (!options.storeDir.isEmpty() && !QFileInfo::exists(out))
        if (const QString original = sha256Of(p.sourcePath); !original.isEmpty())
            index = options.storeDir + u"/light-index/"_s + original;
    if (!index.isEmpty()) {
        QFile known(index);
        const QString light = known.open(QIODevice::ReadOnly) ? QString::fromLatin1(known.read(64)) : QString();
        const MediaStore store(options.storeDir);
        if (store.contains(light) && QDir().mkpath(dir)) {
            QFile::remove(out + u".part"_s);
            if (!QFile::copy(store.pathOf(light), out + u".part"_s) || !QFile::rename(out + u".part"_s, out)) {
                QFile::remove(out + u".part"_s);
                QFile::remove(out);
            }
        }
    }
    if (!QFileInfo::exists(out)) {
        if (options.stopped && options.stopped())
            return R::failure(stoppedText(info.fileName()));
        VideoReducer::Options made;
        if (sound) // the capsule's own bitrate: 16 kbit/s, ≈ 120 KB a minute
            made.audioBitsPerSecond = VoiceRecorder::Options{}.bitsPerSecond;
        VideoReducer reducer(made);
        // VideoReducer reports its progress from its loop every tenth of a second: the Stop asked is heard there.
        auto progress = [&](double done) {
            if (options.stopped && options.stopped())
                reducer.cancel();
            if (options.videoProgress)
                options.videoProgress(done);
        };
        auto reduced = reducer.reduce(p.sourcePath, out, progress);
        if (!reduced) {
            QDir().rmdir(dir); // its folder too, when nothing else is in it: a stopped video leaves nothing
            if (options.stopped && options.stopped())
                return R::failure(reduced.error());
            // A sound without a picture (a phone's voice memo saved as .mp4) is made light by reduce() (mono Opus, no
            // tags: review-media20, finding 5); only when that fails is it attached as it is, never refused (the
            // session-14 review, finding 11: it was refused, and the CLI's only way out, --original, kept every other
            // picture of the command as it was too).
            if (auto seen = VideoReducer::inspect(p.sourcePath); seen && !seen->hasVideo && seen->hasAudio)
                return p;
            // A sound GStreamer cannot read is attached as it is, as every sound was before: it is never refused (a
            // pupil's answer recorded elsewhere may exist nowhere else).
            if (sound)
                return p;
            // A document or a picture named like a video: say what it is, not that GStreamer lacks a plug-in.
            static const QMimeDatabase db;
            const QMimeType content = db.mimeTypeForFile(p.sourcePath, QMimeDatabase::MatchContent);
            if (content.inherits(u"application/pdf"_s) || content.name().startsWith(u"image/"_s) || content.name().startsWith(u"text/"_s)
                || content.inherits(u"application/zip"_s))
                return R::failure(tr("%1 is named like a video but it is a %2 (%3): give it its true extension (.%4) and attach it "
                                     "again; nothing was attached.")
                                      .arg(info.fileName(), content.comment(), content.name(), content.preferredSuffix()));
            return R::failure(reduced.error());
        }
        if (!index.isEmpty() && QDir().mkpath(QFileInfo(index).absolutePath())) {
            // Kept even when the store never takes the file (the teacher stops there): it is looked up only when
            // the store holds that very blob.
            QSaveFile entry(index);
            if (entry.open(QIODevice::WriteOnly))
                entry.write(sha256Of(out).toLatin1());
            entry.commit();
        }
    }
    p.path = out;
    p.name = QFileInfo(out).fileName();
    p.size = QFileInfo(out).size();
    p.reduced = true;
    return p;
}

Result<QList<MediaReducer::Prepared>> MediaReducer::prepareAll(const QStringList &paths, const Options &options) const
{
    QList<Prepared> all;
    for (const QString &path : paths) {
        auto p = prepare(path, options);
        if (!p) {
            for (const Prepared &done : std::as_const(all))
                if (done.reduced || madeHere(done.path))
                    QDir(QFileInfo(done.path).absolutePath()).removeRecursively();
            return Result<QList<Prepared>>::failure(p.error());
        }
        all << *p;
    }
    return all;
}

} // namespace Continuite
