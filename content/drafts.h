// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <utility>

namespace Continuite {

class StoreContext;

/// @brief Autosaved unfinished work, per profile and assignment: local only, dropped when the work is handed in.
class Drafts
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    explicit Drafts(StoreContext &context) : m(context) {}

    /// Keeps unfinished work, with the files picked so far (their paths: nothing is copied before handing in).
    Status saveDraft(const QString &assignmentId, const QString &text, const QJsonObject &answers,
                     const QStringList &attachmentPaths = {});
    std::optional<std::pair<QString, QJsonObject>> draft(const QString &assignmentId);
    /// The files picked in the draft of @p assignmentId, in the order they were picked.
    QStringList draftAttachments(const QString &assignmentId);

private:
    StoreContext &m;
};

} // namespace Continuite
