#include "core/TallyMatrix.h"

namespace signtally {

TallyMatrix::TallyMatrix(int units, int days, int providers)
    : m_units(units), m_days(days), m_providers(providers),
      m_cells(qsizetype(units) * days * providers, NotReported)
{}

std::optional<qint32> TallyMatrix::value(int unit, int day, int provider) const
{
    const qint32 v = m_cells[index(unit, day, provider)];
    if (v == NotReported)
        return std::nullopt;
    return v;
}

void TallyMatrix::set(int unit, int day, int provider, std::optional<qint32> count)
{
    Q_ASSERT(!count || *count >= 0);
    m_cells[index(unit, day, provider)] = count ? *count : NotReported;
}

bool TallyMatrix::reported(int unit, int day) const
{
    const qsizetype base = index(unit, day, 0);
    for (int p = 0; p < m_providers; ++p)
        if (m_cells[base + p] != NotReported)
            return true;
    return false;
}

qint64 TallyMatrix::dayTotal(int unit, int day) const
{
    const qsizetype base = index(unit, day, 0);
    qint64 sum = 0;
    for (int p = 0; p < m_providers; ++p)
        if (m_cells[base + p] != NotReported)
            sum += m_cells[base + p];
    return sum;
}

qint64 TallyMatrix::dayProviderTotal(int day, int provider) const
{
    qint64 sum = 0;
    for (int u = 0; u < m_units; ++u) {
        const qint32 v = m_cells[index(u, day, provider)];
        if (v != NotReported)
            sum += v;
    }
    return sum;
}

} // namespace signtally
