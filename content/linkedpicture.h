// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"

#include <QString>

namespace Continuite {

/**
 * The file a Markdown image link @p target of a text in @p baseDir may attach, or a sentence saying why not.
 *
 * A text is often written elsewhere (a colleague's template, an export from another tool), and what its links reach
 * is sent to the pupils with the lesson: so a link reaches only a picture, by its content (not its name), in the
 * text's folder or below, symlinks resolved. "../.ssh/id_ed25519", "/home/…/notes-eleves.csv", a CSV renamed
 * "schema.png" or a symlink out of the folder are refused (the session-14 review of issue 15, finding 12). A file
 * that does not exist is returned as it is: the import then says it is missing. The store's linkLocalImages() and the
 * CLI (before it makes any light copy) both ask.
 */
Result<QString> linkedPicture(const QString &target, const QString &baseDir);

} // namespace Continuite
