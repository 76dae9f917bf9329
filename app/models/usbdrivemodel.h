// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

/**
 * @brief The USB sticks plugged in, as big buttons for families without internet (issue 14): the volumes mounted
 * under the usual places (`/media/USER/LABEL`, `/run/media/USER/LABEL`, `/mnt/LABEL`, found with QStorageInfo) and
 * the volumes the kernel calls removable, removable first, each with its name and free space. The file dialog is
 * only the fallback.
 *
 * A folder under a media root counts when it is a mount point, or when it holds files (a stick mounted by hand
 * into a folder); an empty folder left by an unplugged stick does not.
 */
class UsbDriveModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    /// Where sticks are mounted; the usual Linux places by default.
    Q_PROPERTY(QStringList mediaRoots READ mediaRoots WRITE setMediaRoots NOTIFY mediaRootsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        NameRole = Qt::UserRole, ///< QString: the stick's label ("CLE_LEA")
        PathRole,                ///< QString: where it is mounted
        FreeTextRole,            ///< QString: its free space in words ("7,5 Go libres"), translated
        RemovableRole,           ///< bool: the kernel says it is removable
        PacksRole,               ///< QStringList: the packs (*.continuite) at the top of the stick, newest first (at most 6)
    };
    Q_ENUM(Roles)

    explicit UsbDriveModel(QObject *parent = nullptr);

    QStringList mediaRoots() const { return m_roots; }
    void setMediaRoots(const QStringList &roots);
    int count() const { return int(m_drives.size()); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : count(); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Looks again (a stick plugged in or out).
    Q_INVOKABLE void refresh();
    /// The URL of @p fileName at the top of the stick at @p row; empty when there is no such row.
    Q_INVOKABLE QUrl fileUrl(int row, const QString &fileName) const;

Q_SIGNALS:
    void mediaRootsChanged();
    void countChanged();

private:
    struct Drive
    {
        QString name;
        QString path;
        qint64 freeBytes = -1;
        bool removable = false;
        QStringList packs;
    };
    QStringList m_roots;
    QList<Drive> m_drives;
};
