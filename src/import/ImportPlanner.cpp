#include "import/ImportPlanner.h"

#include "core/CampaignCalendar.h"
#include "core/TextMatch.h"
#include "core/VnFormat.h"
#include "import/TextDecoding.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

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
      m_units(data.units), m_providers(data.providers)
{}

void ImportPlanner::error(const ImportPlace& place, const QString& message, QStringList suggestions)
{
    if (m_plan.errors.size() >= ImportPlan::MaxErrors) {
        ++m_plan.moreErrors;
        return;
    }
    m_plan.errors.push_back({m_plan.placeText(place), message, std::move(suggestions)});
}

void ImportPlanner::fileError(int file, const QString& message)
{
    const QString name =
        file >= 0 && file < m_plan.files.size() ? m_plan.files[file].name : QString();
    m_plan.errors.push_back({name, message, {}});
}

std::optional<QDate> ImportPlanner::parseDate(const SheetCell& cell) const
{
    if (cell.numeric) {
        if (cell.number < 1 || cell.number > 2958465)
            return std::nullopt;
        const QDate d = XlsxReader::dateFromSerial(cell.number);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    const auto cached = m_dateCache.constFind(cell.text);
    if (cached != m_dateCache.cend())
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
    m_dateCache.insert(cell.text, d);
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
    if (!c.contains(date)) {
        error(place, tr("Ngày %1 nằm ngoài đợt (%2–%3).")
                         .arg(Format().date(date), Format().date(c.start), Format().date(c.end)));
        return;
    }
    const int day = int(c.start.daysTo(date));
    if (!m_lockedWeeks.isEmpty()) {
        const int week = CampaignCalendar(c.start, c.end).weekOf(date);
        if (m_lockedWeeks.contains(week)) {
            error(place, tr("Tuần %1 (có ngày %2) đã khóa vì báo cáo đã gửi; không nhập được.")
                             .arg(week)
                             .arg(Format().date(date)));
            return;
        }
    }
    const qint64 key = (qint64(unit) * c.days() + day) * qint64(m_data.providers.size()) + provider;
    const auto seen = m_seen.constFind(key);
    if (seen != m_seen.cend()) {
        const ImportRow& first = m_rows[*seen];
        if (first.count != count)
            error(place, tr("Trùng với %1 (cùng đơn vị %2, ngày %3, nhà mạng %4) nhưng khác số: "
                            "%5 và %6.")
                             .arg(m_plan.placeText(first.place), m_data.units[unit].name,
                                  Format().date(date), m_data.providers[provider].name,
                                  Format().count(first.count), Format().count(count)));
        return;
    }
    m_seen.insert(key, int(m_rows.size()));
    ImportRow row;
    row.unit = unit;
    row.day = day;
    row.provider = provider;
    row.count = count;
    row.place = place;
    m_rows.push_back(row);
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
            GridSheetSource source(file.name, file.sheet, reader.readSheet(index));
            addSource(file, source);
        } catch (const XlsxError& e) {
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
    ImportFileInfo text = file;
    const DecodedText decoded = decodeText(bytes);
    text.encoding = decoded.encoding;
    CsvSheetSource source(text.name, decoded.text);
    text.delimiter = source.delimiter() == u'\t' ? u"tab"_s : QString(source.delimiter());
    addSource(text, source);
}

void ImportPlanner::addText(const QString& name, const QByteArray& bytes)
{
    ImportFileInfo file;
    file.name = name;
    const DecodedText decoded = decodeText(bytes);
    file.encoding = decoded.encoding;
    CsvSheetSource source(name, decoded.text);
    file.delimiter = source.delimiter() == u'\t' ? u"tab"_s : QString(source.delimiter());
    addSource(file, source);
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
    for (int scanned = 0; scanned < 30 && source.next(row);) {
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
            } else if (const int provider = m_providers.match(cell.text); provider >= 0) {
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
                contextProvider = m_providers.match(value.text);
                if (contextProvider < 0) {
                    error(place(r.line, valueCol),
                          tr("Không nhận ra nhà mạng \"%1\" (có: %2).")
                              .arg(value.text, m_providers.names().join(u", "_s)));
                    contextBroken = true;
                }
            }
        }
    }
    if (contextBroken)
        return;
    // Then the options (which must agree with the sheet), then the file name.
    if (!m_options.provider.isEmpty()) {
        const int option = m_providers.match(m_options.provider);
        if (option < 0) {
            fileError(fileIndex, tr("Không nhận ra nhà mạng \"%1\" của --provider (có: %2).")
                                     .arg(m_options.provider, m_providers.names().join(u", "_s)));
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
    qint64 rowsRead = 0;
    auto processRow = [&](const SheetRow& r) {
        if (r.isBlank())
            return;
        ++rowsRead;
        bool anyValue = false;
        for (const ValueColumn& v : std::as_const(values))
            if (!QStringView(r.text(v.column)).trimmed().isEmpty()) {
                anyValue = true;
                break;
            }
        if (!anyValue)
            return; // nothing reported on this row (or a footer such as "Người lập biểu")
        const QString& unitText = r.text(unitCol);
        if (unitText.trimmed().isEmpty()) {
            error(place(r.line, unitCol), tr("Thiếu tên đơn vị."));
            return;
        }
        if (isTotalRow(unitText))
            return;
        const int unit = m_units.match(unitText);
        if (unit < 0) {
            error(place(r.line, unitCol),
                  tr("Không có đơn vị \"%1\" trong đợt.").arg(unitText.trimmed()),
                  m_units.suggestions(unitText));
            return;
        }
        std::optional<QDate> rowDate = contextDate;
        if (dateCol >= 0 && !QStringView(r.text(dateCol)).trimmed().isEmpty()) {
            rowDate = parseDate(r.cells[dateCol]);
            if (!rowDate) {
                error(place(r.line, dateCol),
                      tr("\"%1\" không phải là ngày (dd/MM/yyyy).").arg(r.text(dateCol).trimmed()));
                return;
            }
        }
        int rowProvider = contextProvider;
        if (providerCol >= 0 && !QStringView(r.text(providerCol)).trimmed().isEmpty()) {
            rowProvider = m_providers.match(r.text(providerCol));
            if (rowProvider < 0) {
                error(place(r.line, providerCol),
                      tr("Không nhận ra nhà mạng \"%1\" (có: %2).")
                          .arg(r.text(providerCol).trimmed(), m_providers.names().join(u", "_s)));
                return;
            }
        }
        for (const ValueColumn& v : std::as_const(values)) {
            if (v.column >= r.cellCount || QStringView(r.cells[v.column].text).trimmed().isEmpty())
                continue; // blank: not reported
            const ImportPlace at = place(r.line, v.column);
            qint64 count = 0;
            QString problem;
            if (!readCount(r.cells[v.column], count, problem)) {
                error(at, problem);
                continue;
            }
            const std::optional<QDate> date = v.date ? v.date : rowDate;
            const int provider = v.provider >= 0 ? v.provider : rowProvider;
            if (!date) {
                error(at, tr("Thiếu ngày cho số liệu này."));
                continue;
            }
            if (provider < 0) {
                error(at, tr("Thiếu nhà mạng cho số liệu này."));
                continue;
            }
            record(unit, *date, provider, count, at);
        }
    };
    for (qint64 n = 1; source.next(row); ++n) {
        processRow(row);
        if ((n & 0xfff) == 0) {
            if (cancelled()) {
                m_plan.cancelled = true;
                break;
            }
            if (m_progress)
                m_progress(fileIndex, source.progress());
        }
    }
    m_plan.files[fileIndex].rowsRead = int(rowsRead);
    if (m_progress)
        m_progress(fileIndex, 1.0);
}

ImportPlan ImportPlanner::finish()
{
    for (const ImportRow& r : std::as_const(m_rows)) {
        ImportRow row = r;
        const auto stored = m_data.tallies.value(row.unit, row.day, row.provider);
        if (stored)
            row.stored = *stored;
        if (!stored)
            m_plan.added.push_back(row);
        else if (*stored == row.count)
            m_plan.identical.push_back(row);
        else
            m_plan.changed.push_back(row);
    }
    m_rows.clear();
    m_seen.clear();
    return std::move(m_plan);
}

} // namespace signtally
