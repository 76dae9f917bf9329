// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "addpersonflow.h"

#include "exchangescontroller.h"
#include "lancontroller.h"
#include "session.h"
#include "synccontroller.h"

#include "sync/client/hubrequests.h"

AddPersonFlow::AddPersonFlow(QObject *parent)
    : QObject(parent)
    , m_packs(new ExchangesController(this))
{
    connect(m_packs, &ExchangesController::busyChanged, this, &AddPersonFlow::busyTextChanged);
    connect(m_packs, &ExchangesController::finished, this, &AddPersonFlow::onPackDone);
}

AddPersonFlow::~AddPersonFlow() = default;

void AddPersonFlow::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    m_packs->setSession(session);
    Q_EMIT sessionChanged();
}

void AddPersonFlow::setSync(SyncController *sync)
{
    if (sync == m_sync)
        return;
    disconnect(m_syncConnection);
    m_sync = sync;
    if (m_sync)
        m_syncConnection = connect(m_sync, &SyncController::addPersonFinished, this, &AddPersonFlow::onSignedIn);
    Q_EMIT syncChanged();
}

void AddPersonFlow::setWay(Way way)
{
    if (way == m_way || isBusy())
        return;
    m_way = way;
    Q_EMIT wayChanged();
    reset();
}

QString AddPersonFlow::busyText() const
{
    if (!isBusy())
        return {};
    switch (m_way) {
    case Pack:
        return m_packs->busyText();
    case Classroom:
        return tr("Signing in to the classroom…");
    case SchoolServer:
        break;
    }
    return tr("Signing in to the school's server…");
}

bool AddPersonFlow::submit(const QString &hub, const QString &classroomAddress, const QString &classroomCode,
                           const QUrl &pack, const QString &login, const QString &secret)
{
    if (isBusy())
        return false;
    // What a way needs besides the card: the first thing missing is the field to fix.
    auto cardField = [&] { return login.trimmed().isEmpty() ? LoginField : PinField; };
    if (m_way == Pack) {
        if (m_packs->startFromPack(pack, login, secret)) {
            setStep(SigningIn);
            return true;
        }
        fail(Incomplete, m_packs->error(), pack.isEmpty() ? PackField : cardField());
        return false;
    }
    if (!m_sync) {
        fail(NotOnThisDevice, tr("The app is not ready to sign in yet: try again in a moment."), NoField);
        return false;
    }
    QString url = hub;
    if (m_way == Classroom) {
        // The classroom's URL from the address and code on the teacher's screen (LanController's checks, shared with
        // Échanges), then the same sign-in as with the school's server.
        if (const QString problem = LanController::joinProblem(classroomAddress, classroomCode); !problem.isEmpty()) {
            fail(Incomplete, problem, LanController::joinUrl(classroomAddress, {}).isEmpty() ? ClassroomAddressField : ClassroomCodeField);
            return false;
        }
        m_classroomAddress = classroomAddress;
        url = LanController::joinUrl(classroomAddress, classroomCode);
    }
    if (const QString error = m_sync->addPerson(url, login, secret); !error.isEmpty()) {
        const Field field = m_way == SchoolServer && SyncController::normalizedHubUrl(hub).isEmpty() ? HubAddressField : cardField();
        fail(Incomplete, error, field);
        return false;
    }
    setStep(SigningIn);
    return true;
}

void AddPersonFlow::cancel()
{
    if (!isBusy())
        return;
    fail(Cancelled, tr("The sign-in was cancelled."), NoField); // first: what cancelling reports is no news
    if (m_way == Pack)
        m_packs->cancel();
    else if (m_sync)
        m_sync->cancel();
}

void AddPersonFlow::reset()
{
    if (isBusy())
        return;
    m_failure = NoFailure;
    m_field = NoField;
    m_message.clear();
    setStep(Typing);
    Q_EMIT stepChanged(); // the failure went even when the step stays
}

AddPersonFlow::Failure AddPersonFlow::failureOf(Way way, int status)
{
    if (way == Classroom && status == 404)
        return NoSuchClassroom;
    if (way == Classroom && status == Continuite::HubFailure::WrongClassroomKey)
        return NotTheClassroom;
    if (status == 401)
        return WrongCodeOrPin;
    if (status == 429)
        return TooManyTries;
    if (status == 0 || status == 502 || status == 503 || status == 504)
        return Unreachable;
    if (status > 0)
        return NotTheServer;
    return NotOnThisDevice;
}

AddPersonFlow::Field AddPersonFlow::fieldFor(Way way, Failure failure)
{
    switch (failure) {
    case NoSuchClassroom:
    case NotTheClassroom:
        return ClassroomCodeField; // the code is what is wrong
    case Unreachable:
        // In class the address on the teacher's screen is what to check; a school's server is typed once and kept, and
        // unreachable is most often no network: the card's PIN keeps the keyboard, as before.
        return way == Classroom ? ClassroomAddressField : PinField;
    case NoFailure:
    case Cancelled:
        return NoField;
    case Incomplete:
    case WrongCodeOrPin:
    case TooManyTries:
    case NotTheServer:
    case PackRefused:
    case NotOnThisDevice:
        break;
    }
    return PinField; // the typed PIN is selected: typing again replaces it
}

void AddPersonFlow::onSignedIn(bool ok, const QString &message, int hubStatus)
{
    if (m_step != SigningIn || m_way == Pack)
        return; // another page's sign-in, or one cancelled here
    if (ok) {
        setStep(Done);
        Q_EMIT finished(true);
        return;
    }
    const Failure failure = failureOf(m_way, hubStatus);
    const QString said = m_way == Classroom ? LanController::joinFailure(m_classroomAddress, hubStatus, message) : message;
    fail(failure, said, fieldFor(m_way, failure));
    Q_EMIT finished(false);
}

void AddPersonFlow::onPackDone(bool ok)
{
    if (m_step != SigningIn || m_way != Pack)
        return;
    if (ok) {
        setStep(Done);
        Q_EMIT finished(true);
        return;
    }
    fail(PackRefused, m_packs->error(), fieldFor(Pack, PackRefused));
    Q_EMIT finished(false);
}

void AddPersonFlow::fail(Failure failure, const QString &message, Field field)
{
    m_failure = failure;
    m_message = message;
    m_field = field;
    m_step = Failed;
    Q_EMIT stepChanged();
    Q_EMIT busyTextChanged();
}

void AddPersonFlow::setStep(Step step)
{
    if (step == m_step)
        return;
    if (step != Failed) {
        m_failure = NoFailure;
        m_message.clear();
        m_field = NoField;
    }
    m_step = step;
    Q_EMIT stepChanged();
    Q_EMIT busyTextChanged();
}
