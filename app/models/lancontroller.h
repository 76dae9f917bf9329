// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

#include "session.h"
namespace Continuite {
class ClassroomHub;
}

/**
 * @brief The classroom side of the Échanges page: a teacher serves a class on the room's network.
 *
 * start() runs a ClassroomHub (the hub engine and its HTTP server in this process, on their own worker
 * threads, data under the teacher's data folder) for one class; the page shows the address, the join
 * code and a QR code of the URL. While it serves, every few seconds the controller brings the students'
 * work into the teacher's store (queued for relay to the school's hub) and counts who signed in. stop()
 * collects once more and stops; locking the profile stops too.
 *
 * A student joins with joinUrl() (the address and code typed from the teacher's screen) given to
 * HubSignIn.connectToHub with the PIN of their card (Échanges, a profile already on the device), or to
 * HubSignIn.addPerson with the login code and PIN of their card (the first screen, a new device).
 * Both pages check what was typed with joinProblem() and word a failure with joinFailure().
 */
class LanController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /// Where to listen: every interface by default ("0.0.0.0"); tests use 127.0.0.1.
    Q_PROPERTY(QString listenHost READ listenHost WRITE setListenHost NOTIFY sessionChanged)
    /// Port tried first (8765); another free one when taken; 0: any.
    Q_PROPERTY(int preferredPort READ preferredPort WRITE setPreferredPort NOTIFY sessionChanged)
    Q_PROPERTY(bool serving READ isServing NOTIFY servingChanged)
    /// The class served, its name.
    Q_PROPERTY(QString className READ className NOTIFY servingChanged)
    /// "192.168.1.10:8765": what students type.
    Q_PROPERTY(QString address READ address NOTIFY servingChanged)
    /// "K7PQ2M-ABCD-EFGH": the code students type (the join code, then the key code that binds this laptop's key).
    Q_PROPERTY(QString joinCode READ joinCode NOTIFY servingChanged)
    /// The URL a student's device uses (and the QR code's text).
    Q_PROPERTY(QString url READ url NOTIFY servingChanged)
    /// Students who signed in since the classroom opened.
    Q_PROPERTY(int studentsSignedIn READ studentsSignedIn NOTIFY countsChanged)
    /// Pieces of work handed in during this session (now on this laptop, waiting to go to the school's hub).
    Q_PROPERTY(int workReceived READ workReceived NOTIFY countsChanged)
    /// Why the classroom could not open or collect (translated), or empty.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit LanController(QObject *parent = nullptr);
    ~LanController() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString listenHost() const { return m_host; }
    void setListenHost(const QString &host);
    int preferredPort() const { return m_port; }
    void setPreferredPort(int port);
    bool isServing() const;
    QString className() const { return m_className; }
    QString address() const;
    QString joinCode() const;
    QString url() const;
    int studentsSignedIn() const { return m_students; }
    int workReceived() const { return m_work; }
    QString error() const { return m_error; }

    /// Serves @p classId in the classroom. False with error() when it cannot.
    Q_INVOKABLE bool start(const QString &classId);
    /// Takes the students' work in one last time and stops serving: the lesson is over, the next start() draws a new
    /// code (and ends this lesson's sign-ins). Leaving without stop() (the page closed, the profile locked, the laptop
    /// restarted) lets start() reopen the same lesson with its code within ClassroomHub::LessonHours.
    Q_INVOKABLE void stop();
    /// Takes the students' work in now and updates the counts.
    Q_INVOKABLE void refresh();
    /// The hub URL for what a student typed from the teacher's screen ("" when the address is empty).
    Q_INVOKABLE static QString joinUrl(const QString &address, const QString &code);
    /// What is missing or wrong in the address and code a student typed (translated), or "" when they can be tried.
    Q_INVOKABLE static QString joinProblem(const QString &address, const QString &code);
    /// What a failed join means for the student: @p status is the classroom's HTTP answer (0: unreachable,
    /// 404: no classroom with that code there, 401: wrong login code or PIN; -2, HubFailure::WrongClassroomKey: what
    /// answers is not the computer the code binds, said in @p detail); @p detail is said otherwise.
    Q_INVOKABLE static QString joinFailure(const QString &address, int status, const QString &detail);

Q_SIGNALS:
    void sessionChanged();
    void servingChanged();
    void countsChanged();
    void errorChanged();

private:
    void setError(const QString &message);
    /// Stops serving without reading the store (it may be gone: the session reopened it).
    void abandon();

    QPointer<Session> m_session;
    std::unique_ptr<Continuite::ClassroomHub> m_hub;
    QTimer m_poll;
    QString m_host = QStringLiteral("0.0.0.0");
    int m_port = 8765;
    QString m_className;
    int m_students = 0;
    int m_work = 0;
    QString m_error;
};
