// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

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

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        Continuite::Attachment attachment;
        QString path; ///< empty when the blob is not on this device
        QString kind; ///< kindOf(attachment, path)
    };
    QList<Row> m_rows;
};
