// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "application.h"

#include "assignmentcommand.h"
#include "bundlecommand.h"
#include "classcommand.h"
#include "context.h"
#include "democommand.h"
#include "feedbackcommand.h"
#include "lessoncommand.h"
#include "profilecommand.h"
#include "progresscommand.h"
#include "statuscommand.h"
#include "studentcommand.h"
#include "submitcommand.h"
#include "synccommand.h"
#include "walkthroughcommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

namespace {
const QCommandLineOption DataOption(u"data"_s, QCoreApplication::translate("Cli", "The data folder (the store and its media)."), u"DIR"_s);
const QCommandLineOption UserOption(u"user"_s, QCoreApplication::translate("Cli", "Act as this profile for this command."), u"LOGIN"_s);
const QCommandLineOption JsonOption(u"json"_s, QCoreApplication::translate("Cli", "Print one JSON object."));
const QCommandLineOption HelpOption(QStringList{u"h"_s, u"help"_s}, QCoreApplication::translate("Cli", "Show help."));
} // namespace

Application::Application()
{
    m_groups.push_back(std::make_unique<DemoCommand>());
    m_groups.push_back(std::make_unique<ProfileCommand>());
    m_groups.push_back(std::make_unique<ClassCommand>());
    m_groups.push_back(std::make_unique<StudentCommand>());
    m_groups.push_back(std::make_unique<LessonCommand>());
    m_groups.push_back(std::make_unique<AssignmentCommand>());
    m_groups.push_back(std::make_unique<SubmitCommand>());
    m_groups.push_back(std::make_unique<SubmissionCommand>());
    m_groups.push_back(std::make_unique<FeedbackCommand>());
    m_groups.push_back(std::make_unique<ProgressCommand>());
    m_groups.push_back(std::make_unique<StatusCommand>());
    m_groups.push_back(std::make_unique<LoginCommand>());
    m_groups.push_back(std::make_unique<SyncCommand>());
    m_groups.push_back(std::make_unique<BundleCommand>());
    m_groups.push_back(std::make_unique<WalkthroughCommand>());
}

QString Application::usageOf(const CommandGroup &group, const Subcommand &sub) const
{
    QString words = group.name();
    if (!sub.name.isEmpty())
        words += u' ' + sub.name;
    return u"continuite-cli [--data DIR] [--user LOGIN] [--json] "_s + words + (sub.synopsis.isEmpty() ? QString() : u' ' + sub.synopsis);
}

QString Application::usage() const
{
    QString text = tr("Usage: continuite-cli [--data DIR] [--user LOGIN] COMMAND … [--json]") + u"\n\n"_s + tr("Commands:") + u'\n';
    for (const auto &group : m_groups)
        for (const Subcommand &sub : group->subcommands()) {
            QString words = group->name() + (sub.name.isEmpty() ? QString() : u' ' + sub.name);
            text += u"  "_s + QString(words + u' ' + sub.synopsis).trimmed() + u'\n';
            text += u"      "_s + sub.summary + u'\n';
        }
    text += u'\n'
        + tr("The data folder defaults to %1. Exit status: 0 done, 1 an error to fix (the message says how), 2 bad usage.")
              .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        + u'\n';
    return text;
}

int Application::badUsage(const QString &message, const QString &usageText, bool json) const
{
    writeErr(u"continuite-cli: "_s + message.simplified() + u'\n' + usageText + u'\n');
    if (json)
        writeOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"ok"_s, false},
                                                             {u"error"_s, message.simplified()},
                                                             {u"usage"_s, usageText},
                                                             {u"exit"_s, int(BadUsage)}})
                                       .toJson(QJsonDocument::Indented)));
    return BadUsage;
}

int Application::run(const QStringList &arguments)
{
    // The command words are the first two arguments that are neither options nor their values.
    QStringList words;
    bool json = false;
    bool help = false;
    bool version = false; // `continuite-cli --version` alone (feedback give has its own --version V)
    bool optionsStarted = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--json")
            json = true;
        else if (a == u"--help" || a == u"-h")
            help = true;
        else if (a == u"--version" && words.isEmpty())
            version = true;
        else if (a == u"--data" || a == u"--user")
            ++i;
        else if (a.startsWith(u'-'))
            optionsStarted = optionsStarted || !words.isEmpty(); // a subcommand's option may take a value
        else if (!optionsStarted && words.size() < 2)
            words << a;
    }
    if (words.isEmpty()) {
        if (version) { // what an installed package runs to say which it is (tst_packaging)
            writeOut(u"continuite-cli "_s + QCoreApplication::applicationVersion() + u'\n');
            return Ok;
        }
        if (help) {
            writeOut(usage());
            return Ok;
        }
        return badUsage(tr("Which command? See the list below."), usage(), json);
    }
    const CommandGroup *group = nullptr;
    for (const auto &g : m_groups)
        if (g->name() == words.first())
            group = g.get();
    if (!group)
        return badUsage(tr("Unknown command \"%1\".").arg(words.first().left(40)), usage(), json);

    const QList<Subcommand> subs = group->subcommands();
    const Subcommand *sub = nullptr;
    for (const Subcommand &s : subs)
        if (s.name.isEmpty() || (words.size() > 1 && s.name == words.at(1)))
            sub = &s;
    if (!sub) {
        QString groupUsage;
        for (const Subcommand &s : subs)
            groupUsage += u"  "_s + usageOf(*group, s) + u'\n';
        return badUsage(words.size() > 1 ? tr("Unknown command \"%1 %2\".").arg(words.at(0), words.at(1).left(40))
                                         : tr("\"%1\" needs a subcommand.").arg(words.at(0)),
                        groupUsage.trimmed(), json);
    }
    const QString subUsage = tr("Usage: %1").arg(usageOf(*group, *sub));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({DataOption, UserOption, JsonOption, HelpOption});
    parser.addOptions(sub->options);
    if (!parser.parse(arguments))
        return badUsage(parser.errorText(), subUsage, json);
    // "--name --json": QCommandLineParser takes the next option as the value; a person forgot the value.
    const QList<QCommandLineOption> all = sub->options + QList<QCommandLineOption>{DataOption, UserOption, JsonOption, HelpOption};
    QStringList known;
    for (const QCommandLineOption &o : all)
        known += o.names();
    for (const QCommandLineOption &o : all)
        for (const QString &value : parser.values(o))
            if (value.startsWith(u"--"_s) && known.contains(value.mid(2).section(u'=', 0, 0)))
                return badUsage(tr("--%1 needs a value.").arg(o.names().constLast()), subUsage, json);
    if (parser.isSet(HelpOption)) {
        QString text = subUsage + u"\n  "_s + sub->summary + u'\n';
        for (const QCommandLineOption &o : sub->options)
            text += u"  --"_s + o.names().constLast() + (o.valueName().isEmpty() ? QString() : u' ' + o.valueName()) + u"  "_s
                + o.description() + u'\n';
        writeOut(text);
        return Ok;
    }
    QStringList positional = parser.positionalArguments();
    positional.remove(0, sub->name.isEmpty() ? 1 : 2);
    if (positional.size() < sub->minArguments || (sub->maxArguments >= 0 && positional.size() > sub->maxArguments))
        return badUsage(positional.size() < sub->minArguments ? tr("Missing argument: see the usage below.") : tr("Too many arguments: %1").arg(positional.join(u' ').left(80)),
                        subUsage, json);
    for (const QString &name : sub->required)
        if (!parser.isSet(name))
            return badUsage(tr("Missing --%1.").arg(name), subUsage, json);
    for (const QCommandLineOption &o : sub->options)
        if (!o.valueName().isEmpty() && parser.values(o).size() > 1 && !sub->repeatable.contains(o.names().constLast()))
            return badUsage(tr("--%1 is given more than once.").arg(o.names().constLast()), subUsage, json);

    QString dataDir = parser.value(DataOption);
    if (!parser.isSet(DataOption))
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    else if (dataDir.isEmpty())
        return badUsage(tr("--data needs a folder."), subUsage, json);

    Context context(dataDir, parser.value(UserOption), parser.isSet(JsonOption));
    if (const int rc = context.openStore(); rc != Ok)
        return rc;
    if (const int rc = context.selectProfile(sub->needs == Subcommand::Needs::Profile); rc != Ok)
        return rc;
    return sub->run(context, Invocation{parser, positional});
}

} // namespace Continuite::Cli
