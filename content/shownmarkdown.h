// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QString>

namespace Continuite {

class MediaStore;

/**
 * A text's Markdown as a reader's window shows it (Text.MarkdownText): MediaStore::renderableMarkdown(), with only
 * the store's pictures that may be decoded. Qt Quick decodes a text's pictures at their own size, as many as it names
 * (review-media21, finding 2: eight 238-byte JPEGs of 5600² cost 1.02 GB). A "media:" picture is shown only when
 * - ImageReducer::showable() passes it (the attachments' check: a format this app reads, its header's size);
 * - it has at most MaxPixels pixels: the app's light copies have a long side of 1600 at most, so a larger picture did
 *   not come from it, and what is decoded is at about the size it is shown;
 * - the budget of this reader (every text given to the same ShownMarkdown: a lesson's three parts) is not used up.
 * Any other picture is its description, "*Picture not loaded: …*", as a picture from elsewhere is.
 */
class ShownMarkdown
{
public:
    static constexpr qint64 MaxPixels = 2LL * 1600 * 1600;
    /// A reader's pictures in all: 48 MP, 25 light photos of 1600 × 1200, about 190 MB decoded.
    static constexpr qint64 DefaultBudgetPixels = 48LL * 1000 * 1000;

    explicit ShownMarkdown(const MediaStore &media, qint64 budgetPixels = DefaultBudgetPixels);
    QString operator()(const QString &markdown);

private:
    const MediaStore &m_media;
    qint64 m_left;
    QHash<QString, bool> m_counted; // a picture named twice is decoded once (Qt Quick caches it by its address)
};

} // namespace Continuite
