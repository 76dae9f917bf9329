// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/store.h"

namespace Continuite {

/**
 * @brief The store's database, for tests and benchmarks only: they play a forger or a broken disk with raw
 * SQL, or count rows below the typed API. Application code has Store's operations (and SyncStore's) and
 * never this: Store::database() is private, and this struct is its only friend outside content/.
 */
struct StoreInternals
{
    static Database &database(Store &store) { return store.database(); }
};

} // namespace Continuite
