// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "democommand.h"

#include "context.h"

#include "content/demoloader.h"

#include <QJsonArray>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

QList<Subcommand> DemoCommand::subcommands() const
{
    Subcommand load;
    load.name = u"load"_s;
    load.summary = tr("Load the demo course (a 6e maths sequence on fractions) into the store; loading twice changes nothing.");
    load.needs = Subcommand::Needs::Store;
    load.run = [](Context &c, const Invocation &) {
        auto report = DemoLoader::load(c.store());
        if (!report)
            return c.fail(report.error());
        QJsonArray students;
        QString people = tr("Teacher: %1 (password %2)").arg(report->teacher.login, report->teacher.secret) + u'\n';
        for (const DemoLoader::Account &s : report->students) {
            students.append(QJsonObject{{u"id"_s, s.personId}, {u"login"_s, s.login}, {u"display_name"_s, s.displayName}, {u"pin"_s, s.secret}});
            people += tr("Student: %1, %2 (PIN %3)").arg(s.login, s.displayName, s.secret) + u'\n';
        }
        const QString headline = report->alreadyLoaded
            ? tr("The demo course \"%1\" is already in this store: nothing was changed.").arg(report->className)
            : tr("Loaded the demo course \"%1\": %2 lessons, %3 assignments, published.")
                  .arg(report->className)
                  .arg(report->lessonIds.size())
                  .arg(report->assignmentIds.size());
        return c.done({{u"already_loaded"_s, report->alreadyLoaded},
                       {u"class_id"_s, report->classId},
                       {u"class_name"_s, report->className},
                       {u"teacher"_s, QJsonObject{{u"id"_s, report->teacher.personId}, {u"login"_s, report->teacher.login},
                                                 {u"display_name"_s, report->teacher.displayName}}},
                       {u"students"_s, students},
                       {u"lessons"_s, QJsonArray::fromStringList(report->lessonIds)},
                       {u"assignments"_s, QJsonArray::fromStringList(report->assignmentIds)}},
                      headline + u'\n' + people);
    };
    return {load};
}

} // namespace Continuite::Cli
