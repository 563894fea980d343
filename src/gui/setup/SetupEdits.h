#pragma once

// What the set-up editor's tables do to a CampaignSetup, without widgets:
// the units table's columns, reading a typed or pasted cell, pasting a block
// from a spreadsheet, moving rows. The tabs call these; tests can too.

#include "core/CampaignSetup.h"

#include <QCoreApplication>
#include <optional>

namespace signtally {

class SetupEdits
{
    Q_DECLARE_TR_FUNCTIONS(SetupEdits)
public:
    // The units table, left to right.
    enum UnitColumn
    {
        UnitNumber,
        UnitName,
        UnitKindColumn,
        UnitPopulation,
        UnitQuota,
        UnitAliases,
        UnitHidden,
        UnitColumnCount
    };
    static QString unitColumnTitle(int column);
    // A kind as typed or pasted: its name in either language or its code.
    static std::optional<UnitKind> kindFromText(const QString& text);

    // A count typed in a cell: empty is "none"; otherwise a count
    // (CountParser: "8.912", "8912"). On error, `error` says why.
    static std::optional<qint64> parseCount(const QString& text, bool* ok, QString* error);
    static QString countText(std::optional<qint64> n);
    // "Tên khác": separated by ";" or ",".
    static QStringList parseAliases(const QString& text);
    // "Ẩn khi nhập" as pasted: x, có, 1, yes, true are hidden.
    static bool parseFlag(const QString& text);

    // Sets one cell of the units table (row, column) from text, as typing
    // does: a quota typed is marked as typed by hand, an empty quota goes back
    // to being apportioned. Returns the problem, naming the cell, or empty.
    static QString setUnitCell(CampaignSetup& setup, int row, int column, const QString& text);
    // Pastes a tab-separated block (rows by newline) with its top-left cell at
    // (row, column); rows past the end become new units. All or nothing: the
    // first bad cell is returned (named) and `setup` is left unchanged.
    static QString pasteUnits(CampaignSetup& setup, int row, int column, const QString& text);

    // Why a unit or provider with tallies is not removed.
    static QString hideInstead(const QString& name);
    // A code not used by any of `taken`, from `base` ("nhom-moi", "nhom-moi-2", …).
    static QString freeCode(const QString& base, const QStringList& taken);
    // The same, for a list of providers or groups (their codes).
    template <typename T> static QString freeCode(const QString& base, const QVector<T>& items)
    {
        QStringList codes;
        for (const T& item : items)
            codes << item.code;
        return freeCode(base, codes);
    }
};

} // namespace signtally
