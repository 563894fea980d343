#pragma once

#include "import/ImportDetail.h"
#include "import/RowReader.h"
#include "import/SheetSource.h"

#include <functional>

namespace signtally::detail {

// Reads what is left of a long CSV in pieces, every piece but the first on a
// thread of its own; the rows reach the plan in the file's order, so the plan
// is the same as with one thread.
class ParallelCsvReader
{
public:
    // Reads the source's rows from its position to its end straight into the
    // plan; false when cancelled.
    using ReadInOrder = std::function<bool(CsvSheetSource& source)>;
    // Puts rows read on a thread into the plan, lineOffset added to their lines.
    using Take = std::function<void(const ReadRows& rows, int lineOffset)>;

    ParallelCsvReader(const RowReader& reader, const Lookups& lookups,
                      std::function<bool()> cancelled)
        : m_reader(reader), m_lookups(lookups), m_cancelled(std::move(cancelled))
    {}
    // The source cut into `count` pieces at line breaks; false when cancelled.
    bool read(CsvSheetSource& source, int count, const ReadInOrder& readInOrder,
              const Take& take) const;

private:
    const RowReader& m_reader;
    const Lookups& m_lookups; // each thread starts from a copy
    std::function<bool()> m_cancelled;
};

} // namespace signtally::detail
