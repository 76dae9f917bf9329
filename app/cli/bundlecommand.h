// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Continuite::Cli {

/// @brief `bundle export|import`: packs on a USB stick for households without internet (issue 6).
class BundleCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommand)
public:
    QString name() const override { return QStringLiteral("bundle"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli
