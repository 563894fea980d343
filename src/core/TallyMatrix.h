#pragma once

#include <QVector>
#include <QtGlobal>
#include <optional>

namespace signtally {

// Daily counts of one campaign, dense: unit × day × provider.
// "Not reported" (no value) and "reported 0" are different states.
class TallyMatrix
{
public:
    static constexpr qint32 NotReported = -1;

    TallyMatrix() = default;
    TallyMatrix(int units, int days, int providers);

    friend bool operator==(const TallyMatrix&, const TallyMatrix&) = default;

    int units() const { return m_units; }
    int days() const { return m_days; }
    int providers() const { return m_providers; }

    std::optional<qint32> value(int unit, int day, int provider) const;
    void set(int unit, int day, int provider, std::optional<qint32> count);

    // True if any provider reported for this unit on this day.
    bool reported(int unit, int day) const;
    // Sum over providers; 0 when nothing was reported.
    qint64 dayTotal(int unit, int day) const;
    qint64 dayProviderTotal(int day, int provider) const;

private:
    qsizetype index(int unit, int day, int provider) const
    {
        return (qsizetype(unit) * m_days + day) * m_providers + provider;
    }
    int m_units = 0;
    int m_days = 0;
    int m_providers = 0;
    QVector<qint32> m_cells;
};

} // namespace signtally
