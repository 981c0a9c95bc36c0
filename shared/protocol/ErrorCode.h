#pragma once

#include <QString>

namespace natter::protocol {

// Error codes of the `error` frame. Append only: never insert, reorder or remove an entry,
// since the wire names are a contract with every client ever shipped.
enum class ErrorCode {
    BadFrame, // not JSON, not a JSON object, or a repeated hello
    UnknownType, // `type` names no frame this side accepts
    BadField, // a field is missing, mistyped or out of range
    TooLarge, // frame, text, or id list over its limit
    UnsupportedVersion, // hello asked for a protocol version the server does not speak
    HelloRequired, // the first frame must be `hello`
    NotAuthenticated, // the frame needs a logged-in session
    AlreadyAuthenticated, // register/login/resume on a session that is logged in
    BadCredentials, // wrong phone number or password
    BadToken, // resume token unknown, revoked or malformed
    PhoneTaken, // register with a number that already has an account
    InvalidPhone, // not an E.164 number
    UnknownUser, // the receiver is not registered
    NotFound, // no such message/file/user visible to this session
    UnexpectedBinary, // a binary frame where none was expected
    NotSupported, // understood, but this server does not offer it (yet)
    RateLimited,
    Internal, // the server failed to store what the frame asked for; the client may retry
    InvalidName,
    WeakPassword,
    HashMismatch, // an upload's bytes do not hash to the sha256 it announced; the upload is discarded
    KindMismatch, // a media upload whose content is not an image, video or audio file
    StorageFailed, // the server could not write the file (disk full, I/O error); the client may retry later
    Expired, // a status past its lifetime
};

QString toWireName(ErrorCode code);
// Returns false for a name this build does not know.
bool fromWireName(const QString &name, ErrorCode *code);

} // namespace natter::protocol
