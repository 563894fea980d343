#include "import/ImportPlanner.h"

#include "core/CampaignCalendar.h"
#include "core/Clock.h"
#include "core/EntryRules.h"
#include "core/TextMatch.h"
#include "core/VnFormat.h"
#include "import/TextDecoding.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QThread>
#include <cmath>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

enum class Role
{
    None,
    Ignored, // TT, notes, totals…
    Unit,
    Date,
    Provider,
    Count,
    DateValue,     // a column per date
    ProviderValue, // a column per provider
};

const QSet<QString>& keysFor(Role role)
{
    static const QSet<QString> unit = {u"xa"_s,
                                       u"phuong"_s,
                                       u"xa phuong"_s,
                                       u"phuong xa"_s,
                                       u"xa phuong thi tran"_s,
                                       u"ten xa"_s,
                                       u"ten xa phuong"_s,
                                       u"don vi"_s,
                                       u"ten don vi"_s,
                                       u"don vi hanh chinh"_s,
                                       u"dia ban"_s,
                                       u"unit"_s,
                                       u"unit name"_s,
                                       u"commune"_s,
                                       u"ward"_s,
                                       u"commune ward"_s};
    static const QSet<QString> date = {u"ngay"_s,       u"date"_s,        u"ngay bao cao"_s,
                                       u"ngay thang"_s, u"report date"_s, u"day"_s};
    static const QSet<QString> provider = {
        u"nha mang"_s,     u"provider"_s,        u"ten nha mang"_s,      u"doanh nghiep"_s,
        u"nha cung cap"_s, u"don vi cung cap"_s, u"don vi trien khai"_s, u"nguon"_s};
    static const QSet<QString> count = {u"so luong"_s,
                                        u"count"_s,
                                        u"so cks"_s,
                                        u"so luong cks"_s,
                                        u"so chu ky so"_s,
                                        u"so luong chu ky so"_s,
                                        u"so luong chu ky so cong cong"_s,
                                        u"so luong da cap"_s,
                                        u"ket qua"_s,
                                        u"so luot"_s,
                                        u"signatures"_s,
                                        u"number"_s};
    static const QSet<QString> ignored = {u"tt"_s,    u"stt"_s,    u"no"_s,        u"ghi chu"_s,
                                          u"note"_s,  u"notes"_s,  u"tong"_s,      u"tong cong"_s,
                                          u"total"_s, u"luy ke"_s, u"chi tieu"_s,  u"quota"_s,
                                          u"ma"_s,    u"ma xa"_s,  u"ma don vi"_s, u"code"_s};
    static const QSet<QString> none;
    switch (role) {
    case Role::Unit:
        return unit;
    case Role::Date:
        return date;
    case Role::Provider:
        return provider;
    case Role::Count:
        return count;
    case Role::Ignored:
        return ignored;
    default:
        return none;
    }
}

bool isTotalRow(const QString& unitText)
{
    static const QSet<QString> totals = {u"tong"_s, u"tong cong"_s, u"total"_s, u"cong"_s,
                                         u"tong so"_s};
    return totals.contains(headerKey(unitText));
}

// A "Label: value" cell, or a label cell followed by its value cell.
std::optional<std::pair<QString, int>> labelOf(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    const QString label = headerKey(colon >= 0 ? QStringView(text).left(colon) : QStringView(text));
    return std::pair<QString, int>(label, int(colon));
}

// Lookups::rowUnits for a "Tổng cộng" row.
constexpr int TotalRow = -2;

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

bool allDigits(QStringView s)
{
    if (s.isEmpty() || s.size() > 12)
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

ImportPlanner::ImportPlanner(const CampaignData& data, ImportOptions options,
                             QVector<int> lockedWeeks)
    : m_data(data), m_options(std::move(options)), m_lockedWeeks(std::move(lockedWeeks)),
      m_lookups(data), m_threads(QThread::idealThreadCount())
{
    if (!m_options.today.isValid())
        m_options.today = Clock::system().today();
}

ImportPlanner::ReadRows::Error* ImportPlanner::ReadRows::error(const ImportPlace& place)
{
    if (errors.size() >= ImportPlan::MaxErrors) {
        ++moreErrors;
        return nullptr;
    }
    errors.push_back({counts.size(), place, {}, {}, {}});
    return &errors.back();
}

void ImportPlanner::ReadRows::clear()
{
    counts.clear();
    errors.clear();
    moreErrors = 0;
    account = {};
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
    return parseDate(cell, m_lookups.dates);
}

std::optional<QDate> ImportPlanner::parseDate(const SheetCell& cell,
                                              QHash<QString, std::optional<QDate>>& cache) const
{
    if (cell.numeric) {
        if (cell.number < 1 || cell.number > 2958465)
            return std::nullopt;
        const QDate d = XlsxReader::dateFromSerial(cell.number);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    const auto cached = cache.constFind(cell.text);
    if (cached != cache.cend())
        return *cached;
    std::optional<QDate> d = DateParser::parse(cell.text);
    if (!d) {
        // "28/07" or "28/7": the campaign's year (the one that puts it inside).
        static const QRegularExpression dm(u"^\\s*(\\d{1,2})[/.\\-](\\d{1,2})\\s*$"_s);
        const QRegularExpressionMatch m = dm.match(cell.text);
        if (m.hasMatch()) {
            for (int year : {m_data.campaign.start.year(), m_data.campaign.end.year()}) {
                const QDate candidate(year, m.captured(2).toInt(), m.captured(1).toInt());
                if (candidate.isValid()) {
                    d = candidate;
                    if (m_data.campaign.contains(candidate))
                        break;
                }
            }
        }
    }
    cache.insert(cell.text, d);
    return d;
}

bool ImportPlanner::readCount(const SheetCell& cell, qint64& value, QString& problem) const
{
    if (cell.numeric) {
        if (cell.number != std::floor(cell.number)) {
            problem = tr("\"%1\" không phải là số nguyên.").arg(cell.text);
            return false;
        }
        if (cell.number < 0) {
            problem = tr("Số lượng âm (%1).").arg(cell.text);
            return false;
        }
        if (cell.number > 2e9) {
            problem = tr("Số quá lớn (%1).").arg(cell.text);
            return false;
        }
        value = qint64(cell.number);
        return true;
    }
    const QStringView text = QStringView(cell.text).trimmed();
    if (allDigits(text)) {
        qint64 v = 0;
        for (QChar c : text)
            v = v * 10 + (c.unicode() - u'0');
        if (v <= 2'000'000'000) {
            value = v;
            return true;
        }
    }
    const CountParse parsed = CountParser::parse(text);
    if (parsed.ok()) {
        value = parsed.value;
        return true;
    }
    if (parsed.error == CountParse::Error::Negative)
        problem = tr("Số lượng âm (%1).").arg(text.toString());
    else if (parsed.error == CountParse::Error::TooLarge)
        problem = tr("Số quá lớn (%1).").arg(text.toString());
    else
        problem = tr("\"%1\" không phải là số nguyên (ví dụ hợp lệ: 1605 hoặc 1.605).")
                      .arg(text.toString());
    return false;
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
    auto place = [&](int line, int column) { return ImportPlace{fileIndex, line, column}; };

    // 1. The header: the first row naming a unit column and value columns.
    QVector<SheetRow> preamble;
    SheetRow row;
    int unitCol = -1, dateCol = -1, providerCol = -1;
    QVector<ValueColumn> values;
    bool hasCount = false, hasDates = false, hasProviders = false;
    SheetRow header;
    bool found = false;
    qint64& headerRows = m_plan.files[fileIndex].account.headerRows;
    for (int scanned = 0; scanned < 30 && source.next(row);) {
        ++headerRows;
        if (row.isBlank())
            continue;
        ++scanned;
        int u = -1, d = -1, p = -1;
        QVector<ValueColumn> v;
        bool count = false, dates = false, providers = false;
        for (int c = 0; c < row.cellCount; ++c) {
            const SheetCell& cell = row.cells[c];
            const QString key = headerKey(cell.text);
            if (key.isEmpty())
                continue;
            if (keysFor(Role::Unit).contains(key) && u < 0) {
                u = c;
            } else if (keysFor(Role::Date).contains(key) && d < 0) {
                d = c;
            } else if (keysFor(Role::Provider).contains(key) && p < 0) {
                p = c;
            } else if (keysFor(Role::Count).contains(key) && !count) {
                count = true;
                v.push_back({c, std::nullopt, -1});
            } else if (keysFor(Role::Ignored).contains(key)) {
                continue;
            } else if (const auto date =
                           (cell.numeric && (cell.number < 20000 || cell.number > 80000))
                               ? std::nullopt
                               : parseDate(cell)) {
                dates = true;
                v.push_back({c, date, -1});
            } else if (const int provider = m_lookups.providers.match(cell.text); provider >= 0) {
                providers = true;
                v.push_back({c, std::nullopt, provider});
            }
        }
        if (u >= 0 && !v.isEmpty()) {
            header = row;
            unitCol = u;
            dateCol = d;
            providerCol = p;
            values = v;
            hasCount = count;
            hasDates = dates;
            hasProviders = providers;
            found = true;
            break;
        }
        preamble.push_back(row);
    }
    if (!found) {
        fileError(fileIndex,
                  tr("Không tìm thấy dòng tiêu đề: cần một cột Đơn vị (Xã/Phường) và cột Số lượng, "
                     "hoặc các cột ngày (28/07/2025…), hoặc các cột nhà mạng."));
        return;
    }
    if (hasCount && (hasDates || hasProviders)) {
        fileError(fileIndex, tr("Dòng tiêu đề %1 vừa có cột Số lượng vừa có cột theo ngày hoặc "
                                "nhà mạng; không rõ số nào cần nhập.")
                                 .arg(header.line));
        return;
    }
    m_plan.files[fileIndex].form =
        hasDates ? u"wide-dates"_s : (hasProviders ? u"wide-providers"_s : u"long"_s);
    for (int c = 0; c < header.cellCount; ++c) {
        const QString key = headerKey(header.cells[c].text);
        const bool used = c == unitCol || c == dateCol || c == providerCol ||
                          std::any_of(values.cbegin(), values.cend(),
                                      [c](const ValueColumn& v) { return v.column == c; });
        if (!used && !key.isEmpty() && !keysFor(Role::Ignored).contains(key))
            m_plan.notes << tr("%1: bỏ qua cột \"%2\".")
                                .arg(m_plan.placeText(place(header.line, c)),
                                     header.cells[c].text.trimmed());
    }

    // 2. The context above the header: "Ngày:" and "Nhà mạng:" cells.
    std::optional<QDate> contextDate;
    int contextProvider = -1;
    bool contextBroken = false;
    for (const SheetRow& r : std::as_const(preamble)) {
        for (int c = 0; c < r.cellCount; ++c) {
            const QString& text = r.cells[c].text;
            if (text.trimmed().isEmpty())
                continue;
            const auto label = labelOf(text);
            const bool isDate = keysFor(Role::Date).contains(label->first);
            const bool isProvider = keysFor(Role::Provider).contains(label->first);
            if (!isDate && !isProvider)
                continue;
            SheetCell value;
            int valueCol = c;
            if (label->second >= 0 &&
                !QStringView(text).mid(label->second + 1).trimmed().isEmpty()) {
                value.text = QStringView(text).mid(label->second + 1).trimmed().toString();
            } else {
                for (int k = c + 1; k < r.cellCount; ++k)
                    if (!r.cells[k].text.trimmed().isEmpty()) {
                        value = r.cells[k];
                        valueCol = k;
                        break;
                    }
            }
            if (value.text.trimmed().isEmpty())
                continue; // a blank cell to fill in: the option may give it
            if (isDate) {
                contextDate = parseDate(value);
                if (!contextDate) {
                    error(place(r.line, valueCol),
                          tr("\"%1\" không phải là ngày (dd/MM/yyyy).").arg(value.text));
                    contextBroken = true;
                }
            } else {
                contextProvider = m_lookups.providers.match(value.text);
                if (contextProvider < 0) {
                    error(place(r.line, valueCol),
                          tr("Không nhận ra nhà mạng \"%1\" (có: %2).")
                              .arg(value.text, m_lookups.providers.names().join(u", "_s)));
                    contextBroken = true;
                }
            }
        }
    }
    if (contextBroken)
        return;
    // Then the options (which must agree with the sheet), then the file name.
    if (!m_options.provider.isEmpty()) {
        const int option = m_lookups.providers.match(m_options.provider);
        if (option < 0) {
            fileError(fileIndex,
                      tr("Không nhận ra nhà mạng \"%1\" của --provider (có: %2).")
                          .arg(m_options.provider, m_lookups.providers.names().join(u", "_s)));
            return;
        }
        if (contextProvider >= 0 && contextProvider != option) {
            fileError(fileIndex, tr("Tệp ghi nhà mạng %1 nhưng đã chọn nhà mạng %2.")
                                     .arg(m_data.providers[contextProvider].name,
                                          m_data.providers[option].name));
            return;
        }
        contextProvider = option;
    }
    if (m_options.date) {
        if (contextDate && *contextDate != *m_options.date) {
            fileError(fileIndex,
                      tr("Tệp ghi ngày %1 nhưng đã chọn ngày %2.")
                          .arg(Format().date(*contextDate), Format().date(*m_options.date)));
            return;
        }
        contextDate = m_options.date;
    }
    if (!contextDate) {
        static const QRegularExpression dmy(
            u"(?<!\\d)(\\d{1,2})[-_.](\\d{1,2})[-_.](\\d{4})(?!\\d)"_s);
        static const QRegularExpression ymd(u"(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"_s);
        const QString base = QFileInfo(info.name).completeBaseName();
        QRegularExpressionMatch m = ymd.match(base);
        QDate d;
        if (m.hasMatch())
            d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        else if ((m = dmy.match(base)).hasMatch())
            d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            contextDate = d;
    }
    const bool needDate = !hasDates && dateCol < 0;
    const bool needProvider = !hasProviders && providerCol < 0;
    if (needDate && !contextDate) {
        fileError(fileIndex, tr("Không biết số liệu của ngày nào: tệp không có cột Ngày hay ô "
                                "\"Ngày:\"; hãy chọn ngày (--date)."));
        return;
    }
    if (needProvider && contextProvider < 0) {
        fileError(fileIndex,
                  tr("Không biết số liệu của nhà mạng nào: tệp không có cột Nhà mạng và ô "
                     "\"Nhà mạng:\" còn trống; hãy điền ô đó hoặc chọn nhà mạng (--provider)."));
        return;
    }

    // 3. The rows.
    readRows({.file = fileIndex,
              .unitColumn = unitCol,
              .dateColumn = dateCol,
              .providerColumn = providerCol,
              .values = values,
              .date = contextDate,
              .provider = contextProvider},
             source);
}

void ImportPlanner::readRow(const SheetRow& r, const RowLayout& layout, Lookups& lookups,
                            ReadRows& out) const
{
    ImportAccount& account = out.account;
    ++account.rows;
    if (r.isBlank()) {
        ++account.blank;
        return;
    }
    auto place = [&](int column) { return ImportPlace{layout.file, r.line, column}; };
    const QString& unitText = r.text(layout.unitColumn);
    // What the row said, as far as it was read: only worked out for an
    // error (its columns in the preview), never for the rows that are fine.
    int unit = -1;
    std::optional<QDate> rowDate = layout.date;
    int rowProvider = layout.provider;
    const auto rowText = [&](const ValueColumn* v) {
        ImportRowText read;
        read.unit = unit >= 0 ? m_data.units[unit].name : unitText.trimmed();
        const std::optional<QDate> date = v && v->date ? v->date : rowDate;
        const int provider = v && v->provider >= 0 ? v->provider : rowProvider;
        if (date)
            read.date = Format().date(*date);
        else if (layout.dateColumn >= 0)
            read.date = r.text(layout.dateColumn).trimmed();
        if (provider >= 0)
            read.provider = m_data.providers[provider].name;
        else if (layout.providerColumn >= 0)
            read.provider = r.text(layout.providerColumn).trimmed();
        return read;
    };
    // A row refused whole: one error, counted once.
    auto rowError = [&](int line, int column, const QString& message, QStringList suggestions) {
        ++account.errorRows;
        if (ReadRows::Error* e = out.error(ImportPlace{layout.file, line, column})) {
            e->message = message;
            e->suggestions = std::move(suggestions);
            e->read = rowText(nullptr);
        }
    };
    // An error of one figure on a row that is otherwise read.
    auto figureError = [&](const ImportPlace& at, const QString& message, const ValueColumn& v) {
        ++account.figureErrors;
        if (ReadRows::Error* e = out.error(at)) {
            e->message = message;
            e->read = rowText(&v);
        }
    };
    if (r.unclosedQuoteLine > 0) {
        // The place names the line; the message must not (a piece on a thread
        // counts its lines from 1, and take() shifts only the place).
        rowError(r.unclosedQuoteLine, -1,
                 tr("Dấu ngoặc kép mở trên dòng này không được đóng: từ đó đến hết tệp bị đọc "
                    "thành một ô. Hãy đóng hoặc xóa dấu ngoặc kép đó."),
                 {});
        return;
    }
    for (int c = 0; c < r.cellCount; ++c)
        if (r.cells[c].unreadable) {
            rowError(r.line, c, tr("Ô không đọc được: %1").arg(r.cells[c].text), {});
            return;
        }
    // A date, provider or count cannot hold a line break: a quote in the wrong
    // place joined lines.
    auto joinsLines = [&](int column) {
        const QString& text = r.text(column);
        return text.contains(u'\n') || text.contains(u'\r');
    };
    for (int column : {layout.dateColumn, layout.providerColumn})
        if (column >= 0 && joinsLines(column)) {
            rowError(r.line, column,
                     tr("Ô này kéo dài qua nhiều dòng (dấu ngoặc kép mở ở dòng %1 đóng ở dòng "
                        "sau): kiểm tra dấu ngoặc kép.")
                         .arg(r.line),
                     {});
            return;
        }
    for (const ValueColumn& v : std::as_const(layout.values))
        if (joinsLines(v.column)) {
            rowError(r.line, v.column,
                     tr("Ô này kéo dài qua nhiều dòng (dấu ngoặc kép mở ở dòng %1 đóng ở dòng "
                        "sau): kiểm tra dấu ngoặc kép.")
                         .arg(r.line),
                     {});
            return;
        }
    bool anyValue = false;
    for (const ValueColumn& v : std::as_const(layout.values))
        if (!QStringView(r.text(v.column)).trimmed().isEmpty()) {
            anyValue = true;
            break;
        }
    if (!anyValue) {
        ++account.empty; // nothing reported on this row (or a footer such as "Người lập biểu")
        return;
    }
    if (QStringView(unitText).trimmed().isEmpty()) {
        rowError(r.line, layout.unitColumn, tr("Thiếu tên đơn vị."), {});
        return;
    }
    auto unitOf = lookups.rowUnits.constFind(unitText);
    if (unitOf == lookups.rowUnits.cend())
        unitOf = lookups.rowUnits.insert(
            unitText, isTotalRow(unitText) ? TotalRow : lookups.units.match(unitText));
    unit = *unitOf;
    if (unit == TotalRow) {
        ++account.totals;
        return;
    }
    if (unit < 0) {
        rowError(r.line, layout.unitColumn,
                 tr("Không có đơn vị \"%1\" trong đợt.").arg(unitText.trimmed()),
                 lookups.units.suggestions(unitText));
        return;
    }
    const int dateCol = layout.dateColumn;
    if (dateCol >= 0 && !QStringView(r.text(dateCol)).trimmed().isEmpty()) {
        rowDate = parseDate(r.cells[dateCol], lookups.dates);
        if (!rowDate) {
            rowError(r.line, dateCol,
                     tr("\"%1\" không phải là ngày (dd/MM/yyyy).").arg(r.text(dateCol).trimmed()),
                     {});
            return;
        }
    }
    const int providerCol = layout.providerColumn;
    if (providerCol >= 0 && !QStringView(r.text(providerCol)).trimmed().isEmpty()) {
        rowProvider = lookups.providers.match(r.text(providerCol));
        if (rowProvider < 0) {
            rowError(
                r.line, providerCol,
                tr("Không nhận ra nhà mạng \"%1\" (có: %2).")
                    .arg(r.text(providerCol).trimmed(), lookups.providers.names().join(u", "_s)),
                {});
            return;
        }
    }
    ++account.figureRows;
    for (const ValueColumn& v : std::as_const(layout.values)) {
        if (v.column >= r.cellCount || QStringView(r.cells[v.column].text).trimmed().isEmpty())
            continue; // blank: not reported
        const ImportPlace at = place(v.column);
        ++account.figures;
        qint64 count = 0;
        QString problem;
        if (!readCount(r.cells[v.column], count, problem)) {
            figureError(at, problem, v);
            continue;
        }
        const std::optional<QDate> date = v.date ? v.date : rowDate;
        const int provider = v.provider >= 0 ? v.provider : rowProvider;
        if (!date) {
            figureError(at, tr("Thiếu ngày cho số liệu này."), v);
            continue;
        }
        if (provider < 0) {
            figureError(at, tr("Thiếu nhà mạng cho số liệu này."), v);
            continue;
        }
        out.counts.push_back({at, unit, provider, *date, count});
    }
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
    auto* csv = dynamic_cast<CsvSheetSource*>(&source);
    const qsizetype pieces =
        csv ? std::min<qsizetype>(m_threads, (csv->size() - csv->position()) /
                                                 std::max<qsizetype>(m_minimumPiece, 1))
            : 1;
    const bool complete =
        pieces > 1 ? readInPieces(layout, *csv, int(pieces)) : readInOrder(layout, source);
    if (!complete)
        m_plan.cancelled = true;
    ImportFileInfo& file = m_plan.files[layout.file];
    file.rowsRead = int(file.account.rows);
    file.account.complete = complete;
    if (m_progress)
        m_progress(layout.file, 1.0);
}

bool ImportPlanner::readInOrder(const RowLayout& layout, SheetSource& source)
{
    ReadRows read;
    SheetRow row;
    for (;;) {
        // A batch at a time into the plan, checking for Cancel in between.
        bool more = true;
        for (int n = 0; n < 4096 && (more = source.next(row)); ++n)
            readRow(row, layout, m_lookups, read);
        take(read, 0, layout.file);
        read.clear();
        if (!more)
            return true;
        if (cancelled())
            return false;
        if (m_progress)
            m_progress(layout.file, source.progress());
    }
}

bool ImportPlanner::readInPieces(const RowLayout& layout, CsvSheetSource& source, int count)
{
    // Cut what is left at line breaks. A cut can fall inside a quoted field;
    // the piece before it then reads past it, and the piece after it is read
    // again, in order, from where that one stopped.
    const qsizetype start = source.position();
    const qsizetype size = source.size();
    QVector<qsizetype> cuts = {start};
    for (int k = 1; k < count; ++k) {
        const qsizetype cut = source.nextLineStart(start + (size - start) * k / count);
        if (cut > cuts.back() && cut < size)
            cuts.push_back(cut);
    }
    cuts.push_back(size);

    // Every piece but the first on a thread of its own, its lines counted from 1.
    struct Piece
    {
        Lookups lookups;
        std::unique_ptr<CsvSheetSource> rows;
        ReadRows read;
        qsizetype end = 0; // where its last record ends
        int lines = 0;     // line breaks read
    };
    std::vector<Piece> pieces;
    std::vector<std::unique_ptr<QThread>> threads;
    const auto joinAll = qScopeGuard([&threads] {
        for (const auto& thread : threads)
            thread->wait();
    });
    for (qsizetype k = 1; k + 1 < cuts.size(); ++k)
        pieces.push_back(
            {m_lookups, std::make_unique<CsvSheetSource>(source, cuts[k], cuts[k + 1]), {}, 0, 0});
    for (Piece& piece : pieces) {
        threads.emplace_back(QThread::create([this, &layout, &piece] {
            SheetRow row;
            for (int n = 1; piece.rows->next(row); ++n) {
                readRow(row, layout, piece.lookups, piece.read);
                if (n % 4096 == 0 && cancelled())
                    break;
            }
            piece.end = piece.rows->position();
            piece.lines = piece.rows->nextLine() - 1;
        }));
        threads.back()->start();
    }

    // The first piece here, straight into the plan; then the others in order.
    source.setEnd(cuts[1]);
    bool complete = readInOrder(layout, source);
    for (qsizetype k = 1; complete && k + 1 < cuts.size(); ++k) {
        threads[k - 1]->wait();
        Piece& piece = pieces[k - 1];
        source.setEnd(cuts[k + 1]);
        if (cancelled()) {
            complete = false;
        } else if (source.position() == cuts[k]) {
            take(piece.read, source.nextLine() - 1, layout.file);
            source.seek(piece.end, source.nextLine() + piece.lines);
        } else {
            complete = readInOrder(layout, source);
        }
        piece.read = {};
    }
    source.setEnd(-1);
    return complete;
}

void ImportPlanner::checkEntryRules()
{
    const Campaign& c = m_data.campaign;
    const TallyMatrix& t = m_data.tallies;
    const int days = c.days();
    const int providers = int(m_data.providers.size());
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
    for (const QVector<ImportRow>* rows : {&m_plan.added, &m_plan.changed})
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
        const Unit& unit = m_data.units[unitOfSlot[slot]];
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
    m_plan.moreWarnings += int(std::max<qsizetype>(0, found.size() - ImportPlan::MaxErrors));
    found.resize(std::min<qsizetype>(found.size(), ImportPlan::MaxErrors));
    for (const Found& w : std::as_const(found)) {
        const EntryVerdict v = EntryRules::check(factsFor(w.slot, w.day));
        m_plan.warnings.push_back({m_plan.placeText(w.place),
                                   tr("%1 (ngày %2)")
                                       .arg(QString(v.message).replace(u'\n', u"; "_s),
                                            Format().date(c.start.addDays(w.day))),
                                   {},
                                   ImportRowText{m_data.units[unitOfSlot[w.slot]].name,
                                                 Format().date(c.start.addDays(w.day)),
                                                 {}}});
    }
}

ImportPlan ImportPlanner::finish()
{
    // Every row went straight to added, changed or identical (record()).
    m_seen.clear();
    if (!m_plan.cancelled)
        checkEntryRules();
    return std::move(m_plan);
}

} // namespace signtally
