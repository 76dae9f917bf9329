// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The hub on PostgreSQL (issue 12), what only PostgreSQL has: its schema versions and `admin migrate`, a batch in
// which one change trips the database (no savepoint per change), and times from the database's clock. The rules
// themselves run on both backends: the hub's tests run a second time on PostgreSQL (`ctest -L postgres`).
#include "hubtestkit.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <libpq-fe.h>

using namespace HubTest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run hubCommand(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(CONTINUITE_HUB_EXE), args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// An empty database of its own (no schema), dropped after.
struct EmptyDatabase
{
    QString server = testPostgresServer();
    QString name = u"hub_%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
    QString url = PostgresHubStorage::createOrDropDatabase(server, name, true);
    ~EmptyDatabase() { PostgresHubStorage::createOrDropDatabase(server, name, false); }
};

/// Runs one statement as the database's owner would by hand (psql): what no hub command does.
bool byHand(const QString &url, const char *sql)
{
    PGconn *conn = PQconnectdb(url.toUtf8().constData());
    PGresult *r = PQexec(conn, sql);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok)
        qWarning() << PQerrorMessage(conn);
    PQclear(r);
    PQfinish(conn);
    return ok;
}

/// `continuite-hub serve` on a free loopback port, under libfaketime when @p clockOffset is set.
class Serve
{
public:
    ~Serve() { stop(); }
    bool start(const QStringList &storageArgs, const QString &clockOffset = {})
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const int port = probe.serverPort();
        probe.close();
        const QStringList command = QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)} + storageArgs;
        if (clockOffset.isEmpty()) {
            m_process.start(QStringLiteral(CONTINUITE_HUB_EXE), command);
        } else {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"DONT_FAKE_MONOTONIC"_s, u"1"_s); // the event loop's timeouts keep real time
            m_process.setProcessEnvironment(env);
            m_process.start(QStandardPaths::findExecutable(u"faketime"_s),
                            QStringList{u"-f"_s, clockOffset, QStringLiteral(CONTINUITE_HUB_EXE)} + command);
        }
        if (!m_process.waitForStarted())
            return false;
        QString out;
        while (!out.contains(u"listening"_s) && m_process.waitForReadyRead(30000))
            out += QString::fromUtf8(m_process.readAllStandardOutput());
        url = u"http://127.0.0.1:%1"_s.arg(port);
        return out.contains(u"listening"_s);
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(20000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }
    QString url;

private:
    QProcess m_process;
};

LogEntry entry(const QString &changeId, const QString &classId)
{
    return LogEntry{0, changeId, u"lesson"_s, newUuid(), classId, {}, u"author"_s, u"device"_s, u"2026-01-01T00:00:00.000Z"_s, "{}"};
}

} // namespace

class TestHubPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Only meaningful on PostgreSQL: run by hand, it asks for the cluster ctest starts (or is skipped: 77).
        if (qEnvironmentVariableIsEmpty("CONTINUITE_TEST_DATABASE"))
            qputenv("CONTINUITE_TEST_DATABASE", "postgresql");
        QVERIFY(!testPostgresServer().isEmpty());
    }

    /// School IT's commands on a new database: the hub refuses it until `admin migrate` made its schema, then
    /// serves it; a database written by a newer hub is refused by every command, migrate included.
    void schemaComesFromAdminMigrate()
    {
        EmptyDatabase db;
        QTemporaryDir files;
        const QStringList storage{u"--data"_s, files.path(), u"--database"_s, db.url};

        Run r = hubCommand(QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s} + storage);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"admin migrate --database"_s), qPrintable(r.err));
        r = hubCommand({u"admin"_s, u"add-teacher"_s, u"--database"_s, db.url, u"--login"_s, u"mme.roux"_s, u"--name"_s,
                        u"Mme Roux"_s, u"--password-stdin"_s},
                       "mot-de-passe-long");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"admin migrate"_s), qPrintable(r.err));

        r = hubCommand({u"admin"_s, u"migrate"_s, u"--database"_s, db.url});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"hub schema %1"_s.arg(PostgresHubStorage::SchemaVersion)), qPrintable(r.out));
        QCOMPARE(hubCommand({u"admin"_s, u"migrate"_s, u"--database"_s, db.url}).exitCode, 0); // again: nothing to do
        // The password never leaves the URL for the screen.
        QVERIFY(!PostgresHubStorage::displayUrl(u"postgresql://hub:secret@db.example/continuite"_s).contains(u"secret"_s));

        r = hubCommand({u"admin"_s, u"add-teacher"_s, u"--database"_s, db.url, u"--login"_s, u"mme.roux"_s, u"--name"_s,
                        u"Mme Roux"_s, u"--password-stdin"_s},
                       "mot-de-passe-long");
        QCOMPARE(r.exitCode, 0);
        {
            Serve hub;
            QVERIFY(hub.start(storage));
            Client teacher(hub.url);
            QVERIFY(teacher.login(u"mme.roux"_s, u"mot-de-passe-long"_s));
            const QString classId = newUuid();
            QCOMPARE(verdictOf(teacher.sync({change(u"class"_s, classId, classId, teacher, {{u"name"_s, u"5e A"_s}})})),
                     u"applied"_s);
        }
        r = hubCommand({u"admin"_s, u"devices"_s, u"--database"_s, db.url, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"devices"_s).toArray().size(), 1);

        // A newer hub upgraded the schema: this one touches nothing.
        QVERIFY(byHand(db.url, "INSERT INTO hub_schema(version) VALUES (99)"));
        r = hubCommand(QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s} + storage);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"newer hub"_s), qPrintable(r.err));
        r = hubCommand({u"admin"_s, u"migrate"_s, u"--database"_s, db.url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"newer hub"_s), qPrintable(r.err));
        QCOMPARE(hubCommand({u"admin"_s, u"devices"_s, u"--database"_s, db.url}).exitCode, 1);
    }

    /// More changes in one write than PostgreSQL's 64 cached subtransactions, two of which trip the database: the
    /// write runs again without each, the 98 others are stored once, and the two are reported undone. The control:
    /// the same write without them runs once and stores all.
    void aChangeThatTripsTheDatabaseIsLeftOutAlone()
    {
        EmptyDatabase db;
        PostgresHubStorage storage(db.url, PostgresHubStorage::Schema::Migrate, 2);
        const QString classId = newUuid();
        storage.write([&](HubTransaction &tx) { tx.appendChange(entry(u"taken"_s, classId)); });

        auto batch = [&](const QSet<int> &tripping, int *runs) {
            QList<bool> stored;
            storage.write([&](HubTransaction &tx) {
                ++*runs;
                stored.clear();
                for (int i = 0; i < 100; ++i)
                    stored << tx.isolated([&] { tx.appendChange(entry(tripping.contains(i) ? u"taken"_s : newUuid(), classId)); });
            });
            return stored;
        };
        int runs = 0;
        const QList<bool> control = batch({}, &runs);
        QCOMPARE(runs, 1);
        QCOMPARE(control.count(true), 100);

        runs = 0;
        const QList<bool> stored = batch({5, 70}, &runs);
        QCOMPARE(runs, 3);
        QCOMPARE(stored.count(false), 2);
        QVERIFY(!stored.at(5) && !stored.at(70));
        int inLog = 0;
        storage.read([&](HubTransaction &tx) { inLog = int(tx.changesAfter(0, -1, {classId}, {}, 1000).size()); });
        QCOMPARE(inLog, 1 + 100 + 98);
    }

    /// A school moves: its SQLite hub with a class (a roster, lessons edited twice, an assignment, a student's
    /// hand-in, rejected changes), synced by the teacher's and the student's devices, is copied into PostgreSQL and
    /// served from there. Both devices go on with their tokens and cursors and receive nothing (no re-pull), and a
    /// new change still goes from one to the other. Controls: an empty cursor on the new hub gets the whole log,
    /// byte for byte what the old hub gave; a second move into the now full database is refused.
    void aSchoolMovesWithoutAnyDeviceNoticing()
    {
        EmptyDatabase db;
        QTemporaryDir dir;
        QCOMPARE(hubCommand({u"admin"_s, u"add-teacher"_s, u"--data"_s, dir.path(), u"--login"_s, u"mme.petit"_s, u"--name"_s,
                             u"Mme Petit"_s, u"--password-stdin"_s},
                            "mot-de-passe-long")
                     .exitCode,
                 0);
        const QString classId = newUuid(), lesson = newUuid(), assignment = newUuid();
        QJsonArray oldLog;
        std::unique_ptr<Client> teacher, student;
        {
            Serve hub;
            QVERIFY(hub.start({u"--data"_s, dir.path()}));
            teacher = std::make_unique<Client>(hub.url);
            QVERIFY(teacher->login(u"mme.petit"_s, u"mot-de-passe-long"_s));
            const QString person = newUuid();
            QJsonObject r = teacher->sync(
                {change(u"class"_s, classId, classId, *teacher, {{u"name"_s, u"6e D"_s}}),
                 change(u"member"_s, newUuid(), classId, *teacher,
                        {{u"person"_s, person}, {u"role"_s, u"student"_s}, {u"display_name"_s, u"Inès"_s}, {u"login"_s, u"INES42"_s},
                         {u"pin_hash"_s, QString::fromLatin1(Crypto::hashSecret("4821", Crypto::Cost::Minimal))}}),
                 change(u"lesson"_s, lesson, classId, *teacher, {{u"title"_s, u"Les volcans"_s}, {u"status"_s, u"published"_s}}),
                 change(u"assignment"_s, assignment, classId, *teacher, {{u"title"_s, u"Devoir"_s}, {u"status"_s, u"published"_s}})});
            QCOMPARE(verdictOf(r, 3), u"applied"_s);
            QCOMPARE(verdictOf(teacher->sync({change(u"lesson"_s, lesson, classId, *teacher, {{u"title"_s, u"Les volcans d’Auvergne"_s}})})),
                     u"applied"_s);
            student = std::make_unique<Client>(hub.url);
            QVERIFY(student->login(u"INES42"_s, u"4821"_s));
            r = student->sync({change(u"submission"_s, newUuid(), classId, *student,
                                      {{u"assignment_id"_s, assignment}, {u"student"_s, student->id()}, {u"text"_s, u"Mon devoir"_s}}),
                               change(u"lesson"_s, newUuid(), classId, *student, {{u"title"_s, u"pas à moi"_s}})});
            QCOMPARE(verdictOf(r, 0), u"applied"_s);
            QCOMPARE(verdictOf(r, 1), u"rejected"_s);
            teacher->pullAll();
            student->pullAll();
            Client fresh(hub.url);
            QVERIFY(fresh.login(u"mme.petit"_s, u"mot-de-passe-long"_s));
            oldLog = fresh.pullAll();
            QVERIFY(oldLog.size() >= 6);
        }

        Run r = hubCommand({u"admin"_s, u"migrate-to-postgres"_s, u"--data"_s, dir.path(), u"--database"_s, db.url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"changes"_s) && r.out.contains(u"devices"_s), qPrintable(r.out));

        Serve hub;
        QVERIFY(hub.start({u"--data"_s, dir.path(), u"--database"_s, db.url}));
        auto moved = [&](const Client &before) {
            auto c = std::make_unique<Client>(hub.url);
            c->token = before.token;
            c->deviceId = before.deviceId;
            c->person = before.person;
            c->cursor = before.cursor;
            return c;
        };
        auto teacherNow = moved(*teacher), studentNow = moved(*student);
        QCOMPARE(teacherNow->pullAll().size(), 0);
        QCOMPARE(teacherNow->lastStatus, 200L);
        QCOMPARE(studentNow->pullAll().size(), 0);
        QCOMPARE(studentNow->lastStatus, 200L);
        // Life goes on: a new version of the lesson reaches the student, and only it.
        QCOMPARE(verdictOf(teacherNow->sync({change(u"lesson"_s, lesson, classId, *teacherNow, {{u"title"_s, u"Les volcans (suite)"_s}})})),
                 u"applied"_s);
        const QJsonArray news = studentNow->pullAll();
        QCOMPARE(news.size(), 1);
        QCOMPARE(news.at(0).toObject().value(u"row"_s).toString(), lesson);

        // Control: from an empty cursor, the new hub serves the old hub's whole log, then the new change.
        Client fresh(hub.url);
        QVERIFY(fresh.login(u"mme.petit"_s, u"mot-de-passe-long"_s));
        const QJsonArray newLog = fresh.pullAll();
        QCOMPARE(newLog.size(), oldLog.size() + 1);
        for (qsizetype i = 0; i < oldLog.size(); ++i)
            QCOMPARE(newLog.at(i).toObject(), oldLog.at(i).toObject());
        // Control: a school moves into an empty database only.
        r = hubCommand({u"admin"_s, u"migrate-to-postgres"_s, u"--data"_s, dir.path(), u"--database"_s, db.url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not empty"_s), qPrintable(r.err));
    }

    /// `received` and `last_seen` must agree across the hub processes of one database: they are the database's
    /// clock. A hub process whose clock is two hours ahead (libfaketime) still writes the right time; the control,
    /// the same hub on SQLite, writes its own wrong time (the test can fail).
    void timesAreTheDatabasesClock_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("postgresql") << true;
        QTest::newRow("sqlite (control)") << false;
    }
    void timesAreTheDatabasesClock()
    {
        QFETCH(bool, postgres);
        if (QStandardPaths::findExecutable(u"faketime"_s).isEmpty())
            QFAIL("faketime is not installed: scripts/deps.sh installs it (Debian package faketime)");
        EmptyDatabase db;
        QTemporaryDir files;
        QStringList storage{u"--data"_s, files.path()};
        if (postgres) {
            storage << u"--database"_s << db.url;
            QCOMPARE(hubCommand({u"admin"_s, u"migrate"_s, u"--database"_s, db.url}).exitCode, 0);
        }
        QCOMPARE(hubCommand(QStringList{u"admin"_s, u"add-teacher"_s, u"--login"_s, u"m.blanc"_s, u"--name"_s, u"M. Blanc"_s,
                                        u"--password-stdin"_s} + storage,
                            "mot-de-passe-long")
                     .exitCode,
                 0);
        Serve hub;
        QVERIFY(hub.start(storage, u"+2h"_s));
        Client teacher(hub.url);
        QVERIFY(teacher.login(u"m.blanc"_s, u"mot-de-passe-long"_s));
        const QString classId = newUuid();
        const QJsonObject reply = teacher.sync({change(u"class"_s, classId, classId, teacher, {{u"name"_s, u"4e C"_s}})});
        QCOMPARE(verdictOf(reply), u"applied"_s);
        const QDateTime received = QDateTime::fromString(reply.value(u"verdicts"_s).toArray().at(0).toObject().value(u"received"_s).toString(),
                                                         Qt::ISODateWithMs);
        QVERIFY(received.isValid());
        const Run devices = hubCommand(QStringList{u"admin"_s, u"devices"_s, u"--json"_s} + storage);
        const QDateTime lastSeen = QDateTime::fromString(
            QJsonDocument::fromJson(devices.out.toUtf8()).object().value(u"devices"_s).toArray().at(0).toObject().value(u"last_seen"_s).toString(),
            Qt::ISODateWithMs);
        QVERIFY2(lastSeen.isValid(), qPrintable(devices.out + devices.err));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 receivedAhead = now.secsTo(received), seenAhead = now.secsTo(lastSeen);
        if (postgres) {
            QVERIFY2(qAbs(receivedAhead) < 600, qPrintable(u"received %1 s from now"_s.arg(receivedAhead)));
            QVERIFY2(qAbs(seenAhead) < 600, qPrintable(u"last seen %1 s from now"_s.arg(seenAhead)));
        } else {
            QVERIFY2(receivedAhead > 6600, qPrintable(u"received %1 s from now"_s.arg(receivedAhead)));
            QVERIFY2(seenAhead > 6600, qPrintable(u"last seen %1 s from now"_s.arg(seenAhead)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHubPostgres)
#include "tst_hubpostgres.moc"
