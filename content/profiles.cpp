// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/profiles.h"

#include "content/rows.h"
#include "content/secrets.h"
#include "content/storecontext.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
Profile profileFromQuery(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            roleFromName(q.value(3).toString()).value_or(Role::Student), !q.value(4).toString().isEmpty()};
}

bool validLogin(const QString &login)
{
    static const QRegularExpression re(uR"(^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$)"_s);
    return re.match(login).hasMatch();
}
} // namespace

Result<Profile> Profiles::addProfile(const QString &login, const QString &displayName, Role role, const QString &secret,
                                     const QString &personId)
{
    using R = Result<Profile>;
    if (!validLogin(login))
        return R::failure(tr("\"%1\" is not a valid login: use letters, digits, dots, dashes (64 at most).").arg(login.left(80)));
    if (displayName.trimmed().isEmpty() || displayName.size() > StoreContext::MaxNameLength)
        return R::failure(tr("A profile needs a name of 1 to %1 characters.").arg(StoreContext::MaxNameLength));
    if (profile(login))
        return R::failure(tr("There is already a profile \"%1\" on this device.").arg(login));
    if (!personId.isEmpty() && !isUuid(personId))
        return R::failure(tr("\"%1\" is not a person id.").arg(personId.left(80)));
    if (role == Role::Teacher && secret.size() < 6)
        return R::failure(tr("A teacher's password needs at least 6 characters."));
    if (role == Role::Student && !secret.isEmpty() && secret.size() < 4)
        return R::failure(tr("A PIN needs at least 4 digits."));
    const Profile p{personId.isEmpty() ? newUuid() : personId, login, displayName.trimmed(), role, !secret.isEmpty()};
    const QString hashed = secret.isEmpty() ? QString() : Secrets::hash(secret);
    Status s = m.db.write([&]() -> Status {
        if (!m.db.exec(u"INSERT INTO profiles (id, login, display_name, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                       {p.id, p.login, p.displayName, roleName(role), hashed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(hashed),
                        Rows::iso(QDateTime::currentDateTimeUtc())}))
            return m.db.sqlFailure(tr("Could not add the profile"));
        return success();
    });
    return s ? R(p) : R::failure(s.error());
}

QList<Profile> Profiles::profiles()
{
    QList<Profile> list;
    QSqlQuery &q = m.db.prepare(u"SELECT id, login, display_name, role, secret_hash FROM profiles ORDER BY display_name COLLATE NOCASE"_s);
    if (m.db.exec(q))
        while (q.next())
            list.append(profileFromQuery(q));
    q.finish();
    return list;
}

std::optional<Profile> Profiles::profile(const QString &loginOrId)
{
    QSqlQuery &q = m.db.prepare(u"SELECT id, login, display_name, role, secret_hash FROM profiles WHERE login = ? OR id = ?"_s);
    std::optional<Profile> p;
    if (m.db.exec(q, {loginOrId, loginOrId}) && q.next())
        p = profileFromQuery(q);
    q.finish();
    return p;
}

Result<Profile> Profiles::unlock(const QString &login, const QString &secret)
{
    using R = Result<Profile>;
    const auto p = profile(login);
    if (!p)
        return R::failure(tr("There is no profile \"%1\" on this device.").arg(login.left(80)));
    if (!p->hasSecret)
        return *p;
    // Wrong tries are counted in the store ("count,last try in ms"), so quitting the app does not reset them.
    const QString key = u"unlock_failures:"_s + p->id;
    const QStringList record = m.db.meta(key).split(u',');
    const int failures = record.value(0).toInt();
    const qint64 lastFailure = record.value(1).toLongLong();
    if (failures >= FreeUnlockAttempts) {
        const qint64 lockMs = std::min<qint64>(30'000LL << std::min(failures - FreeUnlockAttempts, 7), 3'600'000);
        const qint64 waitMs = lastFailure + lockMs - m.nowMillis();
        if (waitMs > 0)
            return R::failure(tr("Too many wrong tries for %1: wait %2 seconds, then try again.").arg(p->login).arg((waitMs + 999) / 1000));
    }
    const QString hashed = m.db.scalar(u"SELECT secret_hash FROM profiles WHERE id = ?"_s, {p->id}).toString();
    const bool right = Secrets::verify(hashed, secret);
    const QString next = right ? QString() : u"%1,%2"_s.arg(failures + 1).arg(m.nowMillis());
    Status saved = m.db.write([&]() -> Status {
        if (right ? m.db.exec(u"DELETE FROM meta WHERE key = ?"_s, {key}) : m.db.setMeta(key, next))
            return success();
        return m.db.sqlFailure(tr("Could not save"));
    });
    if (!saved)
        return R::failure(saved.error());
    if (!right)
        return R::failure(p->role == Role::Teacher ? tr("Wrong password for %1.").arg(p->login) : tr("Wrong PIN for %1.").arg(p->login));
    return *p;
}

Status Profiles::changeSecret(const QString &login, const QString &oldSecret, const QString &newSecret)
{
    auto p = unlock(login, oldSecret);
    if (!p)
        return Status::failure(p.error());
    if (p->role == Role::Teacher && newSecret.size() < 6)
        return Status::failure(tr("A teacher's password needs at least 6 characters."));
    if (p->role == Role::Student && newSecret.size() < 4)
        return Status::failure(tr("A PIN needs at least 4 digits."));
    const QString hashed = Secrets::hash(newSecret);
    return m.db.write([&]() -> Status {
        if (!m.db.exec(u"UPDATE profiles SET secret_hash = ? WHERE id = ?"_s, {hashed, p->id}))
            return m.db.sqlFailure(tr("Could not save the new secret"));
        return success();
    });
}

std::optional<Profile> Profiles::activeProfile()
{
    const QString id = m.db.meta(u"active_profile"_s);
    return id.isEmpty() ? std::nullopt : profile(id);
}

Status Profiles::setActiveProfile(const Profile &p)
{
    return m.db.write([&]() -> Status {
        return m.db.setMeta(u"active_profile"_s, p.id) ? success() : m.db.sqlFailure(tr("Could not switch profile"));
    });
}

double Profiles::textScale(const QString &profileId)
{
    // Kept in meta under a per-profile key, like unlock_failures: no schema change for one number.
    bool ok = false;
    const double scale = m.db.meta(u"text_scale:"_s + profileId).toDouble(&ok);
    return ok && scale > 0 ? scale : 1.0;
}

Status Profiles::setTextScale(const QString &profileId, double scale)
{
    if (!profile(profileId))
        return Status::failure(tr("There is no profile \"%1\" on this device.").arg(profileId.left(80)));
    return m.db.write([&]() -> Status {
        return m.db.setMeta(u"text_scale:"_s + profileId, QString::number(scale)) ? success()
                                                                                  : m.db.sqlFailure(tr("Could not save"));
    });
}

} // namespace Continuite
