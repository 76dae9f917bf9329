// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/storecontext.h"

#include "content/linkedpicture.h"
#include "content/outsidepictures.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace Continuite {

using namespace Qt::StringLiterals;

StoreContext::StoreContext(Database &db, ChangeLog &changes, const MediaStore &media, SyncStore &sync,
                           HybridLogicalClock::WallClock wallClock)
    : db(db)
    , changes(changes)
    , media(media)
    , sync(sync)
    , m_wallClock(std::move(wallClock))
{
}

qint64 StoreContext::nowMillis() const
{
    return m_wallClock ? m_wallClock() : QDateTime::currentMSecsSinceEpoch();
}

Status StoreContext::requireCurrent() const
{
    if (!current)
        return Status::failure(tr("No profile is selected: choose who you are first (profile switch)."));
    return success();
}

Status StoreContext::requireTeacherOf(const QString &classId)
{
    if (Status s = requireCurrent(); !s)
        return s;
    if (current->role != Role::Teacher)
        return Status::failure(tr("Only a teacher can do this; %1 is a student profile.").arg(current->login));
    if (selectRows(u"class"_s, u"id = ? AND deleted = 0"_s, {classId}).isEmpty())
        return Status::failure(tr("There is no class %1 here: check the id with \"class list\".").arg(classId));
    if (!isTeacherOf(classId))
        return Status::failure(tr("%1 is not a teacher of this class.").arg(current->login));
    return success();
}

bool StoreContext::isTeacherOf(const QString &classId)
{
    if (!current || current->role != Role::Teacher)
        return false;
    return db.scalar(u"SELECT 1 FROM members WHERE class_id = ? AND person = ? AND role = 'teacher' AND deleted = 0"_s,
                     {classId, current->id}).isValid();
}

bool StoreContext::isMemberOf(const QString &classId)
{
    return current && isMember(classId, current->id);
}

bool StoreContext::isMember(const QString &classId, const QString &person, const QString &role)
{
    return role.isEmpty()
        ? db.scalar(u"SELECT 1 FROM members WHERE class_id = ? AND person = ? AND deleted = 0"_s, {classId, person}).isValid()
        : db.scalar(u"SELECT 1 FROM members WHERE class_id = ? AND person = ? AND role = ? AND deleted = 0"_s,
                    {classId, person, role}).isValid();
}

Status StoreContext::validateTitle(const QString &title, const QString &what) const
{
    if (title.trimmed().isEmpty())
        return Status::failure(tr("The %1 needs a title.").arg(what));
    if (title.size() > MaxTitleLength)
        return Status::failure(tr("The title is too long (%1 characters, at most %2): shorten it.").arg(title.size()).arg(MaxTitleLength));
    return success();
}

Status StoreContext::write(const QString &kind, const QString &row, const QString &classId, const QJsonObject &fields)
{
    auto c = changes.record(kind, row, classId, current->id, fields);
    return c ? success() : Status::failure(c.error());
}

QList<QJsonObject> StoreContext::selectRows(const QString &kind, const QString &where, const QVariantList &values, const QString &order)
{
    const KindSpec *spec = kindSpec(kind);
    QList<QJsonObject> rows;
    if (!spec)
        return rows;
    // Submissions also carry the hub's reception time, a local column that is not a synced field.
    const bool received = spec->kind == u"submission";
    QString sql = u"SELECT id, class_id, hlc, author, deleted, %1%2 FROM %3"_s.arg(spec->fieldNames().join(u", "_s),
                                                                                    received ? u", received_at"_s : QString(), spec->table);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    if (!order.isEmpty())
        sql += u" ORDER BY "_s + order;
    QSqlQuery &q = db.prepare(sql);
    if (!db.exec(q, values))
        return rows;
    while (q.next()) {
        QJsonObject o{{u"id"_s, q.value(0).toString()}, {u"class_id"_s, q.value(1).toString()}, {u"hlc"_s, q.value(2).toString()},
                      {u"author"_s, q.value(3).toString()}};
        for (int i = 0; i < spec->fields.size(); ++i)
            o.insert(spec->fields.at(i).name, columnToJson(q.value(5 + i), spec->fields.at(i).type));
        o.insert(u"deleted"_s, q.value(4).toInt() != 0);
        if (received)
            o.insert(u"received_at"_s, q.value(5 + int(spec->fields.size())).toString());
        rows.append(o);
    }
    q.finish();
    return rows;
}

QList<QJsonObject> StoreContext::visibleDraftableRows(const QString &kind, const QString &classId, const QString &order)
{
    if (!current)
        return {};
    QString where = u"deleted = 0 AND class_id IN (SELECT class_id FROM members WHERE person = ?1 AND deleted = 0"
                    " AND (%1.status = 'published' OR role = 'teacher'))"_s.arg(kindSpec(kind)->table);
    QVariantList values{current->id};
    if (!classId.isEmpty()) {
        where += u" AND class_id = ?2"_s;
        values << classId;
    }
    return selectRows(kind, where, values, order);
}

Result<QList<Attachment>> StoreContext::importAttachments(const QStringList &paths)
{
    QList<Attachment> list;
    for (const QString &path : paths) {
        auto a = importMedia(path);
        if (!a)
            return Result<QList<Attachment>>::failure(a.error());
        // One attachment per content: a picture attached and also linked in the text (the CLI attaches both its
        // light copies) is one file to download.
        if (std::none_of(list.cbegin(), list.cend(), [&](const Attachment &known) { return known.sha256 == a->sha256; }))
            list.append(*a);
    }
    return list;
}

Result<Attachment> StoreContext::importMedia(const QString &path)
{
    return recorded(media.importFile(path));
}

Result<Attachment> StoreContext::importMedia(const LinkedPicture &picture)
{
    return recorded(media.importOpenFile(*picture.file, picture.name));
}

Result<Attachment> StoreContext::recorded(Result<Attachment> a)
{
    if (!a)
        return a;
    Status s = sync.recordFile(a->sha256, a->size, a->mime);
    return s ? a : Result<Attachment>::failure(s.error());
}

Result<QString> StoreContext::linkLocalImages(const QString &markdown, const QString &baseDir, QList<Attachment> *attachments)
{
    static const QRegularExpression image(uR"(!\[([^\]]*)\]\(([^)\s]+)\))"_s);
    QString out;
    qsizetype from = 0;
    auto it = image.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString target = m.captured(2);
        if (target.startsWith(u"media:"_s))
            continue;
        if (target.contains(u"://"_s))
            return Result<QString>::failure(outsidePictureRefused(target));
        // Checked and copied from one open file: the link cannot be swapped in between.
        auto picture = openLinkedPicture(target, baseDir);
        if (!picture)
            return Result<QString>::failure(picture.error());
        auto a = importMedia(*picture);
        if (!a)
            return Result<QString>::failure(tr("The image %1 linked in the text: %2").arg(linkInSentence(target), a.error()));
        bool known = false;
        for (const Attachment &existing : std::as_const(*attachments))
            known = known || existing.sha256 == a->sha256;
        if (!known)
            attachments->append(*a);
        out += markdown.mid(from, m.capturedStart() - from) + u"!["_s + m.captured(1) + u"](media:"_s + a->sha256 + u')';
        from = m.capturedEnd();
    }
    out += markdown.mid(from);
    return out;
}

} // namespace Continuite
