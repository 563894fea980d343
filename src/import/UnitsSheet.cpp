#include "import/UnitsSheet.h"

#include "core/TextMatch.h"
#include "core/VnFormat.h"
#include "import/NameMatcher.h"
#include "import/SheetSource.h"
#include "import/TextDecoding.h"
#include "import/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

// The sheet's columns, by what their titles say.
enum Role
{
    Order,
    Name,
    Kind,
    Population,
    Quota,
    Aliases,
    RoleCount
};

std::optional<Role> roleOf(const QString& title)
{
    const QString key = headerKey(title);
    static const QSet<QString> order = {u"tt"_s, u"stt"_s, u"so tt"_s, u"no"_s};
    static const QSet<QString> name = {u"ten"_s,       u"ten don vi"_s,    u"don vi"_s,
                                       u"xa phuong"_s, u"ten xa phuong"_s, u"xa phuong thi tran"_s,
                                       u"name"_s,      u"unit"_s,          u"unit name"_s};
    static const QSet<QString> kind = {u"loai"_s, u"loai don vi"_s, u"kind"_s, u"type"_s};
    static const QSet<QString> aliases = {u"ten khac"_s, u"ten goi khac"_s, u"aliases"_s,
                                          u"alias"_s, u"other names"_s};
    if (order.contains(key))
        return Order;
    if (name.contains(key))
        return Name;
    if (kind.contains(key))
        return Kind;
    if (aliases.contains(key))
        return Aliases;
    if (key.startsWith(u"dan so"_s) || key.startsWith(u"population"_s))
        return Population;
    if (key.startsWith(u"chi tieu"_s) || key.startsWith(u"quota"_s))
        return Quota;
    return std::nullopt;
}

// "Tổng cộng", "Cộng", "Total": a row that sums the others.
bool isTotal(const QString& name)
{
    static const QSet<QString> totals = {u"tong"_s, u"tong cong"_s, u"cong"_s, u"tong so"_s,
                                         u"total"_s};
    return totals.contains(headerKey(name));
}

std::optional<UnitKind> kindOf(const QString& text)
{
    const QString key = headerKey(text);
    if (key == u"xa"_s || key == u"commune"_s)
        return UnitKind::Commune;
    if (key == u"phuong"_s || key == u"ward"_s)
        return UnitKind::Ward;
    if (key == u"thi tran"_s || key == u"town"_s)
        return UnitKind::Town;
    return std::nullopt;
}

// "Phường Đức Xuân" is a ward, "Thị trấn Chợ Rã" a town, anything else a commune.
UnitKind kindFromName(const QString& name)
{
    const QString key = searchKey(name);
    if (key.startsWith(u"phuong "_s))
        return UnitKind::Ward;
    if (key.startsWith(u"thi tran "_s))
        return UnitKind::Town;
    return UnitKind::Commune;
}

// A population or quota as a cell holds it: nothing when the cell is empty.
struct Figure
{
    enum class Error
    {
        None,
        Negative,
        NotWhole,
        TooLarge
    };
    std::optional<qint64> value;
    Error error = Error::None;
};

constexpr double MaxFigure = 2'000'000'000;

Figure figureOf(const SheetCell& cell)
{
    Figure f;
    if (cell.numeric) {
        if (cell.number < 0)
            f.error = Figure::Error::Negative;
        else if (cell.number != std::floor(cell.number))
            f.error = Figure::Error::NotWhole;
        else if (cell.number > MaxFigure)
            f.error = Figure::Error::TooLarge;
        else
            f.value = qint64(cell.number);
        return f;
    }
    const CountParse parsed = CountParser::parse(cell.text);
    switch (parsed.error) {
    case CountParse::Error::None:
        f.value = parsed.value;
        break;
    case CountParse::Error::Empty:
        break;
    case CountParse::Error::NotANumber:
        f.error = Figure::Error::NotWhole;
        break;
    case CountParse::Error::Negative:
        f.error = Figure::Error::Negative;
        break;
    case CountParse::Error::TooLarge:
        f.error = Figure::Error::TooLarge;
        break;
    }
    return f;
}

QString cleanName(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

// One pass over a sheet's rows: the header, then a unit a row.
class SheetReading
{
    Q_DECLARE_TR_FUNCTIONS(UnitsSheet)
public:
    explicit SheetReading(bool cellNames) : m_cellNames(cellNames) { m_columns.fill(-1); }

    UnitsSheetResult read(SheetSource& source)
    {
        SheetRow row;
        while (source.next(row)) {
            if (row.isBlank())
                continue;
            if (m_headerLine == 0)
                readHeader(row);
            else
                readUnit(row);
        }
        finish();
        return std::move(m_result);
    }

private:
    struct Read
    {
        SetupUnit unit;
        std::optional<qint64> order;
    };

    void problem(const QString& text)
    {
        if (m_result.problems.size() < UnitsSheet::MaxProblems)
            m_result.problems << text;
        else
            ++m_moreProblems;
    }

    // "Dòng 7 (Xã Ba Bể), ô D7", or less when the name or the cell is not known.
    QString place(int line, int column, const QString& name) const
    {
        const bool cell = m_cellNames && column >= 0;
        const QString ref = cell ? columnName(column) + QString::number(line) : QString();
        if (name.isEmpty())
            return cell ? tr("Dòng %1, ô %2").arg(line).arg(ref) : tr("Dòng %1").arg(line);
        return cell ? tr("Dòng %1 (%2), ô %3").arg(line).arg(name, ref)
                    : tr("Dòng %1 (%2)").arg(line).arg(name);
    }

    const SheetCell& cell(const SheetRow& row, Role role) const
    {
        static const SheetCell empty;
        const int c = m_columns[role];
        return c >= 0 && c < row.cellCount ? row.cells[c] : empty;
    }

    void readHeader(const SheetRow& row)
    {
        std::array<int, RoleCount> columns;
        columns.fill(-1);
        QStringList doubled;
        for (int c = 0; c < row.cellCount; ++c) {
            const std::optional<Role> role = roleOf(row.cells[c].text);
            if (!role)
                continue;
            if (columns[*role] >= 0)
                doubled << tr("Dòng tiêu đề %1: hai cột “%2” và “%3” cùng một nghĩa; hãy giữ "
                              "một cột.")
                               .arg(row.line)
                               .arg(row.cells[columns[*role]].text.simplified(),
                                    row.cells[c].text.simplified());
            else
                columns[*role] = c;
        }
        if (columns[Name] < 0)
            return; // not the header yet
        m_headerLine = row.line;
        m_columns = columns;
        for (const QString& p : doubled)
            problem(p);
        if (columns[Population] < 0)
            problem(tr("Dòng tiêu đề %1 không có cột dân số (tiêu đề “Dân số” hoặc bắt đầu bằng "
                       "“Dân số”).")
                        .arg(row.line));
    }

    std::optional<qint64> figure(const SheetRow& row, Role role, const QString& name)
    {
        const SheetCell& c = cell(row, role);
        const Figure f = figureOf(c);
        const QString where = place(row.line, m_columns[role], name);
        const QString text = c.text.trimmed();
        const bool population = role == Population;
        switch (f.error) {
        case Figure::Error::None:
            return f.value;
        case Figure::Error::Negative:
            problem(population ? tr("%1: dân số âm (%2).").arg(where, text)
                               : tr("%1: chỉ tiêu âm (%2).").arg(where, text));
            break;
        case Figure::Error::NotWhole:
            problem(population ? tr("%1: dân số “%2” không phải là số nguyên.").arg(where, text)
                               : tr("%1: chỉ tiêu “%2” không phải là số nguyên.").arg(where, text));
            break;
        case Figure::Error::TooLarge:
            problem(population ? tr("%1: dân số quá lớn (%2).").arg(where, text)
                               : tr("%1: chỉ tiêu quá lớn (%2).").arg(where, text));
            break;
        }
        return std::nullopt;
    }

    // The row a key (a name or another spelling) was first seen on, or 0.
    int claim(const QString& key, int line)
    {
        const auto seen = m_keys.constFind(key);
        if (seen != m_keys.cend() && *seen != line)
            return *seen;
        m_keys.insert(key, line);
        return 0;
    }

    void readUnit(const SheetRow& row)
    {
        if (row.unclosedQuoteLine > 0) {
            problem(tr("%1: dấu ngoặc kép mở trên dòng này không được đóng.")
                        .arg(place(row.line, -1, {})));
            return;
        }
        for (int c = 0; c < row.cellCount; ++c)
            if (row.cells[c].unreadable)
                problem(tr("%1: ô không đọc được (%2).")
                            .arg(place(row.line, c, {}), row.cells[c].text));
        const QString name = cleanName(cell(row, Name).text);
        const QString kindText = cell(row, Kind).text.trimmed();
        const bool figures = !kindText.isEmpty() ||
                             !cell(row, Population).text.trimmed().isEmpty() ||
                             !cell(row, Quota).text.trimmed().isEmpty() ||
                             !cell(row, Aliases).text.trimmed().isEmpty();
        // "Tổng cộng" in the name column, or across TT and name (merged: in TT).
        if (isTotal(name) || (name.isEmpty() && isTotal(cell(row, Order).text)))
            return;
        if (name.isEmpty()) {
            if (figures)
                problem(tr("%1: có số liệu nhưng không có tên đơn vị.")
                            .arg(place(row.line, m_columns[Name], {})));
            return;
        }

        Read r;
        r.unit.name = name;
        if (kindText.isEmpty())
            r.unit.kind = kindFromName(name);
        else if (const auto kind = kindOf(kindText))
            r.unit.kind = *kind;
        else
            problem(tr("%1: loại “%2” không phải xã, phường hoặc thị trấn.")
                        .arg(place(row.line, m_columns[Kind], name), kindText));
        r.unit.population = figure(row, Population, name);
        r.unit.quota = figure(row, Quota, name);
        r.unit.quotaManual = r.unit.quota.has_value();
        const Figure order = figureOf(cell(row, Order));
        r.order = order.value;

        if (const int first = claim(nameKey(name), row.line))
            problem(tr("%1: tên trùng với dòng %2.")
                        .arg(place(row.line, m_columns[Name], name))
                        .arg(first));
        const QStringList aliases = cell(row, Aliases).text.split(u';');
        for (const QString& a : aliases) {
            const QString alias = cleanName(a);
            if (alias.isEmpty() || r.unit.aliases.contains(alias))
                continue;
            r.unit.aliases << alias;
            if (const int first = claim(nameKey(alias), row.line))
                problem(tr("%1: tên khác “%2” trùng với tên ở dòng %3.")
                            .arg(place(row.line, m_columns[Aliases], name), alias)
                            .arg(first));
        }
        m_units.push_back(std::move(r));
    }

    void finish()
    {
        if (m_headerLine == 0) {
            problem(tr("Không tìm thấy dòng tiêu đề: bảng cần một cột tên đơn vị (tiêu đề “Tên "
                       "đơn vị”, “Tên” hoặc “Đơn vị”) và một cột “Dân số”."));
        } else if (m_units.isEmpty() && m_result.problems.isEmpty()) {
            problem(tr("Bảng không có đơn vị nào dưới dòng tiêu đề %1.").arg(m_headerLine));
        }
        if (m_moreProblems > 0)
            m_result.problems << tr("… và %n lỗi khác.", nullptr, m_moreProblems);
        if (!m_result.problems.isEmpty())
            return;
        const bool numbered =
            m_columns[Order] >= 0 && std::all_of(m_units.cbegin(), m_units.cend(),
                                                 [](const Read& r) { return r.order.has_value(); });
        if (numbered)
            std::stable_sort(m_units.begin(), m_units.end(),
                             [](const Read& a, const Read& b) { return *a.order < *b.order; });
        for (Read& r : m_units)
            m_result.units.push_back(std::move(r.unit));
    }

    bool m_cellNames = false;
    int m_headerLine = 0;
    std::array<int, RoleCount> m_columns;
    QVector<Read> m_units;
    QHash<QString, int> m_keys; // nameKey of every name and other spelling → its row
    int m_moreProblems = 0;
    UnitsSheetResult m_result;
};

UnitsSheetResult failed(const QString& problem)
{
    UnitsSheetResult result;
    result.problems << problem;
    return result;
}

[[noreturn]] void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

} // namespace

UnitsSheetResult UnitsSheet::read(SheetSource& source, bool cellNames)
{
    try {
        return SheetReading(cellNames).read(source);
    } catch (const XlsxError& e) {
        return failed(e.message());
    }
}

UnitsSheetResult UnitsSheet::read(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == u"xlsx"_s || suffix == u"xlsm"_s) {
        try {
            const XlsxReader reader(path);
            if (reader.sheetNames().isEmpty())
                return failed(tr("Bảng tính không có trang nào."));
            const std::unique_ptr<SheetSource> source = reader.openSheet(0, info.fileName());
            return read(*source, true);
        } catch (const XlsxError& e) {
            return failed(e.message());
        }
    }
    if (suffix == u"xls"_s)
        return failed(
            tr("Tệp .xls (Excel 97–2003) chưa đọc được; hãy lưu lại thành .xlsx hoặc CSV."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(
            tr("Không đọc được %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith("PK\x03\x04"))
        return failed(tr("Tệp này là bảng tính Excel; hãy đặt đuôi .xlsx để nhập."));
    CsvSheetSource source(info.fileName(), decodeText(bytes).text);
    return read(source, false);
}

QString UnitsSheet::populationTitle(const QString& populationLabel)
{
    const QString label = populationLabel.simplified();
    if (label.isEmpty())
        return tr("Dân số");
    if (roleOf(label) == Population)
        return label;
    return tr("Dân số (%1)").arg(label);
}

void UnitsSheet::writeXlsx(const QString& path, const QVector<SetupUnit>& units,
                           const QString& populationLabel)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(tr("Không tạo được thư mục tạm."));
    const QString tmpFile = dir.filePath(u"units.xlsx"_s);
    const QByteArray tmpPath = QFile::encodeName(tmpFile);
    const QByteArray tmpDir = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char*>(tmpDir.constData());
    lxw_workbook* wb = workbook_new_opt(tmpPath.constData(), &options);
    if (!wb)
        fail(tr("Không tạo được bảng tính."));
    lxw_worksheet* ws = workbook_add_worksheet(wb, tr("Đơn vị").toUtf8().constData());

    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xDDE7F0);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format* text = workbook_add_format(wb);
    format_set_border(text, LXW_BORDER_THIN);
    format_set_num_format(text, "@"); // names stay text, even "1"
    lxw_format* number = workbook_add_format(wb);
    format_set_border(number, LXW_BORDER_THIN);
    format_set_num_format(number, "#,##0");
    lxw_format* order = workbook_add_format(wb);
    format_set_border(order, LXW_BORDER_THIN);
    format_set_align(order, LXW_ALIGN_CENTER);

    const QStringList titles = {tr("TT"),       tr("Tên đơn vị"),
                                tr("Loại"),     populationTitle(populationLabel),
                                tr("Chỉ tiêu"), tr("Tên khác")};
    const double widths[] = {6, 30, 10, 18, 12, 40};
    for (int c = 0; c < titles.size(); ++c) {
        worksheet_write_string(ws, 0, lxw_col_t(c), titles[c].toUtf8().constData(), header);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    }
    auto put = [&](int r, int c, const QString& s, lxw_format* f) {
        worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), s.toUtf8().constData(), f);
    };
    auto putFigure = [&](int r, int c, const std::optional<qint64>& v) {
        if (v)
            worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), double(*v), number);
        else
            worksheet_write_blank(ws, lxw_row_t(r), lxw_col_t(c), number);
    };
    for (int i = 0; i < units.size(); ++i) {
        const SetupUnit& u = units[i];
        const int r = i + 1;
        worksheet_write_number(ws, lxw_row_t(r), 0, r, order);
        put(r, 1, u.name, text);
        put(r, 2, CampaignSetup::kindName(u.kind), text);
        putFigure(r, 3, u.population);
        putFigure(r, 4, u.quotaManual ? u.quota : std::nullopt);
        put(r, 5, u.aliases.join(u"; "_s), text);
    }
    worksheet_set_row(ws, 0, 30, nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        fail(tr("Không ghi được bảng tính: %1").arg(QString::fromUtf8(lxw_strerror(err))));

    QFile written(tmpFile);
    if (!written.open(QIODevice::ReadOnly))
        fail(tr("Không đọc lại được bảng tính vừa tạo."));
    const QByteArray bytes = written.readAll();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        fail(tr("Không ghi được %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
}

} // namespace signtally
