// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/database.h"
#include "content/store.h"
#include "tests/storeinternals.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Runs SQL on a file through a connection of its own, as another program would.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void newStoreHasCurrentSchemaAndPragmas()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"s.sqlite"_s));
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Database::CurrentVersion);
        QCOMPARE(db.value()->scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(db.value()->scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
        QVERIFY(db.value()->scalar(u"PRAGMA busy_timeout"_s).toInt() >= 5000);
    }

    // Each kind's fields must be columns of its table: the change log builds SQL from the kind table.
    void everyKindFieldIsAColumn()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"s.sqlite"_s));
        QVERIFY(db);
        for (const KindSpec &k : allKinds()) {
            QStringList columns;
            QSqlQuery &q = db.value()->prepare(u"SELECT name FROM pragma_table_info('%1')"_s.arg(k.table));
            QVERIFY(db.value()->exec(q));
            while (q.next())
                columns << q.value(0).toString();
            q.finish();
            for (const QString &c : {u"id"_s, u"class_id"_s, u"hlc"_s, u"author"_s, u"deleted"_s, u"clocks"_s})
                QVERIFY2(columns.contains(c), qPrintable(k.table + u'.' + c));
            for (const FieldSpec &f : k.fields)
                QVERIFY2(columns.contains(f.name), qPrintable(k.table + u'.' + f.name));
        }
    }

    void migratesFromEachEarlierVersionKeepingData_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Database::CurrentVersion; ++v)
            QTest::addRow("v%d", v) << v;
    }
    void migratesFromEachEarlierVersionKeepingData()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        QString lessonId;
        {
            Store::Options old;
            old.targetSchemaVersion = from;
            auto store = Store::open(dir.path(), old);
            QVERIFY2(store, qPrintable(store.error()));
            QCOMPARE(StoreInternals::database(*store.value()).schemaVersion(), from);
            Store &s = *store.value();
            auto t = s.addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret1"_s);
            QVERIFY(t);
            s.setCurrent(*t);
            auto c = s.createClass(u"5e A"_s);
            QVERIFY(c);
            auto l = s.createLesson({c->meta.id, u"Pythagore"_s, {}, u"avant"_s, {}, {}, {}, {}, {}, {}});
            QVERIFY(l);
            lessonId = l->meta.id;
        }
        auto store = Store::open(dir.path());
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(StoreInternals::database(*store.value()).schemaVersion(), Database::CurrentVersion);
        QVERIFY(QFile::exists(dir.filePath(u"continuite.sqlite.v%1.bak"_s.arg(from))));
        Store &s = *store.value();
        s.setCurrent(*s.profile(u"prof"_s));
        QCOMPARE(s.lesson(lessonId)->title, u"Pythagore"_s);
        QCOMPARE(s.status().pendingChanges, 3);
        // The backup is a complete store at the old version.
        auto backup = Database::open(dir.filePath(u"continuite.sqlite.v%1.bak"_s.arg(from)), from);
        QVERIFY(backup);
        QCOMPARE(backup.value()->scalar(u"SELECT count(*) FROM lessons"_s).toInt(), 1);
    }

    void pinnedKeysMoveFromMetaToTheirTable()
    {
        // Before schema 7 a device key learnt off a pack was one meta row per device ("bundle_device_key:<device>" =
        // "<person> <base64 key>"); from 7 on, one row per (device, person). The rows move, keys intact.
        QTemporaryDir dir;
        const QByteArray key(32, '\x05');
        {
            Store::Options old;
            old.targetSchemaVersion = 6;
            auto store = Store::open(dir.path(), old);
            QVERIFY2(store, qPrintable(store.error()));
            Database &db = StoreInternals::database(*store.value());
            QVERIFY(db.write([&]() -> Status {
                const bool ok = db.setMeta(u"bundle_device_key:laptop-1"_s, u"lea "_s + QString::fromLatin1(key.toBase64()))
                    && db.setMeta(u"bundle_device_key:"_s, u"nobody "_s + QString::fromLatin1(key.toBase64()))
                    && db.setMeta(u"bundle_device_key:junk"_s, u"no-space"_s) && db.setMeta(u"hlc"_s, u"kept"_s);
                return ok ? success() : Status::failure(db.lastError());
            }));
        }
        auto store = Store::open(dir.path());
        QVERIFY2(store, qPrintable(store.error()));
        Store &s = *store.value();
        QCOMPARE(StoreInternals::database(s).schemaVersion(), Database::CurrentVersion);
        QCOMPARE(s.sync().pinnedKey(u"laptop-1"_s, u"lea"_s).publicKey, key);
        QVERIFY(s.sync().knowsADeviceOf(u"lea"_s));
        QVERIFY(s.sync().deviceHasAnotherKey(u"laptop-1"_s, QByteArray(32, '\x06')));
        QCOMPARE(StoreInternals::database(s).scalar(u"SELECT count(*) FROM pinned_keys"_s).toInt(), 1);
        QCOMPARE(StoreInternals::database(s).scalar(u"SELECT count(*) FROM meta WHERE key LIKE 'bundle%'"_s).toInt(), 0);
        QCOMPARE(StoreInternals::database(s).meta(u"hlc"_s), u"kept"_s);
    }

    void failedMigrationRollsBackAndKeepsTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"continuite.sqlite"_s);
        {
            Store::Options old;
            old.targetSchemaVersion = 1;
            auto store = Store::open(dir.path(), old);
            QVERIFY(store);
        }
        // Something in the way of step 2 (a table of the same name): the step must fail whole.
        rawSql(path, {u"CREATE TABLE drafts (x)"_s, u"INSERT INTO drafts VALUES (1)"_s});
        auto store = Store::open(dir.path());
        QVERIFY(!store);
        QVERIFY2(store.error().contains(u"schema 2"_s), qPrintable(store.error()));
        auto db = Database::open(path, 1);
        QVERIFY(db);
        QCOMPARE(db.value()->schemaVersion(), 1);
        QCOMPARE(db.value()->scalar(u"SELECT count(*) FROM drafts"_s).toInt(), 1);
    }

    void refusesBadFilesUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("not sqlite") << QByteArray("this is a shopping list\n") << QStringList() << u"not a Continuité store"_s;
        QByteArray corrupt("SQLite format 3\0", 16);
        corrupt += QByteArray(4096, '\xAB');
        QTest::newRow("corrupt") << corrupt << QStringList() << u"damaged"_s;
        QTest::newRow("foreign") << QByteArray() << QStringList{u"CREATE TABLE photos (id)"_s} << u"another program"_s;
        QTest::newRow("newer") << QByteArray() << QStringList{u"CREATE TABLE meta (k)"_s, u"PRAGMA user_version = 99"_s} << u"newer version"_s;
    }
    void refusesBadFilesUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, sql);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"continuite.sqlite"_s);
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        } else {
            rawSql(path, sql);
        }
        const QByteArray before = fileHash(path);
        auto store = Store::open(dir.path());
        QVERIFY(!store);
        QVERIFY2(store.error().contains(message), qPrintable(store.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s) || QFile(path + u"-wal"_s).size() == 0);
    }

    void writeRollsBackOnFailure()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"s.sqlite"_s));
        QVERIFY(db);
        Database &d = *db.value();
        Status s = d.write([&]() -> Status {
            d.setMeta(u"a"_s, u"1"_s);
            return Status::failure(u"no"_s);
        });
        QVERIFY(!s);
        QCOMPARE(d.meta(u"a"_s, u"absent"_s), u"absent"_s);
        s = d.write([&]() -> Status {
            d.setMeta(u"a"_s, u"2"_s);
            if (!d.exec(u"INSERT INTO no_such_table VALUES (1)"_s))
                return d.sqlFailure(u"boom"_s);
            return success();
        });
        QVERIFY(!s);
        QCOMPARE(d.meta(u"a"_s, u"absent"_s), u"absent"_s);
        QVERIFY(d.write([&]() { return d.setMeta(u"a"_s, u"3"_s) ? success() : Status::failure(u"x"_s); }));
        QCOMPARE(d.meta(u"a"_s), u"3"_s);
    }

    void secondProcessWaitsInsteadOfFailing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        auto a = Database::open(path);
        auto b = Database::open(path);
        QVERIFY(a && b);
        // Two owners (as the app and the CLI would be) write in turn without "database is locked".
        for (int i = 0; i < 20; ++i) {
            QVERIFY(a.value()->write([&]() { return a.value()->setMeta(u"k"_s, QString::number(i)) ? success() : Status::failure(u"a"_s); }));
            QVERIFY(b.value()->write([&]() { return b.value()->setMeta(u"k2"_s, QString::number(i)) ? success() : Status::failure(u"b"_s); }));
        }
        QCOMPARE(a.value()->meta(u"k2"_s), u"19"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
