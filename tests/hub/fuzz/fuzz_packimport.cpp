// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// libFuzzer entry for the pack importer: each input is a whole pack file, imported by the real importer into
// real stores on disk — a student's device (class and student packs), the teacher's (return packs) and, now
// and then, a device that never met the hub (a student's first pack, with a PIN). Even inputs are resealed
// first (a forger recomputes the unkeyed seal), so mutations reach past the seal into the schema, the
// manifest, the changes and the rules; odd ones test the seal itself.
//
// Seeds: at start-up the fuzzer makes a real class, exports a class pack, a pack for one student and a return
// pack, and writes them into the first corpus folder; they import into this run's stores. The checked-in
// corpus (corpus-pack/) holds small real packs of an earlier run: their ids are foreign here, so they exercise
// the file and the manifest. Every import must succeed or say why, and a refusal must leave the store as it was.
#include "content/store.h"
#include "sync/bundle/bundleexporter.h"
#include "sync/bundle/bundlefile.h"
#include "sync/bundle/bundleimporter.h"
#include "tests/storeinternals.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {

struct World
{
    QTemporaryDir dir;
    std::unique_ptr<Store> teacher;
    std::unique_ptr<Store> student;
    std::unique_ptr<Store> fresh;
    QString studentLogin;
    QString studentPin;
    QString input;
};

World *g_world = nullptr;

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    fprintf(stderr, "fuzz_packimport: %s %s\n", what, qPrintable(detail));
    std::abort();
}

std::unique_ptr<Store> openStore(const QString &path)
{
    auto s = Store::open(path);
    if (!s)
        fail("cannot open a store:", s.error());
    return std::move(s).value();
}

template<typename T>
T must(Result<T> r, const char *what)
{
    if (!r)
        fail(what, r.error());
    return std::move(r).value();
}

void copyInto(const QString &from, const QString &folder, const QString &name)
{
    QDir().mkpath(folder);
    QFile::remove(QDir(folder).filePath(name));
    QFile::copy(from, QDir(folder).filePath(name));
}

/// A teacher's class with one lesson and its file, a quiz, two students; a student device that took its pack.
World *makeWorld(const QString &seedFolder)
{
    auto *w = new World;
    const QString root = w->dir.path();
    w->teacher = openStore(root + u"/teacher"_s);
    Store &t = *w->teacher;
    t.setCurrent(must(t.addProfile(u"prof"_s, u"Prof"_s, Role::Teacher, u"secret-123"_s), "teacher profile"));
    const SchoolClass cls = must(t.createClass(u"CM1"_s), "class");
    const NewStudent lea = must(t.addStudent(cls.meta.id, u"Léa"_s), "student");
    must(t.addStudent(cls.meta.id, u"Noé"_s), "student");
    QFile note(root + u"/note.txt"_s);
    if (!note.open(QIODevice::WriteOnly) || note.write("Une fraction est un partage.") <= 0)
        fail("cannot write the attachment");
    note.close();
    Store::LessonInput lesson{cls.meta.id, u"Fractions"_s, u"Partager"_s, u"Lis."_s, u"On partage."_s, u"Exercices."_s,
                              {note.fileName()}, {}, {}, {}};
    const Lesson l = must(t.publishLesson(must(t.createLesson(lesson), "lesson").meta.id), "publish lesson");
    Store::AssignmentInput a;
    a.classId = cls.meta.id;
    a.lessonId = l.meta.id;
    a.title = u"Raconte"_s;
    a.instructions = u"Quelques lignes."_s;
    const Assignment assignment = must(t.publishAssignment(must(t.createAssignment(a), "assignment").meta.id), "publish assignment");

    const QString classPack = root + u"/class.continuite"_s;
    const QString studentPack = root + u"/student.continuite"_s;
    const QString returnPack = root + u"/return.continuite"_s;
    must(BundleExporter(t).exportClassPack(cls.meta.id, classPack), "class pack");
    must(BundleExporter(t).exportStudentPack(lea.member.login, studentPack), "student pack");

    w->student = openStore(root + u"/student"_s);
    Store &s = *w->student;
    s.setCurrent(must(s.addProfile(lea.member.login, u"Léa"_s, Role::Student, {}, lea.member.personId), "student profile"));
    must(BundleImporter(s).import(classPack), "class pack import");
    must(s.submit({assignment.meta.id, u"Ma réponse"_s, {}, {note.fileName()}}), "submission");
    must(BundleExporter(s).exportReturnPack(returnPack), "return pack");

    w->fresh = openStore(root + u"/fresh"_s);
    w->studentLogin = lea.member.login;
    w->studentPin = lea.pin;
    w->input = root + u"/input.continuite"_s;
    if (!seedFolder.isEmpty())
        for (const QString &pack : {classPack, studentPack, returnPack})
            copyInto(pack, seedFolder, u"seed-"_s + QFileInfo(pack).fileName());
    return w;
}

/// What a refused import must leave unchanged.
QString fingerprint(Store &store)
{
    return StoreInternals::database(store)
        .scalar(u"SELECT (SELECT count(*) FROM seen_changes) || '/' || (SELECT count(*) FROM outbox) || '/' || "
                "(SELECT count(*) FROM meta) || '/' || (SELECT count(*) FROM members) || '/' || (SELECT count(*) FROM lessons)"_s)
        .toString();
}

void importInto(Store &store, const QString &path)
{
    const QString before = fingerprint(store);
    auto r = BundleImporter(store).import(path);
    if (!r && r.error().isEmpty())
        fail("a refusal without a reason");
    if (!r && fingerprint(store) != before)
        fail("a refused pack changed the store:", r.error());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int qtArgc = 1;
    static char name[] = "fuzz_packimport";
    static char *qtArgv[] = {name, nullptr};
    new QCoreApplication(qtArgc, qtArgv);
    QLoggingCategory::setFilterRules(u"continuite.*=false"_s);
    QString seedFolder;
    for (int i = 1; i < *argc; ++i)
        if ((*argv)[i][0] != '-') {
            seedFolder = QString::fromLocal8Bit((*argv)[i]);
            break;
        }
    g_world = makeWorld(seedFolder);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = *g_world;
    {
        QFile f(w.input);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            fail("cannot write the input");
    }
    if (size % 2 == 0)
        (void)BundleFile::seal(w.input); // may refuse: then the seal check itself is what runs
    importInto(*w.student, w.input);
    importInto(*w.teacher, w.input);
    // A first pack checks a PIN with argon2id (64 MB, a fraction of a second): one input in sixteen.
    if (size > 0 && data[size - 1] % 16 == 0) {
        const qsizetype profiles = w.fresh->profiles().size();
        auto r = BundleImporter(*w.fresh).importAsNewStudent(w.input, w.studentLogin, w.studentPin);
        if (!r && (r.error().isEmpty() || w.fresh->profiles().size() != profiles))
            fail("a refused first pack left a profile, or gave no reason:", r.error());
    }
    return 0;
}
