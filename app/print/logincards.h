// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Continuite {

/// What goes on one student's login card.
struct LoginCard
{
    QString studentName;
    QString className;
    QString login; ///< the login code the teacher's store made ("K7PQ2M")
    QString pin;   ///< known only just after the student was added or given a new PIN; empty leaves a line to write it by hand
};

/**
 * @brief Students' login cards on paper: eight cards to an A4 page, with cut lines, each with the student's
 * name, class, login code and PIN, and what to do with them.
 *
 * A PIN is shown once (Store::addStudent, Store::resetStudentPin), so the cards are printed from what the
 * teacher has just been given; a card without a PIN has a line where the teacher writes it.
 * Needs a QGuiApplication (fonts); the offscreen platform is enough.
 */
class LoginCardPrinter
{
    Q_DECLARE_TR_FUNCTIONS(LoginCardPrinter)
public:
    static constexpr int CardsPerPage = 8;

    /// Prints @p cards to a PDF at @p pdfPath; the number of pages.
    static Result<int> print(const QList<LoginCard> &cards, const QString &pdfPath);
};

} // namespace Continuite
