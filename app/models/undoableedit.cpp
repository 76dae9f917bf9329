// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "undoableedit.h"

#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Edit
{
    int start = 0;
    int end = 0;
    QString text;
};
} // namespace

bool UndoableEdit::replace(QQuickTextDocument *document, int start, int end, const QString &text)
{
    return replaceAll(document, {QVariantMap{{u"start"_s, start}, {u"end"_s, end}, {u"text"_s, text}}});
}

bool UndoableEdit::replaceAll(QQuickTextDocument *document, const QVariantList &edits)
{
    QTextDocument *doc = document ? document->textDocument() : nullptr;
    if (!doc)
        return false;
    // Positions as QTextCursor counts them: the plain text's, each line break one character (as TextArea's).
    const int length = doc->characterCount() - 1; // the document's last paragraph separator is not text
    std::vector<Edit> list;
    list.reserve(edits.size());
    for (const QVariant &value : edits) {
        const QVariantMap map = value.toMap();
        Edit edit{map.value(u"start"_s).toInt(), map.value(u"end"_s).toInt(), map.value(u"text"_s).toString()};
        if (edit.start < 0 || edit.end < edit.start || edit.end > length)
            return false;
        list.push_back(std::move(edit));
    }
    // From the end backwards, so that each edit's positions are still those of the text before the others.
    std::sort(list.begin(), list.end(), [](const Edit &a, const Edit &b) { return a.start > b.start; });
    for (std::size_t i = 1; i < list.size(); ++i)
        if (list[i].end > list[i - 1].start)
            return false; // overlapping
    QTextCursor cursor(doc);
    // Undo puts the caret where the block's cursor stood when the block opened: at the first edit, not at 0 (review
    // of app15, finding 1: Ctrl+Z after a toolbar button sent the caret and the scroll to the top of the lesson).
    if (!list.empty())
        cursor.setPosition(list.back().start);
    cursor.beginEditBlock();
    for (const Edit &edit : list) {
        cursor.setPosition(edit.start);
        cursor.setPosition(edit.end, QTextCursor::KeepAnchor);
        cursor.insertText(edit.text); // replaces the selection, or inserts when it is empty
    }
    cursor.endEditBlock();
    return true;
}

QString UndoableEdit::rawText(QQuickTextDocument *document)
{
    const QTextDocument *doc = document ? document->textDocument() : nullptr;
    if (!doc)
        return {};
    // toPlainText() without its no-break space → space: the same separators become "\n".
    QString text = doc->toRawText();
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0xfdd0: // QTextBeginningOfFrame
        case 0xfdd1: // QTextEndOfFrame
        case QChar::ParagraphSeparator:
        case QChar::LineSeparator:
            c = u'\n';
            break;
        default:
            break;
        }
    }
    return text;
}
