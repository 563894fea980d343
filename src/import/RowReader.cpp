#include "import/RowReader.h"

#include "core/VnFormat.h"

using namespace Qt::StringLiterals;

namespace signtally::detail {

namespace {

bool isTotalRow(const QString& unitText)
{
    static const QSet<QString> totals = {u"tong"_s, u"tong cong"_s, u"total"_s, u"cong"_s,
                                         u"tong so"_s};
    return totals.contains(headerKey(unitText));
}

} // namespace

ReadRows::Error* ReadRows::error(const ImportPlace& place)
{
    if (errors.size() >= ImportPlan::MaxErrors) {
        ++moreErrors;
        return nullptr;
    }
    errors.push_back({counts.size(), place, {}, {}, {}});
    return &errors.back();
}

void ReadRows::clear()
{
    counts.clear();
    errors.clear();
    moreErrors = 0;
    account = {};
}

void RowReader::read(const SheetRow& r, Lookups& lookups, ReadRows& out) const
{
    const RowLayout& layout = m_layout;
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
                     tr("Ô này kéo dài qua nhiều dòng (dấu ngoặc kép mở trên dòng này đóng ở "
                        "dòng sau): kiểm tra dấu ngoặc kép."),
                     {});
            return;
        }
    for (const ValueColumn& v : std::as_const(layout.values))
        if (joinsLines(v.column)) {
            rowError(r.line, v.column,
                     tr("Ô này kéo dài qua nhiều dòng (dấu ngoặc kép mở trên dòng này đóng ở "
                        "dòng sau): kiểm tra dấu ngoặc kép."),
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
        rowDate = m_cells.date(r.cells[dateCol], lookups.dates);
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
        if (!CellParser::count(r.cells[v.column], count, problem)) {
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

} // namespace signtally::detail
