// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace Continuite {

/// How two writes to the same row are merged. See DESIGN.md, "Sync model".
enum class MergePolicy {
    FieldLastWriterWins, ///< per field, the higher HLC wins; the losing value goes to history
    AppendOnly,          ///< each row is written once (submission versions); a second write is a duplicate
    Monotone,            ///< progress: max of numbers, OR of flags, MIN of first-seen times
};

/// Who may write a kind of row.
enum class Writer {
    Teacher,  ///< a teacher of the row's class (or, for a new class, any teacher: they become its teacher)
    Student,  ///< the student named in the row's "student" field, and only for themselves
};

/// A field's JSON type, checked on every change that comes in (CLI, sync, bundle).
enum class FieldType { Text, Integer, Real, Boolean, Json };

struct FieldSpec
{
    QString name;
    FieldType type;
    int maxBytes = 0; ///< for Text and Json, the largest accepted UTF-8 size; 0 for the default
};

/**
 * @brief What the store, the hub and bundles know about one kind of syncable row.
 *
 * Every syncable row also has id, class_id, hlc, author and deleted; "deleted" travels as a field.
 */
struct KindSpec
{
    QString kind;
    QString table;
    MergePolicy policy;
    Writer writer;
    bool draftable = false;      ///< has a "status" that hides drafts from students
    bool perStudent = false;     ///< has a "student" field: only that student (and teachers) may read it
    QList<FieldSpec> fields;

    const FieldSpec *field(QStringView name) const;
    QStringList fieldNames() const;
};

/// The kinds of syncable rows, in dependency order (a class before its members, a lesson before …).
const QList<KindSpec> &allKinds();
const KindSpec *kindSpec(QStringView kind);

/**
 * @brief One change to one row, as it is written to the outbox and sent on the wire.
 *
 * JSON: {"id","kind","row","class","hlc","author","device","fields":{…}[,"sig"]}.
 * "fields" holds only what changed; a delete is {"deleted": true}.
 */
struct Change
{
    QString id;     ///< change id (UUID): replaying a change is harmless because of it
    QString kind;
    QString row;    ///< the row's id (UUID)
    QString classId;
    QString hlc;
    QString author; ///< person id of the writer
    QString device; ///< device id of the writer
    QJsonObject fields;
    QString signature; ///< base64 ed25519 signature of canonical() by the device key, when signed

    QJsonObject toJson() const;
    /// Parses and validates the shape (ids, kind, field names and types, sizes). Error names the field.
    static std::optional<Change> fromJson(const QJsonObject &object, QString *error);
    /// The bytes a device signs: the change without its signature, keys sorted, compact.
    QByteArray canonical() const;
    bool isDelete() const;
};

QString newUuid();
bool isUuid(QStringView text);
/// A blob's name everywhere (a device's media, packs, the hub's files and its routes): the 64 lowercase hex digits
/// of its SHA-256. The one check of it, for the devices and the hub alike; a path is only ever built from a name it
/// accepts.
bool isSha256(QStringView text);
bool isSha256(std::string_view text);

/// Ids that must be equal on every device without talking: progress of a student on a lesson.
QString derivedUuid(QStringView a, QStringView b);

} // namespace Continuite
