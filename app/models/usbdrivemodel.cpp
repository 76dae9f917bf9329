// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "usbdrivemodel.h"

#include "attachmentmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace {
/// Whether the kernel calls the block device behind @p storage removable (/sys/block/sdb/removable).
bool kernelSaysRemovable(const QStorageInfo &storage)
{
    QString device = QString::fromLocal8Bit(storage.device());
    if (!device.startsWith(u"/dev/"_s))
        return false;
    device = device.mid(5);
    // sdb1 → sdb, mmcblk0p1 → mmcblk0
    QString disk = device;
    while (!disk.isEmpty() && disk.back().isDigit())
        disk.chop(1);
    if (disk.endsWith(u'p') && disk.startsWith(u"mmcblk"_s))
        disk.chop(1);
    for (const QString &name : {disk, device}) {
        QFile flag(u"/sys/block/%1/removable"_s.arg(name));
        if (flag.open(QIODevice::ReadOnly))
            return flag.readAll().trimmed() == "1";
    }
    return false;
}

bool isMountPoint(const QString &path)
{
    const QStorageInfo storage(path);
    return storage.isValid() && QDir(storage.rootPath()) == QDir(path);
}
} // namespace

UsbDriveModel::UsbDriveModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_roots{u"/media"_s, u"/run/media"_s, u"/mnt"_s}
{
    refresh();
}

void UsbDriveModel::setMediaRoots(const QStringList &roots)
{
    if (roots == m_roots)
        return;
    m_roots = roots;
    refresh();
    Q_EMIT mediaRootsChanged();
}

void UsbDriveModel::refresh()
{
    QList<Drive> drives;
    QStringList seen;
    auto add = [&](const QString &path, bool removable) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || seen.contains(canonical) || !QFileInfo(canonical).isWritable())
            return;
        seen << canonical;
        const QStorageInfo storage(canonical);
        Drive d;
        d.path = canonical;
        d.name = QFileInfo(canonical).fileName();
        d.freeBytes = storage.isValid() ? storage.bytesAvailable() : -1;
        d.removable = removable || kernelSaysRemovable(storage);
        // What a pupil without internet looks for on it: her teacher's pack, named as the teacher's app names it.
        d.packs = QDir(canonical).entryList({u"*.continuite"_s}, QDir::Files | QDir::Readable, QDir::Time).mid(0, 6);
        drives.append(d);
    };
    // Under the media roots: /media/LABEL, or one level down (/media/USER/LABEL).
    for (const QString &root : std::as_const(m_roots)) {
        const QDir dir(root);
        for (const QFileInfo &child : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (isMountPoint(child.filePath())) {
                add(child.filePath(), true);
                continue;
            }
            const QDir inner(child.filePath());
            const auto grandChildren = inner.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
            const auto files = inner.entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
            bool mountsBelow = false;
            for (const QFileInfo &g : grandChildren)
                if (isMountPoint(g.filePath())) {
                    add(g.filePath(), true);
                    mountsBelow = true;
                }
            if (!mountsBelow && !files.isEmpty())
                add(child.filePath(), true); // a stick mounted by hand into a folder
        }
    }
    // Anything else the kernel calls removable.
    for (const QStorageInfo &storage : QStorageInfo::mountedVolumes())
        if (storage.isValid() && storage.isReady() && !storage.isReadOnly() && storage.rootPath() != u"/"_s
            && kernelSaysRemovable(storage))
            add(storage.rootPath(), true);
    std::stable_sort(drives.begin(), drives.end(), [](const Drive &a, const Drive &b) {
        if (a.removable != b.removable)
            return a.removable;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const int before = count();
    beginResetModel();
    m_drives = std::move(drives);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

QVariant UsbDriveModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Drive &d = m_drives.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return d.name;
    case PathRole:
        return d.path;
    case FreeTextRole:
        return d.freeBytes >= 0 ? tr("%1 free").arg(AttachmentModel::sizeText(d.freeBytes)) : QString();
    case RemovableRole:
        return d.removable;
    case PacksRole:
        return d.packs;
    }
    return {};
}

QHash<int, QByteArray> UsbDriveModel::roleNames() const
{
    return {{NameRole, "name"}, {PathRole, "path"}, {FreeTextRole, "freeText"}, {RemovableRole, "removable"}, {PacksRole, "packs"}};
}

QUrl UsbDriveModel::fileUrl(int row, const QString &fileName) const
{
    if (row < 0 || row >= count() || fileName.isEmpty())
        return {};
    return QUrl::fromLocalFile(QDir(m_drives.at(row).path).filePath(QFileInfo(fileName).fileName()));
}
