// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Continuite::Cli {

/// @brief `walkthrough`: the demo course shown headlessly, as a teacher then a student.
class WalkthroughCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(WalkthroughCommand)
public:
    QString name() const override { return QStringLiteral("walkthrough"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli
