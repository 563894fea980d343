#include "import/ImportTemplate.h"

#include "core/VnFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <stdexcept>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

[[noreturn]] void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

} // namespace

void ImportTemplate::write(const CampaignData& data, QDate from, QDate to, int provider,
                           const QString& path)
{
    if (!from.isValid() || !to.isValid() || to < from)
        fail(tr("Khoảng ngày của mẫu không hợp lệ."));
    if (!data.campaign.contains(from) || !data.campaign.contains(to))
        fail(tr("Các ngày của mẫu phải nằm trong đợt (%1–%2).")
                 .arg(Format().date(data.campaign.start), Format().date(data.campaign.end)));

    QTemporaryDir tmp;
    if (!tmp.isValid())
        fail(tr("Không tạo được thư mục tạm."));
    const QByteArray tmpPath = QFile::encodeName(tmp.filePath(u"template.xlsx"_s));

    lxw_workbook* wb = workbook_new(tmpPath.constData());
    if (!wb)
        fail(tr("Không tạo được bảng tính."));
    lxw_worksheet* ws = workbook_add_worksheet(wb, tr("Số liệu").toUtf8().constData());
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xDDE7F0);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_num_format(header, "@");
    lxw_format* fill = workbook_add_format(wb);
    format_set_bg_color(fill, 0xFFF2CC);
    format_set_border(fill, LXW_BORDER_THIN);
    lxw_format* cell = workbook_add_format(wb);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_num_format(cell, "#,##0");
    lxw_format* text = workbook_add_format(wb);
    format_set_border(text, LXW_BORDER_THIN);
    lxw_format* note = workbook_add_format(wb);
    format_set_italic(note);

    auto put = [&](int r, int c, const QString& s, lxw_format* f) {
        worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), s.toUtf8().constData(), f);
    };
    const Format fmt;
    put(0, 0, tr("Đợt:"), bold);
    put(0, 1, data.campaign.name, nullptr);
    put(1, 0, tr("Nhà mạng:"), bold);
    if (provider >= 0 && provider < data.providers.size())
        put(1, 1, data.providers[provider].name, fill);
    else
        worksheet_write_blank(ws, 1, 1, fill);
    put(2, 0, tr("Từ ngày:"), bold);
    put(2, 1, fmt.date(from), nullptr);
    put(2, 2, tr("Đến ngày:"), bold);
    put(2, 3, fmt.date(to), nullptr);
    put(3, 0,
        tr("Điền số chữ ký số công cộng của từng ngày; để trống ô chưa có số liệu (không ghi 0 "
           "nếu chưa báo cáo)."),
        note);

    const int h = HeaderRow - 1;
    put(h, 0, tr("TT"), header);
    put(h, 1, tr("Đơn vị"), header);
    const int days = int(from.daysTo(to)) + 1;
    for (int d = 0; d < days; ++d)
        put(h, 2 + d, fmt.date(from.addDays(d)), header);
    for (int u = 0; u < data.units.size(); ++u) {
        const Unit& unit = data.units[u];
        worksheet_write_number(ws, lxw_row_t(h + 1 + u), 0, unit.number, text);
        put(h + 1 + u, 1, unit.name, text);
        for (int d = 0; d < days; ++d)
            worksheet_write_blank(ws, lxw_row_t(h + 1 + u), lxw_col_t(2 + d), cell);
    }
    worksheet_set_column(ws, 0, 0, 6, nullptr);
    worksheet_set_column(ws, 1, 1, 28, nullptr);
    worksheet_set_column(ws, 2, lxw_col_t(1 + days), 12, nullptr);
    worksheet_freeze_panes(ws, lxw_row_t(HeaderRow), 2);
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        fail(tr("Không ghi được bảng tính: %1").arg(QString::fromUtf8(lxw_strerror(err))));

    QFile written(tmp.filePath(u"template.xlsx"_s));
    if (!written.open(QIODevice::ReadOnly))
        fail(tr("Không đọc lại được bảng tính vừa tạo."));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        fail(tr("Không ghi được %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    out.write(written.readAll());
    if (!out.commit())
        fail(tr("Không ghi được %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
}

} // namespace signtally
