// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"
#include "sync/classroom/classroomkey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

class QTimer;

namespace Continuite {

class Store;
class JoinCodeGate;
namespace Hub {
class HubServer;
}

/// What one collection brought from the classroom hub into the teacher's store.
struct ClassroomCollected
{
    int changes = 0;        ///< students' changes new on the teacher's device (queued for the school's hub)
    int submissions = 0;
    int media = 0;          ///< files copied into the teacher's store
    qint64 mediaBytes = 0;
    int newDeviceKeys = 0;  ///< student devices whose key the teacher's device now vouches for
    QStringList refused;    ///< why some changes were not taken (a device with another key than the one known)
};

/**
 * @brief The classroom LAN mode: the hub engine in-process on the teacher's laptop, serving one class.
 *
 * start() opens a hub (HubServer: the engine, SQLite storage and the HTTP server on its own worker
 * threads) in a folder of the teacher's data directory and fills it with the teacher's data for the class:
 * the class, the roster with the PIN hashes (students sign in with their login card), published lessons
 * and assignments, feedback, and their media — as signed snapshots, pushed in-process as the teacher.
 * The hub answers only under a short join code (its path prefix), shown on the teacher's screen with the
 * address: a device in the building that does not see the screen finds nothing there, and one that guesses
 * is refused after a few wrong codes (JoinCodeGate). It speaks https only, with a key and certificate made at the
 * first classroom and kept in its folder (ClassroomKey); the code on the screen also carries the key code, which
 * binds that key, so a pupil's device knows it talks to this laptop before it sends anything.
 *
 * Students in the room sign in (login code + PIN) and sync with no internet. collect() brings their work
 * into the teacher's store and queues it for relay, pinning each student device's key (the one it
 * registered with the classroom hub) so the teacher's next sync with the school's hub vouches for it
 * (RelayKeys). Blocking calls; the HTTP server runs on its own threads.
 */
class ClassroomHub
{
    Q_DECLARE_TR_FUNCTIONS(ClassroomHub)
public:
    static constexpr int DefaultPort = 8765;

    struct Options
    {
        QString host = QStringLiteral("0.0.0.0"); ///< every interface: the classroom's Wi-Fi
        int port = DefaultPort;                   ///< tried first; any free port when taken (0: any)
        QString dataDir;                          ///< default: <store>/classroom-hub
        QString joinCode;                         ///< default: the lesson left open (resumeLesson), else a new one
        /// Reopens the lesson left open for this class (the laptop restarted, the page left, the profile locked): its
        /// join code again, so that the pupils' sign-ins go on, when it was opened less than LessonHours ago and not
        /// closed since (endLesson()). Else a new lesson: a new code, and the last one's sign-ins end.
        bool resumeLesson = false;
        /// While it serves, the lesson is marked known open this often (lesson.json's "seen"), not only when it stops: after
        /// a power cut, a clock set back behind its last sign of life still makes a new lesson (review of trust16, finding 4).
        int seenEveryMs = 60 * 1000;
    };
    /// How long a lesson left open may be reopened with its code (a morning's lessons), from when it was first opened.
    static constexpr int LessonHours = 4;

    explicit ClassroomHub(Store &teacherStore);
    ~ClassroomHub();

    /// Serves @p classId (the current profile must teach it). Returns how many changes were served fresh.
    Result<int> start(const QString &classId, const Options &options);
    Result<int> start(const QString &classId) { return start(classId, Options{}); }
    /// Stops serving (requests in flight finish). The classroom hub's data stay for next time, and the lesson may be
    /// reopened with its code (Options::resumeLesson).
    void stop();
    /// Stops serving and closes the lesson: the next opening is a new lesson (a new code; this one's sign-ins end).
    void endLesson();
    bool isRunning() const;

    QString classId() const { return m_classId; }
    /// The join code, the hub's path prefix ("K7PQ2M").
    QString joinCode() const { return m_joinCode; }
    /// The whole code students type: the join code and the key code ("K7PQ2M-ABCD-EFGH").
    QString typedCode() const { return ClassroomKey::grouped(m_joinCode, m_keyCode); }
    /// SHA-256 of the public key (SPKI) of the certificate served: what the students' devices pin.
    QByteArray keySha256() const { return m_certificate.spkiSha256; }
    int port() const;
    /// The address students type: "HOST:PORT" on the first LAN address (or 127.0.0.1 with none).
    QString address() const;
    /// The hub URL for a student's device: https://HOST:PORT/<join code>#key=<key code> (joinUrl).
    QString url(const QString &host = {}) const;

    /// Pushes the teacher's current data again (a lesson published during the session). Changes served.
    Result<int> seed();
    /// Brings the students' work from the classroom hub into the teacher's store, queued for relay.
    Result<ClassroomCollected> collect();
    /// Students of the class who signed in to the classroom hub since it started.
    int studentsSignedIn() const;

    Hub::HubServer *server() const { return m_server.get(); }

    /// A new join code: 6 characters, no 0/O or 1/I to misread.
    static QString newJoinCode();
    /**
     * The hub URL a student's device uses from what the teacher's screen shows ("192.168.1.10:8765",
     * "K7PQ2M-ABCD-EFGH"): "https://192.168.1.10:8765/k7pq2m#key=ABCDEFGH". Always https, whatever scheme was
     * typed: the classroom hub speaks nothing else. SyncEngine::login checks the key code against the certificate
     * before it sends anything, then keeps the URL with the key's pin ("#sha256//…") instead.
     */
    static QString joinUrl(const QString &address, const QString &code);
    /// IPv4 addresses of this machine on its local networks (no loopback), the likeliest first.
    static QStringList lanAddresses();

private:
    Store &m_store;
    std::unique_ptr<Hub::HubServer> m_server;
    std::unique_ptr<QTimer> m_seenTimer; ///< marks the lesson known open while it is served
    void markSeen();                     ///< lesson.json's "seen" to now, when it is still this lesson's
    std::shared_ptr<JoinCodeGate> m_gate; ///< wrong join codes per address (shared with the server's threads)
    QString m_classId;
    QString m_dir; ///< the classroom hub's folder (its data, its key, the lesson left open)
    QString m_joinCode;
    QString m_keyCode;
    ClassroomKey::Certificate m_certificate;
    QString m_teacherId;
    QDateTime m_startedAt;
};

} // namespace Continuite
