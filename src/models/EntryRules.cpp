#include "models/EntryRules.h"

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

EntryVerdict EntryRules::check(const EntryFacts& f)
{
    const Format fmt;
    EntryVerdict v;
    const qint64 total = f.otherDaysTotal + f.newDayTotal;
    if (total > f.adults) {
        v.kind = EntryVerdict::Kind::Reject;
        v.message = tr("%1: tổng lũy kế sẽ là %2, vượt dân số trưởng thành (%3).")
                        .arg(f.unitName, fmt.count(total), fmt.count(f.adults));
        return v;
    }
    QStringList warnings;
    if (f.otherReportedTotals.size() >= MinReportedDays) {
        const double med = median(f.otherReportedTotals);
        const double factor = medianFactor();
        if (double(f.newDayTotal) > factor * med)
            warnings << tr("%1: số trong ngày %2 lớn hơn %3 lần trung vị các ngày đã báo cáo "
                           "(%4, qua %5 ngày).")
                            .arg(f.unitName, fmt.count(f.newDayTotal))
                            .arg(fmt.decimal(factor, factor == qint64(factor) ? 0 : 1))
                            .arg(fmt.decimal(med, med == qint64(med) ? 0 : 1))
                            .arg(f.otherReportedTotals.size());
    }
    const qint64 remaining = f.quota - f.cumulativeBefore;
    if (remaining > 0 && f.newDayTotal > remaining)
        warnings << tr("%1: số trong ngày %2 lớn hơn toàn bộ chỉ tiêu còn lại (%3).")
                        .arg(f.unitName, fmt.count(f.newDayTotal), fmt.count(remaining));
    if (!warnings.isEmpty()) {
        v.kind = EntryVerdict::Kind::Warn;
        v.message = warnings.join(u'\n');
    }
    return v;
}

} // namespace signtally
