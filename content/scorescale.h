// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"

namespace Continuite {

/// Work that is not a quiz is marked out of 20, as in French schools.
inline constexpr double DefaultScoreScale = 20;

/**
 * What a teacher's score for @p assignment is out of: the quiz's points, otherwise DefaultScoreScale. The teacher
 * types a score against it ("/ 20"), the store refuses one above it, the pupil reads it with it ("14 / 20").
 * Header-only, so every target that compiles store.cpp in (the fuzzers) links without another source.
 */
inline double scoreScale(const Assignment &assignment)
{
    const double points = assignment.type == AssignmentType::Quiz ? assignment.quiz.maxScore() : 0;
    return points > 0 ? points : DefaultScoreScale;
}

} // namespace Continuite
