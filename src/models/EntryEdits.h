#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUndoCommand>
#include <QVector>
#include <functional>
#include <optional>

namespace signtally {

class CampaignCalendar;
class TallyMatrix;
struct Unit;

// tally_audit.source of what is keyed in the entry grid.
inline const QString EntrySource = QStringLiteral("entry");

// One cell of the grid from its value before to its value after.
struct CellEdit
{
    int row = 0;
    int provider = 0;
    std::optional<qint64> before;
    std::optional<qint64> after;
};

// The entry grid's day in memory: the saved value of every unit × provider
// cell of one date, the unsaved edits over them, the refusals and accepted
// warnings shown at the cells, and what EntryRules needs to know of the other
// days. Cells are numbered by key(row, provider). It holds no text of its own
// and sends nothing: EntryModel tells the views.
class EntryEdits
{
public:
    int key(int row, int provider) const { return row * m_providers + provider; }

    // The saved values of the day with this index and the other days' totals
    // (the edits, errors and warnings stay: see dropSavedEdits and clear).
    void load(const TallyMatrix& tallies, int units, int providers, int day);

    std::optional<qint64> value(int row, int provider) const; // with unsaved edits
    std::optional<qint64> saved(int row, int provider) const;
    bool isEdited(int row, int provider) const;
    QString error(int row, int provider) const;
    bool hasError(int row, int provider) const;
    QString warning(int row, int provider) const;
    bool hasWarning(int row, int provider) const;
    bool isDirty() const { return !m_pending.isEmpty(); }
    int editedCount() const { return int(m_pending.size()); }
    qint64 dayTotal(int row) const;
    bool reported(int row) const;
    qint64 cumulative(int row) const; // up to and including the day

    // Every unsaved edit, by key: before = the saved value, after = the edit.
    QVector<CellEdit> edits() const;
    // Applies the edits (forward: to their after values; back: to before)
    // and returns the rows they touch.
    QList<int> apply(const QVector<CellEdit>& edits, bool forward);
    QList<int> markErrors(const QHash<int, QString>& errors); // returns the rows
    void acceptWarnings(const QHash<int, QString>& warnings);
    void revert(int row, int provider); // drops the cell's edit
    // Edits that now equal what is saved (after a reload) are no longer edits.
    void dropSavedEdits();
    void forgetEdits(); // the edits were saved: no edits, no warnings
    void clear();       // no edits, errors or warnings

    // EntryRules over the edits (one verdict per unit whose day total grows),
    // by key for the cells and in row order for the messages.
    struct Verdicts
    {
        QHash<int, QString> errors;
        QHash<int, QString> warnings;
        QStringList rejectMessages;
        QStringList warnMessages;
    };
    Verdicts check(const QVector<CellEdit>& edits, const QVector<Unit>& units,
                   const CampaignCalendar& calendar) const;

private:
    int m_units = 0;
    int m_providers = 0;
    int m_day = 0;
    QVector<std::optional<qint64>> m_saved; // units × providers
    QHash<int, std::optional<qint64>> m_pending;
    QHash<int, QString> m_errors;
    QHash<int, QString> m_warnings; // accepted warnings, shown on the edited cells
    QVector<qint64> m_before;       // per unit: counts of the days before the day
    QVector<qint64> m_otherDays;    // per unit: counts of every other day
    QVector<QVector<qint64>> m_otherReported;
};

// One step of the grid's undo history: a set of cells from their values
// before to their values after (a typed value, a cleared block or a whole
// paste). `apply` changes the model's cells (EntryModel::applyEdits).
class EntryEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QVector<CellEdit>& edits, bool forward)>;
    EntryEditCommand(Apply apply, QVector<CellEdit> edits, const QString& text)
        : QUndoCommand(text), m_apply(std::move(apply)), m_edits(std::move(edits))
    {}
    void redo() override { m_apply(m_edits, true); }
    void undo() override { m_apply(m_edits, false); }

private:
    Apply m_apply;
    QVector<CellEdit> m_edits;
};

} // namespace signtally
