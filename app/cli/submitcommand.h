// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

#include "content/records.h"

namespace Continuite::Cli {

/// @brief `submit ASSIGNMENT`: a student hands in a new version of their work.
class SubmitCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(SubmitCommand)
public:
    QString name() const override { return QStringLiteral("submit"); }
    QList<Subcommand> subcommands() const override;
    /// One version of a student's work for a terminal.
    static QString text(const Submission &submission);
};

/// @brief `submission list`: the versions handed in for an assignment (a student: their own).
class SubmissionCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionCommand)
public:
    QString name() const override { return QStringLiteral("submission"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli

