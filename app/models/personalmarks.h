// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

/**
 * @brief What one person ticked or read on this device and nobody else needs to know: the parts of a lesson
 * they have done (before / in / after class) and the teacher's comments they have read.
 *
 * Kept beside the store (`personal-marks.ini` in the data folder), by profile, never synced: the teacher
 * learns that a lesson is finished through the store's progress, once all three parts are ticked.
 */
class PersonalMarks
{
public:
    /// The three parts of a lesson, in the reader's order.
    enum Part { Before = 0, InClass = 1, After = 2, PartCount = 3 };

    explicit PersonalMarks(const QString &dataDir);

    /// Which of the three parts @p profileId ticked for @p lessonId.
    QList<bool> partsDone(const QString &profileId, const QString &lessonId) const;
    /// Ticks part @p part (0–2); returns whether all three are now ticked. False on a bad part.
    bool setPartDone(const QString &profileId, const QString &lessonId, int part);

    /// Whether @p profileId has read the comment @p feedbackId as it was at @p hlc (an edited comment is new again).
    bool feedbackSeen(const QString &profileId, const QString &feedbackId, const QString &hlc) const;
    void markFeedbackSeen(const QString &profileId, const QString &feedbackId, const QString &hlc);

private:
    QString m_file;
};
