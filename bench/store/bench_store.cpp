// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Store benchmark: a year of a class through the typed API, then open + list, then apply as sync would.
//   bench_store generate DIR   inserts per second through the typed API
//   bench_store list DIR       open the store and list lessons: time and peak memory (its own process)
//   bench_store apply DIR      apply every change of DIR's outbox to a fresh store, in pages: records/s
// bench/run runs all three and prints one JSON object per step.

#include "bench/common/workload.h"
#include "tests/storeinternals.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {
void print(const QJsonObject &o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

int fail(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

int generate(const QString &dir)
{
    QDir(dir).removeRecursively();
    auto store = Store::open(dir);
    if (!store)
        return fail(store.error());
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = Bench::cpuSeconds();
    auto summary = Bench::generateWorkload(*store.value());
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = Bench::cpuSeconds() - cpuBefore;
    if (!summary)
        return fail(summary.error());
    // Writes per record: lessons and assignments are created then published (two writes each).
    const int writes = summary->lessons * 2 + summary->assignments * 2 + summary->submissions;
    print({{u"step"_s, u"generate"_s},
           {u"records"_s, summary->records()},
           {u"writes"_s, writes},
           {u"text_bytes"_s, double(summary->textBytes)},
           {u"seconds"_s, seconds},
           {u"writes_per_second"_s, writes / seconds},
           {u"cpu_seconds"_s, cpu},
           {u"store_bytes"_s, double(QFileInfo(dir + u"/continuite.sqlite"_s).size())}});
    return 0;
}

int list(const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    auto store = Store::open(dir);
    if (!store)
        return fail(store.error());
    const double openMs = timer.nsecsElapsed() / 1e6;
    Store &s = *store.value();
    s.setCurrent(*s.profile(u"prof.bench"_s));
    timer.restart();
    const QList<Lesson> lessons = s.lessons();
    const double listMs = timer.nsecsElapsed() / 1e6;
    s.setCurrent(*s.profile(u"eleve01"_s));
    timer.restart();
    const QList<Lesson> studentLessons = s.lessons();
    const QList<Assignment> assignments = s.assignments();
    const double studentMs = timer.nsecsElapsed() / 1e6;
    print({{u"step"_s, u"list"_s},
           {u"lessons"_s, int(lessons.size())},
           {u"open_ms"_s, openMs},
           {u"list_lessons_ms"_s, listMs},
           {u"student_lessons_and_assignments_ms"_s, studentMs},
           {u"student_lessons"_s, int(studentLessons.size())},
           {u"student_assignments"_s, int(assignments.size())},
           {u"peak_rss_kib"_s, double(Bench::peakRssKiB())}});
    return lessons.size() == 150 ? 0 : fail(u"expected 150 lessons"_s);
}

int apply(const QString &dir)
{
    auto source = Store::open(dir);
    if (!source)
        return fail(source.error());
    const QList<OutboxEntry> entries = source.value()->changes().outbox({}, u"pending"_s, 1'000'000);
    QTemporaryDir target;
    auto store = Store::open(target.path());
    if (!store)
        return fail(store.error());
    Database &db = StoreInternals::database(*store.value());
    ChangeLog &log = store.value()->changes();
    constexpr int Page = 500; // about what one sync response carries
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = Bench::cpuSeconds();
    for (qsizetype from = 0; from < entries.size(); from += Page) {
        QList<Change> page;
        for (qsizetype i = from; i < std::min(entries.size(), from + Page); ++i)
            page << entries.at(i).change;
        Status s = db.write([&]() -> Status {
            if (auto v = log.applyAll(page); !v)
                return Status::failure(v.error());
            return db.setMeta(u"bench_cursor"_s, QString::number(from)) ? success() : Status::failure(u"cursor"_s);
        });
        if (!s)
            return fail(s.error());
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = Bench::cpuSeconds() - cpuBefore;
    print({{u"step"_s, u"apply"_s},
           {u"changes"_s, int(entries.size())},
           {u"seconds"_s, seconds},
           {u"changes_per_second"_s, entries.size() / seconds},
           {u"cpu_seconds"_s, cpu},
           {u"changes_per_cpu_second"_s, entries.size() / cpu}});
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return fail(u"usage: bench_store generate|list|apply DIR"_s);
    if (args.at(1) == u"generate")
        return generate(args.at(2));
    if (args.at(1) == u"list")
        return list(args.at(2));
    if (args.at(1) == u"apply")
        return apply(args.at(2));
    return fail(u"usage: bench_store generate|list|apply DIR"_s);
}
