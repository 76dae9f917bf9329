// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "context.h"

#include "content/linkedpicture.h"
#include "content/mediastore.h"
#include "content/outsidepictures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace Continuite::Cli {

using namespace Qt::StringLiterals;

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

Context::Context(QString dataDir, QString user, bool json)
    : m_dataDir(std::move(dataDir))
    , m_user(std::move(user))
    , m_json(json)
{
}

qint64 Context::maxAttachmentSize()
{
    bool ok = false;
    const double mb = qEnvironmentVariable("CONTINUITE_MAX_ATTACHMENT_MB").toDouble(&ok);
    return ok && mb > 0 ? qint64(mb * 1024 * 1024) : MediaStore::DefaultMaxFileSize;
}

int Context::openStore()
{
    Store::Options options;
    options.maxAttachmentSize = maxAttachmentSize();
    auto store = Store::open(m_dataDir, options);
    if (!store)
        return fail(store.error());
    m_store = std::move(store).value();
    return Ok;
}

int Context::selectProfile(bool required)
{
    if (!m_user.isEmpty()) {
        const auto p = m_store->profile(m_user);
        if (!p)
            return fail(tr("There is no profile \"%1\" on this device: see \"profile list\".").arg(m_user.left(80)));
        const auto active = m_store->activeProfile();
        if (p->hasSecret && !(active && active->id == p->id)) {
            const auto secret = readSecret(p->role == Role::Teacher ? tr("Password for %1: ").arg(p->login)
                                                                    : tr("PIN for %1: ").arg(p->login));
            if (!secret)
                return fail(tr("%1 is protected: type the PIN or password on standard input, or set CONTINUITE_SECRET.").arg(p->login));
            auto unlocked = m_store->unlock(p->login, *secret);
            if (!unlocked)
                return fail(unlocked.error());
        }
        m_store->setCurrent(*p);
        return Ok;
    }
    if (const auto active = m_store->activeProfile()) {
        m_store->setCurrent(*active);
        return Ok;
    }
    if (required)
        return fail(tr("No profile is selected: run \"profile switch LOGIN\" or add --user LOGIN."));
    return Ok;
}

int Context::done(const QJsonObject &object, const QString &human)
{
    // What each attached file weighed and what is kept and sent instead (issue 15).
    QJsonArray media;
    QString sizes;
    for (const MediaReducer::Prepared &p : std::as_const(m_prepared)) {
        QJsonObject one{{u"file"_s, p.sourcePath},
                        {u"name"_s, p.name},
                        {u"original_size"_s, p.originalSize},
                        {u"stored_size"_s, p.size},
                        {u"reduced"_s, p.reduced}};
        if (!p.note.isEmpty()) // an animation sent as its first picture
            one.insert(u"note"_s, p.note);
        media.append(one);
        sizes += u"  "_s + p.summary() + u'\n';
    }
    if (m_json) {
        QJsonObject out = object;
        out.insert(u"ok"_s, true);
        if (!media.isEmpty())
            out.insert(u"media"_s, media);
        writeOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
    } else if (!human.isEmpty()) {
        writeOut(human.endsWith(u'\n') ? human : human + u'\n');
        if (!sizes.isEmpty())
            writeOut(tr("Attached (size on this device → size kept and sent):") + u'\n' + sizes);
    }
    return Ok;
}

int Context::fail(const QString &message)
{
    QString line = message.simplified();
    writeErr(u"continuite-cli: "_s + line + u'\n');
    if (m_json)
        writeOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"ok"_s, false}, {u"error"_s, line}, {u"exit"_s, int(UserError)}})
                                       .toJson(QJsonDocument::Indented)));
    return UserError;
}

int Context::misuse(const QString &message)
{
    const QString line = message.simplified();
    writeErr(u"continuite-cli: "_s + line + u'\n');
    if (m_json)
        writeOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"ok"_s, false}, {u"error"_s, line}, {u"exit"_s, int(BadUsage)}})
                                       .toJson(QJsonDocument::Indented)));
    return BadUsage;
}

std::optional<QString> Context::readSecret(const QString &prompt)
{
    if (qEnvironmentVariableIsSet("CONTINUITE_SECRET"))
        return qEnvironmentVariable("CONTINUITE_SECRET");
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        writeErr(prompt);
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        writeErr(u"\n"_s);
    }
    if (!got && line.empty())
        return std::nullopt;
    QString secret = QString::fromStdString(line);
    if (secret.endsWith(u'\r'))
        secret.chop(1);
    return secret;
}

QString Context::classId(const QString &idOrName)
{
    if (m_store->schoolClass(idOrName))
        return idOrName;
    QString found;
    for (const SchoolClass &c : m_store->classes())
        if (c.name == idOrName)
            found = found.isEmpty() ? c.meta.id : QString(); // ambiguous names need the id
    return found.isEmpty() ? idOrName : found;
}

QList<QCommandLineOption> Context::frugalOptions(const QString &pictures)
{
    return {{u"original"_s, tr("Attach the files as they are (no light copy of pictures or videos).")},
            {u"pictures"_s, tr("How pictures are made light: \"photo\" (colours kept) or \"document\" (grey, contrasted, lighter: pages of writing). Default: %1.").arg(pictures), u"MODE"_s}};
}

int Context::checkFrugalOptions(const QCommandLineParser &options)
{
    const QString pictures = options.value(u"pictures"_s);
    if (options.isSet(u"pictures"_s) && pictures != u"photo"_s && pictures != u"document"_s)
        return misuse(tr("--pictures is \"photo\" or \"document\", not \"%1\".").arg(pictures.left(40)));
    return Ok;
}

QStringList Context::pathsOf(const QList<MediaReducer::Prepared> &prepared)
{
    QStringList paths;
    for (const MediaReducer::Prepared &p : prepared)
        paths << p.path;
    return paths;
}

Result<QString> Context::workDir()
{
    if (!m_copies) {
        m_copies = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/continuite-cli-XXXXXX"_s);
        if (!m_copies->isValid())
            return Result<QString>::failure(tr("Cannot make a temporary folder for the light copies: %1").arg(m_copies->errorString()));
    }
    return m_copies->path();
}

Result<QStringList> Context::linkedImages(const QString &markdown, const QString &baseDir)
{
    using R = Result<QStringList>;
    static const QRegularExpression image(uR"(!\[[^\]]*\]\(([^)\s]+)\))"_s);
    QStringList copies;
    QStringList seen;
    auto it = image.globalMatch(markdown);
    while (it.hasNext()) {
        const QString target = it.next().captured(1);
        if (target.startsWith(u"media:"_s))
            continue;
        if (target.contains(u"://"_s)) // pupils' apps would show only its description
            return R::failure(outsidePictureRefused(target));
        // Opened once and checked; copied from that open file, so a link swapped after the check changes nothing.
        auto picture = openLinkedPicture(target, baseDir);
        if (!picture)
            return R::failure(picture.error());
        if (seen.contains(picture->path))
            continue;
        seen << picture->path;
        const qint64 limit = m_store ? m_store->media().maxFileSize() : maxAttachmentSize();
        if (picture->file->size() > limit)
            return R::failure(tr("%1 is too large (%2; the limit is %3): compress it or split it.")
                                  .arg(picture->path, QLocale().formattedDataSize(picture->file->size()), QLocale().formattedDataSize(limit)));
        const auto folder = workDir();
        if (!folder)
            return R::failure(folder.error());
        const QString dir = *folder + u"/linked-"_s + QString::number(m_linkedSources.size() + 1);
        const QString copy = dir + u'/' + picture->name;
        QFile out(copy);
        bool copied = QDir().mkpath(dir) && out.open(QIODevice::WriteOnly);
        while (copied && !picture->file->atEnd()) {
            const QByteArray chunk = picture->file->read(256 * 1024);
            copied = !(chunk.isEmpty() && picture->file->error() != QFileDevice::NoError) && out.write(chunk) == chunk.size();
        }
        if (!copied || !out.flush())
            return R::failure(tr("Could not copy %1 into a temporary folder (%2): free some space, then try again.")
                                  .arg(picture->path, out.errorString()));
        m_linkedSources.insert(copy, picture->path);
        copies << copy;
    }
    return copies;
}

QString Context::relinked(const QString &markdown, const QString &baseDir, const QList<MediaReducer::Prepared> &prepared,
                          QStringList *attach)
{
    // By the cleaned path on both sides: a link spelled "./a.jpg" found no copy keyed "…/a.jpg", and the store then
    // attached the original, GPS and all (a review of issue 15).
    // The copy is linked here, by its content ("media:SHA256", as the store links), and attached with the files: the
    // store's own linking reaches only pictures in the text's folder, and the copies are made elsewhere. With
    // --original too: the store then never opens the person's file by its name again (linkedImages() copied it).
    QHash<QString, QString> copies;
    for (const MediaReducer::Prepared &p : prepared)
        copies.insert(QDir::cleanPath(p.sourcePath), p.path);
    QHash<QString, QString> shaOf;
    static const QRegularExpression image(uR"((!\[[^\]]*\]\()([^)\s]+)\))"_s);
    QString out;
    qsizetype from = 0;
    auto it = image.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2).contains(u"://"_s) || m.captured(2).startsWith(u"media:"_s))
            continue;
        const QString copy = copies.value(QDir::cleanPath(QDir(baseDir).absoluteFilePath(m.captured(2))));
        if (copy.isEmpty())
            continue;
        if (!shaOf.contains(copy)) {
            QFile file(copy);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
                continue; // left to the store, which then says why it cannot read it
            shaOf.insert(copy, QString::fromLatin1(hash.result().toHex()));
            if (!attach->contains(copy))
                attach->append(copy);
        }
        out += markdown.mid(from, m.capturedStart(2) - from) + u"media:"_s + shaOf.value(copy);
        from = m.capturedEnd(2);
    }
    return out + markdown.mid(from);
}

Result<QList<MediaReducer::Prepared>> Context::frugalCopies(const QStringList &paths, const QCommandLineParser &options,
                                                            const QString &defaultPictures)
{
    using R = Result<QList<MediaReducer::Prepared>>;
    if (Status s = checkReadableFiles(paths); !s)
        return R::failure(s.error());
    const QString pictures = options.isSet(u"pictures"_s) ? options.value(u"pictures"_s) : defaultPictures;
    if (pictures != u"photo"_s && pictures != u"document"_s)
        return R::failure(tr("--pictures is \"photo\" or \"document\", not \"%1\".").arg(pictures.left(40)));
    MediaReducer::Options frugal;
    frugal.keepOriginal = options.isSet(u"original"_s);
    frugal.reduceVideos = true; // the CLI waits: a teacher's video leaves as its light version (VideoReducer)
    frugal.storeDir = store().media().rootDir(); // the same video attached twice: one light version, one attachment
    frugal.imageMode = pictures == u"document"_s ? ImageReducer::Mode::Document : ImageReducer::Mode::Photo;
    const auto folder = workDir();
    if (!folder)
        return R::failure(folder.error());
    auto prepared = MediaReducer(*folder).prepareAll(paths, frugal);
    if (!prepared)
        return prepared;
    // A linked picture's copy (linkedImages()) is shown, and matched to its link, by the person's file.
    for (MediaReducer::Prepared &p : prepared.value())
        p.sourcePath = m_linkedSources.value(p.sourcePath, p.sourcePath);
    m_prepared += *prepared;
    return prepared;
}

Status Context::checkReadableFiles(const QStringList &paths)
{
    const qint64 limit = m_store ? m_store->media().maxFileSize() : maxAttachmentSize();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return Status::failure(tr("The file %1 does not exist: check the path.").arg(path));
        if (!info.isFile())
            return Status::failure(tr("%1 is not a file: give the path of a file.").arg(path));
        if (info.size() > limit)
            return Status::failure(tr("%1 is too large (%2; the limit is %3): compress it or split it.")
                                       .arg(path, QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(limit)));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(tr("Cannot read %1 (%2): check its permissions.").arg(path, f.errorString()));
    }
    return success();
}

} // namespace Continuite::Cli
