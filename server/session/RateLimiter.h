#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace natter::server {

// A token bucket: `burst` actions at once, refilled at `perSecond`.
class TokenBucket
{
public:
    TokenBucket(double burst, double perSecond) : m_burst(burst), m_rate(perSecond), m_tokens(burst)
    {
        m_clock.start();
    }
    bool take()
    {
        const qint64 now = m_clock.elapsed();
        m_tokens = std::min(m_burst, m_tokens + double(now - m_last) * m_rate / 1000.0);
        m_last = now;
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

private:
    double m_burst;
    double m_rate;
    double m_tokens;
    qint64 m_last = 0;
    QElapsedTimer m_clock;
};

// Counts failed logins per key (the handler uses number + client address); after `maxFailures`
// within `windowMs` the key is locked until the window has passed, whatever the password.
// Guards against guessing.
class LoginThrottle
{
public:
    explicit LoginThrottle(int maxFailures = 5, qint64 windowMs = 15 * 60 * 1000)
        : m_maxFailures(maxFailures), m_windowMs(windowMs)
    {
        m_clock.start();
    }
    // Milliseconds until the number may try again; 0 when it may try now.
    qint64 lockedFor(const QString &key) const;
    void failed(const QString &key);
    void succeeded(const QString &key) { m_entries.remove(key); }

private:
    struct Entry
    {
        int failures = 0;
        qint64 windowStart = 0;
    };
    int m_maxFailures;
    qint64 m_windowMs;
    QElapsedTimer m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace natter::server
