// libFuzzer target: any bytes as an .xlsx workbook through the zip reader
// (central directory, stored and deflated entries, the size and ratio
// limits), the workbook and shared strings, the sheet streamed as it
// inflates, and the planner. It must never crash, hang or read out of bounds;
// a workbook is either read or refused with an XlsxError; every row after the
// header is accounted for; the input file is never changed.
#include "FuzzSupport.h"
#include "import/ImportPlanner.h"
#include "import/XlsxReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <cstdlib>

using namespace signtally;
using fuzz::check;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"fuzz.xlsx"_s);
    const QByteArray input(reinterpret_cast<const char*>(bytes), qsizetype(size));
    {
        QFile f(path);
        check(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        check(f.write(input) == input.size());
    }
    try {
        const XlsxReader reader(path);
        check(!reader.sheetNames().isEmpty());
        const auto sheet = reader.openSheet(0);
        SheetRow row;
        int rows = 0;
        while (sheet->next(row) && ++rows < 100000) {
            check(row.cellCount >= 0 && row.cellCount <= row.cells.size());
            check(row.cellCount <= 16384);
        }
    } catch (const XlsxError& e) {
        check(!e.message().isEmpty());
    }
    ImportPlanner planner(fuzz::campaign(), {}, {2});
    planner.addFile(path);
    const ImportPlan plan = planner.finish();
    check(plan.files.size() == 1);
    const ImportAccount& a = plan.files[0].account;
    check(a.rowsAddUp() && a.figuresAddUp());
    check(a.complete || plan.hasErrors() || plan.nothingToDo());
    for (const ImportIssue& e : plan.errors)
        check(!e.message.isEmpty());
    QFile f(path);
    check(f.open(QIODevice::ReadOnly) && f.readAll() == input);
    return 0;
}
