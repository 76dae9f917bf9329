// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

#include "content/records.h"

namespace Continuite::Cli {

/// @brief `assignment create|publish|show|list`: homework, quizzes included.
class AssignmentCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentCommand)
public:
    QString name() const override { return QStringLiteral("assignment"); }
    QList<Subcommand> subcommands() const override;
    /// An assignment for a terminal; @p withKey shows the quiz's answers (a teacher).
    static QString text(const Assignment &assignment, bool withKey);
};

} // namespace Continuite::Cli

