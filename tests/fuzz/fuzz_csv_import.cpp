// libFuzzer target: any bytes as a CSV/TXT tally sheet through decoding,
// delimiter detection, RFC 4180 parsing, header recognition, matching and
// planning. It must never crash, hang or read out of bounds, and every planned
// row must point inside the campaign.
#include "core/Campaign.h"
#include "import/CsvReader.h"
#include "import/ImportPlanner.h"
#include "import/TextDecoding.h"

#include <cstdlib>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

const CampaignData& campaign()
{
    static const CampaignData data = [] {
        CampaignData d;
        d.campaign.id = 1;
        d.campaign.start = QDate(2025, 7, 28);
        d.campaign.end = QDate(2025, 8, 28);
        const QStringList names = {u"Xã Ba Bể"_s, u"Thượng Quan"_s, u"Phường Đức Xuân"_s};
        for (int i = 0; i < names.size(); ++i)
            d.units.push_back({i + 1, i + 1, names[i], UnitKind::Commune, {}, 1000, 180});
        d.providers.push_back({1, u"viettel"_s, u"Viettel"_s, {u"Viettel Thái Nguyên"_s}});
        d.providers.push_back({2, u"other"_s, u"Khác"_s, {u"Tổ Công nghệ số cộng đồng"_s}});
        d.tallies = TallyMatrix(int(d.units.size()), d.campaign.days(), int(d.providers.size()));
        d.tallies.set(0, 0, 0, 5);
        return d;
    }();
    return data;
}

void check(bool ok)
{
    if (!ok)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(bytes), qsizetype(size));
    const DecodedText text = decodeText(input);

    // The reader alone: records come out, lines only grow.
    CsvReader reader(text.text, detectDelimiter(text.text));
    QVector<QString> fields;
    int count = 0, lastLine = 0, records = 0;
    while (reader.next(fields, count)) {
        check(count >= 1 && count <= fields.size());
        check(reader.line() >= lastLine);
        lastLine = reader.line();
        check(++records <= text.text.size() + 1);
    }

    // The whole planner, with and without context.
    for (int withContext = 0; withContext < 2; ++withContext) {
        ImportOptions options;
        if (withContext) {
            options.date = QDate(2025, 8, 1);
            options.provider = u"Viettel"_s;
        }
        ImportPlanner planner(campaign(), options, {2});
        planner.addText(u"fuzz.csv"_s, input);
        const ImportPlan plan = planner.finish();
        const CampaignData& d = campaign();
        for (const auto* rows : {&plan.added, &plan.changed, &plan.identical})
            for (const ImportRow& r : *rows) {
                check(r.unit >= 0 && r.unit < d.units.size());
                check(r.day >= 0 && r.day < d.campaign.days());
                check(r.provider >= 0 && r.provider < d.providers.size());
                check(r.count >= 0);
                check(!plan.placeText(r.place).isEmpty());
            }
        for (const ImportIssue& e : plan.errors)
            check(!e.message.isEmpty());
    }
    return 0;
}
