#pragma once

#include "protocol/Frames.h"

#include <QByteArray>
#include <QJsonValue>

#include <variant>

namespace natter::protocol {

// Why a frame was refused: the code and text go into the `error` frame the peer receives.
struct DecodeError
{
    ErrorCode code = ErrorCode::BadFrame;
    QString message;
    QJsonValue rid; // echoed when the frame got far enough to have one
    QString clientId; // a refused `send` names its client_id, so the sender knows which one
};

template<typename Frame>
using DecodeResult = std::variant<Decoded<Frame>, DecodeError>;

// The one JSON codec of the protocol. Decoding is strict: an unknown type, a missing or
// mistyped field, or a value out of range yields a DecodeError, never a half-filled frame.
// Unknown extra fields are ignored, so new optional fields stay compatible.
class FrameCodec final
{
public:
    explicit FrameCodec(Limits limits = {}) : m_limits(limits) { }

    const Limits &limits() const { return m_limits; }

    QByteArray encode(const ClientFrame &frame, const QJsonValue &rid = {}) const;
    QByteArray encode(const ServerFrame &frame, const QJsonValue &rid = {}) const;

    DecodeResult<ClientFrame> decodeClient(const QByteArray &json) const;
    DecodeResult<ServerFrame> decodeServer(const QByteArray &json) const;

private:
    Limits m_limits;
};

} // namespace natter::protocol
