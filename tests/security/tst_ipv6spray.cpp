// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Found attacking the hub after issue 11: sign-in throttling per address counted each IPv6 address on its own. Any
// phone or household line gets a whole /64 (2^64 addresses), so a script guessing 4-digit PINs across the school's
// login codes took each guess from a new address and the per-address limit (30 failures) bounded nothing: only the
// per-login limits were left (5 free guesses a login). Now an IPv6 address counts under its /64.
#include "hubtestkit.h"

using namespace HubTest;

namespace {

HttpReply signIn(const QString &url, const QString &login, const QString &password, const QByteArray &clientIp)
{
    Client c(url);
    return c.post(u"/v1/login"_s, {{u"login"_s, login}, {u"password"_s, password}, {u"device_id"_s, c.deviceId}},
                  {"X-Forwarded-For: " + clientIp});
}

} // namespace

class TestIpv6Spray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneSlash64IsOneAddress()
    {
        HubLimits limits; // behind the school's reverse proxy, which passes the client's address on
        limits.trustedProxy = u"127.0.0.1"_s;
        limits.clientIpHeader = u"X-Forwarded-For"_s;
        TestHub hub(limits);
        hub.teacher(u"prof"_s);
        // Guesses for made-up logins (no hashing), each from another address of one /64.
        for (int i = 0; i < LoginThrottle::FreeFailuresPerAddress; ++i)
            QCOMPARE(signIn(hub.url(), u"code%1"_s.arg(i), u"0000"_s, "2001:db8:5:7::" + QByteArray::number(i + 1, 16)).status,
                     401L);
        // The next one, from yet another address of that /64, waits.
        const HttpReply locked = signIn(hub.url(), u"prof"_s, u"password-prof"_s, "2001:db8:5:7:abcd:1234:5678:9abc");
        QCOMPARE(locked.status, 429L);
        QCOMPARE(locked.json().value(u"error"_s).toString(), u"too_many_attempts"_s);
        // Positive controls: a neighbour in another /64, an IPv4 client, and an IPv4 client seen through IPv6
        // (mapped) are not locked.
        QCOMPARE(signIn(hub.url(), u"prof"_s, u"password-prof"_s, "2001:db8:5:8::1").status, 200L);
        QCOMPARE(signIn(hub.url(), u"prof"_s, u"password-prof"_s, "198.51.100.2").status, 200L);
        QCOMPARE(signIn(hub.url(), u"prof"_s, u"password-prof"_s, "::ffff:198.51.100.3").status, 200L);
    }
};

QTEST_GUILESS_MAIN(TestIpv6Spray)
#include "tst_ipv6spray.moc"
