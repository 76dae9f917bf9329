// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"

#include <QAbstractListModel>
#include <QSet>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace Continuite {
class MediaStore;
}

/**
 * @brief The files attached to a lesson: name, size, type, and where the blob is on this device.
 *
 * Filled by LessonReader; QML only reads it.
 */
class AttachmentModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AttachmentModel comes from a LessonReader.")

    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        NameRole = Qt::UserRole, ///< QString: the file name as the teacher attached it ("fiche-fractions.pdf")
        SizeRole,                ///< qint64: bytes
        SizeTextRole,            ///< QString: the size for people ("12 KB", "1.4 MB"), translated units
        MimeRole,                ///< QString: MIME type ("application/pdf")
        KindRole,                ///< QString: "pdf", "image", "audio", "video" or "other"
        KindTextRole,            ///< QString: the kind in words ("PDF document"), translated
        UrlRole,                 ///< QUrl: file URL of the blob on this device; empty when not downloaded yet
        AvailableRole,           ///< bool: the blob is on this device (synced and verified)
        Sha256Role,              ///< QString: content hash, the blob's name in the media store
        HeavyRole,               ///< bool: larger than HeavyBytes, heavy for a household on mobile data
        CheckingRole,            ///< bool: a sound or video on this device still being read through before it may be
                                 ///< played (playable()): it opens nothing meanwhile
        RefusedRole,             ///< bool: a file this app does not decode (a picture, sound or video that failed its
                                 ///< check): never opened, here nor on the desktop; a copy may be saved (saveCopy())
        RefusedWhyRole,          ///< QString: why, in a sentence (empty when not refused)
    };
    Q_ENUM(Roles)

    /// Above this size a file costs a household on mobile data (a few hundred MB a month): flag it.
    static constexpr qint64 HeavyBytes = 2 * 1000 * 1000;

    explicit AttachmentModel(QObject *parent = nullptr);

    /// Shows @p attachments; @p media says which blobs are on this device (may be null: none are).
    void setAttachments(const QList<Continuite::Attachment> &attachments, const Continuite::MediaStore *media);
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// A size in bytes the way people read it, with translated units.
    static QString sizeText(qint64 bytes);
    /// What @p attachments cost to download, said before it is spent: "2.1 MB — video included", "180 KB";
    /// empty when there is nothing.
    static QString costText(const QList<Continuite::Attachment> &attachments);
    /// The content hashes of the files not on this device yet (held back by the data policy, or on their way).
    QStringList missingFiles() const;
    /// What those weigh together, for people ("1.2 MB"); empty when none is missing.
    QString missingSizeText() const;
    static QString kindOf(const QString &mime);
    /// The kind the file of @p attachment at @p path (empty: not on this device) is shown as. A picture is "image" only
    /// when its blob can be decoded without a memory bomb (ImageReducer::showable: its header, not the type the sender
    /// named; the verdict is kept by SHA-256, a blob never changes), else "other": offered as a file, never decoded
    /// (review-media20, finding 1). One not here yet keeps the kind its type names.
    static QString kindOf(const Continuite::Attachment &attachment, const QString &path);
    /// The verdict on the sound or video of @p sha256 once it was read through (VideoReducer::picturesFit): true when
    /// it may be given to the player, false when it is offered as a file (its pictures are too large, or it cannot be
    /// read); empty while it was never read. Kept by SHA-256 for the app's life (a blob never changes).
    static std::optional<bool> playable(const QString &sha256);

    /// The sound or video of @p row is read through before the others waiting (the person asked for it).
    Q_INVOKABLE void checkFirst(int row);
    /// Copies the file of @p row to @p destination (a file URL the person chose), checked against its SHA-256 on the
    /// way: empty when done, else a sentence. A refused file is offered this way only (review-media21, finding 3).
    Q_INVOKABLE QString saveCopy(int row, const QUrl &destination) const;

    ~AttachmentModel() override;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        Continuite::Attachment attachment;
        QString path; ///< empty when the blob is not on this device
        QString kind; ///< kindOf(attachment, path); "other" for a file that is not decoded here
        bool checking = false; ///< a sound or video read through in the background; its kind is the type's meanwhile
        bool refused = false;  ///< a picture, sound or video that failed its check: offered as a copy to save
        QString why;           ///< why it was refused
    };
    /// Reads the sound or video of @p sha256 at @p path through on the app's checking thread (one file at a time, the
    /// one asked for first; a check nobody waits for any more is dropped), then updates its rows.
    void check(const QString &sha256, const QString &path);
    void checked(const QString &sha256, bool fits, const QString &why);
    void unwatchAll();
    QList<Row> m_rows;
    QSet<QString> m_watching; ///< the blobs whose verdict this model waits for
};
