#include "protocol/ErrorCode.h"

#include <array>
#include <utility>

namespace natter::protocol {

namespace {
constexpr std::array kNames {
    std::pair {ErrorCode::BadFrame, "bad_frame"},
    std::pair {ErrorCode::UnknownType, "unknown_type"},
    std::pair {ErrorCode::BadField, "bad_field"},
    std::pair {ErrorCode::TooLarge, "too_large"},
    std::pair {ErrorCode::UnsupportedVersion, "unsupported_version"},
    std::pair {ErrorCode::HelloRequired, "hello_required"},
    std::pair {ErrorCode::NotAuthenticated, "not_authenticated"},
    std::pair {ErrorCode::AlreadyAuthenticated, "already_authenticated"},
    std::pair {ErrorCode::BadCredentials, "bad_credentials"},
    std::pair {ErrorCode::BadToken, "bad_token"},
    std::pair {ErrorCode::PhoneTaken, "phone_taken"},
    std::pair {ErrorCode::InvalidPhone, "invalid_phone"},
    std::pair {ErrorCode::UnknownUser, "unknown_user"},
    std::pair {ErrorCode::NotFound, "not_found"},
    std::pair {ErrorCode::UnexpectedBinary, "unexpected_binary"},
    std::pair {ErrorCode::NotSupported, "not_supported"},
    std::pair {ErrorCode::RateLimited, "rate_limited"},
    std::pair {ErrorCode::Internal, "internal"},
    std::pair {ErrorCode::InvalidName, "invalid_name"},
    std::pair {ErrorCode::WeakPassword, "weak_password"},
    std::pair {ErrorCode::HashMismatch, "hash_mismatch"},
    std::pair {ErrorCode::KindMismatch, "kind_mismatch"},
    std::pair {ErrorCode::StorageFailed, "storage_failed"},
    std::pair {ErrorCode::Expired, "expired"},
};
} // namespace

QString toWireName(ErrorCode code)
{
    for (const auto &[value, name] : kNames) {
        if (value == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("internal");
}

bool fromWireName(const QString &name, ErrorCode *code)
{
    for (const auto &[value, wire] : kNames) {
        if (name == QLatin1String(wire)) {
            *code = value;
            return true;
        }
    }
    return false;
}

} // namespace natter::protocol
