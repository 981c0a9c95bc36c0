#pragma once

namespace natter::protocol {

// The version a client asks for in `hello`. Bumped only for changes an old peer cannot ignore;
// new optional fields and new frame types do not bump it (unknown fields are ignored).
inline constexpr int kProtocolVersion = 1;
inline constexpr int kMinProtocolVersion = 1;

} // namespace natter::protocol
