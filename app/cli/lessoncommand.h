#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Continuite::Cli {

/// @brief `lesson create|attach|publish|show|list`: flipped-classroom lessons from Markdown.
class LessonCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(LessonCommand)
public:
    QString name() const override { return QStringLiteral("lesson"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli

namespace Continuite {
struct Lesson;
namespace Cli {
/// A lesson for a terminal: title, status, the three sections, attachments.
QString lessonText(const Lesson &lesson);
}
}
