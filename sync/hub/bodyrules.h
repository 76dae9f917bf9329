// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/hub/huberror.h"

#include <QtGlobal>

#include <optional>
#include <string>

namespace Continuite::Hub {

/**
 * @brief What a request's body may be, decided from its headers alone, before any byte of the body is read.
 *
 * Every body the hub reads is bounded before it is in memory: a body must announce its size
 * (`Content-Length`, no `Transfer-Encoding`), that size must be within the route's limit, and it may only be
 * plain or zstd (which the hub inflates itself, with a cap). gzip, deflate and br are refused because the
 * HTTP library would inflate them into memory before any limit applies.
 *
 * Free of any HTTP library type, so the rules move with the server layer (issue 19).
 */
namespace BodyRules {

/// The request headers these rules look at (first value of each; the counts catch repeated headers).
struct BodyHeaders
{
    std::string method;
    int contentLengthCount = 0;
    std::string contentLength;
    int transferEncodingCount = 0;
    int contentEncodingCount = 0;
    std::string contentEncoding;
};

/// What one route accepts.
struct RouteLimit
{
    qint64 wireBytes = 0;  ///< the body as sent
    bool zstdAllowed = true; ///< false for uploads: their bytes are the file itself
};

/// True for the methods whose body the hub reads (and so must carry a Content-Length).
bool methodHasBody(const std::string &method);

/// Why this request must be refused before its body is read (411, 413, 415, 400), or nothing.
std::optional<HubError> refusal(const BodyHeaders &headers, const RouteLimit &limit);

/// The declared Content-Length (0 when absent or unreadable: refusal() has said no to those already).
qint64 declaredLength(const BodyHeaders &headers);

/// The token of an `Authorization` header, when it is exactly "Bearer " and a token of 1 to 128 characters of RFC 6750's
/// b64token alphabet (letters, digits, - . _ ~ + / and trailing =): no other scheme, no padding, nothing after it. Any
/// other header is refused from the head (401): the hub never keeps, nor looks up, a header it would not accept.
std::optional<std::string> bearerToken(const std::string &authorization);

/// A header holding a whole number of bytes (Content-Length, Upload-Offset, Upload-Length): 1 to 15 digits and
/// nothing else (no sign, no space), or nothing.
std::optional<qint64> wholeNumber(const std::string &value);

} // namespace BodyRules
} // namespace Continuite::Hub
