// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/imagereducer.h"
#include "content/videoreducer.h"
#include "content/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Continuite {

/**
 * @brief The frugal copies of files about to be attached: what the store keeps and sync sends instead of
 * the originals, shared by the CLI and the app.
 *
 * Pictures go through ImageReducer, videos (when asked) through VideoReducer, sounds through VideoReducer too (they
 * become what the app's own voice capsule is: mono Opus in Ogg (.opus), without tags); other files (a PDF worksheet) are used
 * as they are. Each
 * copy is written under a work folder, named like the original with the copy's extension, so the store
 * shows "cahier.jpg" and the person's file is never touched. A file that cannot be made light (damaged,
 * hostile, misnamed) is refused with a sentence and nothing is written.
 */
class MediaReducer
{
    Q_DECLARE_TR_FUNCTIONS(MediaReducer)
public:
    struct Options
    {
        bool keepOriginal = false; ///< the file as it is (CLI --original): no copy at all
        ImageReducer::Mode imageMode = ImageReducer::Mode::Photo;
        /// Videos get their light version (VideoReducer: minutes of work, so the caller runs this off the
        /// window's thread); false attaches them as they are.
        bool reduceVideos = false;
        std::function<void(double)> videoProgress; ///< 0…1 while a video is made light
        /// Asked now and then from the thread that prepares (the app's Stop button): true stops a video being made
        /// light, and a picture's copy is then not written. The answer is then a failure saying it was stopped.
        std::function<bool()> stopped;
        /// The store's media folder (MediaStore::rootDir()), when known: a video already made light for this store is
        /// taken back from it, found by the original's content, instead of made again — so the same video attached
        /// twice is the same light file, one attachment, made once (the session-14 review, finding 9: two encodings
        /// differ by a few bytes, and the lesson held both).
        QString storeDir;
    };

    /// One file ready for the store.
    struct Prepared
    {
        QString sourcePath;       ///< the person's file
        QString path;             ///< what to attach: the frugal copy (or the checked bytes of a picture kept as it is, written under workDir: madeHere()), or sourcePath itself
        QString name;             ///< the name it is shown under
        qint64 originalSize = 0;
        qint64 size = 0;          ///< of what is attached
        bool reduced = false;     ///< a frugal copy was made (false: a document, the original kept)
        QString note;             ///< what the person should know of the copy ("first picture only…"), or empty
        /// "cahier.jpg: 3.8 MB → 190 KB", or "fiche.pdf: 80 KB" when the file is attached as it is; the note after.
        QString summary() const;
    };

    /// Copies are written under @p workDir (made when needed).
    explicit MediaReducer(QString workDir);

    Result<Prepared> prepare(const QString &path, const Options &options) const;
    /// Whether @p path is a sound (by its name or its content) and not a video: prepare() makes it a capsule (seconds:
    /// the app does it off the window's thread), unless madeHere() (a recording made by the app is already one).
    static bool isSound(const QString &path);
    /// All of @p paths, or the first refusal (and nothing written for any of them).
    Result<QList<Prepared>> prepareAll(const QStringList &paths, const Options &options) const;

    /// "3.8 MB → 190 KB" (translated units, 1000-based as on a data plan).
    static QString savingText(qint64 before, qint64 after);
    static QString sizeText(qint64 bytes);
    /// "Stopped: lecon.mp4 was not attached." (Options::stopped said so).
    static QString stoppedText(const QString &name);

    QString workDir() const { return m_workDir; }

    /// Whether @p path is a file made under workDir (a light copy, a voice recording), in a folder of its own.
    bool madeHere(const QString &path) const;
    /// Removes the folder of @p path when madeHere(): once the store holds its copy, it is not needed.
    void discard(const QString &path) const;

private:
    /// The file's SHA-256 in hex, or empty when it cannot be read.
    static QString sha256Of(const QString &path);
    /// A video's light version, or with @p sound a sound's capsule (.opus: Opus in Ogg, as VoiceRecorder writes it).
    Result<Prepared> prepareVideo(Prepared p, const Options &options, bool sound = false) const;

    QString m_workDir;
};

} // namespace Continuite
