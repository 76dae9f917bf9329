#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <string>

namespace Continuite::Hub {

/// @brief Parsing of what arrives on the wire, kept apart from the HTTP server so it can be fuzzed.
namespace Wire {

/// Inflates one zstd frame, refusing to produce more than @p limit bytes. Throws HubError (400, 413).
QByteArray inflateZstd(const QByteArray &in, qint64 limit);
/// Compresses with zstd (level 3); empty on failure.
QByteArray deflateZstd(const QByteArray &in);
/// A JSON object, or HubError 400 naming "body".
QJsonObject parseJsonObject(const QByteArray &body);

struct ByteRange
{
    enum Kind { Whole, Partial, Unsatisfiable } kind = Whole;
    qint64 first = 0;
    qint64 last = -1;
};
/// One "Range: bytes=…" header against a file of @p size bytes; anything we do not serve as one range is Whole.
ByteRange parseRange(const std::string &header, qint64 size);

} // namespace Wire
} // namespace Continuite::Hub
