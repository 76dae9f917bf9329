// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/store.h"

#include <QString>
#include <QStringList>

/**
 * @brief Fills a real store with the demo course of content/demo/ through the typed Store API, the way
 * a teacher and three students would: "mme.martin" (password "demo-prof"), lea/1234, hugo/5678,
 * ines/2468, the class "6e B — Mathématiques", its three published lessons with images and the PDF
 * worksheet, two assignments, and one draft lesson students must not see.
 */
struct DemoCourse
{
    QString classId;
    QStringList lessonIds;  ///< the three published lessons, in sequence order
    QString draftLessonId;  ///< a draft only the teacher sees
    QString error;          ///< why filling failed, or empty

    static DemoCourse fill(Continuite::Store &store, const QString &demoDir);
};
