// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "content/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Continuite {

class Store;

/**
 * @brief Builds the demo course (content/demo/, embedded as the resources under ":/demo") in a store.
 *
 * The teacher profile, the class, the students as class members and as local profiles with the same
 * person ids and PINs (so the profile chooser of a shared device works), the three lessons with their
 * sections and images, and the two assignments, all published, dates relative to today. Everything is
 * written in one transaction: a failure (disk full…) leaves the store as it was. Loading twice finds
 * the demo class already there and changes nothing.
 */
class DemoLoader
{
    Q_DECLARE_TR_FUNCTIONS(DemoLoader)
public:
    /// A person of the demo, with the PIN or password the demo publishes (README of content/demo/).
    struct Account
    {
        QString login;
        QString displayName;
        QString secret;
        Role role = Role::Student;
        QString personId;
    };

    struct Report
    {
        bool alreadyLoaded = false; ///< the demo class was found: nothing was written
        QString classId;
        QString className;
        Account teacher;
        QList<Account> students;
        QStringList lessonIds;     ///< in sequence order
        QStringList assignmentIds; ///< in the manifest's order
    };

    /// The resource folder the demo is embedded in.
    static QString resourceRoot();

    /**
     * Loads the demo into @p store from @p sourceDir (a folder with course.json; the embedded resources
     * when empty). The store acts for the demo teacher afterwards unless it acted for someone before.
     */
    static Result<Report> load(Store &store, const QString &sourceDir = {});
};

} // namespace Continuite
