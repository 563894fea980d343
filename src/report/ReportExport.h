#pragma once

#include "report/WeeklyReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace signtally {

enum class ReportFormat
{
    Pdf,
    Xlsx,
    Csv
};

// Writes a report as PDF, Excel workbook or CSV. Every file goes through
// QSaveFile: on any error nothing is left at the target path.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    // By the file name's extension (.pdf, .xlsx, .csv; any case); none otherwise.
    static std::optional<ReportFormat> formatForPath(const QString& path);

    // Throws ReportError with one sentence naming the file.
    static void write(const WeeklyReport& report, ReportFormat format, const QString& path);

    // UTF-8 with a byte-order mark (Excel then shows Vietnamese correctly),
    // a header row, one row per unit and a total row; counts as plain integers.
    static QByteArray csv(const WeeklyReport& report);
    static QByteArray pdf(const WeeklyReport& report);
    // libxlsxwriter writes to a path: a temporary file is made and its bytes returned.
    static QByteArray xlsx(const WeeklyReport& report);

    // Column titles shared by the CSV and the sheet.
    static QStringList columnTitles();
};

} // namespace signtally
