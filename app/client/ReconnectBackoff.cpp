#include "client/ReconnectBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace natter::client {

ReconnectBackoff::Ms ReconnectBackoff::nominal() const
{
    // Doubling stops once the maximum is reached, so the shift never overflows.
    qint64 delay = m_initial.count();
    for (int i = 0; i < m_attempt && delay < m_maximum.count(); ++i)
        delay *= 2;
    return Ms(std::min(delay, qint64(m_maximum.count())));
}

ReconnectBackoff::Ms ReconnectBackoff::next()
{
    const double base = double(nominal().count());
    ++m_attempt;
    const double factor
        = 1.0 + m_jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    return Ms(std::max<qint64>(1, qint64(base * factor)));
}

} // namespace natter::client
