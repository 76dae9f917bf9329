// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/store.h"

#include "content/scorescale.h"
#include "content/secrets.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
const QString StoreFileName = u"continuite.sqlite"_s;
const QString Published = u"published"_s;
const QString Draft = u"draft"_s;

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

RowMeta metaOf(const QJsonObject &row)
{
    return {row.value(u"id"_s).toString(), row.value(u"class_id"_s).toString(), row.value(u"hlc"_s).toString(),
            row.value(u"author"_s).toString(), row.value(u"deleted"_s).toBool()};
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

SchoolClass classFromRow(const QJsonObject &r)
{
    return {metaOf(r), r.value(u"name"_s).toString()};
}

Member memberFromRow(const QJsonObject &r)
{
    return {metaOf(r), r.value(u"person"_s).toString(), roleFromName(r.value(u"role"_s).toString()).value_or(Role::Student),
            r.value(u"display_name"_s).toString(), r.value(u"login"_s).toString()};
}

Lesson lessonFromRow(const QJsonObject &r)
{
    Lesson l;
    l.meta = metaOf(r);
    l.title = r.value(u"title"_s).toString();
    l.summary = r.value(u"summary"_s).toString();
    l.beforeClass = r.value(u"before_class"_s).toString();
    l.inClass = r.value(u"in_class"_s).toString();
    l.afterClass = r.value(u"after_class"_s).toString();
    l.attachments = Attachment::listFromJson(r.value(u"attachments"_s).toArray());
    l.status = r.value(u"status"_s).toString() == Published ? PublicationStatus::Published : PublicationStatus::Draft;
    l.plannedDate = QDate::fromString(r.value(u"planned_date"_s).toString(), Qt::ISODate);
    l.position = r.value(u"position"_s).toInt();
    return l;
}

Assignment assignmentFromRow(const QJsonObject &r)
{
    Assignment a;
    a.meta = metaOf(r);
    a.lessonId = r.value(u"lesson_id"_s).toString();
    a.title = r.value(u"title"_s).toString();
    a.instructions = r.value(u"instructions"_s).toString();
    a.due = fromIso(r.value(u"due"_s).toString());
    a.type = assignmentTypeFromName(r.value(u"type"_s).toString()).value_or(AssignmentType::Text);
    // The key is put in (or not) by Store::withAnswerKey(), by who is looking.
    if (r.value(u"quiz"_s).isObject())
        a.quiz = Quiz::fromStored(r.value(u"quiz"_s).toObject(), {});
    a.answersShown = AnswerKey::modeOf(r);
    a.attachments = Attachment::listFromJson(r.value(u"attachments"_s).toArray());
    a.status = r.value(u"status"_s).toString() == Published ? PublicationStatus::Published : PublicationStatus::Draft;
    return a;
}

Submission submissionFromRow(const QJsonObject &r)
{
    Submission s;
    s.meta = metaOf(r);
    s.assignmentId = r.value(u"assignment_id"_s).toString();
    s.studentId = r.value(u"student"_s).toString();
    s.text = r.value(u"text"_s).toString();
    s.answers = r.value(u"answers"_s).toObject();
    s.attachments = Attachment::listFromJson(r.value(u"attachments"_s).toArray());
    s.deviceTime = fromIso(r.value(u"device_time"_s).toString());
    s.receivedTime = fromIso(r.value(u"received_at"_s).toString());
    s.autoScore = optionalNumber(r.value(u"auto_score"_s));
    s.maxScore = optionalNumber(r.value(u"max_score"_s));
    return s;
}

Feedback feedbackFromRow(const QJsonObject &r)
{
    return {metaOf(r), r.value(u"submission_id"_s).toString(), r.value(u"student"_s).toString(),
            r.value(u"comment"_s).toString(), optionalNumber(r.value(u"score"_s))};
}

Progress progressFromRow(const QJsonObject &r)
{
    Progress p;
    p.meta = metaOf(r);
    p.lessonId = r.value(u"lesson_id"_s).toString();
    p.studentId = r.value(u"student"_s).toString();
    p.openedAt = fromIso(r.value(u"opened_at"_s).toString());
    p.completed = r.value(u"completed"_s).toBool();
    p.completedAt = fromIso(r.value(u"completed_at"_s).toString());
    p.secondsSpent = qint64(r.value(u"seconds_spent"_s).toDouble());
    return p;
}

Profile profileFromQuery(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            roleFromName(q.value(3).toString()).value_or(Role::Student), !q.value(4).toString().isEmpty()};
}

bool validLogin(const QString &login)
{
    static const QRegularExpression re(uR"(^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$)"_s);
    return re.match(login).hasMatch();
}
} // namespace

Store::Store(QString dataDir, std::unique_ptr<Database> db, std::unique_ptr<ChangeLog> changes, MediaStore media,
             HybridLogicalClock::WallClock wallClock)
    : m_dataDir(std::move(dataDir))
    , m_db(std::move(db))
    , m_changes(std::move(changes))
    , m_media(std::move(media))
    , m_sync(*m_db)
    , m_wallClock(std::move(wallClock))
{
}

qint64 Store::nowMillis() const
{
    return m_wallClock ? m_wallClock() : QDateTime::currentMSecsSinceEpoch();
}

Result<std::unique_ptr<Store>> Store::open(const QString &dataDir, const Options &options)
{
    using R = Result<std::unique_ptr<Store>>;
    const QString dir = QDir(dataDir).absolutePath();
    auto db = Database::open(dir + u'/' + StoreFileName, options.targetSchemaVersion);
    if (!db)
        return R::failure(db.error());
    Database &d = *db.value();
    QString device = d.meta(u"device_id"_s);
    if (device.isEmpty()) {
        device = newUuid();
        if (d.schemaVersion() > 0 && !d.write([&]() -> Status {
                return d.setMeta(u"device_id"_s, device) ? success() : d.sqlFailure(tr("Could not initialise the store"));
            }))
            return R::failure(tr("Could not initialise the store: %1").arg(d.lastError()));
    }
    auto changes = std::make_unique<ChangeLog>(d, device, options.wallClock);
    MediaStore media(dir + u"/media"_s, options.maxAttachmentSize);
    media.cleanTemporaryFiles();
    return R(std::unique_ptr<Store>(new Store(dir, std::move(db).value(), std::move(changes), std::move(media), options.wallClock)));
}

// ---- Helpers ----------------------------------------------------------------------------------------

Status Store::requireCurrent()
{
    if (!m_current)
        return Status::failure(tr("No profile is selected: choose who you are first (profile switch)."));
    return success();
}

Status Store::requireTeacherOf(const QString &classId)
{
    if (Status s = requireCurrent(); !s)
        return s;
    if (m_current->role != Role::Teacher)
        return Status::failure(tr("Only a teacher can do this; %1 is a student profile.").arg(m_current->login));
    if (!schoolClass(classId))
        return Status::failure(tr("There is no class %1 here: check the id with \"class list\".").arg(classId));
    if (!isTeacherOf(classId))
        return Status::failure(tr("%1 is not a teacher of this class.").arg(m_current->login));
    return success();
}

Status Store::validateTitle(const QString &title, const QString &what)
{
    if (title.trimmed().isEmpty())
        return Status::failure(tr("The %1 needs a title.").arg(what));
    if (title.size() > MaxTitleLength)
        return Status::failure(tr("The title is too long (%1 characters, at most %2): shorten it.").arg(title.size()).arg(MaxTitleLength));
    return success();
}

Status Store::write(const QString &kind, const QString &row, const QString &classId, const QJsonObject &fields)
{
    auto c = m_changes->record(kind, row, classId, m_current->id, fields);
    return c ? success() : Status::failure(c.error());
}

QList<QJsonObject> Store::selectRows(const QString &kind, const QString &where, const QVariantList &values, const QString &order)
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
    QSqlQuery &q = m_db->prepare(sql);
    if (!m_db->exec(q, values))
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

QList<QJsonObject> Store::visibleDraftableRows(const QString &kind, const QString &classId, const QString &order)
{
    if (!m_current)
        return {};
    // Rows of the current person's classes; students see published ones only, teachers also their drafts.
    QString where = u"deleted = 0 AND class_id IN (SELECT class_id FROM members WHERE person = ?1 AND deleted = 0"
                    " AND (%1.status = 'published' OR role = 'teacher'))"_s.arg(kindSpec(kind)->table);
    QVariantList values{m_current->id};
    if (!classId.isEmpty()) {
        where += u" AND class_id = ?2"_s;
        values << classId;
    }
    return selectRows(kind, where, values, order);
}

Result<QList<Attachment>> Store::importAttachments(const QStringList &paths)
{
    QList<Attachment> list;
    for (const QString &path : paths) {
        auto a = importMedia(path);
        if (!a)
            return Result<QList<Attachment>>::failure(a.error());
        list.append(*a);
    }
    return list;
}

Result<Attachment> Store::importMedia(const QString &path)
{
    auto a = m_media.importFile(path);
    if (!a)
        return a;
    Status s = m_sync.recordFile(a->sha256, a->size, a->mime);
    return s ? a : Result<Attachment>::failure(s.error());
}

Result<QString> Store::linkLocalImages(const QString &markdown, const QString &baseDir, QList<Attachment> *attachments)
{
    static const QRegularExpression image(uR"(!\[([^\]]*)\]\(([^)\s]+)\))"_s);
    QString out;
    qsizetype from = 0;
    auto it = image.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString target = m.captured(2);
        if (target.contains(u"://"_s) || target.startsWith(u"media:"_s))
            continue;
        const QString path = QDir(baseDir).absoluteFilePath(target);
        auto a = importMedia(path);
        if (!a)
            return Result<QString>::failure(tr("The image %1 linked in the text: %2").arg(target, a.error()));
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

QString Store::renderableMarkdown(const QString &markdown) const
{
    static const QRegularExpression link(uR"(\(media:([0-9a-f]{64})\))"_s);
    QString out;
    qsizetype from = 0;
    auto it = link.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString sha = m.captured(1);
        out += markdown.mid(from, m.capturedStart() - from);
        out += m_media.contains(sha) ? u'(' + QUrl::fromLocalFile(m_media.pathOf(sha)).toString() + u')' : u"()"_s;
        from = m.capturedEnd();
    }
    return out + markdown.mid(from);
}

// ---- Profiles ---------------------------------------------------------------------------------------

Result<Profile> Store::addProfile(const QString &login, const QString &displayName, Role role, const QString &secret,
                                  const QString &personId)
{
    using R = Result<Profile>;
    if (!validLogin(login))
        return R::failure(tr("\"%1\" is not a valid login: use letters, digits, dots, dashes (64 at most).").arg(login.left(80)));
    if (displayName.trimmed().isEmpty() || displayName.size() > MaxNameLength)
        return R::failure(tr("A profile needs a name of 1 to %1 characters.").arg(MaxNameLength));
    if (profile(login))
        return R::failure(tr("There is already a profile \"%1\" on this device.").arg(login));
    if (!personId.isEmpty() && !isUuid(personId))
        return R::failure(tr("\"%1\" is not a person id.").arg(personId.left(80)));
    if (role == Role::Teacher && secret.size() < 6)
        return R::failure(tr("A teacher's password needs at least 6 characters."));
    if (role == Role::Student && !secret.isEmpty() && secret.size() < 4)
        return R::failure(tr("A PIN needs at least 4 digits."));
    const Profile p{personId.isEmpty() ? newUuid() : personId, login, displayName.trimmed(), role, !secret.isEmpty()};
    const QString hashed = secret.isEmpty() ? QString() : Secrets::hash(secret);
    Status s = m_db->write([&]() -> Status {
        if (!m_db->exec(u"INSERT INTO profiles (id, login, display_name, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {p.id, p.login, p.displayName, roleName(role), hashed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(hashed),
                         iso(QDateTime::currentDateTimeUtc())}))
            return m_db->sqlFailure(tr("Could not add the profile"));
        return success();
    });
    return s ? R(p) : R::failure(s.error());
}

QList<Profile> Store::profiles()
{
    QList<Profile> list;
    QSqlQuery &q = m_db->prepare(u"SELECT id, login, display_name, role, secret_hash FROM profiles ORDER BY display_name COLLATE NOCASE"_s);
    if (m_db->exec(q))
        while (q.next())
            list.append(profileFromQuery(q));
    q.finish();
    return list;
}

std::optional<Profile> Store::profile(const QString &loginOrId)
{
    QSqlQuery &q = m_db->prepare(u"SELECT id, login, display_name, role, secret_hash FROM profiles WHERE login = ? OR id = ?"_s);
    std::optional<Profile> p;
    if (m_db->exec(q, {loginOrId, loginOrId}) && q.next())
        p = profileFromQuery(q);
    q.finish();
    return p;
}

Result<Profile> Store::unlock(const QString &login, const QString &secret)
{
    using R = Result<Profile>;
    const auto p = profile(login);
    if (!p)
        return R::failure(tr("There is no profile \"%1\" on this device.").arg(login.left(80)));
    if (!p->hasSecret)
        return *p;
    // Wrong tries are counted in the store ("count,last try in ms"), so quitting the app does not reset them.
    const QString key = u"unlock_failures:"_s + p->id;
    const QStringList record = m_db->meta(key).split(u',');
    const int failures = record.value(0).toInt();
    const qint64 lastFailure = record.value(1).toLongLong();
    if (failures >= FreeUnlockAttempts) {
        const qint64 lockMs = std::min<qint64>(30'000LL << std::min(failures - FreeUnlockAttempts, 7), 3'600'000);
        const qint64 waitMs = lastFailure + lockMs - nowMillis();
        if (waitMs > 0)
            return R::failure(tr("Too many wrong tries for %1: wait %2 seconds, then try again.").arg(p->login).arg((waitMs + 999) / 1000));
    }
    const QString hashed = m_db->scalar(u"SELECT secret_hash FROM profiles WHERE id = ?"_s, {p->id}).toString();
    const bool right = Secrets::verify(hashed, secret);
    const QString next = right ? QString() : u"%1,%2"_s.arg(failures + 1).arg(nowMillis());
    Status saved = m_db->write([&]() -> Status {
        if (right ? m_db->exec(u"DELETE FROM meta WHERE key = ?"_s, {key}) : m_db->setMeta(key, next))
            return success();
        return m_db->sqlFailure(tr("Could not save"));
    });
    if (!saved)
        return R::failure(saved.error());
    if (!right)
        return R::failure(p->role == Role::Teacher ? tr("Wrong password for %1.").arg(p->login) : tr("Wrong PIN for %1.").arg(p->login));
    return *p;
}

Status Store::changeSecret(const QString &login, const QString &oldSecret, const QString &newSecret)
{
    auto p = unlock(login, oldSecret);
    if (!p)
        return Status::failure(p.error());
    if (p->role == Role::Teacher && newSecret.size() < 6)
        return Status::failure(tr("A teacher's password needs at least 6 characters."));
    if (p->role == Role::Student && newSecret.size() < 4)
        return Status::failure(tr("A PIN needs at least 4 digits."));
    const QString hashed = Secrets::hash(newSecret);
    return m_db->write([&]() -> Status {
        if (!m_db->exec(u"UPDATE profiles SET secret_hash = ? WHERE id = ?"_s, {hashed, p->id}))
            return m_db->sqlFailure(tr("Could not save the new secret"));
        return success();
    });
}

std::optional<Profile> Store::activeProfile()
{
    const QString id = m_db->meta(u"active_profile"_s);
    return id.isEmpty() ? std::nullopt : profile(id);
}

Status Store::setActiveProfile(const Profile &p)
{
    return m_db->write([&]() -> Status {
        return m_db->setMeta(u"active_profile"_s, p.id) ? success() : m_db->sqlFailure(tr("Could not switch profile"));
    });
}

double Store::textScale(const QString &profileId)
{
    // Kept in meta under a per-profile key, like unlock_failures: no schema change for one number.
    bool ok = false;
    const double scale = m_db->meta(u"text_scale:"_s + profileId).toDouble(&ok);
    return ok && scale > 0 ? scale : 1.0;
}

Status Store::setTextScale(const QString &profileId, double scale)
{
    if (!profile(profileId))
        return Status::failure(tr("There is no profile \"%1\" on this device.").arg(profileId.left(80)));
    return m_db->write([&]() -> Status {
        return m_db->setMeta(u"text_scale:"_s + profileId, QString::number(scale)) ? success()
                                                                                     : m_db->sqlFailure(tr("Could not save"));
    });
}

// ---- Classes and roster -----------------------------------------------------------------------------

bool Store::isTeacherOf(const QString &classId)
{
    if (!m_current || m_current->role != Role::Teacher)
        return false;
    return m_db->scalar(u"SELECT 1 FROM members WHERE class_id = ? AND person = ? AND role = 'teacher' AND deleted = 0"_s,
                        {classId, m_current->id}).isValid();
}

bool Store::isMemberOf(const QString &classId)
{
    return m_current && isMember(classId, m_current->id);
}

bool Store::isMember(const QString &classId, const QString &person, const QString &role)
{
    return role.isEmpty()
        ? m_db->scalar(u"SELECT 1 FROM members WHERE class_id = ? AND person = ? AND deleted = 0"_s, {classId, person}).isValid()
        : m_db->scalar(u"SELECT 1 FROM members WHERE class_id = ? AND person = ? AND role = ? AND deleted = 0"_s,
                       {classId, person, role}).isValid();
}

Result<SchoolClass> Store::createClass(const QString &name)
{
    using R = Result<SchoolClass>;
    if (Status s = requireCurrent(); !s)
        return R::failure(s.error());
    if (m_current->role != Role::Teacher)
        return R::failure(tr("Only a teacher can create a class."));
    if (name.trimmed().isEmpty() || name.size() > MaxTitleLength)
        return R::failure(tr("A class needs a name of 1 to %1 characters.").arg(MaxTitleLength));
    const QString id = newUuid();
    Status s = m_db->write([&]() -> Status {
        if (Status w = write(u"class"_s, id, id, {{u"name"_s, name.trimmed()}}); !w)
            return w;
        // The teacher's own membership has an id every device derives alike, so it is never doubled.
        // No login on a teacher's membership: member logins are students' codes, which the hub turns into
        // accounts; a teacher signs in with their own account.
        return write(u"member"_s, derivedUuid(id, m_current->id), id,
                     {{u"person"_s, m_current->id}, {u"role"_s, u"teacher"_s}, {u"display_name"_s, m_current->displayName}});
    });
    if (!s)
        return R::failure(s.error());
    return *schoolClass(id);
}

QList<SchoolClass> Store::classes()
{
    QList<SchoolClass> list;
    if (!m_current)
        return list;
    for (const QJsonObject &r : selectRows(u"class"_s,
                                           u"deleted = 0 AND id IN (SELECT class_id FROM members WHERE person = ? AND deleted = 0)"_s,
                                           {m_current->id}, u"name COLLATE NOCASE"_s))
        list.append(classFromRow(r));
    return list;
}

std::optional<SchoolClass> Store::schoolClass(const QString &id)
{
    const auto rows = selectRows(u"class"_s, u"id = ? AND deleted = 0"_s, {id});
    return rows.isEmpty() ? std::nullopt : std::optional(classFromRow(rows.first()));
}

Result<NewStudent> Store::addStudent(const QString &classId, const QString &displayName)
{
    using R = Result<NewStudent>;
    if (displayName.trimmed().isEmpty() || displayName.size() > MaxNameLength)
        return R::failure(tr("A student needs a name of 1 to %1 characters.").arg(MaxNameLength));
    const QString pin = Secrets::newPin();
    auto m = addMember(classId, newUuid(), Role::Student, displayName.trimmed(), Secrets::newLoginCode(), Secrets::hash(pin));
    if (!m)
        return R::failure(m.error());
    return NewStudent{*m, pin};
}

Result<Member> Store::addMember(const QString &classId, const QString &personId, Role role, const QString &displayName,
                                const QString &login, const QString &pinHash)
{
    using R = Result<Member>;
    if (Status s = requireTeacherOf(classId); !s)
        return R::failure(s.error());
    if (!isUuid(personId))
        return R::failure(tr("\"%1\" is not a person id.").arg(personId.left(80)));
    const QString id = role == Role::Teacher ? derivedUuid(classId, personId) : newUuid();
    QJsonObject fields{{u"person"_s, personId}, {u"role"_s, roleName(role)}, {u"display_name"_s, displayName}};
    if (role == Role::Student && !login.isEmpty())
        fields.insert(u"login"_s, login);
    if (role == Role::Student && !pinHash.isEmpty())
        fields.insert(u"pin_hash"_s, pinHash);
    Status s = m_db->write([&]() { return write(u"member"_s, id, classId, fields); });
    if (!s)
        return R::failure(s.error());
    return memberFromRow(selectRows(u"member"_s, u"id = ?"_s, {id}).first());
}

Status Store::removeMember(const QString &memberId)
{
    const auto rows = selectRows(u"member"_s, u"id = ? AND deleted = 0"_s, {memberId});
    if (rows.isEmpty())
        return Status::failure(tr("There is no member %1 here.").arg(memberId.left(80)));
    const Member m = memberFromRow(rows.first());
    if (Status s = requireTeacherOf(m.meta.classId); !s)
        return s;
    return m_db->write([&]() { return write(u"member"_s, memberId, m.meta.classId, {{u"deleted"_s, true}}); });
}

Result<NewStudent> Store::resetStudentPin(const QString &memberId)
{
    using R = Result<NewStudent>;
    const auto rows = selectRows(u"member"_s, u"id = ? AND deleted = 0"_s, {memberId});
    if (rows.isEmpty())
        return R::failure(tr("There is no member %1 here.").arg(memberId.left(80)));
    const Member m = memberFromRow(rows.first());
    if (Status s = requireTeacherOf(m.meta.classId); !s)
        return R::failure(s.error());
    if (m.role != Role::Student)
        return R::failure(tr("Only a student has a PIN; a teacher signs in with their password."));
    const QString pin = Secrets::newPin();
    Status s = m_db->write([&]() { return write(u"member"_s, memberId, m.meta.classId, {{u"pin_hash"_s, Secrets::hash(pin)}}); });
    if (!s)
        return R::failure(s.error());
    return NewStudent{m, pin};
}

QList<Member> Store::members(const QString &classId)
{
    QList<Member> list;
    if (!isMemberOf(classId))
        return list;
    const bool teacher = isTeacherOf(classId);
    for (const QJsonObject &r : selectRows(u"member"_s, u"class_id = ? AND deleted = 0"_s, {classId}, u"role DESC, display_name COLLATE NOCASE"_s)) {
        Member m = memberFromRow(r);
        // A student sees their teachers and themselves, not the rest of the roster.
        if (teacher || m.role == Role::Teacher || m.personId == m_current->id)
            list.append(m);
    }
    return list;
}

QList<Member> Store::formerStudents(const QString &classId)
{
    QList<Member> list;
    if (!isTeacherOf(classId))
        return list;
    for (const QJsonObject &r : selectRows(u"member"_s, u"class_id = ? AND deleted = 1 AND role = 'student'"_s, {classId},
                                           u"display_name COLLATE NOCASE"_s))
        list.append(memberFromRow(r));
    return list;
}

// ---- Lessons ----------------------------------------------------------------------------------------

Result<Lesson> Store::createLesson(const LessonInput &in)
{
    using R = Result<Lesson>;
    if (Status s = requireTeacherOf(in.classId); !s)
        return R::failure(s.error());
    if (Status s = validateTitle(in.title, tr("lesson")); !s)
        return R::failure(s.error());
    auto attachments = importAttachments(in.attachmentPaths);
    if (!attachments)
        return R::failure(attachments.error());
    QString sections[3] = {in.beforeClass, in.inClass, in.afterClass};
    if (!in.markdownBaseDir.isEmpty())
        for (QString &section : sections) {
            auto linked = linkLocalImages(section, in.markdownBaseDir, &attachments.value());
            if (!linked)
                return R::failure(linked.error());
            section = *linked;
        }
    const QString id = newUuid();
    const int position = in.position.value_or(
        m_db->scalar(u"SELECT coalesce(max(position), 0) + 1 FROM lessons WHERE class_id = ?"_s, {in.classId}).toInt());
    QJsonObject fields{{u"title"_s, in.title.trimmed()},
                       {u"summary"_s, in.summary},
                       {u"before_class"_s, sections[0]},
                       {u"in_class"_s, sections[1]},
                       {u"after_class"_s, sections[2]},
                       {u"attachments"_s, Attachment::listToJson(*attachments)},
                       {u"status"_s, Draft},
                       {u"position"_s, position}};
    if (in.plannedDate.isValid())
        fields.insert(u"planned_date"_s, in.plannedDate.toString(Qt::ISODate));
    Status s = m_db->write([&]() { return write(u"lesson"_s, id, in.classId, fields); });
    if (!s)
        return R::failure(s.error());
    return *lesson(id);
}

Result<Lesson> Store::updateLesson(const Lesson &edited)
{
    using R = Result<Lesson>;
    const auto stored = lesson(edited.meta.id);
    if (!stored)
        return R::failure(tr("There is no lesson %1 here.").arg(edited.meta.id.left(80)));
    if (Status s = requireTeacherOf(stored->meta.classId); !s)
        return R::failure(s.error());
    if (Status s = validateTitle(edited.title, tr("lesson")); !s)
        return R::failure(s.error());
    QJsonObject fields;
    auto diff = [&fields](const QString &name, const QJsonValue &before, const QJsonValue &after) {
        if (before != after)
            fields.insert(name, after);
    };
    diff(u"title"_s, stored->title, edited.title.trimmed());
    diff(u"summary"_s, stored->summary, edited.summary);
    diff(u"before_class"_s, stored->beforeClass, edited.beforeClass);
    diff(u"in_class"_s, stored->inClass, edited.inClass);
    diff(u"after_class"_s, stored->afterClass, edited.afterClass);
    diff(u"attachments"_s, Attachment::listToJson(stored->attachments), Attachment::listToJson(edited.attachments));
    diff(u"planned_date"_s, stored->plannedDate.toString(Qt::ISODate), edited.plannedDate.toString(Qt::ISODate));
    diff(u"position"_s, stored->position, edited.position);
    diff(u"status"_s, stored->status == PublicationStatus::Published ? Published : Draft,
         edited.status == PublicationStatus::Published ? Published : Draft);
    if (fields.isEmpty())
        return *stored;
    Status s = m_db->write([&]() { return write(u"lesson"_s, stored->meta.id, stored->meta.classId, fields); });
    if (!s)
        return R::failure(s.error());
    return *lesson(stored->meta.id);
}

Result<Lesson> Store::attachToLesson(const QString &lessonId, const QStringList &paths)
{
    auto l = lesson(lessonId);
    if (!l)
        return Result<Lesson>::failure(tr("There is no lesson %1 here.").arg(lessonId.left(80)));
    if (Status s = requireTeacherOf(l->meta.classId); !s)
        return Result<Lesson>::failure(s.error());
    auto added = importAttachments(paths);
    if (!added)
        return Result<Lesson>::failure(added.error());
    for (const Attachment &a : *added) {
        bool known = false;
        for (const Attachment &existing : std::as_const(l->attachments))
            known = known || existing.sha256 == a.sha256;
        if (!known)
            l->attachments.append(a);
    }
    return updateLesson(*l);
}

Result<Lesson> Store::publishLesson(const QString &lessonId)
{
    auto l = lesson(lessonId);
    if (!l)
        return Result<Lesson>::failure(tr("There is no lesson %1 here.").arg(lessonId.left(80)));
    l->status = PublicationStatus::Published;
    return updateLesson(*l);
}

Status Store::deleteLesson(const QString &lessonId)
{
    const auto l = lesson(lessonId);
    if (!l)
        return Status::failure(tr("There is no lesson %1 here.").arg(lessonId.left(80)));
    if (Status s = requireTeacherOf(l->meta.classId); !s)
        return s;
    return m_db->write([&]() { return write(u"lesson"_s, lessonId, l->meta.classId, {{u"deleted"_s, true}}); });
}

std::optional<Lesson> Store::lesson(const QString &id)
{
    const auto rows = selectRows(u"lesson"_s, u"id = ? AND deleted = 0"_s, {id});
    if (rows.isEmpty())
        return std::nullopt;
    Lesson l = lessonFromRow(rows.first());
    if (!isMemberOf(l.meta.classId) || (l.status == PublicationStatus::Draft && !isTeacherOf(l.meta.classId)))
        return std::nullopt;
    return l;
}

QList<Lesson> Store::lessons(const QString &classId)
{
    QList<Lesson> list;
    for (const QJsonObject &r : visibleDraftableRows(u"lesson"_s, classId, u"position, title"_s))
        list.append(lessonFromRow(r));
    return list;
}

// ---- Assignments ------------------------------------------------------------------------------------

Result<Assignment> Store::createAssignment(const AssignmentInput &in)
{
    using R = Result<Assignment>;
    if (Status s = requireTeacherOf(in.classId); !s)
        return R::failure(s.error());
    if (Status s = validateTitle(in.title, tr("assignment")); !s)
        return R::failure(s.error());
    if (!in.lessonId.isEmpty()) {
        const auto l = lesson(in.lessonId);
        if (!l || l->meta.classId != in.classId)
            return R::failure(tr("There is no lesson %1 in this class.").arg(in.lessonId.left(80)));
    }
    if (in.type == AssignmentType::Quiz && in.quiz.isEmpty())
        return R::failure(tr("A quiz assignment needs questions (--quiz FILE)."));
    if (in.type == AssignmentType::Quiz && !in.quiz.hasKey())
        return R::failure(tr("Each quiz question needs its right answers."));
    const AnswersShown answersShown = in.answersShown.value_or(AnswerKey::defaultFor(in.due));
    if (Status s = validateAnswersShown(in.type, answersShown, in.due); !s)
        return R::failure(s.error());
    auto attachments = importAttachments(in.attachmentPaths);
    if (!attachments)
        return R::failure(attachments.error());
    QString instructions = in.instructions;
    if (!in.markdownBaseDir.isEmpty()) {
        auto linked = linkLocalImages(instructions, in.markdownBaseDir, &attachments.value());
        if (!linked)
            return R::failure(linked.error());
        instructions = *linked;
    }
    const QString id = newUuid();
    QJsonObject fields{{u"title"_s, in.title.trimmed()},
                       {u"instructions"_s, instructions},
                       {u"type"_s, assignmentTypeName(in.type)},
                       {u"attachments"_s, Attachment::listToJson(*attachments)},
                       {u"status"_s, Draft}};
    if (!in.lessonId.isEmpty())
        fields.insert(u"lesson_id"_s, in.lessonId);
    if (in.due.isValid())
        fields.insert(u"due"_s, iso(in.due));
    if (in.type == AssignmentType::Quiz) {
        // The questions go with the assignment; the right answers in their own row, which students get only
        // when the teacher's choice allows it.
        fields.insert(u"quiz"_s, AnswerKey::questionsOnly(in.quiz.toJson()));
        fields.insert(u"answers_shown"_s, AnswerKey::name(answersShown));
    }
    Status s = m_db->write([&]() -> Status {
        if (Status w = write(u"assignment"_s, id, in.classId, fields); !w)
            return w;
        if (in.type != AssignmentType::Quiz)
            return success();
        return write(u"answer_key"_s, AnswerKey::rowId(id, in.classId), in.classId,
                     {{u"assignment_id"_s, id}, {u"answers"_s, AnswerKey::keyOf(in.quiz.toJson())}});
    });
    if (!s)
        return R::failure(s.error());
    return *assignment(id);
}

Result<Assignment> Store::updateAssignment(const Assignment &edited)
{
    using R = Result<Assignment>;
    const auto stored = assignment(edited.meta.id);
    if (!stored)
        return R::failure(tr("There is no assignment %1 here.").arg(edited.meta.id.left(80)));
    if (Status s = requireTeacherOf(stored->meta.classId); !s)
        return R::failure(s.error());
    if (Status s = validateTitle(edited.title, tr("assignment")); !s)
        return R::failure(s.error());
    if (!edited.lessonId.isEmpty() && edited.lessonId != stored->lessonId) {
        const auto l = lesson(edited.lessonId);
        if (!l || l->meta.classId != stored->meta.classId)
            return R::failure(tr("There is no lesson %1 in this class.").arg(edited.lessonId.left(80)));
    }
    if (edited.type == AssignmentType::Quiz && edited.quiz.isEmpty())
        return R::failure(tr("A quiz assignment needs questions (--quiz FILE)."));
    if (edited.type == AssignmentType::Quiz) {
        QString why;
        if (!Quiz::fromJson(edited.quiz.toJson(), &why))
            return R::failure(why);
    }
    if (Status s = validateAnswersShown(edited.type, edited.answersShown, edited.due); !s)
        return R::failure(s.error());
    QJsonObject fields;
    auto diff = [&fields](const QString &name, const QJsonValue &before, const QJsonValue &after) {
        if (before != after)
            fields.insert(name, after);
    };
    diff(u"title"_s, stored->title, edited.title.trimmed());
    diff(u"instructions"_s, stored->instructions, edited.instructions);
    diff(u"lesson_id"_s, stored->lessonId, edited.lessonId);
    diff(u"due"_s, iso(stored->due), iso(edited.due));
    diff(u"type"_s, assignmentTypeName(stored->type), assignmentTypeName(edited.type));
    const bool quiz = edited.type == AssignmentType::Quiz;
    diff(u"quiz"_s, stored->type == AssignmentType::Quiz ? QJsonValue(AnswerKey::questionsOnly(stored->quiz.toJson())) : QJsonValue(),
         quiz ? QJsonValue(AnswerKey::questionsOnly(edited.quiz.toJson())) : QJsonValue());
    diff(u"answers_shown"_s, stored->type == AssignmentType::Quiz ? AnswerKey::name(stored->answersShown) : QString(),
         quiz ? AnswerKey::name(edited.answersShown) : QString());
    const QJsonObject key = quiz ? AnswerKey::keyOf(edited.quiz.toJson()) : QJsonObject();
    const QString keyRow = AnswerKey::rowId(stored->meta.id, stored->meta.classId);
    const bool keyChanged = quiz && key != selectRows(u"answer_key"_s, u"id = ?"_s, {keyRow}).value(0).value(u"answers"_s).toObject();
    diff(u"attachments"_s, Attachment::listToJson(stored->attachments), Attachment::listToJson(edited.attachments));
    diff(u"status"_s, stored->status == PublicationStatus::Published ? Published : Draft,
         edited.status == PublicationStatus::Published ? Published : Draft);
    if (fields.isEmpty() && !keyChanged)
        return *stored;
    Status s = m_db->write([&]() -> Status {
        if (!fields.isEmpty())
            if (Status w = write(u"assignment"_s, stored->meta.id, stored->meta.classId, fields); !w)
                return w;
        if (!keyChanged)
            return success();
        return write(u"answer_key"_s, keyRow, stored->meta.classId, {{u"assignment_id"_s, stored->meta.id}, {u"answers"_s, key}});
    });
    if (!s)
        return R::failure(s.error());
    return *assignment(stored->meta.id);
}

Status Store::validateAnswersShown(AssignmentType type, AnswersShown mode, const QDateTime &due)
{
    if (type == AssignmentType::Quiz && mode == AnswersShown::AfterDue && !due.isValid())
        return Status::failure(tr("The answers cannot be shown after the due date: there is none. Set a due date or "
                                  "choose when the answers are shown (--answers-shown after-submit, never or practice)."));
    return success();
}

bool Store::mayReadAnswerKey(const Assignment &a)
{
    if (isTeacherOf(a.meta.classId))
        return true;
    if (!m_current || a.type != AssignmentType::Quiz)
        return false;
    const bool handedIn = m_db->scalar(u"SELECT 1 FROM submissions WHERE assignment_id = ? AND student = ? LIMIT 1"_s,
                                       {a.meta.id, m_current->id}).isValid();
    return AnswerKey::released(a.answersShown, a.due, handedIn, QDateTime::fromMSecsSinceEpoch(nowMillis(), Qt::UTC));
}

Assignment Store::withAnswerKey(Assignment a)
{
    if (a.type != AssignmentType::Quiz)
        return a;
    if (!mayReadAnswerKey(a)) {
        a.quiz.forgetKey(); // a quiz row from before the key had its own row may still carry it
        return a;
    }
    const auto key = selectRows(u"answer_key"_s, u"id = ? AND deleted = 0"_s, {AnswerKey::rowId(a.meta.id, a.meta.classId)});
    if (!key.isEmpty())
        a.quiz = Quiz::fromStored(AnswerKey::questionsOnly(a.quiz.toJson()), key.first().value(u"answers"_s).toObject());
    return a;
}

Result<Assignment> Store::publishAssignment(const QString &assignmentId)
{
    using R = Result<Assignment>;
    const auto a = assignment(assignmentId);
    if (!a)
        return R::failure(tr("There is no assignment %1 here.").arg(assignmentId.left(80)));
    if (Status s = requireTeacherOf(a->meta.classId); !s)
        return R::failure(s.error());
    if (a->status == PublicationStatus::Published)
        return *a;
    Status s = m_db->write([&]() { return write(u"assignment"_s, assignmentId, a->meta.classId, {{u"status"_s, Published}}); });
    if (!s)
        return R::failure(s.error());
    return *assignment(assignmentId);
}

Status Store::deleteAssignment(const QString &assignmentId)
{
    const auto a = assignment(assignmentId);
    if (!a)
        return Status::failure(tr("There is no assignment %1 here.").arg(assignmentId.left(80)));
    if (Status s = requireTeacherOf(a->meta.classId); !s)
        return s;
    return m_db->write([&]() { return write(u"assignment"_s, assignmentId, a->meta.classId, {{u"deleted"_s, true}}); });
}

std::optional<Assignment> Store::assignment(const QString &id, bool includeDeleted)
{
    const auto rows = selectRows(u"assignment"_s, includeDeleted ? u"id = ?"_s : u"id = ? AND deleted = 0"_s, {id});
    if (rows.isEmpty())
        return std::nullopt;
    Assignment a = assignmentFromRow(rows.first());
    if (!isMemberOf(a.meta.classId) || (a.status == PublicationStatus::Draft && !isTeacherOf(a.meta.classId)))
        return std::nullopt;
    return withAnswerKey(a);
}

QList<Assignment> Store::assignments(const QString &classId)
{
    QList<Assignment> list;
    for (const QJsonObject &r : visibleDraftableRows(u"assignment"_s, classId, u"coalesce(due, '9999'), title"_s))
        list.append(withAnswerKey(assignmentFromRow(r)));
    return list;
}

// ---- Submissions, feedback, progress ------------------------------------------------------------------

Result<Submission> Store::submit(const SubmissionInput &in, const QList<Attachment> &keptAttachments)
{
    using R = Result<Submission>;
    if (Status s = requireCurrent(); !s)
        return R::failure(s.error());
    if (m_current->role != Role::Student)
        return R::failure(tr("Only a student can hand in work."));
    const auto a = assignment(in.assignmentId);
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
        if (!m_media.contains(kept.sha256))
            return R::failure(tr("The file %1 is not on this device any more: attach it again.").arg(kept.name.left(80)));
    auto imported = importAttachments(in.attachmentPaths);
    if (!imported)
        return R::failure(imported.error());
    const QList<Attachment> attachments = keptAttachments + *imported;
    const QString id = newUuid();
    QJsonObject fields{{u"assignment_id"_s, a->meta.id},
                       {u"student"_s, m_current->id},
                       {u"text"_s, in.text},
                       {u"answers"_s, in.answers},
                       {u"attachments"_s, Attachment::listToJson(attachments)},
                       {u"device_time"_s, iso(QDateTime::currentDateTimeUtc())}};
    // No score is sent: the one that counts is computed where the answer key is safe (the hub, the teacher's device).
    Status s = m_db->write([&]() -> Status {
        if (Status w = write(u"submission"_s, id, a->meta.classId, fields); !w)
            return w;
        // The work is handed in: its autosaved draft is no longer needed.
        return m_db->exec(u"DELETE FROM drafts WHERE profile_id = ? AND assignment_id = ?"_s, {m_current->id, a->meta.id})
            ? success() : m_db->sqlFailure(tr("Could not hand in"));
    });
    if (!s)
        return R::failure(s.error());
    return *submission(id);
}

QList<Submission> Store::submissions(const QString &assignmentId, const QString &studentId)
{
    QList<Submission> list;
    const auto a = assignment(assignmentId, true);
    if (!a)
        return list;
    QString student = studentId;
    if (!isTeacherOf(a->meta.classId))
        student = m_current->id; // a student sees only their own work
    QString where = u"assignment_id = ?"_s;
    QVariantList values{assignmentId};
    if (!student.isEmpty()) {
        where += u" AND student = ?"_s;
        values << student;
    }
    QHash<QString, int> versions;
    for (const QJsonObject &r : selectRows(u"submission"_s, where, values, u"student, hlc"_s)) {
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

std::optional<Submission> Store::submission(const QString &id)
{
    const auto rows = selectRows(u"submission"_s, u"id = ?"_s, {id});
    if (rows.isEmpty() || !m_current)
        return std::nullopt;
    const Submission s = submissionFromRow(rows.first());
    for (const Submission &v : submissions(s.assignmentId, s.studentId))
        if (v.meta.id == id)
            return v;
    return std::nullopt;
}

Store::Delivery Store::delivery(const Submission &submission)
{
    if (submission.receivedTime.isValid())
        return {Delivery::State::Sent, {}};
    // The latest outbox entry for this row says where it stands; none means it came from the hub.
    QSqlQuery &q = m_db->prepare(u"SELECT state, reason FROM outbox WHERE kind = 'submission' "
                                  "AND json_extract(body, '$.row') = ? ORDER BY seq DESC LIMIT 1"_s);
    Delivery d{Delivery::State::Sent, {}};
    if (m_db->exec(q, {submission.meta.id}) && q.next()) {
        const QString state = q.value(0).toString();
        d.state = state == u"pending" ? Delivery::State::Waiting : state == u"rejected" ? Delivery::State::Rejected : Delivery::State::Sent;
        d.reason = q.value(1).toString();
    }
    q.finish();
    return d;
}

Result<Feedback> Store::giveFeedback(const QString &submissionId, const QString &comment, std::optional<double> score)
{
    using R = Result<Feedback>;
    const auto s = submission(submissionId);
    if (!s)
        return R::failure(tr("There is no submission %1 here.").arg(submissionId.left(80)));
    if (Status ok = requireTeacherOf(s->meta.classId); !ok)
        return R::failure(ok.error());
    if (comment.size() > 32 * 1024)
        return R::failure(tr("The comment is too long (at most 32,768 characters)."));
    if (comment.trimmed().isEmpty() && !score)
        return R::failure(tr("Feedback needs a comment or a score."));
    if (score && (*score < 0 || *score > 1000 || std::isnan(*score)))
        return R::failure(tr("A score must be between 0 and 1000."));
    // Out of the assignment's scale (the quiz's points, else 20): 25 on a /20 is a slip, from the app or the CLI.
    if (const auto a = assignment(s->assignmentId); score && a && *score > Continuite::scoreScale(*a))
        return R::failure(tr("A score must be between 0 and %1, the scale of “%2”.").arg(QLocale().toString(Continuite::scoreScale(*a), 'g', 4), a->title.left(80)));
    const QString id = newUuid();
    QJsonObject fields{{u"submission_id"_s, submissionId}, {u"student"_s, s->studentId}, {u"comment"_s, comment}};
    if (score)
        fields.insert(u"score"_s, *score);
    Status w = m_db->write([&]() { return write(u"feedback"_s, id, s->meta.classId, fields); });
    if (!w)
        return R::failure(w.error());
    return feedbackFromRow(selectRows(u"feedback"_s, u"id = ?"_s, {id}).first());
}

QList<Feedback> Store::feedback(const QString &submissionId)
{
    QList<Feedback> list;
    if (!submission(submissionId))
        return list;
    for (const QJsonObject &r : selectRows(u"feedback"_s, u"submission_id = ? AND deleted = 0"_s, {submissionId}, u"hlc"_s))
        list.append(feedbackFromRow(r));
    return list;
}

Result<Progress> Store::recordProgress(const QString &lessonId, bool completed, qint64 secondsSpent)
{
    using R = Result<Progress>;
    if (Status s = requireCurrent(); !s)
        return R::failure(s.error());
    if (m_current->role != Role::Student)
        return R::failure(tr("Progress is recorded for students."));
    const auto l = lesson(lessonId);
    if (!l)
        return R::failure(tr("There is no lesson %1 for you here.").arg(lessonId.left(80)));
    if (secondsSpent < 0 || secondsSpent > 24 * 3600)
        return R::failure(tr("Time spent must be between 0 and 24 hours."));
    const QString id = derivedUuid(m_current->id, lessonId);
    const auto before = progress(lessonId);
    const QString now = iso(QDateTime::currentDateTimeUtc());
    QJsonObject fields{{u"lesson_id"_s, lessonId},
                       {u"student"_s, m_current->id},
                       {u"opened_at"_s, before && before->openedAt.isValid() ? iso(before->openedAt) : now},
                       {u"completed"_s, completed || (before && before->completed)},
                       {u"seconds_spent"_s, double((before ? before->secondsSpent : 0) + secondsSpent)}};
    if (completed && !(before && before->completedAt.isValid()))
        fields.insert(u"completed_at"_s, now);
    Status s = m_db->write([&]() { return write(u"progress"_s, id, l->meta.classId, fields); });
    if (!s)
        return R::failure(s.error());
    return *progress(lessonId);
}

std::optional<Progress> Store::progress(const QString &lessonId, const QString &studentId)
{
    if (!m_current)
        return std::nullopt;
    const QString student = studentId.isEmpty() ? m_current->id : studentId;
    const auto rows = selectRows(u"progress"_s, u"id = ?"_s, {derivedUuid(student, lessonId)});
    if (rows.isEmpty())
        return std::nullopt;
    Progress p = progressFromRow(rows.first());
    if (p.studentId != m_current->id && !isTeacherOf(p.meta.classId))
        return std::nullopt;
    return p;
}

QList<Progress> Store::classProgress(const QString &classId)
{
    QList<Progress> list;
    if (!isTeacherOf(classId))
        return list;
    for (const QJsonObject &r : selectRows(u"progress"_s, u"class_id = ?"_s, {classId}, u"student, lesson_id"_s))
        list.append(progressFromRow(r));
    return list;
}

// ---- Overviews ---------------------------------------------------------------------------------------

QList<StudentOverview> Store::classOverview(const QString &classId, const QDateTime &now)
{
    QList<StudentOverview> board;
    if (!isTeacherOf(classId))
        return board;
    const QList<Lesson> published = [&] {
        QList<Lesson> list;
        for (const Lesson &l : lessons(classId))
            if (l.status == PublicationStatus::Published)
                list << l;
        return list;
    }();
    QList<Assignment> due;
    for (const Assignment &a : assignments(classId))
        if (a.status == PublicationStatus::Published && a.due.isValid() && a.due < now)
            due << a;
    for (const Member &m : members(classId)) {
        if (m.role != Role::Student)
            continue;
        StudentOverview o;
        o.member = m;
        o.lessonsPublished = int(published.size());
        auto seen = [&o](const QDateTime &t) {
            if (t.isValid() && (!o.lastSeen.isValid() || t > o.lastSeen))
                o.lastSeen = t;
        };
        for (const QJsonObject &r : selectRows(u"progress"_s, u"class_id = ? AND student = ?"_s, {classId, m.personId})) {
            const Progress p = progressFromRow(r);
            o.lessonsOpened += p.openedAt.isValid() ? 1 : 0;
            o.lessonsCompleted += p.completed ? 1 : 0;
            seen(p.openedAt);
            seen(p.completedAt);
        }
        QHash<QString, QDateTime> firstVersion;
        for (const QJsonObject &r : selectRows(u"submission"_s, u"class_id = ? AND student = ?"_s, {classId, m.personId}, u"hlc"_s)) {
            const Submission sub = submissionFromRow(r);
            const QDateTime when = sub.receivedTime.isValid() ? sub.receivedTime : sub.deviceTime;
            seen(when);
            if (!firstVersion.contains(sub.assignmentId))
                firstVersion.insert(sub.assignmentId, when);
        }
        o.submitted = int(firstVersion.size());
        o.assignmentsDue = int(due.size());
        for (const Assignment &a : std::as_const(due)) {
            const auto it = firstVersion.constFind(a.meta.id);
            if (it == firstVersion.constEnd())
                ++o.missing;
            else if (it->isValid() && *it > a.due)
                ++o.late;
        }
        board << o;
    }
    return board;
}

QString Store::classOverviewCsv(const QString &classId, const QDateTime &now)
{
    auto quote = [](QString field) -> QString {
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n')) {
            field.replace(u"\""_s, u"\"\""_s);
            return u'"' + field + u'"';
        }
        return field;
    };
    QStringList header{tr("Student"), tr("Login"), tr("Last activity"), tr("Last contact"), tr("Contact via"),
                       tr("Lessons opened"), tr("Lessons completed"), tr("Lessons published"), tr("Handed in"), tr("Late"),
                       tr("Missing")};
    const QHash<QString, Contact> contacts = lastContacts();
    auto viaText = [](const QString &via) {
        return via == u"hub" ? tr("school server") : via == u"usb" ? tr("USB pack") : via == u"classroom" ? tr("classroom") : QString();
    };
    QString csv;
    for (QString &h : header)
        h = quote(h);
    csv += header.join(u',') + u"\r\n"_s;
    for (const StudentOverview &o : classOverview(classId, now)) {
        const Contact contact = contacts.value(o.member.personId);
        const QStringList row{quote(o.member.displayName), quote(o.member.login),
                              o.lastSeen.isValid() ? o.lastSeen.toString(Qt::ISODate) : QString(),
                              contact.at.isValid() ? contact.at.toString(Qt::ISODate) : QString(), quote(viaText(contact.via)),
                              QString::number(o.lessonsOpened), QString::number(o.lessonsCompleted),
                              QString::number(o.lessonsPublished), QString::number(o.submitted), QString::number(o.late),
                              QString::number(o.missing)};
        csv += row.join(u',') + u"\r\n"_s;
    }
    return csv;
}

QList<TodoItem> Store::todo(const QDateTime &now)
{
    QList<TodoItem> items;
    if (!m_current || m_current->role != Role::Student)
        return items;
    const QStringList seen = m_db->meta(u"seen:"_s + m_current->id).split(u',', Qt::SkipEmptyParts);
    for (const Assignment &a : assignments()) {
        TodoItem item;
        item.assignment = a;
        const QList<Submission> versions = submissions(a.meta.id);
        item.versions = int(versions.size());
        item.overdue = versions.isEmpty() && a.due.isValid() && a.due < now;
        item.isNew = !seen.contains(a.meta.id);
        if (!versions.isEmpty()) {
            const Submission &latest = versions.last();
            const QList<Feedback> notes = feedback(latest.meta.id);
            item.lastScore = !notes.isEmpty() && notes.last().score ? notes.last().score : latest.autoScore;
        }
        items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](const TodoItem &x, const TodoItem &y) {
        if ((x.versions == 0) != (y.versions == 0))
            return x.versions == 0; // what is still to do comes first
        const QDateTime far(QDate(9999, 1, 1), QTime(), Qt::UTC);
        return (x.assignment.due.isValid() ? x.assignment.due : far) < (y.assignment.due.isValid() ? y.assignment.due : far);
    });
    return items;
}

Status Store::markEverythingSeen()
{
    if (Status s = requireCurrent(); !s)
        return s;
    // What arrived is new until looked at, whatever its clock says: remember the ids seen, not a time.
    QStringList ids;
    for (const Assignment &a : assignments())
        ids << a.meta.id;
    return m_db->write([&]() -> Status {
        return m_db->setMeta(u"seen:"_s + m_current->id, ids.join(u',')) ? success() : m_db->sqlFailure(tr("Could not save"));
    });
}

// ---- Last contact -----------------------------------------------------------------------------------

Status Store::recordContacts(const QHash<QString, QDateTime> &contacts, const QString &via)
{
    if (contacts.isEmpty())
        return success();
    return m_db->write([&]() -> Status {
        for (auto it = contacts.cbegin(); it != contacts.cend(); ++it) {
            if (!it.value().isValid())
                continue;
            // Milliseconds always, so that the text compares as the time does.
            const QString at = it.value().toUTC().toString(Qt::ISODateWithMs);
            if (!m_db->exec(u"INSERT INTO last_contact (person, at, via) VALUES (?, ?, ?) "
                            "ON CONFLICT (person) DO UPDATE SET at = excluded.at, via = excluded.via "
                            "WHERE excluded.at > last_contact.at"_s,
                            {it.key(), at, via}))
                return m_db->sqlFailure(tr("Could not record when a student was last in touch"));
        }
        return success();
    });
}

QHash<QString, Store::Contact> Store::lastContacts()
{
    QHash<QString, Contact> contacts;
    QSqlQuery &q = m_db->prepare(u"SELECT person, at, via FROM last_contact"_s);
    if (!m_db->exec(q))
        return contacts;
    while (q.next())
        contacts.insert(q.value(0).toString(), Contact{fromIso(q.value(1).toString()), q.value(2).toString()});
    q.finish();
    return contacts;
}

// ---- Drafts -----------------------------------------------------------------------------------------

namespace {
// The files of a draft ride in its answers column under their own key, taken out again when read.
const QString DraftFilesKey = u"$files"_s;
} // namespace

Status Store::saveDraft(const QString &assignmentId, const QString &text, const QJsonObject &answers,
                        const QStringList &attachmentPaths)
{
    if (Status s = requireCurrent(); !s)
        return s;
    if (text.size() > 256 * 1024)
        return Status::failure(tr("The text is too long (%1 characters, at most 262,144).").arg(text.size()));
    QJsonObject stored = answers;
    stored.remove(DraftFilesKey);
    if (!attachmentPaths.isEmpty())
        stored.insert(DraftFilesKey, QJsonArray::fromStringList(attachmentPaths));
    return m_db->write([&]() -> Status {
        return m_db->exec(u"INSERT INTO drafts (profile_id, assignment_id, text, answers, updated_at) VALUES (?, ?, ?, ?, ?) "
                          "ON CONFLICT (profile_id, assignment_id) DO UPDATE SET text = excluded.text, answers = excluded.answers, "
                          "updated_at = excluded.updated_at"_s,
                          {m_current->id, assignmentId, text.isNull() ? u""_s : text, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)),
                           iso(QDateTime::currentDateTimeUtc())})
            ? success() : m_db->sqlFailure(tr("Could not save your work"));
    });
}

std::optional<std::pair<QString, QJsonObject>> Store::draft(const QString &assignmentId)
{
    if (!m_current)
        return std::nullopt;
    QSqlQuery &q = m_db->prepare(u"SELECT text, answers FROM drafts WHERE profile_id = ? AND assignment_id = ?"_s);
    std::optional<std::pair<QString, QJsonObject>> d;
    if (m_db->exec(q, {m_current->id, assignmentId}) && q.next()) {
        QJsonObject answers = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        answers.remove(DraftFilesKey);
        d = std::pair{q.value(0).toString(), answers};
    }
    q.finish();
    return d;
}

QStringList Store::draftAttachments(const QString &assignmentId)
{
    if (!m_current)
        return {};
    QSqlQuery &q = m_db->prepare(u"SELECT answers FROM drafts WHERE profile_id = ? AND assignment_id = ?"_s);
    QStringList paths;
    if (m_db->exec(q, {m_current->id, assignmentId}) && q.next()) {
        const QJsonArray files = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(DraftFilesKey).toArray();
        for (const QJsonValue &f : files)
            paths << f.toString();
    }
    q.finish();
    return paths;
}

StoreStatus Store::status()
{
    StoreStatus s;
    const QString author = m_current ? m_current->id : QString();
    s.pendingChanges = m_changes->count(u"pending"_s, author);
    s.rejectedChanges = m_changes->count(u"rejected"_s, author);
    QSqlQuery &q = m_db->prepare(u"SELECT count(*), coalesce(sum(size), 0) FROM media"_s);
    if (m_db->exec(q) && q.next()) {
        s.mediaBlobs = q.value(0).toInt();
        s.mediaBytes = q.value(1).toLongLong();
    }
    q.finish();
    s.deviceId = deviceId();
    s.schemaVersion = m_db->schemaVersion();
    return s;
}

} // namespace Continuite
