#pragma once

#include <chrono>

namespace natter::client {

// Delays between reconnect attempts: exponential (initial, doubling, capped at maximum) with
// ±jitter so that many clients do not reconnect in lock-step after a server restart.
class ReconnectBackoff final
{
public:
    using Ms = std::chrono::milliseconds;
    ReconnectBackoff(Ms initial = Ms(500), Ms maximum = Ms(60000), double jitter = 0.25)
        : m_initial(initial)
        , m_maximum(maximum)
        , m_jitter(jitter)
    { }

    // The delay before the next attempt; every call counts as one more failed attempt.
    Ms next();
    // The delay next() would return without jitter (for logs and tests).
    Ms nominal() const;
    // A connection succeeded: start again from the initial delay.
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }
    void setRange(Ms initial, Ms maximum)
    {
        m_initial = initial;
        m_maximum = maximum;
    }
    Ms initial() const { return m_initial; }
    Ms maximum() const { return m_maximum; }
    double jitter() const { return m_jitter; }

private:
    Ms m_initial;
    Ms m_maximum;
    double m_jitter;
    int m_attempt = 0;
};

} // namespace natter::client
