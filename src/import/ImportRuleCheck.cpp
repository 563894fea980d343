#include "import/ImportRuleCheck.h"

#include "core/EntryRules.h"
#include "core/VnFormat.h"

#include <QHash>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace signtally::detail {

void ImportRuleCheck::addWarnings(const CampaignData& data, ImportPlan& plan)
{
    const Campaign& c = data.campaign;
    const TallyMatrix& t = data.tallies;
    const int days = c.days();
    const int providers = int(data.providers.size());
    if (days <= 0 || providers <= 0 || t.days() != days)
        return;
    // The new values of the units the plan touches (slot × day × provider,
    // -1 for none), and where each unit-day first appears (file -1: nowhere).
    QHash<int, int> slotOf; // unit → slot
    QVector<int> unitOfSlot;
    QVector<qint64> cells;
    QVector<ImportPlace> firstPlace;
    auto earlier = [](const ImportPlace& a, const ImportPlace& b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    };
    for (const QVector<ImportRow>* rows : {&plan.added, &plan.changed})
        for (const ImportRow& r : *rows) {
            auto it = slotOf.constFind(r.unit);
            if (it == slotOf.cend()) {
                it = slotOf.insert(r.unit, int(unitOfSlot.size()));
                unitOfSlot.push_back(r.unit);
                cells.resize(cells.size() + qsizetype(days) * providers, -1);
                firstPlace.resize(firstPlace.size() + days);
            }
            const qsizetype dayAt = qsizetype(*it) * days + r.day;
            cells[dayAt * providers + r.provider] = r.count;
            ImportPlace& first = firstPlace[dayAt];
            if (first.file < 0 || earlier(r.place, first))
                first = r.place;
        }

    // The touched units' days as they would be after the import.
    const qsizetype slotCount = unitOfSlot.size();
    QVector<qint64> merged(slotCount * days, 0);
    QVector<bool> reported(slotCount * days, false);
    QVector<qint64> all(slotCount, 0);
    for (qsizetype slot = 0; slot < slotCount; ++slot) {
        const int u = unitOfSlot[slot];
        for (int d = 0; d < days; ++d) {
            const qsizetype at = slot * days + d;
            for (int p = 0; p < providers; ++p) {
                const qint64 mine = cells[at * providers + p];
                const std::optional<qint64> v = mine >= 0 ? std::optional<qint64>(mine)
                                                          : std::optional<qint64>(t.value(u, d, p));
                if (v) {
                    merged[at] += *v;
                    reported[at] = true;
                }
            }
            all[slot] += merged[at];
        }
    }
    EntryFacts f;
    auto factsFor = [&](qsizetype slot, int d) -> const EntryFacts& {
        const Unit& unit = data.units[unitOfSlot[slot]];
        f.unitName = unit.name;
        f.adults = unit.adults;
        f.quota = unit.quota;
        f.cumulativeBefore = 0;
        f.otherReportedTotals.clear();
        for (int o = 0; o < days; ++o) {
            if (o == d)
                continue;
            const qsizetype at = slot * days + o;
            if (o < d)
                f.cumulativeBefore += merged[at];
            if (reported[at])
                f.otherReportedTotals.push_back(merged[at]);
        }
        f.newDayTotal = merged[slot * days + d];
        f.otherDaysTotal = all[slot] - f.newDayTotal;
        f.campaignDays = days;
        f.daysFromDate = days - d;
        return f;
    };

    // First which unit-days warn (no messages: a national file may raise
    // hundreds of thousands), then the messages of those listed.
    struct Found
    {
        ImportPlace place;
        qsizetype slot;
        int day;
    };
    QVector<Found> found;
    for (qsizetype slot = 0; slot < slotCount; ++slot) {
        const int u = unitOfSlot[slot];
        for (int d = 0; d < days; ++d) {
            const ImportPlace& place = firstPlace[slot * days + d];
            // As in the grid: a day whose total does not grow breaks no new rule.
            if (place.file < 0 || merged[slot * days + d] <= t.dayTotal(u, d))
                continue;
            if (!EntryRules::check(factsFor(slot, d), false).ok())
                found.push_back({place, slot, d});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [&](const Found& a, const Found& b) { return earlier(a.place, b.place); });
    plan.moreWarnings += int(std::max<qsizetype>(0, found.size() - ImportPlan::MaxErrors));
    found.resize(std::min<qsizetype>(found.size(), ImportPlan::MaxErrors));
    for (const Found& w : std::as_const(found)) {
        const EntryVerdict v = EntryRules::check(factsFor(w.slot, w.day));
        plan.warnings.push_back({plan.placeText(w.place),
                                 tr("%1 (ngày %2)")
                                     .arg(QString(v.message).replace(u'\n', u"; "_s),
                                          Format().date(c.start.addDays(w.day))),
                                 {},
                                 ImportRowText{data.units[unitOfSlot[w.slot]].name,
                                               Format().date(c.start.addDays(w.day)),
                                               {}}});
    }
}

} // namespace signtally::detail
