// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// What a client writes must not forge what the school's IT person reads (found attacking the hub after issue 11).
// Before: the request log printed the path as the client sent it, %-decoded, so anyone, without a token, could write
// escape sequences to the admin's terminal and whole fake log lines (a CR or LF in the path); and a device's name, set
// by whoever signs in, went as it was into `continuite-hub admin devices`.
#include "hubtestkit.h"

#include <QProcess>

using namespace HubTest;

namespace {

bool hasControlBytes(const QByteArray &text)
{
    for (const char c : text)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f)
            return true;
    return false;
}

} // namespace

class TestLogInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestLogCannotBeForged()
    {
        HubProcess hub;
        QVERIFY(hub.start());
        Client stranger(hub.url()); // no token
        const HttpReply forged = stranger.request(
            "GET", u"/v1/x%1b%5b2J%1b%5b31mRED%0d%0a2026-01-01T00:00:00.000%20continuite.hub%20POST%20/v1/login%20200%209%20B%201%20ms"_s);
        QCOMPARE(forged.status, 404L);
        QCOMPARE(stranger.request("GET", u"/v1/health"_s).status, 200L);
        // The log lines of both requests are written once the answers are sent: wait for the second.
        QByteArray log;
        for (int i = 0; i < 100 && !log.contains("/v1/health"); ++i) {
            hub.process().waitForReadyRead(100);
            log += hub.process().readAllStandardError();
        }
        QVERIFY2(log.contains("GET /v1/health 200"), log.constData()); // positive control: the honest line
        QVERIFY2(!hasControlBytes(log), log.toPercentEncoding(" /:.%-").constData());
        // Exactly one line per request: the forged one is not a line of its own.
        int requestLines = 0;
        for (const QByteArray &line : log.split('\n'))
            requestLines += line.contains(" GET /v1/") || line.contains(" POST /v1/") ? 1 : 0;
        QCOMPARE(requestLines, 2);
        QVERIFY(log.contains("%1B[2J"));
    }

    void deviceNamesCannotDisguiseWhatTheAdminReads()
    {
        HubProcess hub;
        QVERIFY(hub.start());
        QCOMPARE(hub.admin({u"add-teacher"_s, u"--login"_s, u"prof"_s, u"--name"_s, u"Prof"_s, u"--password-stdin"_s},
                           "motdepasse1\n"),
                 0);
        Client device(hub.url());
        const HttpReply r = device.post(u"/v1/login"_s,
                                        {{u"login"_s, u"prof"_s}, {u"password"_s, u"motdepasse1"_s}, {u"device_id"_s, device.deviceId},
                                         {u"device_name"_s, u"Portable\u001b[2J\r\n00000000-0000-4000-8000-000000000000  admin  "
                                                            "Serveur\u202e\u2028 de la salle"_s}});
        QCOMPARE(r.status, 200L);
        device.token = r.json().value(u"token"_s).toString();
        QProcess admin;
        admin.start(HubProcess::executable(), {u"admin"_s, u"devices"_s, u"--data"_s, hub.dataDir()});
        QVERIFY(admin.waitForFinished(60000));
        const QByteArray out = admin.readAllStandardOutput();
        QCOMPARE(admin.exitCode(), 0);
        QVERIFY2(out.contains("Portable"), out.constData()); // positive control: her device is listed, by its name
        QVERIFY2(!hasControlBytes(out), out.toPercentEncoding(" /:.-").constData());
        QCOMPARE(out.count('\n'), qsizetype(1)); // one device, one line
        QVERIFY(!out.contains("\u202e"));
        // What teachers' devices get is the same name.
        const QJsonArray listed = device.request("GET", u"/v1/devices"_s).json().value(u"devices"_s).toArray();
        QCOMPARE(listed.size(), qsizetype(1));
        const QString name = listed.at(0).toObject().value(u"name"_s).toString();
        QVERIFY(name.startsWith(u"Portable"_s));
        QVERIFY(!name.contains(QChar(0x1b)) && !name.contains(u'\n') && !name.contains(QChar(0x202e)));
    }
};

QTEST_GUILESS_MAIN(TestLogInjection)
#include "tst_loginjection.moc"
