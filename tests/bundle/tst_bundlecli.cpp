// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// `continuite-cli bundle export|import` as a teacher and a student would run it: the real binary, real files.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBundleCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int status = -1;
        QJsonObject json;
        QString err;
    };

    Run cli(const QString &data, const QStringList &args, const QString &secret = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!secret.isEmpty())
            env.insert(u"CONTINUITE_SECRET"_s, secret);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CONTINUITE_BINARY_DIR "/app/cli/continuite-cli"), QStringList{u"--data"_s, m_dir.filePath(data)} + args + QStringList{u"--json"_s});
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.status = p.exitCode();
        r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void teacherToStudentAndBack()
    {
        QCOMPARE(cli(u"prof"_s, {u"demo"_s, u"load"_s}).status, 0);
        const Run classes = cli(u"prof"_s, {u"--user"_s, u"mme.martin"_s, u"class"_s, u"list"_s}, u"demo-prof"_s);
        QCOMPARE(classes.status, 0);
        const QString classId = classes.json.value(u"classes"_s).toArray().first().toObject().value(u"id"_s).toString();
        const QString pack = m_dir.filePath(u"classe.continuite"_s);

        // Bad usage: a teacher says which pack (exit 2); a pack nobody on the device is in (exit 1).
        QCOMPARE(cli(u"prof"_s, {u"--user"_s, u"mme.martin"_s, u"bundle"_s, u"export"_s, u"--to"_s, pack}, u"demo-prof"_s).status, 2);
        const Run made = cli(u"prof"_s, {u"--user"_s, u"mme.martin"_s, u"bundle"_s, u"export"_s, u"--to"_s, pack, u"--class"_s, classId},
                             u"demo-prof"_s);
        QVERIFY2(made.status == 0, qPrintable(made.err));
        QCOMPARE(made.json.value(u"kind"_s).toString(), u"class"_s);
        QCOMPARE(made.json.value(u"files"_s).toInt(), 4);
        const Run nobody = cli(u"empty"_s, {u"bundle"_s, u"import"_s, pack});
        QCOMPARE(nobody.status, 1);
        QVERIFY2(nobody.json.value(u"error"_s).toString().contains(u"no one on this device"_s), qPrintable(nobody.err));

        // Léa's family laptop has never met the hub. The class pack cannot start it: it carries no PIN hash
        // (it goes to every household), so it cannot check hers — and nothing is made.
        const auto profilesOnLeaLaptop = [&] { return cli(u"lea"_s, {u"profile"_s, u"list"_s}).json.value(u"profiles"_s).toArray().size(); };
        const Run classFirst = cli(u"lea"_s, {u"bundle"_s, u"import"_s, pack, u"--login"_s, u"lea"_s, u"--pin-stdin"_s}, u"1234"_s);
        QCOMPARE(classFirst.status, 1);
        QVERIFY2(classFirst.json.value(u"error"_s).toString().contains(u"whole class"_s), qPrintable(classFirst.err));
        QCOMPARE(profilesOnLeaLaptop(), 0);
        const QString leaPack = m_dir.filePath(u"lea.continuite"_s);
        const Run forLea = cli(u"prof"_s, {u"--user"_s, u"mme.martin"_s, u"bundle"_s, u"export"_s, u"--to"_s, leaPack, u"--student"_s, u"lea"_s},
                               u"demo-prof"_s);
        QVERIFY2(forLea.status == 0, qPrintable(forLea.err));
        // A wrong PIN, a code that is not in the pack: one line each, nothing made.
        const Run wrongPin = cli(u"lea"_s, {u"bundle"_s, u"import"_s, leaPack, u"--login"_s, u"lea"_s, u"--pin-stdin"_s}, u"9999"_s);
        QCOMPARE(wrongPin.status, 1);
        QVERIFY2(wrongPin.json.value(u"error"_s).toString().contains(u"not the PIN"_s), qPrintable(wrongPin.err));
        const Run otherCode = cli(u"lea"_s, {u"bundle"_s, u"import"_s, leaPack, u"--login"_s, u"hugo"_s, u"--pin-stdin"_s}, u"5678"_s);
        QCOMPARE(otherCode.status, 1);
        QVERIFY2(otherCode.json.value(u"error"_s).toString().contains(u"no student with the login code"_s), qPrintable(otherCode.err));
        QCOMPARE(profilesOnLeaLaptop(), 0);
        QCOMPARE(cli(u"lea"_s, {u"bundle"_s, u"import"_s, leaPack, u"--pin-stdin"_s}, u"1234"_s).status, 2);

        // Her own pack and the PIN of her card: her profile, the class, the lessons and the files.
        const Run in = cli(u"lea"_s, {u"bundle"_s, u"import"_s, leaPack, u"--login"_s, u"LEA"_s, u"--pin-stdin"_s}, u"1234"_s);
        QVERIFY2(in.status == 0, qPrintable(in.err));
        QCOMPARE(in.json.value(u"for"_s).toString(), u"lea"_s);
        QCOMPARE(in.json.value(u"kind"_s).toString(), u"student"_s);
        QCOMPARE(in.json.value(u"files_added"_s).toInt(), 4);
        QCOMPARE(profilesOnLeaLaptop(), 1);
        // The same command again: her PIN opens her profile, nothing new; a wrong PIN is refused.
        const Run again = cli(u"lea"_s, {u"bundle"_s, u"import"_s, leaPack, u"--login"_s, u"lea"_s, u"--pin-stdin"_s}, u"1234"_s);
        QVERIFY2(again.status == 0, qPrintable(again.err));
        QCOMPARE(again.json.value(u"applied"_s).toInt(), 0);
        QCOMPARE(cli(u"lea"_s, {u"bundle"_s, u"import"_s, leaPack, u"--login"_s, u"lea"_s, u"--pin-stdin"_s}, u"9999"_s).status, 1);
        // The class pack is welcome afterwards: she is on the device now.
        const Run classAfter = cli(u"lea"_s, {u"bundle"_s, u"import"_s, pack});
        QVERIFY2(classAfter.status == 0, qPrintable(classAfter.err));
        const Run lessons = cli(u"lea"_s, {u"--user"_s, u"lea"_s, u"lesson"_s, u"list"_s}, u"1234"_s);
        QCOMPARE(lessons.json.value(u"lessons"_s).toArray().size(), 3);
        const QString assignment = cli(u"lea"_s, {u"--user"_s, u"lea"_s, u"assignment"_s, u"list"_s}, u"1234"_s)
                                       .json.value(u"assignments"_s).toArray().last().toObject().value(u"id"_s).toString();
        QCOMPARE(cli(u"lea"_s, {u"--user"_s, u"lea"_s, u"submit"_s, assignment, u"--text"_s, u"Le 8 : les parts égales."_s}, u"1234"_s).status, 0);
        const QString back = m_dir.filePath(u"retour.continuite"_s);
        const Run returned = cli(u"lea"_s, {u"--user"_s, u"lea"_s, u"bundle"_s, u"export"_s, u"--to"_s, back}, u"1234"_s);
        QVERIFY2(returned.status == 0, qPrintable(returned.err));
        QCOMPARE(returned.json.value(u"kind"_s).toString(), u"return"_s);

        // The demo put a profile of Léa on the teacher's computer too: she is a known person there, and her laptop a
        // device it never saw (issue 11, F3): her pack waits for the teacher's word, then comes in.
        const Run unconfirmed = cli(u"prof"_s, {u"bundle"_s, u"import"_s, back});
        QCOMPARE(unconfirmed.status, 1);
        QVERIFY2(unconfirmed.err.contains(u"--trust-new-device"_s), qPrintable(unconfirmed.err));
        const Run relayed = cli(u"prof"_s, {u"bundle"_s, u"import"_s, back, u"--trust-new-device"_s});
        QVERIFY2(relayed.status == 0, qPrintable(relayed.err));
        QCOMPARE(relayed.json.value(u"applied"_s).toInt(), 1);
        QCOMPARE(relayed.json.value(u"relay_queued"_s).toInt(), 1);
        // The teacher's roster now says when Léa was last in touch: when she made the pack, by USB.
        const Run roster = cli(u"prof"_s, {u"--user"_s, u"mme.martin"_s, u"student"_s, u"list"_s, u"--class"_s, classId}, u"demo-prof"_s);
        QVERIFY2(roster.status == 0, qPrintable(roster.err));
        int seen = 0;
        for (const QJsonValue &v : roster.json.value(u"members"_s).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(u"role"_s).toString() != u"student"_s)
                continue;
            if (m.value(u"login"_s).toString() == u"lea"_s) {
                const QDateTime at = QDateTime::fromString(m.value(u"last_contact"_s).toString(), Qt::ISODate);
                QVERIFY(at.isValid());
                QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
                QCOMPARE(m.value(u"last_contact_via"_s).toString(), u"usb"_s);
                ++seen;
            } else {
                QVERIFY(m.value(u"last_contact"_s).isNull()); // nobody else has been in touch
            }
        }
        QCOMPARE(seen, 1);
        const Run twice = cli(u"prof"_s, {u"bundle"_s, u"import"_s, back});
        QCOMPARE(twice.status, 0);
        QCOMPARE(twice.json.value(u"applied"_s).toInt(), 0);
        QCOMPARE(twice.json.value(u"relay_queued"_s).toInt(), 0);

        // A file that is not a pack: one line, exit 1.
        const Run junk = cli(u"prof"_s, {u"bundle"_s, u"import"_s, QStringLiteral(CONTINUITE_SOURCE_DIR "/README.md")});
        QCOMPARE(junk.status, 1);
        QVERIFY(junk.json.value(u"error"_s).toString().contains(u"not a Continuité bundle"_s));
    }
};

QTEST_GUILESS_MAIN(TestBundleCli)
#include "tst_bundlecli.moc"
