#include "report/ReportExport.h"

#include "core/StatusText.h"
#include "core/VnFormat.h"
#include "report/OfficialDocument.h"
#include "report/ReportDocument.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QString csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    return u'"' + QString(s).replace(u"\""_s, u"\"\""_s) + u'"';
}

// A block per target group after the whole population's rows: an empty line,
// the group's title and goal rule, its header, a row per unit, the total
// line and what the total sums. A size, goal or % not known is empty.
QString groupsCsv(const WeeklyReport& r)
{
    QString out;
    auto line = [&](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csvField(f);
        out += quoted.join(u',') + u'\n';
    };
    auto number = [](std::optional<qint64> n) { return n ? QString::number(*n) : QString(); };
    auto percent = [](std::optional<double> p) {
        return p ? QString::number(*p, 'f', 2) : QString();
    };
    for (int g = 0; g < r.groups.size(); ++g) {
        const GroupProgress& group = r.groups[g];
        out += u'\n';
        line({ReportBuilder::groupTitle(r, g), ReportBuilder::groupGoalRule(group)});
        line(ReportBuilder::groupColumnTitles());
        for (int i = 0; i < group.units.size(); ++i) {
            const GroupUnitProgress& u = group.units[i];
            line({QString::number(r.rows[i].number), r.rows[i].name, number(u.size), number(u.goal),
                  QString::number(u.cumulative), percent(u.percentOfGoal)});
        }
        line({QString(), ReportExport::tr("Tổng cộng"),
              number(ReportBuilder::groupTotalSize(group)),
              number(ReportBuilder::groupTotalGoal(group)), QString::number(group.cumulative),
              percent(group.percentOfGoal)});
        line({ReportBuilder::groupTotalNote(group)});
    }
    return out;
}

} // namespace

QStringList ReportExport::columnTitles(const QStringList& providers)
{
    QStringList titles{tr("TT"),         tr("Đơn vị"), tr("Dân số TT"),  tr("Chỉ tiêu"),
                       tr("Kỳ này"),     tr("Lũy kế"), tr("% chỉ tiêu"), tr("Trạng thái"),
                       tr("± kỳ trước"), tr("Hạng")};
    for (const QString& p : providers)
        titles << tr("Kỳ này: %1").arg(p);
    return titles;
}

std::optional<ReportFormat> ReportExport::formatForPath(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == u"pdf"_s)
        return ReportFormat::Pdf;
    if (ext == u"xlsx"_s)
        return ReportFormat::Xlsx;
    if (ext == u"csv"_s)
        return ReportFormat::Csv;
    if (ext == u"odt"_s)
        return ReportFormat::Odt;
    return std::nullopt;
}

QByteArray ReportExport::csv(const WeeklyReport& r)
{
    QStringList titles = columnTitles(r.providers);
    for (QString& t : titles)
        t = csvField(t);
    QString out = titles.join(u',') + u'\n';
    auto perProvider = [](const QVector<qint64>& counts) {
        QStringList cells;
        for (qint64 n : counts)
            cells << QString::number(n);
        return cells;
    };
    for (const ReportRow& row : r.rows) {
        out += (QStringList{QString::number(row.number), csvField(row.name),
                            QString::number(row.adults), QString::number(row.quota),
                            QString::number(row.period), QString::number(row.cumulative),
                            QString::number(row.percentOfQuota, 'f', 2),
                            csvField(StatusText::label(row.status)),
                            row.change ? QString::number(*row.change) : QString(),
                            row.rank > 0 ? QString::number(row.rank) : QString()} +
                perProvider(row.periodByProvider))
                   .join(u',') +
               u'\n';
    }
    out +=
        QStringList{QString(),
                    csvField(tr("Tổng cộng")),
                    QString::number(r.adults),
                    QString::number(r.goal),
                    QString::number(r.periodTotal),
                    QString::number(r.cumulative),
                    QString::number(r.percentOfGoal, 'f', 2),
                    csvField(StatusText::label(r.totalStatus)),
                    r.previousTotal ? QString::number(r.periodTotal - *r.previousTotal) : QString(),
                    QString()}
            .join(u',') +
        (r.providers.isEmpty() ? QString() : u","_s + perProvider(r.periodByProvider).join(u',')) +
        u'\n';
    out += groupsCsv(r);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray ReportExport::pdf(const WeeklyReport& r, ReportLayout layout)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ReportDocument(r, layout).writePdf(buffer);
    buffer.close();
    return bytes;
}

QByteArray ReportExport::xlsx(const WeeklyReport& r)
{
    const Format fmt;
    QTemporaryDir dir;
    if (!dir.isValid())
        throw ReportError(
            tr("Không tạo được thư mục tạm để ghi bảng tính: %1").arg(dir.errorString()));
    const QByteArray path = QFile::encodeName(dir.filePath(u"report.xlsx"_s));
    const QByteArray tmpdir = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    lxw_workbook* wb = workbook_new_opt(path.constData(), &options);
    if (!wb)
        throw ReportError(tr("Không tạo được bảng tính."));
    const QByteArray sheetName = r.sheetName.toUtf8();
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheetName.constData());
    if (!ws) {
        workbook_close(wb);
        throw ReportError(tr("Tên trang tính \"%1\" không hợp lệ.").arg(r.sheetName));
    }
    const QByteArray font = "Arial";
    auto makeFormat = [&](bool bold, const char* numFormat, bool header = false) {
        lxw_format* f = workbook_add_format(wb);
        format_set_font_name(f, font.constData());
        format_set_font_size(f, 10);
        if (bold)
            format_set_bold(f);
        if (numFormat)
            format_set_num_format(f, numFormat);
        if (header) {
            format_set_bg_color(f, 0x1F4E79);
            format_set_font_color(f, LXW_COLOR_WHITE);
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            format_set_border(f, LXW_BORDER_THIN);
        }
        return f;
    };
    lxw_format* title = makeFormat(true, nullptr);
    format_set_font_size(title, 13);
    lxw_format* text = makeFormat(false, nullptr);
    lxw_format* header = makeFormat(true, nullptr, true);
    lxw_format* integer = makeFormat(false, "#,##0");
    lxw_format* change = makeFormat(false, "+#,##0;-#,##0;0");
    lxw_format* percent = makeFormat(false, "0.0%");
    lxw_format* totalText = makeFormat(true, nullptr);
    lxw_format* totalInt = makeFormat(true, "#,##0");
    lxw_format* totalChange = makeFormat(true, "+#,##0;-#,##0;0");
    lxw_format* totalPercent = makeFormat(true, "0.0%");
    for (lxw_format* f : {totalText, totalInt, totalChange, totalPercent})
        format_set_top(f, LXW_BORDER_THIN);

    auto str = [&](lxw_row_t row, lxw_col_t col, const QString& s, lxw_format* f) {
        worksheet_write_string(ws, row, col, s.toUtf8().constData(), f);
    };
    str(0, 0, r.organisation, totalText);
    str(1, 0, r.title, title);
    str(2, 0,
        tr("%1 · Lũy kế đến ngày %2 · Ngày lập: %3 · %4")
            .arg(r.campaignName, fmt.date(r.to), fmt.date(r.madeOn), r.dataLine()),
        text);

    const lxw_row_t headerRow = 4;
    const QStringList titles = columnTitles(r.providers);
    for (int c = 0; c < titles.size(); ++c)
        str(headerRow, lxw_col_t(c), titles[c], header);
    worksheet_set_row(ws, headerRow, 30, nullptr);
    lxw_row_t row = headerRow + 1;
    for (const ReportRow& u : r.rows) {
        worksheet_write_number(ws, row, 0, u.number, nullptr);
        str(row, 1, u.name, text);
        worksheet_write_number(ws, row, 2, double(u.adults), integer);
        worksheet_write_number(ws, row, 3, double(u.quota), integer);
        worksheet_write_number(ws, row, 4, double(u.period), integer);
        worksheet_write_number(ws, row, 5, double(u.cumulative), integer);
        worksheet_write_number(ws, row, 6, u.percentOfQuota / 100.0, percent);
        str(row, 7, StatusText::label(u.status), text);
        if (u.change)
            worksheet_write_number(ws, row, 8, double(*u.change), change);
        if (u.rank > 0)
            worksheet_write_number(ws, row, 9, u.rank, nullptr);
        for (int p = 0; p < u.periodByProvider.size(); ++p)
            worksheet_write_number(ws, row, lxw_col_t(10 + p), double(u.periodByProvider[p]),
                                   integer);
        ++row;
    }
    str(row, 0, QString(), totalText);
    str(row, 1, tr("Tổng cộng"), totalText);
    worksheet_write_number(ws, row, 2, double(r.adults), totalInt);
    worksheet_write_number(ws, row, 3, double(r.goal), totalInt);
    worksheet_write_number(ws, row, 4, double(r.periodTotal), totalInt);
    worksheet_write_number(ws, row, 5, double(r.cumulative), totalInt);
    worksheet_write_number(ws, row, 6, r.percentOfGoal / 100.0, totalPercent);
    str(row, 7, StatusText::label(r.totalStatus), totalText);
    if (r.previousTotal)
        worksheet_write_number(ws, row, 8, double(r.periodTotal - *r.previousTotal), totalChange);
    else
        str(row, 8, QString(), totalText);
    str(row, 9, QString(), totalText);
    for (int p = 0; p < r.periodByProvider.size(); ++p)
        worksheet_write_number(ws, row, lxw_col_t(10 + p), double(r.periodByProvider[p]), totalInt);

    const double widths[] = {5, 26, 12, 11, 10, 11, 11, 17, 12, 7};
    for (int c = 0; c < 10; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    if (!r.providers.isEmpty())
        worksheet_set_column(ws, 10, lxw_col_t(9 + r.providers.size()), 14, nullptr);
    worksheet_freeze_panes(ws, headerRow + 1, 2);
    worksheet_repeat_rows(ws, headerRow, headerRow);
    worksheet_set_paper(ws, 9); // A4
    worksheet_fit_to_pages(ws, 1, 0);

    // A sheet per target group ("Nhóm 1"…): its title and goal rule, a row per
    // unit (a size, goal or % not known: "chưa có"), the total line and what it sums.
    for (int g = 0; g < r.groups.size(); ++g) {
        const GroupProgress& group = r.groups[g];
        const QByteArray name = tr("Nhóm %1").arg(g + 1).toUtf8();
        lxw_worksheet* gs = workbook_add_worksheet(wb, name.constData());
        if (!gs) {
            workbook_close(wb);
            throw ReportError(
                tr("Tên trang tính \"%1\" không hợp lệ.").arg(QString::fromUtf8(name)));
        }
        auto put = [&](lxw_row_t row, lxw_col_t col, const QString& s, lxw_format* f) {
            worksheet_write_string(gs, row, col, s.toUtf8().constData(), f);
        };
        auto number = [&](lxw_row_t row, lxw_col_t col, std::optional<double> v, lxw_format* f,
                          lxw_format* textFormat) {
            if (v)
                worksheet_write_number(gs, row, col, *v, f);
            else
                put(row, col, ReportBuilder::notKnown(), textFormat);
        };
        auto asDouble = [](std::optional<qint64> n) {
            return n ? std::optional<double>(double(*n)) : std::nullopt;
        };
        auto fraction = [](std::optional<double> p) {
            return p ? std::optional<double>(*p / 100.0) : std::nullopt;
        };
        put(0, 0, r.organisation, totalText);
        put(1, 0, ReportBuilder::groupTitle(r, g), title);
        put(2, 0,
            tr("%1 · Lũy kế đến ngày %2 · Ngày lập: %3 · %4")
                .arg(ReportBuilder::groupGoalRule(group, true), fmt.date(r.to), fmt.date(r.madeOn),
                     r.dataLine()),
            text);
        const QStringList groupTitles = ReportBuilder::groupColumnTitles();
        for (int c = 0; c < groupTitles.size(); ++c)
            put(headerRow, lxw_col_t(c), groupTitles[c], header);
        worksheet_set_row(gs, headerRow, 30, nullptr);
        lxw_row_t gr = headerRow + 1;
        for (int i = 0; i < group.units.size(); ++i, ++gr) {
            const GroupUnitProgress& u = group.units[i];
            worksheet_write_number(gs, gr, 0, r.rows[i].number, nullptr);
            put(gr, 1, r.rows[i].name, text);
            number(gr, 2, asDouble(u.size), integer, text);
            number(gr, 3, asDouble(u.goal), integer, text);
            worksheet_write_number(gs, gr, 4, double(u.cumulative), integer);
            number(gr, 5, fraction(u.percentOfGoal), percent, text);
        }
        put(gr, 0, QString(), totalText);
        put(gr, 1, tr("Tổng cộng"), totalText);
        number(gr, 2, asDouble(ReportBuilder::groupTotalSize(group)), totalInt, totalText);
        number(gr, 3, asDouble(ReportBuilder::groupTotalGoal(group)), totalInt, totalText);
        worksheet_write_number(gs, gr, 4, double(group.cumulative), totalInt);
        number(gr, 5, fraction(group.percentOfGoal), totalPercent, totalText);
        put(gr + 1, 0, ReportBuilder::groupTotalNote(group), text);
        const double groupWidths[] = {5, 26, 14, 14, 11, 12};
        for (int c = 0; c < 6; ++c)
            worksheet_set_column(gs, lxw_col_t(c), lxw_col_t(c), groupWidths[c], nullptr);
        worksheet_freeze_panes(gs, headerRow + 1, 2);
        worksheet_repeat_rows(gs, headerRow, headerRow);
        worksheet_set_paper(gs, 9); // A4
        worksheet_fit_to_pages(gs, 1, 0);
    }

    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        throw ReportError(
            tr("Không ghi được bảng tính: %1").arg(QString::fromUtf8(lxw_strerror(err))));
    QFile file(dir.filePath(u"report.xlsx"_s));
    if (!file.open(QIODevice::ReadOnly))
        throw ReportError(tr("Không đọc lại được bảng tính tạm: %1").arg(file.errorString()));
    return file.readAll();
}

void ReportExport::write(const WeeklyReport& report, ReportFormat format, const QString& path,
                         ReportLayout layout)
{
    QByteArray bytes;
    switch (format) {
    case ReportFormat::Pdf:
        bytes = pdf(report, layout);
        break;
    case ReportFormat::Odt:
        bytes = OfficialDocument::odt(report);
        break;
    case ReportFormat::Xlsx:
        bytes = xlsx(report);
        break;
    case ReportFormat::Csv:
        bytes = csv(report);
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ReportError(tr("Không ghi được tệp %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw ReportError(tr("Không ghi được tệp %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace signtally
