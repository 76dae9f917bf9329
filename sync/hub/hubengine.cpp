// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/hubengine.h"

#include "content/answerkey.h"
#include "content/records.h"
#include "sync/hub/hubcrypto.h"
#include "sync/hub/hublog.h"
#include "sync/hub/hubwire.h"
#include "sync/merge.h"
#include "sync/pagecolumns.h"
#include "sync/signing.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <functional>

Q_LOGGING_CATEGORY(lcHub, "continuite.hub")

namespace Continuite::Hub {

using namespace Qt::StringLiterals;

namespace {
/// Keys known under one device id of one person that a relayed change is checked against, at most (see applyChange).
constexpr int MaxKeysTriedPerChange = 8;
}

namespace {

/// The cost of the accounts' secrets, as last checked or made here (the app's, Interactive, in real use): a sign-in
/// for a login that does not exist is checked against a dummy hash of that cost.
std::atomic<Crypto::Cost> accountsCost{Crypto::Cost::Interactive};

constexpr int ScanBatch = 256;
constexpr int MaxScannedPerRequest = 20000; // a student skipping many invisible entries still gets an answer soon
constexpr qint64 TouchEverySeconds = 300;
// A device's last_seen is stamped before its write commits: a stamp this much older than a teacher's read may
// still commit after it. "last_seen_until" stays this far behind the read, so such a stamp is sent next time.
constexpr qint64 LastSeenCommitSlackMs = 10'000;
const QString Teacher = u"teacher"_s;
const QString Student = u"student"_s;
const QString Published = u"published"_s;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// The students' last-contact mark as protocol 4 writes it: the hub's milliseconds since 1970 in base 36 (8 characters
/// where ISO 8601 takes 24: it goes up with every teacher's sync). Opaque to the device, which sends it back.
QString shortMark(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() && t.toMSecsSinceEpoch() >= 0 ? QString::number(t.toMSecsSinceEpoch(), 36) : iso;
}

bool isShortMark(const QString &mark)
{
    return !mark.isEmpty() && mark.size() <= 12 && std::all_of(mark.cbegin(), mark.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z');
    });
}

/// A mark a device sends back ("" the first time): either form the hub hands out, as ISO 8601; nullopt if neither.
/// Any time up to the year 9999 is taken, as in the long form: a hub whose clock was wrong (a classroom machine back
/// in 1970, a database a few days ahead) made its marks from that clock, and refusing them would stop its teachers'
/// devices (review-p4, F2).
std::optional<QString> markAsIso(const QString &mark)
{
    if (mark.isEmpty())
        return mark;
    if (isShortMark(mark)) {
        bool ok = false;
        const qint64 ms = mark.toLongLong(&ok, 36);
        constexpr qint64 Year10000 = 253'402'300'800'000;
        if (!ok || ms < 0 || ms >= Year10000)
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }
    if (mark.size() > 40 || !QDateTime::fromString(mark, Qt::ISODateWithMs).isValid())
        return std::nullopt;
    return mark;
}

Verdict rejected(const QString &reason)
{
    Verdict v;
    v.status = u"rejected"_s;
    v.reason = reason;
    return v;
}

/// A rejection whose cause can go away (an unknown device or author, a missing membership or vouch): it is not
/// remembered, so the same change sent again once the cause is gone is judged again.
// What a record costs its author's record quota beyond its bytes in the log (SECURITY.md, "Quotas"): the row's
// copy, the verdict, the indexes (≈1 KiB a change), each file it names in two or three B-trees, and a remembered
// rejection's verdict row. Measured against the database's growth, not guessed from the body alone.
constexpr qint64 ChangeOverheadBytes = 1024;
constexpr qint64 NamedFileBytes = 300;
constexpr qint64 RememberedVerdictBytes = 256;
// Rows of devices a person may have in all (signed out ones included), for each she may have signed in at once.
constexpr int DeviceRowsPerLiveDevice = 8;
/// Likewise, the vouched keys of one pupil kept in all (signed out ones stay, so that they sign nothing): a bound on
/// live vouches alone never binds when a teacher vouches, relays and signs out, again and again.
constexpr int VouchRowsPerLiveVouch = 8;
/// The changes a vouch is tried on, at most, to find one its key signed (an honest relay's first one is).
constexpr int ProofTriesPerVouch = 2;
constexpr qint64 VouchBytes = 512; // a vouched key's two rows (the key, its voucher) and their indexes

Verdict refusedForNow(const QString &reason)
{
    Verdict v = rejected(reason);
    v.remembered = false;
    return v;
}

/// Whether @p teacher teaches @p student now, in any class: only such a teacher may change her account.
bool teaches(HubTransaction &tx, const QString &teacher, const QString &student)
{
    for (const Membership &m : tx.membershipsOf(student)) {
        if (m.role != u"student")
            continue;
        const auto t = tx.membership(m.classId, teacher);
        if (t && t->role == u"teacher")
            return true;
    }
    return false;
}

/// Whether @p teacher teaches @p student in every class she is a student of (and in one at least); with @p where, in
/// every such class @p where accepts (and in one at least).
bool teachesEveryClassOf(HubTransaction &tx, const QString &teacher, const QString &student,
                         const std::function<bool(const QString &classId)> &where = {})
{
    bool any = false;
    for (const Membership &m : tx.membershipsOf(student)) {
        if (m.role != u"student" || (where && !where(m.classId)))
            continue;
        const auto t = tx.membership(m.classId, teacher);
        if (!t || t->role != u"teacher")
            return false;
        any = true;
    }
    return any;
}

/// The meta key naming the teacher who gave @p student her current login code and PIN (credentialsHolder()).
QString credentialsByKey(const QString &student)
{
    return u"credentials_by:"_s + student;
}

/// The teacher who may give @p student a new login code and PIN without teaching her in every class (F2): her account's
/// creator, until another teacher changes them or a new roster row of another teacher's carries them unchanged (then
/// nobody: the credentials_by record only ever takes the creator's right away). Empty: nobody.
///
/// Whoever changed them holds no lasting right of her own (a review of session 14, finding 2): a teacher who set her
/// PIN while she taught her in every class kept it after the pupil joined a class she does not teach, and read it as
/// her. She may again only while the every-class rule allows it.
///
/// Her creator alone could be taken first (a review, session 12): a teacher who learned a new pupil's id before her
/// own teacher's roster row reached the hub created her in his class, added her teacher there so that her row applied,
/// removed her again, and as her creator set her PIN. Her teacher's row, which changes what he set (or, carrying the
/// same, shows someone else holds her card), now takes that from him.
QString credentialsHolder(HubTransaction &tx, const QString &student)
{
    if (tx.meta(credentialsByKey(student)).isEmpty())
        return tx.accountCreator(student);
    return {};
}

/// The rule of answersForKey(), judged on what is given: the key's @p vouchers, the classes where @p person is a student
/// (@p studentClasses) and @p roleIn(class, person) ("teacher", "student" or empty), so that a whole list of devices is
/// judged on what was loaded once for it (HubEngine::devices()).
bool answersForKeyGiven(const Account &caller, const QString &person, const QStringList &vouchers,
                        const QStringList &studentClasses,
                        const std::function<QString(const QString &classId, const QString &person)> &roleIn)
{
    if (caller.id == person)
        return true;
    if (caller.role != Teacher)
        return false;
    if (vouchers.contains(caller.id))
        return true;
    // She teaches every class of the pupil's where one of the key's vouchers teaches, and one at least.
    bool any = false;
    for (const QString &classId : studentClasses) {
        if (std::none_of(vouchers.cbegin(), vouchers.cend(), [&](const QString &v) { return roleIn(classId, v) == Teacher; }))
            continue;
        if (roleIn(classId, caller.id) != Teacher)
            return false;
        any = true;
    }
    return any;
}

/// Whether @p caller answers for the key @p key vouched for as @p person's device @p deviceId, and may sign it out: she
/// is that person, or a teacher who vouched for it, or one who teaches every class of the pupil where it is accepted
/// (a class of hers where one of its vouchers teaches; F7 review, R2): the teacher of the class where a stolen tablet's
/// key signs stops it without waiting for the co-teacher who vouched for it. A teacher of only some of those classes
/// does not: the key's other vouchers answer for it there.
bool answersForKey(HubTransaction &tx, const Account &caller, const QString &deviceId, const QString &person,
                   const QByteArray &key)
{
    if (caller.id == person || caller.role != Teacher)
        return caller.id == person;
    const QStringList vouchers = tx.vouchers(deviceId, person, key);
    if (vouchers.contains(caller.id))
        return true;
    QStringList classes;
    for (const Membership &m : tx.membershipsOf(person))
        if (m.role == u"student")
            classes << m.classId;
    return answersForKeyGiven(caller, person, vouchers, classes, [&](const QString &classId, const QString &who) {
        const auto m = tx.membership(classId, who);
        return m ? m->role : QString();
    });
}

QStringList attachmentHashes(const QJsonValue &attachments)
{
    QStringList hashes;
    const QJsonArray list = attachments.toArray();
    for (const QJsonValue &a : list) {
        const QString sha = a.toObject().value(u"sha256"_s).toString();
        if (isSha256(sha) && !hashes.contains(sha))
            hashes << sha;
    }
    return hashes;
}

// The item prefix every served change starts with: {"seq":N,"received":"…",
QByteArray itemPrefix(qint64 seq, const QString &received)
{
    return "{\"seq\":" + QByteArray::number(seq) + ",\"received\":\"" + received.toLatin1() + "\",";
}

// A served change without its "sig": pulls carry signatures only for a client that asks (PROTOCOL.md).
// "sig" sorts last among a change's keys in compact JSON, so a signed body ends with ,"sig":"<base64>"}.
QByteArray withoutSignature(const QByteArray &body)
{
    static const QByteArray key = ",\"sig\":\"";
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0 || !body.endsWith("\"}"))
        return body;
    for (qsizetype i = at + key.size(); i < body.size() - 2; ++i) {
        const char c = body.at(i);
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '='))
            return body; // not a signature at the end: serve the body as it is
    }
    return body.left(at) + '}';
}

// Quiz answers (SECURITY.md, "Quiz answers and scores").
const QString AnswerKeyKind = u"answer_key"_s;
// The hub's own bookkeeping in its rows table, never logged nor served: row handedInMarker(assignment, class, student)
// exists once that student handed in a version of that assignment in that class (its "after-submit" key is then hers).
const QString HandedInKind = u"hub_handed_in"_s;

/// The marker is the class's: a hand-in naming the assignment in another class of hers (made before the hub held the
/// quiz, when nothing says which class it is in) opens no key. Markers written before were keyed by (assignment,
/// student) only, with the class in its row: such a marker still counts, in its own class (handedIn()).
QString handedInMarker(const QString &assignmentId, const QString &classId, const QString &student)
{
    return derivedUuid(assignmentId, QString(classId + u'/' + student));
}

bool handedIn(HubTransaction &tx, const QString &assignmentId, const QString &classId, const QString &student)
{
    if (tx.row(HandedInKind, handedInMarker(assignmentId, classId, student)))
        return true;
    const auto old = tx.row(HandedInKind, derivedUuid(assignmentId, student));
    return old && old->classId == classId;
}
// How many due releases one request makes at most: the next request goes on (a transaction stays short).
constexpr int ReleaseBatch = 500;

// Author and device of the log entries by which the hub itself releases an answer key.
const QString &hubAuthor()
{
    static const QString id = derivedUuid(u"continuite-hub", u"author");
    return id;
}

QDateTime dueOf(const QJsonObject &assignmentFields)
{
    const QString due = assignmentFields.value(u"due"_s).toString();
    if (due.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(due, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime::fromString(due, Qt::ISODate).toUTC();
}

/// Epoch ms of @p due (ISO 8601), "never" when empty; 0 (now) when it does not parse.
qint64 epochOf(const QString &due)
{
    if (due.isEmpty())
        return std::numeric_limits<qint64>::max();
    const QDateTime t = dueOf(QJsonObject{{u"due"_s, due}});
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

void lowerTo(std::atomic<qint64> &value, qint64 candidate)
{
    qint64 held = value.load();
    while (candidate < held && !value.compare_exchange_weak(held, candidate)) {
    }
}

} // namespace

QString SyncCursor::toString() const
{
    if (epoch == 0 && !namesTransactions()) {
        // The form every cursor had before issue 12: devices of a school moved from SQLite send it as it was.
        QString s = QString::number(position.seq) + u'.' + QString::number(memberships.seq);
        if (!backfillClass.isEmpty())
            s += u'.' + backfillClass + u'.' + QString::number(backfill.seq);
        return s;
    }
    auto pair = [](const LogPosition &p) -> QString { return QString::number(p.xid) + u'.' + QString::number(p.seq); };
    QString s = QString::number(epoch) + u':' + pair(position) + u':' + pair(memberships);
    if (!backfillClass.isEmpty())
        s += u':' + backfillClass + u':' + pair(backfill);
    return s;
}

std::optional<SyncCursor> SyncCursor::parse(const QString &text)
{
    if (text.isEmpty())
        return SyncCursor{};
    if (text.size() > 256)
        return std::nullopt;
    SyncCursor c;
    auto number = [](const QString &part, qint64 *n) {
        bool ok = false;
        *n = part.toLongLong(&ok);
        return ok && *n >= 0 && !part.startsWith(u'+') && !part.startsWith(u'-');
    };
    if (!text.contains(u':')) {
        const QStringList parts = text.split(u'.');
        if (parts.size() != 2 && parts.size() != 4)
            return std::nullopt;
        if (!number(parts[0], &c.position.seq) || !number(parts[1], &c.memberships.seq))
            return std::nullopt;
        if (parts.size() == 4) {
            c.backfillClass = parts[2];
            if (!isUuid(c.backfillClass) || !number(parts[3], &c.backfill.seq))
                return std::nullopt;
        }
        return c;
    }
    const QStringList groups = text.split(u':');
    if (groups.size() != 3 && groups.size() != 5)
        return std::nullopt;
    auto pair = [&](const QString &group, LogPosition *p) {
        const QStringList parts = group.split(u'.');
        return parts.size() == 2 && number(parts[0], &p->xid) && number(parts[1], &p->seq);
    };
    if (!number(groups[0], &c.epoch) || !pair(groups[1], &c.position) || !pair(groups[2], &c.memberships))
        return std::nullopt;
    if (groups.size() == 5) {
        c.backfillClass = groups[3];
        if (!isUuid(c.backfillClass) || !pair(groups[4], &c.backfill))
            return std::nullopt;
    }
    return c;
}

HubEngine::HubEngine(HubStorage &storage, HubLimits limits)
    : m_storage(storage)
    , m_limits(limits)
    , m_throttle(limits.maxThrottleEntries, &storage)
    , m_clock(u"hub"_s)
{
    m_storage.read([this](HubTransaction &tx) {
        if (auto last = HlcTimestamp::parse(tx.meta(u"hlc"_s)))
            m_clock.restore(*last);
        m_nextAnswerRelease.store(epochOf(tx.earliestPendingRelease()));
    });
}

QString HubEngine::normalizeLogin(const QString &login)
{
    return login.trimmed().toLower();
}

QString HubEngine::nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Account HubEngine::addTeacher(const QString &login, const QString &name, const QByteArray &password, bool fastHash)
{
    const QString normalized = normalizeLogin(login);
    static const QRegularExpression loginPattern(u"^[a-z0-9._@-]{2,64}$"_s);
    if (!loginPattern.match(normalized).hasMatch())
        throw HubError::invalid(u"login"_s, u"A login is 2 to 64 letters, digits, '.', '_', '@' or '-'."_s);
    if (name.trimmed().isEmpty() || name.size() > 200)
        throw HubError::invalid(u"name"_s, u"A name is 1 to 200 characters."_s);
    if (password.size() < 8 || password.size() > 1024)
        throw HubError::invalid(u"password"_s, u"A password is 8 to 1024 bytes long."_s);
    accountsCost = fastHash ? Crypto::Cost::Minimal : Crypto::Cost::Interactive;
    Account account{newUuid(), normalized, name.trimmed(), Teacher, Crypto::hashSecret(password, accountsCost)};
    if (account.secretHash.isEmpty())
        throw HubError(503, u"busy"_s, u"Not enough memory to hash the password; try again."_s);
    m_storage.write([&](HubTransaction &tx) {
        if (tx.accountByLogin(normalized))
            throw HubError(409, u"exists"_s, u"The login \"%1\" is already taken."_s.arg(normalized), u"login"_s);
        tx.putAccount(account);
    });
    return account;
}

void HubEngine::resetPassword(const QString &login, const QByteArray &password)
{
    if (password.size() < 4 || password.size() > 1024)
        throw HubError::invalid(u"password"_s, u"A password is 4 to 1024 bytes long."_s);
    const QByteArray hash = Crypto::hashSecret(password);
    m_storage.write([&](HubTransaction &tx) {
        auto account = tx.accountByLogin(normalizeLogin(login));
        if (!account)
            throw HubError(404, u"not_found"_s, u"No account has the login \"%1\"."_s.arg(normalizeLogin(login)), u"login"_s);
        account->secretHash = hash;
        tx.putAccount(*account);
    });
}

namespace {

/// The teachers who vouched for a device of @p pupil.
QStringList vouchersOf(HubTransaction &tx, const QString &pupil)
{
    QStringList vouchers;
    for (const VouchedKey &k : tx.vouchedKeysOf({pupil}))
        for (const QString &v : tx.vouchers(k.deviceId, pupil, k.publicKey))
            if (!vouchers.contains(v))
                vouchers << v;
    return vouchers;
}

std::optional<Account> accountByLoginOrId(HubTransaction &tx, const QString &who)
{
    // An id first: a login may look like an id (a teacher writes her pupils' logins), and a decoy whose login is
    // someone's id must not be the one an administrator shows or resets when she names that person by her id.
    if (isUuid(who))
        if (auto a = tx.accountById(who))
            return a;
    return tx.accountByLogin(HubEngine::normalizeLogin(who));
}

/// The account @p who names (a login or a person id), or 404 with a sentence.
Account accountNamed(HubTransaction &tx, const QString &who)
{
    if (auto a = accountByLoginOrId(tx, who))
        return *a;
    throw HubError(404, u"not_found"_s, u"No account has the login or id \"%1\"."_s.arg(Wire::printable(who)), u"person"_s);
}

/// The meta key that holds how many of @p person's device rows the administrator forgave (admin devices --reset).
QString forgivenRowsKey(const QString &person)
{
    return u"device_rows_forgiven:"_s + person;
}

/// The same for the rows of the keys @p voucher vouched for first as hers: each teacher has her own all-time bound, so a
/// co-teacher vouching for made-up tablets cannot use up the bound of the teacher who has her real one (issue 11 review,
/// F8). (Before session 12 the count was hers, by all her teachers, under "vouch_rows_forgiven:PERSON": no longer read.)
QString forgivenVouchRowsKey(const QString &person, const QString &voucher)
{
    return u"vouch_rows_forgiven:"_s + person + u':' + voucher;
}

} // namespace

QList<HubEngine::ListedDevice> HubEngine::allDevices(const QString &who)
{
    QList<ListedDevice> list;
    m_storage.read([&](HubTransaction &tx) {
        const QList<Account> accounts = who.isEmpty() ? tx.accounts() : QList<Account>{accountNamed(tx, who)};
        QHash<QString, Account> vouchers;
        for (const Account &a : accounts) {
            for (const DeviceRecord &d : tx.devicesOf({a.id}))
                list.append({a, d, false, {}});
            for (const VouchedKey &k : tx.vouchedKeysOf({a.id})) {
                if (!vouchers.contains(k.vouchedBy))
                    vouchers.insert(k.vouchedBy, tx.accountById(k.vouchedBy).value_or(Account{k.vouchedBy, {}, {}, {}, {}}));
                list.append({a, DeviceRecord{k.deviceId, a.id, {}, {}, k.publicKey, k.vouchedAt, {}, k.revoked}, true,
                             vouchers.value(k.vouchedBy)});
            }
        }
    });
    return list;
}

QPair<Account, int> HubEngine::forgiveDeviceRows(const QString &who)
{
    QPair<Account, int> done;
    m_storage.write([&](HubTransaction &tx) {
        done.first = accountNamed(tx, who);
        done.second = int(tx.devicesOf({done.first.id}).size());
        tx.setMeta(forgivenRowsKey(done.first.id), QString::number(done.second));
        QHash<QString, int> byVoucher;
        for (const VouchedKey &k : tx.vouchedKeysOf({done.first.id}))
            ++byVoucher[k.vouchedBy];
        for (auto it = byVoucher.cbegin(); it != byVoucher.cend(); ++it)
            tx.setMeta(forgivenVouchRowsKey(done.first.id, it.key()), QString::number(it.value()));
    });
    return done;
}

namespace {
const char *const QuotaKeys[] = {"record_quota", "teacher_record_quota", "vouched_record_quota", "pupils_record_quota"};
} // namespace

void HubEngine::saveQuotas()
{
    const qint64 values[] = {m_limits.recordQuotaBytes, m_limits.teacherRecordQuotaBytes, m_limits.vouchedRecordQuotaBytes,
                             m_limits.pupilsRecordQuotaBytes};
    QJsonObject quotas;
    for (size_t i = 0; i < std::size(values); ++i)
        quotas.insert(QString::fromLatin1(QuotaKeys[i]), double(values[i]));
    quotas.insert(u"max_students_per_teacher"_s, m_limits.maxStudentsPerTeacher);
    m_storage.write([&](HubTransaction &tx) { tx.setMeta(u"serve_quotas"_s, QString::fromUtf8(compact(quotas))); });
}

HubLimits HubEngine::savedQuotas(HubStorage &storage, HubLimits limits)
{
    QJsonObject quotas;
    storage.read([&](HubTransaction &tx) { quotas = QJsonDocument::fromJson(tx.meta(u"serve_quotas"_s).toUtf8()).object(); });
    qint64 *fields[] = {&limits.recordQuotaBytes, &limits.teacherRecordQuotaBytes, &limits.vouchedRecordQuotaBytes,
                        &limits.pupilsRecordQuotaBytes};
    for (size_t i = 0; i < std::size(fields); ++i)
        if (const double v = quotas.value(QString::fromLatin1(QuotaKeys[i])).toDouble(); v > 0)
            *fields[i] = qint64(v);
    if (const int n = quotas.value(u"max_students_per_teacher"_s).toInt(); n > 0)
        limits.maxStudentsPerTeacher = n;
    return limits;
}

bool HubEngine::adminRevoke(const QString &deviceId, const QString &login)
{
    bool done = false;
    m_storage.write([&](HubTransaction &tx) {
        if (!login.isEmpty()) {
            auto account = tx.accountByLogin(normalizeLogin(login));
            if (account) {
                done = tx.revokeDevice(deviceId, account->id);
                done = tx.revokeVouchedKey(deviceId, account->id, {}) || done;
            }
            return;
        }
        for (const Account &a : tx.accounts()) {
            done = tx.revokeDevice(deviceId, a.id) || done;
            done = tx.revokeVouchedKey(deviceId, a.id, {}) || done;
        }
    });
    return done;
}


QList<PersonUsage> HubEngine::usage(const QString &who)
{
    QList<PersonUsage> list;
    m_storage.read([&](HubTransaction &tx) {
        QList<Account> accounts;
        if (who.isEmpty()) {
            accounts = tx.accounts();
        } else if (auto a = accountByLoginOrId(tx, who)) {
            accounts << *a;
        } else {
            throw HubError(404, u"not_found"_s, u"No account has the login or id \"%1\"."_s.arg(Wire::printable(who)), u"person"_s);
        }
        for (const Account &a : std::as_const(accounts)) {
            PersonUsage u{a, tx.recordBytesOf(a.id), recordQuotaOf(a), tx.bytesOwnedBy(a.id), 0, 0, 0,
                          a.role == Teacher ? tx.accountsCreatedBy(a.id) : 0};
            for (const DeviceRecord &d : tx.devicesOf({a.id}))
                ++(d.revoked ? u.revokedDevices : u.devices);
            u.vouchedKeys = int(tx.vouchedKeysOf({a.id}).size());
            if (a.role == Teacher) {
                u.pupilsBytes = tx.counterBytes(CounterKey::pool(a.id));
                u.pupilsQuota = m_limits.pupilsRecordQuotaBytes;
                u.studentsAllowed = m_limits.maxStudentsPerTeacher;
                u.pupilShare = poolShare(u.pupilsQuota);
            } else {
                for (const QString &voucher : vouchersOf(tx, a.id))
                    u.vouchedBytes += tx.counterBytes(CounterKey::allowance(voucher, a.id));
                u.vouchedQuota = m_limits.vouchedRecordQuotaBytes;
            }
            list << u;
        }
    });
    return list;
}

Account HubEngine::resetRecordUsage(const QString &who)
{
    std::optional<Account> account;
    m_storage.write([&](HubTransaction &tx) {
        account = accountByLoginOrId(tx, who);
        if (!account)
            throw HubError(404, u"not_found"_s, u"No account has the login or id \"%1\"."_s.arg(Wire::printable(who)), u"person"_s);
        // Her pupils' pool, or her share of the pools she counts in, is freed with her own count.
        auto release = [&](qint64 used, const QString &pool) {
            if (!pool.isEmpty())
                tx.addCounterBytes(pool, -std::min(used, tx.counterBytes(pool)));
        };
        // Every counter is locked before it is read, as a push locks them (overQuota()): on PostgreSQL a push of hers
        // committed between the read and the reset would have its bytes taken off her count but left in the pool
        // (a review of pipeline mode, session 12). The storage takes the locks in one order.
        tx.lock(u"person:"_s + account->id);
        if (account->role == Teacher) {
            tx.lock(CounterKey::pool(account->id));
            tx.resetRecordBytes(account->id);
            tx.resetCounterBytes(CounterKey::pool(account->id));
            return;
        }
        const QString creator = tx.accountCreator(account->id);
        const QStringList vouchers = vouchersOf(tx, account->id);
        if (!creator.isEmpty())
            tx.lock(CounterKey::pool(creator));
        for (const QString &voucher : vouchers) {
            tx.lock(CounterKey::allowance(voucher, account->id));
            tx.lock(CounterKey::pool(voucher));
        }
        release(tx.recordBytesOf(account->id), creator.isEmpty() ? QString() : CounterKey::pool(creator));
        tx.resetRecordBytes(account->id);
        for (const QString &voucher : vouchers) {
            const QString allowance = CounterKey::allowance(voucher, account->id);
            release(tx.counterBytes(allowance), CounterKey::pool(voucher));
            tx.resetCounterBytes(allowance);
        }
    });
    return *account;
}

QJsonObject HubEngine::login(const QJsonObject &request, const QString &address)
{
    auto text = [&](const QString &key, int maxChars, bool required) {
        const QJsonValue v = request.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                throw HubError::invalid(key, u"Field \"%1\" is required."_s.arg(key));
            return QString();
        }
        if (!v.isString())
            throw HubError::invalid(key, u"Field \"%1\" must be a string."_s.arg(key));
        const QString s = v.toString();
        if ((required && s.isEmpty()) || s.size() > maxChars)
            throw HubError::invalid(key, u"Field \"%1\" must be 1 to %2 characters."_s.arg(key).arg(maxChars));
        return s;
    };
    const QString loginName = normalizeLogin(text(u"login"_s, 64, true));
    const QString password = text(u"password"_s, 1024, true);
    const QString deviceId = text(u"device_id"_s, 36, true);
    if (!isUuid(deviceId))
        throw HubError::invalid(u"device_id"_s, u"Field \"device_id\" must be a UUID."_s);
    // Shown to the admin (`admin devices`) and to teachers: no control or bidirectional characters to disguise it.
    const QString deviceName = Wire::printable(text(u"device_name"_s, 200, false));
    const QString keyText = text(u"device_key"_s, 64, false);
    QByteArray deviceKey;
    if (!keyText.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(keyText.toLatin1());
        if (!decoded || decoded.decoded.size() != 32)
            throw HubError::invalid(u"device_key"_s, u"Field \"device_key\" must be a base64 ed25519 public key (32 bytes)."_s);
        deviceKey = decoded.decoded;
        // The device proves it holds that key, for this id: a key is one device's (device_key_in_use), so a claim of
        // it by someone who has only seen it (a teacher who knows the pupil's PIN) must not shut the device out.
        const QString proof = text(u"device_proof"_s, 128, false);
        if (proof.isEmpty() || !Crypto::verifySignature(deviceKey, Signing::deviceMessage(deviceId, deviceKey), proof))
            throw HubError::invalid(u"device_proof"_s,
                                    u"Field \"device_proof\" must be the device key's signature of its device id "
                                    "(Signing::deviceMessage); update the app."_s);
    }

    // A device that signed in to this login before shows its last token for it (even revoked or replaced by a
    // later sign-in elsewhere, it proves the device once knew the secret): other people's failures do not
    // lock it out (OWASP's "device cookie").
    const QString previousToken = text(u"token"_s, 128, false);
    QString knownDevice;
    if (!previousToken.isEmpty()) {
        std::optional<Session> before;
        // A token ended since (a new PIN, or the classroom hub's next lesson: HubTransaction::endSessionsOf) signs
        // nothing in, but still shows the device: a classmate's failures at the next lesson do not keep a pupil's own
        // tablet out (a review of session 14, finding 5).
        const QByteArray hash = Crypto::tokenHash(previousToken);
        m_storage.read([&](HubTransaction &tx) {
            before = tx.sessionByTokenHash(hash);
            if (!before)
                before = tx.sessionByTokenHash("ended:" + hash.toHex());
        });
        if (before && before->deviceId == deviceId && before->account.login == loginName)
            knownDevice = deviceId;
    }

    // argon2id uses 64 MB per check: a burst of logins must not exhaust the memory of a Raspberry Pi. The place is
    // taken before the throttle counts the attempt: an honest sign-in told "busy" has used none of her failures.
    if (m_passwordChecks.fetch_add(1) >= m_limits.maxConcurrentPasswordChecks) {
        m_passwordChecks.fetch_sub(1);
        throw HubError(429, u"busy"_s, u"The hub is busy signing other people in; try again in a moment."_s, {}, 1);
    }
    std::optional<Account> account;
    bool ok = false;
    try {
        // Counted as a failure from here (in the same locked step as the check) until it succeeds: guesses in flight
        // side by side, here or on the other hubs of a fleet, are each counted before the next is judged.
        if (const int wait = m_throttle.attempt(loginName, address, knownDevice))
            throw HubError(429, u"too_many_attempts"_s,
                           u"Too many failed sign-ins; wait %1 seconds and try again."_s.arg(wait), {}, wait);
        m_storage.read([&](HubTransaction &tx) { account = tx.accountByLogin(loginName); });
        // A login that does not exist costs the same check as one that does, against a dummy hash of the accounts'
        // cost: the answer's time does not tell whether the login exists (it held this password-check place too).
        if (account) {
            ok = Crypto::verifySecret(account->secretHash, password.toUtf8());
            if (const std::optional<Crypto::Cost> cost = Crypto::costOf(account->secretHash))
                accountsCost = *cost;
        } else {
            Crypto::verifySecret(Crypto::dummyHash(accountsCost), password.toUtf8());
        }
    } catch (...) {
        m_passwordChecks.fetch_sub(1);
        throw;
    }
    m_passwordChecks.fetch_sub(1);
    if (!ok) {
        throw HubError(401, u"wrong_credentials"_s, u"Wrong login or password."_s);
    }
    m_throttle.succeeded(loginName, knownDevice, address);

    const QString token = Crypto::newToken();
    m_storage.write([&](HubTransaction &tx) {
        tx.lock(u"person:"_s + account->id); // her devices, counted then one added
        const QString now = tx.now();
        // A device known by a teacher's vouch and signed out stays signed out: signing in with its key (her teacher
        // knows her PIN) would make that key sign again, a device row's key being looked up before a vouched one. Only
        // a signed-out row holding *that* key blocks it: a co-teacher who vouched his own key under her real tablet's
        // id and signed it out does not shut the tablet out (issue 11 review, F7). A device that sends no key is
        // blocked by any signed-out key of its id.
        for (const VouchedKey &k : tx.vouchedKeysOf({account->id}))
            if (k.revoked && (deviceKey.isEmpty() ? k.deviceId == deviceId : k.publicKey == deviceKey))
                throw HubError(409, u"device_signed_out"_s,
                               u"This device was signed out of this account for good; reset the app on it (or install it "
                               "again) to sign in as a new device."_s);
        // One key, one device of hers (as for a vouch): a key live under another of her device ids is refused, or
        // signing that id out would shut this device out (and signing this one out, that one).
        if (!deviceKey.isEmpty()) {
            bool elsewhere = false;
            for (const DeviceRecord &d : tx.devicesOf({account->id})) {
                // A signed-out phone's key under a new id would sign again as well: signing out is for good.
                if (d.deviceId != deviceId && d.revoked && d.publicKey == deviceKey)
                    throw HubError(409, u"device_signed_out"_s,
                                   u"This device was signed out of this account for good; reset the app on it (or install "
                                   "it again) to sign in as a new device."_s);
                elsewhere = elsewhere || (d.deviceId != deviceId && !d.revoked && d.publicKey == deviceKey);
            }
            for (const VouchedKey &k : tx.vouchedKeysOf({account->id}))
                elsewhere = elsewhere || (k.deviceId != deviceId && !k.revoked && k.publicKey == deviceKey);
            if (elsewhere)
                throw HubError(409, u"device_key_in_use"_s,
                               u"This device's key is that of another device of this account; reset the app on this "
                               "device (or install it again) to sign in as a new device."_s);
        }
        // Each new device is a row kept for ever (signed out, it stays so that its key signs nothing): a person is
        // signed in on a bounded number at once, and keeps a bounded number of rows in all. Signing in again on a
        // device she has replaces its row.
        int live = 0;
        bool known = false;
        const QList<DeviceRecord> devices = tx.devicesOf({account->id});
        for (const DeviceRecord &d : devices) {
            if (d.deviceId == deviceId)
                known = true;
            else if (!d.revoked)
                ++live;
        }
        if (live >= m_limits.maxDevicesPerPerson)
            throw HubError(409, u"too_many_devices"_s,
                           u"This account is signed in on %1 devices already, the hub's limit: sign out a device you no "
                           "longer use (in the app's settings, on another device, or ask a teacher or the hub's "
                           "administrator), then sign in again."_s.arg(m_limits.maxDevicesPerPerson));
        // The administrator may count her rows from some point on (admin devices --reset): signed-out rows stay.
        const qsizetype forgiven = known ? 0 : tx.meta(forgivenRowsKey(account->id)).toLongLong();
        if (!known && devices.size() - forgiven >= qsizetype(m_limits.maxDevicesPerPerson) * DeviceRowsPerLiveDevice)
            throw HubError(409, u"too_many_devices"_s,
                           u"This account has signed in on %1 devices in all, the hub's limit; ask the hub's administrator."_s
                               .arg(devices.size()));
        tx.putDevice(DeviceRecord{deviceId, account->id, deviceName, Crypto::tokenHash(token), deviceKey, now, now, false});
    });
    return QJsonObject{{u"token"_s, token},
                       {u"person"_s, QJsonObject{{u"id"_s, account->id}, {u"login"_s, account->login},
                                                 {u"display_name"_s, account->displayName}, {u"role"_s, account->role}}}};
}

Session HubEngine::authenticate(const QString &token)
{
    if (token.isEmpty())
        throw HubError(401, u"unauthorized"_s, u"Sign in first: this request needs \"Authorization: Bearer <token>\"."_s);
    if (token.size() > 128)
        throw HubError(401, u"unauthorized"_s, u"The token is not valid; sign in again."_s);
    std::optional<Session> session;
    m_storage.read([&](HubTransaction &tx) { session = tx.sessionByTokenHash(Crypto::tokenHash(token)); });
    if (!session)
        throw HubError(401, u"unauthorized"_s, u"The token is not valid; sign in again."_s);
    if (session->revoked)
        throw HubError(401, u"revoked"_s, u"This device was signed out (its token was revoked); sign in again."_s);
    const QDateTime lastSeen = QDateTime::fromString(session->lastSeen, Qt::ISODateWithMs);
    if (!lastSeen.isValid() || lastSeen.secsTo(QDateTime::currentDateTimeUtc()) > TouchEverySeconds) {
        QString now;
        m_storage.write([&](HubTransaction &tx) {
            now = tx.now();
            tx.touchDevice(session->deviceId, session->account.id, now);
        });
        session->lastSeen = now;
    }
    return *session;
}

QJsonObject HubEngine::apply(HubTransaction &tx, const Session &session, const QJsonValue &value)
{
    QJsonObject out;
    if (!value.isObject()) {
        out.insert(u"id"_s, QJsonValue::Null);
        out.insert(u"status"_s, u"rejected"_s);
        out.insert(u"reason"_s, u"invalid: a change must be a JSON object"_s);
        return out;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue id = object.value(u"id"_s);
    out.insert(u"id"_s, id.isString() && id.toString().size() <= 36 ? id : QJsonValue(QJsonValue::Null));
    QString error;
    const std::optional<Change> change = Change::fromJson(object, &error);
    Verdict v;
    if (!change) {
        v = rejected(u"invalid: "_s + error);
    } else {
        // A replay is the same change, not only the same id: a person who saw a change id (in a pack they carried)
        // must not pre-empt it with a change of their own and make the hub answer for the real one.
        const QByteArray digest = QCryptographicHash::hash(change->canonical(), QCryptographicHash::Sha256);
        // The row is read, merged and written back, its verdict looked up then kept: no other write of this row (the
        // same change sent twice at once included) runs in between (HubStorage: writes run side by side).
        tx.lock(u"row:"_s + change->kind + u':' + change->row);
        const std::optional<Verdict> known = tx.verdict(change->id);
        if (known && (known->digest.isEmpty() || known->digest == digest)) {
            v = *known; // a replay: the same answer as the first time
        } else if (known && known->status != u"rejected"_s) {
            v = refusedForNow(u"invalid: this change id was already used by a different change; the device must give "
                              "this change a new id"_s);
        } else {
            const bool stored = tx.isolated([&] {
                std::optional<RecordCharge> payer;
                v = applyChange(tx, session, *change, digest, &payer);
                // A final rejection is kept so that a replay gets the same answer; its row is charged as the change
                // would have been once its author is proved (her own quota, or the allowance of a vouched key: one
                // pupil's packs cannot fill the quota of the teacher who relays them), else to whoever sent it. Over
                // that quota it is answered and not kept: judged again, it gets the same answer anyway (a flood of
                // refused changes cannot fill the disk with verdicts).
                if (v.status != u"applied"_s && v.remembered && v.kept) {
                    const RecordCharge charge = payer ? *payer : ownCharge(tx, session.account);
                    if (overQuota(tx, charge, RememberedVerdictBytes).isEmpty()) {
                        v.digest = digest;
                        tx.putVerdict(change->id, v);
                        addCharge(tx, charge, RememberedVerdictBytes);
                    }
                }
            });
            if (!stored) // not remembered: the same change may be sent again and succeed
                v = refusedForNow(u"internal: the hub could not store this change; send it again later"_s);
        }
    }
    out.insert(u"status"_s, v.status);
    if (!v.reason.isEmpty())
        out.insert(u"reason"_s, v.reason);
    // Not final (not remembered: its cause may pass): the client keeps the change and sends it again at a later
    // sync (PROTOCOL.md, "Final or not").
    if (v.status == u"rejected"_s && !v.remembered) {
        out.insert(u"retry"_s, true);
        // Only the administrator cures these: the device holds the change back a while (PROTOCOL.md, "Retry-After").
        if (v.reason.startsWith(u"quota:"_s) || v.reason.startsWith(u"too_many_students:"_s))
            out.insert(u"retry_after"_s, m_limits.quotaRetryAfterSeconds);
    }
    if (v.seq > 0)
        out.insert(u"seq"_s, v.seq);
    if (!v.received.isEmpty()) // the author's device learns when the school got the work, whatever its own clock said
        out.insert(u"received"_s, v.received);
    return out;
}

Verdict HubEngine::applyChange(HubTransaction &tx, const Session &session, const Change &change, const QByteArray &digest,
                               std::optional<RecordCharge> *payer)
{
    const KindSpec *spec = kindSpec(change.kind);
    Q_ASSERT(spec);
    const QString &kind = change.kind;
    const QJsonObject &fields = change.fields;

    // Who wrote it: the signed-in person, or someone whose device signed it (a relayed bundle). The key is
    // the one the device registered at sign-in or, for a device that never signed in here, the one a
    // teacher of its owner vouched for.
    std::optional<Account> author;
    // Who pays for the change in record quota: its author, except for a change signed by a key a teacher vouched for
    // (the device never signed in here): that is the teacher's word, charged to the allowance of (that teacher, the
    // pupil), apart from both their own quotas, whoever relays it. Junk under a made-up key, relayed by the teacher or
    // by a puppet pupil she signs in as, cannot fill the pupil's quota; a pupil's USB packs cannot fill her teacher's
    // and stop her lessons; and the allowances of one teacher share her pupils' pool (no fresh quota per pupil).
    QString voucher;
    QStringList otherVouchers; // who else may pay for a vouched key's change, in turn, when voucher's allowance is full
    if (change.author == session.account.id) {
        author = session.account;
    } else {
        QByteArray key;
        bool revoked = false;
        bool vouched = false;
        bool verified = false; // the key's signature of this change was checked (once: F7 review, R5)
        std::optional<DeviceRecord> row;
        for (const DeviceRecord &d : tx.devicesOf({change.author}))
            if (d.deviceId == change.device)
                row = d;
        auto signs = [&](const QByteArray &k) {
            return !k.isEmpty() && !change.signature.isEmpty() && Crypto::verifySignature(k, change.canonical(), change.signature);
        };
        if (row && signs(row->publicKey)) {
            key = row->publicKey;
            revoked = row->revoked;
            verified = true;
        } else {
            // Several keys may be known as this device of hers: the one it signed in with, and one for each teacher's
            // vouch (issue 11 review, F7). The one that verifies the signature signed it, and only a vouched key's own
            // vouchers' classes count (below): a key someone put under her device's id first, by a vouch or by signing
            // in as her with it, neither stops nor widens the key her teacher vouched for.
            //
            // Tried in this order, MaxKeysTriedPerChange at most (a review of F7: a teacher putting her 16 keys a pupil,
            // signed out and vouched again, under one id made each change claiming it cost ≈120 checks, and a request
            // of 5,000 held the SQLite writer ≈30 s): the keys the relaying teacher vouched for, then the other live
            // ones, then the signed-out ones (which only say "signed out"). Her own relays cost one check however many
            // keys others put there; of her own, the 8 newest under one id sign (a device has one key: more is a crowd).
            QList<VouchedKey> keys = tx.vouchedKeys(change.device, change.author);
            // Newest first within each: a device has one key, so a second key under its id is a reinstall, and a key
            // vouched in this very request is tried at once.
            std::stable_sort(keys.begin(), keys.end(), [&](const VouchedKey &a, const VouchedKey &b) {
                const auto rank = [&](const VouchedKey &k) { return k.revoked ? 2 : (k.vouchedBy == session.account.id ? 0 : 1); };
                return rank(a) != rank(b) ? rank(a) < rank(b) : a.vouchedAt > b.vouchedAt;
            });
            int tried = 0;
            const auto signer = std::find_if(keys.cbegin(), keys.cend(), [&](const VouchedKey &k) {
                return tried++ < MaxKeysTriedPerChange && signs(k.publicKey);
            });
            if (signer != keys.cend()) {
                key = signer->publicKey;
                revoked = signer->revoked;
                vouched = true;
                verified = true;
            } else if (row) {
                // Its key was tried first, and did not verify: refused below.
                key = row->publicKey;
                revoked = row->revoked;
            } else if (!keys.isEmpty()) {
                // None verifies: refused below, as signed out when every key of that id is.
                key = keys.first().publicKey;
                revoked = std::all_of(keys.cbegin(), keys.cend(), [](const VouchedKey &k) { return k.revoked; });
                vouched = true;
            }
        }
        // A signed-out device signs nothing from then on (what it signed before and the hub has stays). Final, but
        // not kept: its device id is all it takes to write such a change (no valid signature is needed to be refused),
        // so a kept verdict would let anyone fill the quota of whoever relays them; signing out is for good, so the
        // same change sent again gets the same answer without it (found by the review of the kept rejections).
        if (revoked) {
            Verdict v = rejected(u"forbidden: the device that signed this change was signed out (revoked); it signs "
                                 "nothing any more"_s);
            v.kept = false;
            return v;
        }
        // Each key that could have signed it was tried above: none verified unless `verified` (checking the one that did
        // once more cost every relayed change two checks).
        if (!verified) {
            if (session.refusedVouches.contains(change.device))
                return refusedForNow(u"forbidden: the key vouched for the device that signed this change was refused: "_s
                                     + session.refusedVouches.value(change.device));
            if (key.isEmpty())
                return refusedForNow(u"forbidden: the change is by another person whose device is unknown here "
                                     "(it never signed in, and no teacher vouched for its key)"_s);
            // Not remembered either: the same id must stay free for the genuine change, whoever sent this one.
            return refusedForNow(u"forbidden: the change is by another person and carries no valid signature of their "
                                 "device (it was altered or forged)"_s);
        }
        // A vouched key is a teacher's word, good in that teacher's classes only.
        if (vouched) {
            QStringList inScope;
            for (const QString &teacher : tx.vouchers(change.device, change.author, key)) {
                const auto m = tx.membership(change.classId, teacher);
                if (m && m->role == Teacher)
                    inScope << teacher;
            }
            if (inScope.isEmpty())
                return refusedForNow(u"forbidden: the key of the device that signed this change was vouched for by "
                                     "teachers of other classes only; a teacher of this class must vouch for it"_s);
            // The relaying teacher's allowance when she vouched for it; else that of the earliest vouch in the class
            // (vouchers() is in that order); when it is full, the next one's (below). Only those who vouched for this
            // key can be charged: a made-up key is its voucher's alone, and a co-teacher who fills her own allowance
            // with junk does not stop the relays of the pupil's real work (it was the first voucher by person id).
            if (inScope.removeAll(session.account.id))
                inScope.prepend(session.account.id);
            voucher = inScope.first();
            otherVouchers = inScope.mid(1);
        }
        author = tx.accountById(change.author);
        if (!author)
            return refusedForNow(u"forbidden: unknown author"_s);
    }
    // Who pays for the change, kept or refused for good. A signed-out device's signature proves nothing any more (the
    // device may be in a thief's hands): its refused changes stay their sender's, above.
    RecordCharge charge = voucher.isEmpty() ? ownCharge(tx, *author) : vouchedCharge(voucher, author->id);
    *payer = charge;

    const std::optional<RowState> existing = tx.row(kind, change.row);
    if (existing && existing->classId != change.classId)
        return rejected(u"wrong_class: this row belongs to another class"_s);
    if (kind == u"class"_s && change.row != change.classId)
        return rejected(u"invalid: field \"row\" of a class change must be the class id"_s);

    // Authorization by role and class.
    const std::optional<Membership> membership = tx.membership(change.classId, author->id);
    bool creatingClass = false;
    if (spec->writer == Writer::Teacher) {
        if (author->role != Teacher)
            return rejected(u"forbidden: only a teacher of the class may write a %1"_s.arg(kind));
        if (kind == u"class"_s && !existing && !membership)
            creatingClass = true;
        else if (!membership || membership->role != Teacher)
            return refusedForNow(u"forbidden: you are not a teacher of this class"_s);
    } else {
        if (author->role != Student)
            return rejected(u"forbidden: only a student of the class may write a %1, for themselves"_s.arg(kind));
        if (!membership || membership->role != Student)
            return refusedForNow(u"forbidden: only a student of the class may write a %1, for themselves"_s.arg(kind));
    }

    auto textField = [&](const QString &name) { return fields.value(name).toString(); };
    auto currentText = [&](const QString &name) {
        return fields.contains(name) ? textField(name) : existing ? existing->fields.value(name).toString() : QString();
    };

    QString audience = existing ? existing->audience : QString();
    if (spec->perStudent) {
        const QString owner = existing ? existing->audience : textField(u"student"_s);
        if (owner.isEmpty())
            return rejected(u"invalid: field \"fields.student\" is required on a new %1"_s.arg(kind));
        if (fields.contains(u"student"_s) && textField(u"student"_s) != owner)
            return rejected(u"invalid: field \"fields.student\" cannot change"_s);
        if (spec->writer == Writer::Student && owner != author->id)
            return rejected(u"forbidden: a student writes only their own %1"_s.arg(kind));
        if (spec->writer == Writer::Teacher) {
            const auto m = tx.membership(change.classId, owner);
            if (!m || m->role != Student)
                return refusedForNow(u"invalid: field \"fields.student\" is not a student of this class"_s);
        }
        if (kind == u"progress"_s && !existing) {
            const QString lesson = textField(u"lesson_id"_s);
            if (lesson.isEmpty() || change.row != derivedUuid(owner, lesson))
                return rejected(u"invalid: field \"row\" of a progress must be derivedUuid(student, lesson_id)"_s);
        }
        if (kind == u"submission"_s && fields.contains(u"assignment_id"_s)) {
            const auto assignment = tx.row(u"assignment"_s, textField(u"assignment_id"_s));
            if (assignment && assignment->classId != change.classId)
                return rejected(u"invalid: field \"fields.assignment_id\" is an assignment of another class"_s);
        }
        if (kind == u"feedback"_s && fields.contains(u"submission_id"_s)) {
            const auto submission = tx.row(u"submission"_s, textField(u"submission_id"_s));
            if (submission && (submission->classId != change.classId || submission->audience != owner))
                return rejected(u"invalid: field \"fields.submission_id\" is not a submission of this student"_s);
        }
        audience = owner;
    }

    if (kind == AnswerKeyKind) {
        // One key per assignment, at a row id every device derives: nobody can squat another class's key.
        const QString assignmentId = existing ? existing->fields.value(u"assignment_id"_s).toString() : textField(u"assignment_id"_s);
        if (!isUuid(assignmentId) || change.row != AnswerKey::rowId(assignmentId, change.classId))
            return rejected(u"invalid: field \"row\" of an answer_key must be derived from its assignment_id and class"_s);
        if (fields.contains(u"assignment_id"_s) && textField(u"assignment_id"_s) != assignmentId)
            return rejected(u"invalid: field \"fields.assignment_id\" cannot change"_s);
    }

    QString memberPerson;
    QString memberRole;
    if (kind == u"member"_s) {
        memberPerson = existing ? existing->fields.value(u"person"_s).toString() : textField(u"person"_s);
        if (!isUuid(memberPerson))
            return rejected(u"invalid: field \"fields.person\" must be a UUID"_s);
        if (fields.contains(u"person"_s) && textField(u"person"_s) != memberPerson)
            return rejected(u"invalid: field \"fields.person\" cannot change"_s);
        memberRole = existing ? existing->fields.value(u"role"_s).toString() : textField(u"role"_s);
        if (memberRole != Teacher && memberRole != Student)
            return rejected(u"invalid: field \"fields.role\" must be \"teacher\" or \"student\""_s);
        if (fields.contains(u"role"_s) && textField(u"role"_s) != memberRole)
            return rejected(u"invalid: field \"fields.role\" cannot change"_s);
        auto personAccount = tx.accountById(memberPerson);
        if (!personAccount && memberRole == Student) {
            // Two teachers creating the same pupil at once both read her account as absent (each locks only its own
            // roster row): the last to commit set her card and the first stayed her creator (a review of session 14,
            // finding 1, on PostgreSQL). Her lock first, then her account again: the second is judged as naming an
            // existing pupil.
            tx.lock(u"person:"_s + memberPerson);
            personAccount = tx.accountById(memberPerson);
        }
        const bool changesCredentials = fields.contains(u"login"_s) || fields.contains(u"pin_hash"_s);
        if (memberRole == Teacher) {
            if (!personAccount)
                return refusedForNow(u"invalid: field \"fields.person\" is not a teacher account"_s);
            if (personAccount->role != Teacher)
                return rejected(u"invalid: field \"fields.person\" is not a teacher account"_s);
            if (changesCredentials)
                return rejected(u"invalid: a teacher member has no login code or PIN"_s);
        } else {
            if (personAccount && personAccount->role != Student)
                return rejected(u"invalid: field \"fields.person\" is a teacher account"_s);
            // A student's account is her teachers' to manage: enrolling her in another class, her login code, PIN,
            // name or removal. A teacher who does not teach her gets in only through one who does (SECURITY.md).
            if (personAccount && !teaches(tx, author->id, memberPerson))
                return refusedForNow(u"forbidden: only a teacher who already teaches this student may enrol her in a "
                                     "class or change her account (login code, PIN, name)"_s);
            // Her login code and PIN open all her classes: a teacher of one of them who did not create her account
            // (the music teacher) would read her work and feedback in the others by giving her a new PIN and signing
            // in as her (issue 11 review, F2). Her creator may, or a teacher who teaches her in every class of hers.
            if (personAccount
                && ((fields.contains(u"login"_s) && normalizeLogin(textField(u"login"_s)) != personAccount->login)
                    || (fields.contains(u"pin_hash"_s) && textField(u"pin_hash"_s).toLatin1() != personAccount->secretHash))
                && credentialsHolder(tx, memberPerson) != author->id && !teachesEveryClassOf(tx, author->id, memberPerson))
                return refusedForNow(u"forbidden: only the teacher who gave this student her login code and PIN (who "
                                     "created her account, while no other teacher has changed them), or one who teaches "
                                     "her in every class of hers, may change her login code or PIN"_s);
            // Each new student account brings a record quota of its own: a teacher creates a bounded number of them.
            if (!personAccount)
                tx.lock(u"person:"_s + author->id); // her count of students created, read then raised
            if (!personAccount && tx.accountsCreatedBy(author->id) >= m_limits.maxStudentsPerTeacher)
                return refusedForNow(u"too_many_students: you have created %1 student accounts on this hub, its limit; "
                                     "enrol existing students, or ask the hub's administrator to raise the limit"_s
                                         .arg(m_limits.maxStudentsPerTeacher));
            if (fields.contains(u"login"_s)) {
                const QString login = normalizeLogin(textField(u"login"_s));
                static const QRegularExpression loginPattern(u"^[a-z0-9._@-]{2,64}$"_s);
                if (!loginPattern.match(login).hasMatch())
                    return rejected(u"invalid: field \"fields.login\" must be 2 to 64 letters, digits, '.', '_', '@' or '-'"_s);
                const auto other = tx.accountByLogin(login);
                if (other && other->id != memberPerson)
                    return refusedForNow(u"login_taken: the login code \"%1\" is already used on this hub; choose another"_s.arg(login));
            }
            if (fields.contains(u"pin_hash"_s) && !Crypto::isSecretHash(textField(u"pin_hash"_s)))
                return rejected(u"invalid: field \"fields.pin_hash\" must be an argon2id hash string with the app's parameters ($argon2id$v=19$m=65536,t=2,p=1$…)"_s);
        }
        audience = memberRole == Student ? memberPerson : QString();
    }

    // A stated size is what pupils' devices show as the cost and count against a family's monthly cap before they
    // download (SECURITY.md, "Frugal media attacked"): for a file the hub holds, it must be that file's size. Checked
    // only where the author may read the file: to anyone else, a stored file is a file the hub does not hold.
    if (spec->field(u"attachments"_s) && fields.contains(u"attachments"_s)) {
        const QJsonArray list = fields.value(u"attachments"_s).toArray();
        for (const QJsonValue &a : list) {
            const QJsonObject o = a.toObject();
            const QString sha = o.value(u"sha256"_s).toString();
            if (!isSha256(sha))
                continue;
            const std::optional<BlobInfo> blob = tx.blob(sha);
            const QJsonValue stated = o.value(u"size"_s);
            if (blob && (!stated.isDouble() || qint64(stated.toDouble()) != blob->size) && mayRead(tx, *author, sha))
                return rejected(u"invalid: attachment %1 states a size of %2 bytes, but the hub holds that file at %3 bytes"_s
                                    .arg(sha, stated.isDouble() ? QString::number(qint64(stated.toDouble())) : u"no size"_s)
                                    .arg(blob->size));
        }
    }

    // Records count against their author's record quota, as files count against hers: a script that pushes
    // submissions for ever fills her quota, not the hub's disk. Her files' quota is apart, so a pupil whose photos
    // filled it still hands in text. Not final: the change waits on her device until room is made (SECURITY.md).
    const qint64 namedFiles = fields.contains(u"attachments"_s) ? attachmentHashes(fields.value(u"attachments"_s)).size() : 0;
    const qint64 overhead = ChangeOverheadBytes + NamedFileBytes * namedFiles;
    const qint64 cost = compact(change.toJson()).size() + overhead;
    if (const QString refusal = overQuota(tx, charge, cost); !refusal.isEmpty()) {
        bool paid = false;
        for (const QString &next : std::as_const(otherVouchers)) {
            const RecordCharge other = vouchedCharge(next, author->id);
            if (overQuota(tx, other, cost).isEmpty()) {
                charge = other;
                *payer = other;
                paid = true;
                break;
            }
        }
        if (!paid)
            return refusedForNow(refusal);
    }

    // The hub's clock absorbs the change's; a device far ahead is clamped and flagged.
    const HlcTimestamp remote = *HlcTimestamp::parse(change.hlc);
    bool clamped = false;
    QString effectiveHlc = change.hlc;
    // The row's version: the hub's own reading when it accepted this change. It is above every HLC the hub
    // has seen, so it grows with every accepted change to the row, even one that wins a field with an older
    // HLC; a student's snapshot carries it, and the student's device, merging by it, replaces what it holds.
    QString version;
    {
        // Too far ahead: the change is ordered as if made when the hub received it (the device's own
        // reading is kept in "device_hlc"), so a correct clock afterwards wins again at once.
        std::lock_guard lock(m_clockMutex);
        clamped = remote.millis > m_clock.wallMillis() + m_limits.clockMaxAheadMs;
        if (clamped) {
            const HlcTimestamp mine = m_clock.now();
            effectiveHlc = HlcTimestamp{mine.millis, mine.counter, remote.node}.toString();
            version = mine.toString();
        } else {
            version = m_clock.receive(remote).toString();
        }
    }

    RowState row = existing.value_or(RowState{kind, change.row, change.classId, {}, {}, false, false, {}, 0, {}, {}});
    switch (spec->policy) {
    case MergePolicy::AppendOnly:
        if (existing) {
            Verdict duplicate;
            duplicate.status = u"duplicate"_s;
            duplicate.reason = u"duplicate: this %1 was already received (versions are append-only)"_s.arg(kind);
            return duplicate;
        }
        row.fields = fields;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            row.fieldHlcs.insert(it.key(), effectiveHlc);
        break;
    case MergePolicy::FieldLastWriterWins:
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            // The rule is Merge::lastWriterWins (sync/merge.h), the devices' too; the loser is kept.
            const QString held = row.fieldHlcs.value(it.key()).toString();
            const Merge::FieldOutcome outcome = Merge::lastWriterWins(row.fields.value(it.key()), held, it.value(), effectiveHlc);
            if (outcome.heldToHistory)
                tx.addHistory(kind, change.row, it.key(), row.fields.value(it.key()), held, change.id);
            if (outcome.incomingToHistory)
                tx.addHistory(kind, change.row, it.key(), it.value(), effectiveHlc, change.id);
            if (outcome.take) {
                row.fields.insert(it.key(), it.value());
                row.fieldHlcs.insert(it.key(), effectiveHlc);
            }
        }
        break;
    case MergePolicy::Monotone:
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            // Flags OR, numbers max, *_at times earliest, identity never changes: Merge::monotone (sync/merge.h).
            row.fields.insert(it.key(), Merge::monotone(it.key(), row.fields.value(it.key()), it.value()));
            row.fieldHlcs.insert(it.key(), std::max(row.fieldHlcs.value(it.key()).toString(), effectiveHlc));
        }
        break;
    }
    row.hlc = std::max({row.hlc, effectiveHlc, version});
    row.deleted = row.fields.value(u"deleted"_s).toBool(false);
    row.audience = audience;
    if (spec->draftable) {
        row.status = row.fields.value(u"status"_s).toString();
        row.everPublished = row.everPublished || row.status == Published;
    }

    // The score that counts is the hub's, from the key; a number the student's device sent is not kept.
    const std::optional<QJsonObject> graded = kind == u"submission"_s && !existing ? gradeSubmission(tx, change, row)
                                                                                    : std::nullopt;
    QJsonObject served = change.toJson();
    if (graded) // beside the signed change, which stays as its device signed it
        served.insert(u"graded"_s, *graded);
    if (clamped) {
        served.insert(u"hlc"_s, effectiveHlc);
        served.insert(u"device_hlc"_s, change.hlc);
        served.insert(u"clamped"_s, true);
    }
    LogEntry entry{0, change.id, kind, change.row, change.classId, audience, change.author, change.device, tx.now(), compact(served)};
    const qint64 seq = tx.appendChange(entry);
    addCharge(tx, charge, entry.body.size() + overhead);
    row.lastSeq = seq;
    tx.putRow(row);
    if (spec->field(u"attachments"_s) && fields.contains(u"attachments"_s))
        nameBlobs(tx, kind, change.row, *author, attachmentHashes(row.fields.value(u"attachments"_s)));
    if (kind == u"assignment"_s || kind == u"submission"_s)
        releaseAnswersAfter(tx, change, row);

    if (creatingClass)
        tx.putMembership(Membership{change.classId, author->id, Teacher, seq});
    if (kind == u"member"_s) {
        if (memberRole == Student) {
            std::optional<Account> known = tx.accountById(memberPerson);
            if (!known)
                tx.putAccountCreator(memberPerson, author->id);
            Account account = known.value_or(Account{memberPerson, {}, {}, Student, {}});
            if (fields.contains(u"login"_s))
                account.login = normalizeLogin(textField(u"login"_s));
            if (fields.contains(u"pin_hash"_s))
                account.secretHash = textField(u"pin_hash"_s).toLatin1();
            account.displayName = currentText(u"display_name"_s);
            tx.putAccount(account);
            // A new PIN or login code ends every session signed in with the old one: a co-teacher who set her PIN and
            // signed in as her is out once her own teacher gives her a new one (a review, session 11). Her devices
            // sign in again; they are not signed out, and their keys go on signing.
            if (known && (known->secretHash != account.secretHash || known->login != account.login)) {
                tx.endSessionsOf(memberPerson);
                // Changed by another than her creator (a teacher of every class of hers): the creator's right is gone,
                // and the record names who changed them, for the record only (credentialsHolder()).
                if (credentialsHolder(tx, memberPerson) != author->id)
                    tx.setMeta(credentialsByKey(memberPerson), author->id);
            } else if (known && !existing && fields.contains(u"login"_s) && fields.contains(u"pin_hash"_s)
                       && credentialsHolder(tx, memberPerson) != author->id) {
                // Another teacher's new roster row carrying her whole card unchanged (her own teacher's, reaching the hub
                // after someone created her with the same card copied from a pack): who gave it is in doubt, so nobody
                // holds it; a teacher of every class of hers still gives her a new PIN. Any other row carrying a part of
                // it unchanged changes nothing (a review of session 14, finding 3: a teacher of one class of hers sent her
                // login code back and her creator could no longer change a PIN that had leaked).
                tx.setMeta(credentialsByKey(memberPerson), u"none"_s);
            }
        }
        if (row.deleted) {
            // A person may have two member rows in a class (two devices enrolled her): deleting one keeps her in.
            if (tx.liveMemberRows(change.classId, memberPerson) == 0)
                tx.removeMembership(change.classId, memberPerson);
        } else if (!tx.membership(change.classId, memberPerson))
            tx.putMembership(Membership{change.classId, memberPerson, memberRole, seq});
    }
    const Verdict applied{u"applied"_s, {}, seq, entry.received, true, digest};
    tx.putVerdict(change.id, applied);
    return applied;
}

QByteArray HubEngine::servedItem(HubTransaction &tx, const Session &session, const LogEntry &entry, bool signatures,
                                 bool *skip)
{
    *skip = false;
    const bool teacher = session.account.role == Teacher;
    if (entry.kind == AnswerKeyKind)
        return servedAnswerKey(tx, session, entry, signatures, skip);
    if (teacher)
        return itemPrefix(entry.seq, entry.received) + (signatures ? entry.body : withoutSignature(entry.body)).mid(1);

    const KindSpec *spec = kindSpec(entry.kind);
    if (spec && spec->draftable) {
        // Students get drafts never, and published rows whole: the current state, once, at its last change.
        const auto row = tx.row(entry.kind, entry.row);
        if (!row || row->lastSeq != entry.seq) {
            *skip = true;
            return {};
        }
        QJsonObject fields;
        if (row->deleted) {
            if (!row->everPublished) {
                *skip = true;
                return {};
            }
            fields.insert(u"deleted"_s, true);
        } else if (row->status == Published) {
            fields = row->fields;
            if (entry.kind == u"assignment"_s && AnswerKey::carriesKey(fields.value(u"quiz"_s).toObject()))
                fields.insert(u"quiz"_s, AnswerKey::questionsOnly(fields.value(u"quiz"_s).toObject())); // a quiz written with its key inside
        } else if (row->everPublished) {
            fields.insert(u"status"_s, row->status.isEmpty() ? u"draft"_s : row->status); // withdrawn
        } else {
            *skip = true;
            return {};
        }
        const QJsonObject item{{u"id"_s, entry.changeId}, {u"kind"_s, entry.kind}, {u"row"_s, entry.row},
                               {u"class"_s, entry.classId}, {u"hlc"_s, row->hlc}, {u"author"_s, entry.author},
                               {u"device"_s, entry.device}, {u"fields"_s, fields}, {u"snapshot"_s, true}};
        return itemPrefix(entry.seq, entry.received) + compact(item).mid(1);
    }
    if (entry.kind == u"member"_s) {
        QJsonObject change = QJsonDocument::fromJson(entry.body).object();
        QJsonObject fields = change.value(u"fields"_s).toObject();
        const bool cut = fields.contains(u"pin_hash"_s);
        fields.remove(u"pin_hash"_s);
        if (fields.isEmpty()) {
            *skip = true;
            return {};
        }
        change.insert(u"fields"_s, fields);
        if (!signatures || cut)
            change.remove(u"sig"_s); // without its pin_hash, the change no longer matches its signature
        return itemPrefix(entry.seq, entry.received) + compact(change).mid(1);
    }
    if (entry.kind == u"submission"_s && entry.body.contains("\"graded\":")) {
        // A student's score would tell the key, one question at a time: her device marks her work itself once the
        // key is released to it.
        QJsonObject change = QJsonDocument::fromJson(entry.body).object();
        change.remove(u"graded"_s);
        if (!signatures)
            change.remove(u"sig"_s);
        return itemPrefix(entry.seq, entry.received) + compact(change).mid(1);
    }
    return itemPrefix(entry.seq, entry.received) + (signatures ? entry.body : withoutSignature(entry.body)).mid(1);
}

std::optional<QJsonObject> HubEngine::gradeSubmission(HubTransaction &tx, const Change &change, RowState &row)
{
    row.fields.remove(u"auto_score"_s);
    row.fields.remove(u"max_score"_s);
    row.fieldHlcs.remove(u"auto_score"_s);
    row.fieldHlcs.remove(u"max_score"_s);
    const QString assignmentId = row.fields.value(u"assignment_id"_s).toString();
    const auto assignment = tx.row(u"assignment"_s, assignmentId);
    if (!assignment || assignment->classId != change.classId || assignment->fields.value(u"type"_s).toString() != u"quiz"_s)
        return std::nullopt;
    const QJsonObject questions = assignment->fields.value(u"quiz"_s).toObject();
    const auto keyRow = tx.row(AnswerKeyKind, AnswerKey::rowId(assignmentId, change.classId));
    const QJsonObject key = keyRow && !keyRow->deleted ? keyRow->fields.value(u"answers"_s).toObject()
                                                       : AnswerKey::keyOf(questions); // a quiz written with its key inside
    const Quiz quiz = Quiz::fromStored(AnswerKey::questionsOnly(questions), key);
    if (!quiz.hasKey())
        return std::nullopt;
    const double score = quiz.grade(row.fields.value(u"answers"_s).toObject());
    row.fields.insert(u"auto_score"_s, score);
    row.fields.insert(u"max_score"_s, quiz.maxScore());
    return QJsonObject{{u"auto_score"_s, score}, {u"max_score"_s, quiz.maxScore()}};
}

void HubEngine::appendAnswerRelease(HubTransaction &tx, const QString &assignmentId, const QString &classId,
                                    const QString &audience)
{
    const QString keyRow = AnswerKey::rowId(assignmentId, classId);
    if (!tx.row(AnswerKeyKind, keyRow))
        return;
    // Served to a student as a snapshot of the key row, and only when the rule allows it then (servedAnswerKey).
    tx.appendChange(LogEntry{0, newUuid(), AnswerKeyKind, keyRow, classId, audience, hubAuthor(), hubAuthor(), tx.now(),
                             QByteArray("{\"release\":true}")});
}

void HubEngine::releaseAnswersAfter(HubTransaction &tx, const Change &change, const RowState &row)
{
    if (change.kind == u"submission"_s) {
        const QString assignmentId = row.fields.value(u"assignment_id"_s).toString();
        const QString marker = handedInMarker(assignmentId, change.classId, row.audience);
        tx.lock(u"row:"_s + HandedInKind + u':' + marker);
        if (handedIn(tx, assignmentId, change.classId, row.audience))
            return;
        tx.putRow(RowState{HandedInKind, marker, change.classId, row.audience, {}, false, false, change.hlc, 0, {}, {}});
        const auto assignment = tx.row(u"assignment"_s, assignmentId);
        if (assignment && assignment->classId == change.classId && assignment->status == Published && !assignment->deleted
            && AnswerKey::modeOf(assignment->fields) == AnswersShown::AfterSubmit)
            appendAnswerRelease(tx, assignmentId, change.classId, row.audience);
        return;
    }
    // An assignment: what decides who gets its key may have changed (published, the choice, the due date).
    static const QStringList decisive{u"status"_s, u"answers_shown"_s, u"due"_s, u"deleted"_s, u"type"_s};
    if (std::none_of(decisive.cbegin(), decisive.cend(), [&](const QString &f) { return change.fields.contains(f); }))
        return;
    const bool live = row.status == Published && !row.deleted && row.fields.value(u"type"_s).toString() == u"quiz"_s;
    const AnswersShown mode = AnswerKey::modeOf(row.fields);
    const QDateTime due = dueOf(row.fields);
    // One row a waiting quiz: a change to one assignment writes its row only, however many others wait.
    const bool waits = live && mode == AnswersShown::AfterDue && due.isValid() && due > QDateTime::currentDateTimeUtc();
    if (waits) {
        tx.putPendingRelease(PendingRelease{change.row, change.classId, due.toString(Qt::ISODateWithMs)});
        lowerTo(m_nextAnswerRelease, due.toMSecsSinceEpoch());
    } else {
        tx.removePendingRelease(change.row);
    }
    // Students the rule now allows get the key (those it does not skip this entry when served).
    if (live && mode != AnswersShown::Never && !waits)
        appendAnswerRelease(tx, change.row, change.classId, {});
}

void HubEngine::releaseDueAnswers()
{
    if (QDateTime::currentMSecsSinceEpoch() < m_nextAnswerRelease.load())
        return;
    try {
        m_storage.write([&](HubTransaction &tx) {
            tx.lock(u"answer-releases"_s); // two hub threads (or processes) releasing at once release each key once
            const QString now = nowIso();
            const QList<PendingRelease> due = tx.pendingReleasesDue(now, ReleaseBatch);
            for (const PendingRelease &r : due) {
                appendAnswerRelease(tx, r.assignment, r.classId, {});
                tx.removePendingRelease(r.assignment);
            }
            // Inside the transaction: a teacher's change that adds an earlier due date commits before or after it.
            // A full batch: more may be due, the next request goes on.
            m_nextAnswerRelease.store(due.size() >= ReleaseBatch ? 0 : epochOf(tx.earliestPendingRelease()));
        });
    } catch (...) {
        m_nextAnswerRelease.store(0); // try again at the next request
        throw;
    }
}

QByteArray HubEngine::servedAnswerKey(HubTransaction &tx, const Session &session, const LogEntry &entry, bool signatures,
                                      bool *skip)
{
    const bool released = entry.author == hubAuthor();
    if (session.account.role == Teacher) {
        if (released) { // the teachers have the key already
            *skip = true;
            return {};
        }
        return itemPrefix(entry.seq, entry.received) + (signatures ? entry.body : withoutSignature(entry.body)).mid(1);
    }
    // A student: the key as it is now, if the teacher's choice lets this student have it now.
    const auto row = tx.row(AnswerKeyKind, entry.row);
    const QString assignmentId = row ? row->fields.value(u"assignment_id"_s).toString() : QString();
    const auto assignment = row ? tx.row(u"assignment"_s, assignmentId) : std::nullopt;
    if (!row || !assignment || assignment->classId != row->classId || assignment->deleted || assignment->status != Published
        || !AnswerKey::released(AnswerKey::modeOf(assignment->fields), dueOf(assignment->fields),
                                handedIn(tx, assignmentId, row->classId, session.account.id),
                                QDateTime::currentDateTimeUtc())) {
        *skip = true;
        return {};
    }
    const QJsonObject item{{u"id"_s, entry.changeId}, {u"kind"_s, entry.kind}, {u"row"_s, entry.row},
                           {u"class"_s, entry.classId}, {u"hlc"_s, row->hlc}, {u"author"_s, entry.author},
                           {u"device"_s, entry.device}, {u"fields"_s, row->fields}, {u"snapshot"_s, true}};
    return itemPrefix(entry.seq, entry.received) + compact(item).mid(1);
}

QList<HubEngine::Vouch> HubEngine::parseVouches(const QJsonValue &value)
{
    QList<Vouch> vouches;
    if (value.isUndefined() || value.isNull())
        return vouches;
    const QString field = u"device_keys"_s;
    if (!value.isArray())
        throw HubError::invalid(field, u"Field \"device_keys\" must be an array."_s);
    const QJsonArray list = value.toArray();
    QSet<QString> seen;
    if (list.size() > MaxVouchesPerRequest)
        throw HubError(413, u"too_large"_s, u"Send at most %1 device keys per request."_s.arg(MaxVouchesPerRequest), field);
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString device = o.value(u"device"_s).toString();
        const QString person = o.value(u"person"_s).toString();
        const QString keyText = o.value(u"key"_s).toString();
        const QString sig = o.value(u"sig"_s).toString();
        if (!v.isObject() || !isUuid(device) || !isUuid(person))
            throw HubError::invalid(field, u"Each of \"device_keys\" is an object with \"device\" and \"person\" (UUIDs), "
                                           "\"key\" and \"sig\" (base64)."_s);
        const auto key = QByteArray::fromBase64Encoding(keyText.toLatin1());
        const auto signature = QByteArray::fromBase64Encoding(sig.toLatin1());
        if (keyText.size() > 64 || !key || key.decoded.size() != 32 || sig.size() > 128 || !signature
            || signature.decoded.size() != 64)
            throw HubError::invalid(field, u"Each of \"device_keys\" has \"key\" (base64 of 32 bytes) and \"sig\" "
                                           "(base64 of 64 bytes)."_s);
        // One entry for each device of a person (RelayKeys::vouchesFor sends one): a repeated pair would only repeat
        // the work of proving it (a review: 1,000 copies of one pair × 5,000 changes held a worker for a minute).
        const QString pair = device + u'\n' + person;
        if (seen.contains(pair))
            throw HubError::invalid(field, u"\"device_keys\" names the device %1 of %2 twice."_s.arg(device, person));
        seen.insert(pair);
        vouches.append(Vouch{device, person, key.decoded, sig});
    }
    return vouches;
}

QString HubEngine::applyVouch(HubTransaction &tx, const Session &session, const Vouch &vouch)
{
    if (session.account.role != Teacher)
        return u"only a teacher may vouch for a device key"_s;
    QByteArray ownKey;
    for (const DeviceRecord &d : tx.devicesOf({session.account.id}))
        if (d.deviceId == session.deviceId)
            ownKey = d.publicKey;
    if (ownKey.isEmpty())
        return u"the vouching device registered no key when it signed in; sign in again with this app"_s;
    // The device's key is read, then written: two teachers vouching at once for one device with two keys must not both
    // find it without one and both be recorded as vouchers of the key that is kept (writes run side by side).
    tx.lock(u"vouch:"_s + vouch.device + u':' + vouch.person);
    if (!Crypto::verifySignature(ownKey, Signing::vouchMessage(vouch.device, vouch.person, vouch.publicKey), vouch.signature))
        return u"the vouch is not signed by the key the vouching device registered"_s;
    if (!teaches(tx, session.account.id, vouch.person))
        return u"a teacher vouches only for devices of the students of their classes"_s;
    // One key, one device of hers: a key she signed in with, or one vouched for, under another device id is refused.
    // Signing that other id out would sign the key out everywhere (a co-teacher vouching her real tablet's key under a
    // made-up id, then signing it out, shut her real tablet out); and a signed-out key vouched under a new id would
    // sign again (signing out is for good).
    const QList<DeviceRecord> devices = tx.devicesOf({vouch.person});
    const QList<VouchedKey> vouched = tx.vouchedKeysOf({vouch.person});
    bool revokedElsewhere = false, liveElsewhere = false;
    for (const DeviceRecord &d : devices)
        if (d.deviceId != vouch.device && d.publicKey == vouch.publicKey)
            (d.revoked ? revokedElsewhere : liveElsewhere) = true;
    for (const VouchedKey &k : vouched)
        if (k.deviceId != vouch.device && k.publicKey == vouch.publicKey)
            (k.revoked ? revokedElsewhere : liveElsewhere) = true;
    if (revokedElsewhere)
        return u"this key was signed out; it signs nothing any more"_s;
    if (liveElsewhere)
        return u"this key belongs to another device of this student"_s;
    for (const DeviceRecord &d : devices) {
        if (d.deviceId != vouch.device)
            continue;
        if (d.revoked)
            return u"this device was signed out; it signs nothing any more"_s;
        if (!d.publicKey.isEmpty())
            return d.publicKey == vouch.publicKey ? QString()
                                                  : u"this device signed in here with another key; the vouched one may be forged"_s;
    }
    // Each key vouched for as this device has its own row and vouchers: a key someone else vouched for first under
    // this id (a co-teacher's own, issue 11 review F7) does not stop the vouch of the device's real key, and signs
    // only in its own vouchers' classes.
    const auto known = std::find_if(vouched.cbegin(), vouched.cend(), [&](const VouchedKey &k) {
        return k.deviceId == vouch.device && k.publicKey == vouch.publicKey;
    });
    if (known != vouched.cend()) {
        if (known->revoked)
            return u"this key was signed out; it signs nothing any more"_s;
    } else {
        // A new row: her vouched keys are kept for ever, signed out or not, and bounded in all for each teacher who
        // vouches first (the rows are hers to pay for, 512 bytes each).
        const qsizetype mine = std::count_if(vouched.cbegin(), vouched.cend(),
                                             [&](const VouchedKey &k) { return k.vouchedBy == session.account.id; });
        if (mine - tx.meta(forgivenVouchRowsKey(vouch.person, session.account.id)).toLongLong()
            >= qsizetype(m_limits.maxVouchesPerStudent) * VouchRowsPerLiveVouch)
            return u"you have vouched for %1 devices of this student in all, signed out ones included, the hub's limit; "
                   "ask the hub's administrator (admin devices --reset)"_s.arg(mine);
    }
    if (tx.vouchers(vouch.device, vouch.person, vouch.publicKey).contains(session.account.id))
        return {}; // she vouched for it before (a relay sends its keys every time): nothing new to keep
    // Something new is kept (a key, or a voucher that widens where it signs): only for a key shown to be that device's.
    if (!vouch.proven)
        return u"the vouch comes with no change that this key signed for this device of the student: the key is not "
               "shown to be that device's"_s;
    // A vouch is kept for ever: bounded for each of her pupils, and paid from her record quota.
    if (tx.vouchesBy(session.account.id, vouch.person) >= m_limits.maxVouchesPerStudent)
        return u"you have vouched for %1 devices of this student already, the hub's limit; ask the hub's "
               "administrator"_s.arg(m_limits.maxVouchesPerStudent);
    if (tx.recordBytesOf(session.account.id) + VouchBytes > recordQuotaOf(session.account))
        return u"quota: the records you may write on this hub are full; ask the hub's administrator to make room"_s;
    // Each teacher who vouches adds her classes to where the key signs.
    tx.putVouchedKey(VouchedKey{vouch.device, vouch.person, vouch.publicKey, session.account.id, session.deviceId, tx.now()});
    tx.addRecordBytes(session.account.id, VouchBytes);
    return {};
}

QByteArray HubEngine::sync(const Session &session, const QJsonObject &request, int *retryAfter)
{
    if (retryAfter)
        *retryAfter = 0;
    releaseDueAnswers();
    // Validate the whole request before touching anything.
    SyncCursor cursor;
    const QJsonValue cursorValue = request.value(u"cursor"_s);
    if (!cursorValue.isUndefined() && !cursorValue.isNull()) {
        if (!cursorValue.isString())
            throw HubError::invalid(u"cursor"_s, u"Field \"cursor\" must be a string (the one the hub last returned)."_s);
        const auto parsed = SyncCursor::parse(cursorValue.toString());
        if (!parsed)
            throw HubError::invalid(u"cursor"_s, u"Field \"cursor\" is not a cursor this hub returned."_s);
        cursor = *parsed;
    }
    // The page's ids and clocks in columns (PROTOCOL.md, "Columns"): "columns" is the highest layout the client reads.
    int columns = 0;
    const QJsonValue columnsValue = request.value(u"columns"_s);
    if (!columnsValue.isUndefined() && !columnsValue.isNull()) {
        const double v = columnsValue.toDouble(-1);
        if (!columnsValue.isDouble() || v < 0 || v > 1e6 || v != double(qint64(v)))
            throw HubError::invalid(u"columns"_s, u"Field \"columns\" must be the highest layout version the client reads."_s);
        columns = std::min(int(v), PageColumns::Version);
    }
    // A client that reads columns also resumes a page cut on its way (PROTOCOL.md): a page it names no budget for is as
    // large as the hub serves (its first page of a first sync: one round trip and one packing restart fewer).
    qint64 budget = columns > 0 ? m_limits.maxBudget : m_limits.defaultBudget;
    const QJsonValue budgetValue = request.value(u"budget"_s);
    if (!budgetValue.isUndefined() && !budgetValue.isNull()) {
        const double b = budgetValue.toDouble(-1);
        if (!budgetValue.isDouble() || b < 0 || b > 1e15 || b != double(qint64(b)))
            throw HubError::invalid(u"budget"_s, u"Field \"budget\" must be a whole number of bytes."_s);
        budget = std::clamp(qint64(b), m_limits.minBudget, m_limits.maxBudget);
    }
    // Signatures let a relay prove who wrote a change; a device that only applies its pulls has no use for
    // them (≈100 incompressible bytes a change), so they are served only to a client that asks.
    bool signatures = false;
    const QJsonValue signaturesValue = request.value(u"signatures"_s);
    if (!signaturesValue.isUndefined() && !signaturesValue.isNull()) {
        if (!signaturesValue.isBool())
            throw HubError::invalid(u"signatures"_s, u"Field \"signatures\" must be true or false."_s);
        signatures = signaturesValue.toBool();
    }
    QList<Vouch> vouches = parseVouches(request.value(u"device_keys"_s));
    // Protocol 4 (PROTOCOL.md, "Short answers"): a device that read "protocol": 4 in an answer of this hub says "v": 4,
    // sends its last-contact mark as "seen", and gets answers that leave out what is empty.
    // A hub held to protocol 3 (serve --protocol 3) reads neither, as a hub of protocol 3 did.
    int protocol = 3;
    const QJsonValue versionValue = m_limits.protocol >= 4 ? request.value(u"v"_s) : QJsonValue(QJsonValue::Undefined);
    if (!versionValue.isUndefined() && !versionValue.isNull()) {
        const double v = versionValue.toDouble(-1);
        if (!versionValue.isDouble() || v < 1 || v > 1e6 || v != double(qint64(v)))
            throw HubError::invalid(u"v"_s, u"Field \"v\" must be the hub protocol version the device speaks."_s);
        protocol = std::min(int(v), m_limits.protocol);
    }
    const bool shortAnswer = protocol >= 4;
    // A teacher's device asks for its students' last contact by sending the mark it last received ("" the
    // first time); a device that does not ask gets nothing, and a student's request is never answered.
    std::optional<QString> lastSeenAfter;
    const QString lastSeenKey = shortAnswer ? u"seen"_s : u"last_seen_after"_s;
    const QJsonValue lastSeenValue = request.value(lastSeenKey);
    if (!lastSeenValue.isUndefined() && !lastSeenValue.isNull()) {
        // A hub held to protocol 3 reads the long form only, as one of protocol 3 does.
        lastSeenAfter = !lastSeenValue.isString() ? std::nullopt
            : m_limits.protocol >= 4 || !isShortMark(lastSeenValue.toString()) ? markAsIso(lastSeenValue.toString())
                                                                              : std::nullopt;
        if (!lastSeenAfter)
            throw HubError::invalid(lastSeenKey, u"Field \"%1\" must be \"\" or the \"last_seen_until\" the hub last returned."_s.arg(lastSeenKey));
    }
    QJsonArray changes;
    const QJsonValue changesValue = request.value(u"changes"_s);
    if (!changesValue.isUndefined() && !changesValue.isNull()) {
        if (!changesValue.isArray())
            throw HubError::invalid(u"changes"_s, u"Field \"changes\" must be an array."_s);
        changes = changesValue.toArray();
        if (changes.size() > m_limits.maxChangesPerPush)
            throw HubError(413, u"too_large"_s,
                           u"Send at most %1 changes per request."_s.arg(m_limits.maxChangesPerPush), u"changes"_s);
    }

    // A vouch is believed only for a key that signed, for that very device of hers, one of the changes it comes with
    // (a relay sends a device's key with its changes, RelayKeys::vouchesFor). Only a teacher's vouches can be believed
    // (applyVouch says so to anyone else), and each is tried on at most ProofTriesPerVouch of its changes: a request's
    // proofs cost at most that many signature checks per device it names, whatever it carries.
    if (session.account.role == Teacher && !vouches.isEmpty()) {
        QHash<QString, qsizetype> wanted; // "device\nperson" → the vouch
        for (qsizetype i = 0; i < vouches.size(); ++i)
            wanted.insert(vouches.at(i).device + u'\n' + vouches.at(i).person, i);
        QList<int> tries(vouches.size(), 0);
        for (const QJsonValue &v : std::as_const(changes)) {
            const QJsonObject o = v.toObject();
            const auto it = wanted.constFind(o.value(u"device"_s).toString() + u'\n' + o.value(u"author"_s).toString());
            if (it == wanted.cend())
                continue;
            Vouch &vouch = vouches[*it];
            if (vouch.proven || tries[*it] >= ProofTriesPerVouch)
                continue;
            ++tries[*it];
            QString error;
            const std::optional<Change> c = Change::fromJson(o, &error);
            vouch.proven = c && !c->signature.isEmpty() && Crypto::verifySignature(vouch.publicKey, c->canonical(), c->signature);
        }
    }

    // Push: one transaction for the batch, one verdict per change; a rejection never fails the batch.
    QByteArray verdicts = "[";
    if (!changes.isEmpty() || !vouches.isEmpty()) {
        QList<QJsonObject> answers;
        m_storage.write([&](HubTransaction &tx) {
            answers.clear();
            // Her counters (record quota, students created, vouches) are read, then written: first, so that two of
            // her pushes running side by side take their locks in one order.
            tx.lock(u"person:"_s + session.account.id);
            // Vouched keys first: the relayed changes of this very request are checked against them.
            Session pusher = session;
            pusher.refusedVouches.clear();
            for (const Vouch &vouch : vouches) {
                const QString refusal = applyVouch(tx, pusher, vouch);
                if (!refusal.isEmpty()) {
                    qCInfo(lcHub) << "vouch for device" << vouch.device << "refused:" << refusal;
                    pusher.refusedVouches.insert(vouch.device, refusal);
                }
            }
            for (const QJsonValue &v : std::as_const(changes))
                answers << apply(tx, pusher, v);
            // A restart must not issue an HLC below one already given. Raised, never lowered (pushes, and hub
            // processes, run side by side), and last: on PostgreSQL pushes wait for each other on this row only
            // from here to their commit.
            QString last;
            {
                std::lock_guard lock(m_clockMutex);
                last = m_clock.last().toString();
            }
            tx.raiseMeta(u"hlc"_s, last);
        });
        for (qsizetype i = 0; i < answers.size(); ++i) {
            if (retryAfter && answers.at(i).contains(u"retry_after"_s))
                *retryAfter = answers.at(i).value(u"retry_after"_s).toInt();
            if (i)
                verdicts += ',';
            verdicts += compact(answers.at(i));
        }
    }
    verdicts += ']';

    // Pull: the changes after the cursor that this person may read, up to the budget.
    QByteArray items;
    qint64 bytes = 0;
    bool more = false;
    int scanned = 0;
    // What the device holds for sure of its own: what it sent in this very request. Its other changes after
    // the cursor are served like anyone's (it merges them as duplicates): a store put back from a backup
    // gets back what it sent after the backup, and a reinstalled device what it sent before.
    QSet<QString> pushedNow;
    if (!changes.isEmpty()) {
        pushedNow.reserve(changes.size());
        for (const QJsonValue &v : std::as_const(changes))
            if (const QJsonValue id = v.toObject().value(u"id"_s); id.isString())
                pushedNow.insert(id.toString());
    }
    QHash<QString, QString> lastSeen;
    QString lastSeenUntil;
    const SyncCursor asked = cursor;
    PageColumns::Encoder encoder;
    m_storage.read([&](HubTransaction &tx) {
        // The storage may run this again, whole (a new snapshot, or a transaction where one statement was not enough).
        items.clear();
        encoder.clear();
        bytes = 0;
        scanned = 0;
        more = false;
        cursor = asked;
        const bool teacher = session.account.role == Teacher;
        const QString audience = teacher ? QString() : session.account.id;
        PullStart start = tx.pullStart({session.account.id, cursor.position, audience, ScanBatch,
                                        teacher ? lastSeenAfter : std::nullopt});
        if (teacher && lastSeenAfter) {
            // The clock that wrote last_seen (the database's, when several hubs share it).
            lastSeenUntil = QDateTime::fromString(start.now, Qt::ISODateWithMs).addMSecs(-LastSeenCommitSlackMs).toString(Qt::ISODateWithMs);
            lastSeenUntil = std::max(lastSeenUntil, *lastSeenAfter);
            lastSeen = std::move(start.lastSeen);
        }
        // What this snapshot may serve, and whether the cursor is of this database's epoch: a cursor of another
        // (a restore, a point-in-time recovery) starts over from the beginning, never with a silent gap.
        const LogHorizon horizon = start.horizon;
        // The first batch of the log after the cursor came with the horizon (part 2 below), for the cursor as asked.
        std::optional<QList<LogEntry>> firstBatch = std::move(start.log);
        if (cursor.epoch != horizon.epoch || (!horizon.concurrentWriters && cursor.namesTransactions())) {
            qCInfo(lcHub) << "a cursor of another epoch of the database: device" << session.deviceId << "pulls again from the start";
            cursor = SyncCursor{};
            firstBatch.reset();
        }
        cursor.epoch = horizon.epoch;
        const QList<Membership> &memberships = start.memberships;
        QStringList classIds;
        for (const Membership &m : memberships)
            if (m.joinedXid < horizon.xid)
                classIds << m.classId;

        // Returns false when the page is full.
        auto take = [&](const LogEntry &e) {
            // A device is not sent back what it has just pushed (it has it), unless the hub clamped its clock.
            if (!pushedNow.isEmpty() && e.device == session.deviceId && e.author == session.account.id
                && pushedNow.contains(e.changeId) && !e.body.contains("\"clamped\":true"))
                return true;
            bool skip = false;
            const QByteArray item = servedItem(tx, session, e, signatures, &skip);
            if (skip)
                return true;
            // In columns, a change counts what it adds to the page: its object and its entries in the columns (a page of
            // the same budget then holds more changes, in as many bytes of JSON).
            QByteArray served = item;
            qsizetype size = item.size();
            const PageColumns::Encoder::Mark mark = encoder.mark();
            if (columns > 0) {
                served = encoder.take(item);
                size = served.size() + encoder.size() - (mark.ids + mark.rows + mark.seq + mark.received + mark.hlc);
            }
            if (bytes > 0 && bytes + size + 1 > budget) {
                encoder.rollback(mark);
                return false;
            }
            if (bytes > 0)
                items += ',';
            else // the page's most at once: its budget, or this one change when larger (a page grown change by change
                 // cost as much again in copies and page faults, bench/README.md "Session 19"); its answer is counted
                 // at its budget already (HubServer::reserveAnswer)
                items.reserve(std::max(qsizetype(std::min<qint64>(budget, 4 << 20)), served.size()) + 1);
            items += served;
            bytes += size + 1;
            return true;
        };

        // 1. Classes joined since the device last looked: serve them from the start up to the cursor. A join at or
        //    above the horizon waits, whole, for a later pull (its class is not read at all till then): one that
        //    commits late is still back-filled, as its position is above every cursor made before it committed.
        for (const Membership &m : memberships) {
            if (m.joinedXid >= horizon.xid)
                break; // in joined order: the later ones wait too
            if (m.joined() <= cursor.memberships)
                continue;
            LogPosition from = m.classId == cursor.backfillClass ? cursor.backfill : LogPosition{};
            cursor.backfillClass = m.classId;
            while (true) {
                const QList<LogEntry> batch = tx.changesAfter(from, cursor.position, {m.classId}, audience, ScanBatch);
                for (const LogEntry &e : batch) {
                    if (!take(e) || ++scanned > MaxScannedPerRequest) {
                        cursor.backfill = from;
                        more = true;
                        return;
                    }
                    from = e.position();
                }
                if (batch.size() < ScanBatch)
                    break;
            }
            cursor.memberships = m.joined();
            cursor.backfillClass.clear();
            cursor.backfill = {};
        }
        cursor.backfillClass.clear();
        cursor.backfill = {};

        // 2. The log after the cursor, below the horizon: an entry at or above it may yet be overtaken by one that
        //    commits late (a smaller xid, or a smaller seq), so the cursor never passes it.
        while (true) {
            const QList<LogEntry> batch = firstBatch ? *std::exchange(firstBatch, std::nullopt)
                                                     : tx.changesAfter(cursor.position, LogPosition::below(horizon.xid),
                                                                       classIds, audience, ScanBatch);
            for (const LogEntry &e : batch) {
                if (!take(e) || ++scanned > MaxScannedPerRequest) {
                    more = true;
                    return;
                }
                cursor.position = e.position();
            }
            if (batch.size() < ScanBatch)
                break;
        }
    });

    QByteArray body;
    const QByteArray columnsJson = columns > 0 ? encoder.json() : QByteArray();
    body.reserve(items.size() + verdicts.size() + columnsJson.size() + 112);
    // A short answer (protocol 4) leaves out the empty verdicts and changes and a "more" that is false: an empty sync's
    // answer is {"cursor":"…"}. Every other answer keeps every field, as protocol 3 clients require.
    const bool verdictsToSay = !shortAnswer || verdicts.size() > 2;
    const bool changesToSay = !shortAnswer || !items.isEmpty();
    body += '{';
    if (verdictsToSay)
        body += "\"verdicts\":" + verdicts + ',';
    if (changesToSay) {
        if (columns > 0) // before the changes: the part of the page a resumed page sends the same (PROTOCOL.md)
            body += "\"columns\":" + columnsJson + ',';
        body += "\"changes\":[" + items + "],";
    }
    body += "\"cursor\":\"" + cursor.toString().toLatin1() + '"';
    if (!shortAnswer || more)
        body += QByteArray(",\"more\":") + (more ? "true" : "false");
    if (!lastSeen.isEmpty()) {
        QJsonObject people;
        for (auto it = lastSeen.cbegin(); it != lastSeen.cend(); ++it)
            people.insert(it.key(), it.value());
        body += ",\"last_seen\":" + compact(people) + ",\"last_seen_until\":\""
            + (shortAnswer ? shortMark(lastSeenUntil) : lastSeenUntil).toLatin1() + '"';
    } else if (shortAnswer && !lastSeenUntil.isEmpty() && !isShortMark(lastSeenValue.toString())) {
        // A long mark (kept from protocol 3, or "") comes back short once, though nothing changed: the requests after
        // carry 8 characters, not 24.
        body += ",\"last_seen_until\":\"" + shortMark(lastSeenUntil).toLatin1() + '"';
    }
    // A device that does not speak protocol 4 learns that this hub does from an answer that brings something (an empty
    // sync's answer stays byte for byte what it was: the one every device sends most).
    if (!shortAnswer && m_limits.protocol >= 4 && (!items.isEmpty() || verdicts.size() > 2 || !lastSeen.isEmpty()))
        body += ",\"protocol\":" + QByteArray::number(m_limits.protocol);
    body += '}';
    return body;
}

QJsonObject HubEngine::devices(const Session &session)
{
    QJsonArray list;
    m_storage.read([&](HubTransaction &tx) {
        QStringList persons{session.account.id};
        if (session.account.role == Teacher)
            persons << tx.studentsTaughtBy(session.account.id);
        // What judging each key needs, loaded once for the whole list (a review of session 14, finding 4: answersForKey()
        // per key, two to five queries each, took a co-teacher's list of 4,800 keys 1.2 s on PostgreSQL): the keys'
        // vouchers, the memberships of the people listed and of those vouchers, and the owners' accounts.
        QHash<QByteArray, QStringList> vouchersOfKey; // deviceId \n person \n key → its vouchers
        auto keyOf = [](const QString &deviceId, const QString &person, const QByteArray &key) -> QByteArray {
            return deviceId.toUtf8() + '\n' + person.toUtf8() + '\n' + key;
        };
        QHash<QString, QHash<QString, QString>> roles; // person → class → role
        if (session.account.role == Teacher) {
            for (const Membership &m : tx.membershipsOfAll(persons))
                roles[m.person].insert(m.classId, m.role);
            const QSet<QString> listedPersons(persons.cbegin(), persons.cend());
            QSet<QString> others; // vouchers who are not listed (a co-teacher of some of her pupils)
            for (const VouchedKey &v : tx.vouchersOf(persons)) {
                vouchersOfKey[keyOf(v.deviceId, v.person, v.publicKey)] << v.vouchedBy;
                if (!listedPersons.contains(v.vouchedBy))
                    others.insert(v.vouchedBy);
            }
            for (const Membership &m : tx.membershipsOfAll(QStringList(others.cbegin(), others.cend())))
                roles[m.person].insert(m.classId, m.role);
        }
        auto roleIn = [&](const QString &classId, const QString &who) { return roles.value(who).value(classId); };
        QHash<QString, QStringList> studentClasses; // person → the classes where she is a student
        for (auto p = roles.cbegin(); p != roles.cend(); ++p)
            for (auto c = p->cbegin(); c != p->cend(); ++c)
                if (c.value() == u"student")
                    studentClasses[p.key()] << c.key();
        auto answersFor = [&](const QString &deviceId, const QString &person, const QByteArray &key) {
            if (session.account.role != Teacher) // a student's list is her own devices: she answers for each
                return person == session.account.id;
            return answersForKeyGiven(session.account, person, vouchersOfKey.value(keyOf(deviceId, person, key)),
                                      studentClasses.value(person), roleIn);
        };
        QHash<QString, Account> accounts;
        for (const Account &a : tx.accountsById(persons))
            accounts.insert(a.id, a);
        auto ownerOf = [&](const QString &person) -> std::optional<Account> {
            if (person == session.account.id)
                return session.account;
            if (const auto it = accounts.constFind(person); it != accounts.cend())
                return *it;
            return std::nullopt;
        };
        // Several keys vouched for as one device (issue 11 review, F7) are one entry.
        QHash<QString, QList<VouchedKey>> vouched; // device id + person → its keys, first vouched first
        QStringList vouchedOrder;
        for (const VouchedKey &k : tx.vouchedKeysOf(persons)) {
            QList<VouchedKey> &keys = vouched[k.deviceId + k.person];
            if (keys.isEmpty())
                vouchedOrder << k.deviceId + k.person;
            keys << k;
        }
        // Told as the caller sees it (F7 review, R3): `revoked` when nothing she may sign out under that id signs any
        // more (when she may sign out nothing there, when nothing there signs), and `other_keys_live` the keys under it
        // that still sign and that she may not sign out (another teacher's vouch, accepted in a class she does not
        // teach). Before, a teacher's own sign-out of her key left the entry "live" while a co-teacher's key was, and
        // she could not tell that hers was done.
        auto state = [&](const QString &deviceId, const QString &person, const DeviceRecord *row, QJsonObject &entry) {
            bool answers = row != nullptr;
            bool answeredLive = row && !row->revoked;
            int othersLive = 0;
            for (const VouchedKey &k : vouched.value(deviceId + person)) {
                if (row && !row->publicKey.isEmpty() && k.publicKey == row->publicKey)
                    continue; // the device row's own key: it signs as the row says (the row's key is tried first)
                if (answersFor(deviceId, person, k.publicKey)) {
                    answers = true;
                    answeredLive = answeredLive || !k.revoked;
                } else if (!k.revoked) {
                    ++othersLive;
                }
            }
            entry.insert(u"revoked"_s, answers ? !answeredLive : othersLive == 0);
            entry.insert(u"other_keys_live"_s, othersLive);
        };
        QSet<QString> listed;
        for (const DeviceRecord &d : tx.devicesOf(persons)) {
            const auto owner = ownerOf(d.person);
            QJsonObject entry{{u"id"_s, d.deviceId}, {u"person"_s, d.person},
                              {u"login"_s, owner ? owner->login : QString()},
                              {u"display_name"_s, owner ? owner->displayName : QString()},
                              {u"name"_s, d.name}, {u"created"_s, d.created}, {u"last_seen"_s, d.lastSeen},
                              {u"current"_s, d.person == session.account.id && d.deviceId == session.deviceId}};
            state(d.deviceId, d.person, &d, entry);
            list.append(entry);
            listed.insert(d.deviceId + d.person);
        }
        // Devices known only by a teacher's vouch (their work came by USB or from a classroom): listed so that they
        // can be signed out too.
        for (const QString &at : std::as_const(vouchedOrder)) {
            if (listed.contains(at))
                continue;
            const VouchedKey &first = vouched[at].first();
            const auto owner = ownerOf(first.person);
            QJsonObject entry{{u"id"_s, first.deviceId}, {u"person"_s, first.person},
                              {u"login"_s, owner ? owner->login : QString()},
                              {u"display_name"_s, owner ? owner->displayName : QString()}, {u"name"_s, QString()},
                              {u"created"_s, first.vouchedAt}, {u"last_seen"_s, QString()},
                              {u"current"_s, false}, {u"vouched"_s, true}};
            state(first.deviceId, first.person, nullptr, entry);
            list.append(entry);
        }
    });
    return QJsonObject{{u"devices"_s, list}};
}

void HubEngine::revokeDevice(const Session &session, const QString &deviceId, const QString &person)
{
    if (!isUuid(deviceId))
        throw HubError(404, u"not_found"_s, u"No such device."_s);
    const QString owner = person.isEmpty() ? session.account.id : person;
    if (!isUuid(owner))
        throw HubError::invalid(u"person"_s, u"Parameter \"person\" must be a UUID."_s);
    m_storage.write([&](HubTransaction &tx) {
        if (owner != session.account.id && !(session.account.role == Teacher && teaches(tx, session.account.id, owner)))
            throw HubError(403, u"forbidden"_s, u"You may sign out your own devices and those of your students only."_s);
        std::optional<DeviceRecord> row;
        for (const DeviceRecord &d : tx.devicesOf({owner}))
            if (d.deviceId == deviceId)
                row = d;
        // A device known only from a teacher's vouch (its work came by USB or from a classroom) is signed out too,
        // as far as its author may answer for it (issue 11 review, F7): the student, every key vouched for as her
        // device; a teacher, the keys she vouched for and those accepted only in classes of the pupil she teaches
        // (answersForKey). A co-teacher who vouched his own key under her real tablet's id signs out his key, not the
        // one her teacher vouched for.
        const QList<VouchedKey> keys = tx.vouchedKeys(deviceId, owner);
        if (!row && keys.isEmpty())
            throw HubError(404, u"not_found"_s, u"No such device."_s);
        QList<QByteArray> answered;
        for (const VouchedKey &k : keys)
            // The key of the device row she signs out is that device's whoever vouched for it too (F7 review, R4): a
            // co-teacher's vouch of the same key left live let it sign in again. Any teacher of hers may stop that key
            // by signing out the row already, so this gives none of them a new power.
            if ((row && !row->publicKey.isEmpty() && k.publicKey == row->publicKey)
                || answersForKey(tx, session.account, deviceId, owner, k.publicKey))
                answered << k.publicKey;
        if (!row && answered.isEmpty())
            throw HubError(403, u"forbidden"_s,
                           u"This device is known here only by keys vouched for by other teachers, accepted in a class of "
                           "the student's you do not teach: they, the student or the hub's administrator may sign it out."_s);
        tx.revokeDevice(deviceId, owner);
        for (const QByteArray &k : std::as_const(answered))
            tx.revokeVouchedKey(deviceId, owner, k);
    });
}

bool HubEngine::mayReadBlob(const Session &session, const QString &sha256)
{
    bool allowed = false;
    m_storage.read([&](HubTransaction &tx) { allowed = tx.blob(sha256) && mayRead(tx, session.account, sha256); });
    return allowed;
}

qint64 HubEngine::recordQuotaOf(const Account &person) const
{
    return person.role == Teacher ? m_limits.teacherRecordQuotaBytes : m_limits.recordQuotaBytes;
}

HubEngine::RecordCharge HubEngine::ownCharge(HubTransaction &tx, const Account &person) const
{
    RecordCharge c{person.id, false, recordQuotaOf(person), {}, {}, 0, u"the records %1 may write on this hub"_s.arg(person.id)};
    if (person.role == Student) {
        const QString creator = tx.accountCreator(person.id);
        if (!creator.isEmpty()) {
            c.pool = CounterKey::pool(creator);
            c.poolTeacher = creator;
            c.poolLimit = m_limits.pupilsRecordQuotaBytes;
        }
    }
    return c;
}

HubEngine::RecordCharge HubEngine::vouchedCharge(const QString &voucher, const QString &pupil) const
{
    return RecordCharge{CounterKey::allowance(voucher, pupil), true, m_limits.vouchedRecordQuotaBytes, CounterKey::pool(voucher), voucher,
                        m_limits.pupilsRecordQuotaBytes,
                        u"the records of the devices of %1 that teacher %2 vouched for (her relayed work, counted apart "
                        "from both their own quotas)"_s.arg(pupil, voucher)};
}

QString HubEngine::overQuota(HubTransaction &tx, const RecordCharge &charge, qint64 bytes) const
{
    // Her counter and the pool it counts in are read, then raised by addCharge: no other write of them runs in between
    // (writes run side by side on PostgreSQL; each is locked until this write commits). The pool is locked after her
    // own counter, always in that order.
    tx.lock(charge.shared ? charge.counter : u"person:"_s + charge.counter);
    const qint64 used = usedBy(tx, charge);
    if (used + bytes > charge.limit)
        return u"quota: %1 (%2 bytes) are full; the change waits on the device until the hub's administrator makes room"_s
            .arg(charge.what, QString::number(charge.limit));
    if (charge.pool.isEmpty())
        return {};
    tx.lock(charge.pool);
    const qint64 pooled = tx.counterBytes(charge.pool);
    if (pooled + bytes <= charge.poolLimit)
        return {};
    // A hard ceiling at twice the bound: the shares below are one an account she created and one an allowance, and her
    // allowances are not bounded by the accounts she may create (each pupil of a class she co-teaches is one), so the
    // shares alone let ≈2.7× the pool through (session-10 review). Past twice the bound, no share is left.
    if (pooled + bytes > 2 * charge.poolLimit)
        return u"quota: the records of the pupils of teacher %1 (the accounts she created and the devices she vouched for, "
               "%2 bytes together) are full, and past twice that no pupil's share is left; the change waits on the device "
               "until the hub's administrator makes room"_s
            .arg(charge.poolTeacher, QString::number(charge.poolLimit));
    // The pool is full: a pupil who has written less than her share still writes (a few heavy writers, or a teacher's
    // invented accounts, do not stop the others). The share is fixed, one of twice the accounts a teacher may create
    // (each her own records and an allowance): created one at a time, accounts found a larger share each (the pool
    // ÷ the accounts created then: ≈5× the pool let through), and a teacher who created none had the whole pool as
    // each allowance's share. Now her pool lets through at most its bound and one share a counter in it.
    const qint64 share = poolShare(charge.poolLimit);
    if (used + bytes <= share)
        return {};
    return u"quota: the records of the pupils of teacher %1 (the accounts she created and the devices she vouched for, "
           "%2 bytes together) are full, and these have taken more than a pupil's share (%3 bytes); the change waits on "
           "the device until the hub's administrator makes room"_s
        .arg(charge.poolTeacher, QString::number(charge.poolLimit), QString::number(share));
}

qint64 HubEngine::poolShare(qint64 poolLimit) const
{
    return poolLimit / (2 * qint64(std::max(1, m_limits.maxStudentsPerTeacher)));
}

qint64 HubEngine::usedBy(HubTransaction &tx, const RecordCharge &charge)
{
    return charge.shared ? tx.counterBytes(charge.counter) : tx.recordBytesOf(charge.counter);
}

void HubEngine::addCharge(HubTransaction &tx, const RecordCharge &charge, qint64 bytes)
{
    if (charge.shared)
        tx.addCounterBytes(charge.counter, bytes);
    else
        tx.addRecordBytes(charge.counter, bytes);
    if (!charge.pool.isEmpty())
        tx.addCounterBytes(charge.pool, bytes);
}

bool HubEngine::storedFor(const Session &session, const QString &sha256, bool inPlace)
{
    // To anyone who may not read it, a stored file is exactly a file the hub does not hold: the same offset, the
    // same answers to PATCH, 404 on /v1/media. Knowing a hash neither opens the file nor tells that it is here.
    return inPlace && mayReadBlob(session, sha256);
}

void HubEngine::reserveUpload(const Session &session, UploadStore &uploads, const QString &sha256, qint64 length)
{
    // Stored files and the announced lengths of unfinished uploads both count: an upload never finished
    // must not fill the disk.
    qint64 owned = 0;
    m_storage.read([&](HubTransaction &tx) { owned = tx.bytesOwnedBy(session.account.id); });
    switch (uploads.reserveUpload(sha256, session.account.id, length, m_limits.quotaBytes - owned)) {
    case UploadStore::Reserve::Done:
        return;
    case UploadStore::Reserve::OverQuota:
        throw HubError(413, u"quota"_s,
                       u"Your storage quota on this hub (%1 bytes, unfinished uploads included) is full."_s.arg(m_limits.quotaBytes),
                       u"Upload-Length"_s);
    case UploadStore::Reserve::TooMany:
        throw HubError(413, u"quota"_s,
                       u"You have %1 unfinished uploads on this hub; finish them (or wait for them to expire) first."_s
                           .arg(UploadStore::MaxUnfinishedPerPerson),
                       u"Upload-Length"_s);
    }
}

void HubEngine::recordUpload(const Session &session, const QString &starter, const QString &sha256, qint64 size)
{
    // Whoever completes an upload someone else left complete (its row failed to commit) proves nothing: the bytes,
    // the quota they were counted against, and so the file, are the starter's.
    const QString person = starter.isEmpty() ? session.account.id : starter;
    m_storage.write([&](HubTransaction &tx) {
        const std::optional<BlobInfo> stored = tx.blob(sha256);
        if (!stored) {
            tx.putBlob(BlobInfo{sha256, size, person});
            return;
        }
        // She sent every byte of a file someone else uploaded first: she holds it, as its first uploader does
        // (readable by her, counted in her quota as if she had been first, so that her quota says nothing either).
        if (stored->owner != person && !tx.isBlobHolder(sha256, person))
            tx.putBlobHolder(sha256, person, stored->size);
        // The rows in which she named it before proving it now grant it to their readers.
        for (const BlobRef &ref : tx.ungrantedBlobRefs(person, sha256))
            tx.grantBlobRef(sha256, ref);
    });
}

bool HubEngine::mayRead(HubTransaction &tx, const Account &person, const QString &sha256)
{
    if (const auto blob = tx.blob(sha256); blob && blob->owner == person.id)
        return true;
    if (tx.isBlobHolder(sha256, person.id))
        return true;
    // Only rows of this person's classes that they may read are looked at: rows elsewhere naming the same file
    // (by the hundred, or with ids chosen to sort first) cannot crowd out the one that grants it.
    const QString audience = person.role == Teacher ? QString() : person.id;
    for (const BlobRef &ref : tx.blobRefsIn(sha256, person.id, audience, 200)) {
        const auto row = tx.row(ref.kind, ref.row);
        if (!row)
            continue;
        const auto m = tx.membership(row->classId, person.id);
        if (!m)
            continue;
        if (m->role == Teacher)
            return true;
        if (!row->audience.isEmpty() && row->audience != person.id)
            continue;
        const KindSpec *spec = kindSpec(ref.kind);
        if (spec && spec->draftable && (row->deleted || row->status != Published))
            continue;
        return true;
    }
    return false;
}

void HubEngine::nameBlobs(HubTransaction &tx, const QString &kind, const QString &row, const Account &author,
                          const QStringList &hashes)
{
    // Naming a file in a row lets the row's readers fetch it: a file already on the hub is named only by someone
    // who may read it. One not uploaded yet is named first and uploaded after (PROTOCOL.md, "Uploads"). A name
    // that grants nothing is kept aside: it grants once its author proves she holds the file (recordUpload).
    QStringList granted, ungranted;
    for (const QString &sha : hashes) {
        if (!tx.blob(sha) || mayRead(tx, author, sha)) {
            granted << sha;
        } else {
            ungranted << sha;
            qCInfo(lcHub) << "a row names a file its author may not read; the name grants nothing until she sends it:" << sha;
        }
    }
    tx.setBlobRefs(kind, row, granted);
    tx.setUngrantedBlobRefs(kind, row, author.id, ungranted);
}

} // namespace Continuite::Hub
