#pragma once

#include "command.h"

#include <QCoreApplication>

namespace Continuite::Cli {

/// @brief `assignment create|publish|show|list`: homework, quizzes included.
class AssignmentCommand : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentCommand)
public:
    QString name() const override { return QStringLiteral("assignment"); }
    QList<Subcommand> subcommands() const override;
};

} // namespace Continuite::Cli

namespace Continuite {
struct Assignment;
namespace Cli {
/// An assignment for a terminal; @p withKey shows the quiz's answers (a teacher).
QString assignmentText(const Assignment &assignment, bool withKey);
}
}
