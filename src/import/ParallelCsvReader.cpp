#include "import/ParallelCsvReader.h"

#include <QScopeGuard>
#include <QThread>
#include <memory>
#include <vector>

namespace signtally::detail {

bool ParallelCsvReader::read(CsvSheetSource& source, int count, const ReadInOrder& readInOrder,
                             const Take& take) const
{
    // Cut what is left at line breaks. A cut can fall inside a quoted field;
    // the piece before it then reads past it, and the piece after it is read
    // again, in order, from where that one stopped.
    const qsizetype start = source.position();
    const qsizetype size = source.size();
    QVector<qsizetype> cuts = {start};
    for (int k = 1; k < count; ++k) {
        const qsizetype cut = source.nextLineStart(start + (size - start) * k / count);
        if (cut > cuts.back() && cut < size)
            cuts.push_back(cut);
    }
    cuts.push_back(size);

    // Every piece but the first on a thread of its own, its lines counted from 1.
    struct Piece
    {
        Lookups lookups;
        std::unique_ptr<CsvSheetSource> rows;
        ReadRows read;
        qsizetype end = 0; // where its last record ends
        int lines = 0;     // line breaks read
    };
    std::vector<Piece> pieces;
    std::vector<std::unique_ptr<QThread>> threads;
    const auto joinAll = qScopeGuard([&threads] {
        for (const auto& thread : threads)
            thread->wait();
    });
    for (qsizetype k = 1; k + 1 < cuts.size(); ++k)
        pieces.push_back(
            {m_lookups, std::make_unique<CsvSheetSource>(source, cuts[k], cuts[k + 1]), {}, 0, 0});
    for (Piece& piece : pieces) {
        threads.emplace_back(QThread::create([this, &piece] {
            SheetRow row;
            for (int n = 1; piece.rows->next(row); ++n) {
                m_reader.read(row, piece.lookups, piece.read);
                if (n % 4096 == 0 && m_cancelled())
                    break;
            }
            piece.end = piece.rows->position();
            piece.lines = piece.rows->nextLine() - 1;
        }));
        threads.back()->start();
    }

    // The first piece here, straight into the plan; then the others in order.
    source.setEnd(cuts[1]);
    bool complete = readInOrder(source);
    for (qsizetype k = 1; complete && k + 1 < cuts.size(); ++k) {
        threads[k - 1]->wait();
        Piece& piece = pieces[k - 1];
        source.setEnd(cuts[k + 1]);
        if (m_cancelled()) {
            complete = false;
        } else if (source.position() == cuts[k]) {
            take(piece.read, source.nextLine() - 1);
            source.seek(piece.end, source.nextLine() + piece.lines);
        } else {
            complete = readInOrder(source);
        }
        piece.read = {};
    }
    source.setEnd(-1);
    return complete;
}

} // namespace signtally::detail
