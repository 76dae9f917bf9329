// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <memory>


#include "session.h"
#include "storeworker.h"

/**
 * @brief The USB side of the Échanges page: writes a pack to a file and reads one, and says what moved.
 *
 * A teacher exports a class pack (or a pack for one student) for a class they teach; a student exports
 * their return pack. Either imports a pack (BundleImporter: checked whole, applied in one transaction or
 * refused whole). After each, the summary tells what came in or went out — lessons, assignments,
 * submissions, feedback, files and bytes — or, in the person's language, why the pack was refused.
 * startFromPack() is the first-run road of a device that never met the hub: a student's own pack and
 * the PIN of their card make their profile (BundleImporter::importAsNewStudent), then it is unlocked.
 *
 * Threading: a year of a class is a pack of several MB (reading, hashing, signature checks, SQLite
 * writes: seconds), so each export or import runs on the controller's StoreWorker (a thread of its own),
 * never on the GUI thread. As SyncController's, the worker opens its own Store on the session's folder
 * (QtSql connections must not cross threads, and "who acts" is the GUI's Store's): two owners of one
 * SQLite file in one process (WAL, BEGIN IMMEDIATE). One job at a time (`busy`); the screens reload
 * when it ends (Session::notifyDataChanged). cancel() stops an import before it writes anything, or
 * removes a pack being written; a job whose person has since changed reports nothing.
 */
class ExchangesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /// The person using the app is a teacher (class and student packs) rather than a student (return pack).
    Q_PROPERTY(bool teacher READ isTeacher NOTIFY classesChanged)
    /// The classes a teacher can pack (ids and names, in the same order).
    Q_PROPERTY(QStringList classIds READ classIds NOTIFY classesChanged)
    Q_PROPERTY(QStringList classNames READ classNames NOTIFY classesChanged)
    /// "in" after an import, "out" after an export, "" before any (or after clear()).
    Q_PROPERTY(QString direction READ direction NOTIFY summaryChanged)
    /// One line saying what happened ("Pack written: …", "Received from …"), translated.
    Q_PROPERTY(QString summaryTitle READ summaryTitle NOTIFY summaryChanged)
    /// The details, one sentence each, translated.
    Q_PROPERTY(QStringList summaryLines READ summaryLines NOTIFY summaryChanged)
    /// Why the last export or import was refused (translated), or empty.
    Q_PROPERTY(QString error READ error NOTIFY summaryChanged)
    /// The last import waits for the person's word that a new device is really that person's (confirmNewDevice()).
    Q_PROPERTY(bool confirmNeeded READ confirmNeeded NOTIFY summaryChanged)
    Q_PROPERTY(int lessons READ lessons NOTIFY summaryChanged)
    Q_PROPERTY(int assignments READ assignments NOTIFY summaryChanged)
    Q_PROPERTY(int submissions READ submissions NOTIFY summaryChanged)
    Q_PROPERTY(int feedback READ feedback NOTIFY summaryChanged)
    Q_PROPERTY(int media READ media NOTIFY summaryChanged)
    /// Size of the pack file in bytes (double: QML has no 64-bit integer).
    Q_PROPERTY(double bytes READ bytes NOTIFY summaryChanged)
    /// Changes new on this device after an import (the rest were already here).
    Q_PROPERTY(int applied READ applied NOTIFY summaryChanged)
    /// Changes of a return pack now waiting to be relayed to the hub.
    Q_PROPERTY(int relayQueued READ relayQueued NOTIFY summaryChanged)
    /// True while a pack is written or read on the worker thread (the buttons wait).
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// What the job in flight does ("Writing the pack…"), translated; empty when not busy.
    Q_PROPERTY(QString busyText READ busyText NOTIFY busyChanged)
    /// How far the job in flight is, 0..1, by phases (read and checked, files, written); 0 when not busy.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)

public:
    explicit ExchangesController(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    bool isTeacher() const;
    QStringList classIds() const { return m_classIds; }
    QStringList classNames() const { return m_classNames; }
    QString direction() const { return m_direction; }
    QString summaryTitle() const { return m_title; }
    QStringList summaryLines() const { return m_lines; }
    QString error() const { return m_error; }
    int lessons() const { return m_counts.lessons; }
    int assignments() const { return m_counts.assignments; }
    int submissions() const { return m_counts.submissions; }
    int feedback() const { return m_counts.feedback; }
    int media() const { return m_counts.media; }
    double bytes() const { return double(m_counts.bytes); }
    int applied() const { return m_counts.applied; }
    int relayQueued() const { return m_counts.relayQueued; }
    bool isBusy() const { return m_busy; }
    QString busyText() const;
    double progress() const { return m_progress; }

    /// Students of a class (display names and login codes, same order), for a one-student pack.
    Q_INVOKABLE QStringList studentNames(const QString &classId) const;
    Q_INVOKABLE QStringList studentLogins(const QString &classId) const;
    /// A file name for the pack: "CM1-Les-Etoiles-2026-11-30.continuite", "retour-lea-2026-11-30.continuite".
    Q_INVOKABLE QString suggestedFileName(const QString &classId, const QString &studentLogin = {}) const;
    /**
     * Starts writing a pack to @p file: a teacher's pack for @p classId (for one student when @p studentLogin
     * is set), a student's return pack (for @p classId, or their only class). False with error() when it
     * cannot start; else finished() tells how it went (the summary, or error() when refused).
     */
    Q_INVOKABLE bool exportPack(const QUrl &file, const QString &classId = {}, const QString &studentLogin = {});
    /**
     * Starts importing the pack in @p file; finished() tells how it went (refused: nothing applied). A pack from a
     * device this device has never seen, of a person it knows (someone with a profile here, or whose other device it
     * trusts), is refused until the person importing confirms it: confirmNeeded() is then true, and
     * confirmNewDevice() imports the same file again with that word (@p trustNewDevice).
     */
    Q_INVOKABLE bool importPack(const QUrl &file, bool trustNewDevice = false);
    /// The last import was refused only for want of a confirmation that the device is really that person's.
    bool confirmNeeded() const { return !m_confirmFile.isEmpty(); }
    /// Imports the refused pack again, with the person's word that the new device is really that person's.
    Q_INVOKABLE bool confirmNewDevice();
    /**
     * A student's first pack on this device (nobody needs to be unlocked): checks @p pin against the pack
     * made for them, makes their profile, imports the pack, then unlocks them (Session) — or changes
     * nothing and says why (wrong PIN, a code the pack does not know, a pack for the whole class, a damaged
     * file). False with error() when it cannot start; else finished().
     */
    Q_INVOKABLE bool startFromPack(const QUrl &file, const QString &login, const QString &pin);
    /// Stops the job in flight: an import not yet writing changes nothing; a pack being written is removed.
    Q_INVOKABLE void cancel();
    /// Forgets the last summary.
    Q_INVOKABLE void clear();
    /// Re-reads the classes (after a sync or an import brought one).
    Q_INVOKABLE void reload();

    /// "3.2 MB": bytes in the person's language.
    Q_INVOKABLE static QString formatBytes(double bytes);

Q_SIGNALS:
    void sessionChanged();
    void classesChanged();
    void summaryChanged();
    void busyChanged();
    void progressChanged();
    /// The export or import started last ended; @p ok false: error() says why.
    void finished(bool ok);

public:
    /// What a job on the worker thread found (plain data: it crosses threads by value).
    /// What a pack held, as the summary tells it.
    struct Counts
    {
        int lessons = 0;
        int assignments = 0;
        int submissions = 0;
        int feedback = 0;
        int media = 0;
        qint64 bytes = 0;
        int applied = 0;
        int relayQueued = 0;
    };
    struct Outcome;
    ~ExchangesController() override;

private:
    enum class Job { Export, Import, FirstRun };
    bool startJob(Job job, const QString &direction, std::function<Outcome(StoreWorker::Job &)> work);
    /// A callback for @p job: posts how far it is to the GUI thread.
    std::function<void(double)> progressReporter(StoreWorker::Job &job);
    void setProgress(double fraction);
    /// @p stillTheirs false: the person changed since the job started.
    void finishJob(bool stillTheirs, const Outcome &outcome);
    void resetCounts();
    void fail(const QString &direction, const QString &message);
    QStringList countLines() const;

    QPointer<Session> m_session;
    QStringList m_classIds;
    QStringList m_classNames;
    QString m_direction;
    QString m_title;
    QStringList m_lines;
    QString m_error;
    QUrl m_confirmFile; ///< the pack refused for want of a confirmation (confirmNewDevice())
    Counts m_counts; ///< of the last pack that went out or came in

    bool m_busy = false;
    double m_progress = 0;
    Job m_job = Job::Export;
    QString m_firstRunPin;    ///< only while a first run is in flight, to unlock the new profile after
    StoreWorker m_worker{QStringLiteral("continuite-packs")}; ///< last: it goes first, while the rest is whole
};
