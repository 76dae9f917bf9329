// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "attachmentmodel.h"

#include "content/imagereducer.h"
#include "content/mediastore.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QUrl>

using namespace Qt::StringLiterals;

AttachmentModel::AttachmentModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AttachmentModel::setAttachments(const QList<Continuite::Attachment> &attachments, const Continuite::MediaStore *media)
{
    QList<Row> rows;
    for (const Continuite::Attachment &a : attachments) {
        const QString path = media && media->contains(a.sha256) ? media->pathOf(a.sha256) : QString();
        rows.append({a, path, kindOf(a, path)});
    }
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

int AttachmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QString AttachmentModel::costText(const QList<Continuite::Attachment> &attachments)
{
    qint64 total = 0;
    bool video = false, audio = false;
    for (const Continuite::Attachment &a : attachments) {
        total += a.size;
        video = video || a.mime.startsWith(u"video/"_s);
        audio = audio || a.mime.startsWith(u"audio/"_s);
    }
    if (attachments.isEmpty())
        return {};
    if (video)
        return tr("%1 — video included").arg(sizeText(total));
    if (audio)
        return tr("%1 — sound included").arg(sizeText(total));
    return sizeText(total);
}

QStringList AttachmentModel::missingFiles() const
{
    QStringList missing;
    for (int row = 0; row < count(); ++row)
        if (!data(index(row), AvailableRole).toBool())
            missing << data(index(row), Sha256Role).toString();
    return missing;
}

QString AttachmentModel::missingSizeText() const
{
    qint64 total = 0;
    for (int row = 0; row < count(); ++row)
        if (!data(index(row), AvailableRole).toBool())
            total += data(index(row), SizeRole).toLongLong();
    return total > 0 ? sizeText(total) : QString();
}

QString AttachmentModel::sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1000)
        return tr("%1 bytes").arg(bytes);
    if (bytes < 1000 * 1000)
        return tr("%1 KB").arg(locale.toString(double(bytes) / 1000, 'f', 0));
    if (bytes < 1000 * 1000 * 1000)
        return tr("%1 MB").arg(locale.toString(double(bytes) / (1000 * 1000), 'f', 1));
    return tr("%1 GB").arg(locale.toString(double(bytes) / (1000 * 1000 * 1000), 'f', 1));
}

QString AttachmentModel::kindOf(const QString &mime)
{
    if (mime == u"application/pdf")
        return u"pdf"_s;
    for (const QString &kind : {u"image"_s, u"audio"_s, u"video"_s})
        if (mime.startsWith(kind + u'/'))
            return kind;
    return u"other"_s;
}

QString AttachmentModel::kindOf(const Continuite::Attachment &attachment, const QString &path)
{
    const QString kind = kindOf(attachment.mime);
    if (kind != u"image" || path.isEmpty())
        return kind;
    static QMutex lock;
    static QHash<QString, bool> shown; // sha256 -> showable
    const QMutexLocker locked(&lock);
    auto it = shown.constFind(attachment.sha256);
    if (it == shown.cend())
        it = shown.insert(attachment.sha256, Continuite::ImageReducer::showable(path));
    return *it ? kind : u"other"_s;
}

QVariant AttachmentModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Continuite::Attachment &a = row.attachment;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return a.name;
    case SizeRole:
        return a.size;
    case SizeTextRole:
        return sizeText(a.size);
    case MimeRole:
        return a.mime;
    case KindRole:
        return row.kind;
    case KindTextRole: {
        const QString &kind = row.kind;
        if (kind == u"pdf")
            return tr("PDF document");
        if (kind == u"image")
            return tr("Image");
        if (kind == u"audio")
            return tr("Audio");
        if (kind == u"video")
            return tr("Video");
        return tr("File");
    }
    case UrlRole:
        return row.path.isEmpty() ? QUrl() : QUrl::fromLocalFile(row.path);
    case AvailableRole:
        return !row.path.isEmpty();
    case Sha256Role:
        return a.sha256;
    case HeavyRole:
        return a.size > HeavyBytes;
    }
    return {};
}

QHash<int, QByteArray> AttachmentModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {SizeRole, "size"},
        {SizeTextRole, "sizeText"},
        {MimeRole, "mime"},
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {UrlRole, "url"},
        {AvailableRole, "available"},
        {Sha256Role, "sha256"},
        {HeavyRole, "heavy"},
    };
}
