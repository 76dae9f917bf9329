// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/changelog.h"
#include "content/database.h"
#include "content/linkedpicture.h"
#include "content/mediastore.h"
#include "content/records.h"
#include "content/result.h"
#include "content/syncstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariantList>

#include <optional>

namespace Continuite {

/**
 * @brief What the store's concerns (Profiles, Roster, Lessons, Assignments, Work, ProgressLog, Drafts, Overviews)
 * share: the database, the change log, the media, who is acting, and the rules every one of them applies — who
 * may read and write a class, how a record is read and written. Owned by Store; the concerns hold a reference.
 */
class StoreContext
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxNameLength = 100;

    StoreContext(Database &db, ChangeLog &changes, const MediaStore &media, SyncStore &sync,
                 HybridLogicalClock::WallClock wallClock);

    Database &db;
    ChangeLog &changes;
    const MediaStore &media;
    SyncStore &sync;
    /// Who the store acts for; none while the profile chooser is on screen.
    std::optional<Profile> current;

    qint64 nowMillis() const;

    // Who may do what.
    Status requireCurrent() const;
    /// The current person is a teacher of @p classId, which exists here.
    Status requireTeacherOf(const QString &classId);
    bool isTeacherOf(const QString &classId);
    bool isMemberOf(const QString &classId);
    bool isMember(const QString &classId, const QString &person, const QString &role = {});
    Status validateTitle(const QString &title, const QString &what) const;

    // Records, read and written.
    /// A change by the current person to @p row of @p kind, through the change log (the caller holds a transaction).
    Status write(const QString &kind, const QString &row, const QString &classId, const QJsonObject &fields);
    /// Rows of @p kind as JSON objects (the synced fields by name, plus id, class_id, hlc, author, deleted).
    QList<QJsonObject> selectRows(const QString &kind, const QString &where, const QVariantList &values,
                                  const QString &order = {});
    /// Rows of the current person's classes; students get published ones only, teachers their drafts too.
    QList<QJsonObject> visibleDraftableRows(const QString &kind, const QString &classId, const QString &order);

    // Files that come with a record.
    Result<QList<Attachment>> importAttachments(const QStringList &paths);
    Result<Attachment> importMedia(const QString &path);
    /// A picture a text links, copied from the file that was checked (openLinkedPicture()), never opened again.
    Result<Attachment> importMedia(const LinkedPicture &picture);
    /// Imports the images @p markdown links by a path relative to @p baseDir and links them as "media:SHA256".
    Result<QString> linkLocalImages(const QString &markdown, const QString &baseDir, QList<Attachment> *attachments);

private:
    /// @p a once the sync queue knows of it.
    Result<Attachment> recorded(Result<Attachment> a);

    HybridLogicalClock::WallClock m_wallClock;
};

} // namespace Continuite
