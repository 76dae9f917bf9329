// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Who pays for a record (found by the attack review of the record quota, SECURITY.md "Quotas"). Before: a change
// signed by a key a teacher vouched for was charged to the student it names. So a teacher who invented pupils (her
// own class, made-up accounts), vouched keys for them and relayed "their" work got a fresh record quota with each
// one; and a teacher who taught a pupil in one class could fill that pupil's quota for life with junk she never wrote.
// Now such a change is charged to the teacher who vouched, vouches are counted and charged, and a teacher creates a
// bounded number of student accounts. `continuite-hub admin usage` shows and resets what a person takes.
#include "hubtestkit.h"

#include <QProcess>

using namespace HubTest;

namespace {

/// A student account on @p classId created by @p teacher, never signed in (an invented pupil, or one whose work
/// comes by USB only); her person id.
QString rosterOnlyStudent(Client &teacher, const QString &classId, const QString &name, QString *verdict = nullptr,
                          QString *reason = nullptr)
{
    const QString person = newUuid();
    const QJsonObject r = teacher.sync({change(u"member"_s, newUuid(), classId, teacher,
                                               {{u"person"_s, person}, {u"role"_s, u"student"_s}, {u"display_name"_s, name}})});
    if (verdict)
        *verdict = verdictOf(r);
    if (reason)
        *reason = reasonOf(r);
    return person;
}

QJsonObject handIn(const KeyedDevice &device, const QString &classId, const QString &assignment, const QString &person,
                   const QString &text)
{
    return device.signedChange(u"submission"_s, newUuid(), classId, person,
                               {{u"assignment_id"_s, assignment}, {u"student"_s, person}, {u"text"_s, text}});
}

QString publishAssignment(Client &teacher, const QString &classId)
{
    const QString id = newUuid();
    const QJsonObject r = teacher.sync({change(u"assignment"_s, id, classId, teacher,
                                               {{u"title"_s, u"Devoir"_s}, {u"status"_s, u"published"_s}})});
    if (verdictOf(r) != u"applied"_s)
        qWarning() << "assignment refused" << r;
    return id;
}

} // namespace

class TestQuotaCharge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inventedPupilsBringNoFreshQuota()
    {
        HubLimits limits;
        limits.teacherRecordQuotaBytes = 64 * 1024;
        limits.recordQuotaBytes = 1024 * 1024;
        TestHub hub(limits);
        KeyedDevice pc;
        auto teacher = hub.keyedTeacher(u"prof"_s, pc);
        const QString classId = hub.createClass(*teacher);
        const QString assignment = publishAssignment(*teacher, classId);
        // Ten invented pupils, each with a key vouched for, each "handing in" 16 KiB: 160 KiB through a 64 KiB quota.
        // Her roster rows are hers to pay too: made first, while her quota has room.
        QStringList invented;
        for (int i = 0; i < 10; ++i)
            invented << rosterOnlyStudent(*teacher, classId, u"Inventé %1"_s.arg(i));
        int applied = 0, refused = 0;
        for (const QString &person : std::as_const(invented)) {
            const KeyedDevice madeUp;
            const QJsonObject r = relay(*teacher, {vouch(pc, madeUp.deviceId, person, madeUp.keys.publicKey)},
                                        {handIn(madeUp, classId, assignment, person, QString(16 * 1024, u'j'))});
            if (verdictOf(r) == u"applied"_s) {
                ++applied;
            } else {
                QVERIFY2(reasonOf(r).startsWith(u"quota:"_s) && reasonOf(r).contains(teacher->id()), qPrintable(reasonOf(r)));
                ++refused;
            }
        }
        // Positive control: what fits in her own quota went in (the first few); the rest is hers to pay, refused.
        QVERIFY2(applied >= 1 && applied <= 3, qPrintable(u"%1 hand-ins of 16 KiB relayed on a 64 KiB quota"_s.arg(applied)));
        QCOMPARE(applied + refused, 10);
        // A pupil who signed in herself pays for her own work, relayed or not (her device's key is her own word).
        auto real = hub.student(*teacher, classId, u"vraie"_s);
        KeyedDevice tablet;
        QVERIFY(!keyedLogin(hub.url(), u"vraie"_s, u"4821"_s, tablet)->token.isEmpty());
        QCOMPARE(verdictOf(relay(*teacher, {}, {handIn(tablet, classId, assignment, real->id(), QString(16 * 1024, u'v'))})),
                 u"applied"_s);
    }

    void aTeacherCreatesABoundedNumberOfAccounts()
    {
        HubLimits limits;
        limits.maxStudentsPerTeacher = 3;
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        QString verdict, reason;
        QStringList pupils;
        for (int i = 0; i < 3; ++i) { // positive control: her pupils
            pupils << rosterOnlyStudent(*teacher, classId, u"Élève %1"_s.arg(i), &verdict, &reason);
            QCOMPARE(verdict, u"applied"_s);
        }
        rosterOnlyStudent(*teacher, classId, u"Une de trop"_s, &verdict, &reason);
        QCOMPARE(verdict, u"rejected"_s);
        QVERIFY2(reason.startsWith(u"too_many_students:"_s) && reason.contains(u"administrator"_s), qPrintable(reason));
        // Enrolling a pupil she has already into another class creates nothing: still allowed.
        const QString other = hub.createClass(*teacher, u"Latin"_s);
        QCOMPARE(verdictOf(teacher->sync({change(u"member"_s, newUuid(), other, *teacher,
                                                 {{u"person"_s, pupils.first()}, {u"role"_s, u"student"_s}})})),
                 u"applied"_s);
        // Her pupils' accounts still change (a PIN, a name): nothing new either.
        QCOMPARE(verdictOf(teacher->sync({change(u"member"_s, newUuid(), classId, *teacher,
                                                 {{u"person"_s, pupils.last()}, {u"role"_s, u"student"_s},
                                                  {u"display_name"_s, u"Renommée"_s}})})),
                 u"applied"_s);
        // The bound is hers: a colleague creates her own pupils.
        auto colleague = hub.teacher(u"collegue"_s);
        const QString herClass = hub.createClass(*colleague);
        rosterOnlyStudent(*colleague, herClass, u"Sa classe"_s, &verdict, &reason);
        QCOMPARE(verdict, u"applied"_s);
    }

    void aVouchedDeviceCannotFillHerQuota()
    {
        // Dubois teaches Léa in Latin only. He vouches for a device "of hers" and relays junk in her name: charged to
        // him, so her own hand-ins, later, still find room.
        HubLimits limits;
        limits.recordQuotaBytes = 48 * 1024;
        limits.teacherRecordQuotaBytes = 1024 * 1024;
        TestHub hub(limits);
        KeyedDevice martinPc, duboisPc;
        auto martin = hub.keyedTeacher(u"martin"_s, martinPc);
        auto dubois = hub.keyedTeacher(u"dubois"_s, duboisPc);
        const QString classA = hub.createClass(*martin, u"6e A"_s);
        const QString latin = hub.createClass(*dubois, u"Latin"_s);
        auto lea = hub.student(*martin, classA, u"lea"_s);
        QCOMPARE(verdictOf(dubois->sync({change(u"member"_s, newUuid(), latin, *dubois,
                                                {{u"person"_s, martin->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), latin, *martin,
                                                {{u"person"_s, lea->id()}, {u"role"_s, u"student"_s}})})),
                 u"applied"_s);
        const QString latinWork = publishAssignment(*dubois, latin);
        const QString homework = publishAssignment(*martin, classA);
        const KeyedDevice madeUp;
        const QJsonArray keys{vouch(duboisPc, madeUp.deviceId, lea->id(), madeUp.keys.publicKey)};
        int applied = 0;
        for (int i = 0; i < 6; ++i) // 96 KiB of junk, twice her quota
            applied += verdictOf(relay(*dubois, keys, {handIn(madeUp, latin, latinWork, lea->id(), QString(16 * 1024, u'j'))}))
                == u"applied"_s;
        QCOMPARE(applied, 6); // his quota is 1 MiB: he pays
        // Positive control: Léa's own work, 16 KiB twice, still goes in.
        for (int i = 0; i < 2; ++i)
            QCOMPARE(verdictOf(lea->sync({change(u"submission"_s, newUuid(), classA, *lea,
                                                 {{u"assignment_id"_s, homework}, {u"student"_s, lea->id()},
                                                  {u"text"_s, QString(16 * 1024, u'l')}})})),
                     u"applied"_s);
        // What each pays, as the administrator sees it.
        const QList<PersonUsage> leas = hub.server().engine().usage(u"lea"_s);
        QCOMPARE(leas.size(), qsizetype(1));
        QVERIFY2(leas.first().recordBytes < 40 * 1024, qPrintable(QString::number(leas.first().recordBytes)));
        QVERIFY(hub.server().engine().usage(u"dubois"_s).first().recordBytes > 96 * 1024);
    }

    void aPupilCannotMakeHerTeacherPay()
    {
        // Her teacher vouched for Noé's tablet (its work came by USB). Noé's tablet writes a flood of hand-ins and a
        // classmate relays them: the voucher did not relay them, so they are Noé's to pay, not her teacher's (whose
        // full quota would stop her lessons).
        HubLimits limits;
        limits.teacherRecordQuotaBytes = 64 * 1024;
        limits.recordQuotaBytes = 1024 * 1024;
        TestHub hub(limits);
        KeyedDevice pc;
        auto teacher = hub.keyedTeacher(u"prof"_s, pc);
        const QString classId = hub.createClass(*teacher);
        const QString assignment = publishAssignment(*teacher, classId);
        auto noe = hub.student(*teacher, classId, u"noe"_s);
        auto classmate = hub.student(*teacher, classId, u"voisin"_s);
        const KeyedDevice tablet;
        QCOMPARE(verdictOf(relay(*teacher, {vouch(pc, tablet.deviceId, noe->id(), tablet.keys.publicKey)},
                                 {handIn(tablet, classId, assignment, noe->id(), u"rendu par clé USB"_s)})),
                 u"applied"_s);
        HubEngine &engine = hub.server().engine();
        const qint64 teacherBefore = engine.usage(u"prof"_s).first().recordBytes;
        for (int i = 0; i < 6; ++i) // 96 KiB: more than her teacher's whole quota
            QCOMPARE(verdictOf(relay(*classmate, {}, {handIn(tablet, classId, assignment, noe->id(), QString(16 * 1024, u'n'))})),
                     u"applied"_s);
        QCOMPARE(engine.usage(u"prof"_s).first().recordBytes, teacherBefore);
        QVERIFY(engine.usage(u"noe"_s).first().recordBytes > 96 * 1024);
        QCOMPARE(engine.usage(u"voisin"_s).first().recordBytes, 0);
        // Positive control: her teacher still publishes.
        QCOMPARE(verdictOf(teacher->sync({change(u"lesson"_s, newUuid(), classId, *teacher,
                                                 {{u"title"_s, u"Leçon"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
    }

    void vouchesAreBoundedAndCharged()
    {
        HubLimits limits;
        limits.maxVouchesPerStudent = 2;
        TestHub hub(limits);
        KeyedDevice pc;
        auto teacher = hub.keyedTeacher(u"prof"_s, pc);
        const QString classId = hub.createClass(*teacher);
        const QString assignment = publishAssignment(*teacher, classId);
        const QString pupil = rosterOnlyStudent(*teacher, classId, u"Noé"_s);
        HubEngine &engine = hub.server().engine();
        const qint64 before = engine.usage(u"prof"_s).first().recordBytes;
        const KeyedDevice tablet, laptop, third;
        // Positive control: two devices of hers vouched for, their work relayed; sending the same keys again (a relay
        // sends its keys every time) is not a new vouch.
        for (int round = 0; round < 2; ++round)
            for (const KeyedDevice *d : {&tablet, &laptop}) {
                const QJsonObject r = relay(*teacher, {vouch(pc, d->deviceId, pupil, d->keys.publicKey)},
                                            {handIn(*d, classId, assignment, pupil, u"travail"_s)});
                QCOMPARE(verdictOf(r), u"applied"_s);
            }
        const qint64 afterTwo = engine.usage(u"prof"_s).first().recordBytes;
        // The third is refused: the relayed change says why.
        const QJsonObject r = relay(*teacher, {vouch(pc, third.deviceId, pupil, third.keys.publicKey)},
                                    {handIn(third, classId, assignment, pupil, u"troisième"_s)});
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY2(reasonOf(r).contains(u"vouched for 2 devices of this student"_s), qPrintable(reasonOf(r)));
        // Each vouch was charged once (4 relayed changes + 2 vouches), not per relay.
        const qint64 perChange = (afterTwo - before - 2 * 512) / 4;
        QVERIFY2(perChange > 1024 && perChange < 2048, qPrintable(u"%1 %2"_s.arg(before).arg(afterTwo)));
    }

    void theAdministratorSeesAndResetsWhatAPersonTakes()
    {
        HubProcess hub;
        QVERIFY(hub.start());
        QCOMPARE(hub.admin({u"add-teacher"_s, u"--login"_s, u"prof"_s, u"--name"_s, u"Prof"_s, u"--password-stdin"_s},
                           "motdepasse1\n"),
                 0);
        Client teacher(hub.url());
        QVERIFY(teacher.login(u"prof"_s, u"motdepasse1"_s));
        const QString classId = newUuid();
        QCOMPARE(verdictOf(teacher.sync({change(u"class"_s, classId, classId, teacher, {{u"name"_s, u"6e B"_s}})})), u"applied"_s);
        // A pupil's name is written by a teacher's device: it must not forge what the administrator reads.
        const QString person = newUuid();
        QCOMPARE(verdictOf(teacher.sync({change(u"member"_s, newUuid(), classId, teacher,
                                                {{u"person"_s, person}, {u"role"_s, u"student"_s}, {u"login"_s, u"zoe"_s},
                                                 {u"display_name"_s, u"Zoé\u001b[2J\r\n00000000  admin  records 0\u202e"_s},
                                                 {u"pin_hash"_s, QString::fromLatin1(Crypto::hashSecret("4821", Crypto::Cost::Minimal))}})})),
                 u"applied"_s);
        Client pupil(hub.url());
        QVERIFY(pupil.login(u"zoe"_s, u"4821"_s));
        const QString assignment = newUuid();
        QCOMPARE(verdictOf(teacher.sync({change(u"assignment"_s, assignment, classId, teacher,
                                                {{u"title"_s, u"Devoir"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(pupil.sync({change(u"submission"_s, newUuid(), classId, pupil,
                                              {{u"assignment_id"_s, assignment}, {u"student"_s, person}, {u"text"_s, u"Fini"_s}})})),
                 u"applied"_s);

        auto run = [&](const QStringList &args, int *exitCode) -> QByteArray {
            QProcess p;
            p.start(HubProcess::executable(), QStringList{u"admin"_s, u"usage"_s, u"--data"_s, hub.dataDir()} + hub.databaseArgs() + args);
            if (!p.waitForFinished(60000))
                p.kill();
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
            return p.readAllStandardOutput() + p.readAllStandardError();
        };
        int code = -1;
        QByteArray out = run({}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(out.count('\n'), qsizetype(2)); // two people, one line each: the forged line is not one
        for (const char c : out)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20 || c == '\n', out.toPercentEncoding(" /:.-()+").constData());
        QVERIFY(!out.contains("\u202e"));
        QVERIFY2(out.contains("  zoe  student  records ") && out.contains("  prof  teacher  records ")
                     && out.contains("students created 1") && out.contains("devices 1 (+0 signed out)"),
                 out.constData());
        out = run({u"--person"_s, u"zoe"_s, u"--json"_s}, &code);
        QCOMPARE(code, 0);
        const QJsonArray usage = QJsonDocument::fromJson(out).object().value(u"usage"_s).toArray();
        QCOMPARE(usage.size(), qsizetype(1));
        QCOMPARE(usage.at(0)[u"person"_s].toString(), person);
        QVERIFY(usage.at(0)[u"record_bytes"_s].toDouble() > 1024);
        QCOMPARE(usage.at(0)[u"devices"_s].toInt(), 1);
        // Reset: her count starts from zero again, her work stays.
        out = run({u"--reset"_s, u"zoe"_s}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("record usage of zoe") && out.contains("reset to 0 bytes"), out.constData());
        out = run({u"--person"_s, person, u"--json"_s}, &code); // by id too
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"usage"_s).toArray().at(0)[u"record_bytes"_s].toDouble(), 0.0);
        // Nobody by that name: a clear sentence, exit 1.
        out = run({u"--reset"_s, u"personne"_s}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("No account has the login or id \"personne\""), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestQuotaCharge)
#include "tst_quotacharge.moc"
