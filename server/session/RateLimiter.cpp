#include "session/RateLimiter.h"

namespace natter::server {

qint64 LoginThrottle::lockedFor(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || it->failures < m_maxFailures)
        return 0;
    return std::max<qint64>(0, it->windowStart + m_windowMs - m_clock.elapsed());
}

void LoginThrottle::failed(const QString &key)
{
    const qint64 now = m_clock.elapsed();
    // Keep the table bounded: forget windows that have passed.
    if (m_entries.size() > 10000) {
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = now - it->windowStart > m_windowMs ? m_entries.erase(it) : std::next(it);
    }
    Entry &e = m_entries[key];
    if (e.failures == 0 || now - e.windowStart > m_windowMs)
        e = Entry {0, now};
    ++e.failures;
}

} // namespace natter::server
