// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QStringList>

namespace Continuite::Schema {

/// migrations()[v] takes a store from schema v to v + 1. Never edit a step that has shipped: add one.
const QList<QStringList> &migrations();

} // namespace Continuite::Schema
