// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QQuickTextDocument>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;


/**
 * @brief Changes to a text box's document that one Ctrl+Z takes back whole.
 *
 * A QML TextArea's remove() and insert() are two undo steps: a toolbar button that replaced the words chosen with
 * "**words**" that way lost the words on the first Ctrl+Z (the insertion undone, the removal not yet). Here the
 * changes go through one QTextCursor inside beginEditBlock()/endEditBlock(), the document's own undo unit, which
 * the TextArea's undo() and Ctrl+Z take back in one step.
 */
class UndoableEdit : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static UndoableEdit *create(QQmlEngine *, QJSEngine *) { return new UndoableEdit; }

    /// Replaces the characters [@p start, @p end) of @p document with @p text, as one undo step.
    /// False (and nothing changed) when the range is not inside the document.
    Q_INVOKABLE static bool replace(QQuickTextDocument *document, int start, int end, const QString &text);

    /// Several replacements as one undo step: @p edits is a list of `{start, end, text}`, positions in the text as it
    /// is before any of them; they must not overlap. False (and nothing changed) when one is out of range or they
    /// overlap.
    Q_INVOKABLE static bool replaceAll(QQuickTextDocument *document, const QVariantList &edits);

    /// The text of @p document as it is written, each line break a "\n". A TextArea's `text` is
    /// QTextDocument::toPlainText(), which turns every no-break space (U+00A0, French typography before « : ; ! ? »
    /// and inside « ») into a plain one: a lesson read through it lost them just by being opened (review of app19,
    /// finding 2). Same positions and length as `text`.
    Q_INVOKABLE static QString rawText(QQuickTextDocument *document);

private:
    UndoableEdit() = default;
};
