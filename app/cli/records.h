// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"

#include <QJsonObject>
#include <QString>

namespace Continuite::Cli {

/// The JSON the CLI prints for each record (stable keys in snake_case: scripts rely on them).
QJsonObject toJson(const Profile &profile);
QJsonObject toJson(const SchoolClass &schoolClass);
QJsonObject toJson(const Member &member);
/// @p withSections: the three Markdown sections and the summary (lesson show).
QJsonObject toJson(const Lesson &lesson, bool withSections);
/// @p withKey: the quiz's right answers (a teacher's view).
QJsonObject toJson(const Assignment &assignment, bool withKey);
QJsonObject toJson(const Submission &submission);
QJsonObject toJson(const Feedback &feedback);
QJsonObject toJson(const Progress &progress);

QString humanSize(qint64 bytes);
QString humanDate(const QDateTime &time);
/// "7.5/10", "—" when absent.
QString humanScore(std::optional<double> score, std::optional<double> max = std::nullopt);
/// A Markdown section indented under a heading, for a terminal.
QString indented(const QString &text, int spaces = 4);

} // namespace Continuite::Cli
