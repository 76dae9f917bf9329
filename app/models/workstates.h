// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/store.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

/**
 * @brief The states of a pupil's piece of work, as types: when it is due, and where her handed-in copy is.
 *
 * One owner for each: the models compute a state here (TodoModel, AnswerController, SubmissionHistoryModel) and say
 * it in words here; QML compares `WorkStates.Late`, not the word "late", and the chips that colour a state
 * (DueChip.qml, DeliveryChip.qml, StateChip.qml, ScoreChip.qml) are the only places that choose its Tone; Theme.qml
 * alone turns a Tone into colours (WorkChip.qml).
 */
class WorkStates : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("WorkStates only names states: WorkStates.Late, WorkStates.Waiting…")

public:
    /// When a piece of work is due, for work not handed in; HandedIn once a copy is.
    enum DueState {
        NoDueDate,
        Later, ///< in more than a week
        Soon,  ///< within a week
        Tomorrow,
        Today,
        Late,
        HandedIn,
    };
    Q_ENUM(DueState)

    /// Where the latest handed-in copy is.
    enum Delivery {
        NothingHandedIn,
        Waiting,  ///< on this device, to be sent at the next sync
        Sent,     ///< the hub has it
        Rejected, ///< the hub refused it (the reason is given beside)
    };
    Q_ENUM(Delivery)

    /// A published lesson or piece of work as her teacher sees it on one pupil's page (StudentWorkModel).
    enum PupilWork {
        LessonNotOpened,
        LessonOpened,
        LessonFinished,
        WorkNotDueYet,   ///< not handed in, not due yet (or no due date)
        WorkMissing,     ///< not handed in, past its due date
        WorkHandedIn,    ///< handed in on time, to correct
        WorkHandedInLate,///< handed in after its due date, to correct
        WorkCorrected,   ///< her latest version has feedback
    };
    Q_ENUM(PupilWork)

    /// A lesson's state on its chip (StateChip.qml): for a pupil, how far she is (LessonModel, and each cell of her
    /// teacher's LessonGridModel); for a teacher, whether it is published (LessonModel).
    enum LessonState {
        ToRead,  ///< not opened yet
        Started, ///< opened, not finished
        Done,    ///< finished
        NoNews,  ///< LessonGridModel: her device has never been heard from, nothing is known of any lesson
        Draft,
        Published,
    };
    Q_ENUM(LessonState)

    /// How a pupil stands on her class's continuity board (BoardModel; LessonGridModel, which does not judge work,
    /// says only Silent, NotConnectedYet or OnTrack), in the board's order: who has gone silent first.
    enum Standing {
        Silent,          ///< no sign of life (contact or activity) for silentDays or more
        NotConnectedYet, ///< no sign of life ever: maybe added a minute ago, not an alarm
        Behind,          ///< work missing or late
        OnTrack,
    };
    Q_ENUM(Standing)
    /// Where the pupil's answer stands on this device while she writes it (AnswerController).
    enum DraftState {
        NoDraft,      ///< nothing written yet
        DraftUnsaved, ///< a change waits for the autosave
        DraftSaved,   ///< a draft is on this device
    };
    Q_ENUM(DraftState)

    /// How a score reads against its scale: a low score is never shown in the colour of success.
    enum ScoreTone {
        NoScore,   ///< no score, or no scale to judge it by
        LowScore,  ///< less than half of the points
        GoodScore, ///< half of the points or more
    };
    Q_ENUM(ScoreTone)

    /// A chip's tone, which Theme.qml alone turns into colours (WorkChip.qml).
    enum Tone {
        Neutral,
        Info,
        Success,
        Warning,
        Danger,
    };
    Q_ENUM(Tone)

    /// The standing in one word ("Silent"), for a chip.
    static QString standingWord(Standing standing);

    /// Work with a version handed in: it opens in Review.
    static constexpr bool isHandedIn(PupilWork work) { return work >= WorkHandedIn; }

    static ScoreTone scoreTone(std::optional<double> score, std::optional<double> maxScore);
    static DueState dueState(const QDateTime &due, const QDateTime &now, bool handedIn = false);
    /// The state in words for the pupil ("Due tomorrow", "Due in 3 days", "Late"…).
    static QString dueHint(DueState state, const QDateTime &due, const QDateTime &now);
    static Delivery delivery(Continuite::Store::Delivery::State state);
    /// The delivery in words ("Waiting to be sent"…), empty when nothing was handed in.
    static QString deliveryText(Delivery delivery);
};
