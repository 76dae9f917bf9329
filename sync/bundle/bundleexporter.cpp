// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/bundle/bundleexporter.h"

#include <QFileInfo>

namespace Continuite {

using namespace Qt::StringLiterals;

BundleExporter::BundleExporter(Store &store)
    : m_store(store)
{
}

BundleManifest BundleExporter::manifestFor(BundleKind kind, const QString &classId)
{
    BundleManifest m;
    m.kind = kind;
    const Profile &me = *m_store.current();
    m.makerId = me.id;
    m.makerLogin = me.login;
    m.makerName = me.displayName;
    m.makerRole = roleName(me.role);
    m.deviceId = m_store.deviceId();
    m.devicePublicKey = m_store.changes().devicePublicKey();
    m.classId = classId;
    m.className = m_store.changes().rowFields(u"class"_s, classId).value(u"name"_s).toString();
    m.madeAt = QDateTime::currentDateTimeUtc();
    return m;
}

Result<QList<Change>> BundleExporter::snapshots(const QString &kind, const SyncStore::RowSelection &which,
                                                QStringList *mediaShas, bool withPinHash, bool forHub)
{
    using R = Result<QList<Change>>;
    auto rows = m_store.sync().rowStates(kind, which);
    if (!rows)
        return R::failure(rows.error());
    QList<Change> list;
    for (const SyncStore::RowState &row : std::as_const(*rows)) {
        Change c;
        c.kind = kind;
        c.row = row.id;
        c.classId = row.classId;
        c.hlc = row.hlc;
        c.author = m_store.current()->id;
        // The row's HLC is its version (ChangeLog raises it with every change that alters the row, even a late
        // edit that wins a field with an older HLC): the same row state always packs under the same change id (a
        // second pack of it is a duplicate), and any other state under a new one, which a student's device takes.
        c.id = derivedUuid(QString(u"bundle/"_s + c.row), c.hlc);
        c.fields = row.fields;
        if (!withPinHash)
            c.fields.remove(u"pin_hash"_s); // a PIN hash never leaves the teacher's device in a pack
        if (kind == u"member" && c.isDelete()) {
            // Someone removed from the class: a device that had their row learns they left, and nothing more
            // travels — not their name, their login code, nor their PIN hash. A hub needs to know whose row it
            // is to take the change (its rules check person and role), a household's device does not.
            const QJsonObject was = c.fields;
            c.fields = {{u"deleted"_s, true}};
            if (forHub)
                for (const QString &key : {u"person"_s, u"role"_s})
                    if (was.contains(key))
                        c.fields.insert(key, was.value(key));
        }
        if (mediaShas)
            for (const QJsonValue &a : c.fields.value(u"attachments"_s).toArray())
                *mediaShas << a.toObject().value(u"sha256"_s).toString();
        list.append(c);
    }
    for (Change &c : list) {
        // A quiz written before its key had its own row carries the key inside: a pack for students leaves it out.
        if (kind == u"assignment"_s && !forHub && AnswerKey::carriesKey(c.fields.value(u"quiz"_s).toObject()))
            c.fields.insert(u"quiz"_s, AnswerKey::questionsOnly(c.fields.value(u"quiz"_s).toObject()));
        c = m_store.changes().signedByThisDevice(c);
        QString error;
        if (!Change::fromJson(c.toJson(), &error))
            return R::failure(tr("The %1 %2 cannot be packed: %3").arg(kind, c.row, error));
    }
    return list;
}

Result<QList<Change>> BundleExporter::classroomChanges(const QString &classId, QStringList *mediaShas)
{
    using R = Result<QList<Change>>;
    if (!m_store.current() || !m_store.isTeacherOf(classId))
        return R::failure(tr("Only a teacher of this class can serve it in the classroom."));
    using Rows = SyncStore::RowSelection;
    const Rows published{.classId = classId, .liveOnly = true, .publishedOnly = true};
    const QList<std::tuple<QString, Rows, bool>> parts{
        {u"class"_s, Rows{.id = classId, .liveOnly = true}, false},
        {u"member"_s, Rows{.classId = classId}, true},
        {u"lesson"_s, published, false},
        // With their keys (the classroom hub is the teacher's: it keeps each key from students as the school's hub does).
        {u"assignment"_s, published, false},
        {u"answer_key"_s, Rows{.classId = classId}, false},
        {u"feedback"_s, Rows{.classId = classId, .liveOnly = true}, false},
    };
    QList<Change> all;
    for (const auto &[kindName, which, withPins] : parts) {
        auto rows = snapshots(kindName, which, mediaShas, withPins, true);
        if (!rows)
            return R::failure(rows.error());
        all += *rows;
    }
    return all;
}

Result<BundleExportSummary> BundleExporter::exportClassPack(const QString &classId, const QString &path)
{
    return exportTeacherPack(BundleKind::ClassPack, classId, {}, path);
}

Result<BundleExportSummary> BundleExporter::exportStudentPack(const QString &student, const QString &path, const QString &classId)
{
    using R = Result<BundleExportSummary>;
    if (!m_store.current() || m_store.current()->role != Role::Teacher)
        return R::failure(tr("Only a teacher can export a pack for a student."));
    // The student among the classes this teacher teaches, by person id or login code.
    QList<std::pair<QString, QString>> found;
    for (const auto &[person, inClass] : m_store.studentPlaces(student))
        if (classId.isEmpty() || inClass == classId)
            found.append({person, inClass});
    if (found.isEmpty())
        return R::failure(tr("%1 is not a student of a class you teach: check the login code with \"student list\".").arg(student.left(80)));
    if (found.size() > 1)
        return R::failure(tr("%1 is in several of your classes: say which one with --class.").arg(student.left(80)));
    return exportTeacherPack(BundleKind::StudentPack, found.first().second, found.first().first, path);
}

Result<BundleExportSummary> BundleExporter::exportTeacherPack(BundleKind kind, const QString &classId, const QString &studentId,
                                                              const QString &path)
{
    using R = Result<BundleExportSummary>;
    if (!m_store.current())
        return R::failure(tr("No profile is selected: choose who you are first (profile switch)."));
    if (!m_store.schoolClass(classId))
        return R::failure(tr("There is no class %1 here: check the id with \"class list\".").arg(classId.left(80)));
    if (!m_store.isTeacherOf(classId))
        return R::failure(tr("Only a teacher of this class can export its pack."));

    BundleContents contents;
    contents.manifest = manifestFor(kind, classId);
    contents.manifest.studentId = studentId;
    QStringList media;
    // Dependency order, as sync sends it: the class, its roster, lessons, assignments, feedback.
    // PIN hashes: a class pack goes to every household, and a 4-digit PIN is found from its hash by trying
    // the 10,000 PINs, so it carries none. A one-student pack carries that student's own hash (and no one
    // else's): their household knows the PIN already, and it lets a device that never met the hub check it
    // before making their profile (BundleImporter::importAsNewStudent).
    using Rows = SyncStore::RowSelection;
    QList<std::tuple<QString, Rows, bool>> parts{
        {u"class"_s, Rows{.id = classId, .liveOnly = true}, false},
        {u"member"_s, Rows{.classId = classId, .role = studentId.isEmpty() ? QString() : u"teacher"_s}, false},
    };
    if (!studentId.isEmpty())
        parts.append({u"member"_s, Rows{.classId = classId, .role = u"student"_s, .person = studentId}, true});
    const Rows published{.classId = classId, .liveOnly = true, .publishedOnly = true};
    parts.append({u"lesson"_s, published, false});
    parts.append({u"assignment"_s, published, false});
    // A quiz's answers only when the teacher's choice lets the pack's readers have them now (SECURITY.md).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Assignment &a : m_store.assignments(classId)) {
        if (a.type != AssignmentType::Quiz || a.status != PublicationStatus::Published)
            continue;
        const bool handedIn = !studentId.isEmpty() && !m_store.submissions(a.meta.id, studentId).isEmpty();
        if (AnswerKey::released(a.answersShown, a.due, handedIn, now))
            parts.append({u"answer_key"_s, Rows{.id = AnswerKey::rowId(a.meta.id, classId), .liveOnly = true}, false});
    }
    if (!studentId.isEmpty())
        parts.append({u"feedback"_s, Rows{.classId = classId, .liveOnly = true, .student = studentId}, false});
    for (const auto &[kindName, which, withPinHash] : parts) {
        auto rows = snapshots(kindName, which, &media, withPinHash);
        if (!rows)
            return R::failure(rows.error());
        contents.changes += *rows;
    }
    return finish(contents, media, path);
}

Result<BundleExportSummary> BundleExporter::exportReturnPack(const QString &path, const QString &classId)
{
    using R = Result<BundleExportSummary>;
    if (!m_store.current() || m_store.current()->role != Role::Student)
        return R::failure(tr("Only a student exports a return pack (their work for the teacher)."));
    const QString me = m_store.current()->id;
    QString forClass = classId;
    if (forClass.isEmpty()) {
        const QList<SchoolClass> mine = m_store.classes();
        if (mine.size() != 1)
            return R::failure(mine.isEmpty() ? tr("You are in no class on this device: import your class pack first.")
                                             : tr("You are in several classes: say which one the pack is for with --class."));
        forClass = mine.first().meta.id;
    } else if (!m_store.isMemberOf(forClass)) {
        return R::failure(tr("You are not in the class %1 on this device.").arg(classId.left(80)));
    }

    BundleContents contents;
    contents.manifest = manifestFor(BundleKind::ReturnPack, forClass);
    QStringList media;
    for (const OutboxEntry &e : m_store.changes().outbox(me, u"pending"_s, std::numeric_limits<int>::max())) {
        // Only what this device wrote for this student in this class: its signature is verifiable.
        if (e.change.classId != forClass || e.change.device != m_store.deviceId())
            continue;
        contents.changes.append(e.change);
        for (const QJsonValue &a : e.change.fields.value(u"attachments"_s).toArray())
            media << a.toObject().value(u"sha256"_s).toString();
    }
    return finish(contents, media, path);
}

Result<BundleExportSummary> BundleExporter::finish(BundleContents &contents, const QStringList &mediaShas, const QString &path)
{
    using R = Result<BundleExportSummary>;
    report(0.2); // the rows, signed
    BundleExportSummary summary;
    QSet<QString> packed;
    for (const QString &sha : mediaShas) {
        if (!isSha256(sha) || packed.contains(sha))
            continue;
        packed.insert(sha);
        if (!m_store.media().contains(sha)) {
            summary.missingMedia << sha;
            continue;
        }
        auto bytes = m_store.media().read(sha);
        if (!bytes)
            return R::failure(bytes.error());
        const QString mime = m_store.sync().fileMime(sha);
        contents.blobs.append({sha, mime.isEmpty() ? u"application/octet-stream"_s : mime, *bytes});
    }
    report(0.4); // the files, read
    const BundleManifest &m = contents.manifest;
    contents.deviceKeys.insert(m.deviceId, {m.deviceId, m.devicePublicKey, m.makerId});
    if (Status s = BundleFile::write(path, contents); !s)
        return R::failure(s.error());
    report(0.7); // written and sealed
    summary.manifest = contents.manifest;
    summary.manifest.changeCount = int(contents.changes.size());
    summary.manifest.blobCount = int(contents.blobs.size());
    summary.manifest.deviceKeyCount = int(contents.deviceKeys.size());
    for (const BundleBlob &b : std::as_const(contents.blobs))
        summary.manifest.blobBytes += b.bytes.size();
    summary.path = path;
    summary.fileBytes = QFileInfo(path).size();
    return summary;
}

} // namespace Continuite
