// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/syncstore.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

/**
 * @brief QML's name for Continuite::MediaPolicy (content/syncstore.h): MediaPolicy.Never, MediaPolicy.UnmeteredOnly,
 * MediaPolicy.Always.
 *
 * The enum is defined once, in the core; this only registers it, so QML and the store cannot drift apart.
 */
namespace MediaPolicyForQml {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Continuite::MediaPolicies)
QML_NAMED_ELEMENT(MediaPolicy)
} // namespace MediaPolicyForQml
