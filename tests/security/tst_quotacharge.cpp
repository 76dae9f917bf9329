// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Who pays for a record (found by the attack review of the record quota, SECURITY.md "Quotas"). Before: a change
// signed by a key a teacher vouched for was charged to the student it names. So a teacher who invented pupils (her
// own class, made-up accounts), vouched keys for them and relayed "their" work got a fresh record quota with each
// one; and a teacher who taught a pupil in one class could fill that pupil's quota for life with junk she never wrote.
// Then such a change was charged to the teacher who vouched when she relayed it herself, else to the pupil: a puppet
// pupil the teacher signs in as filled a real pupil's quota, and one pupil's USB packs filled her teacher's (session 7's
// attack review). Now a change signed by a vouched key is charged to the allowance of (voucher, pupil), apart from both
// their own quotas; the accounts a teacher created and her allowances share her pupils' pool; vouches are counted and
// charged, and a teacher creates a bounded number of student accounts. `continuite-hub admin usage` shows and resets
// what a person takes.
#include "hubtestkit.h"

#include <QJsonDocument>
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

/// A teacher who may vouch for two devices of each pupil, her class with a published assignment, and a pupil who
/// never signed in here (her work comes by USB): the vouch-bound tests' setting.
struct VouchingTeacher
{
    static HubLimits twoVouches()
    {
        HubLimits limits;
        limits.maxVouchesPerStudent = 2;
        return limits;
    }
    TestHub hub{twoVouches()};
    KeyedDevice pc;
    std::unique_ptr<Client> teacher = hub.keyedTeacher(u"prof"_s, pc);
    QString classId = hub.createClass(*teacher);
    QString assignment = publishAssignment(*teacher, classId);
    QString pupil = rosterOnlyStudent(*teacher, classId, u"Noé"_s);
};

class TestQuotaCharge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inventedPupilsBringNoFreshQuota()
    {
        HubLimits limits;
        limits.teacherRecordQuotaBytes = 64 * 1024;
        limits.pupilsRecordQuotaBytes = 64 * 1024;
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
        // Positive control: what fits in her pupils' pool went in (the first few); the rest is hers to pay, refused.
        QVERIFY2(applied >= 1 && applied <= 3, qPrintable(u"%1 hand-ins of 16 KiB relayed on a 64 KiB pool"_s.arg(applied)));
        QCOMPARE(applied + refused, 10);
        // A pupil who signed in herself pays for her own work, relayed or not (her device's key is her own word): a
        // colleague's pupil, whose pool is her teacher's.
        auto colleague = hub.teacher(u"collegue"_s);
        const QString herClass = hub.createClass(*colleague);
        const QString herAssignment = publishAssignment(*colleague, herClass);
        auto real = hub.student(*colleague, herClass, u"vraie"_s);
        KeyedDevice tablet;
        QVERIFY(!keyedLogin(hub.url(), u"vraie"_s, u"4821"_s, tablet)->token.isEmpty());
        QCOMPARE(verdictOf(relay(*teacher, {}, {handIn(tablet, herClass, herAssignment, real->id(), QString(16 * 1024, u'v'))})),
                 u"applied"_s);
        QVERIFY(hub.server().engine().usage(u"vraie"_s).first().recordBytes > 16 * 1024);
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
        // His vouches' allowance for her, in his pupils' pool: neither her quota nor his own.
        QVERIFY(leas.first().vouchedBytes > 96 * 1024);
        const PersonUsage duboisUsage = hub.server().engine().usage(u"dubois"_s).first();
        QVERIFY(duboisUsage.pupilsBytes > 96 * 1024);
        QVERIFY2(duboisUsage.recordBytes < 16 * 1024, qPrintable(QString::number(duboisUsage.recordBytes)));
    }

    void aPupilCannotMakeHerTeacherPay()
    {
        // Her teacher vouched for Noé's tablet (its work came by USB). Noé's tablet writes a flood of hand-ins and a
        // classmate relays them: charged to the allowance of her teacher's vouches for Noé, never to her teacher's own
        // quota (whose being full would stop her lessons), nor to the relaying classmate.
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
        QVERIFY(engine.usage(u"noe"_s).first().vouchedBytes > 96 * 1024);
        QCOMPARE(engine.usage(u"voisin"_s).first().recordBytes, 0);
        // Positive control: her teacher still publishes.
        QCOMPARE(verdictOf(teacher->sync({change(u"lesson"_s, newUuid(), classId, *teacher,
                                                 {{u"title"_s, u"Leçon"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
    }

    void aPuppetCannotFillHerQuota()
    {
        // Dubois teaches Léa in Latin. He vouches for a made-up device "of hers", creates a pupil in his class (he knows
        // her PIN), signs in as that puppet and relays junk under the made-up key. Before: relayed by someone who is not
        // the voucher, the junk was Léa's to pay: her quota filled and her own hand-in was refused, her PIN unchanged.
        HubLimits limits;
        limits.recordQuotaBytes = 48 * 1024;
        limits.vouchedRecordQuotaBytes = 32 * 1024;
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
        // A vouch comes with a change its key signed for that device (a made-up device's key is his: he can).
        QCOMPARE(verdictOf(relay(*dubois, {vouch(duboisPc, madeUp.deviceId, lea->id(), madeUp.keys.publicKey)},
                                 {handIn(madeUp, latin, latinWork, lea->id(), u"x"_s)})),
                 u"applied"_s);
        auto puppet = hub.student(*dubois, latin, u"marionnette"_s, u"9999"_s);
        QVERIFY(!puppet->token.isEmpty());
        int applied = 0;
        for (int i = 0; i < 6; ++i) { // 96 KiB of junk, twice her quota
            const QJsonObject r = relay(*puppet, {}, {handIn(madeUp, latin, latinWork, lea->id(), QString(16 * 1024, u'j'))});
            if (verdictOf(r) == u"applied"_s) {
                ++applied;
                continue;
            }
            // Refused on the allowance of Dubois's vouches for her, which his puppet cannot widen.
            QVERIFY2(reasonOf(r).startsWith(u"quota:"_s) && reasonOf(r).contains(dubois->id())
                         && reasonOf(r).contains(u"vouched for"_s),
                     qPrintable(reasonOf(r)));
        }
        QCOMPARE(applied, 1); // 32 KiB: one hand-in of 16 KiB and its overhead
        // Positive control: Léa's own work, 16 KiB twice, still goes in; neither she nor the puppet paid for the junk.
        for (int i = 0; i < 2; ++i)
            QCOMPARE(verdictOf(lea->sync({change(u"submission"_s, newUuid(), classA, *lea,
                                                 {{u"assignment_id"_s, homework}, {u"student"_s, lea->id()},
                                                  {u"text"_s, QString(16 * 1024, u'l')}})})),
                     u"applied"_s);
        HubEngine &engine = hub.server().engine();
        QVERIFY2(engine.usage(u"lea"_s).first().recordBytes < 40 * 1024, qPrintable(QString::number(engine.usage(u"lea"_s).first().recordBytes)));
        QCOMPARE(engine.usage(u"marionnette"_s).first().recordBytes, 0);
        // The honest case: Martin vouches for Léa's real tablet (her work comes by USB) and relays it. His allowance for
        // her is his own, whatever Dubois's is.
        const KeyedDevice tablet;
        for (int i = 0; i < 1; ++i)
            QCOMPARE(verdictOf(relay(*martin, {vouch(martinPc, tablet.deviceId, lea->id(), tablet.keys.publicKey)},
                                     {handIn(tablet, classA, homework, lea->id(), QString(16 * 1024, u'u'))})),
                     u"applied"_s);
    }

    void inventedPupilsShareOnePool()
    {
        // A teacher creates pupil accounts (she knows their PINs) and signs in as each: before, every one brought 256 MiB
        // of records (500 of them: 125 GiB). Now the accounts she created share her pupils' pool.
        HubLimits limits;
        limits.recordQuotaBytes = 1024 * 1024;
        limits.pupilsRecordQuotaBytes = 64 * 1024;
        limits.maxStudentsPerTeacher = 16; // a pupil's share of the full pool: 64 KiB / 32
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        const QString assignment = publishAssignment(*teacher, classId);
        auto modest = hub.student(*teacher, classId, u"discrete"_s);
        int applied = 0;
        QStringList appliedLogins;
        for (int i = 0; i < 10; ++i) {
            const QString login = u"invente%1"_s.arg(i);
            auto pupil = hub.student(*teacher, classId, login);
            const QJsonObject r = pupil->sync({change(u"submission"_s, newUuid(), classId, *pupil,
                                                      {{u"assignment_id"_s, assignment}, {u"student"_s, pupil->id()},
                                                       {u"text"_s, QString(16 * 1024, u'i')}})});
            if (verdictOf(r) == u"applied"_s) {
                ++applied;
                appliedLogins << login;
                continue;
            }
            QVERIFY2(reasonOf(r).startsWith(u"quota:"_s) && reasonOf(r).contains(teacher->id())
                         && reasonOf(r).contains(u"pupils of teacher"_s),
                     qPrintable(reasonOf(r)));
            QVERIFY(r.value(u"verdicts"_s).toArray().at(0)[u"retry_after"_s].toInt() > 0);
        }
        QVERIFY2(applied >= 2 && applied <= 3, qPrintable(u"%1 hand-ins of 16 KiB on a 64 KiB pool"_s.arg(applied)));
        HubEngine &engine = hub.server().engine();
        const PersonUsage prof = engine.usage(u"prof"_s).first();
        QVERIFY2(prof.pupilsBytes <= prof.pupilsQuota, qPrintable(QString::number(prof.pupilsBytes)));
        // Positive controls: a pupil of hers who wrote less than her share (64 KiB / 32) still hands in a short text;
        // a colleague's pupil, in her own teacher's pool, hands in 16 KiB.
        QCOMPARE(verdictOf(modest->sync({change(u"submission"_s, newUuid(), classId, *modest,
                                                {{u"assignment_id"_s, assignment}, {u"student"_s, modest->id()},
                                                 {u"text"_s, u"Fini, madame."_s}})})),
                 u"applied"_s);
        auto colleague = hub.teacher(u"collegue"_s);
        const QString herClass = hub.createClass(*colleague);
        const QString herAssignment = publishAssignment(*colleague, herClass);
        auto hers = hub.student(*colleague, herClass, u"autre"_s);
        QCOMPARE(verdictOf(hers->sync({change(u"submission"_s, newUuid(), herClass, *hers,
                                              {{u"assignment_id"_s, herAssignment}, {u"student"_s, hers->id()},
                                               {u"text"_s, QString(16 * 1024, u'a')}})})),
                 u"applied"_s);
        // The administrator's cure: resetting one pupil's usage frees her part of the pool.
        const qint64 poolBefore = engine.usage(u"prof"_s).first().pupilsBytes;
        const qint64 herBytes = engine.usage(appliedLogins.first()).first().recordBytes;
        QVERIFY(herBytes > 16 * 1024);
        engine.resetRecordUsage(appliedLogins.first());
        QCOMPARE(engine.usage(appliedLogins.first()).first().recordBytes, 0);
        QCOMPARE(engine.usage(u"prof"_s).first().pupilsBytes, poolBefore - herBytes);
    }

    void creatingPupilsOneAtATimeDoesNotWidenThePool()
    {
        // Once her pupils' pool is full, a pupil who has taken less than her share still writes. The share was the pool
        // divided by the accounts the teacher had created *at the time*: created one at a time, each new account had a
        // larger share than the next, and the pool let through its bound times 1 + 1/2 + … + 1/n (≈5× at 500 accounts).
        // Now the share is fixed, the pool ÷ (2 × the accounts a teacher may create): whatever she does, her pool lets
        // through at most twice its bound (each account and each allowance one share beyond it).
        HubLimits limits;
        limits.recordQuotaBytes = 1024 * 1024;
        limits.pupilsRecordQuotaBytes = 64 * 1024;
        limits.maxStudentsPerTeacher = 16; // a share of 64 KiB / 32 = 2 KiB
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        const QString assignment = publishAssignment(*teacher, classId);
        auto honest = hub.student(*teacher, classId, u"honnete"_s);
        auto handInOwn = [&](Client &pupil, const QString &text) {
            return pupil.sync({change(u"submission"_s, newUuid(), classId, pupil,
                                      {{u"assignment_id"_s, assignment}, {u"student"_s, pupil.id()}, {u"text"_s, text}})});
        };
        int applied = 0;
        for (int i = 0; i < 15; ++i) { // one at a time: each writes 2.3 KiB hand-ins until refused, then the next
            auto pupil = hub.student(*teacher, classId, u"une%1"_s.arg(i));
            for (int n = 0; n < 40; ++n) {
                const QJsonObject r = handInOwn(*pupil, QString(1024, u'j'));
                if (verdictOf(r) != u"applied"_s) {
                    QVERIFY2(reasonOf(r).startsWith(u"quota:"_s) && reasonOf(r).contains(u"pupils of teacher"_s),
                             qPrintable(reasonOf(r)));
                    break;
                }
                ++applied;
            }
        }
        const PersonUsage prof = hub.server().engine().usage(u"prof"_s).first();
        // Before: 68 hand-ins, 169,592 bytes through the 64 KiB pool (the loop stops at 40 a pupil). Now the pool and at
        // most one share beyond it for each account.
        QVERIFY2(prof.pupilsBytes <= 2 * prof.pupilsQuota,
                 qPrintable(u"%1 bytes through a pool of %2 (%3 hand-ins)"_s.arg(prof.pupilsBytes).arg(prof.pupilsQuota).arg(applied)));
        QVERIFY2(applied >= 20, qPrintable(QString::number(applied))); // the pool itself was used
        // Positive control: an honest pupil of hers, under her share, still hands in a short text into the full pool.
        QCOMPARE(verdictOf(handInOwn(*honest, u"Fini, madame."_s)), u"applied"_s);
    }

    void aCoTeacherWhoCreatedNoAccountIsLimitedByThePool()
    {
        // Dubois teaches Martin's class with him and created no account. The share of his pool was its bound divided by
        // max(1, accounts he created): the whole pool. Each of his allowances (a tablet he vouched for, one a pupil) could
        // write as much as the pool again past it: four tablets put 4× his pool through it (249,172 bytes through 64 KiB).
        HubLimits limits;
        limits.recordQuotaBytes = 1024 * 1024;
        limits.vouchedRecordQuotaBytes = 1024 * 1024;
        limits.pupilsRecordQuotaBytes = 64 * 1024;
        limits.maxStudentsPerTeacher = 16; // a share of 2 KiB
        TestHub hub(limits);
        auto martin = hub.teacher(u"martin"_s);
        KeyedDevice duboisPc;
        auto dubois = hub.keyedTeacher(u"dubois"_s, duboisPc);
        const QString classId = hub.createClass(*martin);
        QCOMPARE(verdictOf(martin->sync({change(u"member"_s, newUuid(), classId, *martin,
                                                {{u"person"_s, dubois->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        const QString assignment = publishAssignment(*dubois, classId);
        int applied = 0;
        for (int i = 0; i < 4; ++i) {
            const QString pupil = rosterOnlyStudent(*martin, classId, u"Élève %1"_s.arg(i));
            const KeyedDevice tablet;
            const QJsonArray keys{vouch(duboisPc, tablet.deviceId, pupil, tablet.keys.publicKey)};
            for (int n = 0; n < 40; ++n) {
                const QJsonObject r = relay(*dubois, keys, {handIn(tablet, classId, assignment, pupil, QString(4096, u'j'))});
                if (verdictOf(r) != u"applied"_s) {
                    QVERIFY2(reasonOf(r).startsWith(u"quota:"_s) && reasonOf(r).contains(u"pupils of teacher"_s),
                             qPrintable(reasonOf(r)));
                    break;
                }
                ++applied;
            }
        }
        const PersonUsage usage = hub.server().engine().usage(u"dubois"_s).first();
        QCOMPARE(usage.studentsCreated, 0);
        QVERIFY2(usage.pupilsBytes <= 2 * usage.pupilsQuota,
                 qPrintable(u"%1 bytes through a pool of %2 (%3 hand-ins)"_s.arg(usage.pupilsBytes).arg(usage.pupilsQuota).arg(applied)));
        QVERIFY2(applied >= 10, qPrintable(QString::number(applied)));
        // Positive control: a pupil's short hand-in from her tablet, under her share, still goes in through his full pool.
        const QString pupil = rosterOnlyStudent(*martin, classId, u"Élève sage"_s);
        const KeyedDevice tablet;
        QCOMPARE(verdictOf(relay(*dubois, {vouch(duboisPc, tablet.deviceId, pupil, tablet.keys.publicKey)},
                                 {handIn(tablet, classId, assignment, pupil, u"Fini."_s)})),
                 u"applied"_s);
    }

    void coTaughtPupilsCannotTakeThePoolPastTwiceItsBound()
    {
        // Session-10 review: each pupil of a class a teacher co-teaches is one more allowance of hers, each with its own
        // share beyond the full pool, and they are not bounded by the accounts she may create: 2.68× the pool went
        // through. Now the pool has a hard ceiling at twice its bound.
        HubLimits limits;
        limits.recordQuotaBytes = 1024 * 1024;
        limits.vouchedRecordQuotaBytes = 1024 * 1024;
        limits.pupilsRecordQuotaBytes = 64 * 1024;
        limits.maxStudentsPerTeacher = 2; // a share of 64 KiB / 4 = 16 KiB
        TestHub hub(limits);
        auto martin = hub.teacher(u"martin"_s);
        auto roux = hub.teacher(u"roux"_s);
        KeyedDevice duboisPc;
        auto dubois = hub.keyedTeacher(u"dubois"_s, duboisPc);
        QList<std::pair<QString, QString>> pupils; // (class, pupil)
        for (Client *owner : {martin.get(), roux.get(), dubois.get()}) {
            const QString classId = hub.createClass(*owner);
            if (owner != dubois.get())
                QCOMPARE(verdictOf(owner->sync({change(u"member"_s, newUuid(), classId, *owner,
                                                       {{u"person"_s, dubois->id()}, {u"role"_s, u"teacher"_s}})})),
                         u"applied"_s);
            for (int i = 0; i < 2; ++i)
                pupils.append({classId, rosterOnlyStudent(*owner, classId, u"Élève %1"_s.arg(i))});
        }
        auto poolBytes = [&] { return hub.server().engine().usage(u"dubois"_s).first().pupilsBytes; };
        int applied = 0;
        bool controlled = false;
        for (const auto &[classId, pupil] : std::as_const(pupils)) {
            const QString assignment = publishAssignment(*dubois, classId);
            const KeyedDevice tablet;
            const QJsonArray keys{vouch(duboisPc, tablet.deviceId, pupil, tablet.keys.publicKey)};
            for (int n = 0; n < 80; ++n) {
                const qint64 before = poolBytes();
                const QJsonObject r = relay(*dubois, keys, {handIn(tablet, classId, assignment, pupil, QString(2048, u'j'))});
                if (verdictOf(r) != u"applied"_s) {
                    QVERIFY2(reasonOf(r).startsWith(u"quota:"_s) && reasonOf(r).contains(u"pupils of teacher"_s),
                             qPrintable(reasonOf(r)));
                    break;
                }
                ++applied;
                // Positive control: with the pool between its bound and twice it, a pupil under her share still writes.
                if (n == 0 && before > 64 * 1024 && before + 4096 < 2 * 64 * 1024)
                    controlled = true;
            }
        }
        const PersonUsage usage = hub.server().engine().usage(u"dubois"_s).first();
        qInfo("%lld bytes through a pool of %lld (%d hand-ins)", usage.pupilsBytes, usage.pupilsQuota, applied);
        // Before: 6 allowances, the pool and a share of 16 KiB for each of 5: 137,370 bytes through a 64 KiB pool.
        QVERIFY2(usage.pupilsBytes <= 2 * usage.pupilsQuota,
                 qPrintable(u"%1 bytes through a pool of %2 (%3 hand-ins)"_s.arg(usage.pupilsBytes).arg(usage.pupilsQuota).arg(applied)));
        QVERIFY2(usage.pupilsBytes > usage.pupilsQuota + usage.pupilsQuota / 2, qPrintable(QString::number(usage.pupilsBytes)));
        QVERIFY(controlled);
    }

    void aCoTeachersFullAllowanceDoesNotStopTheOthersRelays()
    {
        // Léa's real tablet is vouched for by both teachers of her class. A relay by someone who did not vouch for it (a
        // classmate carrying the pack) was charged to the first voucher by person id: that teacher, filling her own
        // allowance for Léa with junk under a made-up key, made every such relay of Léa's real work refused `quota`.
        // Now the earliest vouch pays, and when its allowance is full the next voucher's.
        HubLimits limits;
        limits.vouchedRecordQuotaBytes = 32 * 1024;
        TestHub hub(limits);
        KeyedDevice pcA, pcB;
        auto first = hub.keyedTeacher(u"prof.a"_s, pcA);
        auto second = hub.keyedTeacher(u"prof.b"_s, pcB);
        // The attacker is the teacher with the lower id (as the hub chose before), whoever created the class.
        Client *attacker = first->id() < second->id() ? first.get() : second.get();
        Client *honest = attacker == first.get() ? second.get() : first.get();
        const KeyedDevice &attackerPc = attacker == first.get() ? pcA : pcB;
        const KeyedDevice &honestPc = attacker == first.get() ? pcB : pcA;
        const QString classId = hub.createClass(*honest);
        QCOMPARE(verdictOf(honest->sync({change(u"member"_s, newUuid(), classId, *honest,
                                                {{u"person"_s, attacker->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        auto lea = hub.student(*honest, classId, u"lea"_s);
        auto classmate = hub.student(*honest, classId, u"tom"_s);
        const QString assignment = publishAssignment(*honest, classId);
        const KeyedDevice tablet, madeUp;
        // The honest teacher vouches first (in class, the day the tablet came); the attacker later, for the same key.
        QCOMPARE(verdictOf(relay(*honest, {vouch(honestPc, tablet.deviceId, lea->id(), tablet.keys.publicKey)},
                                 {handIn(tablet, classId, assignment, lea->id(), u"premier rendu"_s)})),
                 u"applied"_s);
        QCOMPARE(verdictOf(relay(*attacker, {vouch(attackerPc, tablet.deviceId, lea->id(), tablet.keys.publicKey)},
                                 {handIn(tablet, classId, assignment, lea->id(), u"deuxième rendu"_s)})),
                 u"applied"_s);
        // The attacker fills her own allowance for Léa with junk under a key she made up.
        const QJsonArray junkKey{vouch(attackerPc, madeUp.deviceId, lea->id(), madeUp.keys.publicKey)};
        for (int i = 0; i < 4; ++i)
            relay(*attacker, junkKey, {handIn(madeUp, classId, assignment, lea->id(), QString(12 * 1024, u'j'))});
        QVERIFY(reasonOf(relay(*attacker, junkKey, {handIn(madeUp, classId, assignment, lea->id(), QString(12 * 1024, u'j'))}))
                    .startsWith(u"quota:"_s));
        // Léa's real work, carried by a classmate: applied, paid by a voucher with room.
        const QJsonObject r = relay(*classmate, {}, {handIn(tablet, classId, assignment, lea->id(), QString(4 * 1024, u'l'))});
        QVERIFY2(verdictOf(r) == u"applied"_s, qPrintable(reasonOf(r)));
        const qint64 honestBefore = hub.server().engine().usage(u"lea"_s).first().vouchedBytes;
        QCOMPARE(verdictOf(relay(*honest, {}, {handIn(tablet, classId, assignment, lea->id(), u"par le professeur"_s)})),
                 u"applied"_s);
        QVERIFY(hub.server().engine().usage(u"lea"_s).first().vouchedBytes > honestBefore);
        // The made-up key is the attacker's alone: its junk stays on her full allowance, refused (only a key's own
        // vouchers can be charged).
        QVERIFY(reasonOf(relay(*classmate, {}, {handIn(madeUp, classId, assignment, lea->id(), QString(4 * 1024, u'j'))}))
                    .startsWith(u"quota:"_s));
    }

    void herPupilsPacksCannotStopHerLessons()
    {
        // The teacher relays one pupil's USB packs (her tablet's key vouched for). Before: relayed by the voucher, they
        // were hers to pay, unbounded per pupil: one pupil's packs filled her quota and her next lesson was refused.
        HubLimits limits;
        limits.teacherRecordQuotaBytes = 64 * 1024;
        limits.vouchedRecordQuotaBytes = 48 * 1024;
        TestHub hub(limits);
        KeyedDevice pc;
        auto teacher = hub.keyedTeacher(u"prof"_s, pc);
        const QString classId = hub.createClass(*teacher);
        const QString assignment = publishAssignment(*teacher, classId);
        const QString noe = rosterOnlyStudent(*teacher, classId, u"Noé"_s);
        const QString ines = rosterOnlyStudent(*teacher, classId, u"Inès"_s);
        const KeyedDevice noeTablet, inesTablet;
        const QJsonArray keys{vouch(pc, noeTablet.deviceId, noe, noeTablet.keys.publicKey)};
        int applied = 0;
        for (int i = 0; i < 8; ++i) { // 128 KiB of packs, twice her whole quota
            const QJsonObject r = relay(*teacher, keys, {handIn(noeTablet, classId, assignment, noe, QString(16 * 1024, u'n'))});
            if (verdictOf(r) == u"applied"_s) {
                ++applied;
                continue;
            }
            QVERIFY2(reasonOf(r).startsWith(u"quota:"_s) && reasonOf(r).contains(noe) && reasonOf(r).contains(u"vouched for"_s),
                     qPrintable(reasonOf(r)));
        }
        QCOMPARE(applied, 2); // 48 KiB: two of them and their overhead
        HubEngine &engine = hub.server().engine();
        QVERIFY2(engine.usage(u"prof"_s).first().recordBytes < 16 * 1024,
                 qPrintable(QString::number(engine.usage(u"prof"_s).first().recordBytes)));
        // Positive controls: her own lesson (17 KiB, more than any room her quota would have had left) is published, and
        // another pupil's pack, relayed the same way, goes in.
        QCOMPARE(verdictOf(teacher->sync({change(u"lesson"_s, newUuid(), classId, *teacher,
                                                 {{u"title"_s, u"Leçon"_s}, {u"status"_s, u"published"_s},
                                                  {u"in_class"_s, QString(17 * 1024, u'L')}})})),
                 u"applied"_s);
        QCOMPARE(verdictOf(relay(*teacher, {vouch(pc, inesTablet.deviceId, ines, inesTablet.keys.publicKey)},
                                 {handIn(inesTablet, classId, assignment, ines, QString(16 * 1024, u'i'))})),
                 u"applied"_s);
    }

    void keptRejectionsOfHerPupilsPacksAreNotHers()
    {
        // A final rejection is kept (a replay gets the same answer) and costs 256 bytes of record quota. It was charged to
        // whoever sent it, and the teacher sends what she relays: one pupil's USB packs holding changes her own tablet
        // signed but the hub refuses for good (here `progress` rows at ids that are not theirs) filled her teacher's
        // quota, and her lessons were refused `quota` (the attack review of the allowance). A kept rejection is now
        // charged as the change would have been: to the allowance of (voucher, pupil) for a vouched key.
        HubLimits limits;
        limits.teacherRecordQuotaBytes = 64 * 1024;
        TestHub hub(limits);
        KeyedDevice pc;
        auto teacher = hub.keyedTeacher(u"prof"_s, pc);
        const QString classId = hub.createClass(*teacher);
        const QString lesson = newUuid();
        QCOMPARE(verdictOf(teacher->sync({change(u"lesson"_s, lesson, classId, *teacher,
                                                 {{u"title"_s, u"Leçon"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
        const QString noe = rosterOnlyStudent(*teacher, classId, u"Noé"_s);
        const KeyedDevice tablet;
        const QJsonArray keys{vouch(pc, tablet.deviceId, noe, tablet.keys.publicKey)};
        HubEngine &engine = hub.server().engine();
        // The vouch (512 bytes of her quota), with a change of that tablet's that proves its key (a vouch alone is
        // refused).
        QCOMPARE(verdictOf(relay(*teacher, keys, {tablet.signedChange(u"progress"_s, derivedUuid(noe, lesson), classId, noe,
                                                                      {{u"student"_s, noe}, {u"lesson_id"_s, lesson},
                                                                       {u"completed"_s, false}})})),
                 u"applied"_s);
        const qint64 teacherBefore = engine.usage(u"prof"_s).first().recordBytes;
        const qint64 allowanceBefore = engine.usage(noe).first().vouchedBytes;
        // 400 refused changes (100 KiB of kept verdicts at 256 bytes each), and Noé's genuine progress beside them.
        QList<QJsonObject> pack;
        for (int i = 0; i < 400; ++i)
            pack << tablet.signedChange(u"progress"_s, newUuid(), classId, noe,
                                        {{u"student"_s, noe}, {u"lesson_id"_s, lesson}, {u"completed"_s, true}});
        pack << tablet.signedChange(u"progress"_s, derivedUuid(noe, lesson), classId, noe,
                                    {{u"student"_s, noe}, {u"lesson_id"_s, lesson}, {u"completed"_s, true}});
        const QJsonArray verdicts = relay(*teacher, keys, pack).value(u"verdicts"_s).toArray();
        QCOMPARE(verdicts.size(), qsizetype(401));
        for (int i = 0; i < 400; ++i)
            QVERIFY2(verdicts.at(i)[u"reason"_s].toString().startsWith(u"invalid: field \"row\" of a progress"_s),
                     qPrintable(verdicts.at(i)[u"reason"_s].toString()));
        QCOMPARE(verdicts.at(400)[u"status"_s].toString(), u"applied"_s); // positive control: her real progress
        // Her teacher paid nothing for them; the allowance for Noé paid for the 400 kept verdicts.
        QCOMPARE(engine.usage(u"prof"_s).first().recordBytes, teacherBefore);
        QVERIFY2(engine.usage(noe).first().vouchedBytes - allowanceBefore >= 400 * 256,
                 qPrintable(QString::number(engine.usage(noe).first().vouchedBytes - allowanceBefore)));
        // A replay is answered alike and charged nothing more.
        QCOMPARE(relay(*teacher, keys, {pack.first()}).value(u"verdicts"_s).toArray().at(0)[u"reason"_s].toString(),
                 verdicts.at(0)[u"reason"_s].toString());
        // Positive control: her lesson (8 KiB) is published.
        QCOMPARE(verdictOf(teacher->sync({change(u"lesson"_s, newUuid(), classId, *teacher,
                                                 {{u"title"_s, u"Suite"_s}, {u"status"_s, u"published"_s},
                                                  {u"in_class"_s, QString(8 * 1024, u'L')}})})),
                 u"applied"_s);
        // Her own refused changes are still hers: a progress row (a student's kind), refused for good and kept, costs her
        // 256 bytes.
        const qint64 beforeOwn = engine.usage(u"prof"_s).first().recordBytes;
        const QJsonObject own = teacher->sync({change(u"progress"_s, derivedUuid(noe, lesson), classId, *teacher,
                                                      {{u"student"_s, noe}, {u"lesson_id"_s, lesson}})});
        QVERIFY2(reasonOf(own).startsWith(u"forbidden: only a student"_s), qPrintable(reasonOf(own)));
        QCOMPARE(engine.usage(u"prof"_s).first().recordBytes - beforeOwn, 256);
    }

    void changesOfASignedOutDeviceAreRefusedAndChargeNobody()
    {
        // A signed-out device signs nothing; its changes are refused for good. They were kept and charged to whoever sent
        // them, and no valid signature is needed to be refused: knowing the device id, anyone could write thousands of
        // them into a pack her teacher relays and fill the teacher's quota (4,200 of them: +1 MB, her next lesson
        // refused `quota`; the review of the kept rejections). Now they are answered final and neither kept nor charged.
        HubLimits limits;
        limits.teacherRecordQuotaBytes = 64 * 1024;
        TestHub hub(limits);
        KeyedDevice pc;
        auto teacher = hub.keyedTeacher(u"prof"_s, pc);
        const QString classId = hub.createClass(*teacher);
        const QString lesson = newUuid();
        QCOMPARE(verdictOf(teacher->sync({change(u"lesson"_s, lesson, classId, *teacher,
                                                 {{u"title"_s, u"Leçon"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
        const QString noe = rosterOnlyStudent(*teacher, classId, u"Noé"_s);
        const KeyedDevice tablet;
        const QJsonArray keys{vouch(pc, tablet.deviceId, noe, tablet.keys.publicKey)};
        // Positive control: before it is signed out, the tablet's work is applied.
        QCOMPARE(verdictOf(relay(*teacher, keys, {tablet.signedChange(u"progress"_s, derivedUuid(noe, lesson), classId, noe,
                                                                      {{u"student"_s, noe}, {u"lesson_id"_s, lesson}})})),
                 u"applied"_s);
        QCOMPARE(teacher->request("DELETE", u"/v1/devices/%1?person=%2"_s.arg(tablet.deviceId, noe)).status, 204L);
        HubEngine &engine = hub.server().engine();
        const qint64 teacherBefore = engine.usage(u"prof"_s).first().recordBytes;
        const qint64 allowanceBefore = engine.usage(noe).first().vouchedBytes;
        // 400 changes naming the signed-out tablet, signed or not (100 KiB of verdicts at 256 bytes: over her 64 KiB).
        QList<QJsonObject> pack;
        for (int i = 0; i < 400; ++i) {
            QJsonObject c = tablet.signedChange(u"progress"_s, newUuid(), classId, noe,
                                                {{u"student"_s, noe}, {u"lesson_id"_s, lesson}, {u"completed"_s, true}});
            if (i % 2)
                c.remove(u"signature"_s);
            pack << c;
        }
        const QJsonArray verdicts = relay(*teacher, {}, pack).value(u"verdicts"_s).toArray();
        QCOMPARE(verdicts.size(), qsizetype(400));
        for (const QJsonValue &v : verdicts) {
            QCOMPARE(v[u"status"_s].toString(), u"rejected"_s);
            QVERIFY2(v[u"reason"_s].toString().contains(u"signed out"_s), qPrintable(v[u"reason"_s].toString()));
            QVERIFY2(!v.toObject().contains(u"retry"_s), "final: the device does not send it again");
        }
        QCOMPARE(engine.usage(u"prof"_s).first().recordBytes, teacherBefore);
        QCOMPARE(engine.usage(noe).first().vouchedBytes, allowanceBefore);
        // Sent again, the same answer.
        QCOMPARE(relay(*teacher, {}, {pack.first()}).value(u"verdicts"_s).toArray().at(0)[u"reason"_s].toString(),
                 verdicts.at(0)[u"reason"_s].toString());
        // Positive control: her lesson (8 KiB) is still published.
        QCOMPARE(verdictOf(teacher->sync({change(u"lesson"_s, newUuid(), classId, *teacher,
                                                 {{u"title"_s, u"Suite"_s}, {u"status"_s, u"published"_s},
                                                  {u"in_class"_s, QString(8 * 1024, u'L')}})})),
                 u"applied"_s);
    }

    void vouchesAreBoundedAndCharged()
    {
        VouchingTeacher v;
        TestHub &hub = v.hub;
        KeyedDevice &pc = v.pc;
        auto &teacher = v.teacher;
        const QString &classId = v.classId, &assignment = v.assignment, &pupil = v.pupil;
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
        // Signing out a device she no longer has (a tablet reset, given another id) makes room for a new one; the
        // signed-out one signs nothing, and vouching for it again does not bring it back.
        QCOMPARE(teacher->request("DELETE", u"/v1/devices/"_s + tablet.deviceId + u"?person="_s + pupil).status, 204L);
        QCOMPARE(verdictOf(relay(*teacher, {vouch(pc, third.deviceId, pupil, third.keys.publicKey)},
                                 {handIn(third, classId, assignment, pupil, u"troisième"_s)})),
                 u"applied"_s);
        const QJsonObject revoked = relay(*teacher, {vouch(pc, tablet.deviceId, pupil, tablet.keys.publicKey)},
                                          {handIn(tablet, classId, assignment, pupil, u"tablette effacée"_s)});
        QCOMPARE(verdictOf(revoked), u"rejected"_s);
        QVERIFY2(reasonOf(revoked).contains(u"signed out"_s), qPrintable(reasonOf(revoked)));
        // Each vouch was charged to her once, not per relay; the 5 relayed changes to her allowance for the pupil.
        QCOMPARE(afterTwo - before, 2 * 512);
        const qint64 perChange = engine.usage(pupil).first().vouchedBytes / 5; // and the third device's
        QVERIFY2(perChange > 1024 && perChange < 2048, qPrintable(QString::number(perChange)));
    }

    void vouchesAreBoundedInAllUnderRotation()
    {
        // The live bound alone never bound: vouch, relay, sign out, again (a review: 40 of 40 accepted at a bound of 2),
        // each a row kept for ever. Now her vouched keys are bounded in all (8 × the live bound), signed out ones
        // included, until the administrator counts them from there (admin devices --reset), as device rows are.
        VouchingTeacher v;
        TestHub &hub = v.hub;
        KeyedDevice &pc = v.pc;
        auto &teacher = v.teacher;
        const QString &classId = v.classId, &assignment = v.assignment, &pupil = v.pupil;
        auto rotate = [&](const QString &text) {
            const KeyedDevice tablet;
            const QJsonObject r = relay(*teacher, {vouch(pc, tablet.deviceId, pupil, tablet.keys.publicKey)},
                                        {handIn(tablet, classId, assignment, pupil, text)});
            if (verdictOf(r) != u"applied"_s)
                return reasonOf(r);
            // The positive control of each round: the vouched tablet's work went in, and signing it out is accepted.
            return teacher->request("DELETE", u"/v1/devices/"_s + tablet.deviceId + u"?person="_s + pupil).status == 204
                ? QString()
                : u"sign-out refused"_s;
        };
        int rounds = 0;
        QString refused;
        while (rounds < 40 && (refused = rotate(u"tablette %1"_s.arg(rounds))).isEmpty())
            ++rounds;
        QCOMPARE(rounds, 16);
        QVERIFY2(refused.contains(u"16 devices of this student in all"_s), qPrintable(refused));
        // The administrator's cure, for her alone; signed-out keys stay signed out, and the bound holds again from there.
        const auto [account, rows] = hub.server().engine().forgiveDeviceRows(pupil);
        QCOMPARE(account.id, pupil);
        int more = 0;
        while (more < 40 && rotate(u"encore %1"_s.arg(more)).isEmpty())
            ++more;
        QCOMPARE(more, 16);
    }

    void aCoTeacherCannotUseUpTheVouchBoundOfHerTeacher()
    {
        // A review (session 11, F8): the all-time bound on a pupil's vouched keys was hers, by all her teachers: a
        // co-teacher vouching for made-up tablets (each with its own key and a change it signed, and signed out again)
        // used it up, and her own teacher could no longer vouch for her real tablet. Now each teacher who vouches first
        // has her own all-time bound.
        VouchingTeacher v;
        KeyedDevice duboisPc;
        auto dubois = v.hub.keyedTeacher(u"m.dubois"_s, duboisPc);
        QCOMPARE(verdictOf(v.teacher->sync({change(u"member"_s, newUuid(), v.classId, *v.teacher,
                                                   {{u"person"_s, dubois->id()}, {u"role"_s, u"teacher"_s}})})),
                 u"applied"_s);
        dubois->pullAll();
        auto rotate = [&](Client &teacher, KeyedDevice &pc, const QString &text) {
            const KeyedDevice tablet;
            const QJsonObject r = relay(teacher, {vouch(pc, tablet.deviceId, v.pupil, tablet.keys.publicKey)},
                                        {handIn(tablet, v.classId, v.assignment, v.pupil, text)});
            if (verdictOf(r) != u"applied"_s)
                return reasonOf(r);
            return teacher.request("DELETE", u"/v1/devices/"_s + tablet.deviceId + u"?person="_s + v.pupil).status == 204
                ? QString()
                : u"sign-out refused"_s;
        };
        int rounds = 0;
        QString refused;
        while (rounds < 40 && (refused = rotate(*dubois, duboisPc, u"inventée %1"_s.arg(rounds))).isEmpty())
            ++rounds;
        QCOMPARE(rounds, 16); // the attacker stops at his own bound
        QVERIFY2(refused.contains(u"16 devices of this student in all"_s), qPrintable(refused));
        // Her teacher vouches for her real tablet (before: refused, "teachers have vouched for 16 devices … in all").
        const KeyedDevice real;
        const QJsonObject r = relay(*v.teacher, {vouch(v.pc, real.deviceId, v.pupil, real.keys.publicKey)},
                                    {handIn(real, v.classId, v.assignment, v.pupil, u"ma vraie tablette"_s)});
        QVERIFY2(verdictOf(r) == u"applied"_s, qPrintable(reasonOf(r)));
    }

    void theAdministratorFindsHerVouchedDevicesToSignThemOut()
    {
        // Zoé's USB tablets never signed in here: the hub knows them by the keys her teacher vouched for. `admin usage`
        // counted them, but `admin devices --person zoe` listed only her signed-in devices, so the administrator told of
        // a lost tablet could not find its id to sign it out.
        HubProcess hub;
        QVERIFY(hub.start());
        QCOMPARE(hub.admin({u"add-teacher"_s, u"--login"_s, u"prof"_s, u"--name"_s, u"Prof"_s, u"--password-stdin"_s},
                           "motdepasse1\n"),
                 0);
        KeyedDevice pc;
        auto teacher = keyedLogin(hub.url(), u"prof"_s, u"motdepasse1"_s, pc);
        const QString classId = newUuid();
        QCOMPARE(verdictOf(teacher->sync({change(u"class"_s, classId, classId, *teacher, {{u"name"_s, u"6e B"_s}})})),
                 u"applied"_s);
        const QString person = newUuid();
        QCOMPARE(verdictOf(teacher->sync({change(u"member"_s, newUuid(), classId, *teacher,
                                                 {{u"person"_s, person}, {u"role"_s, u"student"_s}, {u"login"_s, u"zoe"_s},
                                                  {u"display_name"_s, u"Zoé"_s},
                                                  {u"pin_hash"_s, QString::fromLatin1(Crypto::hashSecret("4821", Crypto::Cost::Minimal))}})})),
                 u"applied"_s);
        Client phone(hub.url());
        QVERIFY(phone.login(u"zoe"_s, u"4821"_s));
        const QString assignment = newUuid();
        QCOMPARE(verdictOf(teacher->sync({change(u"assignment"_s, assignment, classId, *teacher,
                                                 {{u"title"_s, u"Devoir"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
        const KeyedDevice lost, kept;
        const QJsonArray keys{vouch(pc, lost.deviceId, person, lost.keys.publicKey), vouch(pc, kept.deviceId, person, kept.keys.publicKey)};
        QCOMPARE(verdictOf(relay(*teacher, keys, {handIn(lost, classId, assignment, person, u"tablette perdue"_s),
                                                  handIn(kept, classId, assignment, person, u"tablette"_s)}), 1),
                 u"applied"_s);

        auto devices = [&](const QStringList &extra) -> QByteArray {
            QProcess p;
            p.start(HubProcess::executable(), QStringList{u"admin"_s, u"devices"_s, u"--data"_s, hub.dataDir(), u"--person"_s,
                                                          u"zoe"_s} + hub.databaseArgs() + extra);
            if (!p.waitForFinished(60000))
                p.kill();
            return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
        };
        QByteArray out = devices({});
        QVERIFY2(out.count('\n') == 3, out.constData());
        const QByteArrayList lines = out.split('\n');
        auto lineOf = [&](const QString &device) {
            for (const QByteArray &line : lines)
                if (line.startsWith(device.toLatin1()))
                    return line;
            return QByteArray();
        };
        // Positive control: her phone, signed in, as before.
        QVERIFY2(lineOf(phone.deviceId).contains("  zoe  ") && lineOf(phone.deviceId).contains("last seen"), out.constData());
        QVERIFY2(lineOf(lost.deviceId).contains("  zoe  ") && lineOf(lost.deviceId).contains("vouched for by prof")
                     && !lineOf(lost.deviceId).contains("(revoked)"),
                 out.constData());
        // The administrator signs the lost tablet out by the id she found: it is shown signed out, its work refused.
        QCOMPARE(hub.admin({u"revoke"_s, u"--device"_s, lost.deviceId, u"--login"_s, u"zoe"_s}), 0);
        out = devices({u"--json"_s});
        const QJsonArray list = QJsonDocument::fromJson(out).object().value(u"devices"_s).toArray();
        QCOMPARE(list.size(), qsizetype(3));
        int vouched = 0;
        for (const QJsonValue &d : list) {
            const QString id = d[u"id"_s].toString();
            QCOMPARE(d[u"person"_s].toString(), person);
            QCOMPARE(d[u"revoked"_s].toBool(), id == lost.deviceId);
            QCOMPARE(d[u"vouched"_s].toBool(), id != phone.deviceId);
            if (d[u"vouched"_s].toBool()) {
                ++vouched;
                QCOMPARE(d[u"vouched_by"_s].toString(), teacher->id());
                QVERIFY(!d[u"vouched_at"_s].toString().isEmpty());
            }
        }
        QCOMPARE(vouched, 2);
        QVERIFY2(lineOf(lost.deviceId).isEmpty() || devices({}).contains("(revoked)"), out.constData());
        QCOMPARE(verdictOf(relay(*teacher, keys, {handIn(lost, classId, assignment, person, u"volée"_s)})), u"rejected"_s);
        QCOMPARE(verdictOf(relay(*teacher, keys, {handIn(kept, classId, assignment, person, u"encore"_s)})), u"applied"_s);
    }

    void theAdministratorSeesAndResetsWhatAPersonTakes()
    {
        HubProcess hub;
        // Quotas other than the defaults: admin usage (another process) shows these.
        QVERIFY(hub.start({u"--record-quota-mb"_s, u"3"_s, u"--pupils-record-quota-mb"_s, u"7"_s,
                           u"--max-students-per-teacher"_s, u"35"_s}));
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
        QVERIFY2(out.contains(" of 3145728 B ") && out.contains("pupils' pool ") && out.contains(" of 7340032 B"),
                 out.constData());
        // The students she may create, and a pupil's share of her pool once it is full (pool ÷ (2 × that)), as the
        // serving hub counts them: admin usage once showed the default 500 whatever the hub served with.
        QVERIFY2(out.contains("students created 1 of 35 ") && out.contains("(104857 B a pupil once full)"),
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
        // A decoy whose login is Zoé's id (a teacher writes pupils' logins): the administrator who names Zoé by her id
        // still gets Zoé, not the decoy (the login was looked up first: her reset went to the decoy).
        const QString decoy = newUuid();
        QCOMPARE(verdictOf(teacher.sync({change(u"member"_s, newUuid(), classId, teacher,
                                                {{u"person"_s, decoy}, {u"role"_s, u"student"_s}, {u"login"_s, person},
                                                 {u"display_name"_s, u"Leurre"_s}})})),
                 u"applied"_s);
        out = run({u"--person"_s, person, u"--json"_s}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"usage"_s).toArray().at(0)[u"person"_s].toString(), person);
        out = run({u"--person"_s, decoy, u"--json"_s}, &code); // positive control: the decoy is there, by its own id
        QCOMPARE(code, 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"usage"_s).toArray().at(0)[u"person"_s].toString(), decoy);
        // One person's devices, and the cure for the bound on her device rows (her signed-out devices stay so).
        QProcess p;
        p.start(HubProcess::executable(), QStringList{u"admin"_s, u"devices"_s, u"--data"_s, hub.dataDir(), u"--person"_s, u"zoe"_s}
                                              + hub.databaseArgs());
        QVERIFY(p.waitForFinished(60000));
        out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.count('\n') == 1 && out.contains(pupil.deviceId.toLatin1()) && out.contains("  zoe  "), out.constData());
        QCOMPARE(hub.admin({u"devices"_s, u"--reset"_s, u"zoe"_s}), 0);
        QCOMPARE(hub.admin({u"devices"_s, u"--reset"_s, u"personne"_s}), 1);
        // Nobody by that name: a clear sentence, exit 1.
        out = run({u"--reset"_s, u"personne"_s}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("No account has the login or id \"personne\""), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestQuotaCharge)
#include "tst_quotacharge.moc"
