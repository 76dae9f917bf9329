// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "sessionlistmodel.h"

#include <QHash>
#include <QUrl>

/**
 * @brief The students of one class, by name, with their login codes; adding a student, giving a new
 * PIN, removing one, and printing their login cards.
 *
 * A PIN is shown once: the model keeps the PINs made while it lives (students just added or given a new
 * PIN) so the teacher can read them and print them on the cards; it never stores them.
 */
class RosterModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

    /// The class whose roster this is.
    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY classIdChanged)
    Q_PROPERTY(QString className READ className NOTIFY reloaded)
    /// Students whose PIN is known here (added or given a new PIN since the model was made).
    Q_PROPERTY(int knownPins READ knownPins NOTIFY reloaded)

public:
    enum Roles {
        MemberIdRole = Qt::UserRole, ///< QString: the roster row's id
        NameRole,                    ///< QString: the student's name
        LoginRole,                   ///< QString: their login code ("K7PQ2M")
        PinRole,                     ///< QString: their PIN when it was made here, or empty
        HasPinRole,                  ///< bool: the PIN is known here (it can be printed)
    };
    Q_ENUM(Roles)

    explicit RosterModel(QObject *parent = nullptr);

    QString classId() const { return m_classId; }
    void setClassId(const QString &id);
    QString className() const { return m_className; }
    int knownPins() const;

    int count() const override { return int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Adds a student to the class; their row, or -1 (error says why).
    Q_INVOKABLE int addStudent(const QString &name);
    /// Gives the student at @p row a new PIN (a lost card).
    Q_INVOKABLE bool resetPin(int row);
    /// Takes the student at @p row off the roster: a tombstone that syncs; their work stays (ReviewModel).
    Q_INVOKABLE bool removeStudent(int row);
    /// Prints every student's login card to the PDF @p file; cards whose PIN is not known here have a line to write it.
    Q_INVOKABLE bool printCards(const QUrl &file);
    /// Where the last cards were printed (a local path), for the person to find them.
    Q_INVOKABLE QString lastPrinted() const { return m_lastPrinted; }
    Q_INVOKABLE QString nameAt(int row) const;
    /// The login code of the student at @p row, or empty.
    Q_INVOKABLE QString loginAt(int row) const;
    /// The PIN of the student at @p row when it was made here (to be read out once), else empty.
    Q_INVOKABLE QString pinAt(int row) const;
    /// The roster row's id at @p row (to find the student again after a reload), or empty.
    Q_INVOKABLE QString memberIdAt(int row) const;
    Q_INVOKABLE int indexOfMember(const QString &memberId) const;
    Q_INVOKABLE int indexOfLogin(const QString &login) const;

Q_SIGNALS:
    void classIdChanged();

protected:
    void load() override;

private:
    QString m_classId;
    QString m_className;
    QList<Continuite::Member> m_rows;
    QHash<QString, QString> m_pins; ///< member id → PIN made while this model lives
    QString m_lastPrinted;
};
