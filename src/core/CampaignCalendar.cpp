#include "core/CampaignCalendar.h"

#include <algorithm>

namespace signtally {

QDate CampaignCalendar::clamp(QDate d) const
{
    if (!d.isValid() || d < m_start)
        return m_start;
    return d > m_end ? m_end : d;
}

int CampaignCalendar::elapsedDays(QDate asOf) const
{
    return std::clamp(dayIndex(asOf) + 1, 0, days());
}

int CampaignCalendar::weekOf(QDate d) const
{
    if (!contains(d))
        return 0;
    return dayIndex(d) / 7 + 1;
}

QDate CampaignCalendar::weekStart(int week) const
{
    return m_start.addDays(qint64(week - 1) * 7);
}

QDate CampaignCalendar::weekEnd(int week) const
{
    const QDate e = m_start.addDays(qint64(week) * 7 - 1);
    return e > m_end ? m_end : e;
}

} // namespace signtally
