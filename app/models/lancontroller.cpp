// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "lancontroller.h"

#include "content/store.h"
#include "session.h"
#include "sync/classroom/classroomhub.h"
#include "sync/classroom/classroomkey.h"

using namespace Qt::StringLiterals;
using namespace Continuite;

LanController::LanController(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(3000);
    connect(&m_poll, &QTimer::timeout, this, &LanController::refresh);
}

LanController::~LanController()
{
    m_poll.stop();
    m_hub.reset();
}

void LanController::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    abandon();
    m_session = session;
    if (m_session) {
        // Whoever locks the laptop closes the classroom: it serves the data of the teacher who opened it. The
        // store it served is gone by then (the session reopens it): what came in since the last look stays
        // in the classroom hub and is taken in when the class opens again.
        connect(m_session, &Session::currentChanged, this, &LanController::abandon);
        connect(m_session, &Session::storeChanged, this, &LanController::abandon);
    }
    Q_EMIT sessionChanged();
}

void LanController::setListenHost(const QString &host)
{
    if (host == m_host)
        return;
    m_host = host;
    Q_EMIT sessionChanged();
}

void LanController::setPreferredPort(int port)
{
    if (port == m_port)
        return;
    m_port = port;
    Q_EMIT sessionChanged();
}

bool LanController::isServing() const
{
    return m_hub && m_hub->isRunning();
}

QString LanController::address() const
{
    if (!isServing())
        return {};
    return m_host == u"0.0.0.0"_s ? m_hub->address() : u"%1:%2"_s.arg(m_host).arg(m_hub->port());
}

QString LanController::joinCode() const
{
    return isServing() ? m_hub->typedCode() : QString();
}

QString LanController::url() const
{
    return isServing() ? ClassroomHub::joinUrl(address(), m_hub->typedCode()) : QString();
}

QString LanController::joinUrl(const QString &address, const QString &code)
{
    return ClassroomHub::joinUrl(address, code);
}

QString LanController::joinProblem(const QString &address, const QString &code)
{
    if (address.trimmed().isEmpty() || joinUrl(address, code).isEmpty())
        return tr("Type the address shown on your teacher's screen (for example 192.168.1.10:8765).");
    // The join code and the key code (sync/hub/PROTOCOL.md, "Classroom hub"): "K7PQ2M-ABCD-EFGH".
    const qsizetype typed = ClassroomKey::cleaned(code).size();
    if (typed == 0)
        return tr("Type the code shown on your teacher's screen, beside the address.");
    if (typed != ClassroomKey::CodeSymbols)
        return tr("The code on your teacher's screen has %1 letters and digits; you typed %2. Check it and type it again.")
            .arg(ClassroomKey::CodeSymbols)
            .arg(typed);
    return {};
}

QString LanController::joinFailure(const QString &address, int status, const QString &detail)
{
    const QString where = address.trimmed();
    if (status == 404)
        return tr("There is no open classroom with this code at %1. Check the code on your teacher's screen (a new "
                  "one is made each time the classroom opens) and type it again.").arg(where);
    if (status == 401)
        return tr("The login code or the PIN is wrong. Check both on your login card and type them again.");
    if (status == 429)
        return tr("Too many wrong tries from this device (the classroom code, or the login code and PIN). Wait a few "
                  "minutes, then try again.");
    if (status == 0 || status == 502 || status == 503 || status == 504)
        return tr("The classroom at %1 could not be reached. Check the address on your teacher's screen, that the "
                  "classroom is open, and that this device is on the room's network (its Wi-Fi).").arg(where);
    if (status > 0)
        return tr("Something answered at %1, but not your teacher's classroom. Check the address on your "
                  "teacher's screen. (%2)").arg(where, detail);
    return detail;
}

void LanController::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    Q_EMIT errorChanged();
}

bool LanController::start(const QString &classId)
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store || !m_session->currentIsTeacher()) {
        setError(tr("Only a teacher can open the classroom."));
        return false;
    }
    stop();
    m_hub = std::make_unique<ClassroomHub>(*store);
    ClassroomHub::Options options;
    options.host = m_host;
    options.port = m_port;
    // The laptop restarted, the page left or the profile locked mid-lesson: the same lesson opens again with its code,
    // and its pupils' sign-ins go on (a review of session 14). Closing the classroom (stop()) ends the lesson.
    options.resumeLesson = true;
    auto started = m_hub->start(classId, options);
    if (!started) {
        m_hub.reset();
        setError(started.error());
        Q_EMIT servingChanged();
        return false;
    }
    const auto cls = store->schoolClass(classId);
    m_className = cls ? cls->name : QString();
    m_students = 0;
    m_work = 0;
    setError({});
    m_poll.start();
    Q_EMIT servingChanged();
    Q_EMIT countsChanged();
    return true;
}

void LanController::refresh()
{
    if (!isServing())
        return;
    auto got = m_hub->collect();
    if (!got) {
        setError(got.error());
    } else {
        m_work += got->submissions;
        if (got->changes > 0 && m_session)
            m_session->notifyDataChanged(); // the teacher's screens reload; the sync bar sees work to relay
        setError(got->refused.isEmpty() ? QString() : got->refused.join(u'\n'));
    }
    const int students = m_hub->studentsSignedIn();
    if (students != m_students || (got && got->submissions > 0)) {
        m_students = students;
        Q_EMIT countsChanged();
    }
}

void LanController::stop()
{
    if (!m_hub)
        return;
    refresh();
    // The teacher closed the classroom: the lesson is over, the next opening is a new one (a new code).
    m_poll.stop();
    m_hub->endLesson();
    abandon();
}

void LanController::abandon()
{
    if (!m_hub)
        return;
    m_poll.stop();
    m_hub->stop();
    m_hub.reset();
    m_className.clear();
    Q_EMIT servingChanged();
}
