#pragma once

#include "import/CellParser.h"
#include "import/ImportDetail.h"
#include "import/LayoutDetector.h"

#include <QCoreApplication>
#include <optional>

namespace signtally {
struct ImportOptions;
}

namespace signtally::detail {

// The date and provider for the rows of a sheet that give none.
struct RowContext
{
    std::optional<QDate> date;
    int provider = -1;
    // A "Ngày:" or "Nhà mạng:" cell that could not be read (each one an error
    // at its place); the sheet's rows are then not read.
    struct CellError
    {
        int line = 0;
        int column = -1;
        QString message;
    };
    QVector<CellError> cellErrors;
    QString fileError; // why the rows cannot be read (an error of the file)
};

// Works out a sheet's context: a "Ngày:"/"Nhà mạng:" cell above the header
// (the template writes them), then the options (which must agree with the
// sheet), then a date in the file name.
class ImportContext
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)
public:
    ImportContext(const CampaignData& data, const ImportOptions& options, const CellParser& cells,
                  Lookups& lookups)
        : m_data(data), m_options(options), m_cells(cells), m_lookups(lookups)
    {}
    RowContext resolve(const SheetLayout& layout, const QString& fileName);

private:
    // The cells above the header; false when one of them is wrong.
    bool readPreamble(const QVector<SheetRow>& preamble, RowContext& context);
    // The options over the sheet's context; false when they disagree.
    bool applyOptions(RowContext& context) const;
    static std::optional<QDate> dateInFileName(const QString& fileName);

    const CampaignData& m_data;
    const ImportOptions& m_options;
    const CellParser& m_cells;
    Lookups& m_lookups;
};

} // namespace signtally::detail
