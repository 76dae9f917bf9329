// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/hub/hubconfig.h"

#include <QStringList>

#include <cstdio>
#include <optional>

namespace Continuite::Hub {

/**
 * @brief The `continuite-hub` command line: `serve …` and `admin …` (see PROTOCOL.md, "Command line").
 *
 * Exit status: 0 done, 1 a user error (one line on stderr), 2 bad usage. Passwords are read from
 * stdin only, never from arguments (they would show in `ps` and shell history).
 */
int runHubCommand(const QStringList &arguments, FILE *in = stdin, FILE *out = stdout, FILE *err = stderr);

/**
 * The limits `serve` runs with given its limit flags @p flags (`--max-devices 40 …`, without `--data`, `--database` or
 * `--listen`), or nothing when one is unknown or out of its bounds; @p usage then says which, as `serve` does (exit 2).
 */
std::optional<HubLimits> serveLimits(const QStringList &flags, QString *usage = nullptr);

} // namespace Continuite::Hub
