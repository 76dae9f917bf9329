// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"

#include <QFile>
#include <QString>

#include <memory>

namespace Continuite {

/// A picture a text links, open: what was checked is what is read.
struct LinkedPicture
{
    QString path;                ///< where the link leads, cleaned and absolute, as the text names it (for messages)
    QString name;                ///< the file name a person sees ("schema.png")
    std::unique_ptr<QFile> file; ///< open for reading, at its start
};

/**
 * The picture a Markdown image link @p target of a text in @p baseDir may attach, opened, or a sentence saying why not.
 *
 * A text is often written elsewhere (a colleague's template, an export from another tool), and what its links reach
 * is sent to the pupils with the lesson: so a link reaches only a picture, by its content (not its name), in the
 * text's folder or below, symlinks resolved. "../.ssh/id_ed25519", "/home/…/notes-eleves.csv", a CSV renamed
 * "schema.png" or a symlink out of the folder are refused (the session-14 review of issue 15, finding 12).
 *
 * The file is opened once, and the checks are of that open file (where it really is, what it holds): the caller
 * copies from LinkedPicture::file and never opens the name again. Checking a name, then opening it again to copy,
 * let a symlink swapped in between (by anyone who can write in the folder) bring in ~/.ssh/id_ed25519
 * (review-media18, finding 2). A link to a file that does not exist is refused with a sentence. The store's
 * linkLocalImages() and the CLI (before it makes any light copy) both ask.
 */
Result<LinkedPicture> openLinkedPicture(const QString &target, const QString &baseDir);

} // namespace Continuite
