// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchangescontroller.h"

#include "content/store.h"
#include "session.h"
#include "sync/bundle/bundleexporter.h"
#include "sync/bundle/bundleimporter.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Continuite;

namespace {

QString fileName(const QString &text)
{
    QString out;
    const QString plain = text.normalized(QString::NormalizationForm_D);
    for (QChar c : plain) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if ((c.isSpace() || c == u'-' || c == u'_' || c == u'.') && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? u"paquet"_s : out.left(60);
}

QString localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

} // namespace

struct ExchangesController::Outcome
{
    bool ok = false;
    QString error;
    QString direction; ///< "in" or "out"
    bool teacher = false;
    Counts counts;
    int duplicates = 0;
    bool nothingNew = false;
    int missingMedia = 0;
    QString path;
    QString makerName;
    QString className;
    QStringList newDeviceKeys;
    QString login; ///< a first run: the profile it made
    QUrl confirmFile; ///< refused only for want of the person's word on a new device: this file, to import again
};

ExchangesController::ExchangesController(QObject *parent)
    : QObject(parent)
{
}

// Quitting while a pack is read or written: m_worker goes first (the last member); an import not yet writing stops,
// the job then ends with its store.
ExchangesController::~ExchangesController() = default;

void ExchangesController::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::storeChanged, this, &ExchangesController::reload);
        connect(m_session, &Session::currentChanged, this, [this] {
            // A pack in flight was someone else's: it goes on, and its result is not shown to this person.
            m_worker.nextGeneration(StoreWorker::Running::Continue);
            clear();
            reload();
        });
        connect(m_session, &Session::dataChanged, this, &ExchangesController::reload);
    }
    reload();
    Q_EMIT sessionChanged();
}

bool ExchangesController::isTeacher() const
{
    return m_session && m_session->currentIsTeacher();
}

void ExchangesController::reload()
{
    QStringList ids, names;
    Store *store = m_session ? m_session->store() : nullptr;
    if (store && store->current()) {
        for (const SchoolClass &c : store->classes()) {
            if (isTeacher() && !store->isTeacherOf(c.meta.id))
                continue;
            ids << c.meta.id;
            names << c.name;
        }
    }
    if (ids == m_classIds && names == m_classNames)
        return;
    m_classIds = ids;
    m_classNames = names;
    Q_EMIT classesChanged();
}

QStringList ExchangesController::studentNames(const QString &classId) const
{
    QStringList names;
    Store *store = m_session ? m_session->store() : nullptr;
    if (store)
        for (const Member &m : store->members(classId))
            if (m.role == Role::Student)
                names << m.displayName;
    return names;
}

QStringList ExchangesController::studentLogins(const QString &classId) const
{
    QStringList logins;
    Store *store = m_session ? m_session->store() : nullptr;
    if (store)
        for (const Member &m : store->members(classId))
            if (m.role == Role::Student)
                logins << m.login;
    return logins;
}

QString ExchangesController::suggestedFileName(const QString &classId, const QString &studentLogin) const
{
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    if (!isTeacher())
        return u"%1-%2-%3.continuite"_s.arg(tr("return"), fileName(m_session ? m_session->currentLogin() : QString()), date);
    const qsizetype i = m_classIds.indexOf(classId);
    const QString cls = fileName(i >= 0 ? m_classNames.at(i) : QString());
    return studentLogin.isEmpty() ? u"%1-%2.continuite"_s.arg(cls, date)
                                  : u"%1-%2-%3.continuite"_s.arg(cls, fileName(studentLogin), date);
}

QString ExchangesController::formatBytes(double bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

void ExchangesController::resetCounts()
{
    m_counts = {};
    m_lines.clear();
    m_title.clear();
    m_error.clear();
    m_confirmFile.clear();
}

void ExchangesController::clear()
{
    resetCounts();
    m_direction.clear();
    Q_EMIT summaryChanged();
}

void ExchangesController::fail(const QString &direction, const QString &message)
{
    resetCounts();
    m_direction = direction;
    m_error = message;
    m_title = direction == u"in"_s ? tr("The pack was not imported.") : tr("No pack was written.");
    Q_EMIT summaryChanged();
}

QStringList ExchangesController::countLines() const
{
    QStringList lines;
    if (m_counts.lessons)
        lines << tr("%n lesson(s)", nullptr, m_counts.lessons);
    if (m_counts.assignments)
        lines << tr("%n assignment(s)", nullptr, m_counts.assignments);
    if (m_counts.submissions)
        lines << tr("%n piece(s) of work handed in", nullptr, m_counts.submissions);
    if (m_counts.feedback)
        lines << tr("%n feedback comment(s)", nullptr, m_counts.feedback);
    lines << tr("%n file(s)", nullptr, m_counts.media) + u" · "_s + tr("pack of %1").arg(formatBytes(double(m_counts.bytes)));
    return lines;
}

namespace {

void countKinds(const QList<Change> &changes, ExchangesController::Outcome &o);

/// The worker's store on the session's folder, acting for @p profileId (none: nobody, a first run).
Store *openStore(StoreWorker::Job &job, const QString &dataDir, const QString &profileId, QString *error)
{
    Store *store = job.store(dataDir);
    if (!store) {
        *error = job.storeError();
        return nullptr;
    }
    store->clearCurrent();
    if (!profileId.isEmpty()) {
        const auto profile = store->profile(profileId);
        if (!profile) {
            *error = ExchangesController::tr("Your profile is no longer on this device.");
            return nullptr;
        }
        store->setCurrent(*profile);
    }
    return store;
}

} // namespace

QString ExchangesController::busyText() const
{
    if (!m_busy)
        return {};
    switch (m_job) {
    case Job::Export:
        return tr("Writing the pack… (a year of a class takes a few seconds)");
    case Job::Import:
        return tr("Checking and importing the pack…");
    case Job::FirstRun:
        return tr("Checking your PIN and bringing in your class…");
    }
    return {};
}

bool ExchangesController::startJob(Job job, const QString &direction, std::function<Outcome(StoreWorker::Job &)> work)
{
    if (m_busy) {
        fail(direction, tr("Wait until the pack in progress is finished."));
        return false;
    }
    m_job = job;
    m_busy = true;
    setProgress(0);
    resetCounts();
    m_direction.clear();
    Q_EMIT summaryChanged();
    Q_EMIT busyChanged();
    m_worker.start<Outcome>(std::move(work), [this](const Outcome &outcome, bool current) { finishJob(current, outcome); });
    return true;
}

std::function<void(double)> ExchangesController::progressReporter(StoreWorker::Job &job)
{
    // Posted from the worker before its result, so they arrive before finishJob(); dropped once the person changed.
    return [this, &job](double fraction) { job.post([this, fraction] { setProgress(fraction); }); };
}

void ExchangesController::setProgress(double fraction)
{
    fraction = m_busy ? std::clamp(fraction, 0.0, 1.0) : 0.0;
    if (qFuzzyCompare(fraction + 1, m_progress + 1))
        return;
    m_progress = fraction;
    Q_EMIT progressChanged();
}

void ExchangesController::cancel()
{
    if (m_busy)
        m_worker.cancel();
}

void ExchangesController::finishJob(bool stillTheirs, const Outcome &o)
{
    const Job job = m_job;
    const QString pin = std::exchange(m_firstRunPin, QString());
    m_busy = false;
    setProgress(0);
    if (o.ok && o.direction == u"in"_s && m_session)
        m_session->notifyDataChanged(); // the screens reload what came in
    if (job == Job::FirstRun && o.ok && m_session) {
        // Last, and nothing of `this` after: unlocking replaces the screen this controller may belong to.
        Session *session = m_session;
        Q_EMIT busyChanged();
        Q_EMIT finished(true);
        if (!session->unlock(o.login, pin))
            qWarning("the profile made from the pack did not unlock: %s", qPrintable(session->error()));
        return;
    }
    if (!stillTheirs) {
        Q_EMIT busyChanged();
        Q_EMIT finished(o.ok);
        return;
    }
    if (!o.ok) {
        fail(o.direction, o.error);
        if (!o.confirmFile.isEmpty()) {
            m_confirmFile = o.confirmFile;
            Q_EMIT summaryChanged();
        }
        Q_EMIT busyChanged();
        Q_EMIT finished(false);
        return;
    }
    resetCounts();
    m_direction = o.direction;
    m_counts = o.counts;
    if (o.direction == u"out"_s) {
        m_title = tr("Pack written: %1").arg(QFileInfo(o.path).fileName());
        m_lines = countLines();
        if (!o.teacher)
            m_lines << tr("Give the stick to your teacher: your work reaches them when they import it.");
        if (o.missingMedia > 0)
            m_lines << tr("%n file(s) could not be packed: they are not on this device yet (sync first).", nullptr, o.missingMedia);
    } else {
        m_title = o.nothingNew ? tr("Nothing new in this pack from %1: everything was already here.").arg(o.makerName)
                               : tr("Received from %1 (%2).").arg(o.makerName, o.className);
        m_lines = countLines();
        m_lines << tr("%n change(s) new on this device", nullptr, o.counts.applied) + u" · "_s + tr("%n already here", nullptr, o.duplicates);
        if (o.counts.relayQueued > 0)
            m_lines << tr("%n change(s) will be sent to the hub at the next sync.", nullptr, o.counts.relayQueued);
        for (const QString &device : o.newDeviceKeys)
            m_lines << tr("Device now trusted: %1").arg(device);
    }
    Q_EMIT summaryChanged();
    Q_EMIT busyChanged();
    Q_EMIT finished(true);
}

namespace {

void countKinds(const QList<Change> &changes, ExchangesController::Outcome &o)
{
    for (const Change &c : changes) {
        o.counts.lessons += c.kind == u"lesson" ? 1 : 0;
        o.counts.assignments += c.kind == u"assignment" ? 1 : 0;
        o.counts.submissions += c.kind == u"submission" ? 1 : 0;
        o.counts.feedback += c.kind == u"feedback" ? 1 : 0;
    }
}

/// What came in, for the summary (on the worker thread).
void describeImport(const BundleImportSummary &got, const QString &path, ExchangesController::Outcome &o)
{
    o.ok = true;
    o.counts.lessons = got.kinds.value(u"lesson"_s);
    o.counts.assignments = got.kinds.value(u"assignment"_s);
    o.counts.submissions = got.kinds.value(u"submission"_s);
    o.counts.feedback = got.kinds.value(u"feedback"_s);
    o.counts.media = got.files;
    o.counts.bytes = QFileInfo(path).size();
    o.counts.applied = got.applied;
    o.duplicates = got.duplicates;
    o.counts.relayQueued = got.relayQueued;
    o.nothingNew = got.nothingNew();
    o.makerName = got.manifest.makerName;
    o.className = got.manifest.className;
    o.newDeviceKeys = got.newDeviceKeys;
}

} // namespace

bool ExchangesController::exportPack(const QUrl &file, const QString &classId, const QString &studentLogin)
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store || !store->current()) {
        fail(u"out"_s, tr("Open your profile first."));
        return false;
    }
    const QString path = localPath(file);
    if (path.isEmpty()) {
        fail(u"out"_s, tr("Choose where to write the pack (your USB stick)."));
        return false;
    }
    const QString dataDir = m_session->dataDir();
    const QString profileId = store->current()->id;
    const bool teacher = isTeacher();
    return startJob(Job::Export, u"out"_s, [=, this](StoreWorker::Job &job) {
        const auto progress = progressReporter(job);
        Outcome o;
        o.direction = u"out"_s;
        o.teacher = teacher;
        Store *mine = openStore(job, dataDir, profileId, &o.error);
        if (!mine)
            return o;
        BundleExporter exporter(*mine);
        exporter.setProgress(progress);
        Result<BundleExportSummary> done = !teacher  ? exporter.exportReturnPack(path, classId)
            : studentLogin.isEmpty()                 ? exporter.exportClassPack(classId, path)
                                                     : exporter.exportStudentPack(studentLogin, path, classId);
        if (!done) {
            o.error = done.error();
            return o;
        }
        if (job.isCancelled()) {
            QFile::remove(done->path);
            o.error = tr("Stopped: the pack was not written.");
            return o;
        }
        // Counted from the file itself: what is on the stick.
        if (auto written = BundleFile::read(done->path)) {
            countKinds(written->changes, o);
            o.counts.media = int(written->blobs.size());
        }
        progress(1.0);
        o.ok = true;
        o.path = done->path;
        o.counts.bytes = done->fileBytes > 0 ? done->fileBytes : QFileInfo(done->path).size();
        o.missingMedia = int(done->missingMedia.size());
        return o;
    });
}

bool ExchangesController::confirmNewDevice()
{
    if (m_confirmFile.isEmpty())
        return false;
    return importPack(m_confirmFile, true);
}

bool ExchangesController::importPack(const QUrl &file, bool trustNewDevice)
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store || !store->current()) {
        fail(u"in"_s, tr("Open your profile first."));
        return false;
    }
    const QString path = localPath(file);
    const QString dataDir = m_session->dataDir();
    const QString profileId = store->current()->id;
    return startJob(Job::Import, u"in"_s, [=, this](StoreWorker::Job &job) {
        const auto progress = progressReporter(job);
        Outcome o;
        o.direction = u"in"_s;
        Store *mine = openStore(job, dataDir, profileId, &o.error);
        if (!mine)
            return o;
        BundleImporter::Options options;
        options.cancelled = &job.cancelledFlag();
        options.progress = progress;
        options.trustNewDevice = trustNewDevice;
        BundleImporter importer(*mine);
        auto got = importer.import(path, options);
        if (!got) {
            o.error = got.error();
            if (importer.needsConfirmation())
                o.confirmFile = file;
        } else
            describeImport(*got, path, o);
        return o;
    });
}

bool ExchangesController::startFromPack(const QUrl &file, const QString &login, const QString &pin)
{
    if (!m_session || !m_session->store()) {
        fail(u"in"_s, tr("The data folder could not be opened, so nobody can be added. Check the folder and restart."));
        return false;
    }
    const QString path = localPath(file);
    if (path.isEmpty()) {
        fail(u"in"_s, tr("Choose the pack your teacher gave you (a .continuite file on the USB stick)."));
        return false;
    }
    if (login.trimmed().isEmpty()) {
        fail(u"in"_s, tr("Type the login code written on your card."));
        return false;
    }
    if (pin.isEmpty()) {
        fail(u"in"_s, tr("Type the PIN written on your card."));
        return false;
    }
    const QString dataDir = m_session->dataDir();
    const bool started = startJob(Job::FirstRun, u"in"_s, [=, this](StoreWorker::Job &job) {
        const auto progress = progressReporter(job);
        Outcome o;
        o.direction = u"in"_s;
        Store *mine = openStore(job, dataDir, {}, &o.error);
        if (!mine)
            return o;
        BundleImporter::Options options;
        options.cancelled = &job.cancelledFlag();
        options.progress = progress;
        auto made = BundleImporter(*mine).importAsNewStudent(path, login.trimmed(), pin, options);
        if (!made) {
            o.error = made.error();
            return o;
        }
        describeImport(made->summary, path, o);
        o.login = made->profile.login;
        return o;
    });
    if (started)
        m_firstRunPin = pin;
    return started;
}
