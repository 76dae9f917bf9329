// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/hub/bodyrules.h"

namespace Continuite::Hub::BodyRules {

using namespace Qt::StringLiterals;

namespace {

bool isDigits(const std::string &v)
{
    if (v.empty() || v.size() > 15)
        return false;
    for (char c : v)
        if (c < '0' || c > '9')
            return false;
    return true;
}

HubError tooLarge(qint64 limit)
{
    return HubError(413, u"too_large"_s, u"The request body is larger than %1 bytes."_s.arg(limit), u"body"_s);
}

} // namespace

bool methodHasBody(const std::string &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

qint64 declaredLength(const BodyHeaders &headers)
{
    return headers.contentLengthCount == 1 ? wholeNumber(headers.contentLength).value_or(0) : 0;
}

std::optional<std::string> bearerToken(const std::string &authorization)
{
    static const std::string scheme = "Bearer ";
    if (authorization.size() <= scheme.size() || authorization.size() > scheme.size() + 128
        || authorization.compare(0, scheme.size(), scheme) != 0)
        return std::nullopt;
    const std::string token = authorization.substr(scheme.size());
    size_t end = token.find_last_not_of('=');
    if (end == std::string::npos)
        return std::nullopt; // only "="
    for (size_t i = 0; i <= end; ++i) {
        const char c = token[i];
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || c == '~' || c == '+' || c == '/';
        if (!ok)
            return std::nullopt;
    }
    return token;
}

std::optional<qint64> wholeNumber(const std::string &value)
{
    if (!isDigits(value))
        return std::nullopt;
    qint64 n = 0;
    for (char c : value)
        n = n * 10 + (c - '0'); // 15 digits at most: far from overflowing
    return n;
}

std::optional<HubError> refusal(const BodyHeaders &h, const RouteLimit &limit)
{
    // Chunked (or any transfer coding): the size is unknown until the end, and the library reads it all.
    if (h.transferEncodingCount > 0)
        return HubError(411, u"length_required"_s,
                        u"Send the body with a Content-Length; chunked bodies (Transfer-Encoding) are not accepted."_s,
                        u"Transfer-Encoding"_s);
    if (h.contentLengthCount > 1)
        return HubError::invalid(u"Content-Length"_s, u"Send one Content-Length header."_s);
    if (h.contentLengthCount == 1 && !isDigits(h.contentLength)) {
        if (!h.contentLength.empty() && h.contentLength.find_first_not_of("0123456789") == std::string::npos)
            return tooLarge(limit.wireBytes); // digits, but more than 15 of them
        return HubError::invalid(u"Content-Length"_s, u"Header \"Content-Length\" must be a whole number of bytes."_s);
    }
    // Without a length, the library would read until the connection closes.
    if (h.contentLengthCount == 0 && methodHasBody(h.method))
        return HubError(411, u"length_required"_s, u"Send the body with a Content-Length (0 for no body)."_s,
                        u"Content-Length"_s);
    if (h.contentEncodingCount > 1)
        return HubError(415, u"unsupported_encoding"_s, u"Send bodies plain or with one Content-Encoding: zstd."_s,
                        u"Content-Encoding"_s);
    if (h.contentEncodingCount == 1 && h.contentEncoding != "identity") {
        if (h.contentEncoding != "zstd")
            return HubError(415, u"unsupported_encoding"_s, u"Send bodies plain or with Content-Encoding: zstd."_s,
                            u"Content-Encoding"_s);
        if (!limit.zstdAllowed)
            return HubError(415, u"unsupported_encoding"_s, u"Send the file's bytes as they are, without Content-Encoding."_s,
                            u"Content-Encoding"_s);
    }
    if (declaredLength(h) > limit.wireBytes)
        return tooLarge(limit.wireBytes);
    return std::nullopt;
}

} // namespace Continuite::Hub::BodyRules
