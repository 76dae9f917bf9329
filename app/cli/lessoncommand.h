// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QCoreApplication>

#include "content/records.h"

namespace Continuite::Cli {

/// @brief `lesson create|attach|publish|show|list`: flipped-classroom lessons from Markdown.
class LessonCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(LessonCommand)
public:
    QString name() const override { return QStringLiteral("lesson"); }
    QList<Subcommand> subcommands() const override;
    /// A lesson for a terminal: title, status, the three sections, attachments.
    static QString text(const Lesson &lesson);
};

} // namespace Continuite::Cli

