// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/hubroute.h"

#include "sync/change.h"

#include <cctype>

namespace Continuite::Hub {

namespace {

bool startsWith(std::string_view s, std::string_view head)
{
    return s.substr(0, head.size()) == head;
}

bool isGet(std::string_view method)
{
    return method == "GET" || method == "HEAD";
}

} // namespace

HubRoute HubRoute::match(std::string_view method, std::string_view path, std::string_view prefix)
{
    HubRoute r;
    if (!prefix.empty()) {
        if (path.size() <= prefix.size() || path[prefix.size()] != '/')
            return r;
        for (size_t i = 0; i < prefix.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(path[i])) != static_cast<unsigned char>(prefix[i]))
                return r;
        path.remove_prefix(prefix.size());
    }
    if (path == "/v1/health" && isGet(method))
        r.endpoint = Health;
    else if (path == "/v1/version" && isGet(method))
        r.endpoint = Version;
    else if (path == "/v1/login" && method == "POST")
        r.endpoint = Login;
    else if (path == "/v1/sync" && method == "POST")
        r.endpoint = Sync;
    else if (path == "/v1/devices" && method == "GET")
        r.endpoint = Devices;
    else if (startsWith(path, "/v1/devices/") && method == "DELETE") {
        const std::string_view id = path.substr(12);
        if (!id.empty() && id.size() <= 64 && id.find('/') == std::string_view::npos) {
            r.endpoint = RevokeDevice;
            r.argument = std::string(id);
        }
    } else if (startsWith(path, "/v1/media/") && isGet(method)) {
        if (isSha256(path.substr(10))) {
            r.endpoint = Media;
            r.argument = std::string(path.substr(10));
        }
    } else if (startsWith(path, "/v1/uploads/") && (isGet(method) || method == "PATCH")) {
        if (isSha256(path.substr(12))) {
            r.endpoint = method == "PATCH" ? Upload : UploadOffset;
            r.argument = std::string(path.substr(12));
        }
    }
    return r;
}

} // namespace Continuite::Hub
