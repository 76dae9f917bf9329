// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace Continuite {
class Store;
}

/**
 * @brief The app's session: the local store it opened and the person using it now.
 *
 * One instance serves the whole app (the QML singleton `Session`); tests may make their own.
 * Setting `dataDir` opens the store there; `unlock()` checks a person's PIN or password and acts
 * for them from then on. Errors are sentences for the person, already translated.
 */
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// The folder of the local store; setting it opens (or creates) the store there.
    Q_PROPERTY(QString dataDir READ dataDir WRITE setDataDir NOTIFY storeChanged)
    /// True once a store is open.
    Q_PROPERTY(bool ready READ isReady NOTIFY storeChanged)
    /// The last error, for the person to read (empty when the last action worked).
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// True when someone has unlocked their profile.
    Q_PROPERTY(bool unlocked READ isUnlocked NOTIFY currentChanged)
    Q_PROPERTY(QString currentLogin READ currentLogin NOTIFY currentChanged)
    Q_PROPERTY(QString currentName READ currentName NOTIFY currentChanged)
    Q_PROPERTY(bool currentIsTeacher READ currentIsTeacher NOTIFY currentChanged)
    /// The login of the person who used the device last (to put their card first), or empty.
    Q_PROPERTY(QString lastLogin READ lastLogin NOTIFY currentChanged)
    /**
     * How much bigger than normal text is drawn (Theme's font sizes follow): the current person's choice, kept
     * for them on this device and applied when they unlock; 1.0 on the profile chooser, where a change lasts
     * until someone unlocks. Clamped to [MinTextScale, MaxTextScale].
     */
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(double minTextScale READ minTextScale CONSTANT)
    Q_PROPERTY(double maxTextScale READ maxTextScale CONSTANT)

public:
    /// Not default-constructible on purpose: QML then gets the app-wide session from create().
    explicit Session(QObject *parent);
    ~Session() override;

    /// The app-wide session, owned by the application object.
    static Session *instance();
    /// Gives QML the app-wide session (QML_SINGLETON factory).
    static Session *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString &dir);
    bool isReady() const { return m_store != nullptr; }
    QString error() const { return m_error; }
    bool isUnlocked() const;
    QString currentLogin() const;
    QString currentName() const;
    bool currentIsTeacher() const;
    QString lastLogin() const;
    static constexpr double MinTextScale = 1.0;
    static constexpr double MaxTextScale = 1.5;
    double textScale() const { return m_textScale; }
    void setTextScale(double scale);
    double minTextScale() const { return MinTextScale; }
    double maxTextScale() const { return MaxTextScale; }

    /// The open store, or null. For C++ models and controllers; QML never sees it.
    Continuite::Store *store() const { return m_store.get(); }

    /// Checks @p secret (a PIN or a password) for @p login; on success acts for that person.
    Q_INVOKABLE bool unlock(const QString &login, const QString &secret);
    /// Stops acting for anyone (back to the profile chooser).
    Q_INVOKABLE void lock();
    Q_INVOKABLE void clearError();
    /**
     * Changes the PIN or password that opens the current person's profile on this device, after checking
     * the old one. Returns an empty string when done, else what went wrong (a sentence for the person).
     */
    Q_INVOKABLE QString changeSecret(const QString &oldSecret, const QString &newSecret, const QString &repeated);

    /// Tells models that the store's content changed under them (after a write or an import).
    void notifyDataChanged();
    /**
     * Counts the changes models read under: the store opened, the person, the data. It moves before each of
     * storeChanged(), currentChanged() and dataChanged() is sent, so a model that read its rows at this count has
     * nothing new to read when the signal reaches it (one made while the signal is sent, as a home's are).
     */
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void storeChanged();
    void currentChanged();
    /// The person is about to change (locked, or someone else unlocks): unsaved work is saved now.
    void aboutToChangePerson();
    void errorChanged();
    void textScaleChanged();
    /// Something was written (progress, work): models reload.
    void dataChanged();

private:
    void setError(const QString &message);
    /// Shows text at @p scale without saving it (a person unlocked or left).
    void applyTextScale(double scale);

    QString m_dataDir;
    QString m_error;
    double m_textScale = 1.0;
    std::unique_ptr<Continuite::Store> m_store;
    quint64 m_generation = 0;
};
