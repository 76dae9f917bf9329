// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/store.h"

#include <QString>

namespace Continuite::Bench {

/// What was generated, to check and to report.
struct WorkloadSummary
{
    QString classId;
    QString teacherLogin;
    QString teacherPassword; ///< hers, so a benchmark can sign her in as a person would
    QStringList studentLogins;
    int lessons = 0;
    int assignments = 0;
    int submissions = 0;
    qint64 textBytes = 0;
    int records() const { return lessons + assignments + submissions; }
};

/**
 * @brief The class workload of GOALS.md, generated deterministically from a seed through the typed API:
 * one class over a school year — 150 lessons (≈10 KB of French Markdown each), 60 assignments (≈1.5 KB of
 * instructions), 30 students × 60 submissions (≈1 KB of text each). Students get local profiles without a
 * PIN so a benchmark can act as each of them without paying argon2id 30 times.
 *
 * Every sync, store and app benchmark uses it, so their figures compare.
 */
struct WorkloadSpec
{
    quint32 seed = 2020;
    int lessons = 150;
    int lessonBytes = 10 * 1024;
    int assignments = 60;
    int assignmentBytes = 1536;
    int students = 30;
    int submissionsPerStudent = 60;
    int submissionBytes = 1024;
    /// The students' PIN hash (Secrets::hash) in their member rows, so they can sign in to a hub (sync benchmark);
    /// empty: no PIN.
    QString studentPinHash;
};

/// French-looking Markdown of about @p bytes, the same for the same generator state.
QString frenchMarkdown(quint32 seed, int bytes);

/// Fills @p store (empty) with the workload; the teacher profile is left current.
Result<WorkloadSummary> generateWorkload(Store &store, const WorkloadSpec &spec = {});

/**
 * Attaches a year's media to the workload's lessons (every 7th lesson): the demo's three pictures and
 * worksheet (3 files, ≈100 KB) and six 512 KB incompressible "scans" written into @p scratchDir — 3.16 MB
 * in all, the media of the bundle and classroom benchmarks.
 */
Status attachYearMedia(Store &store, const QString &classId, const QString &scratchDir);

/// Peak resident memory of this process so far, in KiB (getrusage).
long peakRssKiB();
/// CPU time (user + system) of this process so far, in seconds: steadier than wall time on a shared machine.
double cpuSeconds();

} // namespace Continuite::Bench
