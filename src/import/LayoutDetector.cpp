#include "import/LayoutDetector.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally::detail {

namespace {

SheetLayout refused(const QString& error)
{
    SheetLayout layout;
    layout.error = error;
    return layout;
}

} // namespace

const QSet<QString>& keysFor(HeaderRole role)
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
    switch (role) {
    case HeaderRole::Unit:
        return unit;
    case HeaderRole::Date:
        return date;
    case HeaderRole::Provider:
        return provider;
    case HeaderRole::Count:
        return count;
    case HeaderRole::Ignored:
        break;
    }
    return ignored;
}

QString SheetLayout::form() const
{
    return hasDates ? u"wide-dates"_s : (hasProviders ? u"wide-providers"_s : u"long"_s);
}

QVector<int> SheetLayout::skippedColumns() const
{
    QVector<int> skipped;
    for (int c = 0; c < header.cellCount; ++c) {
        const QString key = headerKey(header.cells[c].text);
        const bool used = c == unitColumn || c == dateColumn || c == providerColumn ||
                          std::any_of(values.cbegin(), values.cend(),
                                      [c](const ValueColumn& v) { return v.column == c; });
        if (!used && !key.isEmpty() && !keysFor(HeaderRole::Ignored).contains(key))
            skipped << c;
    }
    return skipped;
}

SheetLayout LayoutDetector::detect(SheetSource& source, qint64& headerRows)
{
    QVector<SheetRow> preamble;
    SheetRow row;
    for (int scanned = 0; scanned < 30 && source.next(row);) {
        ++headerRows;
        if (row.isBlank())
            continue;
        ++scanned;
        SheetLayout layout = columnsOf(row);
        if (layout.unitColumn >= 0 && !layout.values.isEmpty()) {
            if (layout.hasCount && (layout.hasDates || layout.hasProviders))
                return refused(tr("Dòng tiêu đề %1 vừa có cột Số lượng vừa có cột theo ngày "
                                  "hoặc nhà mạng; không rõ số nào cần nhập.")
                                   .arg(row.line));
            layout.header = row;
            layout.preamble = std::move(preamble);
            return layout;
        }
        preamble.push_back(row);
    }
    return refused(tr("Không tìm thấy dòng tiêu đề: cần một cột Đơn vị (Xã/Phường) và cột Số "
                      "lượng, hoặc các cột ngày (28/07/2025…), hoặc các cột nhà mạng."));
}

SheetLayout LayoutDetector::columnsOf(const SheetRow& row)
{
    SheetLayout l;
    for (int c = 0; c < row.cellCount; ++c) {
        const SheetCell& cell = row.cells[c];
        const QString key = headerKey(cell.text);
        if (key.isEmpty())
            continue;
        if (keysFor(HeaderRole::Unit).contains(key) && l.unitColumn < 0) {
            l.unitColumn = c;
        } else if (keysFor(HeaderRole::Date).contains(key) && l.dateColumn < 0) {
            l.dateColumn = c;
        } else if (keysFor(HeaderRole::Provider).contains(key) && l.providerColumn < 0) {
            l.providerColumn = c;
        } else if (keysFor(HeaderRole::Count).contains(key) && !l.hasCount) {
            l.hasCount = true;
            l.values.push_back({c, std::nullopt, -1});
        } else if (keysFor(HeaderRole::Ignored).contains(key)) {
            continue;
        } else if (const auto date = (cell.numeric && (cell.number < 20000 || cell.number > 80000))
                                         ? std::nullopt
                                         : m_cells.date(cell, m_lookups.dates)) {
            l.hasDates = true;
            l.values.push_back({c, date, -1});
        } else if (const int provider = m_lookups.providers.match(cell.text); provider >= 0) {
            l.hasProviders = true;
            l.values.push_back({c, std::nullopt, provider});
        }
    }
    return l;
}

} // namespace signtally::detail
