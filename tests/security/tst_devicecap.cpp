// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Found by the attack review of the record quota: each sign-in with a new device_id added a device row, charged to
// nobody and kept for ever (signed out, it stays so that its key signs nothing). A student's script signing in with
// a fresh device_id in a loop grew the hub's database without bound. Now a person is signed in on at most
// HubLimits::maxDevicesPerPerson devices at once (32), and keeps at most 8 times that many rows in all.
#include "hubtestkit.h"

using namespace HubTest;

namespace {

HttpReply signIn(Client &device, const QString &login, const QString &pin)
{
    const HttpReply r = device.post(u"/v1/login"_s, {{u"login"_s, login}, {u"password"_s, pin}, {u"device_id"_s, device.deviceId}});
    if (r.status == 200)
        device.token = r.json().value(u"token"_s).toString();
    return r;
}

} // namespace

class TestDeviceCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPersonIsSignedInOnABoundedNumberOfDevices()
    {
        TestHub hub; // the default limit, 32
        QCOMPARE(hub.server().engine().limits().maxDevicesPerPerson, 32);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto pupil = hub.student(*teacher, classId, u"eleve"_s); // her first device
        std::vector<std::unique_ptr<Client>> devices;
        // Positive control: up to the 32nd, each new device signs in.
        for (int i = 2; i <= 32; ++i) {
            devices.push_back(std::make_unique<Client>(hub.url()));
            const HttpReply r = signIn(*devices.back(), u"eleve"_s, u"4821"_s);
            QVERIFY2(r.status == 200, qPrintable(u"device %1: %2 %3"_s.arg(i).arg(r.status).arg(QString::fromUtf8(r.body))));
        }
        // The 33rd is refused with a clear JSON error that says what to do.
        Client extra(hub.url());
        HttpReply r = signIn(extra, u"eleve"_s, u"4821"_s);
        QCOMPARE(r.status, 409L);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"too_many_devices"_s);
        QVERIFY2(r.json().value(u"message"_s).toString().contains(u"sign out a device"_s), r.body.constData());
        // Signing in again on a device she has replaces its row: allowed at the limit.
        QCOMPARE(signIn(*devices.front(), u"eleve"_s, u"4821"_s).status, 200L);
        // Her classmates and her teacher are not concerned.
        auto classmate = hub.student(*teacher, classId, u"voisine"_s);
        QVERIFY(!classmate->token.isEmpty());
        // Signing out one (she does it from another device) frees a place.
        QCOMPARE(pupil->request("DELETE", u"/v1/devices/"_s + devices.back()->deviceId).status, 204L);
        r = signIn(extra, u"eleve"_s, u"4821"_s);
        QVERIFY2(r.status == 200, r.body.constData());
        extra.sync();
        QCOMPARE(extra.lastStatus, 200L);
    }

    void signedOutDevicesAreBoundedToo()
    {
        // Signing in on a new device, signing it out from another, again and again: the rows stay bounded.
        HubLimits limits;
        limits.maxDevicesPerPerson = 2; // so 16 rows in all
        TestHub hub(limits);
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        auto pupil = hub.student(*teacher, classId, u"eleve"_s); // row 1, kept signed in
        int signedIn = 1;
        long last = 200;
        for (int i = 0; i < 40 && last == 200; ++i) {
            Client device(hub.url());
            const HttpReply r = signIn(device, u"eleve"_s, u"4821"_s);
            last = r.status;
            if (r.status == 200) {
                ++signedIn;
                QCOMPARE(pupil->request("DELETE", u"/v1/devices/"_s + device.deviceId).status, 204L);
            } else {
                QCOMPARE(r.json().value(u"error"_s).toString(), u"too_many_devices"_s);
                QVERIFY2(r.json().value(u"message"_s).toString().contains(u"administrator"_s), r.body.constData());
            }
        }
        QCOMPARE(signedIn, 16); // positive control: 15 new devices went in before the bound
        QCOMPARE(last, 409L);
        // Her device still syncs, and signs in again (its own row).
        pupil->sync();
        QCOMPARE(pupil->lastStatus, 200L);
        QCOMPARE(signIn(*pupil, u"eleve"_s, u"4821"_s).status, 200L);
    }

    void theAdministratorLiftsTheBoundForOnePerson()
    {
        // Shared PCs whose profiles are wiped, or a pupil's sign-in/sign-out loop, reach the bound on rows in all: before,
        // nothing but a new account let her sign in on a new device again. Now `admin devices --reset P` counts her rows
        // from there, and her signed-out devices stay signed out (their keys sign nothing).
        HubLimits limits;
        limits.maxDevicesPerPerson = 2; // 16 rows in all
        TestHub hub(limits);
        KeyedDevice pc;
        auto teacher = hub.keyedTeacher(u"prof"_s, pc);
        const QString classId = hub.createClass(*teacher);
        const QString assignment = newUuid();
        QCOMPARE(verdictOf(teacher->sync({change(u"assignment"_s, assignment, classId, *teacher,
                                                 {{u"title"_s, u"Devoir"_s}, {u"status"_s, u"published"_s}})})),
                 u"applied"_s);
        auto pupil = hub.student(*teacher, classId, u"eleve"_s);
        const KeyedDevice stolen; // a phone she signed in on, then signed out
        auto thief = keyedLogin(hub.url(), u"eleve"_s, u"4821"_s, stolen);
        QVERIFY(!thief->token.isEmpty());
        QCOMPARE(pupil->request("DELETE", u"/v1/devices/"_s + stolen.deviceId).status, 204L);
        long last = 200;
        for (int i = 0; i < 40 && last == 200; ++i) {
            Client device(hub.url());
            last = signIn(device, u"eleve"_s, u"4821"_s).status;
            if (last == 200)
                QCOMPARE(pupil->request("DELETE", u"/v1/devices/"_s + device.deviceId).status, 204L);
        }
        QCOMPARE(last, 409L);
        auto signsInOnANewDevice = [&] {
            Client device(hub.url());
            const long status = signIn(device, u"eleve"_s, u"4821"_s).status;
            if (status == 200)
                pupil->request("DELETE", u"/v1/devices/"_s + device.deviceId);
            return status == 200;
        };
        QVERIFY(!signsInOnANewDevice());
        // The administrator's cure, for her alone.
        const auto [account, rows] = hub.server().engine().forgiveDeviceRows(u"eleve"_s);
        QCOMPARE(account.id, pupil->id());
        QCOMPARE(rows, 16);
        QVERIFY(signsInOnANewDevice());
        // The signed-out phone's key still signs nothing, relayed by anyone.
        const QJsonObject r = relay(*teacher, {}, {stolen.signedChange(u"submission"_s, newUuid(), classId, pupil->id(),
                                                                       {{u"assignment_id"_s, assignment}, {u"student"_s, pupil->id()},
                                                                        {u"text"_s, u"volé"_s}})});
        QCOMPARE(verdictOf(r), u"rejected"_s);
        QVERIFY2(reasonOf(r).contains(u"signed out"_s), qPrintable(reasonOf(r)));
        // And the bound holds again from there: 16 more rows at most.
        int more = 1;
        while (more < 40 && signsInOnANewDevice())
            ++more;
        QCOMPARE(more, 16);
    }
};

QTEST_GUILESS_MAIN(TestDeviceCap)
#include "tst_devicecap.moc"
