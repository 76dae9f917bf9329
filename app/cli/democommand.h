// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Continuite::Cli {

/// @brief `demo load`: the demo course into the store.
class DemoCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli
