// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "session.h"

#include "content/store.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;
using Continuite::Role;
using Continuite::Store;

Q_LOGGING_CATEGORY(lcGui, "continuite.gui")

Session::Session(QObject *parent)
    : QObject(parent)
{
}

Session::~Session() = default;

Session *Session::instance()
{
    static QPointer<Session> session;
    if (!session)
        session = new Session(QCoreApplication::instance());
    return session;
}

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    Session *session = instance();
    QJSEngine::setObjectOwnership(session, QJSEngine::CppOwnership);
    return session;
}

void Session::setDataDir(const QString &dir)
{
    if (dir == m_dataDir && m_store)
        return;
    const bool wasUnlocked = isUnlocked();
    m_store.reset();
    m_dataDir = dir;
    if (dir.isEmpty()) {
        setError(tr("No folder was given for the data: start the app with --data FOLDER."));
    } else if (auto opened = Store::open(dir); opened) {
        m_store = std::move(opened).value();
        setError({});
        qCDebug(lcGui) << "opened the store in" << dir;
    } else {
        setError(opened.error());
    }
    ++m_generation; // once for both signals: the person left with the store they were in
    Q_EMIT storeChanged();
    if (wasUnlocked) {
        applyTextScale(1.0);
        Q_EMIT currentChanged();
    }
}

bool Session::isUnlocked() const
{
    return m_store && m_store->current().has_value();
}

QString Session::currentLogin() const
{
    return isUnlocked() ? m_store->current()->login : QString();
}

QString Session::currentName() const
{
    return isUnlocked() ? m_store->current()->displayName : QString();
}

bool Session::currentIsTeacher() const
{
    return isUnlocked() && m_store->current()->role == Role::Teacher;
}

QString Session::lastLogin() const
{
    if (!m_store)
        return {};
    const auto active = m_store->activeProfile();
    return active ? active->login : QString();
}

bool Session::unlock(const QString &login, const QString &secret)
{
    if (!m_store) {
        setError(tr("The data folder could not be opened, so nobody can sign in. Check the folder and restart."));
        return false;
    }
    const auto profile = m_store->profile(login);
    if (profile && profile->hasSecret && secret.isEmpty()) {
        setError(profile->role == Role::Teacher ? tr("Type your password, then press Enter.")
                                                : tr("Type your PIN, then press Enter."));
        return false;
    }
    auto unlocked = m_store->unlock(login, secret);
    if (!unlocked) {
        // A wrong secret says whose card it is and what to do (on a shared laptop, a sibling's card is a click away).
        const bool wrongSecret = profile
            && (unlocked.error() == QCoreApplication::translate("Store", "Wrong PIN for %1.").arg(profile->login)
                || unlocked.error() == QCoreApplication::translate("Store", "Wrong password for %1.").arg(profile->login));
        if (wrongSecret && profile->role == Role::Teacher)
            setError(tr("This is not the password of %1. Forgotten? The school's hub administrator can give you a new one.").arg(profile->displayName));
        else if (wrongSecret)
            setError(tr("This is not the PIN on %1's card. Forgotten? Ask your teacher for a new PIN.").arg(profile->displayName));
        else
            setError(unlocked.error());
        return false;
    }
    Q_EMIT aboutToChangePerson();
    m_store->setCurrent(*unlocked);
    if (auto s = m_store->setActiveProfile(*unlocked); !s)
        qCWarning(lcGui) << "could not remember the active profile:" << s.error();
    setError({});
    applyTextScale(m_store->textScale(unlocked->id));
    ++m_generation;
    Q_EMIT currentChanged();
    return true;
}

void Session::lock()
{
    if (!isUnlocked())
        return;
    Q_EMIT aboutToChangePerson();
    // The store has no "nobody" setter: reopening it drops the current person.
    const QString dir = m_dataDir;
    m_store.reset();
    if (auto opened = Store::open(dir); opened)
        m_store = std::move(opened).value();
    else
        setError(opened.error());
    applyTextScale(1.0);
    ++m_generation;
    Q_EMIT currentChanged();
}

void Session::setTextScale(double scale)
{
    applyTextScale(scale);
    if (!isUnlocked())
        return;
    if (auto s = m_store->setTextScale(m_store->current()->id, m_textScale); !s)
        qCWarning(lcGui) << "could not keep the text size:" << s.error();
}

void Session::applyTextScale(double scale)
{
    scale = std::clamp(scale, MinTextScale, MaxTextScale);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    Q_EMIT textScaleChanged();
}

void Session::clearError()
{
    setError({});
}

QString Session::changeSecret(const QString &oldSecret, const QString &newSecret, const QString &repeated)
{
    if (!isUnlocked())
        return tr("Nobody is signed in on this device.");
    const bool teacher = currentIsTeacher();
    if (newSecret != repeated)
        return teacher ? tr("The two new passwords are not the same: type them again.")
                       : tr("The two new PINs are not the same: type them again.");
    if (!teacher && !std::all_of(newSecret.cbegin(), newSecret.cend(), [](QChar c) { return c.isDigit(); }))
        return tr("A PIN is made of digits only.");
    if (Continuite::Status s = m_store->changeSecret(currentLogin(), oldSecret, newSecret); !s)
        return s.error();
    return {};
}

void Session::notifyDataChanged()
{
    ++m_generation;
    Q_EMIT dataChanged();
}

void Session::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    Q_EMIT errorChanged();
}
