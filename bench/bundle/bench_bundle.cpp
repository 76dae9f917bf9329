// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Bundle benchmark: a year of a class (bench/common/workload.h) with a few media, as a USB pack.
//   bench_bundle [WORKDIR]
// Prints one JSON object per figure: export and import time and file size of the class pack, a pack for
// one student, a second import of the same pack (idempotent), and the bytes of a typical weekly return pack
// (2 submissions + progress) with its import on the teacher's device.

#include "bench/common/workload.h"
#include "sync/bundle/bundleexporter.h"
#include "sync/bundle/bundleimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {
void print(QJsonObject o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

int fail(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

/// Times @p body in wall and CPU seconds.
template<typename F>
auto timed(F body, double *wall, double *cpu)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = Bench::cpuSeconds();
    auto result = body();
    *wall = timer.nsecsElapsed() / 1e9;
    *cpu = Bench::cpuSeconds() - cpuBefore;
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir scratch;
    const QString work = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.path();
    QDir(work).removeRecursively();
    QDir().mkpath(work);

    auto opened = Store::open(work + u"/teacher"_s);
    if (!opened)
        return fail(opened.error());
    Store &teacher = *opened.value();
    auto workload = Bench::generateWorkload(teacher);
    if (!workload)
        return fail(workload.error());

    // A few media, as a year has: the demo's pictures and worksheet, and six 512 KB scans.
    if (const Status attached = Bench::attachYearMedia(teacher, workload->classId, work); !attached)
        return fail(attached.error());

    // The class pack: what every household gets.
    double wall = 0, cpu = 0;
    const QString classPack = work + u"/classe.continuite"_s;
    auto made = timed([&] { return BundleExporter(teacher).exportClassPack(workload->classId, classPack); }, &wall, &cpu);
    if (!made)
        return fail(made.error());
    print({{u"step"_s, u"export class pack"_s}, {u"changes"_s, made->manifest.changeCount}, {u"files"_s, made->manifest.blobCount},
           {u"file_bytes"_s, double(made->fileBytes)}, {u"media_bytes"_s, double(made->manifest.blobBytes)},
           {u"seconds"_s, wall}, {u"cpu_seconds"_s, cpu}});

    const QString studentPack = work + u"/eleve01.continuite"_s;
    auto one = timed([&] { return BundleExporter(teacher).exportStudentPack(u"eleve01"_s, studentPack); }, &wall, &cpu);
    if (!one)
        return fail(one.error());
    print({{u"step"_s, u"export student pack"_s}, {u"changes"_s, one->manifest.changeCount},
           {u"file_bytes"_s, double(one->fileBytes)}, {u"seconds"_s, wall}, {u"cpu_seconds"_s, cpu}});

    // A student's fresh laptop imports it (profile from the card's login code and the pack's roster).
    auto studentOpened = Store::open(work + u"/student"_s);
    if (!studentOpened)
        return fail(studentOpened.error());
    Store &student = *studentOpened.value();
    const auto me = teacher.profile(u"eleve01"_s);
    auto profile = student.addProfile(me->login, me->displayName, Role::Student, {}, me->id);
    if (!profile)
        return fail(profile.error());
    student.setCurrent(*profile);
    auto in = timed([&] { return BundleImporter(student).import(classPack); }, &wall, &cpu);
    if (!in)
        return fail(in.error());
    print({{u"step"_s, u"import class pack"_s}, {u"applied"_s, in->applied}, {u"files"_s, in->mediaAdded},
           {u"seconds"_s, wall}, {u"cpu_seconds"_s, cpu}, {u"changes_per_second"_s, in->applied / wall},
           {u"lessons_seen"_s, int(student.lessons().size())}});
    auto again = timed([&] { return BundleImporter(student).import(classPack); }, &wall, &cpu);
    if (!again)
        return fail(again.error());
    print({{u"step"_s, u"import the same pack again"_s}, {u"applied"_s, again->applied}, {u"duplicates"_s, again->duplicates},
           {u"seconds"_s, wall}, {u"cpu_seconds"_s, cpu}});

    // A typical week: two assignments handed in (about 1 KB of text each) and a lesson's progress.
    const QList<Assignment> assignments = student.assignments();
    for (int i = 0; i < 2; ++i)
        if (auto s = student.submit({assignments.at(i).meta.id, Bench::frenchMarkdown(7 + i, 1024), {}, {}}); !s)
            return fail(s.error());
    if (auto p = student.recordProgress(student.lessons().first().meta.id, true, 1500); !p)
        return fail(p.error());
    const QString returnPack = work + u"/retour.continuite"_s;
    auto back = timed([&] { return BundleExporter(student).exportReturnPack(returnPack); }, &wall, &cpu);
    if (!back)
        return fail(back.error());
    print({{u"step"_s, u"export weekly return pack"_s}, {u"changes"_s, back->manifest.changeCount},
           {u"file_bytes"_s, double(back->fileBytes)}, {u"seconds"_s, wall}, {u"cpu_seconds"_s, cpu}});
    // The generated class gives its pupils profiles on the teacher's device too, so a pack of theirs from another
    // device waits for her word since session 12 (SECURITY.md, F3): she gives it, as the app's button does.
    BundleImporter::Options confirmed;
    confirmed.trustNewDevice = true;
    auto got = timed([&] { return BundleImporter(teacher).import(returnPack, confirmed); }, &wall, &cpu);
    if (!got)
        return fail(got.error());
    print({{u"step"_s, u"import weekly return pack"_s}, {u"applied"_s, got->applied}, {u"relay_queued"_s, got->relayQueued},
           {u"seconds"_s, wall}, {u"cpu_seconds"_s, cpu}});
    return 0;
}
