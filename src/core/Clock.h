#pragma once

#include <QDate>

namespace signtally {

// "What day is it", asked in one place so tests and demos can set it.
// The system clock honours SIGNTALLY_TODAY (yyyy-MM-dd or dd/MM/yyyy) when set.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;
    static const Clock& system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDate today) : m_today(today) {}
    QDate today() const override { return m_today; }

private:
    QDate m_today;
};

} // namespace signtally
