#include "exchangescontroller.h"

#include "content/store.h"
#include "session.h"
#include "sync/bundle/bundleexporter.h"
#include "sync/bundle/bundleimporter.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>

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

ExchangesController::ExchangesController(QObject *parent)
    : QObject(parent)
{
}

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
    m_lessons = m_assignments = m_submissions = m_feedback = m_media = m_applied = m_relayQueued = 0;
    m_bytes = 0;
    m_lines.clear();
    m_title.clear();
    m_error.clear();
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
    if (m_lessons)
        lines << tr("%n lesson(s)", nullptr, m_lessons);
    if (m_assignments)
        lines << tr("%n assignment(s)", nullptr, m_assignments);
    if (m_submissions)
        lines << tr("%n piece(s) of work handed in", nullptr, m_submissions);
    if (m_feedback)
        lines << tr("%n feedback comment(s)", nullptr, m_feedback);
    lines << tr("%n file(s)", nullptr, m_media) + u" · "_s + tr("pack of %1").arg(formatBytes(double(m_bytes)));
    return lines;
}

namespace {
void countKinds(const QList<Change> &changes, int &lessons, int &assignments, int &submissions, int &feedback)
{
    for (const Change &c : changes) {
        lessons += c.kind == u"lesson" ? 1 : 0;
        assignments += c.kind == u"assignment" ? 1 : 0;
        submissions += c.kind == u"submission" ? 1 : 0;
        feedback += c.kind == u"feedback" ? 1 : 0;
    }
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
    BundleExporter exporter(*store);
    Result<BundleExportSummary> done = !isTeacher() ? exporter.exportReturnPack(path, classId)
        : studentLogin.isEmpty()                    ? exporter.exportClassPack(classId, path)
                                                    : exporter.exportStudentPack(studentLogin, path, classId);
    if (!done) {
        fail(u"out"_s, done.error());
        return false;
    }
    resetCounts();
    m_direction = u"out"_s;
    if (auto written = BundleFile::read(done->path)) {
        countKinds(written->changes, m_lessons, m_assignments, m_submissions, m_feedback);
        m_media = int(written->blobs.size());
    }
    m_bytes = done->fileBytes > 0 ? done->fileBytes : QFileInfo(done->path).size();
    m_title = tr("Pack written: %1").arg(QFileInfo(done->path).fileName());
    m_lines = countLines();
    if (!isTeacher())
        m_lines << tr("Give the stick to your teacher: your work reaches them when they import it.");
    if (!done->missingMedia.isEmpty())
        m_lines << tr("%n file(s) could not be packed: they are not on this device yet (sync first).", nullptr,
                      int(done->missingMedia.size()));
    Q_EMIT summaryChanged();
    return true;
}

bool ExchangesController::importPack(const QUrl &file)
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store || !store->current()) {
        fail(u"in"_s, tr("Open your profile first."));
        return false;
    }
    const QString path = localPath(file);
    BundleImporter importer(*store);
    auto contents = importer.inspect(path);
    if (!contents) {
        fail(u"in"_s, contents.error());
        return false;
    }
    auto got = importer.import(path);
    if (!got) {
        fail(u"in"_s, got.error());
        return false;
    }
    resetCounts();
    m_direction = u"in"_s;
    countKinds(contents->changes, m_lessons, m_assignments, m_submissions, m_feedback);
    m_media = int(contents->blobs.size());
    m_bytes = QFileInfo(path).size();
    m_applied = got->applied;
    m_relayQueued = got->relayQueued;
    const BundleManifest &m = got->manifest;
    m_title = got->nothingNew() ? tr("Nothing new in this pack from %1: everything was already here.").arg(m.makerName)
                                : tr("Received from %1 (%2).").arg(m.makerName, m.className);
    m_lines = countLines();
    m_lines << tr("%n change(s) new on this device", nullptr, got->applied)
                   + u" · "_s + tr("%n already here", nullptr, got->duplicates);
    if (got->relayQueued > 0)
        m_lines << tr("%n change(s) will be sent to the hub at the next sync.", nullptr, got->relayQueued);
    for (const QString &device : std::as_const(got->newDeviceKeys))
        m_lines << tr("Device now trusted: %1").arg(device);
    Q_EMIT summaryChanged();
    m_session->notifyDataChanged();
    return true;
}
