// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Continuite::Cli {

/// @brief `status`: what this device has not sent yet, and who acts.
class StatusCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
public:
    QString name() const override { return QStringLiteral("status"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli
