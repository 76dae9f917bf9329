// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace Continuite::Cli {

/**
 * @brief continuite-cli: finds the command in the arguments, parses its options, opens the store, runs it.
 *
 * `continuite-cli --data DIR [--user LOGIN] COMMAND … [--json]`; the global options may stand anywhere.
 */
class Application
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Application();
    int run(const QStringList &arguments);

private:
    QString usage() const;
    QString usageOf(const CommandGroup &group, const Subcommand &sub) const;
    int badUsage(const QString &message, const QString &usageText, bool json) const;

    std::vector<std::unique_ptr<CommandGroup>> m_groups;
};

} // namespace Continuite::Cli
