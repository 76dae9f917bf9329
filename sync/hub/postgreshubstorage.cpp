// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/postgreshubstorage.h"

#include "sync/hub/hublog.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <limits>
#include <map>
#include <memory>
#include <set>

namespace Continuite::Hub {

using namespace Qt::StringLiterals;

namespace {

// Type OIDs of the parameters (pg_type.h): the server then never guesses.
constexpr Oid BoolOid = 16;
constexpr Oid ByteaOid = 17;
constexpr Oid Int8Oid = 20;
constexpr Oid TextOid = 25;
constexpr Oid TextArrayOid = 1009;

constexpr int MaxChangesRetriedWithout = 16;
constexpr int MaxDeadlockRetries = 8;
// A write that would wait for a lock out of order runs again with every lock it learnt taken first, in order; past this
// many runs it waits out of order (PostgreSQL's deadlock detection then settles what a cycle there is).
constexpr int MaxOrderedRuns = 16;
constexpr int MaxSnapshotRetries = 2; // a pull whose horizon raced a transaction's end runs again at most this often

// Writes run side by side: what one reads then writes, it lock()s (an advisory lock on the key's hash, in the key
// space (1131310708 "Cont", hash): apart from the single-key lock 1131310708 that schema changes take).
// A write transaction that runs long holds back every pull (the horizon, PROTOCOL.md "The cursor"): bounded, and
// an idle one is a bug. The statement timeout bounds each wait for a lock too (SECURITY.md, "Locks an account can
// hold"). Set per transaction (set_config(…, true), as SET LOCAL: a transaction-mode pgbouncer carries no session
// setting). Both are sent in the pipeline with the transaction's first statement: no round trip of their own.
const char *const BeginWrite = "BEGIN";
const char *const BeginRead = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
// What a pull may serve in this statement's snapshot (see logHorizon()): `h`, one row: x (xid8), epoch, raced. The
// functions under the views pg_stat_activity and pg_prepared_xacts, not the views: their joins (roles, databases) took
// half of the statement's planning, which is most of what an empty sync costs the server.
#define HorizonSql                                                                                                     \
    "WITH a AS (SELECT s.backend_xid AS x, s.datid IS DISTINCT FROM (SELECT oid FROM pg_database "                    \
    "WHERE datname = current_database()) AS elsewhere FROM pg_stat_get_activity(NULL) s WHERE s.backend_xid IS NOT NULL), " \
    "m AS (SELECT min(x) AS x FROM pg_snapshot_xip(pg_current_snapshot()) x "                                         \
    "WHERE xid(x) NOT IN (SELECT a.x FROM a WHERE elsewhere)), "                                                      \
    "h AS (SELECT coalesce(m.x, pg_snapshot_xmax(pg_current_snapshot())) AS x, (SELECT epoch FROM cursor_epoch) AS epoch, " \
    "m.x IS NOT NULL AND xid(m.x) NOT IN (SELECT a.x FROM a) "                                                        \
    "AND xid(m.x) NOT IN (SELECT p.transaction FROM pg_prepared_xact() p) AS raced FROM m) "
const char *const SetTimeouts = "SELECT set_config('statement_timeout', $1, true), "
                                "set_config('idle_in_transaction_session_timeout', $2, true)";
// A Sync goes out once this many bytes of statements were queued since the last one (PostgresTransaction::queue()).
// libpq sends its buffer by itself, without a Sync, in 8 KiB pieces once it holds 8 KiB (whole at 64 KiB in pipeline
// mode): the server runs the statements it received whole, then waits for the rest of a message or for the next one,
// where neither the idle-in-transaction timeout nor the statement timeout (off between Execute messages since
// PostgreSQL 13) ends it. A hub thread stalled there (a 20 KB or 200 KB row sent, then the thread stopped) held its
// locks for as long as it stalled (SECURITY.md, PostgreSQL's pipeline mode reviewed). A Sync now goes out before libpq
// sends anything of its own: the server gets whole statements, then a Sync, and waits "idle in transaction", where the
// idle timeout ends a stalled write.
constexpr qsizetype SyncEveryBytes = 4096;
/// In PostgresTransaction's m_pending: a Sync sent there, whose PGRES_PIPELINE_SYNC flush() reads in turn.
constexpr int SyncMark = std::numeric_limits<int>::min();

/// One parameter as libpq takes it: text (UTF-8) or binary bytes, with its type.
struct Param
{
    QByteArray value;
    Oid type = TextOid;
    bool null = false;
    bool binary = false;
};

Param text(const QString &s)
{
    if (s.contains(QChar(0)))
        throw StorageError("a text value holds a NUL character, which PostgreSQL cannot store");
    return Param{s.toUtf8(), TextOid, false, false};
}
Param nullableText(const QString &s)
{
    Param p = text(s);
    p.null = s.isEmpty();
    return p;
}
Param integer(qint64 n)
{
    return Param{QByteArray::number(n), Int8Oid, false, false};
}
Param boolean(bool b)
{
    return Param{b ? "true" : "false", BoolOid, false, false};
}
Param bytes(const QByteArray &b)
{
    return Param{b, ByteaOid, b.isNull(), true};
}
Param textArray(const QStringList &list)
{
    // An array literal: each element quoted, its quotes and backslashes escaped (a value, never SQL).
    QString literal = u"{"_s;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            literal += u',';
        QString e = list.at(i);
        e.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        literal += u'"' + e + u'"';
    }
    literal += u'}';
    Param p = text(literal);
    p.type = TextArrayOid;
    return p;
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// A statement's result; rows and columns by index, values as text (bytea unescaped).
class Result
{
public:
    explicit Result(PGresult *r)
        : m_result(r, PQclear)
    {
    }
    int rows() const { return PQntuples(m_result.get()); }
    PGresult *raw() const { return m_result.get(); }
    bool isNull(int row, int col) const { return PQgetisnull(m_result.get(), row, col); }
    QString str(int row, int col) const
    {
        return isNull(row, col) ? QString() : QString::fromUtf8(PQgetvalue(m_result.get(), row, col));
    }
    qint64 num(int row, int col) const { return QByteArray(PQgetvalue(m_result.get(), row, col)).toLongLong(); }
    bool flag(int row, int col) const { return PQgetvalue(m_result.get(), row, col)[0] == 't'; }
    QByteArray blob(int row, int col) const
    {
        if (isNull(row, col))
            return {};
        size_t length = 0;
        unsigned char *raw = PQunescapeBytea(reinterpret_cast<const unsigned char *>(PQgetvalue(m_result.get(), row, col)), &length);
        if (!raw)
            throw StorageError("cannot read a bytea value");
        QByteArray b(reinterpret_cast<const char *>(raw), qsizetype(length));
        PQfreemem(raw);
        return b;
    }
    qint64 affected() const { return QByteArray(PQcmdTuples(m_result.get())).toLongLong(); }

private:
    std::unique_ptr<PGresult, void (*)(PGresult *)> m_result;
};

QString errorOf(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

void check(PGconn *conn, const Result &r, PGresult *raw, const char *what)
{
    Q_UNUSED(r);
    const ExecStatusType status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw StorageError(std::string(what) + ": " + errorOf(conn).toStdString());
}

std::atomic<qint64> g_statementsSent{0};

/// Runs @p sql (several statements, no parameters: BEGIN, COMMIT and the schema only).
void simple(PGconn *conn, const char *sql)
{
    // Each statement of the text: the parts between semicolons that hold more than blanks.
    qint64 statements = 0;
    for (const QByteArray &part : QByteArray(sql).split(';'))
        statements += part.trimmed().isEmpty() ? 0 : 1;
    g_statementsSent.fetch_add(statements, std::memory_order_relaxed);
    PGresult *raw = PQexec(conn, sql);
    Result r(raw);
    check(conn, r, raw, sql);
}

/// Leaves pipeline mode whatever is pending (a transaction given up half way), so that ROLLBACK can be sent; a
/// connection that cannot is closed by release() (it is not idle).
void leavePipeline(PGconn *conn)
{
    if (PQpipelineStatus(conn) == PQ_PIPELINE_OFF)
        return;
    PQpipelineSync(conn);
    for (int guard = 0; guard < 1000000 && PQstatus(conn) == CONNECTION_OK; ++guard) {
        if (PQexitPipelineMode(conn) == 1)
            return;
        if (PGresult *r = PQgetResult(conn))
            PQclear(r);
        else if (PQisBusy(conn) && !PQconsumeInput(conn))
            return;
    }
}

void rollback(PGconn *conn)
{
    leavePipeline(conn);
    g_statementsSent.fetch_add(1, std::memory_order_relaxed);
    PQclear(PQexec(conn, "ROLLBACK"));
}

/// Thrown through the engine when a change inside isolated() tripped the database: write() rolls back and runs
/// the whole write again without that change. Not a StorageError, so nothing on the way catches it.
struct RetryWithout
{
    int index;
};

/// Thrown through the engine when a statement sent outside isolated() fails while an isolated() change runs (its
/// answer came in that change's pipeline): the write fails as it would have at that statement, no change left out.
struct NotIsolated
{
    std::string why;
};

/// Thrown through the engine when the database chose this write as a deadlock's victim (two writes locking the same
/// keys in two orders) or could not serialise it: write() rolls back and runs it again, whole, as it was.
struct RetryWhole
{
    std::string why;
};

/// Thrown through the engine by lock() when the lock a write needs is held by another write and sorts (by its hash)
/// before one this write holds already: waiting for it could close a cycle with a write that holds it and waits for one
/// of ours (a deadlock: a teacher's relay holding her pupils' pool and needing `person:Zoé`, while Zoé's own push holds
/// `person:Zoé` and needs the pool). write() rolls back and runs it again, taking every lock learnt so far first, in
/// hash order; a write waits only for a lock above all it holds, so no cycle of waits can form among them.
struct RetryInOrder
{
    std::map<qint64, QString> locks; ///< hash (the advisory lock's second key) -> a key that maps to it
};

/// Thrown through the engine by a pull whose horizon was held by a transaction that ended while the horizon was
/// read (see logHorizon()): read() runs it again, whole, with a new snapshot.
struct RetrySnapshot
{
};

/// Thrown through the engine by a read that ran one statement alone, outside any transaction (execAlone()), and then
/// needed another: read() runs it again, whole, in a transaction, so that both see one snapshot.
struct RetryInTransaction
{
};

class PostgresTransaction final : public HubTransaction
{
public:
    /// Begins the transaction: its BEGIN and timeouts go out with its first statement (send()). @p lazy (a read): not
    /// before a statement that needs it, so that a read of one statement runs it alone (execAlone()).
    PostgresTransaction(PGconn *conn, bool writing, const std::set<int> &skipped, int statementTimeoutMs, int idleTimeoutMs,
                        bool mayRetrySnapshot = false, bool lazy = false)
        : m_conn(conn)
        , m_writing(writing)
        , m_skipped(skipped)
        , m_mayRetrySnapshot(mayRetrySnapshot)
        , m_statementTimeoutMs(statementTimeoutMs)
        , m_idleTimeoutMs(idleTimeoutMs)
    {
        if (!lazy || writing)
            begin();
    }

    /// True once BEGIN was sent: there is a transaction to commit or roll back.
    bool begun() const { return m_begun; }

    /**
     * Runs @p sql, a read that needs no snapshot shared with another statement, alone when it is the transaction's
     * first (no BEGIN, no COMMIT: one statement for the database, under the connection's statement timeout); else
     * in the transaction as exec(). A statement after one run alone makes the whole read run again in a transaction
     * (RetryInTransaction).
     */
    Result execAlone(const char *sql, const std::vector<Param> &params = {})
    {
        if (m_begun || m_ranAlone)
            return exec(sql, params);
        m_ranAlone = true;
        return runAlone(sql, params);
    }

    /**
     * run() for a statement alone: no SET LOCAL bounds it, and a session setting would outlive it on a server
     * connection a transaction-mode pgbouncer gives to others (a review of issue 16's change). So the hub bounds it
     * itself: past the statement timeout it cancels it (PQcancel, which pgbouncer forwards) and fails it.
     */
    Result runAlone(const char *sql, const std::vector<Param> &params)
    {
        g_statementsSent.fetch_add(1, std::memory_order_relaxed);
        std::vector<const char *> values;
        std::vector<int> lengths, formats;
        std::vector<Oid> types;
        arrays(params, values, lengths, formats, types);
        if (!PQsendQueryParams(m_conn, sql, int(params.size()), types.data(), values.data(), lengths.data(),
                               formats.data(), 0))
            throw StorageError("cannot send a statement: " + errorOf(m_conn).toStdString());
        using Clock = std::chrono::steady_clock;
        Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(m_statementTimeoutMs);
        bool cancelled = false;
        while (PQisBusy(m_conn)) {
            const qint64 left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
            if (left <= 0) {
                // As long again for the server's answer to the cancel; a server that never answers leaves the
                // connection busy, and release() closes it.
                if (cancelled)
                    throw StorageError("statement timeout: a read got no answer after it was cancelled");
                cancelled = true;
                deadline = Clock::now() + std::chrono::milliseconds(m_statementTimeoutMs);
                if (PGcancel *cancel = PQgetCancel(m_conn)) {
                    char error[256];
                    PQcancel(cancel, error, int(sizeof error));
                    PQfreeCancel(cancel);
                }
                continue;
            }
            pollfd p{PQsocket(m_conn), POLLIN, 0};
            ::poll(&p, 1, int(std::min<qint64>(left, 1000)));
            if (!PQconsumeInput(m_conn))
                throw StorageError("the database connection broke: " + errorOf(m_conn).toStdString());
        }
        Result r(PQgetResult(m_conn));
        while (PGresult *more = PQgetResult(m_conn))
            PQclear(more);
        if (cancelled && PQresultStatus(r.raw()) != PGRES_TUPLES_OK && PQresultStatus(r.raw()) != PGRES_COMMAND_OK)
            throw StorageError("statement timeout: a read ran past " + std::to_string(m_statementTimeoutMs)
                               + " ms and was cancelled");
        throwOnError(r.raw(), m_isolating);
        check(m_conn, r, r.raw(), "query failed");
        return r;
    }

    /**
     * Runs @p sql and returns its result. Statements sent before it and not yet answered (send()) go in the same
     * pipeline, ahead of it: one round trip for all. A failure of one of those is reported for the change whose
     * write it was (RetryWithout: that change is left out), not for this statement's.
     */
    Result exec(const char *sql, const std::vector<Param> &params = {})
    {
        begin();
        return run(sql, params);
    }

    /// exec() in whatever transaction there is (none for execAlone()).
    Result run(const char *sql, const std::vector<Param> &params)
    {
        if (m_pending.empty()) {
            g_statementsSent.fetch_add(1, std::memory_order_relaxed);
            std::vector<const char *> values;
            std::vector<int> lengths, formats;
            std::vector<Oid> types;
            arrays(params, values, lengths, formats, types);
            PGresult *raw = PQexecParams(m_conn, sql, int(params.size()), types.data(), values.data(), lengths.data(),
                                         formats.data(), 0);
            Result r(raw);
            throwOnError(raw, m_isolating);
            check(m_conn, r, raw, "query failed");
            return r;
        }
        send(sql, params);
        return flush();
    }

    /**
     * Sends @p sql without waiting for its answer (libpq's pipeline mode): a write whose result nobody reads. Its
     * answer is read with the next exec(), or at commit. Keeps the change it belongs to (isolated()), to leave that one
     * out if it fails.
     */
    void send(const char *sql, const std::vector<Param> &params = {})
    {
        begin();
        queue(sql, params);
    }

    /// send() without beginning the transaction (BEGIN itself, and its timeouts).
    void queue(const char *sql, const std::vector<Param> &params = {})
    {
        if (PQpipelineStatus(m_conn) == PQ_PIPELINE_OFF && !PQenterPipelineMode(m_conn))
            throw StorageError("cannot enter pipeline mode: " + errorOf(m_conn).toStdString());
        std::vector<const char *> values;
        std::vector<int> lengths, formats;
        std::vector<Oid> types;
        arrays(params, values, lengths, formats, types);
        g_statementsSent.fetch_add(1, std::memory_order_relaxed);
        if (!PQsendQueryParams(m_conn, sql, int(params.size()), types.data(), values.data(), lengths.data(), formats.data(), 0))
            throw StorageError(std::string("cannot send a statement: ") + errorOf(m_conn).toStdString());
        m_pending.push_back(m_isolating);
        m_unsynced += qsizetype(qstrlen(sql)) + 64;
        for (const Param &p : params)
            m_unsynced += p.value.size() + 4;
        if (m_unsynced >= SyncEveryBytes) {
            // Sent now, ended by a Sync (SyncEveryBytes). Within the transaction (BEGIN) a Sync commits nothing: it
            // only says the server may wait idle in it. A failure before it still fails the write (flush() reads every
            // answer and reports the first that failed; the statements after it fail as the transaction is aborted).
            if (!PQpipelineSync(m_conn))
                throw StorageError("cannot send a pipeline: " + errorOf(m_conn).toStdString());
            m_pending.push_back(SyncMark);
            m_unsynced = 0;
        }
    }

    /// Reads the answers of every statement sent; returns the last one's. Throws for the first that failed.
    Result flush()
    {
        if (m_pending.empty())
            return Result(nullptr);
        if (!PQpipelineSync(m_conn))
            throw StorageError("cannot send a pipeline: " + errorOf(m_conn).toStdString());
        std::vector<int> pending;
        pending.swap(m_pending);
        m_unsynced = 0;
        size_t lastStatement = pending.size();
        for (size_t i = pending.size(); i-- > 0;)
            if (pending[i] != SyncMark) {
                lastStatement = i;
                break;
            }
        PGresult *last = nullptr;
        PGresult *failed = nullptr;
        int failedIn = -1;
        bool lost = false; // a Sync sent on the way did not come back as one
        for (size_t i = 0; i < pending.size(); ++i) {
            PGresult *r = PQgetResult(m_conn);
            if (!r)
                break; // the connection broke: reported below
            if (pending[i] == SyncMark) { // a Sync sent on the way (queue()): its answer, not followed by NULL
                lost = lost || PQresultStatus(r) != PGRES_PIPELINE_SYNC;
                PQclear(r);
                continue;
            }
            while (PGresult *more = PQgetResult(m_conn)) // a statement's result, then NULL
                PQclear(more);
            const ExecStatusType status = PQresultStatus(r);
            if (!failed && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_PIPELINE_ABORTED) {
                failed = r;
                failedIn = pending[i];
                continue;
            }
            if (i == lastStatement)
                last = r;
            else
                PQclear(r);
        }
        PGresult *sync = PQgetResult(m_conn); // PGRES_PIPELINE_SYNC
        const bool synced = sync && PQresultStatus(sync) == PGRES_PIPELINE_SYNC;
        PQclear(sync);
        const bool left = synced && PQexitPipelineMode(m_conn);
        Result answer(last);
        if (failed) {
            Result error(failed);
            throwOnError(failed, failedIn);
            throw StorageError("query failed: " + QString::fromUtf8(PQresultErrorMessage(failed)).trimmed().toStdString());
        }
        // Broken, still in pipeline mode, or a last answer aborted though no statement said why (an error of the server
        // tied to none): a failure of the whole write, blamed on no change, never an empty answer read as a real one.
        if (!left || !last || lost)
            throw StorageError("the database connection broke in a pipeline: " + errorOf(m_conn).toStdString());
        if (const ExecStatusType status = PQresultStatus(last); status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            throw StorageError(std::string("a pipeline's last statement was not run: ") + PQresStatus(status));
        return answer;
    }

    /// Commits: the writes still unanswered and COMMIT in one round trip. Nothing for a read that ran alone (or ran
    /// nothing).
    void commit()
    {
        if (!m_begun)
            return;
        send("COMMIT");
        flush();
    }

    /// Sends BEGIN and the timeouts, once, ahead of the transaction's first statement (same round trip). A read that
    /// already ran a statement alone runs again in a transaction instead.
    void begin()
    {
        if (m_begun)
            return;
        if (m_ranAlone)
            throw RetryInTransaction{};
        m_begun = true;
        queue(m_writing ? BeginWrite : BeginRead);
        queue(SetTimeouts, {text(QString::number(m_statementTimeoutMs)), text(QString::number(m_idleTimeoutMs))});
    }

    static void arrays(const std::vector<Param> &params, std::vector<const char *> &values, std::vector<int> &lengths,
                       std::vector<int> &formats, std::vector<Oid> &types)
    {
        for (const Param &p : params) {
            values.push_back(p.null ? nullptr : p.value.constData());
            lengths.push_back(int(p.value.size()));
            formats.push_back(p.binary ? 1 : 0);
            types.push_back(p.type);
        }
    }

    /// A deadlock or a serialisation failure: the whole write runs again. Another failure of a statement sent within
    /// isolated() (@p isolatedIndex ≥ 0) of a write: that write runs again without that change.
    void throwOnError(PGresult *raw, int isolatedIndex)
    {
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            return;
        const char *state = PQresultErrorField(raw, PG_DIAG_SQLSTATE);
        const std::string message = QString::fromUtf8(raw ? PQresultErrorMessage(raw) : PQerrorMessage(m_conn)).trimmed().toStdString();
        if (state && (qstrcmp(state, "40P01") == 0 || qstrcmp(state, "40001") == 0))
            throw RetryWhole{message};
        if (m_writing && isolatedIndex >= 0 && isolatedIndex != m_isolating) {
            qCWarning(lcHub) << "one change tripped the database; the write runs again without it:" << message.c_str();
            throw RetryWithout{isolatedIndex};
        }
        if (m_writing && isolatedIndex < 0 && m_isolating >= 0)
            throw NotIsolated{message}; // not the change running now: not left out for it
    }

    static Account accountFrom(const Result &r, int row, int at = 0)
    {
        return Account{r.str(row, at), r.str(row, at + 1), r.str(row, at + 2), r.str(row, at + 3), r.blob(row, at + 4)};
    }

    std::optional<Account> accountById(const QString &id) override
    {
        const Result r = exec("SELECT id, login, display_name, role, secret_hash FROM accounts WHERE id = $1", {text(id)});
        return r.rows() ? std::optional(accountFrom(r, 0)) : std::nullopt;
    }

    QList<Account> accountsById(const QStringList &ids) override
    {
        QList<Account> list;
        if (ids.isEmpty())
            return list;
        const Result r = exec("SELECT id, login, display_name, role, secret_hash FROM accounts WHERE id = ANY($1)", {textArray(ids)});
        for (int i = 0; i < r.rows(); ++i)
            list << accountFrom(r, i);
        return list;
    }

    std::optional<Account> accountByLogin(const QString &login) override
    {
        const Result r = exec("SELECT id, login, display_name, role, secret_hash FROM accounts WHERE login = $1", {text(login)});
        return r.rows() ? std::optional(accountFrom(r, 0)) : std::nullopt;
    }

    void putAccount(const Account &a) override
    {
        send("INSERT INTO accounts(id, login, display_name, role, secret_hash) VALUES($1, $2, $3, $4, $5) "
             "ON CONFLICT(id) DO UPDATE SET login = excluded.login, display_name = excluded.display_name, "
             "role = excluded.role, secret_hash = excluded.secret_hash",
             {text(a.id), nullableText(a.login), text(a.displayName), text(a.role), bytes(a.secretHash)});
    }

    QList<Account> accounts() override
    {
        const Result r = exec("SELECT id, login, display_name, role, secret_hash FROM accounts ORDER BY role, login");
        QList<Account> list;
        for (int i = 0; i < r.rows(); ++i)
            list << accountFrom(r, i);
        return list;
    }

    void putAccountCreator(const QString &person, const QString &teacher) override
    {
        m_creators.erase(person);
        send("INSERT INTO account_creators(person, created_by) VALUES($1, $2) ON CONFLICT DO NOTHING", {text(person), text(teacher)});
    }

    int accountsCreatedBy(const QString &teacher) override
    {
        return int(exec("SELECT count(*) FROM account_creators WHERE created_by = $1", {text(teacher)}).num(0, 0));
    }

    QString accountCreator(const QString &person) override
    {
        if (const auto known = m_creators.find(person); known != m_creators.end())
            return known->second;
        const Result r = exec("SELECT created_by FROM account_creators WHERE person = $1", {text(person)});
        const QString creator = r.rows() ? r.str(0, 0) : QString();
        if (m_writing)
            m_creators.emplace(person, creator);
        return creator;
    }

    void putDevice(const DeviceRecord &d) override
    {
        send("INSERT INTO devices(device_id, person, name, token_hash, public_key, created, last_seen, revoked) "
             "VALUES($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT(device_id, person) DO UPDATE SET name = excluded.name, "
             "token_hash = excluded.token_hash, public_key = excluded.public_key, created = excluded.created, "
             "last_seen = excluded.last_seen, revoked = excluded.revoked",
             {text(d.deviceId), text(d.person), text(d.name), bytes(d.tokenHash), bytes(d.publicKey), text(d.created),
              text(d.lastSeen), boolean(d.revoked)});
    }

    std::optional<Session> sessionByTokenHash(const QByteArray &hash) override
    {
        const Result r = execAlone("SELECT a.id, a.login, a.display_name, a.role, a.secret_hash, d.device_id, d.last_seen, "
                                   "d.revoked FROM devices d JOIN accounts a ON a.id = d.person WHERE d.token_hash = $1",
                                   {bytes(hash)});
        if (!r.rows())
            return std::nullopt;
        return Session{accountFrom(r, 0), r.str(0, 5), r.str(0, 6), r.flag(0, 7), {}};
    }

    void touchDevice(const QString &deviceId, const QString &person, const QString &when) override
    {
        send("UPDATE devices SET last_seen = $1 WHERE device_id = $2 AND person = $3", {text(when), text(deviceId), text(person)});
    }

    QList<DeviceRecord> devicesOf(const QStringList &persons) override
    {
        QList<DeviceRecord> list;
        if (persons.isEmpty())
            return list;
        const Result r = exec("SELECT device_id, person, name, public_key, created, last_seen, revoked FROM devices "
                              "WHERE person = ANY($1) ORDER BY array_position($1, person), created",
                              {textArray(persons)});
        for (int i = 0; i < r.rows(); ++i) {
            DeviceRecord d;
            d.deviceId = r.str(i, 0);
            d.person = r.str(i, 1);
            d.name = r.str(i, 2);
            d.publicKey = r.blob(i, 3);
            d.created = r.str(i, 4);
            d.lastSeen = r.str(i, 5);
            d.revoked = r.flag(i, 6);
            list << d;
        }
        return list;
    }

    bool revokeDevice(const QString &deviceId, const QString &person) override
    {
        return exec("UPDATE devices SET revoked = true WHERE device_id = $1 AND person = $2 AND NOT revoked",
                    {text(deviceId), text(person)})
                   .affected()
            > 0;
    }

    int endSessionsOf(const QString &person) override
    {
        // A token hash is 32 bytes: this longer, unique value is never one. It keeps the hash, in hex, for the device
        // cookie (HubEngine::login): the device still shows it signed in before (a review of session 14, finding 5).
        return int(exec("UPDATE devices SET token_hash = convert_to('ended:' || encode(token_hash, 'hex'), 'UTF8') "
                        "WHERE person = $1 AND length(token_hash) = 32",
                        {text(person)})
                       .affected());
    }

    QList<VouchedKey> vouchedKeys(const QString &deviceId, const QString &person) override
    {
        const Result r = exec("SELECT public_key, vouched_by, vouched_by_device, vouched_at, revoked FROM vouched_keys "
                              "WHERE device_id = $1 AND person = $2 ORDER BY vouched_at",
                              {text(deviceId), text(person)});
        QList<VouchedKey> list;
        for (int i = 0; i < r.rows(); ++i)
            list << VouchedKey{deviceId, person, r.blob(i, 0), r.str(i, 1), r.str(i, 2), r.str(i, 3), r.flag(i, 4)};
        return list;
    }

    void putVouchedKey(const VouchedKey &k) override
    {
        send("INSERT INTO vouched_keys(device_id, person, public_key, vouched_by, vouched_by_device, vouched_at) "
             "VALUES($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
             {text(k.deviceId), text(k.person), bytes(k.publicKey), text(k.vouchedBy), text(k.vouchedByDevice), text(k.vouchedAt)});
        send("INSERT INTO vouchers(device_id, person, public_key, vouched_by, vouched_by_device, vouched_at) "
             "VALUES($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
             {text(k.deviceId), text(k.person), bytes(k.publicKey), text(k.vouchedBy), text(k.vouchedByDevice), text(k.vouchedAt)});
    }

    QStringList vouchers(const QString &deviceId, const QString &person, const QByteArray &publicKey) override
    {
        const Result r = exec("SELECT vouched_by FROM vouchers WHERE device_id = $1 AND person = $2 AND public_key = $3 "
                              "ORDER BY vouched_at, vouched_by",
                              {text(deviceId), text(person), bytes(publicKey)});
        QStringList list;
        for (int i = 0; i < r.rows(); ++i)
            list << r.str(i, 0);
        return list;
    }

    bool revokeVouchedKey(const QString &deviceId, const QString &person, const QByteArray &publicKey) override
    {
        if (publicKey.isEmpty())
            return exec("UPDATE vouched_keys SET revoked = true WHERE device_id = $1 AND person = $2 AND NOT revoked",
                        {text(deviceId), text(person)})
                       .affected()
                > 0;
        return exec("UPDATE vouched_keys SET revoked = true WHERE device_id = $1 AND person = $2 AND public_key = $3 AND NOT revoked",
                    {text(deviceId), text(person), bytes(publicKey)})
                   .affected()
            > 0;
    }

    int vouchesBy(const QString &teacher, const QString &person) override
    {
        return int(exec("SELECT count(*) FROM vouchers v JOIN vouched_keys k ON k.device_id = v.device_id AND k.person = v.person "
                        "AND k.public_key = v.public_key "
                        "WHERE v.vouched_by = $1 AND v.person = $2 AND NOT k.revoked",
                        {text(teacher), text(person)}).num(0, 0));
    }

    QList<VouchedKey> vouchedKeysOf(const QStringList &persons) override
    {
        QList<VouchedKey> list;
        if (persons.isEmpty())
            return list;
        const Result r = exec("SELECT device_id, person, public_key, vouched_by, vouched_by_device, vouched_at, revoked "
                              "FROM vouched_keys WHERE person = ANY($1) ORDER BY array_position($1, person), vouched_at",
                              {textArray(persons)});
        for (int i = 0; i < r.rows(); ++i)
            list << VouchedKey{r.str(i, 0), r.str(i, 1), r.blob(i, 2), r.str(i, 3), r.str(i, 4), r.str(i, 5), r.flag(i, 6)};
        return list;
    }

    QList<VouchedKey> vouchersOf(const QStringList &persons) override
    {
        QList<VouchedKey> list;
        if (persons.isEmpty())
            return list;
        const Result r = exec("SELECT v.device_id, v.person, v.public_key, v.vouched_by, v.vouched_by_device, v.vouched_at "
                              "FROM vouched_keys k JOIN vouchers v ON v.device_id = k.device_id AND v.person = k.person "
                              "AND v.public_key = k.public_key WHERE k.person = ANY($1)",
                              {textArray(persons)});
        for (int i = 0; i < r.rows(); ++i)
            list << VouchedKey{r.str(i, 0), r.str(i, 1), r.blob(i, 2), r.str(i, 3), r.str(i, 4), r.str(i, 5), false};
        return list;
    }

    std::optional<Membership> membership(const QString &classId, const QString &person) override
    {
        const std::pair key{classId, person};
        if (const auto known = m_memberships.find(key); known != m_memberships.end())
            return known->second;
        const Result r = exec("SELECT role, joined_seq, joined_xid::text AS joined_xid_text FROM memberships WHERE class_id = $1 AND person = $2",
                              {text(classId), text(person)});
        std::optional<Membership> m;
        if (r.rows())
            m = Membership{classId, person, r.str(0, 0), r.num(0, 1), r.num(0, 2)};
        if (m_writing)
            m_memberships.emplace(key, m);
        return m;
    }

    void putMembership(const Membership &m) override
    {
        m_memberships.erase({m.classId, m.person});
        // joined_xid: this transaction's (the column's default).
        send("INSERT INTO memberships(class_id, person, role, joined_seq) VALUES($1, $2, $3, $4) "
             "ON CONFLICT(class_id, person) DO UPDATE SET role = excluded.role",
             {text(m.classId), text(m.person), text(m.role), integer(m.joinedSeq)});
    }

    void removeMembership(const QString &classId, const QString &person) override
    {
        m_memberships.erase({classId, person});
        send("DELETE FROM memberships WHERE class_id = $1 AND person = $2", {text(classId), text(person)});
    }

    QList<Membership> membershipsOf(const QString &person) override
    {
        const Result r = exec("SELECT class_id, role, joined_seq, joined_xid::text AS joined_xid_text FROM memberships m "
                              "WHERE person = $1 ORDER BY m.joined_xid, m.joined_seq",
                              {text(person)});
        QList<Membership> list;
        for (int i = 0; i < r.rows(); ++i)
            list << Membership{r.str(i, 0), person, r.str(i, 1), r.num(i, 2), r.num(i, 3)};
        return list;
    }

    QList<Membership> membershipsOfAll(const QStringList &persons) override
    {
        QList<Membership> list;
        if (persons.isEmpty())
            return list;
        const Result r = exec("SELECT class_id, person, role, joined_seq, joined_xid::text AS joined_xid_text FROM memberships "
                              "WHERE person = ANY($1)",
                              {textArray(persons)});
        for (int i = 0; i < r.rows(); ++i)
            list << Membership{r.str(i, 0), r.str(i, 1), r.str(i, 2), r.num(i, 3), r.num(i, 4)};
        return list;
    }

    int liveMemberRows(const QString &classId, const QString &person) override
    {
        const Result r = exec("SELECT count(*) FROM rows WHERE kind = 'member' AND class_id = $1 AND NOT deleted "
                              "AND fields::json ->> 'person' = $2",
                              {text(classId), text(person)});
        return int(r.num(0, 0));
    }

    QStringList studentsTaughtBy(const QString &teacher) override
    {
        const Result r = exec("SELECT DISTINCT s.person FROM memberships t JOIN memberships s ON s.class_id = t.class_id "
                              "WHERE t.person = $1 AND t.role = 'teacher' AND s.role = 'student'",
                              {text(teacher)});
        QStringList list;
        for (int i = 0; i < r.rows(); ++i)
            list << r.str(i, 0);
        return list;
    }

    QHash<QString, QString> studentsLastSeen(const QString &teacher, const QString &after) override
    {
        const Result r = exec("SELECT d.person, max(d.last_seen) FROM memberships t "
                              "JOIN memberships s ON s.class_id = t.class_id AND s.role = 'student' "
                              "JOIN devices d ON d.person = s.person AND NOT d.revoked "
                              "WHERE t.person = $1 AND t.role = 'teacher' GROUP BY d.person HAVING max(d.last_seen) > $2",
                              {text(teacher), text(after)});
        QHash<QString, QString> seen;
        for (int i = 0; i < r.rows(); ++i)
            seen.insert(r.str(i, 0), r.str(i, 1));
        return seen;
    }

    std::optional<RowState> row(const QString &kind, const QString &id) override
    {
        const std::pair key{kind, id};
        if (const auto known = m_rows.find(key); known != m_rows.end())
            return known->second;
        const Result r = exec("SELECT class_id, audience, status, ever_published, deleted, hlc, last_seq, fields, field_hlcs "
                              "FROM rows WHERE kind = $1 AND id = $2",
                              {text(kind), text(id)});
        std::optional<RowState> row;
        if (r.rows())
            row = RowState{kind, id, r.str(0, 0), r.str(0, 1), r.str(0, 2), r.flag(0, 3), r.flag(0, 4), r.str(0, 5), r.num(0, 6),
                           QJsonDocument::fromJson(r.str(0, 7).toUtf8()).object(),
                           QJsonDocument::fromJson(r.str(0, 8).toUtf8()).object()};
        if (m_writing)
            m_rows.emplace(key, row);
        return row;
    }

    void putRow(const RowState &r) override
    {
        m_rows.erase({r.kind, r.id});
        send("INSERT INTO rows(kind, id, class_id, audience, status, ever_published, deleted, hlc, last_seq, fields, field_hlcs) "
             "VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT(kind, id) DO UPDATE SET "
             "class_id = excluded.class_id, audience = excluded.audience, status = excluded.status, "
             "ever_published = excluded.ever_published, deleted = excluded.deleted, hlc = excluded.hlc, "
             "last_seq = excluded.last_seq, fields = excluded.fields, field_hlcs = excluded.field_hlcs",
             {text(r.kind), text(r.id), text(r.classId), nullableText(r.audience), text(r.status), boolean(r.everPublished),
              boolean(r.deleted), text(r.hlc), integer(r.lastSeq), text(jsonText(r.fields)), text(jsonText(r.fieldHlcs))});
    }

    void addHistory(const QString &kind, const QString &row, const QString &field, const QJsonValue &value,
                    const QString &hlc, const QString &changeId) override
    {
        send("INSERT INTO history(kind, row_id, field, value, hlc, change_id) VALUES($1, $2, $3, $4, $5, $6)",
             {text(kind), text(row), text(field), text(jsonText(QJsonObject{{u"v"_s, value}})), text(hlc), text(changeId)});
    }

    int historyCount(const QString &kind, const QString &row) override
    {
        return int(exec("SELECT count(*) FROM history WHERE kind = $1 AND row_id = $2", {text(kind), text(row)}).num(0, 0));
    }

    std::optional<Verdict> verdict(const QString &changeId) override
    {
        const Result r = exec("SELECT v.status, v.reason, v.seq, c.received, v.digest FROM verdicts v "
                              "LEFT JOIN changes c ON c.seq = v.seq WHERE v.change_id = $1",
                              {text(changeId)});
        if (!r.rows())
            return std::nullopt;
        return Verdict{r.str(0, 0), r.str(0, 1), r.isNull(0, 2) ? 0 : r.num(0, 2), r.str(0, 3), true, r.blob(0, 4)};
    }

    void putVerdict(const QString &changeId, const Verdict &v) override
    {
        send("INSERT INTO verdicts(change_id, status, reason, seq, digest) VALUES($1, $2, $3, $4, $5) "
             "ON CONFLICT(change_id) DO UPDATE SET status = excluded.status, reason = excluded.reason, seq = excluded.seq, "
             "digest = excluded.digest",
             {text(changeId), text(v.status), nullableText(v.reason), integer(v.seq),
              bytes(v.digest.isEmpty() ? QByteArray() : v.digest)});
    }

    qint64 appendChange(const LogEntry &e) override
    {
        return exec("INSERT INTO changes(change_id, kind, row_id, class_id, audience, author, device, received, body) "
                    "VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING seq",
                    {text(e.changeId), text(e.kind), text(e.row), text(e.classId), nullableText(e.audience), text(e.author),
                     text(e.device), text(e.received), bytes(e.body.isNull() ? QByteArray("") : e.body)})
            .num(0, 0);
    }

    QList<LogEntry> changesAfter(const LogPosition &after, const LogPosition &upTo, const QStringList &classIds,
                                 const QString &audience, int limit) override
    {
        QList<LogEntry> list;
        if (classIds.isEmpty())
            return list;
        // The whole pair, never the seq alone (a row comparison, on the index changes_class_position), and in the
        // pair's order: by the column, not by its text (`xid::text` is named xid too, and ORDER BY takes an output
        // column's name first: "1000" sorts before "999"). One statement whatever is bound: an empty audience is a
        // parameter too.
        const Result r = exec("SELECT seq, change_id, kind, row_id, class_id, audience, author, device, received, body, "
                              "xid::text AS xid_text FROM changes c WHERE (xid, seq) > ($1::text::xid8, $2) "
                              "AND (xid, seq) <= ($3::text::xid8, $4) AND class_id = ANY($5) "
                              "AND ($6 = '' OR audience IS NULL OR audience = $6) ORDER BY c.xid, c.seq LIMIT $7",
                              {text(QString::number(after.xid)), integer(after.seq), text(QString::number(upTo.xid)),
                               integer(upTo.seq), textArray(classIds), text(audience), integer(limit)});
        for (int i = 0; i < r.rows(); ++i)
            list << LogEntry{r.num(i, 0), r.str(i, 1), r.str(i, 2), r.str(i, 3), r.str(i, 4), r.str(i, 5),
                             r.str(i, 6), r.str(i, 7), r.str(i, 8), r.blob(i, 9), r.num(i, 10)};
        return list;
    }

    LogHorizon logHorizon() override
    {
        // In this read's snapshot (REPEATABLE READ: the one every statement of the pull sees): the oldest transaction
        // it sees running (its xip), else its xmax. Every transaction below that has
        // ended, so every entry below it that will ever be visible is visible now. A running transaction seen to belong
        // to another database of the cluster is left out (transaction ids are the cluster's, but a transaction writes
        // one database only): another school's, or a report by hand elsewhere, does not hold this log back.
        // pg_stat_activity is read after the snapshot was taken: a transaction that ended in between is no longer
        // shown, so its database is unknown and it holds the horizon. With many schools' transactions ending every
        // millisecond that happens often enough to make a device wait a sync for nothing (seen in the tests: a change
        // committed before a pull was not in it). The third column says so; the pull then runs again with a new
        // snapshot (twice at most, then it serves what this one allows: late, never wrong).
        const Result r = exec(HorizonSql "SELECT h.x::text, h.epoch, h.raced FROM h");
        if (m_mayRetrySnapshot && r.flag(0, 2))
            throw RetrySnapshot{};
        return LogHorizon{r.isNull(0, 1) ? 0 : r.num(0, 1), r.num(0, 0), true};
    }

    PullStart pullStart(const PullAsk &ask) override
    {
        // Every part of the start of a pull in one statement, one snapshot: the horizon (part 0, with the database's
        // clock when asked), the memberships (1), the pupils' last contact when asked (2), the first batch of the log
        // (3), which is changesAfter()'s statement with the horizon and the class ids read here. Columns are shared by
        // the parts: x, n and t1… t8 say per part what they hold.
        // The pupils' last contact (part 2) is in the statement only when asked: planned for nothing otherwise.
        static const QByteArray head = HorizonSql
            ", j AS (SELECT class_id, role, joined_seq, joined_xid FROM memberships WHERE person = $1) "
            "SELECT 0 AS part, h.x AS x, h.epoch AS n, h.raced::text AS t1, CASE WHEN $6::text IS NULL THEN NULL "
            "ELSE to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') END AS t2, "
            "NULL::text AS t3, NULL::text AS t4, NULL::text AS t5, NULL::text AS t6, NULL::text AS t7, NULL::text AS t8, "
            "NULL::bytea AS b FROM h "
            "UNION ALL SELECT 1, j.joined_xid, j.joined_seq, j.class_id, j.role, NULL, NULL, NULL, NULL, NULL, NULL, NULL "
            "FROM j ";
        static const QByteArray lastSeen =
            "UNION ALL SELECT 2, NULL, NULL, d.person, max(d.last_seen), NULL, NULL, NULL, NULL, NULL, NULL, NULL "
            "FROM memberships t JOIN memberships s ON s.class_id = t.class_id AND s.role = 'student' "
            "JOIN devices d ON d.person = s.person AND NOT d.revoked "
            "WHERE t.person = $1 AND t.role = 'teacher' GROUP BY d.person HAVING max(d.last_seen) > $6 ";
        static const QByteArray log =
            "UNION ALL (SELECT 3, c.xid, c.seq, c.change_id, c.kind, c.row_id, c.class_id, c.audience, c.author, c.device, "
            "c.received, c.body FROM changes c WHERE (c.xid, c.seq) > ($2::text::xid8, $3) "
            "AND (c.xid, c.seq) <= ((SELECT h.x FROM h), 0) "
            "AND c.class_id = ANY(ARRAY(SELECT j.class_id FROM j WHERE j.joined_xid < (SELECT h.x FROM h))) "
            "AND ($4 = '' OR c.audience IS NULL OR c.audience = $4) ORDER BY c.xid, c.seq LIMIT $5) "
            "ORDER BY part, x, n";
        static const QByteArray withLastSeen = head + lastSeen + log;
        static const QByteArray withoutLastSeen = head + log;
        const Result r = execAlone(
            (ask.lastSeenAfter ? withLastSeen : withoutLastSeen).constData(),
            {text(ask.person), text(QString::number(ask.after.xid)), integer(ask.after.seq), text(ask.audience),
             integer(ask.limit), Param{ask.lastSeenAfter.value_or(QString()).toUtf8(), TextOid, !ask.lastSeenAfter, false}});
        if (!r.rows() || r.num(0, 0) != 0)
            throw StorageError("the start of a pull came without its horizon");
        if (m_mayRetrySnapshot && r.str(0, 3) == u"true"_s)
            throw RetrySnapshot{};
        PullStart start;
        start.horizon = LogHorizon{r.isNull(0, 2) ? 0 : r.num(0, 2), r.num(0, 1), true};
        start.now = r.str(0, 4);
        for (int i = 1; i < r.rows(); ++i) {
            switch (r.num(i, 0)) {
            case 1:
                start.memberships << Membership{r.str(i, 3), ask.person, r.str(i, 4), r.num(i, 2), r.num(i, 1)};
                break;
            case 2:
                start.lastSeen.insert(r.str(i, 3), r.str(i, 4));
                break;
            default:
                start.log << LogEntry{r.num(i, 2), r.str(i, 3), r.str(i, 4), r.str(i, 5), r.str(i, 6), r.str(i, 7),
                                      r.str(i, 8), r.str(i, 9), r.str(i, 10), r.blob(i, 11), r.num(i, 1)};
            }
        }
        return start;
    }

    /**
     * Takes @p locks first, in their order (ascending hash), each held until the transaction ends; @p inOrder: lock()
     * never waits for a lock that sorts below one held (it throws RetryInOrder instead).
     */
    void takeInOrder(const std::map<qint64, QString> &locks, bool inOrder)
    {
        m_inOrder = inOrder;
        for (const auto &[hash, key] : locks) {
            exec("SELECT pg_advisory_xact_lock(1131310708, $1::int4)", {integer(hash)});
            m_locked.emplace(hash, key);
            m_lockedKeys.insert(key);
        }
    }

    void lock(const QString &key) override
    {
        if (!m_writing || m_lockedKeys.count(key))
            return;
        forget(key);
        const Result r = exec("SELECT h, pg_try_advisory_xact_lock(1131310708, h) FROM hashtext($1) AS h", {text(key)});
        const qint64 hash = r.num(0, 0);
        if (!r.flag(0, 1)) {
            // Another write holds it. Waiting is safe only for a lock above every one this write holds (a lock of the
            // same hash is ours already: the try above took it).
            if (m_inOrder && !m_locked.empty() && hash < m_locked.rbegin()->first) {
                RetryInOrder retry{m_locked};
                retry.locks.emplace(hash, key);
                throw retry;
            }
            exec("SELECT pg_advisory_xact_lock(1131310708, $1::int4)", {integer(hash)});
        }
        m_locked.emplace(hash, key);
        m_lockedKeys.insert(key);
    }

    /// What lock(@p key) protects is read again from the database once locked: the row (`row:KIND:ID`), the person's
    /// counter (`person:ID`), a shared counter (CounterKey); any other key, everything kept.
    void forget(const QString &key)
    {
        if (key.startsWith(u"row:"_s)) {
            const qsizetype colon = key.indexOf(u':', 4);
            if (colon > 0) {
                m_rows.erase({key.mid(4, colon - 4), key.mid(colon + 1)});
                return;
            }
        } else if (key.startsWith(u"person:"_s)) {
            m_recordBytes.erase(key.mid(7));
            m_creators.erase(key.mid(7));
            return;
        } else if (key.startsWith(u"allowance:"_s) || key.startsWith(u"pool:"_s)) {
            m_counters.erase(key);
            return;
        }
        m_rows.clear();
        m_memberships.clear();
        m_creators.clear();
        m_recordBytes.clear();
        m_counters.clear();
    }

    qint64 lastSeq() override { return exec("SELECT coalesce(max(seq), 0) FROM changes").num(0, 0); }

    std::optional<BlobInfo> blob(const QString &sha256) override
    {
        const Result r = exec("SELECT size, owner FROM blobs WHERE sha256 = $1", {text(sha256)});
        if (!r.rows())
            return std::nullopt;
        return BlobInfo{sha256, r.num(0, 0), r.str(0, 1)};
    }

    void putBlob(const BlobInfo &b) override
    {
        send("INSERT INTO blobs(sha256, size, owner) VALUES($1, $2, $3) ON CONFLICT DO NOTHING",
             {text(b.sha256), integer(b.size), text(b.owner)});
    }

    qint64 bytesOwnedBy(const QString &person) override
    {
        return exec("SELECT (SELECT coalesce(sum(size), 0) FROM blobs WHERE owner = $1) "
                    "+ (SELECT coalesce(sum(size), 0) FROM blob_holders WHERE person = $1)",
                    {text(person)})
            .num(0, 0);
    }

    qint64 recordBytesOf(const QString &person) override
    {
        if (const auto known = m_recordBytes.find(person); known != m_recordBytes.end())
            return known->second;
        const Result r = exec("SELECT bytes FROM record_usage WHERE person = $1", {text(person)});
        const qint64 bytes = r.rows() ? r.num(0, 0) : 0;
        if (m_writing)
            m_recordBytes.emplace(person, bytes);
        return bytes;
    }

    void addRecordBytes(const QString &person, qint64 n) override
    {
        if (const auto known = m_recordBytes.find(person); known != m_recordBytes.end())
            known->second += n;
        send("INSERT INTO record_usage(person, bytes) VALUES($1, $2) "
             "ON CONFLICT(person) DO UPDATE SET bytes = record_usage.bytes + excluded.bytes",
             {text(person), integer(n)});
    }

    void resetRecordBytes(const QString &person) override
    {
        m_recordBytes.erase(person);
        send("DELETE FROM record_usage WHERE person = $1", {text(person)});
    }

    qint64 counterBytes(const QString &counter) override
    {
        if (const auto known = m_counters.find(counter); known != m_counters.end())
            return known->second;
        const Result r = exec("SELECT bytes FROM shared_usage WHERE counter = $1", {text(counter)});
        const qint64 bytes = r.rows() ? r.num(0, 0) : 0;
        if (m_writing)
            m_counters.emplace(counter, bytes);
        return bytes;
    }

    void addCounterBytes(const QString &counter, qint64 n) override
    {
        if (const auto known = m_counters.find(counter); known != m_counters.end())
            known->second += n;
        send("INSERT INTO shared_usage(counter, bytes) VALUES($1, $2) "
             "ON CONFLICT(counter) DO UPDATE SET bytes = shared_usage.bytes + excluded.bytes",
             {text(counter), integer(n)});
    }

    void resetCounterBytes(const QString &counter) override
    {
        m_counters.erase(counter);
        send("DELETE FROM shared_usage WHERE counter = $1", {text(counter)});
    }

    bool isBlobHolder(const QString &sha256, const QString &person) override
    {
        return exec("SELECT 1 FROM blob_holders WHERE sha256 = $1 AND person = $2", {text(sha256), text(person)}).rows() > 0;
    }

    void putBlobHolder(const QString &sha256, const QString &person, qint64 size) override
    {
        send("INSERT INTO blob_holders(sha256, person, size) VALUES($1, $2, $3) ON CONFLICT DO NOTHING",
             {text(sha256), text(person), integer(size)});
    }

    void setBlobRefs(const QString &kind, const QString &row, const QStringList &sha256s) override
    {
        send("DELETE FROM blob_refs WHERE kind = $1 AND row_id = $2", {text(kind), text(row)});
        if (!sha256s.isEmpty())
            send("INSERT INTO blob_refs(sha256, kind, row_id) SELECT s, $2, $3 FROM unnest($1::text[]) s ON CONFLICT DO NOTHING",
                 {textArray(sha256s), text(kind), text(row)});
    }

    void setUngrantedBlobRefs(const QString &kind, const QString &row, const QString &author,
                              const QStringList &sha256s) override
    {
        send("DELETE FROM ungranted_blob_refs WHERE kind = $1 AND row_id = $2", {text(kind), text(row)});
        if (!sha256s.isEmpty())
            send("INSERT INTO ungranted_blob_refs(sha256, kind, row_id, author) SELECT DISTINCT s, $2, $3, $4 "
                 "FROM unnest($1::text[]) s ON CONFLICT(sha256, kind, row_id) DO UPDATE SET author = excluded.author",
                 {textArray(sha256s), text(kind), text(row), text(author)});
    }

    QList<BlobRef> ungrantedBlobRefs(const QString &author, const QString &sha256) override
    {
        const Result r = exec("SELECT kind, row_id FROM ungranted_blob_refs WHERE author = $1 AND sha256 = $2",
                              {text(author), text(sha256)});
        QList<BlobRef> list;
        for (int i = 0; i < r.rows(); ++i)
            list << BlobRef{r.str(i, 0), r.str(i, 1)};
        return list;
    }

    void grantBlobRef(const QString &sha256, const BlobRef &ref) override
    {
        send("DELETE FROM ungranted_blob_refs WHERE sha256 = $1 AND kind = $2 AND row_id = $3",
             {text(sha256), text(ref.kind), text(ref.row)});
        send("INSERT INTO blob_refs(sha256, kind, row_id) VALUES($1, $2, $3) ON CONFLICT DO NOTHING",
             {text(sha256), text(ref.kind), text(ref.row)});
    }

    QList<BlobRef> blobRefsIn(const QString &sha256, const QString &person, const QString &audience, int limit) override
    {
        const Result r = exec("SELECT r.kind, r.row_id FROM blob_refs r "
                              "JOIN rows w ON w.kind = r.kind AND w.id = r.row_id "
                              "JOIN memberships m ON m.class_id = w.class_id AND m.person = $1 "
                              "WHERE r.sha256 = $2 AND ($3 = '' OR w.audience IS NULL OR w.audience = $3) LIMIT $4",
                              {text(person), text(sha256), text(audience), integer(limit)});
        QList<BlobRef> list;
        for (int i = 0; i < r.rows(); ++i)
            list << BlobRef{r.str(i, 0), r.str(i, 1)};
        return list;
    }

    void putPendingRelease(const PendingRelease &r) override
    {
        send("INSERT INTO answer_releases(assignment, class_id, due) VALUES($1, $2, $3) "
             "ON CONFLICT(assignment) DO UPDATE SET class_id = excluded.class_id, due = excluded.due",
             {text(r.assignment), text(r.classId), text(r.due)});
    }

    void removePendingRelease(const QString &assignment) override
    {
        send("DELETE FROM answer_releases WHERE assignment = $1", {text(assignment)});
    }

    QList<PendingRelease> pendingReleasesDue(const QString &until, int limit) override
    {
        const Result r = exec("SELECT assignment, class_id, due FROM answer_releases WHERE due <= $1 ORDER BY due LIMIT $2",
                              {text(until), integer(limit)});
        QList<PendingRelease> list;
        for (int i = 0; i < r.rows(); ++i)
            list << PendingRelease{r.str(i, 0), r.str(i, 1), r.str(i, 2)};
        return list;
    }

    QString earliestPendingRelease() override { return exec("SELECT min(due) FROM answer_releases").str(0, 0); }

    bool isolated(const std::function<void()> &fn) override
    {
        const int index = m_isolatedCalls++;
        if (m_skipped.count(index))
            return false; // tripped the database in an earlier run of this write: left out
        const int outer = m_isolating;
        m_isolating = index; // the writes it sends are its own (send())
        try {
            fn();
        } catch (const StorageError &e) {
            m_isolating = outer;
            if (!m_writing)
                throw;
            qCWarning(lcHub) << "one change tripped the database; the write runs again without it:" << e.what();
            throw RetryWithout{index};
        }
        m_isolating = outer;
        return true;
    }

    QString meta(const QString &key) override
    {
        const Result r = exec("SELECT value FROM meta WHERE key = $1", {text(key)});
        return r.rows() ? r.str(0, 0) : QString();
    }

    void setMeta(const QString &key, const QString &value) override
    {
        send("INSERT INTO meta(key, value) VALUES($1, $2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
             {text(key), text(value)});
    }

    void raiseMeta(const QString &key, const QString &value) override
    {
        send("INSERT INTO meta(key, value) VALUES($1, $2) ON CONFLICT(key) DO UPDATE SET value = greatest(meta.value, excluded.value)",
             {text(key), text(value)});
    }

    std::optional<ThrottleEntry> throttleEntry(const QString &key) override
    {
        const Result r = exec("SELECT failures, last_ms, locked_until_ms FROM throttle WHERE key = $1", {text(key)});
        if (!r.rows())
            return std::nullopt;
        return ThrottleEntry{int(r.num(0, 0)), r.num(0, 1), r.num(0, 2)};
    }

    void putThrottleEntry(const QString &key, const ThrottleEntry &e) override
    {
        send("INSERT INTO throttle(key, failures, last_ms, locked_until_ms) VALUES($1, $2, $3, $4) ON CONFLICT(key) DO UPDATE "
             "SET failures = excluded.failures, last_ms = excluded.last_ms, locked_until_ms = excluded.locked_until_ms",
             {text(key), integer(e.failures), integer(e.lastMs), integer(e.lockedUntilMs)});
    }

    void removeThrottleEntry(const QString &key) override { exec("DELETE FROM throttle WHERE key = $1", {text(key)}); }

    int knownLoginsAt(const QString &address, const QString &login, qint64 sinceMs, bool *isKnown) override
    {
        const Result r = exec("SELECT count(*), count(*) FILTER (WHERE login = $2) FROM throttle_known "
                              "WHERE address = $1 AND last_ms >= $3",
                              {text(address), text(login), integer(sinceMs)});
        *isKnown = r.num(0, 1) > 0;
        return int(r.num(0, 0));
    }

    void putKnownLogin(const QString &address, const QString &login, qint64 nowMs, int maxAddresses) override
    {
        send("INSERT INTO throttle_known(address, login, last_ms) VALUES($1, $2, $3) "
             "ON CONFLICT(address, login) DO UPDATE SET last_ms = excluded.last_ms",
             {text(address), text(login), integer(nowMs)});
        // Her most recent addresses only (index throttle_known_by_login, schema 5).
        send("DELETE FROM throttle_known WHERE login = $1 AND address NOT IN "
             "(SELECT address FROM throttle_known WHERE login = $1 ORDER BY last_ms DESC, address LIMIT $2)",
             {text(login), integer(maxAddresses)});
    }

    void forgetThrottle(qint64 entriesBeforeMs, qint64 knownBeforeMs) override
    {
        send("DELETE FROM throttle WHERE last_ms < $1", {integer(entriesBeforeMs)});
        send("DELETE FROM throttle_known WHERE last_ms < $1", {integer(knownBeforeMs)});
    }

    QString now() override
    {
        // The database's clock, the same for every hub process; read once per transaction.
        if (m_now.isEmpty())
            m_now = exec("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").str(0, 0);
        return m_now;
    }

private:
    PGconn *m_conn;
    bool m_writing;
    const std::set<int> &m_skipped;
    bool m_mayRetrySnapshot;
    int m_statementTimeoutMs;
    int m_idleTimeoutMs;
    qsizetype m_unsynced = 0; ///< bytes of statements queued since the last Sync (SyncEveryBytes)
    bool m_begun = false;    ///< BEGIN was sent
    bool m_ranAlone = false; ///< a statement ran outside any transaction (execAlone())
    int m_isolatedCalls = 0;
    QString m_now;
    bool m_inOrder = false;
    int m_isolating = -1;       ///< the isolated() call running, or -1
    // What this write read, kept for the rest of it (the same assignment, membership, counters… for each of a push's
    // changes): what others write after the first read is not seen again, as if read then. What it locks is read again
    // once locked (forget()), and its own writes update or drop what they change.
    std::map<std::pair<QString, QString>, std::optional<RowState>> m_rows;
    std::map<std::pair<QString, QString>, std::optional<Membership>> m_memberships;
    std::map<QString, QString> m_creators;
    std::map<QString, qint64> m_recordBytes;
    std::map<QString, qint64> m_counters;
    std::vector<int> m_pending; ///< statements sent and not yet answered: the isolated() call of each
    std::map<qint64, QString> m_locked; ///< the advisory locks held, by hash
    std::set<QString> m_lockedKeys;     ///< the keys lock() was called with (taken, or mapping to a lock taken)
};

// Version 1 holds what SQLite's schemas 1 to 7 hold. Text compared as bytes (COLLATE "C"): ISO times and ids sort
// as they do in SQLite, whatever the database's locale. Records' fields are JSON text as the engine wrote them.
const char *const SchemaV1 =
    "CREATE TABLE accounts(id text COLLATE \"C\" PRIMARY KEY, login text COLLATE \"C\" UNIQUE, "
    "display_name text NOT NULL DEFAULT '', role text COLLATE \"C\" NOT NULL, secret_hash bytea, "
    "created timestamptz NOT NULL DEFAULT now());"
    "CREATE TABLE devices(device_id text COLLATE \"C\" NOT NULL, person text COLLATE \"C\" NOT NULL, "
    "name text NOT NULL DEFAULT '', token_hash bytea NOT NULL UNIQUE, public_key bytea, created text COLLATE \"C\" NOT NULL, "
    "last_seen text COLLATE \"C\" NOT NULL, revoked boolean NOT NULL DEFAULT false, PRIMARY KEY(device_id, person));"
    "CREATE INDEX devices_person ON devices(person);"
    "CREATE TABLE memberships(class_id text COLLATE \"C\" NOT NULL, person text COLLATE \"C\" NOT NULL, "
    "role text COLLATE \"C\" NOT NULL, joined_seq bigint NOT NULL, PRIMARY KEY(class_id, person));"
    "CREATE INDEX memberships_person ON memberships(person);"
    "CREATE TABLE rows(kind text COLLATE \"C\" NOT NULL, id text COLLATE \"C\" NOT NULL, class_id text COLLATE \"C\" NOT NULL, "
    "audience text COLLATE \"C\", status text COLLATE \"C\", ever_published boolean NOT NULL DEFAULT false, "
    "deleted boolean NOT NULL DEFAULT false, hlc text COLLATE \"C\" NOT NULL, last_seq bigint NOT NULL, fields text NOT NULL, "
    "field_hlcs text NOT NULL, PRIMARY KEY(kind, id));"
    "CREATE INDEX rows_members ON rows(class_id) WHERE kind = 'member';"
    "CREATE TABLE history(id bigserial PRIMARY KEY, kind text COLLATE \"C\" NOT NULL, row_id text COLLATE \"C\" NOT NULL, "
    "field text COLLATE \"C\" NOT NULL, value text, hlc text COLLATE \"C\" NOT NULL, change_id text COLLATE \"C\" NOT NULL, "
    "recorded timestamptz NOT NULL DEFAULT now());"
    "CREATE INDEX history_row ON history(kind, row_id);"
    // xid: the transaction that wrote the entry, for the pull horizon of issue 12 (PROTOCOL.md).
    "CREATE TABLE changes(seq bigserial PRIMARY KEY, change_id text COLLATE \"C\" NOT NULL UNIQUE, "
    "kind text COLLATE \"C\" NOT NULL, row_id text COLLATE \"C\" NOT NULL, class_id text COLLATE \"C\" NOT NULL, "
    "audience text COLLATE \"C\", author text COLLATE \"C\" NOT NULL, device text COLLATE \"C\" NOT NULL, "
    "received text COLLATE \"C\" NOT NULL, body bytea NOT NULL, xid xid8 NOT NULL DEFAULT pg_current_xact_id());"
    "CREATE INDEX changes_class ON changes(class_id, seq);"
    "CREATE INDEX changes_author ON changes(author);"
    "CREATE TABLE verdicts(change_id text COLLATE \"C\" PRIMARY KEY, status text COLLATE \"C\" NOT NULL, reason text, "
    "seq bigint, digest bytea);"
    "CREATE TABLE blobs(sha256 text COLLATE \"C\" PRIMARY KEY, size bigint NOT NULL, owner text COLLATE \"C\" NOT NULL, "
    "created timestamptz NOT NULL DEFAULT now());"
    "CREATE INDEX blobs_owner ON blobs(owner);"
    "CREATE TABLE blob_refs(sha256 text COLLATE \"C\" NOT NULL, kind text COLLATE \"C\" NOT NULL, "
    "row_id text COLLATE \"C\" NOT NULL, PRIMARY KEY(sha256, kind, row_id));"
    "CREATE INDEX blob_refs_row ON blob_refs(kind, row_id);"
    "CREATE TABLE meta(key text COLLATE \"C\" PRIMARY KEY, value text);"
    "CREATE TABLE vouched_keys(device_id text COLLATE \"C\" NOT NULL, person text COLLATE \"C\" NOT NULL, "
    "public_key bytea NOT NULL, vouched_by text COLLATE \"C\" NOT NULL, vouched_by_device text COLLATE \"C\" NOT NULL, "
    "vouched_at text COLLATE \"C\" NOT NULL, revoked boolean NOT NULL DEFAULT false, PRIMARY KEY(device_id, person));"
    "CREATE INDEX vouched_keys_person ON vouched_keys(person);"
    "CREATE TABLE vouchers(device_id text COLLATE \"C\" NOT NULL, person text COLLATE \"C\" NOT NULL, "
    "vouched_by text COLLATE \"C\" NOT NULL, vouched_by_device text COLLATE \"C\" NOT NULL, "
    "vouched_at text COLLATE \"C\" NOT NULL, PRIMARY KEY(device_id, person, vouched_by));"
    "CREATE TABLE blob_holders(sha256 text COLLATE \"C\" NOT NULL, person text COLLATE \"C\" NOT NULL, size bigint NOT NULL, "
    "since timestamptz NOT NULL DEFAULT now(), PRIMARY KEY(sha256, person));"
    "CREATE INDEX blob_holders_person ON blob_holders(person);"
    "CREATE TABLE ungranted_blob_refs(sha256 text COLLATE \"C\" NOT NULL, kind text COLLATE \"C\" NOT NULL, "
    "row_id text COLLATE \"C\" NOT NULL, author text COLLATE \"C\" NOT NULL, PRIMARY KEY(sha256, kind, row_id));"
    "CREATE INDEX ungranted_blob_refs_row ON ungranted_blob_refs(kind, row_id);"
    "CREATE INDEX ungranted_blob_refs_author ON ungranted_blob_refs(author, sha256);"
    "CREATE TABLE record_usage(person text COLLATE \"C\" PRIMARY KEY, bytes bigint NOT NULL);"
    "CREATE TABLE account_creators(person text COLLATE \"C\" PRIMARY KEY, created_by text COLLATE \"C\" NOT NULL);"
    "CREATE INDEX account_creators_by ON account_creators(created_by);"
    "CREATE INDEX vouchers_by ON vouchers(vouched_by, person);"
    "CREATE TABLE answer_releases(assignment text COLLATE \"C\" PRIMARY KEY, class_id text COLLATE \"C\" NOT NULL, "
    "due text COLLATE \"C\" NOT NULL);"
    "CREATE INDEX answer_releases_due ON answer_releases(due);";

// Version 2 (issue 12, writes side by side): pulls go by (xid, seq) below the snapshot's horizon. The entries and
// memberships written before were written one at a time (an advisory lock), so their seq order is their commit
// order: they take xid 0, and a cursor "S.M" of that time names the positions (0, S) and (0, M). The epoch of the
// cursors, and where it was last seen (cursor_epoch: one row; not a table SQLite has, so migrate-to-postgres leaves it).
const char *const SchemaV2 =
    "ALTER TABLE memberships ADD COLUMN joined_xid xid8 NOT NULL DEFAULT '0';"
    "ALTER TABLE memberships ALTER COLUMN joined_xid SET DEFAULT pg_current_xact_id();"
    "UPDATE changes SET xid = '0';"
    "UPDATE memberships SET joined_xid = '0';"
    "DROP INDEX changes_class;"
    "CREATE INDEX changes_class_position ON changes(class_id, xid, seq);"
    "CREATE TABLE cursor_epoch(epoch bigint NOT NULL, origin text NOT NULL);";

// Version 3 (SQLite's 8): the counters of shared bounds (a teacher's vouches' allowance for a pupil, her pupils' pool)
// in a table of their own, keyed by text that is never a person id (CounterKey); moveLegacyCounters() moves the counts
// they had in record_usage under UUIDv5 ids a puppet account could take.
const char *const SchemaV3 = "CREATE TABLE shared_usage(counter text COLLATE \"C\" PRIMARY KEY, bytes bigint NOT NULL);";

// Version 4: the sign-in throttle, shared by the hubs of a fleet (LoginThrottle): counts by key, and the logins that
// signed in from each address.
const char *const SchemaV4 =
    "CREATE TABLE throttle(key text COLLATE \"C\" PRIMARY KEY, failures integer NOT NULL, last_ms bigint NOT NULL, "
    "locked_until_ms bigint NOT NULL);"
    "CREATE INDEX throttle_by_last ON throttle(last_ms);"
    "CREATE TABLE throttle_known(address text COLLATE \"C\" NOT NULL, login text COLLATE \"C\" NOT NULL, "
    "last_ms bigint NOT NULL, PRIMARY KEY(address, login));"
    "CREATE INDEX throttle_known_by_last ON throttle_known(last_ms);";

// Version 5: the addresses a login is known at, found by login (at most LoginThrottle::MaxAddressesPerLogin kept).
const char *const SchemaV5 = "CREATE INDEX throttle_known_by_login ON throttle_known(login, last_ms);";

// Version 6 (SQLite's 9, issue 11 review F7): vouched keys per (device, person, key), each with its own vouchers. A
// co-teacher who vouched his own key under a pupil's real tablet's id first made her teacher's vouch of its real key
// refused, and signing that id out shut the tablet out. Each voucher of an existing hub vouched for its device's one key.
const char *const SchemaV6 =
    "ALTER TABLE vouchers ADD COLUMN IF NOT EXISTS public_key bytea;"
    "UPDATE vouchers v SET public_key = k.public_key FROM vouched_keys k "
    "WHERE v.public_key IS NULL AND k.device_id = v.device_id AND k.person = v.person;"
    "DELETE FROM vouchers WHERE public_key IS NULL;"
    "ALTER TABLE vouchers ALTER COLUMN public_key SET NOT NULL;"
    "ALTER TABLE vouchers DROP CONSTRAINT vouchers_pkey, ADD PRIMARY KEY(device_id, person, public_key, vouched_by);"
    "ALTER TABLE vouched_keys DROP CONSTRAINT vouched_keys_pkey, ADD PRIMARY KEY(device_id, person, public_key);";

// Later versions: one entry each, never editing an earlier one.
const char *const Migrations[] = {SchemaV1, SchemaV2, SchemaV3, SchemaV4, SchemaV5, SchemaV6};
static_assert(std::size(Migrations) == PostgresHubStorage::SchemaVersion);

int readSchemaVersion(PGconn *conn)
{
    g_statementsSent.fetch_add(1, std::memory_order_relaxed);
    PGresult *raw = PQexecParams(conn, "SELECT to_regclass('hub_schema') IS NOT NULL", 0, nullptr, nullptr, nullptr, nullptr, 0);
    Result exists(raw);
    check(conn, exists, raw, "cannot read the schema version");
    if (!exists.flag(0, 0))
        return 0;
    g_statementsSent.fetch_add(1, std::memory_order_relaxed);
    raw = PQexecParams(conn, "SELECT max(version) FROM hub_schema", 0, nullptr, nullptr, nullptr, nullptr, 0);
    Result version(raw);
    check(conn, version, raw, "cannot read the schema version");
    return version.isNull(0, 0) ? 0 : int(version.num(0, 0));
}

/// Version 3: each counter the old ids name moves to its key. An account whose id is such an id (a puppet made to be
/// that counter) keeps its own count as well: neither side is credited with what the other took.
void moveLegacyCounters(PGconn *conn)
{
    auto run = [&](const char *sql, const QByteArrayList &params = {}) {
        std::vector<const char *> values;
        for (const QByteArray &p : params)
            values.push_back(p.constData());
        g_statementsSent.fetch_add(1, std::memory_order_relaxed);
        PGresult *raw = PQexecParams(conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
        auto r = std::make_unique<Result>(raw);
        check(conn, *r, raw, "cannot move the shared counters");
        return r;
    };
    QList<QPair<QString, QString>> vouches;
    const auto pairs = run("SELECT DISTINCT vouched_by, person FROM vouchers");
    for (int i = 0; i < pairs->rows(); ++i)
        vouches.append({pairs->str(i, 0), pairs->str(i, 1)});
    QStringList teachers;
    const auto people = run("SELECT id FROM accounts WHERE role = 'teacher' UNION SELECT created_by FROM account_creators "
                            "UNION SELECT vouched_by FROM vouchers");
    for (int i = 0; i < people->rows(); ++i)
        teachers << people->str(i, 0);
    for (const auto &[old, key] : CounterKey::legacyKeys(vouches, teachers)) {
        run("INSERT INTO shared_usage(counter, bytes) SELECT CAST($1 AS text), bytes FROM record_usage WHERE person = $2 "
            "ON CONFLICT(counter) DO UPDATE SET bytes = shared_usage.bytes + excluded.bytes",
            {key.toUtf8(), old.toUtf8()});
        run("DELETE FROM record_usage WHERE person = $1 AND NOT EXISTS (SELECT 1 FROM accounts WHERE id = $1)", {old.toUtf8()});
    }
}

} // namespace

PostgresHubStorage::PostgresHubStorage(const QString &url, Schema schema, int poolSize)
    : m_url(url)
    , m_poolSize(std::max(1, poolSize))
{
    migrate(schema);
}

qint64 PostgresHubStorage::statementsSent()
{
    return g_statementsSent.load(std::memory_order_relaxed);
}

void PostgresHubStorage::setStatementTimeout(int ms)
{
    m_statementTimeoutMs = std::max(1, ms);
}

void PostgresHubStorage::setIdleInTransactionTimeout(int ms)
{
    m_idleTimeoutMs = std::max(1, ms);
}

PostgresHubStorage::~PostgresHubStorage()
{
    std::lock_guard lock(m_poolMutex);
    for (PGconn *c : m_idle)
        PQfinish(c);
}

QString PostgresHubStorage::displayUrl(const QString &url)
{
    const QUrl u(url);
    if (u.isValid() && (u.scheme() == u"postgresql"_s || u.scheme() == u"postgres"_s))
        return u.toDisplayString(QUrl::RemovePassword);
    return u"the PostgreSQL database"_s;
}

QString PostgresHubStorage::createOrDropDatabase(const QString &serverUrl, const QString &name, bool create)
{
    static const QRegularExpression plain(u"^[a-z0-9_]{1,63}$"_s);
    if (!plain.match(name).hasMatch())
        throw StorageError("a database name is 1 to 63 of a-z, 0-9 and _");
    QUrl url(serverUrl);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s))
        throw StorageError("not a postgresql:// URL");
    const QByteArray server = serverUrl.toUtf8();
    PGconn *conn = PQconnectdb(server.constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        const std::string error = errorOf(conn).toStdString();
        PQfinish(conn);
        throw StorageError("cannot connect to " + displayUrl(serverUrl).toStdString() + ": " + error);
    }
    // An identifier cannot be a parameter: the name is checked above, then quoted.
    const QByteArray quoted = '"' + name.toUtf8() + '"';
    const QByteArray sql = create ? QByteArray("CREATE DATABASE " + quoted + " TEMPLATE template0 ENCODING 'UTF8'")
                                  : QByteArray("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
    try {
        simple(conn, sql.constData());
    } catch (...) {
        PQfinish(conn);
        throw;
    }
    PQfinish(conn);
    url.setPath(u"/"_s + name);
    return url.toString();
}

pg_conn *PostgresHubStorage::acquire()
{
    {
        std::unique_lock lock(m_poolMutex);
        if (m_idle.empty() && m_open >= m_poolSize) {
            // Counted for the metrics: a fleet short of connections shows here before its answers slow down.
            const auto since = std::chrono::steady_clock::now();
            const bool came = m_poolFree.wait_for(lock, std::chrono::seconds(30), [&] { return !m_idle.empty() || m_open < m_poolSize; });
            ++m_waits;
            m_waitMs += std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - since).count();
            if (!came)
                throw StorageError("no database connection came free in 30 s");
        }
        if (!m_idle.empty()) {
            PGconn *c = m_idle.back();
            m_idle.pop_back();
            return c;
        }
        ++m_open;
    }
    // The URL's own settings win over these defaults (they come first).
    const QByteArray url = m_url.toUtf8();
    const char *keys[] = {"connect_timeout", "fallback_application_name", "dbname", nullptr};
    const char *values[] = {"10", "continuite-hub", url.constData(), nullptr};
    PGconn *conn = PQconnectdbParams(keys, values, 1);
    if (PQstatus(conn) != CONNECTION_OK) {
        const std::string error = errorOf(conn).toStdString();
        PQfinish(conn);
        release(nullptr);
        throw StorageError("cannot connect to " + displayUrl(m_url).toStdString() + ": " + error);
    }
    try {
        // Times are written and compared as UTC text; a session in another zone changes nothing, but say it.
        simple(conn, "SET TIME ZONE 'UTC'");
        bool check = false;
        {
            std::lock_guard lock(m_poolMutex);
            check = m_checkOrigin;
        }
        if (check)
            checkOrigin(conn); // a server that restarted (a recovery, a failover) comes back on new connections
    } catch (...) {
        PQfinish(conn);
        release(nullptr);
        throw;
    }
    return conn;
}

void PostgresHubStorage::release(pg_conn *conn)
{
    {
        std::lock_guard lock(m_poolMutex);
        // A connection still in pipeline mode says PQTRANS_IDLE after its COMMIT, and its next direct statement would
        // get no result: never pooled (a review of pipeline mode, session 12).
        if (conn && PQstatus(conn) == CONNECTION_OK && PQtransactionStatus(conn) == PQTRANS_IDLE
            && PQpipelineStatus(conn) == PQ_PIPELINE_OFF) {
            m_idle.push_back(conn);
        } else {
            if (conn)
                PQfinish(conn); // broken, busy, or left inside a transaction: the next one opens afresh
            --m_open;
        }
    }
    m_poolFree.notify_one();
}

int PostgresHubStorage::schemaVersion()
{
    PGconn *conn = acquire();
    try {
        const int v = readSchemaVersion(conn);
        release(conn);
        return v;
    } catch (...) {
        release(conn);
        throw;
    }
}

void PostgresHubStorage::migrate(Schema schema)
{
    PGconn *conn = acquire();
    try {
        simple(conn, "BEGIN; SELECT pg_advisory_xact_lock(1131310708)");
        const int version = readSchemaVersion(conn);
        if (version > SchemaVersion)
            throw StorageError("the database was written by a newer hub (schema " + std::to_string(version) + ", this hub knows "
                               + std::to_string(SchemaVersion) + ")");
        if (version < SchemaVersion && schema != Schema::Migrate)
            throw StorageError("the database's hub schema is " + std::to_string(version) + ", this hub needs "
                               + std::to_string(SchemaVersion) + ": run `continuite-hub admin migrate --database URL` first");
        if (version < 1)
            simple(conn, "CREATE TABLE hub_schema(version integer NOT NULL, applied timestamptz NOT NULL DEFAULT now())");
        for (int v = version; v < SchemaVersion; ++v) {
            simple(conn, Migrations[v]);
            if (v + 1 == 3)
                moveLegacyCounters(conn);
            const QByteArray next = QByteArray::number(v + 1);
            const char *values[] = {next.constData()};
            g_statementsSent.fetch_add(1, std::memory_order_relaxed);
            PGresult *raw = PQexecParams(conn, "INSERT INTO hub_schema(version) VALUES($1::integer)", 1, nullptr, values,
                                         nullptr, nullptr, 0);
            Result r(raw);
            check(conn, r, raw, "cannot record the schema version");
        }
        simple(conn, "COMMIT");
        checkOrigin(conn);
        {
            std::lock_guard lock(m_poolMutex);
            m_checkOrigin = true;
        }
        release(conn);
    } catch (...) {
        PQclear(PQexec(conn, "ROLLBACK"));
        release(conn);
        throw;
    }
}

void PostgresHubStorage::checkOrigin(pg_conn *conn)
{
    auto one = [&](const char *sql, const QByteArrayList &params = {}) {
        std::vector<const char *> values;
        for (const QByteArray &p : params)
            values.push_back(p.constData());
        g_statementsSent.fetch_add(1, std::memory_order_relaxed);
        PGresult *raw = PQexecParams(conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
        auto r = std::make_unique<Result>(raw);
        check(conn, *r, raw, "cannot check where the database is");
        return r;
    };
    try {
        simple(conn, "BEGIN; SELECT pg_advisory_xact_lock(1131310708)");
        // Where the database is: its cluster (a dump restored elsewhere), the timeline it writes on (a point-in-time
        // recovery or a promoted replica starts a new one), its oid (a dump restored into a new database).
        const QByteArray origin = one("SELECT s.system_identifier::text || '/' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8) "
                                      "|| '/' || d.oid::text FROM pg_control_system() s, pg_database d "
                                      "WHERE d.datname = current_database()")
                                      ->str(0, 0)
                                      .toUtf8();
        const auto known = one("SELECT origin, epoch FROM cursor_epoch");
        if (!known->rows()) {
            one("INSERT INTO cursor_epoch(epoch, origin) VALUES(0, $1)", {origin});
        } else if (known->str(0, 0).toUtf8() != origin) {
            // Put back: the log may have lost its end, which devices hold with cursors past it. A new epoch makes
            // every device pull again from the start (PROTOCOL.md, "The cursor"), never skip what comes next.
            const qint64 epoch = qint64(QRandomGenerator::system()->generate64() >> 2) | 1;
            // Entries from another cluster carry that cluster's transaction ids: above this one's, they would be held
            // back (or served out of order) for ever. They all come before anything written here: xid 0.
            if (one("SELECT coalesce((SELECT max(xid) FROM changes), '0') >= pg_current_xact_id() "
                    "OR coalesce((SELECT max(joined_xid) FROM memberships), '0') >= pg_current_xact_id()")
                    ->flag(0, 0)) {
                qCWarning(lcHub) << "the database's log comes from another PostgreSQL cluster: its entries take xid 0";
                simple(conn, "UPDATE changes SET xid = '0' WHERE xid <> '0'; "
                             "UPDATE memberships SET joined_xid = '0' WHERE joined_xid <> '0'");
            }
            one("UPDATE cursor_epoch SET epoch = $1::text::bigint, origin = $2", {QByteArray::number(epoch), origin});
            qCWarning(lcHub) << "the database was put back (restored, recovered or failed over): a new cursor epoch,"
                             << "every device pulls again from the start";
        }
        simple(conn, "COMMIT");
    } catch (...) {
        PQclear(PQexec(conn, "ROLLBACK"));
        throw;
    }
}

void PostgresHubStorage::write(const std::function<void(HubTransaction &)> &fn)
{
    std::set<int> skipped;
    int deadlocks = 0;
    std::map<qint64, QString> learnt; // the locks of this write, taken first when it runs again (RetryInOrder)
    int orderedRuns = 0;
    PGconn *conn = acquire();
    try {
        for (;;) {
            try {
                PostgresTransaction tx(conn, true, skipped, m_statementTimeoutMs, m_idleTimeoutMs);
                tx.takeInOrder(learnt, orderedRuns < MaxOrderedRuns);
                fn(tx);
                tx.commit();
                break;
            } catch (const RetryWithout &retry) {
                rollback(conn);
                skipped.insert(retry.index);
                if (skipped.size() > size_t(MaxChangesRetriedWithout))
                    throw StorageError("too many changes of one request tripped the database");
            } catch (const RetryInOrder &retry) {
                rollback(conn);
                learnt.insert(retry.locks.begin(), retry.locks.end());
                ++orderedRuns;
                qCDebug(lcHub) << "a write runs again to take its" << learnt.size() << "locks in order";
            } catch (const RetryWhole &retry) {
                rollback(conn);
                if (++deadlocks > MaxDeadlockRetries)
                    throw StorageError("a write lost " + std::to_string(deadlocks) + " deadlocks in a row: " + retry.why);
                qCInfo(lcHub) << "a write lost a deadlock; it runs again:" << retry.why.c_str();
            } catch (const NotIsolated &failed) {
                rollback(conn);
                throw StorageError("query failed: " + failed.why);
            } catch (...) {
                rollback(conn);
                throw;
            }
        }
    } catch (...) {
        release(conn);
        throw;
    }
    release(conn);
}

void PostgresHubStorage::read(const std::function<void(HubTransaction &)> &fn)
{
    static const std::set<int> none;
    PGconn *conn = acquire();
    try {
        const int timeout = m_statementTimeoutMs;
        bool lazy = true; // a statement alone first (PostgresTransaction::execAlone())
        for (int attempt = 0;; ++attempt) {
            std::optional<PostgresTransaction> tx;
            try {
                tx.emplace(conn, false, none, timeout, m_idleTimeoutMs, attempt < MaxSnapshotRetries, lazy);
                fn(*tx);
                tx->commit();
                break;
            } catch (const RetryInTransaction &) {
                lazy = false; // nothing to roll back: no transaction was begun
                --attempt;
            } catch (const RetrySnapshot &) {
                if (tx->begun())
                    rollback(conn);
            } catch (const RetryWhole &retry) {
                rollback(conn);
                throw StorageError(retry.why); // a read is not run again: the client asks again
            } catch (...) {
                if (!tx || tx->begun())
                    rollback(conn);
                throw;
            }
        }
    } catch (...) {
        release(conn);
        throw;
    }
    release(conn);
}

} // namespace Continuite::Hub
