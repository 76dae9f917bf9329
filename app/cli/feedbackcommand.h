// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Continuite::Cli {

/// @brief `feedback give|list`: a teacher's comment and score on one version of a student's work.
class FeedbackCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackCommand)
public:
    QString name() const override { return QStringLiteral("feedback"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli
