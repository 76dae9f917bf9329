// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Continuite::Cli {

/// @brief `progress open|complete|show`: what a student has opened and finished.
class ProgressCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(ProgressCommand)
public:
    QString name() const override { return QStringLiteral("progress"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli
