#pragma once

#include "report/ReportDocument.h"
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
    Csv,
    Odt, // the official form as OpenDocument text, to edit in Word or LibreOffice
};

// Writes a report as PDF, Excel workbook, CSV or OpenDocument text. Every
// file goes through QSaveFile: on any error nothing is left at the target path.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    // By the file name's extension (.pdf, .xlsx, .csv, .odt; any case); none otherwise.
    static std::optional<ReportFormat> formatForPath(const QString& path);

    // Throws ReportError with one sentence naming the file. `layout` is the
    // PDF's form (the .odt is always the official one).
    static void write(const WeeklyReport& report, ReportFormat format, const QString& path,
                      ReportLayout layout = ReportLayout::Official);

    // UTF-8 with a byte-order mark (Excel then shows Vietnamese correctly),
    // a header row, one row per unit and a total row; counts as plain integers;
    // the period's count per provider in the last columns.
    static QByteArray csv(const WeeklyReport& report);
    static QByteArray pdf(const WeeklyReport& report, ReportLayout layout = ReportLayout::Official);
    // libxlsxwriter writes to a path: a temporary file is made and its bytes returned.
    static QByteArray xlsx(const WeeklyReport& report);

    // Column titles shared by the CSV and the sheet: the ten fixed ones, then
    // "Kỳ này: Viettel" for each provider of the report.
    static QStringList columnTitles(const QStringList& providers = {});
};

} // namespace signtally
