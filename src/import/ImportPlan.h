#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>
#include <optional>

namespace signtally {

// Where a value came from: a file of the import, a line/row and a column.
struct ImportPlace
{
    int file = -1;
    int line = 0;
    int column = -1;
};

// One count the files report for a cell (unit × date × provider), indexes
// into CampaignData's units/providers; day is the campaign day index.
struct ImportRow
{
    int unit = -1;
    int day = -1;
    int provider = -1;
    qint64 count = 0;
    std::optional<qint64> stored; // the value in the database when planned
    ImportPlace place;
};

// What a row with an error said, as far as it was read (the unit's name when
// it matched, else the text; the date dd/MM/yyyy; the provider), for the
// preview's columns. Empty where it was not read.
struct ImportRowText
{
    QString unit;
    QString date;
    QString provider;
};

struct ImportIssue
{
    QString place;           // "file.csv:12" or "file.xlsx:Trang1!C7" or "file.csv"
    QString message;         // translated reason
    QStringList suggestions; // closest unit names, for an unknown unit
    ImportRowText read;      // the row's unit, date and provider, where read
    QString text() const;    // "place: message (Có phải: …?)"
};

// Where every row after a file's header went, and every figure of those rows:
//   rows    = figureRows + errorRows + blank + totals + empty
//   figures = added + changed + identical + duplicates + figureErrors
// (figures: the non-blank value cells of the figure rows). Nothing read is
// left out of both sums.
struct ImportAccount
{
    bool complete = false; // the rows were read (false: the file was refused before them)
    qint64 headerRows = 0; // rows up to and including the header (CSV: records)
    qint64 rows = 0;       // rows after the header
    qint64 figureRows = 0; // rows whose figures were read
    qint64 errorRows = 0;  // rows refused whole (unit, date, provider, quoting, unreadable cell)
    qint64 blank = 0;      // skipped: blank
    qint64 totals = 0;     // skipped: a total row ("Tổng cộng")
    qint64 empty = 0;      // skipped: a unit but no figure (a footer, a commune not reporting)
    qint64 figures = 0;
    qint64 added = 0;
    qint64 changed = 0;
    qint64 identical = 0;
    qint64 duplicates = 0; // skipped: the same cell and value as an earlier row
    qint64 figureErrors = 0;
    bool rowsAddUp() const { return rows == figureRows + errorRows + blank + totals + empty; }
    bool figuresAddUp() const
    {
        return figures == added + changed + identical + duplicates + figureErrors;
    }
};

// What one file of the import was read as.
struct ImportFileInfo
{
    QString path;
    QString name;     // the file name: the audit's source
    QString sheet;    // xlsx sheet read
    QString encoding; // text files
    QString delimiter;
    QString form;     // "long", "wide-dates", "wide-providers"
    int rowsRead = 0; // rows after the header (account.rows)
    ImportAccount account;
};

// The preview of an import: what would be added, changed and left alone, and
// every error. Nothing is written while errors remain; changed rows need
// an explicit replace.
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    static constexpr int MaxErrors = 1000; // more are counted, not kept

    QVector<ImportFileInfo> files;
    QVector<ImportRow> added;
    QVector<ImportRow> changed;
    QVector<ImportRow> identical;
    QVector<ImportIssue> errors;
    // The entry grid's warnings (core/EntryRules) for the unit-days the import
    // raises, at the line of the unit-day's first count; errors with --strict.
    QVector<ImportIssue> warnings;
    int moreWarnings = 0; // warnings beyond MaxErrors
    int moreErrors = 0;   // errors beyond MaxErrors
    QStringList notes;    // things worth knowing that are not errors (ignored columns)
    bool cancelled = false;

    bool hasErrors() const { return !errors.isEmpty() || moreErrors > 0; }
    int errorCount() const { return int(errors.size()) + moreErrors; }
    int warningCount() const { return int(warnings.size()) + moreWarnings; }
    bool nothingToDo() const { return added.isEmpty() && changed.isEmpty(); }
    QString placeText(const ImportPlace& place) const;
};

} // namespace signtally
