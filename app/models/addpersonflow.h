// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "exchangescontroller.h"
#include "session.h"
#include "synccontroller.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

/**
 * @brief "Add a person on this device" as steps and types: the way in, where the sign-in stands, and what went wrong.
 *
 * Three ways in (Way): the school's server (its address, then the card's login code and PIN: SyncController::addPerson),
 * the classroom on the room's network (the address and code on the teacher's screen, checked and made a URL by
 * LanController, then the same sign-in), and a pack on a USB stick (ExchangesController::startFromPack, no network).
 *
 * submit() checks what was typed first (Failed with Incomplete and the field to fix, nothing sent), then signs in in
 * the background (SigningIn), then ends Done (the person's space opens: Session unlocked) or Failed with a Failure and
 * the field the person should fix. The page (AddPersonPage.qml) shows one state per Step and puts the keyboard on
 * fieldToFix; it never reads an HTTP status: the hub's answer is turned into a Failure here, once.
 */
class AddPersonFlow : public QObject
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Way {
        SchoolServer, ///< the school's server over the network
        Classroom,    ///< the teacher's laptop on the room's network
        Pack,         ///< a pack on a USB stick, no network
    };
    Q_ENUM(Way)

    enum Step {
        Typing,    ///< the fields, nothing sent yet
        SigningIn, ///< in the background; the fields wait
        Failed,    ///< message says what went wrong and what to do; what was typed stays
        Done,      ///< the person is on this device and unlocked
    };
    Q_ENUM(Step)

    enum Failure {
        NoFailure,
        Incomplete,      ///< a field is missing or cannot be right: said before any network
        WrongCodeOrPin,  ///< the hub or classroom refused the login code and PIN (401)
        TooManyTries,    ///< too many wrong tries from here (429)
        Unreachable,     ///< nothing answered at the address (or a proxy said the server is down: 502–504)
        NotTheServer,    ///< something answered, but not a Continuité server (another HTTP status)
        NoSuchClassroom, ///< no open classroom with this code at that address (404)
        NotTheClassroom, ///< what answers is not the computer the code binds (its key differs)
        PackRefused,     ///< the pack could not be read, or it is not this card's, or the PIN does not open it
        NotOnThisDevice, ///< something on this device: the store, a profile already here with another PIN
        Cancelled,
    };
    Q_ENUM(Failure)

    /// The field a failure asks the person to look at again (the keyboard goes there, its text selected).
    enum Field {
        NoField,
        HubAddressField,
        ClassroomAddressField,
        ClassroomCodeField,
        PackField,
        LoginField,
        PinField,
    };
    Q_ENUM(Field)

private:
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(SyncController *sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(Way way READ way WRITE setWay NOTIFY wayChanged)
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(Failure failure READ failure NOTIFY stepChanged)
    /// What went wrong and what to do, for the person (translated); empty unless Failed.
    Q_PROPERTY(QString message READ message NOTIFY stepChanged)
    Q_PROPERTY(Field fieldToFix READ fieldToFix NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stepChanged)
    /// What the flow is doing while busy ("Signing in to the classroom…"), else empty.
    Q_PROPERTY(QString busyText READ busyText NOTIFY busyTextChanged)
    /// The pack way's reader: its progress while it imports.
    Q_PROPERTY(ExchangesController *packs READ packs CONSTANT)

public:
    explicit AddPersonFlow(QObject *parent = nullptr);
    ~AddPersonFlow() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    SyncController *sync() const { return m_sync; }
    void setSync(SyncController *sync);
    Way way() const { return m_way; }
    /// Another way in: back to Typing, the last failure forgotten. Ignored while signing in.
    void setWay(Way way);
    Step step() const { return m_step; }
    Failure failure() const { return m_failure; }
    QString message() const { return m_message; }
    Field fieldToFix() const { return m_field; }
    bool isBusy() const { return m_step == SigningIn; }
    QString busyText() const;
    ExchangesController *packs() const { return m_packs; }

    /**
     * Signs in the way chosen with what was typed: @p hub (the school's server), @p classroomAddress and
     * @p classroomCode (the teacher's screen), @p pack (the file on the stick), and the card's @p login and
     * @p secret (its PIN; a teacher's password on the school's server). What the way does not use is ignored.
     * False (Failed, Incomplete) when something typed cannot be right; true when the sign-in started.
     */
    Q_INVOKABLE bool submit(const QString &hub, const QString &classroomAddress, const QString &classroomCode,
                            const QUrl &pack, const QString &login, const QString &secret);
    /// Stops the sign-in in flight (Failed, Cancelled); nobody is added.
    Q_INVOKABLE void cancel();
    /// Back to Typing with nothing said (the page opened again).
    Q_INVOKABLE void reset();

    /// What a hub's answer to a sign-in means (@p status: the HTTP status, 0 not reached, -2 not the classroom's key,
    /// -1 it did not come to the hub), for @p way.
    static Failure failureOf(Way way, int status);
    /// The field to look at again after @p failure on @p way.
    static Field fieldFor(Way way, Failure failure);

Q_SIGNALS:
    void sessionChanged();
    void syncChanged();
    void wayChanged();
    void stepChanged();
    void busyTextChanged();
    /// The flow ended: @p ok, the person is in; else message says why.
    void finished(bool ok);

private:
    void onSignedIn(bool ok, const QString &message, int hubStatus);
    void onPackDone(bool ok);
    void fail(Failure failure, const QString &message, Field field);
    void setStep(Step step);

    QPointer<Session> m_session;
    QPointer<SyncController> m_sync;
    ExchangesController *m_packs = nullptr;
    QMetaObject::Connection m_syncConnection;
    Way m_way = SchoolServer;
    Step m_step = Typing;
    Failure m_failure = NoFailure;
    Field m_field = NoField;
    QString m_message;
    QString m_classroomAddress; ///< as typed, for the words of a classroom's failure
};
