#include "models/EntryEdits.h"

#include "core/Campaign.h"
#include "core/CampaignCalendar.h"
#include "core/EntryRules.h"
#include "core/TallyMatrix.h"

#include <algorithm>

namespace signtally {

void EntryEdits::load(const TallyMatrix& t, int units, int providers, int day)
{
    const int days = t.days();
    m_units = units;
    m_providers = providers;
    m_day = day;
    m_saved = QVector<std::optional<qint64>>(qsizetype(m_units) * m_providers);
    m_before = QVector<qint64>(m_units, 0);
    m_otherDays = QVector<qint64>(m_units, 0);
    m_otherReported = QVector<QVector<qint64>>(m_units);
    for (int u = 0; u < m_units && u < t.units(); ++u) {
        for (int p = 0; p < m_providers && m_day >= 0 && m_day < days; ++p) {
            const std::optional<qint32> v = t.value(u, m_day, p);
            if (v)
                m_saved[key(u, p)] = *v;
        }
        EntryFacts other;
        EntryRules::setOtherDays(other, t, u, m_day);
        m_before[u] = other.cumulativeBefore;
        m_otherDays[u] = other.otherDaysTotal;
        m_otherReported[u] = std::move(other.otherReportedTotals);
    }
}

std::optional<qint64> EntryEdits::value(int row, int provider) const
{
    const int k = key(row, provider);
    const auto it = m_pending.constFind(k);
    return it != m_pending.cend() ? it.value() : m_saved.value(k);
}

std::optional<qint64> EntryEdits::saved(int row, int provider) const
{
    return m_saved.value(key(row, provider));
}

bool EntryEdits::isEdited(int row, int provider) const
{
    return m_pending.contains(key(row, provider));
}

QString EntryEdits::error(int row, int provider) const
{
    return m_errors.value(key(row, provider));
}

bool EntryEdits::hasError(int row, int provider) const
{
    return m_errors.contains(key(row, provider));
}

QString EntryEdits::warning(int row, int provider) const
{
    return m_warnings.value(key(row, provider));
}

bool EntryEdits::hasWarning(int row, int provider) const
{
    return m_warnings.contains(key(row, provider));
}

qint64 EntryEdits::dayTotal(int row) const
{
    qint64 sum = 0;
    for (int p = 0; p < m_providers; ++p)
        sum += value(row, p).value_or(0);
    return sum;
}

bool EntryEdits::reported(int row) const
{
    for (int p = 0; p < m_providers; ++p)
        if (value(row, p))
            return true;
    return false;
}

qint64 EntryEdits::cumulative(int row) const
{
    return m_before.value(row) + dayTotal(row);
}

QVector<CellEdit> EntryEdits::edits() const
{
    QList<int> keys = m_pending.keys();
    std::sort(keys.begin(), keys.end());
    QVector<CellEdit> out;
    for (int k : std::as_const(keys))
        out.push_back({k / m_providers, k % m_providers, m_saved[k], m_pending[k]});
    return out;
}

QList<int> EntryEdits::apply(const QVector<CellEdit>& edits, bool forward)
{
    QList<int> rows;
    for (const CellEdit& e : edits) {
        const int k = key(e.row, e.provider);
        const std::optional<qint64> v = forward ? e.after : e.before;
        if (v == m_saved[k])
            m_pending.remove(k);
        else
            m_pending.insert(k, v);
        m_errors.remove(k);
        if (!forward)
            m_warnings.remove(k);
        rows << e.row;
    }
    return rows;
}

QList<int> EntryEdits::markErrors(const QHash<int, QString>& errors)
{
    QList<int> rows;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        m_errors.insert(it.key(), it.value());
        rows << it.key() / m_providers;
    }
    return rows;
}

void EntryEdits::acceptWarnings(const QHash<int, QString>& warnings)
{
    for (auto it = warnings.cbegin(); it != warnings.cend(); ++it)
        m_warnings.insert(it.key(), it.value());
}

void EntryEdits::revert(int row, int provider)
{
    m_pending.remove(key(row, provider));
}

void EntryEdits::dropSavedEdits()
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it.value() == m_saved[it.key()])
            it = m_pending.erase(it);
        else
            ++it;
    }
}

void EntryEdits::forgetEdits()
{
    m_pending.clear();
    m_warnings.clear();
}

void EntryEdits::clear()
{
    m_pending.clear();
    m_errors.clear();
    m_warnings.clear();
}

EntryEdits::Verdicts EntryEdits::check(const QVector<CellEdit>& edits, const QVector<Unit>& units,
                                       const CampaignCalendar& calendar) const
{
    // The day's new total of every unit touched.
    QHash<int, QHash<int, std::optional<qint64>>> byRow;
    for (const CellEdit& e : edits)
        byRow[e.row][e.provider] = e.after;
    Verdicts out;
    QList<int> rowsInOrder = byRow.keys();
    std::sort(rowsInOrder.begin(), rowsInOrder.end());
    for (int row : std::as_const(rowsInOrder)) {
        const auto& changes = byRow[row];
        qint64 newTotal = 0;
        for (int p = 0; p < m_providers; ++p)
            newTotal += (changes.contains(p) ? changes[p] : value(row, p)).value_or(0);
        // A total that does not grow breaks no rule it did not already break.
        if (newTotal <= dayTotal(row))
            continue;
        const Unit& u = units[row];
        EntryFacts f;
        f.unitName = u.name;
        f.adults = u.adults;
        f.quota = u.quota;
        f.cumulativeBefore = m_before[row];
        f.otherDaysTotal = m_otherDays[row];
        f.otherReportedTotals = m_otherReported[row];
        f.newDayTotal = newTotal;
        f.campaignDays = calendar.days();
        f.daysFromDate = calendar.days() - m_day;
        const EntryVerdict verdict = EntryRules::check(f);
        if (verdict.kind == EntryVerdict::Kind::Reject) {
            out.rejectMessages << verdict.message;
            for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                out.errors.insert(key(row, it.key()), verdict.message);
        } else if (verdict.kind == EntryVerdict::Kind::Warn) {
            out.warnMessages << verdict.message;
            for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                out.warnings.insert(key(row, it.key()), verdict.message);
        }
    }
    return out;
}

} // namespace signtally
