// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Continuite::Cli {

/// @brief `student add|list`: a class's roster.
class StudentCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(StudentCommand)
public:
    QString name() const override { return QStringLiteral("student"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli
