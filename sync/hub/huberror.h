// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <exception>

namespace Continuite::Hub {

/**
 * @brief An error the hub answers with: an HTTP status and a JSON body
 * {"error": code, "message": text[, "field": name]}.
 */
struct HubError : std::exception
{
    int status = 400;
    QString code;     ///< stable machine word: invalid, unauthorized, forbidden, not_found, too_large, busy …
    QString message;  ///< one sentence for a person: what happened, what to do
    QString field;    ///< the request field at fault, for 400
    int retryAfter = 0; ///< seconds, for 429 and 503

    HubError(int status, QString code, QString message, QString field = {}, int retryAfter = 0)
        : status(status), code(std::move(code)), message(std::move(message)), field(std::move(field)), retryAfter(retryAfter)
    {
    }
    const char *what() const noexcept override { return "HubError"; }

    static HubError invalid(const QString &field, const QString &message) { return {400, QStringLiteral("invalid"), message, field}; }
};

} // namespace Continuite::Hub
