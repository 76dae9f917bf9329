// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Packs made by someone who means harm (issue 11, point 9 and the hunt that followed): each attack goes
// through the real importer (in-process, or the real CLI when it used to hang, under a deadline), beside the
// genuine pack that still goes in. Real stores on disk, real SQLite files, real signatures.
#include "classroom.h"

#include "content/secrets.h"
#include "sync/bundle/packdatabase.h"
#include "tests/storeinternals.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;
using namespace BundleTest;

namespace {

/// How long the real CLI may take over one pack before the test calls it hung (a genuine import takes seconds).
constexpr int CliDeadlineMs = 90'000;

struct CliRun
{
    bool finished = false;
    int status = -1;
    QJsonObject json;
    QString err;
};

/// The real `continuite-cli`, killed if it has not answered by the deadline.
CliRun cli(const QString &dataDir, const QStringList &args, const QString &secret = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!secret.isEmpty())
        env.insert(u"CONTINUITE_SECRET"_s, secret);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CONTINUITE_BINARY_DIR "/app/cli/continuite-cli"), QStringList{u"--data"_s, dataDir} + args + QStringList{u"--json"_s});
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(CliDeadlineMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.finished = true;
    r.status = p.exitCode();
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// Runs SQL on a pack file as a forger would, with a plain SQLite connection.
void sqlOn(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"forger"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"forger"_s);
}

/// The seal value of a pack this test made itself (read before the forger changes anything).
QString sealValueOf(const QString &path)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(u"SELECT value FROM manifest WHERE key = 'sha256'"_s, db);
            if (q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return value;
}

/// A forger's seal: the SHA-256 of the file with the seal read as zeros (FORMAT.md says how; nothing is secret).
void reseal(const QString &path, const QString &sealValue)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const qsizetype offset = bytes.indexOf(sealValue.toLatin1());
    QVERIFY(offset > 0);
    bytes.replace(offset, 64, QByteArray(64, '0'));
    const QByteArray seal = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QVERIFY(f.seek(offset));
    QCOMPARE(f.write(seal), 64);
}

/// Edits a genuine pack with SQL and seals it again, as a careful forger would.
void forge(const QString &path, const QStringList &statements)
{
    const QString seal = sealValueOf(path);
    QVERIFY(!seal.isEmpty());
    sqlOn(path, statements);
    reseal(path, seal);
}

/// A class pack, then a student device that imported it (the target of the next pack).
struct Target
{
    Classroom room;
    QString classPack;
    std::unique_ptr<Device> lea;

    Target()
    {
        classPack = room.exportClassPack();
        lea = room.studentDevice(room.lea, classPack);
    }
};

} // namespace

class TestHostilePack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writerAndReaderAgreeOnTheSchema()
    {
        // The reader accepts exactly what the writer writes: its expected SQL is what sqlite_master keeps.
        Classroom room;
        const QString pack = room.exportClassPack();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema"_s);
        db.setDatabaseName(pack);
        QVERIFY(db.open());
        {
            QSqlQuery q(u"SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rootpage"_s, db);
            QList<std::pair<QString, QString>> found;
            while (q.next())
                found.append({q.value(0).toString(), q.value(1).toString()});
            QCOMPARE(found, PackDatabase::tables());
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"schema"_s);
    }

    void recursiveViewDoesNotHang()
    {
        // Point 9: 4 KB whose `manifest` is a view over a recursive query that never ends and never yields a row.
        QTemporaryDir dir;
        const QString bomb = dir.filePath(u"classe.continuite"_s);
        sqlOn(bomb, {u"PRAGMA page_size = 1024"_s, u"PRAGMA application_id = 1131376244"_s, u"PRAGMA user_version = 1"_s,
                     u"CREATE VIEW manifest (key, value) AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) "
                     "SELECT 'format', 'continuite-bundle' FROM r WHERE i < 0"_s});
        QVERIFY(QFileInfo(bomb).size() <= 4096);
        const CliRun run = cli(dir.filePath(u"device"_s), {u"bundle"_s, u"import"_s, bomb});
        QVERIFY2(run.finished, "importing the pack did not finish: SQLite is running the pack's own query");
        QCOMPARE(run.status, 1);
        QVERIFY2(run.json.value(u"error"_s).toString().contains(u"tables or code that a pack never holds"_s), qPrintable(run.err));

        // The same trap inside a genuine, resealed class pack: the real table renamed, the view in its place.
        Classroom room;
        const QString trapped = room.exportClassPack(u"trap.continuite"_s);
        forge(trapped, {u"ALTER TABLE manifest RENAME TO kept"_s,
                        u"CREATE VIEW manifest (key, value) AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) "
                        "SELECT key, value FROM kept, r"_s});
        const CliRun trap = cli(dir.filePath(u"device"_s), {u"bundle"_s, u"import"_s, trapped});
        QVERIFY2(trap.finished, "importing the pack did not finish");
        QCOMPARE(trap.status, 1);
        QVERIFY2(trap.json.value(u"error"_s).toString().contains(u"tables or code that a pack never holds"_s), qPrintable(trap.err));

        // Positive control: the genuine pack, through the same command, is read whole — refused only because no
        // one on this empty device is in the class.
        const CliRun genuine = cli(dir.filePath(u"device"_s), {u"bundle"_s, u"import"_s, room.exportClassPack()});
        QVERIFY(genuine.finished);
        QCOMPARE(genuine.status, 1);
        QVERIFY2(genuine.json.value(u"error"_s).toString().contains(u"no one on this device is in it"_s), qPrintable(genuine.err));
    }

    void unexpectedSchemaRefused_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::newRow("an extra table") << QStringList{u"CREATE TABLE notes (x TEXT)"_s};
        QTest::newRow("an extra column") << QStringList{u"ALTER TABLE changes ADD COLUMN note TEXT"_s};
        QTest::newRow("an index on an expression") << QStringList{u"CREATE INDEX slow ON changes (length(body) * 2)"_s};
        QTest::newRow("a view") << QStringList{u"CREATE VIEW everything AS SELECT * FROM changes"_s};
        QTest::newRow("a trigger") << QStringList{u"CREATE TRIGGER t AFTER INSERT ON changes BEGIN DELETE FROM blobs; END"_s};
        QTest::newRow("a table's SQL changed") << QStringList{u"ALTER TABLE blobs RENAME COLUMN mime TO kind"_s};
    }

    void unexpectedSchemaRefused()
    {
        // Nothing in sqlite_master but the four tables and their keys' indexes, each with exactly its SQL.
        QFETCH(QStringList, sql);
        Target t;
        const QString bad = t.room.path(u"bad.continuite"_s);
        QVERIFY(QFile::copy(t.classPack, bad));
        forge(bad, sql);
        const QString before = t.lea->fingerprint();
        auto refused = BundleImporter(*t.lea->store).import(bad);
        QVERIFY2(!refused, "a pack with a foreign schema was imported");
        QVERIFY2(refused.error().contains(u"tables or code that a pack never holds"_s), qPrintable(refused.error()));
        QCOMPARE(t.lea->fingerprint(), before);
        // Positive control: the genuine pack goes in.
        auto genuine = BundleImporter(*t.lea->store).import(t.classPack);
        QVERIFY2(genuine, qPrintable(genuine.error()));
        QCOMPARE((*t.lea)->lessons().size(), 1);
    }

    void stepBudgetStopsSQLite()
    {
        // The backstop behind the schema check: SQLite stops when a pack makes it work longer than its budget.
        Classroom room;
        const QString pack = room.exportClassPack();
        auto starved = BundleFile::read(pack, 50);
        QVERIFY(!starved);
        QVERIFY2(starved.error().contains(u"work far longer than a pack of its size needs"_s), qPrintable(starved.error()));
        // Positive control: the budget a pack of this size gets is far more than it needs.
        auto read = BundleFile::read(pack);
        QVERIFY2(read, qPrintable(read.error()));
        QVERIFY(read->changes.size() >= 5);
    }

    void oversizedAndOvercrowdedPacksRefused_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("reason");
        // A change padded with 20 MB of JSON whitespace: valid JSON, a valid signature (it signs the canonical form).
        QTest::newRow("a 20 MB change") << u"padded"_s << u"larger than a pack may carry"_s;
        // A manifest with thousands of entries, or counts no pack may have.
        QTest::newRow("a crowded manifest") << u"manifest"_s << u"is not a Continuité bundle"_s;
        QTest::newRow("a count no pack may have") << u"count"_s << u"more than a pack may"_s;
        // Rows beyond what the manifest declares are not read (the count check used to come after reading them all).
        QTest::newRow("more rows than declared") << u"extraKeys"_s << u"does not hold what its manifest says"_s;
    }

    void oversizedAndOvercrowdedPacksRefused()
    {
        QFETCH(QString, attack);
        QFETCH(QString, reason);
        Target t;
        const QString bad = t.room.path(u"bad.continuite"_s);
        QVERIFY(QFile::copy(t.classPack, bad));
        if (attack == u"padded") {
            forge(bad, {u"UPDATE changes SET body = substr(body, 1, length(body) - 1) || printf('%.*c', 20000000, ' ') || '}' "
                        "WHERE seq = (SELECT min(seq) FROM changes WHERE body LIKE '%\"lesson\"%')"_s});
        } else if (attack == u"manifest") {
            forge(bad, {u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                        "INSERT INTO manifest (key, value) SELECT 'junk' || i, 'x' FROM n"_s});
        } else if (attack == u"count") {
            forge(bad, {u"UPDATE manifest SET value = '900000000' WHERE key = 'changes'"_s});
        } else if (attack == u"extraKeys") {
            forge(bad, {u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                        "INSERT INTO device_keys (device, public_key, person) SELECT lower(hex(randomblob(16))), 'AAAA', 'x' FROM n"_s});
        }
        const QString before = t.lea->fingerprint();
        auto refused = BundleImporter(*t.lea->store).import(bad);
        QVERIFY2(!refused, "the pack was imported");
        QVERIFY2(refused.error().contains(reason), qPrintable(refused.error()));
        QCOMPARE(t.lea->fingerprint(), before);
        auto genuine = BundleImporter(*t.lea->store).import(t.classPack);
        QVERIFY2(genuine, qPrintable(genuine.error()));
    }

    void fileNoChangeUsesRefused()
    {
        // The blobs table is not signed: whoever carries the stick adds a file (hash correct) no change names.
        Target t;
        const QString bad = t.room.path(u"stuffed.continuite"_s);
        QVERIFY(QFile::copy(t.classPack, bad));
        const QByteArray junk(200 * 1024, 'j');
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(junk, QCryptographicHash::Sha256).toHex());
        forge(bad, {u"INSERT INTO blobs (sha256, mime, bytes) VALUES ('%1', 'application/octet-stream', '%2')"_s
                        .arg(sha, QString::fromLatin1(junk)),
                    u"UPDATE manifest SET value = value + 1 WHERE key = 'blobs'"_s});
        const QString before = t.lea->fingerprint();
        auto refused = BundleImporter(*t.lea->store).import(bad);
        QVERIFY2(!refused, "a file nobody sent was stored");
        QVERIFY2(refused.error().contains(u"none of its changes uses"_s), qPrintable(refused.error()));
        QCOMPARE(t.lea->fingerprint(), before);
        QVERIFY(!(*t.lea)->media().contains(sha));
        // Positive control: the pack's own file, which its lesson names, goes in.
        auto genuine = BundleImporter(*t.lea->store).import(t.classPack);
        QVERIFY2(genuine, qPrintable(genuine.error()));
        QCOMPARE(genuine->mediaAdded, 1);
    }

    void pinHashWithHostileCostDoesNotHang()
    {
        // A one-student pack whose PIN hash asks argon2id for 2³²−1 passes: checking the PIN on a device that
        // never met the hub would take days. Its signature is genuine (the maker's own device made it).
        Classroom room;
        const QString hash = StoreInternals::database(*room.teacher)
                                 .scalar(u"SELECT pin_hash FROM members WHERE person = ?"_s, {room.lea.member.personId})
                                 .toString();
        QVERIFY(Secrets::isOwnHash(hash));
        QString hostile = hash;
        hostile.replace(QRegularExpression(u",t=\\d+,"_s), u",t=4294967295,"_s);
        QVERIFY(hostile != hash);
        QVERIFY(!Secrets::isOwnHash(hostile));
        QVERIFY(StoreInternals::database(*room.teacher).exec(u"UPDATE members SET pin_hash = ? WHERE person = ?"_s, {hostile, room.lea.member.personId}));
        auto forLea = BundleExporter(*room.teacher.store).exportStudentPack(room.lea.member.login, room.path(u"lea.continuite"_s));
        QVERIFY2(forLea, qPrintable(forLea.error()));
        auto forNoe = BundleExporter(*room.teacher.store).exportStudentPack(room.noe.member.login, room.path(u"noe.continuite"_s));
        QVERIFY2(forNoe, qPrintable(forNoe.error()));

        QTemporaryDir laptop;
        const CliRun run = cli(laptop.path(), {u"bundle"_s, u"import"_s, forLea->path, u"--login"_s, room.lea.member.login, u"--pin-stdin"_s},
                               room.lea.pin);
        QVERIFY2(run.finished, "checking the PIN against the pack's hash did not finish");
        QCOMPARE(run.status, 1);
        QVERIFY2(run.json.value(u"error"_s).toString().contains(u"cannot check your PIN"_s), qPrintable(run.err));
        // Positive control: Noé's pack, made the same way with a hash the app made, starts the same laptop.
        const CliRun noe = cli(laptop.path(), {u"bundle"_s, u"import"_s, forNoe->path, u"--login"_s, room.noe.member.login, u"--pin-stdin"_s},
                               room.noe.pin);
        QVERIFY(noe.finished);
        QVERIFY2(noe.status == 0, qPrintable(noe.err + QString::fromUtf8(QJsonDocument(noe.json).toJson())));
    }

    void removedStudentsLeaveOnlyTheirRemoval()
    {
        // Point 14: a class pack goes to every household; a removed student's name, login code and row stay home.
        Target t;
        QVERIFY(BundleImporter(*t.lea->store).import(t.classPack));
        auto noe = t.room.studentDevice(t.room.noe, t.classPack);
        QVERIFY(BundleImporter(*noe->store).import(t.classPack));
        QVERIFY((*noe)->isMemberOf(t.room.schoolClass.meta.id));
        QVERIFY(t.room.teacher->removeMember(t.room.noe.member.meta.id));

        const QString next = t.room.exportClassPack(u"2.continuite"_s);
        auto contents = BundleImporter(*t.room.teacher.store).inspect(next);
        QVERIFY2(contents, qPrintable(contents.error()));
        int removed = 0;
        for (const Change &c : contents->changes) {
            if (c.kind != u"member" || c.row != t.room.noe.member.meta.id)
                continue;
            ++removed;
            QCOMPARE(c.fields, (QJsonObject{{u"deleted"_s, true}}));
        }
        QCOMPARE(removed, 1);
        QFile raw(next);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY2(!bytes.contains(t.room.noe.member.login.toUtf8()), "the removed student's login code is in the pack");
        QVERIFY2(!bytes.contains(t.room.noe.member.displayName.toUtf8()), "the removed student's name is in the pack");

        // Noé's own device learns he left; Léa's still has her class (positive control), and not Noé.
        auto onNoe = BundleImporter(*noe->store).import(next);
        QVERIFY2(onNoe, qPrintable(onNoe.error()));
        QVERIFY(!(*noe)->isMemberOf(t.room.schoolClass.meta.id));
        auto onLea = BundleImporter(*t.lea->store).import(next);
        QVERIFY2(onLea, qPrintable(onLea.error()));
        QVERIFY((*t.lea)->isMemberOf(t.room.schoolClass.meta.id));
        QCOMPARE((*t.lea)->members(t.room.schoolClass.meta.id).size(), 2);
        QCOMPARE((*t.lea)->lessons().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHostilePack)
#include "tst_hostilepack.moc"
