// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Continuite::Cli {

/// `login --hub URL --login L --password-stdin`: signs this device in to a hub for one person.
class LoginCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    QString name() const override { return QStringLiteral("login"); }
    QList<Subcommand> subcommands() const override;
};

/// `sync`: one sync of the acting profile with its hub; prints what it did.
class SyncCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    QString name() const override { return QStringLiteral("sync"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli
