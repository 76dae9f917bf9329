// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A PIN hash is data a teacher's device sends: the hub accepts only the argon2id parameters the app itself
// produces, never computes any other, and a sign-in being hashed cannot keep the hub from stopping
// (issue 11, point 6).
#include "hubtestkit.h"

#include "content/secrets.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>
#include <thread>

using namespace HubTest;

namespace {

const QString Salt = u"c29tZXNhbHRzb21lc2FsdA"_s;                        // 16 bytes, base64 without padding
const QString Hash = u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;  // 32 bytes
const QString Hostile = u"$argon2id$v=19$m=8,t=4294967295,p=1$"_s + Salt + u'$' + Hash;

QJsonObject studentMember(Client &teacher, const QString &classId, const QString &login, const QString &pinHash)
{
    return change(u"member"_s, newUuid(), classId, teacher,
                  {{u"person"_s, newUuid()}, {u"role"_s, u"student"_s}, {u"display_name"_s, QString(u"Élève "_s + login)},
                   {u"login"_s, login}, {u"pin_hash"_s, pinHash}});
}

/// Replaces an account's stored hash behind the hub's back: what a hub from before this rule may hold.
bool storeHash(const QString &dataDir, const QString &login, const QString &hash)
{
    const QString name = u"inject-"_s + newUuid();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dataDir + u"/hub.sqlite"_s);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(u"UPDATE accounts SET secret_hash = ? WHERE login = ?"_s);
            q.addBindValue(hash.toLatin1());
            q.addBindValue(login);
            ok = q.exec() && q.numRowsAffected() == 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestHubPinHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheAppsParametersAreAccepted_data()
    {
        QTest::addColumn<QString>("pinHash");
        QTest::newRow("t = 2^32-1") << Hostile;
        QTest::newRow("m = 4 TiB") << u"$argon2id$v=19$m=4294967295,t=2,p=1$"_s + Salt + u'$' + Hash;
        QTest::newRow("m = 1 GiB") << u"$argon2id$v=19$m=1048576,t=2,p=1$"_s + Salt + u'$' + Hash;
        QTest::newRow("t = 3") << u"$argon2id$v=19$m=65536,t=3,p=1$"_s + Salt + u'$' + Hash;
        QTest::newRow("4 lanes") << u"$argon2id$v=19$m=65536,t=2,p=4$"_s + Salt + u'$' + Hash;
        QTest::newRow("argon2i") << u"$argon2i$v=19$m=65536,t=2,p=1$"_s + Salt + u'$' + Hash;
        QTest::newRow("version 16") << u"$argon2id$v=16$m=65536,t=2,p=1$"_s + Salt + u'$' + Hash;
        QTest::newRow("short salt") << u"$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$"_s + Hash;
        QTest::newRow("trailing text") << u"$argon2id$v=19$m=65536,t=2,p=1$"_s + Salt + u'$' + Hash + u"$x"_s;
        QTest::newRow("leading zeros") << u"$argon2id$v=19$m=065536,t=2,p=1$"_s + Salt + u'$' + Hash;
        QTest::newRow("not a hash") << u"$argon2id$ 1234"_s;
    }

    void onlyTheAppsParametersAreAccepted()
    {
        QFETCH(QString, pinHash);
        TestHub hub;
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        const QJsonObject r = teacher->sync({studentMember(*teacher, classId, u"code1"_s, pinHash)});
        QCOMPARE(teacher->lastStatus, 200L);
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY2(reasonOf(r).startsWith(u"invalid: field \"fields.pin_hash\""_s), qPrintable(reasonOf(r)));
        // Nobody can sign in with it, and the next honest sign-in is not kept waiting.
        Client student(hub.url());
        QVERIFY(!student.login(u"code1"_s, u"1234"_s));
        QVERIFY(Client(hub.url()).login(u"prof"_s, u"password-prof"_s));
    }

    void theAppsOwnHashIsAccepted()
    {
        // The positive control: a PIN hashed exactly as the teacher's app does it (content/secrets.cpp).
        TestHub hub;
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        const QString appHash = Secrets::hash(u"4821"_s);
        QVERIFY(appHash.startsWith(u"$argon2id$v=19$m=65536,t=2,p=1$"_s));
        QCOMPARE(verdictOf(teacher->sync({studentMember(*teacher, classId, u"code1"_s, appHash)})), u"applied"_s);
        Client student(hub.url());
        QVERIFY(student.login(u"code1"_s, u"4821"_s));
        // And the cheap parameters the tests and benches use (cheaper than the app's, so no risk).
        const QString minimal = QString::fromLatin1(Crypto::hashSecret("1357", Crypto::Cost::Minimal));
        QCOMPARE(verdictOf(teacher->sync({studentMember(*teacher, classId, u"code2"_s, minimal)})), u"applied"_s);
        QVERIFY(Client(hub.url()).login(u"code2"_s, u"1357"_s));
    }

    void aStoredHostileHashIsNeverComputed()
    {
        // A hub upgraded from before the rule may hold such a hash: signing in to it must not take a hashing
        // slot for days. Two such sign-ins used to hold both slots: everyone else got 429.
        TestHub hub;
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto student = hub.student(*teacher, classId, u"code1"_s, u"2468"_s);
        QVERIFY(storeHash(hub.dataDir(), u"code1"_s, Hostile));
        std::vector<std::thread> attempts;
        std::atomic<int> refused{0};
        for (int i = 0; i < 2; ++i)
            attempts.emplace_back([&] {
                Client c(hub.url());
                const HttpReply r = c.post(u"/v1/login"_s, {{u"login"_s, u"code1"_s}, {u"password"_s, u"0000"_s},
                                                            {u"device_id"_s, c.deviceId}});
                if (r.status == 401)
                    ++refused;
            });
        for (auto &t : attempts)
            t.join();
        QCOMPARE(refused.load(), 2);
        QVERIFY(Client(hub.url()).login(u"prof"_s, u"password-prof"_s));
    }

    void sigtermDuringSignInsStopsTheHub()
    {
        HubProcess hub;
        QCOMPARE(hub.admin({u"add-teacher"_s, u"--login"_s, u"prof"_s, u"--name"_s, u"Prof"_s, u"--password-stdin"_s},
                           "a long enough password\n"),
                 0);
        QVERIFY(hub.start());
        Client teacher(hub.url());
        QVERIFY(teacher.login(u"prof"_s, u"a long enough password"_s));
        const QString classId = newUuid();
        QCOMPARE(verdictOf(teacher.sync({change(u"class"_s, classId, classId, teacher, {{u"name"_s, u"5e A"_s}})})), u"applied"_s);
        QCOMPARE(verdictOf(teacher.sync({studentMember(teacher, classId, u"code1"_s, Secrets::hash(u"2468"_s))})), u"applied"_s);
        QVERIFY(storeHash(hub.dataDir(), u"code1"_s, Hostile));

        // Sign-ins keep arriving (the stored hostile hash, the teacher's real password: 64 MiB argon2id each)...
        std::atomic<bool> stop{false};
        std::atomic<int> answered{0};
        std::vector<std::thread> clients;
        for (int i = 0; i < 3; ++i)
            clients.emplace_back([&, i] {
                while (!stop) {
                    Client c(hub.url());
                    const bool hostile = i == 0;
                    const HttpReply r = c.post(u"/v1/login"_s, {{u"login"_s, hostile ? u"code1"_s : u"prof"_s},
                                                                {u"password"_s, hostile ? u"0000"_s : u"a long enough password"_s},
                                                                {u"device_id"_s, c.deviceId}});
                    if (r.status > 0)
                        ++answered;
                    else
                        break; // the hub is gone
                }
            });
        QTRY_VERIFY_WITH_TIMEOUT(answered.load() >= 3, 30000);
        // ...and SIGTERM arrives while they are being hashed: the hub stops within its grace period (15 s).
        ::kill(pid_t(hub.pid()), SIGTERM);
        const bool exited = hub.process().waitForFinished(40000);
        stop = true;
        if (!exited)
            hub.kill();
        for (auto &t : clients)
            t.join();
        QVERIFY2(exited, "the hub did not stop within 40 s of SIGTERM");
        QCOMPARE(hub.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(hub.process().exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHubPinHash)
#include "tst_hubpinhash.moc"
