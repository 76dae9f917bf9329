// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The class every bundle test starts from: a teacher's device with a class, two students, a published
// lesson with a picture, a draft, a published quiz and an unpublished assignment. Real stores on disk.

#include "content/store.h"
#include "sync/bundle/bundleexporter.h"
#include "sync/bundle/bundleimporter.h"
#include "tests/storeinternals.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace BundleTest {
const QString QuizJson = uR"({"questions": [
  {"id": "q1", "type": "choice", "prompt": "Léa mange 1 carré sur 6. Quelle fraction ?", "choices": ["1/6", "6/1"], "correct": [0], "points": 2},
  {"id": "q2", "type": "short", "prompt": "Écris « trois quarts ».", "accepted": ["3/4"], "points": 1}]})"_s;

/// One device: a store in its own folder, as a family laptop or the teacher's PC would have it.
struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;

    Device()
    {
        auto s = Store::open(dir.path());
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        store = std::move(s).value();
    }
    Store *operator->() { return store.get(); }
    Store &operator*() { return *store; }

    /// What a person could notice changed: the rows of every table, the outbox, what was seen, the keys.
    QString fingerprint()
    {
        QStringList parts;
        for (const QString &table : {u"classes"_s, u"members"_s, u"lessons"_s, u"assignments"_s, u"submissions"_s, u"feedback"_s,
                                     u"progress"_s, u"outbox"_s, u"seen_changes"_s, u"media"_s, u"meta"_s, u"history"_s, u"pinned_keys"_s})
            parts << table + u'=' + StoreInternals::database(*store).scalar(u"SELECT count(*) FROM "_s + table).toString();
        parts << u"hlc="_s + StoreInternals::database(*store).meta(u"hlc"_s);
        return parts.join(u' ');
    }
};

/// A teacher's class as the issue describes it: a published lesson with a picture, a draft, a quiz.
struct Classroom
{
    QTemporaryDir files;
    Device teacher;
    Profile teacherProfile;
    SchoolClass schoolClass;
    NewStudent lea;
    NewStudent noe;
    Lesson lesson;
    Lesson draft;
    Assignment quiz;

    Classroom()
    {
        teacherProfile = teacher->addProfile(u"mme.durand"_s, u"Claire Durand"_s, Role::Teacher, u"secret-123"_s).value();
        teacher->setCurrent(teacherProfile);
        schoolClass = teacher->createClass(u"CM1 Les Étoiles"_s).value();
        lea = teacher->addStudent(schoolClass.meta.id, u"Léa Müller"_s).value();
        noe = teacher->addStudent(schoolClass.meta.id, u"Noé Çelik"_s).value();
        const QString picture = QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo/media/pizza.png");
        Store::LessonInput in{schoolClass.meta.id, u"Partager l'unité"_s, u"Les fractions"_s, u"Regarde la pizza."_s,
                              u"On partage."_s, u"Exercices."_s, {picture}, {}, {}, {}};
        lesson = teacher->publishLesson(teacher->createLesson(in).value().meta.id).value();
        in.title = u"Brouillon secret"_s;
        in.attachmentPaths.clear();
        draft = teacher->createLesson(in).value();
        Store::AssignmentInput a;
        a.classId = schoolClass.meta.id;
        a.lessonId = lesson.meta.id;
        a.title = u"Quiz : lire les fractions"_s;
        a.instructions = u"Réponds aux questions."_s;
        a.type = AssignmentType::Quiz;
        a.quiz = Quiz::fromJson(QJsonDocument::fromJson(QuizJson.toUtf8()).object(), nullptr).value();
        quiz = teacher->publishAssignment(teacher->createAssignment(a).value().meta.id).value();
        a.title = u"Devoir pas encore publié"_s;
        teacher->createAssignment(a).value();
    }

    QString path(const QString &name) const { return files.filePath(name); }

    QString exportClassPack(const QString &name = u"classe.continuite"_s)
    {
        auto s = BundleExporter(*teacher.store).exportClassPack(schoolClass.meta.id, path(name));
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        return s->path;
    }

    /// A student's own device, set up from the login code on their card and the pack's roster.
    std::unique_ptr<Device> studentDevice(const NewStudent &student, const QString &pack)
    {
        auto device = std::make_unique<Device>();
        auto contents = BundleImporter(*device->store).inspect(pack);
        if (!contents)
            qFatal("%s", qPrintable(contents.error()));
        for (const Change &c : contents->changes)
            if (c.kind == u"member" && c.fields.value(u"login"_s).toString() == student.member.login) {
                auto p = (*device)->addProfile(student.member.login, c.fields.value(u"display_name"_s).toString(), Role::Student,
                                               {}, c.fields.value(u"person"_s).toString());
                (*device)->setCurrent(p.value());
            }
        return device;
    }
};
} // namespace BundleTest
