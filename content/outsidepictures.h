// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace Continuite {

/**
 * @p markdown with every picture that is not the store's ("media:SHA256") replaced by its description in words,
 * "*Picture not loaded: …*". A picture on the internet ("![](https://tracker.example/p.png?eleve=lea)", an HTML
 * <img>) would be fetched by every pupil's app as the lesson is shown, telling that site each pupil's address and when
 * they read, and costing their data (review-media18, finding 3); a "file:" picture would show whatever that path holds
 * on the reader's device. A reference image ("![a][ref]") becomes a plain link. Links stay links: a person may follow
 * one deliberately. MediaStore::renderableMarkdown() applies it to everything a reader shows.
 */
QString withoutOutsidePictures(const QString &markdown);

/// What a reader sees in place of a picture it does not show, in Markdown: "*Picture not loaded: <description>*" (or
/// without the description when it has none). One sentence for the pictures taken from elsewhere (above) and the store's
/// pictures a reader does not decode (ShownMarkdown).
QString pictureNotLoaded(const QString &description);

/// The sentence refusing, when a text is written (CLI, import), a picture it takes from elsewhere than a file beside
/// it ("https://…", "file://…"): pupils' apps would not show it (withoutOutsidePictures()).
QString outsidePictureRefused(const QString &target);

/// A link as a sentence names it: whole up to 200 characters, else its first 199 and "…", so nobody takes the end they
/// see for the link's end (review-media18, finding 4).
QString linkInSentence(const QString &target);

} // namespace Continuite
