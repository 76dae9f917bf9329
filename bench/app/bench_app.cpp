// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// bench_app: the app's figures (issue 5), with the GOALS.md class workload (a school year: 150 lessons,
// 60 assignments, 30 students' work) in the store.
//   start   runs `continuite --data DIR --bench-first-frame` several times: time from spawning the process
//           to its first frame rendered, and the peak memory of that process at that moment.
//   scroll  the student's lesson list (150 lessons) in a 1024×600 window, scrolled from top to bottom by
//           40 px per frame, each frame rendered (software renderer, as on a machine without a usable GPU):
//           time per frame (median, 95th percentile, worst) and CPU.
// Prints one JSON object per step, like the other benches. See bench/README.md, "App benchmark".

#include "bench/common/workload.h"
#include "session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(ContinuitePlugin)

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {

void print(const QJsonObject &o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_app: " << message << '\n';
    return 1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

struct Start
{
    double wallMs = 0;  // from spawning the process to reading its "first frame" line
    double cpuMs = 0;   // CPU the process used until then (steadier than wall time on a shared machine)
    double rssKiB = 0;  // its peak resident memory until then
};

/// One sign-in from the profile chooser to the home's first frame, as the app times it (--bench-sign-in).
struct SignIn
{
    double wallMs = 0;
    double cpuMs = 0;
};

/// Starts the real app on @p dir until its first frame; with @p login, then signs that person in (with @p secret) and
/// reads the time to their home's first frame into @p signIn.
Result<Start> startOnce(const QString &dir, const QString &login = {}, const QString &secret = {}, SignIn *signIn = nullptr)
{
    QProcess app;
    app.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList arguments{u"--data"_s, dir, u"--bench-first-frame"_s};
    if (!login.isEmpty()) {
        arguments << u"--bench-sign-in"_s << login;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CONTINUITE_BENCH_SECRET"_s, secret);
        app.setProcessEnvironment(environment);
    }
    QElapsedTimer timer;
    timer.start();
    app.start(QStringLiteral(CONTINUITE_APP_BINARY), arguments);
    if (!app.waitForStarted(30000))
        return Result<Start>::failure(u"could not start %1"_s.arg(QStringLiteral(CONTINUITE_APP_BINARY)));
    QByteArray line;
    while (!line.contains('\n')) {
        if (!app.waitForReadyRead(60000))
            return Result<Start>::failure(u"no first frame: %1"_s.arg(QString::fromLocal8Bit(app.readAllStandardError())));
        line += app.readAllStandardOutput();
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    app.waitForFinished(60000);
    const QList<QByteArray> lines = QByteArray(line + app.readAllStandardOutput()).trimmed().split('\n');
    line = lines.constFirst();
    if (!login.isEmpty()) {
        // "sign-in MS CPU_MS SCREEN"
        const QList<QByteArray> said = lines.constLast().trimmed().split(' ');
        if (lines.size() < 2 || said.size() != 4 || said.at(0) != "sign-in" || said.at(3) == "profiles")
            return Result<Start>::failure(u"%1 did not reach a home: %2 %3"_s.arg(login, QString::fromUtf8(lines.constLast()),
                                                                                  QString::fromLocal8Bit(app.readAllStandardError())));
        if (signIn)
            *signIn = {said.at(1).toDouble(), said.at(2).toDouble()};
    }
    // "first-frame MS_SINCE_MAIN PEAK_RSS_KIB CPU_MS"
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() != 4 || parts.at(0) != "first-frame")
        return Result<Start>::failure(u"unexpected output: %1"_s.arg(QString::fromUtf8(line)));
    return Start{ms, parts.at(3).toDouble(), parts.at(2).toDouble()};
}

int start(const QString &dir)
{
    constexpr int runs = 7;
    QList<double> times;
    QList<double> cpu;
    QList<double> rss;
    for (int i = 0; i < runs; ++i) {
        auto once = startOnce(dir);
        if (!once)
            return fail(once.error());
        times.append(once->wallMs);
        cpu.append(once->cpuMs);
        rss.append(once->rssKiB);
    }
    print({{u"step"_s, u"app_start"_s},
           {u"runs"_s, runs},
           {u"first_run_ms"_s, times.first()},
           {u"median_ms"_s, percentile(times, 0.5)},
           {u"worst_ms"_s, percentile(times, 1.0)},
           {u"median_cpu_ms"_s, percentile(cpu, 0.5)},
           {u"peak_rss_mib"_s, percentile(rss, 1.0) / 1024.0}});
    return 0;
}

/// The time from the chooser to a home: each home is made when someone signs in (issue 16), with what it shows.
int signIn(const QString &dir, const QString &who, const QString &login, const QString &secret)
{
    constexpr int runs = 5;
    QList<double> times;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        SignIn once;
        if (auto started = startOnce(dir, login, secret, &once); !started)
            return fail(started.error());
        times.append(once.wallMs);
        cpu.append(once.cpuMs);
    }
    print({{u"step"_s, u"app_sign_in"_s},
           {u"who"_s, who},
           {u"runs"_s, runs},
           {u"median_ms"_s, percentile(times, 0.5)},
           {u"worst_ms"_s, percentile(times, 1.0)},
           {u"median_cpu_ms"_s, percentile(cpu, 0.5)}});
    return 0;
}

int scroll(const QString &dir, const QString &studentLogin)
{
    Session *session = Session::instance();
    session->setDataDir(dir);
    if (!session->isReady())
        return fail(session->error());
    if (!session->unlock(studentLogin, {}))
        return fail(session->error());

    QQuickView view;
    view.engine()->addImportPath(u"qrc:/"_s);
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(1024, 600);
    QElapsedTimer loadTimer;
    loadTimer.start();
    view.setSource(QUrl(u"qrc:/Continuite/LessonList.qml"_s));
    if (view.status() != QQuickView::Ready)
        return fail(u"LessonList.qml did not load"_s);
    view.show();
    if (view.grabWindow().isNull())
        return fail(u"the first frame could not be rendered"_s);
    const double firstFrameMs = loadTimer.nsecsElapsed() / 1e6;

    auto *list = view.rootObject()->property("list").value<QQuickItem *>();
    if (!list)
        return fail(u"no list in LessonList.qml"_s);
    const int count = list->property("count").toInt();

    QList<double> frames;
    const double cpuBefore = Bench::cpuSeconds();
    QElapsedTimer total;
    total.start();
    constexpr qreal step = 40;
    // contentHeight is an estimate that grows as delegates are made: go until the view says it is at the end.
    while (!list->property("atYEnd").toBool() && frames.size() < 100000) {
        QElapsedTimer frame;
        frame.start();
        list->setProperty("contentY", list->property("contentY").toReal() + step);
        if (view.grabWindow().isNull())
            return fail(u"a frame could not be rendered"_s);
        frames.append(frame.nsecsElapsed() / 1e6);
    }
    const double seconds = total.nsecsElapsed() / 1e9;
    print({{u"step"_s, u"app_scroll"_s},
           {u"lessons"_s, count},
           {u"list_first_frame_ms"_s, firstFrameMs},
           {u"frames"_s, frames.size()},
           {u"median_frame_ms"_s, percentile(frames, 0.5)},
           {u"p95_frame_ms"_s, percentile(frames, 0.95)},
           {u"worst_frame_ms"_s, percentile(frames, 1.0)},
           {u"frames_per_second"_s, frames.size() / seconds},
           {u"cpu_ms_per_frame"_s, (Bench::cpuSeconds() - cpuBefore) * 1e3 / double(frames.size())}});
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTemporaryDir work;
    if (!work.isValid())
        return fail(u"no temporary folder"_s);
    const QString dir = work.filePath(u"store"_s);
    QString studentLogin;
    QString teacherLogin;
    QString teacherPassword;
    {
        auto store = Store::open(dir);
        if (!store)
            return fail(store.error());
        auto summary = Bench::generateWorkload(*store.value());
        if (!summary)
            return fail(summary.error());
        if (summary->studentLogins.isEmpty())
            return fail(u"the workload made no student"_s);
        studentLogin = summary->studentLogins.constFirst();
        teacherLogin = summary->teacherLogin;
        teacherPassword = summary->teacherPassword;
    }
    if (const int rc = start(dir); rc != 0)
        return rc;
    if (const int rc = signIn(dir, u"student"_s, studentLogin, {}); rc != 0)
        return rc;
    if (const int rc = signIn(dir, u"teacher"_s, teacherLogin, teacherPassword); rc != 0)
        return rc;
    return scroll(dir, studentLogin);
}
