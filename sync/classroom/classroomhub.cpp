// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/classroom/classroomhub.h"

#include "sync/classroom/joincodegate.h"

#include "content/store.h"
#include "sync/bundle/bundleexporter.h"
#include "sync/bundle/relaykeys.h"
#include "sync/hub/hubengine.h"
#include "sync/hub/hubserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>
#include <QSet>
#include <QSysInfo>

#include <cstdlib>
#include <ctime>

Q_LOGGING_CATEGORY(lcClassroom, "continuite.classroom")

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {

const QString CursorKey = u"classroom_teacher_cursor"_s;
constexpr int PushChunk = 1000;

Hub::HubLimits classroomLimits()
{
    // A laptop serving one room: a handful of connections, not a school.
    Hub::HubLimits limits;
    limits.workers = 4;
    limits.maxInFlight = 12;
    // The room's network is fast and the teacher's laptop is slow: zstd 19 on a first sync's pages cost 30
    // devices ≈41 s of the laptop's CPU at once, level 3 ≈4.6 s for 3 % more bytes (bench/README.md).
    limits.largeAnswerZstdLevel = 3;
    // The room's files land in the teacher's home folder: a student may leave a lesson's hand-ins there (photos,
    // a recording), not the school hub's 2 GiB (SECURITY.md, "Quotas").
    limits.quotaBytes = 256LL * 1024 * 1024;
    // Records too: the room's folder is kept between lessons, and a lesson's hand-ins are a few hundred KB.
    limits.recordQuotaBytes = 32LL * 1024 * 1024;
    limits.teacherRecordQuotaBytes = 256LL * 1024 * 1024;
    // And the shared bounds (SECURITY.md, "Who pays for a record"): the work of a pupil's devices the teacher vouched
    // for, as much as a pupil's own; her pupils' records together, a class of 30 at their quota.
    limits.vouchedRecordQuotaBytes = 32LL * 1024 * 1024;
    limits.pupilsRecordQuotaBytes = 1024LL * 1024 * 1024;
    return limits;
}

/// The lesson being served, kept in the classroom hub's folder so that the same lesson reopened (the laptop restarted)
/// keeps its code and its pupils' sign-ins: {"class": id, "code": join code, "opened": when it was first opened, "seen":
/// the latest time it was known open, "boot": the machine's boot it was opened in, "boot_ms": the boot clock then}.
const QString LessonFile = u"lesson.json"_s;

struct OpenLesson
{
    QString classId;
    QString code;
    QDateTime opened;
    QDateTime seen;   ///< the wall clock when it was last known open (opened, then each stop): never lowered
    QString boot;     ///< QSysInfo::bootUniqueId() when it was first opened (empty where there is none)
    qint64 bootMs = 0; ///< bootClockMs() then
};

/// Milliseconds since the machine booted, suspended time included (CLOCK_BOOTTIME): unlike the wall clock nobody sets
/// it, and unlike the monotonic clock a week with the lid closed counts. -1 where there is none.
qint64 bootClockMs()
{
#ifdef Q_OS_LINUX
    timespec t{};
    if (clock_gettime(CLOCK_BOOTTIME, &t) == 0)
        return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
#endif
    return -1;
}

QString bootId()
{
    return bootClockMs() < 0 ? QString() : QString::fromLatin1(QSysInfo::bootUniqueId());
}

OpenLesson readLesson(const QString &dir)
{
    QFile f(QDir(dir).filePath(LessonFile));
    if (!f.open(QIODevice::ReadOnly) || f.size() > 4096)
        return {};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    OpenLesson lesson{o.value(u"class"_s).toString(), o.value(u"code"_s).toString(),
                      QDateTime::fromString(o.value(u"opened"_s).toString(), Qt::ISODateWithMs),
                      QDateTime::fromString(o.value(u"seen"_s).toString(), Qt::ISODateWithMs),
                      o.value(u"boot"_s).toString().left(64),
                      qint64(std::clamp(o.value(u"boot_ms"_s).toDouble(), -1e15, 1e15))}; // no overflow from a bad file
    // Only a code the hub could have drawn: the join code is its path prefix.
    const QString alphabet = ClassroomKey::alphabet();
    if (lesson.code.size() != ClassroomKey::JoinSymbols
        || !std::all_of(lesson.code.cbegin(), lesson.code.cend(), [&](QChar c) { return alphabet.contains(c); })
        || !lesson.opened.isValid())
        return {};
    if (!lesson.seen.isValid() || lesson.seen < lesson.opened)
        lesson.seen = lesson.opened;
    return lesson;
}

bool writeLesson(const QString &dir, const OpenLesson &lesson)
{
    QSaveFile f(QDir(dir).filePath(LessonFile));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(QJsonObject{{u"class"_s, lesson.classId}, {u"code"_s, lesson.code},
                                      {u"opened"_s, lesson.opened.toString(Qt::ISODateWithMs)},
                                      {u"seen"_s, lesson.seen.toString(Qt::ISODateWithMs)},
                                      {u"boot"_s, lesson.boot}, {u"boot_ms"_s, double(lesson.bootMs)}})
                .toJson(QJsonDocument::Compact));
    return f.commit();
}

/// Whether @p left, a lesson of the class opened again at @p now, is the same lesson: less than LessonHours since it
/// was first opened by the wall clock, and by the boot clock when it was opened in this boot; and a wall clock that did
/// not go back (a review of session 15, finding 2: a flat RTC battery, a laptop booted offline, put the clock back into
/// a lesson left open a week before, which reopened with its code and every token of it). "Back" is before when it was
/// opened or last known open (5 minutes' slack, for a clock set right by NTP), or, in the same boot, a wall clock that
/// moved more than that apart from the boot clock since it was opened.
bool sameLesson(const OpenLesson &left, const QString &classId, const QDateTime &now, int lessonHours)
{
    constexpr qint64 SlackMs = 5 * 60 * 1000;
    const qint64 span = qint64(lessonHours) * 3600 * 1000;
    if (left.classId != classId || left.opened.msecsTo(now) < -SlackMs || left.seen.msecsTo(now) < -SlackMs
        || left.opened.msecsTo(now) >= span)
        return false;
    const QString boot = bootId();
    if (boot.isEmpty() || left.boot != boot)
        return true; // another boot: the wall clock is all there is (SECURITY.md, "The classroom hub")
    const qint64 booted = bootClockMs() - left.bootMs;
    return booted >= 0 && booted < span && std::abs(booted - left.opened.msecsTo(now)) <= SlackMs;
}

bool isPrivate(const QHostAddress &a)
{
    const quint32 v = a.toIPv4Address();
    return (v >> 24) == 10 || (v >> 20) == (172u << 4 | 1u) || (v >> 16) == (192u << 8 | 168u);
}

} // namespace

ClassroomHub::ClassroomHub(Store &teacherStore)
    : m_store(teacherStore)
{
}

ClassroomHub::~ClassroomHub()
{
    stop();
}

QString ClassroomHub::newJoinCode()
{
    static const QString alphabet = ClassroomKey::alphabet();
    QString code;
    for (int i = 0; i < ClassroomKey::JoinSymbols; ++i)
        code += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return code;
}

QString ClassroomHub::joinUrl(const QString &address, const QString &code)
{
    QString host = address.trimmed();
    for (const QString &scheme : {u"http://"_s, u"https://"_s})
        if (host.startsWith(scheme, Qt::CaseInsensitive))
            host = host.mid(scheme.size());
    host = host.section(u'/', 0, 0);
    if (host.isEmpty())
        return {};
    if (!host.contains(u':'))
        host += u':' + QString::number(DefaultPort);
    const QString cleaned = ClassroomKey::cleaned(code);
    if (cleaned.size() != ClassroomKey::CodeSymbols) // an old code, or a typo: no key code to check, nothing trusted
        return u"https://%1/%2"_s.arg(host, cleaned.toLower());
    return u"https://%1/%2#key=%3"_s.arg(host, cleaned.left(ClassroomKey::JoinSymbols).toLower(),
                                        cleaned.mid(ClassroomKey::JoinSymbols));
}

QStringList ClassroomHub::lanAddresses()
{
    QStringList preferred, others;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        if (!i.flags().testFlag(QNetworkInterface::IsUp) || !i.flags().testFlag(QNetworkInterface::IsRunning)
            || i.flags().testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &e : i.addressEntries()) {
            const QHostAddress a = e.ip();
            if (a.protocol() != QAbstractSocket::IPv4Protocol || a.isLoopback() || a.isLinkLocal())
                continue;
            (isPrivate(a) ? preferred : others) << a.toString();
        }
    }
    return preferred + others;
}

Result<int> ClassroomHub::start(const QString &classId, const Options &options)
{
    using R = Result<int>;
    stop();
    const auto me = m_store.current();
    if (!me || me->role != Role::Teacher || !m_store.isTeacherOf(classId))
        return R::failure(tr("Only a teacher of this class can serve it in the classroom."));
    m_classId = classId;
    m_teacherId = me->id;
    const QString dir = options.dataDir.isEmpty() ? QDir(m_store.dataDir()).filePath(u"classroom-hub"_s) : options.dataDir;
    m_dir = dir;
    // The same lesson reopened (the laptop restarted mid-lesson) keeps its code, so its pupils' sign-ins go on (a
    // review of session 14: LanController drew a new code at each start, which ended every sign-in); a lesson closed,
    // of another class, or opened more than LessonHours ago is over: a new code.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const OpenLesson left = readLesson(dir);
    const bool resumable = sameLesson(left, classId, now, LessonHours);
    if (!options.joinCode.isEmpty())
        m_joinCode = options.joinCode.toUpper();
    else if (options.resumeLesson && resumable)
        m_joinCode = left.code;
    else
        m_joinCode = newJoinCode();
    // The folder holds the pupils' PIN hashes, their work, the lesson's code and the classroom's key: the teacher's
    // alone, whatever the umask or the data folder's own mode (a review of session 15, finding 3: mkpath made it 0755,
    // hub.sqlite 0644 in it). A folder an older version made is closed too: nobody chose its mode.
    if (QDir().mkpath(dir)
        && !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qCWarning(lcClassroom) << "the classroom hub's folder could not be made private:" << dir;
    // https only, with the key kept in the folder: the code students type binds it (ClassroomKey).
    auto certificate = ClassroomKey::ensure(dir);
    if (!certificate)
        return R::failure(certificate.error());
    m_certificate = *certificate;
    m_keyCode = ClassroomKey::keyCode(m_joinCode, m_certificate.spkiSha256);
    if (m_keyCode.size() != ClassroomKey::KeySymbols)
        return R::failure(tr("The classroom's secure connection could not be prepared (its code could not be computed)."));
    Hub::HubLimits limits = classroomLimits();
    limits.tlsCertificateFile = m_certificate.certificateFile;
    limits.tlsKeyFile = m_certificate.keyFile;
    try {
        m_server = std::make_unique<Hub::HubServer>(dir, limits);
    } catch (const std::exception &e) {
        qCWarning(lcClassroom) << "cannot open the classroom hub:" << e.what();
        return R::failure(tr("The classroom hub could not open its data in %1.").arg(dir));
    }
    // A new lesson (another join code) forgets the last one's sign-ins (review of F5, R1's fourth point): a token a
    // pupil's device got in an earlier lesson, or one read off it since, no longer opens this one; each pupil signs in
    // again with the code on the board, as she must to reach it. Only the tokens go: the devices' keys stay, so the work
    // they left here is still collected and vouched for. The same lesson opened again (the laptop restarted) keeps them.
    try {
        const QString lesson = QString::fromLatin1(
            QCryptographicHash::hash(m_joinCode.toUtf8(), QCryptographicHash::Sha256).toHex());
        int ended = 0;
        m_server->engine().storage().write([&](Hub::HubTransaction &tx) {
            if (tx.meta(u"classroom_lesson"_s) == lesson)
                return;
            for (const Hub::Account &a : tx.accounts())
                ended += tx.endSessionsOf(a.id);
            tx.setMeta(u"classroom_lesson"_s, lesson);
        });
        if (ended > 0)
            qCInfo(lcClassroom) << "a new lesson: ended" << ended << "sign-ins of the last one";
    } catch (const std::exception &e) {
        qCWarning(lcClassroom) << "the classroom hub could not end the last lesson's sign-ins:" << e.what();
        m_server.reset();
        return R::failure(tr("The classroom hub could not open its data in %1.").arg(dir));
    }
    m_gate = std::make_shared<JoinCodeGate>();
    m_server->setPathPrefix(m_joinCode, [gate = m_gate](const QString &address, bool rightCode) {
        return gate->check(address, rightCode);
    });
    if (!m_server->start(options.host, options.port) && (options.port == 0 || !m_server->start(options.host, 0))) {
        m_server.reset();
        return R::failure(tr("The classroom hub could not listen on the network (port %1).").arg(options.port));
    }
    m_startedAt = QDateTime::currentDateTimeUtc();
    try {
        // `continuite-hub admin usage --data <this folder>` shows the room's quotas, not the school hub's defaults.
        m_server->engine().saveQuotas();
    } catch (const std::exception &e) {
        qCWarning(lcClassroom) << "the classroom hub could not record its quotas:" << e.what();
    }
    auto seeded = seed();
    if (!seeded) {
        stop();
        return seeded;
    }
    const bool same = resumable && left.code == m_joinCode;
    if (!writeLesson(dir, same ? OpenLesson{classId, m_joinCode, left.opened, std::max(left.seen, now), left.boot, left.bootMs}
                               : OpenLesson{classId, m_joinCode, now, now, bootId(), bootClockMs()}))
        qCWarning(lcClassroom) << "the classroom hub could not keep its lesson's code in" << dir;
    // Known open while it is served, not only at its stop (review of trust16, finding 4: a laptop whose battery died
    // mid-lesson left "seen" at its last start, so a clock set back anywhere after that reopened the lesson).
    m_seenTimer = std::make_unique<QTimer>();
    QObject::connect(m_seenTimer.get(), &QTimer::timeout, m_seenTimer.get(), [this] { markSeen(); });
    m_seenTimer->start(std::max(1000, options.seenEveryMs));
    qCInfo(lcClassroom) << "serving class" << classId << "on port" << port() << "with" << *seeded << "changes";
    return seeded;
}

void ClassroomHub::endLesson()
{
    stop();
    if (!m_dir.isEmpty() && !QFile::remove(QDir(m_dir).filePath(LessonFile)) && QFile::exists(QDir(m_dir).filePath(LessonFile)))
        qCWarning(lcClassroom) << "the classroom hub could not close its lesson in" << m_dir;
}

void ClassroomHub::markSeen()
{
    OpenLesson left = readLesson(m_dir);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (left.classId == m_classId && left.code == m_joinCode && left.seen < now) {
        left.seen = now;
        writeLesson(m_dir, left);
    }
}

void ClassroomHub::stop()
{
    m_seenTimer.reset();
    if (m_server) {
        m_server->stop();
        // The lesson stays open (endLesson() closes it): when it was last known open, so that a clock set back behind
        // that time does not reopen it.
        markSeen();
    }
    m_server.reset();
}

bool ClassroomHub::isRunning() const
{
    return m_server && m_server->isRunning();
}

int ClassroomHub::port() const
{
    return m_server ? m_server->port() : 0;
}

QString ClassroomHub::address() const
{
    const QStringList lan = lanAddresses();
    return u"%1:%2"_s.arg(lan.isEmpty() ? u"127.0.0.1"_s : lan.first()).arg(port());
}

QString ClassroomHub::url(const QString &host) const
{
    return joinUrl(host.isEmpty() ? address() : u"%1:%2"_s.arg(host).arg(port()), typedCode());
}

Result<int> ClassroomHub::seed()
{
    using R = Result<int>;
    if (!m_server)
        return R::failure(tr("The classroom hub is not running."));
    QStringList media;
    auto changes = BundleExporter(m_store).classroomChanges(m_classId, &media);
    if (!changes)
        return R::failure(changes.error());
    Hub::HubEngine &engine = m_server->engine();
    MediaStore &hubMedia = m_server->media();
    const Profile me = *m_store.current();
    std::optional<Hub::Session> session;
    try {
        // The teachers of the class exist here as accounts that cannot sign in: the laptop acts for its
        // teacher in-process, and a co-teacher's rows need their account to be believed.
        engine.storage().write([&](Hub::HubTransaction &tx) {
            for (const Member &m : m_store.members(m_classId)) {
                if (m.role != Role::Teacher || tx.accountById(m.personId))
                    continue;
                tx.putAccount(Hub::Account{m.personId, m.personId == me.id ? me.login : QString(),
                                           m.displayName.isEmpty() ? me.displayName : m.displayName, u"teacher"_s, {}});
            }
            if (!tx.accountById(me.id))
                tx.putAccount(Hub::Account{me.id, me.login, me.displayName, u"teacher"_s, {}});
            session = Hub::Session{*tx.accountById(me.id), m_store.deviceId(), Hub::HubEngine::nowIso(), false, {}};
            // Files first (a lesson may name a file the hub must be able to serve at once).
            for (const QString &sha : std::as_const(media)) {
                if (!isSha256(sha) || !m_store.media().contains(sha) || tx.blob(sha))
                    continue;
                const QString target = hubMedia.pathOf(sha);
                QDir().mkpath(QFileInfo(target).absolutePath());
                if (!hubMedia.contains(sha) && !QFile::copy(m_store.media().pathOf(sha), target))
                    continue;
                tx.putBlob(Hub::BlobInfo{sha, QFileInfo(target).size(), me.id});
            }
        });
        int applied = 0;
        for (qsizetype from = 0; from < changes->size(); from += PushChunk) {
            QJsonArray chunk;
            for (qsizetype i = from; i < std::min(changes->size(), from + PushChunk); ++i)
                chunk.append(changes->at(i).toJson());
            const QByteArray answer = engine.sync(*session, {{u"changes"_s, chunk}, {u"budget"_s, 1024}});
            const QJsonArray verdicts = QJsonDocument::fromJson(answer).object().value(u"verdicts"_s).toArray();
            for (const QJsonValue &v : verdicts) {
                const QString status = v.toObject().value(u"status"_s).toString();
                if (status == u"applied"_s)
                    ++applied;
                else if (status == u"rejected"_s)
                    qCWarning(lcClassroom) << "the classroom hub refused" << v.toObject().value(u"reason"_s).toString();
            }
        }
        return applied;
    } catch (const Hub::HubError &e) {
        return R::failure(tr("The classroom hub refused the class: %1").arg(e.message));
    } catch (const std::exception &e) {
        qCWarning(lcClassroom) << "seeding failed:" << e.what();
        return R::failure(tr("The classroom hub could not store the class."));
    }
}

Result<ClassroomCollected> ClassroomHub::collect()
{
    using R = Result<ClassroomCollected>;
    if (!m_server)
        return R::failure(tr("The classroom hub is not running."));
    Hub::HubEngine &engine = m_server->engine();
    ClassroomCollected got;
    QList<Change> work;
    QString cursor;
    std::optional<Hub::Session> session;
    QHash<QString, QByteArray> lanKeys; // device + person -> key the device registered with the classroom hub
    QHash<QString, QString> seenInRoom; // student -> when their device last reached the classroom hub (the board's last contact)
    try {
        engine.storage().read([&](Hub::HubTransaction &tx) {
            cursor = tx.meta(CursorKey);
            if (const auto a = tx.accountById(m_teacherId))
                session = Hub::Session{*a, m_store.deviceId(), Hub::HubEngine::nowIso(), false, {}};
        });
        if (!session)
            return R::failure(tr("The classroom hub is not running."));
        for (int round = 0; round < 10000; ++round) {
            const QJsonObject page = QJsonDocument::fromJson(
                engine.sync(*session, {{u"cursor"_s, cursor}, {u"budget"_s, 4 * 1024 * 1024}, {u"signatures"_s, true}})).object();
            for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
                QJsonObject o = v.toObject();
                const KindSpec *spec = kindSpec(o.value(u"kind"_s).toString());
                if (!spec || spec->writer != Writer::Student || o.value(u"author"_s).toString() == m_teacherId)
                    continue;
                if (o.contains(u"device_hlc"_s)) // relayed as the device signed it
                    o.insert(u"hlc"_s, o.value(u"device_hlc"_s));
                for (const QString &served : {u"seq"_s, u"received"_s, u"clamped"_s, u"device_hlc"_s, u"snapshot"_s})
                    o.remove(served);
                if (auto c = Change::fromJson(o, nullptr))
                    work << *c;
            }
            cursor = page.value(u"cursor"_s).toString();
            if (!page.value(u"more"_s).toBool())
                break;
        }
        engine.storage().read([&](Hub::HubTransaction &tx) {
            QSet<QString> people;
            for (const Change &c : std::as_const(work))
                people.insert(c.author);
            for (const Hub::DeviceRecord &d : tx.devicesOf(QStringList(people.cbegin(), people.cend())))
                if (!d.publicKey.isEmpty())
                    lanKeys.insert(d.deviceId + d.person, d.publicKey);
            seenInRoom = tx.studentsLastSeen(m_teacherId, QString());
        });
    } catch (const std::exception &e) {
        qCWarning(lcClassroom) << "collect failed:" << e.what();
        return R::failure(tr("The students' work could not be read from the classroom hub."));
    }

    // Pulled with their signatures (the relay needs them). Only work whose signature the school's hub will believe: by the key the device registered here,
    // which must be the one this laptop already knows for it, if any.
    QList<Change> accepted;
    QHash<QString, QByteArray> toPin;       // device + '\n' + person -> key, pinned per (device, person)
    QHash<QString, QByteArray> roomKeys;    // device -> the one key it signs with in this collection
    for (const Change &c : std::as_const(work)) {
        const QByteArray key = lanKeys.value(c.device + c.author);
        if (key.isEmpty() || !Signing::verify(c, key)) {
            got.refused << tr("A change by a student's device that did not sign it was left aside.");
            continue;
        }
        // One installation has one key for all its profiles (two sisters on the family laptop): another key under a
        // device id known here, or met in this collection, is a forgery of one of the two.
        if (m_store.sync().deviceHasAnotherKey(c.device, key) || roomKeys.value(c.device, key) != key) {
            got.refused << tr("A student's device signs with another key than the one this laptop knows: its work was left aside.");
            continue;
        }
        roomKeys.insert(c.device, key);
        if (m_store.sync().pinnedKey(c.device, c.author).publicKey.isEmpty())
            toPin.insert(c.device + u'\n' + c.author, key);
        accepted << c;
    }
    QHash<QString, QString> files; // sha256 -> mime
    for (const Change &c : std::as_const(accepted))
        for (const QJsonValue &a : c.fields.value(u"attachments"_s).toArray())
            files.insert(a.toObject().value(u"sha256"_s).toString(), a.toObject().value(u"mime"_s).toString());
    QHash<QString, qint64> copied;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!isSha256(it.key()) || m_store.media().contains(it.key()) || !m_server->media().contains(it.key()))
            continue;
        QFile f(m_server->media().pathOf(it.key()));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (m_store.media().importBytes(f.readAll(), it.key())) {
            copied.insert(it.key(), f.size());
            ++got.media;
            got.mediaBytes += f.size();
        }
    }

    Status s = m_store.atomically([&]() -> Status {
        got.changes = got.submissions = 0;
        if (auto applied = m_store.changes().applyAll(accepted); !applied)
            return Status::failure(applied.error());
        for (const Change &c : std::as_const(accepted)) {
            auto queued = m_store.changes().queueForRelay(c, m_teacherId);
            if (!queued)
                return Status::failure(queued.error());
            if (*queued) {
                ++got.changes;
                got.submissions += c.kind == u"submission" ? 1 : 0;
            }
        }
        for (auto it = toPin.cbegin(); it != toPin.cend(); ++it)
            if (Status p = m_store.sync().pinKey(it.key().section(u'\n', 0, 0), it.key().section(u'\n', 1), it.value()); !p)
                return p;
        for (auto it = copied.cbegin(); it != copied.cend(); ++it)
            if (Status f = m_store.sync().recordFile(it.key(), it.value(), files.value(it.key())); !f)
                return f;
        QHash<QString, QDateTime> contacts;
        for (auto it = seenInRoom.cbegin(); it != seenInRoom.cend(); ++it)
            contacts.insert(it.key(), QDateTime::fromString(it.value(), Qt::ISODateWithMs));
        return m_store.recordContacts(contacts, u"classroom"_s);
    });
    if (!s)
        return R::failure(tr("The students' work could not be saved on this laptop: %1").arg(s.error()));
    got.newDeviceKeys = int(toPin.size());
    try {
        engine.storage().write([&](Hub::HubTransaction &tx) { tx.setMeta(CursorKey, cursor); });
    } catch (const std::exception &) {
        // The next collection reads the same page again: everything in it is a duplicate by then.
    }
    return got;
}

int ClassroomHub::studentsSignedIn() const
{
    if (!m_server)
        return 0;
    QSet<QString> people;
    const QString since = m_startedAt.toString(Qt::ISODateWithMs);
    try {
        m_server->engine().storage().read([&](Hub::HubTransaction &tx) {
            people.clear();
            for (const Hub::DeviceRecord &d : tx.devicesOf(tx.studentsTaughtBy(m_teacherId)))
                if (d.lastSeen >= since && !d.revoked)
                    people.insert(d.person);
        });
    } catch (const std::exception &) {
        return 0;
    }
    return int(people.size());
}

} // namespace Continuite
