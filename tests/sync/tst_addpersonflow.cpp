// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// AddPersonFlow, "add a person on this device", against the real hub on loopback with a real Session on an empty
// store: each step (typing, signing in, failed, done) and each failure a pupil meets with her card — a PIN typed
// wrong, a server that cannot be reached, something that is not a Continuité server, a field left empty — as the
// enum and the field to fix the page puts the keyboard in, beside the sign-in that works (the positive control).
// The page reads no HTTP status: what a status means is pinned here. Waits on signals; no timing assertions.
#include "addpersonflow.h"
#include "session.h"
#include "synccontroller.h"
#include "synctestkit.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace SyncTest;

namespace {
const QString TeacherLogin = u"mme.martin"_s;
const QString TeacherPassword = u"fractions-2026"_s;
constexpr int Long = 30000; // generous: two cores shared by many builds
} // namespace

class tst_AddPersonFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncHub> m_hub;
    std::unique_ptr<Device> m_teacher;
    NewStudent m_student;

    // A brand-new family laptop: an empty store, nobody to choose, only the login card in hand.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<AddPersonFlow> m_flow;

    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_hub->port()); }
    QString wrongPin() const { return m_student.pin == u"0000"_s ? u"1111"_s : u"0000"_s; }

    /// Submits the school's-server way and waits for the flow to end; the steps it went through.
    QList<AddPersonFlow::Step> signIn(const QString &hub, const QString &login, const QString &pin)
    {
        QList<AddPersonFlow::Step> steps;
        auto seen = connect(m_flow.get(), &AddPersonFlow::stepChanged, this, [&] {
            if (steps.isEmpty() || steps.last() != m_flow->step())
                steps << m_flow->step();
        });
        QSignalSpy finished(m_flow.get(), &AddPersonFlow::finished);
        if (m_flow->submit(hub, {}, {}, {}, login, pin)) {
            if (!m_flow->isBusy())
                qWarning("the sign-in started but the flow is not busy");
            if (finished.isEmpty() && !finished.wait(Long))
                qWarning("the sign-in did not end");
        }
        disconnect(seen);
        return steps;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_hub = std::make_unique<SyncHub>();
        m_hub->addTeacher(TeacherLogin, TeacherPassword);
        m_teacher = std::make_unique<Device>();
        QVERIFY(m_teacher->login(url(), TeacherLogin, TeacherPassword));
        auto c = m_teacher->store->createClass(u"6e B"_s);
        QVERIFY2(c, qPrintable(c.error()));
        auto s = m_teacher->store->addStudent(c->meta.id, u"Léa Dupont"_s);
        QVERIFY2(s, qPrintable(s.error()));
        m_student = *s;
        QVERIFY(m_teacher->syncUntilClean());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_session = std::make_unique<Session>(nullptr);
        m_session->setDataDir(m_dir->path());
        QVERIFY(m_session->isReady());
        QVERIFY(m_session->store()->profiles().isEmpty());
        m_sync = std::make_unique<SyncController>(m_session.get());
        m_sync->setEngineOptions(fastOptions());
        m_sync->setStartJitter(0);
        m_flow = std::make_unique<AddPersonFlow>();
        m_flow->setSession(m_session.get());
        m_flow->setSync(m_sync.get());
        QCOMPARE(m_flow->step(), AddPersonFlow::Typing);
        QCOMPARE(m_flow->way(), AddPersonFlow::SchoolServer);
    }

    void cleanup()
    {
        m_flow.reset();
        m_sync.reset();
        m_session.reset();
        m_dir.reset();
    }

    /// What can be told without the network: the field to fix, nothing sent, nothing made.
    void whatIsMissingIsSaidBeforeAnyNetwork_data()
    {
        QTest::addColumn<QString>("hub");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<AddPersonFlow::Field>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("no address") << QString() << u"K7PQ2M"_s << u"4821"_s << AddPersonFlow::HubAddressField << u"address"_s;
        QTest::newRow("not an address") << u"hub de l'école"_s << u"K7PQ2M"_s << u"4821"_s << AddPersonFlow::HubAddressField
                                        << u"not a server address"_s;
        QTest::newRow("no login code") << u"192.168.1.10:8080"_s << u"  "_s << u"4821"_s << AddPersonFlow::LoginField << u"login code"_s;
        QTest::newRow("no PIN") << u"192.168.1.10:8080"_s << u"K7PQ2M"_s << QString() << AddPersonFlow::PinField << u"PIN"_s;
    }

    void whatIsMissingIsSaidBeforeAnyNetwork()
    {
        QFETCH(QString, hub);
        QFETCH(QString, login);
        QFETCH(QString, pin);
        QFETCH(AddPersonFlow::Field, field);
        QFETCH(QString, says);
        QSignalSpy finished(m_flow.get(), &AddPersonFlow::finished);
        QVERIFY(!m_flow->submit(hub, {}, {}, {}, login, pin));
        QCOMPARE(m_flow->step(), AddPersonFlow::Failed);
        QCOMPARE(m_flow->failure(), AddPersonFlow::Incomplete);
        QCOMPARE(m_flow->fieldToFix(), field);
        QVERIFY2(m_flow->message().contains(says), qPrintable(m_flow->message()));
        QVERIFY(!m_flow->isBusy());
        QVERIFY(!m_sync->isAddingPerson());
        QCOMPARE(finished.count(), 0);
        QVERIFY(m_session->store()->profiles().isEmpty());
        // Typing again starts over: nothing is said any more.
        m_flow->reset();
        QCOMPARE(m_flow->step(), AddPersonFlow::Typing);
        QCOMPARE(m_flow->failure(), AddPersonFlow::NoFailure);
        QCOMPARE(m_flow->message(), QString());
    }

    /// A PIN typed wrong: the hub refuses (401), the flow says WrongCodeOrPin and puts her on the PIN, nothing is made.
    /// Then the right PIN on the same flow (the positive control): signing in, done, her profile unlocked.
    void aWrongPinThenTheRightOne()
    {
        const auto refused = signIn(url(), m_student.member.login, wrongPin());
        QCOMPARE(refused, (QList<AddPersonFlow::Step>{AddPersonFlow::SigningIn, AddPersonFlow::Failed}));
        QCOMPARE(m_flow->failure(), AddPersonFlow::WrongCodeOrPin);
        QCOMPARE(m_flow->fieldToFix(), AddPersonFlow::PinField);
        QVERIFY2(m_flow->message().contains(u"PIN"_s) && m_flow->message().contains(u"card"_s), qPrintable(m_flow->message()));
        QVERIFY(m_session->store()->profiles().isEmpty());
        QVERIFY(!m_session->isUnlocked());

        const auto admitted = signIn(u" 127.0.0.1:%1/ "_s.arg(m_hub->port()), m_student.member.login.toUpper(), m_student.pin);
        QCOMPARE(admitted, (QList<AddPersonFlow::Step>{AddPersonFlow::SigningIn, AddPersonFlow::Done}));
        QCOMPARE(m_flow->failure(), AddPersonFlow::NoFailure);
        QCOMPARE(m_flow->message(), QString());
        QVERIFY(m_session->isUnlocked());
        QCOMPARE(m_session->store()->current()->id, m_student.member.personId);
    }

    /// Nothing listens at the address: Unreachable, said with the address; then the hub that answers (control).
    void aServerThatCannotBeReachedThenOneThatCan()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString deadUrl = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        const auto steps = signIn(deadUrl, m_student.member.login, m_student.pin);
        QCOMPARE(steps.last(), AddPersonFlow::Failed);
        QCOMPARE(m_flow->failure(), AddPersonFlow::Unreachable);
        QCOMPARE(m_flow->fieldToFix(), AddPersonFlow::PinField);
        QVERIFY2(m_flow->message().contains(u"could not be reached"_s) && m_flow->message().contains(deadUrl),
                 qPrintable(m_flow->message()));
        QVERIFY(m_session->store()->profiles().isEmpty());

        QCOMPARE(signIn(url(), m_student.member.login, m_student.pin).last(), AddPersonFlow::Done);
        QVERIFY(m_session->isUnlocked());
    }

    /// The classroom way with an address and code that cannot be tried: said at once, on the right field.
    void aClassroomCodeTypedShortIsSaidOnTheCode()
    {
        m_flow->setWay(AddPersonFlow::Classroom);
        QCOMPARE(m_flow->way(), AddPersonFlow::Classroom);
        QVERIFY(!m_flow->submit({}, u"127.0.0.1:8765"_s, u"K7PQ2M"_s, {}, m_student.member.login, m_student.pin));
        QCOMPARE(m_flow->failure(), AddPersonFlow::Incomplete);
        QCOMPARE(m_flow->fieldToFix(), AddPersonFlow::ClassroomCodeField);
        QVERIFY(!m_flow->submit({}, QString(), u"K7PQ2M-ABCD-EFGH"_s, {}, m_student.member.login, m_student.pin));
        QCOMPARE(m_flow->fieldToFix(), AddPersonFlow::ClassroomAddressField);
        QVERIFY(m_session->store()->profiles().isEmpty());
    }

    /// The pack way with no pack chosen: said at once, the keyboard to the pack's button.
    void aPackWayWithoutAPack()
    {
        m_flow->setWay(AddPersonFlow::Pack);
        QVERIFY(!m_flow->submit({}, {}, {}, QUrl(), m_student.member.login, m_student.pin));
        QCOMPARE(m_flow->failure(), AddPersonFlow::Incomplete);
        QCOMPARE(m_flow->fieldToFix(), AddPersonFlow::PackField);
        QVERIFY2(m_flow->message().contains(u"pack"_s), qPrintable(m_flow->message()));
    }

    /// What a hub's answer means, for each way: the table the page used to hold in QML.
    void whatAnAnswerMeans_data()
    {
        QTest::addColumn<AddPersonFlow::Way>("way");
        QTest::addColumn<int>("status");
        QTest::addColumn<AddPersonFlow::Failure>("failure");
        QTest::addColumn<AddPersonFlow::Field>("field");
        using F = AddPersonFlow;
        QTest::newRow("server: wrong PIN") << F::SchoolServer << 401 << F::WrongCodeOrPin << F::PinField;
        QTest::newRow("server: too many tries") << F::SchoolServer << 429 << F::TooManyTries << F::PinField;
        QTest::newRow("server: not reached") << F::SchoolServer << 0 << F::Unreachable << F::PinField;
        QTest::newRow("server: its proxy says it is down") << F::SchoolServer << 503 << F::Unreachable << F::PinField;
        QTest::newRow("server: something else answers") << F::SchoolServer << 404 << F::NotTheServer << F::PinField;
        QTest::newRow("server: this device") << F::SchoolServer << -1 << F::NotOnThisDevice << F::PinField;
        QTest::newRow("classroom: no such code") << F::Classroom << 404 << F::NoSuchClassroom << F::ClassroomCodeField;
        QTest::newRow("classroom: another computer's key") << F::Classroom << -2 << F::NotTheClassroom << F::ClassroomCodeField;
        QTest::newRow("classroom: not reached") << F::Classroom << 0 << F::Unreachable << F::ClassroomAddressField;
        QTest::newRow("classroom: wrong PIN") << F::Classroom << 401 << F::WrongCodeOrPin << F::PinField;
    }

    void whatAnAnswerMeans()
    {
        QFETCH(AddPersonFlow::Way, way);
        QFETCH(int, status);
        QFETCH(AddPersonFlow::Failure, failure);
        QFETCH(AddPersonFlow::Field, field);
        QCOMPARE(AddPersonFlow::failureOf(way, status), failure);
        QCOMPARE(AddPersonFlow::fieldFor(way, failure), field);
    }
};

QTEST_GUILESS_MAIN(tst_AddPersonFlow)
#include "tst_addpersonflow.moc"
