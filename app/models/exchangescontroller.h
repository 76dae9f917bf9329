#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include "session.h"

/**
 * @brief The USB side of the Échanges page: writes a pack to a file and reads one, and says what moved.
 *
 * A teacher exports a class pack (or a pack for one student) for a class they teach; a student exports
 * their return pack. Either imports a pack (BundleImporter: checked whole, applied in one transaction or
 * refused whole). After each, the summary tells what came in or went out — lessons, assignments,
 * submissions, feedback, files and bytes — or, in the person's language, why the pack was refused.
 * Runs on the GUI thread: a pack is read and written in one go (seconds for a year of a class).
 */
class ExchangesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /// The person using the app is a teacher (class and student packs) rather than a student (return pack).
    Q_PROPERTY(bool teacher READ isTeacher NOTIFY classesChanged)
    /// The classes a teacher can pack (ids and names, in the same order).
    Q_PROPERTY(QStringList classIds READ classIds NOTIFY classesChanged)
    Q_PROPERTY(QStringList classNames READ classNames NOTIFY classesChanged)
    /// "in" after an import, "out" after an export, "" before any (or after clear()).
    Q_PROPERTY(QString direction READ direction NOTIFY summaryChanged)
    /// One line saying what happened ("Pack written: …", "Received from …"), translated.
    Q_PROPERTY(QString summaryTitle READ summaryTitle NOTIFY summaryChanged)
    /// The details, one sentence each, translated.
    Q_PROPERTY(QStringList summaryLines READ summaryLines NOTIFY summaryChanged)
    /// Why the last export or import was refused (translated), or empty.
    Q_PROPERTY(QString error READ error NOTIFY summaryChanged)
    Q_PROPERTY(int lessons READ lessons NOTIFY summaryChanged)
    Q_PROPERTY(int assignments READ assignments NOTIFY summaryChanged)
    Q_PROPERTY(int submissions READ submissions NOTIFY summaryChanged)
    Q_PROPERTY(int feedback READ feedback NOTIFY summaryChanged)
    Q_PROPERTY(int media READ media NOTIFY summaryChanged)
    /// Size of the pack file in bytes (double: QML has no 64-bit integer).
    Q_PROPERTY(double bytes READ bytes NOTIFY summaryChanged)
    /// Changes new on this device after an import (the rest were already here).
    Q_PROPERTY(int applied READ applied NOTIFY summaryChanged)
    /// Changes of a return pack now waiting to be relayed to the hub.
    Q_PROPERTY(int relayQueued READ relayQueued NOTIFY summaryChanged)

public:
    explicit ExchangesController(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    bool isTeacher() const;
    QStringList classIds() const { return m_classIds; }
    QStringList classNames() const { return m_classNames; }
    QString direction() const { return m_direction; }
    QString summaryTitle() const { return m_title; }
    QStringList summaryLines() const { return m_lines; }
    QString error() const { return m_error; }
    int lessons() const { return m_lessons; }
    int assignments() const { return m_assignments; }
    int submissions() const { return m_submissions; }
    int feedback() const { return m_feedback; }
    int media() const { return m_media; }
    double bytes() const { return double(m_bytes); }
    int applied() const { return m_applied; }
    int relayQueued() const { return m_relayQueued; }

    /// Students of a class (display names and login codes, same order), for a one-student pack.
    Q_INVOKABLE QStringList studentNames(const QString &classId) const;
    Q_INVOKABLE QStringList studentLogins(const QString &classId) const;
    /// A file name for the pack: "CM1-Les-Etoiles-2026-11-30.continuite", "retour-lea-2026-11-30.continuite".
    Q_INVOKABLE QString suggestedFileName(const QString &classId, const QString &studentLogin = {}) const;
    /**
     * Writes a pack to @p file: a teacher's pack for @p classId (for one student when @p studentLogin is
     * set), a student's return pack (for @p classId, or their only class). False with error() when refused.
     */
    Q_INVOKABLE bool exportPack(const QUrl &file, const QString &classId = {}, const QString &studentLogin = {});
    /// Imports the pack in @p file. False with error() when refused (nothing applied then).
    Q_INVOKABLE bool importPack(const QUrl &file);
    /// Forgets the last summary.
    Q_INVOKABLE void clear();
    /// Re-reads the classes (after a sync or an import brought one).
    Q_INVOKABLE void reload();

    /// "3.2 MB": bytes in the person's language.
    Q_INVOKABLE static QString formatBytes(double bytes);

Q_SIGNALS:
    void sessionChanged();
    void classesChanged();
    void summaryChanged();

private:
    void resetCounts();
    void fail(const QString &direction, const QString &message);
    QStringList countLines() const;

    QPointer<Session> m_session;
    QStringList m_classIds;
    QStringList m_classNames;
    QString m_direction;
    QString m_title;
    QStringList m_lines;
    QString m_error;
    int m_lessons = 0;
    int m_assignments = 0;
    int m_submissions = 0;
    int m_feedback = 0;
    int m_media = 0;
    qint64 m_bytes = 0;
    int m_applied = 0;
    int m_relayQueued = 0;
};
