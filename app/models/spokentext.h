// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

/**
 * @brief What a screen reader should read for Markdown the app renders: its words in order, list
 * markers kept, and each image replaced by its description ("Image : …", from the Markdown alt text).
 *
 * Qt 6.4 gives a screen reader no text for a `Text` item (QAccessibleQuickItem answers the Text interface
 * only for editable text), and an image inside rendered Markdown reaches it as U+FFFC with no
 * description. The lesson reader and the answer page put this text in a read-only text box that screen
 * readers read line by line.
 */
class SpokenText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static SpokenText *create(QQmlEngine *, QJSEngine *) { return new SpokenText; }

    /// The plain text of @p markdown as a screen reader should read it (lines, list markers, images
    /// described in place).
    Q_INVOKABLE QString fromMarkdown(const QString &markdown) const;

    /// The links of @p markdown in order, each once, as `{text, url}`: only what a click may open
    /// (opensSafely), so a keyboard and a screen reader reach them as buttons.
    Q_INVOKABLE QVariantList linksOf(const QString &markdown) const;

    /// Whether the app may hand @p url to the system: web pages (http, https) and e-mail addresses only.
    /// A lesson comes from a teacher's device or a pack: a `file:` link would open a file of the pupil's
    /// computer, other schemes start whatever program claims them.
    Q_INVOKABLE static bool opensSafely(const QString &url);

private:
    SpokenText() = default;
};
