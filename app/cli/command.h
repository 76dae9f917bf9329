// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Continuite::Cli {

class Context;

/// What a subcommand was given: its options (parsed by QCommandLineParser) and its positional arguments.
struct Invocation
{
    const QCommandLineParser &options;
    QStringList arguments; ///< positional arguments after the command words
};

/**
 * @brief One subcommand ("lesson create"): its synopsis, options, and what it runs.
 *
 * Exit status: 0 done, 1 a user error (Context::fail), 2 bad usage (checked before run is called:
 * unknown options, missing required ones, wrong number of arguments).
 */
struct Subcommand
{
    enum class Needs { Store, Profile };

    QString name;      ///< empty for a group that is a command by itself ("submit", "status")
    QString synopsis;  ///< after the command words, e.g. "--class C --title T …"
    QString summary;   ///< one line for the help
    QList<QCommandLineOption> options;
    QStringList required;   ///< option names that must be given
    QStringList repeatable; ///< option names that may be given several times (--attach)
    int minArguments = 0;
    int maxArguments = 0; ///< -1: any number
    Needs needs = Needs::Profile;
    std::function<int(Context &, const Invocation &)> run;
};

/// @brief A command group ("lesson"): the subcommands that share a first word.
class CommandGroup
{
public:
    virtual ~CommandGroup() = default;
    virtual QString name() const = 0;
    virtual QList<Subcommand> subcommands() const = 0;
};

} // namespace Continuite::Cli
