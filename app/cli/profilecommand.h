// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Continuite::Cli {

/// @brief `profile add|list|switch`: the people who use this device.
class ProfileCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
public:
    QString name() const override { return QStringLiteral("profile"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli
