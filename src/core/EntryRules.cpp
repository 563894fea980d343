#include "core/EntryRules.h"

#include "core/TallyMatrix.h"
#include "core/VnFormat.h"

#include <algorithm>
#include <atomic>

namespace signtally {

double EntryRules::median(QVector<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return double(values[n / 2]);
    return (double(values[n / 2 - 1]) + double(values[n / 2])) / 2.0;
}

namespace {
std::atomic<double> g_medianFactor = EntryRules::MedianFactor;
} // namespace

double EntryRules::medianFactor()
{
    return g_medianFactor.load();
}

void EntryRules::setMedianFactor(double factor)
{
    if (factor >= 1)
        g_medianFactor.store(factor);
}

qint64 EntryRules::plannedDaily(const EntryFacts& f)
{
    if (f.campaignDays <= 0 || f.quota <= 0)
        return 0;
    return (f.quota + f.campaignDays - 1) / f.campaignDays;
}

EntryVerdict EntryRules::check(const EntryFacts& f, bool describe)
{
    const Format fmt;
    EntryVerdict v;
    const qint64 total = f.otherDaysTotal + f.newDayTotal;
    if (total > f.adults) {
        v.kind = EntryVerdict::Kind::Reject;
        if (describe)
            v.message = tr("%1: tổng lũy kế sẽ là %2, vượt dân số trưởng thành (%3).")
                            .arg(f.unitName, fmt.count(total), fmt.count(f.adults));
        return v;
    }
    QStringList warnings;
    bool warned = false;
    // Each rule that fires: its message only when asked for.
    auto warn = [&](const auto& message) {
        warned = true;
        if (describe)
            warnings << message();
    };
    const qint64 remaining = f.quota - f.cumulativeBefore;
    if (remaining > 0 && f.newDayTotal > remaining)
        warn([&] {
            return tr("%1: số trong ngày %2 lớn hơn toàn bộ chỉ tiêu còn lại (%3).")
                .arg(f.unitName, fmt.count(f.newDayTotal), fmt.count(remaining));
        });

    // Days with nothing done say nothing about a usual day's size: a unit with
    // many zero days has a median of 0, and every ordinary day would warn.
    QVector<qint64> nonZero;
    for (qint64 d : f.otherReportedTotals)
        if (d > 0)
            nonZero.push_back(d);
    const qint64 planned = plannedDaily(f);
    if (nonZero.size() >= MinReportedDays) {
        const double med = median(nonZero);
        const double usual = std::max(med, double(planned));
        const double factor = medianFactor();
        if (double(f.newDayTotal) > factor * usual)
            warn([&] {
                return tr("%1: số trong ngày %2 lớn hơn %3 lần ngày thường của đơn vị (%4: "
                          "trung vị %5 ngày có số, tối thiểu %6/ngày theo chỉ tiêu).")
                    .arg(f.unitName, fmt.count(f.newDayTotal))
                    .arg(fmt.decimal(factor, factor == qint64(factor) ? 0 : 1))
                    .arg(fmt.decimal(usual, usual == qint64(usual) ? 0 : 1))
                    .arg(nonZero.size())
                    .arg(fmt.count(planned));
            });
    } else if (planned > 0) {
        const qint64 needed =
            remaining > 0 && f.daysFromDate > 0
                ? std::max(planned, (remaining + f.daysFromDate - 1) / f.daysFromDate)
                : planned;
        if (f.newDayTotal > NoHistoryFactor * needed)
            warn([&] {
                return tr("%1: số trong ngày %2 lớn hơn %3 lần số cần mỗi ngày để đạt chỉ tiêu "
                          "(%4/ngày); đơn vị chưa có đủ %5 ngày có số để so sánh.")
                    .arg(f.unitName, fmt.count(f.newDayTotal))
                    .arg(NoHistoryFactor)
                    .arg(fmt.count(needed))
                    .arg(MinReportedDays);
            });
    }
    if (warned) {
        v.kind = EntryVerdict::Kind::Warn;
        v.message = warnings.join(u'\n');
    }
    return v;
}

void EntryRules::setOtherDays(EntryFacts& facts, const TallyMatrix& tallies, int unit, int day)
{
    facts.cumulativeBefore = 0;
    facts.otherDaysTotal = 0;
    facts.otherReportedTotals.clear();
    for (int d = 0; d < tallies.days(); ++d) {
        if (d == day)
            continue;
        const qint64 total = tallies.dayTotal(unit, d);
        facts.otherDaysTotal += total;
        if (d < day)
            facts.cumulativeBefore += total;
        if (tallies.reported(unit, d))
            facts.otherReportedTotals.push_back(total);
    }
}

} // namespace signtally
