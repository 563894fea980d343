#pragma once

#include "core/Campaign.h"
#include "import/CellParser.h"
#include "import/ImportDetail.h"
#include "import/SheetSource.h"

#include <QCoreApplication>

namespace signtally::detail {

// Reads a sheet's rows after its header into counts and errors, one row at a
// time. Thread-safe: touches nothing but the lookups and the rows it is given,
// so each piece of a long CSV is read on its own thread with its own lookups.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)
public:
    RowReader(const CampaignData& data, const RowLayout& layout)
        : m_data(data), m_layout(layout), m_cells(data.campaign)
    {}
    const RowLayout& layout() const { return m_layout; }
    void read(const SheetRow& row, Lookups& lookups, ReadRows& out) const;

private:
    const CampaignData& m_data;
    const RowLayout& m_layout;
    const CellParser m_cells;
};

} // namespace signtally::detail
