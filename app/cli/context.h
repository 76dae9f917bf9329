// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/mediareducer.h"
#include "content/store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace Continuite::Cli {

/// Exit statuses every command keeps to: scripts rely on them.
enum Exit { Ok = 0, UserError = 1, BadUsage = 2 };

/**
 * @brief What one run of continuite-cli works with: the store, who acts, and how to answer.
 *
 * Human output goes to stdout as short lines; with --json, stdout gets exactly one JSON object
 * ({"ok": true, …} or {"ok": false, "error": …}). An error is also one line on stderr.
 */
class Context
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Context(QString dataDir, QString user, bool json);

    /// Opens (creating if absent) the store in the data folder. Exit::Ok or an error already reported.
    int openStore();
    /**
     * Chooses who acts: --user LOGIN (asking for their secret unless they are the active profile), else
     * the active profile. With @p required, no profile at all is an error.
     */
    int selectProfile(bool required);

    Store &store() { return *m_store; }
    bool json() const { return m_json; }
    QString dataDir() const { return m_dataDir; }

    /// Reports success: @p human on stdout, or @p object (plus "ok": true) with --json. Returns Exit::Ok.
    int done(const QJsonObject &object, const QString &human);
    /// Reports a user error in one line (stderr, and stdout with --json). Returns Exit::UserError.
    int fail(const QString &message);

    /// Reports options that do not go together (exit 2, one line). Returns Exit::BadUsage.
    int misuse(const QString &message);

    /// A PIN or password: $CONTINUITE_SECRET when set, else one line of stdin (not echoed on a terminal).
    std::optional<QString> readSecret(const QString &prompt);

    /// The attachment size limit: $CONTINUITE_MAX_ATTACHMENT_MB when set (tests, small devices).
    static qint64 maxAttachmentSize();

    /// A class given by id, or by its exact name among the current person's classes (for people typing).
    QString classId(const QString &idOrName);

    /// Checks files before anything is written, so a bad one among several leaves nothing behind.
    Status checkReadableFiles(const QStringList &paths);

    /// --original and --pictures, for every command that attaches files; @p pictures is the default mode.
    static QList<QCommandLineOption> frugalOptions(const QString &pictures);
    /**
     * The files to attach as the store should keep them (issue 15): light copies of pictures, written in a
     * folder removed when the command ends, other files as they are; --original keeps every file as it is.
     * Checks the files first; nothing is written when one is refused. done() then reports each file's size
     * before and after ("media" in JSON).
     */
    Result<QList<MediaReducer::Prepared>> frugalCopies(const QStringList &paths, const QCommandLineParser &options,
                                                       const QString &defaultPictures);
    /// Exit::Ok, or bad usage (exit 2, reported) when --pictures is neither "photo" nor "document".
    int checkFrugalOptions(const QCommandLineParser &options);
    /// The paths of frugalCopies(), in order.
    static QStringList pathsOf(const QList<MediaReducer::Prepared> &prepared);
    /// Pictures a Markdown text links by a relative path ("./a.jpg", "b/../a.jpg" are one file), each opened once,
    /// checked (in the text's folder, a picture: openLinkedPicture()) and copied from that open file into the work
    /// folder: what is made light, or attached as it is, is what was checked. The copies' paths, in order; a link the
    /// store would refuse is refused here, before any light copy. frugalCopies() of them names each by its link.
    Result<QStringList> linkedImages(const QString &markdown, const QString &baseDir);
    /// @p markdown with each relative picture link pointing at its copy (light, or as it is) by content,
    /// "media:SHA256" (@p prepared: the frugalCopies() of linkedImages(), by the same cleaned path); each copy linked
    /// is added once to @p attach, the files the store attaches.
    static QString relinked(const QString &markdown, const QString &baseDir, const QList<MediaReducer::Prepared> &prepared,
                            QStringList *attach);

private:
    /// The folder of this command's copies, removed when it ends.
    Result<QString> workDir();

    QString m_dataDir;
    QString m_user;
    bool m_json = false;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QTemporaryDir> m_copies;
    QList<MediaReducer::Prepared> m_prepared;
    QHash<QString, QString> m_linkedSources; ///< linkedImages()' copies → the person's file
};

/// Writes text to stdout or stderr as UTF-8.
void writeOut(const QString &text);
void writeErr(const QString &text);

} // namespace Continuite::Cli
