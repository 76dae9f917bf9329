// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// continuite-faultproxy: the test proxy on the command line, for manual use and shell benchmarks.
// Prints "listening on HOST:PORT" once ready; on SIGINT/SIGTERM prints the byte counters as one JSON
// line and exits; SIGUSR1 prints them without exiting, SIGUSR2 sets them back to zero.

#include "faultproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <optional>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Continuite::FaultProxy;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int sig)
{
    const char c = char(sig);
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

struct Endpoint
{
    QString host;
    quint16 port = 0;
};

std::optional<Endpoint> parseEndpoint(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return Endpoint{text.left(colon), quint16(port)};
}

void printCounters(const FaultProxy &proxy)
{
    const auto c = proxy.counters();
    std::printf("{\"bytes_down\":%lld,\"bytes_up\":%lld,\"connections\":%lld}\n", static_cast<long long>(c.bytesDown),
                static_cast<long long>(c.bytesUp), static_cast<long long>(c.connections));
    std::fflush(stdout);
}

[[noreturn]] void usageError(const QString &message)
{
    QTextStream(stderr) << "continuite-faultproxy: " << message << "\nTry --help.\n";
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"continuite-faultproxy"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A TCP proxy that simulates a bad network: latency, a bandwidth cap, cuts, resets, stalls and "
        "corrupted bytes. Down is upstream → client, up is client → upstream; offsets count the bytes of "
        "one connection in one direction. Cut, stall and corruption fire once unless --every-connection."_s);
    parser.addHelpOption();
    const QList<QCommandLineOption> options = {
        {u"listen"_s, u"Address to listen on (port 0 picks a free one). Default 127.0.0.1:0."_s, u"host:port"_s},
        {u"upstream"_s, u"Where to forward each connection (required)."_s, u"host:port"_s},
        {u"latency-ms"_s, u"One-way delay added in each direction (300 ms round trip = 150)."_s, u"ms"_s},
        {u"latency-down-ms"_s, u"One-way delay upstream → client."_s, u"ms"_s},
        {u"latency-up-ms"_s, u"One-way delay client → upstream."_s, u"ms"_s},
        {u"rate-bps"_s, u"Bandwidth cap in bytes per second, each direction (2G: 20000)."_s, u"bytes/s"_s},
        {u"rate-down-bps"_s, u"Bandwidth cap upstream → client."_s, u"bytes/s"_s},
        {u"rate-up-bps"_s, u"Bandwidth cap client → upstream."_s, u"bytes/s"_s},
        {u"cut-after-down"_s, u"Close the connection after N bytes upstream → client."_s, u"N"_s},
        {u"cut-after-up"_s, u"Close the connection after N bytes client → upstream."_s, u"N"_s},
        {u"stall-after-down"_s, u"Stop forwarding upstream → client after N bytes; keep the sockets open."_s, u"N"_s},
        {u"stall-after-up"_s, u"Stop forwarding client → upstream after N bytes; keep the sockets open."_s, u"N"_s},
        {u"corrupt-down-at"_s, u"Flip the byte at offset N upstream → client."_s, u"N"_s},
        {u"corrupt-up-at"_s, u"Flip the byte at offset N client → upstream."_s, u"N"_s},
        {u"every-connection"_s, u"Cuts, stalls and corruptions apply to every connection, not only the first."_s},
        {u"reset"_s, u"Close with a TCP reset (RST) instead of a clean close, for cuts and passed-on closes."_s},
    };
    parser.addOptions(options);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        usageError(u"unexpected argument: "_s + parser.positionalArguments().constFirst());

    auto number = [&](const QString &name) -> std::optional<qint64> {
        if (!parser.isSet(name))
            return std::nullopt;
        bool ok = false;
        const qint64 v = parser.value(name).toLongLong(&ok);
        if (!ok || v < 0)
            usageError(u"--"_s + name + u" needs a number ≥ 0, not \""_s + parser.value(name) + u"\""_s);
        return v;
    };

    if (!parser.isSet(u"upstream"_s))
        usageError(u"--upstream host:port is required"_s);
    const auto upstream = parseEndpoint(parser.value(u"upstream"_s));
    if (!upstream)
        usageError(u"--upstream needs host:port"_s);
    const auto listen = parseEndpoint(parser.isSet(u"listen"_s) ? parser.value(u"listen"_s) : u"127.0.0.1:0"_s);
    QHostAddress listenAddress;
    if (!listen || !listenAddress.setAddress(listen->host))
        usageError(u"--listen needs an IP address and a port, like 127.0.0.1:8081"_s);

    FaultProxy proxy;
    using D = FaultProxy::Direction;
    using std::chrono::milliseconds;
    const auto scope = parser.isSet(u"every-connection"_s) ? FaultProxy::FaultScope::EveryConnection
                                                           : FaultProxy::FaultScope::Once;
    if (auto v = number(u"latency-ms"_s))
        proxy.setLatency(milliseconds(*v));
    if (auto v = number(u"latency-down-ms"_s))
        proxy.setLatency(D::Down, milliseconds(*v));
    if (auto v = number(u"latency-up-ms"_s))
        proxy.setLatency(D::Up, milliseconds(*v));
    if (auto v = number(u"rate-bps"_s))
        proxy.setRate(*v);
    if (auto v = number(u"rate-down-bps"_s))
        proxy.setRate(D::Down, *v);
    if (auto v = number(u"rate-up-bps"_s))
        proxy.setRate(D::Up, *v);
    if (auto v = number(u"cut-after-down"_s))
        proxy.setCutAfter(D::Down, *v, scope);
    if (auto v = number(u"cut-after-up"_s))
        proxy.setCutAfter(D::Up, *v, scope);
    if (auto v = number(u"stall-after-down"_s))
        proxy.setStallAfter(D::Down, *v, scope);
    if (auto v = number(u"stall-after-up"_s))
        proxy.setStallAfter(D::Up, *v, scope);
    if (auto v = number(u"corrupt-down-at"_s))
        proxy.setCorruptAt(D::Down, *v, scope);
    if (auto v = number(u"corrupt-up-at"_s))
        proxy.setCorruptAt(D::Up, *v, scope);
    proxy.setResetOnClose(parser.isSet(u"reset"_s));

    // Signals reach the event loop through a socket pair (a handler may only write()).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0) {
        std::perror("continuite-faultproxy: socketpair");
        return 1;
    }
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char sig = 0;
        if (::read(g_signalFd[1], &sig, 1) != 1)
            return;
        if (sig == SIGUSR1) {
            printCounters(proxy);
        } else if (sig == SIGUSR2) {
            proxy.resetCounters();
        } else {
            printCounters(proxy);
            QCoreApplication::quit();
        }
    });
    for (int sig : {SIGINT, SIGTERM, SIGUSR1, SIGUSR2}) {
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        ::sigaction(sig, &sa, nullptr);
    }

    if (!proxy.start(upstream->host, upstream->port, listen->port, listenAddress)) {
        QTextStream(stderr) << "continuite-faultproxy: cannot listen on " << listen->host << ':' << listen->port
                            << ": " << proxy.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << "listening on " << listenAddress.toString() << ':' << proxy.port() << Qt::endl;

    const int status = app.exec();
    proxy.stop();
    return status;
}
