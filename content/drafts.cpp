// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/drafts.h"

#include "content/rows.h"
#include "content/storecontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
// The files of a draft ride in its answers column under their own key, taken out again when read.
const QString DraftFilesKey = u"$files"_s;
} // namespace

Status Drafts::saveDraft(const QString &assignmentId, const QString &text, const QJsonObject &answers,
                         const QStringList &attachmentPaths)
{
    if (Status s = m.requireCurrent(); !s)
        return s;
    if (text.size() > 256 * 1024)
        return Status::failure(tr("The text is too long (%1 characters, at most 262,144).").arg(text.size()));
    QJsonObject stored = answers;
    stored.remove(DraftFilesKey);
    if (!attachmentPaths.isEmpty())
        stored.insert(DraftFilesKey, QJsonArray::fromStringList(attachmentPaths));
    return m.db.write([&]() -> Status {
        return m.db.exec(u"INSERT INTO drafts (profile_id, assignment_id, text, answers, updated_at) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT (profile_id, assignment_id) DO UPDATE SET text = excluded.text, answers = excluded.answers, "
                         "updated_at = excluded.updated_at"_s,
                         {m.current->id, assignmentId, text.isNull() ? u""_s : text, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)),
                          Rows::iso(QDateTime::currentDateTimeUtc())})
            ? success() : m.db.sqlFailure(tr("Could not save your work"));
    });
}

std::optional<std::pair<QString, QJsonObject>> Drafts::draft(const QString &assignmentId)
{
    if (!m.current)
        return std::nullopt;
    QSqlQuery &q = m.db.prepare(u"SELECT text, answers FROM drafts WHERE profile_id = ? AND assignment_id = ?"_s);
    std::optional<std::pair<QString, QJsonObject>> d;
    if (m.db.exec(q, {m.current->id, assignmentId}) && q.next()) {
        QJsonObject answers = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        answers.remove(DraftFilesKey);
        d = std::pair{q.value(0).toString(), answers};
    }
    q.finish();
    return d;
}

QStringList Drafts::draftAttachments(const QString &assignmentId)
{
    if (!m.current)
        return {};
    QSqlQuery &q = m.db.prepare(u"SELECT answers FROM drafts WHERE profile_id = ? AND assignment_id = ?"_s);
    QStringList paths;
    if (m.db.exec(q, {m.current->id, assignmentId}) && q.next()) {
        const QJsonArray files = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(DraftFilesKey).toArray();
        for (const QJsonValue &f : files)
            paths << f.toString();
    }
    q.finish();
    return paths;
}

} // namespace Continuite
