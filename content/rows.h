// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Continuite::Rows {

/// A time as the store keeps it: ISO 8601 in UTC, seconds; empty when invalid.
QString iso(const QDateTime &t);
/// A stored time back (with or without milliseconds), in UTC; invalid when empty.
QDateTime fromIso(const QString &text);
std::optional<double> optionalNumber(const QJsonValue &v);

// Records from the rows Store reads (StoreContext::selectRows: the synced fields by name, plus id, class_id,
// hlc, author and deleted).
RowMeta metaOf(const QJsonObject &row);
SchoolClass classFromRow(const QJsonObject &r);
Member memberFromRow(const QJsonObject &r);
Lesson lessonFromRow(const QJsonObject &r);
/// Without the answer key: Assignments::withAnswerKey() puts it in, by who is looking.
Assignment assignmentFromRow(const QJsonObject &r);
Submission submissionFromRow(const QJsonObject &r);
Feedback feedbackFromRow(const QJsonObject &r);
Progress progressFromRow(const QJsonObject &r);

/// "published" or "draft", as the status field holds it.
QString statusName(PublicationStatus status);

/// The fields an edit changes: each one whose edited value differs from the stored one (a per-field merge then
/// keeps the others' edits of the rest).
struct FieldDiff
{
    QJsonObject fields;
    void operator()(const QString &name, const QJsonValue &before, const QJsonValue &after)
    {
        if (before != after)
            fields.insert(name, after);
    }
};

} // namespace Continuite::Rows
