// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The USB sticks a family plugs in, as the exchanges page lists them (issue 14): real folders on this machine
// as media roots, as /media/USER/LABEL is; a folder left empty by an unplugged stick is not a stick.
#include "usbdrivemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUsbDriveModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsSticksUnderTheMediaRoots()
    {
        QTemporaryDir media;
        QVERIFY(media.isValid());
        QVERIFY(QDir(media.path()).mkpath(u"CLE_LEA"_s));
        QVERIFY(QDir(media.path()).mkpath(u"VIDE"_s)); // left by a stick pulled out: empty
        QFile note(media.filePath(u"CLE_LEA/devoirs.txt"_s));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("exercice 3\n");
        note.close();

        UsbDriveModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &UsbDriveModel::countChanged);
        model.setMediaRoots({media.path()});
        QCOMPARE(model.count(), 1);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(model.data(first, UsbDriveModel::NameRole).toString(), u"CLE_LEA"_s);
        QCOMPARE(model.data(first, UsbDriveModel::PathRole).toString(), QFileInfo(media.filePath(u"CLE_LEA"_s)).canonicalFilePath());
        QVERIFY(model.data(first, UsbDriveModel::RemovableRole).toBool());
        const QString free = model.data(first, UsbDriveModel::FreeTextRole).toString();
        QVERIFY2(free.endsWith(u" free"_s) && !free.contains(u"iB"_s), qPrintable(free)); // "12.3 GB free", never "GiB"
        // A file goes at the top of the stick, whatever path the name came with.
        QCOMPARE(model.fileUrl(0, u"../../travail-lea.continuite"_s).toLocalFile(),
                 QDir(model.data(first, UsbDriveModel::PathRole).toString()).filePath(u"travail-lea.continuite"_s));
        QVERIFY(model.fileUrl(1, u"x.continuite"_s).isEmpty());
        // No pack on it yet; then the teacher's two, the newer first (a pupil picks hers among big buttons).
        QCOMPARE(model.data(first, UsbDriveModel::PacksRole).toStringList(), QStringList());
        for (const QString &name : {u"6e-B-2026-11-30.continuite"_s, u"6e-B-lea-2026-12-04.continuite"_s}) {
            QFile pack(media.filePath(u"CLE_LEA/"_s + name));
            QVERIFY(pack.open(QIODevice::WriteOnly));
            pack.write("CNTP");
            pack.close();
            const QDateTime when = name.contains(u"lea"_s) ? QDateTime::currentDateTime() : QDateTime::currentDateTime().addDays(-4);
            QVERIFY(pack.open(QIODevice::ReadWrite) && pack.setFileTime(when, QFileDevice::FileModificationTime));
            pack.close();
        }
        model.refresh();
        QCOMPARE(model.data(model.index(0, 0), UsbDriveModel::PacksRole).toStringList(),
                 (QStringList{u"6e-B-lea-2026-12-04.continuite"_s, u"6e-B-2026-11-30.continuite"_s}));
        for (const QString &name : {u"6e-B-2026-11-30.continuite"_s, u"6e-B-lea-2026-12-04.continuite"_s})
            QVERIFY(QFile::remove(media.filePath(u"CLE_LEA/"_s + name)));

        // Pulled out: its folder is left empty, and nothing is listed any more.
        QVERIFY(QFile::remove(media.filePath(u"CLE_LEA/devoirs.txt"_s)));
        model.refresh();
        QCOMPARE(model.count(), 0);
        QVERIFY(counted.count() >= 2);
        // Another place, named by the person: nothing there.
        model.setMediaRoots({u"/proc/no/such/folder"_s});
        QCOMPARE(model.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUsbDriveModel)
#include "tst_usbdrivemodel.moc"
