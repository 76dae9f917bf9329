// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/work.h"

#include "content/assignments.h"
#include "content/rows.h"
#include "content/scorescale.h"
#include "content/storecontext.h"

#include <QLocale>
#include <QSqlQuery>

namespace Continuite {

using namespace Qt::StringLiterals;
using Rows::feedbackFromRow;
using Rows::submissionFromRow;

Result<Submission> Work::submit(const SubmissionInput &in, const QList<Attachment> &keptAttachments)
{
    using R = Result<Submission>;
    if (Status s = m.requireCurrent(); !s)
        return R::failure(s.error());
    if (m.current->role != Role::Student)
        return R::failure(tr("Only a student can hand in work."));
    const auto a = m_assignments.assignment(in.assignmentId);
    if (!a)
        return R::failure(tr("There is no assignment %1 for you here.").arg(in.assignmentId.left(80)));
    if (in.text.size() > 256 * 1024)
        return R::failure(tr("The text is too long (%1 characters, at most 262,144).").arg(in.text.size()));
    if (in.text.trimmed().isEmpty() && in.answers.isEmpty() && in.attachmentPaths.isEmpty() && keptAttachments.isEmpty())
        return R::failure(tr("Nothing to hand in: write a text, answer the quiz or attach a file."));
    if (a->type == AssignmentType::Quiz) {
        for (auto it = in.answers.constBegin(); it != in.answers.constEnd(); ++it) {
            bool known = false;
            for (const QuizQuestion &q : a->quiz.questions)
                known = known || q.id == it.key();
            if (!known)
                return R::failure(tr("The quiz has no question \"%1\".").arg(it.key().left(40)));
        }
    }
    for (const Attachment &kept : keptAttachments)
        if (!m.media.contains(kept.sha256))
            return R::failure(tr("The file %1 is not on this device any more: attach it again.").arg(kept.name.left(80)));
    auto imported = m.importAttachments(in.attachmentPaths);
    if (!imported)
        return R::failure(imported.error());
    const QList<Attachment> attachments = keptAttachments + *imported;
    const QString id = newUuid();
    QJsonObject fields{{u"assignment_id"_s, a->meta.id},
                       {u"student"_s, m.current->id},
                       {u"text"_s, in.text},
                       {u"answers"_s, in.answers},
                       {u"attachments"_s, Attachment::listToJson(attachments)},
                       {u"device_time"_s, Rows::iso(QDateTime::currentDateTimeUtc())}};
    // No score is sent: the one that counts is computed where the answer key is safe (the hub, the teacher's device).
    Status s = m.db.write([&]() -> Status {
        if (Status w = m.write(u"submission"_s, id, a->meta.classId, fields); !w)
            return w;
        // The work is handed in: its autosaved draft is no longer needed.
        return m.db.exec(u"DELETE FROM drafts WHERE profile_id = ? AND assignment_id = ?"_s, {m.current->id, a->meta.id})
            ? success() : m.db.sqlFailure(tr("Could not hand in"));
    });
    if (!s)
        return R::failure(s.error());
    return *submission(id);
}

QList<Submission> Work::submissions(const QString &assignmentId, const QString &studentId)
{
    QList<Submission> list;
    const auto a = m_assignments.assignment(assignmentId, true);
    if (!a)
        return list;
    QString student = studentId;
    if (!mayRead(*a, student))
        student = m.current->id; // a student sees only their own work
    QString where = u"assignment_id = ?"_s;
    QVariantList values{assignmentId};
    if (!student.isEmpty()) {
        where += u" AND student = ?"_s;
        values << student;
    }
    QHash<QString, int> versions;
    for (const QJsonObject &r : m.selectRows(u"submission"_s, where, values, u"student, hlc"_s)) {
        Submission s = submissionFromRow(r);
        s.version = ++versions[s.studentId];
        // Graded here from the key, never the number a device sent with the answers.
        s.autoScore.reset();
        s.maxScore.reset();
        if (a->type == AssignmentType::Quiz) {
            s.maxScore = a->quiz.maxScore();
            if (a->quiz.hasKey())
                s.autoScore = a->quiz.grade(s.answers);
        }
        list.append(s);
    }
    return list;
}

std::optional<Submission> Work::submission(const QString &id)
{
    const auto rows = m.selectRows(u"submission"_s, u"id = ?"_s, {id});
    if (rows.isEmpty() || !m.current)
        return std::nullopt;
    const Submission s = submissionFromRow(rows.first());
    for (const Submission &v : submissions(s.assignmentId, s.studentId))
        if (v.meta.id == id)
            return v;
    return std::nullopt;
}

Work::Delivery Work::delivery(const Submission &submission)
{
    if (submission.receivedTime.isValid())
        return {Delivery::State::Sent, {}};
    // The latest outbox entry for this row says where it stands; none means it came from the hub. Found through the
    // index outbox_by_row (schema version 9), whose expression this WHERE must keep to the letter.
    QSqlQuery &q = m.db.prepare(u"SELECT state, reason FROM outbox WHERE kind = 'submission' "
                                 "AND json_extract(body, '$.row') = ? ORDER BY seq DESC LIMIT 1"_s);
    Delivery d{Delivery::State::Sent, {}};
    if (m.db.exec(q, {submission.meta.id}) && q.next()) {
        const QString state = q.value(0).toString();
        d.state = state == u"pending" ? Delivery::State::Waiting : state == u"rejected" ? Delivery::State::Rejected : Delivery::State::Sent;
        d.reason = q.value(1).toString();
    }
    q.finish();
    return d;
}

Result<Feedback> Work::giveFeedback(const QString &submissionId, const QString &comment, std::optional<double> score)
{
    using R = Result<Feedback>;
    const auto s = submission(submissionId);
    if (!s)
        return R::failure(tr("There is no submission %1 here.").arg(submissionId.left(80)));
    if (Status ok = m.requireTeacherOf(s->meta.classId); !ok)
        return R::failure(ok.error());
    if (comment.size() > 32 * 1024)
        return R::failure(tr("The comment is too long (at most 32,768 characters)."));
    if (comment.trimmed().isEmpty() && !score)
        return R::failure(tr("Feedback needs a comment or a score."));
    if (score && (*score < 0 || *score > 1000 || std::isnan(*score)))
        return R::failure(tr("A score must be between 0 and 1000."));
    // Out of the assignment's scale (the quiz's points, else 20): 25 on a /20 is a slip, from the app or the CLI.
    if (const auto a = m_assignments.assignment(s->assignmentId); score && a && *score > Continuite::scoreScale(*a))
        return R::failure(tr("A score must be between 0 and %1, the scale of “%2”.").arg(QLocale().toString(Continuite::scoreScale(*a), 'g', 4), a->title.left(80)));
    const QString id = newUuid();
    QJsonObject fields{{u"submission_id"_s, submissionId}, {u"student"_s, s->studentId}, {u"comment"_s, comment}};
    if (score)
        fields.insert(u"score"_s, *score);
    Status w = m.db.write([&]() { return m.write(u"feedback"_s, id, s->meta.classId, fields); });
    if (!w)
        return R::failure(w.error());
    return feedbackFromRow(m.selectRows(u"feedback"_s, u"id = ?"_s, {id}).first());
}

bool Work::mayRead(const Assignment &assignment, const QString &studentId)
{
    return m.current && (studentId == m.current->id || m.isTeacherOf(assignment.meta.classId));
}

QList<Feedback> Work::feedback(const QString &submissionId)
{
    QList<Feedback> list;
    // The version's own row and its assignment say who may read it; the versions around it (graded again by
    // submission()) are not needed for that: asked once per row by every list of work, that cost the teacher's
    // sign-in 6 G instructions (bench/README, "Session 23").
    const auto rows = m.selectRows(u"submission"_s, u"id = ?"_s, {submissionId});
    if (rows.isEmpty())
        return list;
    const Submission s = submissionFromRow(rows.first());
    const auto a = m_assignments.assignment(s.assignmentId, true);
    if (!a || !mayRead(*a, s.studentId))
        return list;
    for (const QJsonObject &r : m.selectRows(u"feedback"_s, u"submission_id = ? AND deleted = 0"_s, {submissionId}, u"hlc"_s))
        list.append(feedbackFromRow(r));
    return list;
}

QSet<QString> Work::reviewed(const QString &assignmentId)
{
    QSet<QString> ids;
    const auto a = m_assignments.assignment(assignmentId, true);
    if (!a || !m.current)
        return ids;
    // One question for the whole assignment, under the same rule as feedback(): the class's teachers see every
    // pupil's, a pupil her own.
    QString sql = u"SELECT DISTINCT f.submission_id FROM feedback f JOIN submissions s ON s.id = f.submission_id "
                  "WHERE f.deleted = 0 AND s.assignment_id = ?"_s;
    QVariantList values{assignmentId};
    if (!mayRead(*a, {})) {
        sql += u" AND s.student = ?"_s;
        values << m.current->id;
    }
    QSqlQuery &q = m.db.prepare(sql);
    if (m.db.exec(q, values))
        while (q.next())
            ids.insert(q.value(0).toString());
    q.finish();
    return ids;
}

} // namespace Continuite
