#pragma once

#include "models/EntryEdits.h"

#include <QCoreApplication>
#include <QHash>
#include <QModelIndexList>
#include <QString>
#include <QVector>

namespace signtally {

struct CampaignData;
class EntryModel;

// The entry grid's clipboard: a block of cells as tab-separated rows (as
// spreadsheets copy them), and such a block read back into cell edits. A
// block is pasted whole or not at all: one refused cell refuses it.
class EntryClipboard
{
    Q_DECLARE_TR_FUNCTIONS(EntryClipboard)
public:
    // The cells as tab-separated rows, the figures unformatted.
    static QString copy(const EntryModel& model, const QModelIndexList& indexes);

    struct Paste
    {
        QVector<CellEdit> edits;
        QHash<int, QString> errors; // the refused cells, by EntryEdits::key
        QString refusal;            // why nothing is pasted; empty when the edits apply
    };
    // `text` into the provider cells from firstProvider on, one line per row
    // of `rows` (the visible rows from the current one, in order).
    static Paste read(const EntryEdits& cells, const CampaignData& data, const QList<int>& rows,
                      int firstProvider, const QString& text);
};

} // namespace signtally
