// libFuzzer target: any bytes as a CSV/TXT tally sheet through decoding,
// delimiter detection, RFC 4180 parsing, header recognition, matching and
// planning. It must never crash, hang or read out of bounds, and every planned
// row must point inside the campaign. UTF-8 read as it is must give the records
// of its decoded text, and a plan read in pieces on threads the plan of one.
// Every record of the file is accounted for: the header's, then each row and
// figure in exactly one bucket (ImportAccount).
#include "FuzzSupport.h"
#include "import/CsvReader.h"
#include "import/ImportPlanner.h"
#include "import/SheetSource.h"
#include "import/TextDecoding.h"

#include <cstdlib>

using namespace signtally;
using fuzz::check;
using namespace Qt::StringLiterals;

namespace {

bool sameRows(const ImportPlan& a, const ImportPlan& b, const QVector<ImportRow> ImportPlan::*rows)
{
    if ((a.*rows).size() != (b.*rows).size())
        return false;
    for (qsizetype i = 0; i < (a.*rows).size(); ++i) {
        const ImportRow& x = (a.*rows)[i];
        const ImportRow& y = (b.*rows)[i];
        if (x.unit != y.unit || x.day != y.day || x.provider != y.provider || x.count != y.count ||
            x.stored != y.stored || a.placeText(x.place) != b.placeText(y.place))
            return false;
    }
    return true;
}

bool samePlan(const ImportPlan& a, const ImportPlan& b)
{
    if (a.errors.size() != b.errors.size() || a.moreErrors != b.moreErrors ||
        a.files.size() != b.files.size())
        return false;
    for (qsizetype i = 0; i < a.errors.size(); ++i)
        if (a.errors[i].text() != b.errors[i].text())
            return false;
    for (qsizetype i = 0; i < a.files.size(); ++i)
        if (a.files[i].rowsRead != b.files[i].rowsRead)
            return false;
    return sameRows(a, b, &ImportPlan::added) && sameRows(a, b, &ImportPlan::changed) &&
           sameRows(a, b, &ImportPlan::identical);
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

    // UTF-8 read as it is: the same records, on the same lines.
    if (const auto utf8 = utf8Text(input)) {
        check(utf8->encoding == text.encoding);
        const QUtf8StringView raw = QUtf8StringView(input).sliced(utf8->start);
        check(detectDelimiter(raw) == detectDelimiter(text.text));
        CsvReader decoded(text.text, detectDelimiter(text.text));
        CsvReader asIs(raw, detectDelimiter(raw));
        QVector<QString> other;
        int otherCount = 0;
        for (bool more = true; more;) {
            more = decoded.next(fields, count);
            check(asIs.next(other, otherCount) == more);
            check(!more || (decoded.line() == asIs.line() && count == otherCount &&
                            fields.mid(0, count) == other.mid(0, count)));
        }
    }

    // The whole planner, with and without context.
    for (int withContext = 0; withContext < 2; ++withContext) {
        ImportOptions options;
        if (withContext) {
            options.date = QDate(2025, 8, 1);
            options.provider = u"Viettel"_s;
        }
        ImportPlanner planner(fuzz::campaign(), options, {2});
        planner.setThreads(1);
        planner.addText(u"fuzz.csv"_s, input);
        const ImportPlan plan = planner.finish();
        if (!withContext && size >= 16) { // the same in pieces of a few characters, on threads
            ImportPlanner pieces(fuzz::campaign(), options, {2});
            pieces.setThreads(3, 4);
            pieces.addText(u"fuzz.csv"_s, input);
            check(samePlan(pieces.finish(), plan));
        }
        const CampaignData& d = fuzz::campaign();
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
        // Every record is accounted for: the header's, then the rows' buckets.
        check(plan.files.size() == 1);
        const ImportAccount& a = plan.files[0].account;
        check(a.rowsAddUp() && a.figuresAddUp());
        check(a.added == plan.added.size() && a.changed == plan.changed.size() &&
              a.identical == plan.identical.size());
        if (a.complete) {
            qint64 records = 0;
            CsvSheetSource whole = [&] {
                if (const auto utf8 = utf8Text(input))
                    return CsvSheetSource(u"fuzz.csv"_s, input, utf8->start);
                return CsvSheetSource(u"fuzz.csv"_s, decodeText(input).text);
            }();
            SheetRow row;
            while (whole.next(row))
                ++records;
            check(records == a.headerRows + a.rows);
            check(plan.errorCount() >= a.errorRows + a.figureErrors);
        }
    }
    return 0;
}
