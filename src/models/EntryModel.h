#pragma once

#include "models/CellHistory.h"
#include "models/EntryEdits.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>
#include <functional>
#include <optional>

class QUndoStack;

namespace signtally {

class CampaignSession;

// The daily entry grid: one row per unit of the campaign, one editable column
// per provider for the selected date, then the day's total, the cumulative to
// the date and the % of quota (read-only).
//
// Edits stay in the model (marked) until save() writes them in one audited
// transaction through CampaignSession::applyChanges. Every edit, clear and
// paste is one step on undoStack(). Bad values are refused at the cell with a
// message (cellError, ToolTipRole, message()); unusual values go through the
// warning handler first (see EntryRules and docs/entry.md). A day in a locked
// week cannot be edited. Values come from the session's TallyMatrix: changing
// the date never queries the tallies per cell.
//
// The work is shared out: EntryEdits holds the day's cells and edits and
// checks the rules, EntryEditCommand is an undo step, EntryClipboard reads and
// writes copied blocks, CellHistory words the audit. EntryModel.cpp is the
// table (date, figures, display); EntryModelEditing.cpp turns keys and pastes
// into undo steps; EntryModelWrites.cpp saves, resolves conflicts and locks weeks.
//
// Column blocks (setBlocks, the page's "Mọi nhóm theo khối cột"): while the
// whole population is viewed and the campaign has target groups, the provider
// columns come once per block, the whole population's first, then each
// group's; each block has its own cells, rules and completeness, and saves
// into its own group's tallies. A "provider" argument below is then the
// entry column's index, block × providers + provider (blockOf, providerIn).
class EntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        SearchKeyRole = Qt::UserRole + 1, // diacritic-free name and aliases, for the filter
        UnitIdRole,
        CellStatusRole, // CellStatus of a provider cell
    };
    enum class CellStatus
    {
        NotReported,
        Reported,
        Edited,
        Error
    };
    static constexpr int UnitColumn = 0;

    explicit EntryModel(CampaignSession* session, QObject* parent = nullptr);
    ~EntryModel() override;

    CampaignSession* session() const { return m_session; }
    // The entry columns: the providers, once per block.
    int providerCount() const { return blockCount() * m_providers; }
    int providerColumn(int provider) const { return 1 + provider; }
    int providerOf(int column) const; // -1 for the other columns
    int dayTotalColumn() const { return 1 + providerCount(); }
    int cumulativeColumn() const { return 2 + providerCount(); }
    int percentColumn() const { return 3 + providerCount(); }

    // Column blocks (see above): the model resets when their number changes;
    // unsaved edits and the undo history are dropped (ask first).
    void setBlocks(bool on);
    bool blocksWanted() const { return m_wantBlocks; }
    int blockCount() const { return 1 + int(m_groupEdits.size()); }
    int blockOf(int provider) const { return m_providers > 0 ? provider / m_providers : 0; }
    int providerIn(int provider) const { return m_providers > 0 ? provider % m_providers : 0; }
    // The target group a block saves into (-1: the session's own tallies).
    int groupOfBlock(int block) const { return block - 1; }
    QString blockName(int block) const;
    QString blockHeaderName(int block) const; // shortened for a column's header
    // The provider's name, after its block's with blocks ("Nhóm — Nhà mạng").
    QString columnName(int provider) const;

    QDate date() const { return m_date; }
    // Shows another date of the campaign. Unsaved edits and the undo history
    // are dropped: ask the user first (isDirty). False for a date outside.
    bool setDate(QDate date);
    int week() const;
    bool isLocked() const { return m_locked; }
    // The date is after today (the session's clock): nothing can be entered for it yet.
    bool isFuture() const;
    bool isEditable() const;
    // Why the day cannot be edited (locked week, read-only file), or empty.
    QString readOnlyReason() const;

    // The row of a unit named as people type it: the exact name or alias
    // first ("Chợ Đồn" for "Xã Chợ Đồn"), else the first whose name contains
    // the text ignoring case and diacritics ("cho don"); -1 when none.
    int findUnit(const QString& text) const;

    std::optional<qint64> value(int row, int provider) const; // with unsaved edits
    std::optional<qint64> savedValue(int row, int provider) const;
    bool isEdited(int row, int provider) const;
    QString cellError(int row, int provider) const;
    bool isDirty() const;
    int editedCount() const;
    // The row's figures of the first block (the viewed population).
    qint64 dayTotal(int row) const;
    bool reported(int row) const;
    qint64 cumulative(int row) const; // up to and including the date

    // Edits, each one undo step. False when refused (the reason is at the
    // cells and in message()) or when the user declined a warning.
    bool setCount(int row, int provider, std::optional<qint64> count);
    bool setCellText(int row, int provider, const QString& text);
    bool clearCells(const QModelIndexList& indexes);
    // Tab-separated rows (as copied from a spreadsheet) into the provider cells
    // from firstColumn on, one line per row of `rows` (the visible rows from
    // the current one, in order).
    bool paste(const QList<int>& rows, int firstColumn, const QString& text);
    bool paste(const QModelIndex& start, const QString& text);
    // The cells as tab-separated rows, for the clipboard.
    QString copy(const QModelIndexList& indexes) const;

    QUndoStack* undoStack() const { return m_undo; }
    // Asked before a change with warnings (the text lists them): true goes on.
    // Without a handler warnings are accepted.
    void setWarningHandler(std::function<bool(const QString&)> handler);

    // Writes the unsaved edits in one transaction. False (and nothing written)
    // when the database refuses; error gets the reason.
    bool save(QString* error = nullptr);

    // Cells another window or process changed in the file after this grid
    // loaded them. save() writes nothing while there are any; the edits stay.
    struct Conflict
    {
        int row = 0;
        int provider = 0;
        std::optional<qint64> mine;
        std::optional<qint64> theirs;
    };
    const QVector<Conflict>& conflicts() const { return m_conflicts; }
    // keepMine: write my values over theirs; otherwise take theirs for those
    // cells (my other edits are still saved). Returns what save() returns.
    bool resolveConflicts(bool keepMine, QString* error = nullptr);
    void discard();

    // The week of the date: lock once its report has gone out; unlock needs a reason.
    bool lockWeek(const QString& reason, QString* error = nullptr);
    bool unlockWeek(const QString& reason, QString* error = nullptr);

    // Completeness of the date (unsaved edits included), of the first block
    // or of the given one.
    int reportedCount() const { return reportedCount(0); }
    int reportedCount(int block) const;
    QVector<int> unreportedRows() const;

    using HistoryRow = CellHistory::Row;
    // Where a change came from, as people read it (CellHistory::sourceLabel).
    static QString sourceLabel(const QString& source) { return CellHistory::sourceLabel(source); }
    // Every change of the unit's cells on the date, newest first.
    QVector<HistoryRow> history(int row) const;

    QString lastMessage() const { return m_lastMessage; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void message(const QString& text); // for the status bar: refusals, saves
    void dirtyChanged(bool dirty);
    void dateChanged(QDate date);
    void lockChanged(bool locked);
    void countsChanged(); // any shown value changed (edits, undo, save, reload)

private:
    EntryEdits& edits(int block) { return block == 0 ? m_edits : m_groupEdits[block - 1]; }
    const EntryEdits& edits(int block) const
    {
        return block == 0 ? m_edits : m_groupEdits[block - 1];
    }
    void clearEdits(); // every block's
    void loadDay();
    void onTalliesChanged();
    // A Setup notice (another campaign, or its units, providers or dates
    // changed): the rows and columns anew, a date in the campaign, no edits.
    void reloadSetup();
    void readSetup(); // the campaign's id, sizes and search keys
    bool propose(QVector<CellEdit> edits, const QString& undoText);
    void applyEdits(const QVector<CellEdit>& edits, bool forward);
    void emitRowsChanged(const QList<int>& rows);
    void setMessage(const QString& text);
    // The reason goes to *error and to message(); returns false.
    bool refuse(QString* error, const QString& reason);
    void markErrors(int block, const QHash<int, QString>& errors); // keys of that block
    // The edits of one block, with its own provider indexes.
    QVector<CellEdit> editsOfBlock(const QVector<CellEdit>& edits, int block) const;

    CampaignSession* m_session;
    qint64 m_campaignId = 0;
    int m_units = 0;
    int m_providers = 0;
    QDate m_date;
    bool m_locked = false;
    EntryEdits m_edits;               // the date's cells: saved values, edits, errors, warnings
    QVector<EntryEdits> m_groupEdits; // with column blocks: each group's
    bool m_wantBlocks = false;
    QVector<Conflict> m_conflicts;
    QStringList m_searchKeys;
    QUndoStack* m_undo;
    std::function<bool(const QString&)> m_warningHandler;
    QString m_lastMessage;
};

} // namespace signtally
