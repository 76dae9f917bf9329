// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/demoloader.h"

#include "content/secrets.h"
#include "content/store.h"
#include "content/textfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {

/// The demo as the manifest describes it, read and checked before anything is written.
struct Plan
{
    QString className;
    DemoLoader::Account teacher;
    QList<DemoLoader::Account> students;
    QList<Store::LessonInput> lessons;
    QList<Store::AssignmentInput> assignments;
    QList<int> assignmentLesson; ///< index into lessons, or -1
};

/// Copies a resource folder to a real one: the media store imports files by path.
bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return false;
        QFile::remove(target);
        if (!QFile::copy(source, target))
            return false;
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

DemoLoader::Account accountFrom(const QJsonObject &o, Role role, const QString &secretKey)
{
    return {o.value(u"login"_s).toString(), o.value(u"display_name"_s).toString(), o.value(secretKey).toString(), role, {}};
}

} // namespace

QString DemoLoader::resourceRoot()
{
    return u":/demo"_s;
}

Result<DemoLoader::Report> DemoLoader::load(Store &store, const QString &sourceDir)
{
    using R = Result<Report>;
    auto damaged = [](const QString &why) {
        return R::failure(tr("The demo course is incomplete (%1): reinstall Continuité.").arg(why));
    };

    QTemporaryDir extracted;
    QString dir = sourceDir;
    if (dir.isEmpty()) {
        if (!extracted.isValid() || !copyTree(resourceRoot(), extracted.path()))
            return R::failure(tr("Could not unpack the demo course into a temporary folder: check the free space in %1.")
                                  .arg(QDir::tempPath()));
        dir = extracted.path();
    }
    const QDir base(dir);

    // ---- Read and check everything first: a broken manifest must not leave half a course behind.
    auto manifestText = readUtf8File(base.filePath(u"course.json"_s));
    if (!manifestText)
        return damaged(manifestText.error());
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(manifestText->toUtf8(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return damaged(u"course.json: "_s + parseError.errorString());

    Plan plan;
    plan.className = manifest.value(u"class"_s).toObject().value(u"name"_s).toString();
    plan.teacher = accountFrom(manifest.value(u"teacher"_s).toObject(), Role::Teacher, u"password"_s);
    if (plan.className.isEmpty() || plan.teacher.login.isEmpty())
        return damaged(u"course.json: class or teacher"_s);
    for (const QJsonValue &v : manifest.value(u"students"_s).toArray()) {
        Account a = accountFrom(v.toObject(), Role::Student, u"pin"_s);
        if (a.login.isEmpty())
            return damaged(u"course.json: a student without login"_s);
        plan.students.append(a);
    }
    const QDate today = QDate::currentDate();
    const QJsonArray lessons = manifest.value(u"lessons"_s).toArray();
    for (const QJsonValue &v : lessons) {
        const QJsonObject o = v.toObject();
        auto text = readUtf8File(base.filePath(o.value(u"file"_s).toString()));
        if (!text)
            return damaged(text.error());
        const LessonSections sections = splitLessonMarkdown(*text);
        Store::LessonInput in;
        in.title = o.value(u"title"_s).toString(sections.title);
        in.summary = sections.summary;
        in.beforeClass = sections.beforeClass;
        in.inClass = sections.inClass;
        in.afterClass = sections.afterClass;
        for (const QJsonValue &path : o.value(u"attachments"_s).toArray())
            in.attachmentPaths.append(base.filePath(path.toString()));
        in.markdownBaseDir = base.absolutePath();
        in.plannedDate = today.addDays(o.value(u"planned_in_days"_s).toInt());
        plan.lessons.append(in);
    }
    for (const QJsonValue &v : manifest.value(u"assignments"_s).toArray()) {
        const QJsonObject o = v.toObject();
        auto text = readUtf8File(base.filePath(o.value(u"instructions_file"_s).toString()));
        if (!text)
            return damaged(text.error());
        Store::AssignmentInput in;
        in.title = o.value(u"title"_s).toString();
        in.instructions = text->trimmed();
        in.markdownBaseDir = base.absolutePath();
        const auto type = assignmentTypeFromName(o.value(u"type"_s).toString());
        if (!type)
            return damaged(u"course.json: assignment type"_s);
        in.type = *type;
        if (o.contains(u"quiz_file"_s)) {
            auto quizText = readUtf8File(base.filePath(o.value(u"quiz_file"_s).toString()));
            if (!quizText)
                return damaged(quizText.error());
            QString error;
            const auto quiz = Quiz::fromJson(QJsonDocument::fromJson(quizText->toUtf8()).object(), &error);
            if (!quiz)
                return damaged(error);
            in.quiz = *quiz;
        }
        if (o.contains(u"due_in_days"_s))
            in.due = QDateTime(today.addDays(o.value(u"due_in_days"_s).toInt()), QTime(18, 0)).toUTC();
        const int lesson = o.value(u"lesson"_s).toInt(-1);
        if (lesson >= lessons.size())
            return damaged(u"course.json: assignment lesson index"_s);
        plan.assignments.append(in);
        plan.assignmentLesson.append(lesson);
    }

    const std::optional<Profile> before = store.current();
    auto restore = qScopeGuard([&] {
        if (before)
            store.setCurrent(*before);
    });

    Report report;
    report.className = plan.className;
    report.teacher = plan.teacher;
    report.students = plan.students;

    // ---- Already there? The demo teacher has a class of that name.
    if (store.profile(plan.teacher.login)) {
        auto teacher = store.unlock(plan.teacher.login, plan.teacher.secret);
        if (!teacher)
            return R::failure(tr("This store already has a profile \"%1\" that is not the demo's: load the demo in another data folder.")
                                  .arg(plan.teacher.login));
        report.teacher.personId = teacher->id;
        store.setCurrent(*teacher);
        for (const SchoolClass &c : store.classes()) {
            if (c.name != plan.className)
                continue;
            report.alreadyLoaded = true;
            report.classId = c.meta.id;
            for (Account &s : report.students)
                if (const auto p = store.profile(s.login))
                    s.personId = p->id;
            for (const Lesson &l : store.lessons(c.meta.id))
                report.lessonIds.append(l.meta.id);
            for (const Assignment &a : store.assignments(c.meta.id))
                report.assignmentIds.append(a.meta.id);
            return report;
        }
    }

    // ---- Write it all in one transaction.
    const Status written = store.atomically([&]() -> Status {
        auto teacher = store.profile(plan.teacher.login)
            ? store.unlock(plan.teacher.login, plan.teacher.secret)
            : store.addProfile(plan.teacher.login, plan.teacher.displayName, Role::Teacher, plan.teacher.secret);
        if (!teacher)
            return Status::failure(teacher.error());
        report.teacher.personId = teacher->id;
        store.setCurrent(*teacher);

        auto schoolClass = store.createClass(plan.className);
        if (!schoolClass)
            return Status::failure(schoolClass.error());
        report.classId = schoolClass->meta.id;

        for (Account &s : report.students) {
            auto profile = store.profile(s.login) ? store.unlock(s.login, s.secret)
                                                  : store.addProfile(s.login, s.displayName, Role::Student, s.secret, newUuid());
            if (!profile)
                return Status::failure(tr("The demo student %1: %2").arg(s.login, profile.error()));
            s.personId = profile->id;
            auto member = store.addMember(report.classId, s.personId, Role::Student, s.displayName, s.login, Secrets::hash(s.secret));
            if (!member)
                return Status::failure(member.error());
        }

        for (Store::LessonInput in : std::as_const(plan.lessons)) {
            in.classId = report.classId;
            auto lesson = store.createLesson(in);
            if (!lesson)
                return Status::failure(tr("The demo lesson \"%1\": %2").arg(in.title, lesson.error()));
            if (auto published = store.publishLesson(lesson->meta.id); !published)
                return Status::failure(published.error());
            report.lessonIds.append(lesson->meta.id);
        }

        for (int i = 0; i < plan.assignments.size(); ++i) {
            Store::AssignmentInput in = plan.assignments.at(i);
            in.classId = report.classId;
            if (const int lesson = plan.assignmentLesson.at(i); lesson >= 0)
                in.lessonId = report.lessonIds.at(lesson);
            auto assignment = store.createAssignment(in);
            if (!assignment)
                return Status::failure(tr("The demo assignment \"%1\": %2").arg(in.title, assignment.error()));
            if (auto published = store.publishAssignment(assignment->meta.id); !published)
                return Status::failure(published.error());
            report.assignmentIds.append(assignment->meta.id);
        }
        return success();
    });
    if (!written)
        return R::failure(tr("The demo course was not loaded: %1").arg(written.error()));
    if (!before)
        restore.dismiss(); // nobody was acting: keep the teacher, who just built the course
    return report;
}

} // namespace Continuite
