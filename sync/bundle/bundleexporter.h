// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/store.h"
#include "sync/bundle/bundlefile.h"

#include <QCoreApplication>

#include <functional>

namespace Continuite {

/// What an export wrote, for the person who asked (a summary) and for tests and benchmarks.
struct BundleExportSummary
{
    BundleManifest manifest;
    QString path;
    qint64 fileBytes = 0;
    QStringList missingMedia; ///< files the pack should carry that are not on this device yet (not downloaded)
};

/**
 * @brief Writes bundles from a store: a teacher's class or student pack, a student's return pack.
 *
 * A teacher's pack holds, for its audience, exactly what the hub would serve them: the class, its roster
 * without PIN hashes (a removed member only as a removal: no name, login code or hash) (a one-student pack: the teachers and that student, with that student's own PIN hash
 * so a device that never met the hub can check their PIN on first use), published lessons and
 * assignments whole (never a draft), that student's feedback (one-student packs only: a class pack goes to
 * every household, so it carries no one student's rows), and the media these reference. Each row travels
 * as a snapshot of its current state at its last HLC, signed by this device for the exporting teacher,
 * as the hub serves students snapshots.
 *
 * A return pack holds the student's pending outbox for one class — their changes as their device signed
 * them — and the files those reference. Exporting does not mark anything sent: a lost stick costs nothing,
 * the next pack carries the same changes again and importing is idempotent.
 */
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleExporter)
public:
    explicit BundleExporter(Store &store);

    /// Told how far an export is, 0..1, at each phase (rows packed, files read, file written and sealed).
    void setProgress(std::function<void(double)> progress) { m_progress = std::move(progress); }

    /// A class pack for every student of @p classId (the current profile must teach it).
    Result<BundleExportSummary> exportClassPack(const QString &classId, const QString &path);
    /// A pack for one student (person id or login code) of a class the current profile teaches.
    Result<BundleExportSummary> exportStudentPack(const QString &student, const QString &path, const QString &classId = {});
    /// The current student's work for @p classId (may be empty when they are in one class only).
    Result<BundleExportSummary> exportReturnPack(const QString &path, const QString &classId = {});

    /**
     * What a classroom hub serves for @p classId (ClassroomHub): the class, its roster WITH the PIN hashes
     * (students sign in to the classroom hub with their card; a removed student's row goes as a bare removal), published lessons and assignments
     * with their quizzes' answer keys (the classroom hub releases them to students as the school's hub does),
     * and every student's feedback, as signed snapshots; @p mediaShas gets the files they reference.
     * Never written to a file: it goes from the teacher's store to the hub engine in the same process.
     */
    Result<QList<Change>> classroomChanges(const QString &classId, QStringList *mediaShas);

private:
    Result<BundleExportSummary> exportTeacherPack(BundleKind kind, const QString &classId, const QString &studentId,
                                                  const QString &path);
    Result<BundleExportSummary> finish(BundleContents &contents, const QStringList &mediaShas, const QString &path);
    /**
     * Snapshots of the rows of @p kind matching @p where: current fields, at the row's HLC. A removed member
     * travels as {"deleted": true} only (with "person" and "role" too when @p forHub: a hub's rules check them).
     * Unless @p forHub, a quiz row written with its answer key inside travels without it.
     */
    Result<QList<Change>> snapshots(const QString &kind, const SyncStore::RowSelection &which, QStringList *mediaShas,
                                    bool withPinHash, bool forHub = false);
    BundleManifest manifestFor(BundleKind kind, const QString &classId);

    void report(double fraction) const
    {
        if (m_progress)
            m_progress(fraction);
    }

    Store &m_store;
    std::function<void(double)> m_progress;
};

} // namespace Continuite
