// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>

#include <cstdio>

namespace Continuite::Hub {

/**
 * @brief The `continuite-hub` command line: `serve …` and `admin …` (see PROTOCOL.md, "Command line").
 *
 * Exit status: 0 done, 1 a user error (one line on stderr), 2 bad usage. Passwords are read from
 * stdin only, never from arguments (they would show in `ps` and shell history).
 */
int runHubCommand(const QStringList &arguments, FILE *in = stdin, FILE *out = stdout, FILE *err = stderr);

} // namespace Continuite::Hub
