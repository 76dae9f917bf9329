// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>
#include <string_view>

namespace Continuite::Hub {

/**
 * @brief Which endpoint of PROTOCOL.md a request is for, from its method and its path alone.
 *
 * The path is the one the HTTP layer decoded (percent-escapes undone, query string removed). Arguments in a
 * path are taken only in their strict form (a SHA-256 in lower-case hex, a device id of 1–64 characters
 * without '/'): anything else is NotFound, so no name a client writes ever reaches the disk. Free of any
 * HTTP library type; fuzzed with the rest of what the hub parses (tests/hub/fuzz).
 */
class HubRoute
{
public:
    enum Endpoint {
        NotFound,
        Health,       ///< GET /v1/health (HEAD too, as every GET)
        Version,      ///< GET /v1/version
        Login,        ///< POST /v1/login
        Sync,         ///< POST /v1/sync
        Devices,      ///< GET /v1/devices
        RevokeDevice, ///< DELETE /v1/devices/{id}
        Media,        ///< GET /v1/media/{sha256}
        UploadOffset, ///< GET (or HEAD) /v1/uploads/{sha256}
        Upload,       ///< PATCH /v1/uploads/{sha256}
    };

    /**
     * The route of @p method @p path. With a @p prefix ("/" + a classroom's join code, lower case), only paths
     * under it exist (compared case-insensitively) and it is taken off before matching.
     */
    static HubRoute match(std::string_view method, std::string_view path, std::string_view prefix = {});

    Endpoint endpoint = NotFound;
    std::string argument; ///< the SHA-256 or device id in the path, when the endpoint has one
    /// True for endpoints the event loop answers itself (no database write, no worker).
    bool isLight() const { return endpoint == Health || endpoint == Version || endpoint == NotFound; }
};

} // namespace Continuite::Hub
