// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "workstates.h"

WorkStates::ScoreTone WorkStates::scoreTone(std::optional<double> score, std::optional<double> maxScore)
{
    if (!score || !maxScore || *maxScore <= 0)
        return NoScore;
    return *score * 2 >= *maxScore ? GoodScore : LowScore;
}

WorkStates::DueState WorkStates::dueState(const QDateTime &due, const QDateTime &now, bool handedIn)
{
    if (handedIn)
        return HandedIn;
    if (!due.isValid())
        return NoDueDate;
    if (due < now)
        return Late;
    const qint64 days = now.toLocalTime().date().daysTo(due.toLocalTime().date());
    return days <= 0 ? Today : days == 1 ? Tomorrow : days <= 7 ? Soon : Later;
}

QString WorkStates::dueHint(DueState state, const QDateTime &due, const QDateTime &now)
{
    switch (state) {
    case HandedIn:
        return tr("Handed in");
    case Late:
        return tr("Late");
    case Today:
        return tr("Due today");
    case Tomorrow:
        return tr("Due tomorrow");
    case NoDueDate:
        return tr("No due date");
    case Soon:
    case Later:
        break;
    }
    return tr("Due in %n day(s)", "", int(now.toLocalTime().date().daysTo(due.toLocalTime().date())));
}

WorkStates::Delivery WorkStates::delivery(Continuite::Store::Delivery::State state)
{
    switch (state) {
    case Continuite::Store::Delivery::State::Waiting:
        return Waiting;
    case Continuite::Store::Delivery::State::Rejected:
        return Rejected;
    case Continuite::Store::Delivery::State::Sent:
        break;
    }
    return Sent;
}

QString WorkStates::standingWord(Standing standing)
{
    switch (standing) {
    case Silent:
        return tr("Silent");
    case NotConnectedYet:
        return tr("Not connected yet");
    case Behind:
        return tr("Behind");
    case OnTrack:
        break;
    }
    return tr("On track");
}

QString WorkStates::deliveryText(Delivery delivery)
{
    switch (delivery) {
    case Waiting:
        return tr("Waiting to be sent");
    case Rejected:
        return tr("Refused by the hub");
    case Sent:
        return tr("Sent");
    case NothingHandedIn:
        break;
    }
    return {};
}
