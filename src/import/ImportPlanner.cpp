#include "import/ImportPlanner.h"

#include "core/CampaignCalendar.h"
#include "core/Clock.h"
#include "core/VnFormat.h"
#include "import/ImportContext.h"
#include "import/ImportRuleCheck.h"
#include "import/LayoutDetector.h"
#include "import/ParallelCsvReader.h"
#include "import/RowReader.h"
#include "import/TextDecoding.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <memory>

using namespace Qt::StringLiterals;

namespace signtally {

using namespace detail;

namespace {

// m_seen's values: the index in the plan's added, changed or identical rows.
enum class Kind
{
    Added,
    Changed,
    Identical
};
qint32 seenValue(Kind kind, qsizetype index)
{
    return qint32(index * 4 + qsizetype(kind));
}
QVector<ImportRow>& rowsOf(ImportPlan& plan, Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return plan.added;
    case Kind::Changed:
        return plan.changed;
    case Kind::Identical:
        break;
    }
    return plan.identical;
}
const ImportRow& seenRow(ImportPlan& plan, qint32 seen)
{
    return rowsOf(plan, Kind(seen % 4))[seen / 4];
}

} // namespace

ImportPlanner::ImportPlanner(const CampaignData& data, ImportOptions options,
                             QVector<int> lockedWeeks)
    : m_data(data), m_options(std::move(options)), m_lockedWeeks(std::move(lockedWeeks)),
      m_cells(data.campaign), m_lookups(data), m_threads(QThread::idealThreadCount())
{
    if (!m_options.today.isValid())
        m_options.today = Clock::system().today();
}

void ImportPlanner::error(const ImportPlace& place, const QString& message, QStringList suggestions,
                          ImportRowText read)
{
    if (m_plan.errors.size() >= ImportPlan::MaxErrors) {
        ++m_plan.moreErrors;
        return;
    }
    m_plan.errors.push_back(
        {m_plan.placeText(place), message, std::move(suggestions), std::move(read)});
}

void ImportPlanner::fileError(int file, const QString& message)
{
    const QString name =
        file >= 0 && file < m_plan.files.size() ? m_plan.files[file].name : QString();
    m_plan.errors.push_back({name, message, {}, {}});
}

std::optional<QDate> ImportPlanner::parseDate(const SheetCell& cell) const
{
    return m_cells.date(cell, m_lookups.dates);
}

void ImportPlanner::record(int unit, QDate date, int provider, qint64 count,
                           const ImportPlace& place)
{
    const Campaign& c = m_data.campaign;
    ImportAccount& account = m_plan.files[place.file].account;
    const auto read = [&] {
        return ImportRowText{m_data.units[unit].name, Format().date(date),
                             m_data.providers[provider].name};
    };
    if (!c.contains(date)) {
        ++account.figureErrors;
        error(place,
              tr("Ngày %1 nằm ngoài đợt (%2–%3).")
                  .arg(Format().date(date), Format().date(c.start), Format().date(c.end)),
              {}, read());
        return;
    }
    if (date > m_options.today) {
        ++account.figureErrors;
        error(place,
              tr("Ngày %1 chưa đến (hôm nay là %2): không nhận số liệu cho ngày sau hôm nay.")
                  .arg(Format().date(date), Format().date(m_options.today)),
              {}, read());
        return;
    }
    const int day = int(c.start.daysTo(date));
    if (!m_lockedWeeks.isEmpty()) {
        const int week = CampaignCalendar(c.start, c.end).weekOf(date);
        if (m_lockedWeeks.contains(week)) {
            ++account.figureErrors;
            error(place,
                  tr("Tuần %1 (có ngày %2) đã khóa vì báo cáo đã gửi; không nhập được.")
                      .arg(week)
                      .arg(Format().date(date)),
                  {}, read());
            return;
        }
    }
    const qsizetype providers = m_data.providers.size();
    if (m_seen.isEmpty())
        m_seen.fill(-1, qsizetype(m_data.units.size()) * c.days() * providers);
    qint32& seen = m_seen[(qsizetype(unit) * c.days() + day) * providers + provider];
    if (seen >= 0) {
        const ImportRow& first = seenRow(m_plan, seen);
        if (first.count == count) {
            ++account.duplicates;
            return;
        }
        ++account.figureErrors;
        error(place,
              tr("Trùng với %1 (cùng đơn vị %2, ngày %3, nhà mạng %4) nhưng khác số: "
                 "%5 và %6.")
                  .arg(m_plan.placeText(first.place), m_data.units[unit].name, Format().date(date),
                       m_data.providers[provider].name, Format().count(first.count),
                       Format().count(count)),
              {}, read());
        return;
    }
    ImportRow row;
    row.unit = unit;
    row.day = day;
    row.provider = provider;
    row.count = count;
    row.place = place;
    row.stored = m_data.tallies.value(unit, day, provider);
    const Kind kind = !row.stored                ? Kind::Added
                      : *row.stored == row.count ? Kind::Identical
                                                 : Kind::Changed;
    ++(kind == Kind::Added     ? account.added
       : kind == Kind::Changed ? account.changed
                               : account.identical);
    QVector<ImportRow>& rows = rowsOf(m_plan, kind);
    seen = seenValue(kind, rows.size());
    rows.push_back(row);
}

void ImportPlanner::addFile(const QString& path, const QString& sheet)
{
    const QFileInfo info(path);
    ImportFileInfo file;
    file.path = path;
    file.name = info.fileName();
    const QString suffix = info.suffix().toLower();
    if (suffix == u"xlsx"_s || suffix == u"xlsm"_s) {
        try {
            const XlsxReader reader(path);
            int index = 0;
            if (!sheet.isEmpty()) {
                index = int(reader.sheetNames().indexOf(sheet));
                if (index < 0) {
                    m_plan.files.push_back(file);
                    fileError(int(m_plan.files.size()) - 1,
                              tr("Không có trang tính \"%1\" (các trang: %2).")
                                  .arg(sheet, reader.sheetNames().join(u", "_s)));
                    return;
                }
            }
            file.sheet = reader.sheetNames().value(index);
            const std::unique_ptr<SheetSource> source = reader.openSheet(index, file.name);
            addSource(file, *source);
        } catch (const XlsxError& e) {
            // Refused before its rows, or part way (damaged, too large): an
            // error of the file, which keeps the whole import from writing.
            if (m_plan.files.isEmpty() || m_plan.files.back().path != path ||
                m_plan.files.back().account.complete)
                m_plan.files.push_back(file);
            fileError(int(m_plan.files.size()) - 1, e.message());
        }
        return;
    }
    QFile f(path);
    if (suffix == u"xls"_s) {
        m_plan.files.push_back(file);
        fileError(int(m_plan.files.size()) - 1,
                  tr("Tệp .xls (Excel 97–2003) chưa đọc được; hãy lưu lại thành .xlsx hoặc CSV."));
        return;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        m_plan.files.push_back(file);
        fileError(int(m_plan.files.size()) - 1, tr("Không đọc được tệp: %1").arg(f.errorString()));
        return;
    }
    const QByteArray bytes = f.readAll();
    if (bytes.startsWith("PK\x03\x04")) {
        // An Excel workbook saved with another extension.
        f.close();
        m_plan.files.push_back(file);
        fileError(int(m_plan.files.size()) - 1,
                  tr("Tệp này là bảng tính Excel; hãy đặt đuôi .xlsx để nhập."));
        return;
    }
    addCsv(file, bytes);
}

void ImportPlanner::addText(const QString& name, const QByteArray& bytes)
{
    ImportFileInfo file;
    file.name = name;
    addCsv(file, bytes);
}

void ImportPlanner::addCsv(ImportFileInfo file, const QByteArray& bytes)
{
    // UTF-8, the usual case, is read as it is: no decoded copy of the whole file.
    std::optional<CsvSheetSource> source;
    if (const auto utf8 = utf8Text(bytes)) {
        file.encoding = utf8->encoding;
        source.emplace(file.name, bytes, utf8->start);
    } else {
        DecodedText decoded = decodeText(bytes);
        file.encoding = decoded.encoding;
        source.emplace(file.name, std::move(decoded.text));
    }
    file.delimiter = source->delimiter() == u'\t' ? u"tab"_s : QString(source->delimiter());
    addSource(file, *source);
}

void ImportPlanner::addSource(ImportFileInfo info, SheetSource& source)
{
    const int fileIndex = int(m_plan.files.size());
    m_plan.files.push_back(info);
    if (cancelled()) {
        m_plan.cancelled = true;
        return;
    }

    // 1. The header: the first row naming a unit column and value columns.
    const SheetLayout sheet = LayoutDetector(m_cells, m_lookups)
                                  .detect(source, m_plan.files[fileIndex].account.headerRows);
    if (!sheet.error.isEmpty()) {
        fileError(fileIndex, sheet.error);
        return;
    }
    m_plan.files[fileIndex].form = sheet.form();
    for (int c : sheet.skippedColumns())
        m_plan.notes << tr("%1: bỏ qua cột \"%2\".")
                            .arg(m_plan.placeText({fileIndex, sheet.header.line, c}),
                                 sheet.header.cells[c].text.trimmed());

    // 2. The context: the date and provider of rows that give none.
    const RowContext context =
        ImportContext(m_data, m_options, m_cells, m_lookups).resolve(sheet, info.name);
    for (const RowContext::CellError& e : context.cellErrors)
        error({fileIndex, e.line, e.column}, e.message);
    if (!context.cellErrors.isEmpty())
        return;
    if (!context.fileError.isEmpty()) {
        fileError(fileIndex, context.fileError);
        return;
    }

    // 3. The rows.
    readRows({.file = fileIndex,
              .unitColumn = sheet.unitColumn,
              .dateColumn = sheet.dateColumn,
              .providerColumn = sheet.providerColumn,
              .values = sheet.values,
              .date = context.date,
              .provider = context.provider},
             source);
}

void ImportPlanner::take(const ReadRows& rows, int lineOffset, int file)
{
    auto shifted = [lineOffset](ImportPlace place) {
        place.line += lineOffset;
        return place;
    };
    qsizetype next = 0; // the next error
    auto errorsBefore = [&](qsizetype count) {
        for (; next < rows.errors.size() && rows.errors[next].before <= count; ++next) {
            const ReadRows::Error& e = rows.errors[next];
            error(shifted(e.place), e.message, e.suggestions, e.read);
        }
    };
    for (qsizetype i = 0; i < rows.counts.size(); ++i) {
        errorsBefore(i);
        const ReadRows::Count& c = rows.counts[i];
        record(c.unit, c.date, c.provider, c.count, shifted(c.place));
    }
    errorsBefore(rows.counts.size());
    m_plan.moreErrors += rows.moreErrors;
    {
        // The plan's own counts (added… duplicates) come from record().
        const ImportAccount& a = rows.account;
        ImportAccount& to = m_plan.files[file].account;
        to.rows += a.rows;
        to.figureRows += a.figureRows;
        to.errorRows += a.errorRows;
        to.blank += a.blank;
        to.totals += a.totals;
        to.empty += a.empty;
        to.figures += a.figures;
        to.figureErrors += a.figureErrors;
    }
}

void ImportPlanner::readRows(const RowLayout& layout, SheetSource& source)
{
    const RowReader reader(m_data, layout);
    auto* csv = dynamic_cast<CsvSheetSource*>(&source);
    const qsizetype pieces =
        csv ? std::min<qsizetype>(m_threads, (csv->size() - csv->position()) /
                                                 std::max<qsizetype>(m_minimumPiece, 1))
            : 1;
    bool complete = false;
    if (pieces > 1) {
        const ParallelCsvReader parallel(reader, m_lookups, [this] { return cancelled(); });
        complete = parallel.read(
            *csv, int(pieces), [&](CsvSheetSource& in) { return readInOrder(reader, in); },
            [&](const ReadRows& rows, int lineOffset) { take(rows, lineOffset, layout.file); });
    } else {
        complete = readInOrder(reader, source);
    }
    if (!complete)
        m_plan.cancelled = true;
    ImportFileInfo& file = m_plan.files[layout.file];
    file.rowsRead = int(file.account.rows);
    file.account.complete = complete;
    if (m_progress)
        m_progress(layout.file, 1.0);
}

bool ImportPlanner::readInOrder(const RowReader& reader, SheetSource& source)
{
    ReadRows read;
    SheetRow row;
    for (;;) {
        // A batch at a time into the plan, checking for Cancel in between.
        bool more = true;
        for (int n = 0; n < 4096 && (more = source.next(row)); ++n)
            reader.read(row, m_lookups, read);
        take(read, 0, reader.layout().file);
        read.clear();
        if (!more)
            return true;
        if (cancelled())
            return false;
        if (m_progress)
            m_progress(reader.layout().file, source.progress());
    }
}

ImportPlan ImportPlanner::finish()
{
    // Every row went straight to added, changed or identical (record()).
    m_seen.clear();
    if (!m_plan.cancelled)
        ImportRuleCheck::addWarnings(m_data, m_plan);
    return std::move(m_plan);
}

} // namespace signtally
