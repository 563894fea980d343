#pragma once

#include <QDate>

namespace signtally {

// Days and weeks of a campaign. Day 0 is the first day; week 1 starts on the
// campaign's first day (whatever weekday that is) and the last week may be short.
class CampaignCalendar
{
public:
    CampaignCalendar(QDate start, QDate end) : m_start(start), m_end(end) {}

    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    int days() const { return int(m_start.daysTo(m_end)) + 1; }
    bool contains(QDate d) const { return d >= m_start && d <= m_end; }
    // Index of a date in the campaign (may be negative or >= days()).
    int dayIndex(QDate d) const { return int(m_start.daysTo(d)); }
    QDate date(int dayIndex) const { return m_start.addDays(dayIndex); }
    QDate clamp(QDate d) const;

    // Days of the campaign up to and including d (0 before the start).
    int elapsedDays(QDate asOf) const;
    // Campaign days after d (the whole campaign before the start, 0 from the last day on).
    int daysLeft(QDate asOf) const { return days() - elapsedDays(asOf); }

    int weekCount() const { return (days() + 6) / 7; }
    // 1-based week of a date inside the campaign, 0 outside.
    int weekOf(QDate d) const;
    QDate weekStart(int week) const;
    QDate weekEnd(int week) const;

private:
    QDate m_start;
    QDate m_end;
};

} // namespace signtally
