// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/linkedpicture.h"

#include "content/outsidepictures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {

bool isUnder(const QString &file, const QString &folder)
{
    return file.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

/// Where the open file @p fd really is (symlinks and "..", of the file and of its folders, resolved), or empty.
/// Linux names it in /proc/self/fd; elsewhere the name is resolved again, and it must still be this very file.
QString realPathOf(int fd, const QString &path)
{
    char buffer[PATH_MAX];
    const QByteArray link = "/proc/self/fd/" + QByteArray::number(fd);
    const ssize_t n = ::readlink(link.constData(), buffer, sizeof buffer - 1);
    if (n > 0 && buffer[0] == '/')
        return QFile::decodeName(QByteArray(buffer, n));
    const QString resolved = QFileInfo(path).canonicalFilePath();
    struct stat opened{}, named{};
    if (resolved.isEmpty() || ::fstat(fd, &opened) != 0 || ::stat(QFile::encodeName(resolved).constData(), &named) != 0
        || opened.st_dev != named.st_dev || opened.st_ino != named.st_ino)
        return {};
    return resolved;
}

} // namespace

Result<LinkedPicture> openLinkedPicture(const QString &target, const QString &baseDir)
{
    using R = Result<LinkedPicture>;
    const QString path = QDir::cleanPath(QDir(baseDir).absoluteFilePath(target));
    const QString base = QDir::cleanPath(QDir(baseDir).absolutePath());
    auto notAPicture = [&] {
        return R::failure(QCoreApplication::translate("Store", "The text shows %1 as a picture, but that file is not a picture: "
                                                               "nothing was saved.")
                              .arg(linkInSentence(target)));
    };
    auto outside = [&] {
        return R::failure(QCoreApplication::translate("Store", "The text shows %1 as a picture, but that file is not in the text's "
                                                               "folder (%2) or below it: a text only brings pictures from its own "
                                                               "folder. Nothing was saved.")
                              .arg(linkInSentence(target), base));
    };
    if (QDir::isAbsolutePath(target) || !isUnder(path, base))
        return outside();

    LinkedPicture picture{path, QFileInfo(path).fileName(), std::make_unique<QFile>()};
    if (base.startsWith(u':')) {
        // A text among the application's resources (the demo course): compiled in, nobody can swap it.
        picture.file->setFileName(path);
        if (!picture.file->exists())
            return R::failure(QCoreApplication::translate("Store", "The text shows a picture that is not there: %1 does not exist. "
                                                                   "Check the link; nothing was saved.")
                                  .arg(linkInSentence(target)));
        if (!picture.file->open(QIODevice::ReadOnly))
            return notAPicture();
    } else {
        // Opened once; everything below is about this open file, whatever the name leads to afterwards. Not blocking:
        // a FIFO named "schema.png" must not hang the import (it is then refused as not a file).
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (fd < 0) {
            if (errno == ENOENT || errno == ENOTDIR)
                return R::failure(QCoreApplication::translate("Store", "The text shows a picture that is not there: %1 does not exist. "
                                                                       "Check the link; nothing was saved.")
                                      .arg(linkInSentence(target)));
            return R::failure(QCoreApplication::translate("Store", "The text shows %1 as a picture, but it cannot be read (%2): "
                                                                   "check its permissions. Nothing was saved.")
                                  .arg(linkInSentence(target), QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (!picture.file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return notAPicture();
        }
        // Where the open file really is, symlinks resolved: in the text's folder or below it (the folder itself may
        // be reached through a symlink, so its real path is what counts).
        const QString real = realPathOf(fd, path);
        const QString realBase = QFileInfo(base).canonicalFilePath();
        if (real.isEmpty() || realBase.isEmpty() || !isUnder(real, realBase))
            return outside();
        struct stat info{};
        if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))
            return notAPicture();
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0)
            return notAPicture();
    }
    // By the content only, read from the open file: a private key or a CSV of marks renamed "schema.png" is not a
    // picture.
    static const QMimeDatabase db;
    const QByteArray head = picture.file->read(16 * 1024);
    if (!picture.file->seek(0))
        return notAPicture();
    const QMimeType type = db.mimeTypeForData(head);
    if (!type.name().startsWith(u"image/"_s) || type.inherits(u"image/svg+xml"_s))
        return notAPicture();
    return picture;
}

} // namespace Continuite
