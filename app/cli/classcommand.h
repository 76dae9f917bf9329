// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Continuite::Cli {

/// @brief `class create|list`: a teacher's classes.
class ClassCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(ClassCommand)
public:
    QString name() const override { return QStringLiteral("class"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli
