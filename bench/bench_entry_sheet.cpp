// A clerk keying one paper sheet into the entry grid, both layouts, by
// keyboard: a real EntryPage (its EntryTableView) driven with QTest key
// events, offscreen. A sheet is one population's counts for every unit on one
// day (units × providers numbers). Two ways to reach a group's cells:
//   one group at a time: Ctrl+Shift+G, Down to the group, Enter (the group
//     selector), then the grid shows that group only;
//   column blocks ("Mọi nhóm theo khối cột", Ctrl+Shift+K, kept in the
//     settings): every group's block side by side; Right arrows to the
//     group's block (Tab then stays in it, row after row).
// Figures, per layout: the keystrokes (digits, Tab, navigation, Ctrl+S) and
// the wall time of driving them and saving, for the sheet of the last group
// (the farthest block) and for a pile of sheets, one per population. The
// selector's keys are counted as a clerk presses them; the choice itself is
// made with GroupSelector's call (its popup has its own event loop).
#include "Bench.h"
#include "core/Clock.h"
#include "gui/entry/EntryPage.h"
#include "gui/entry/EntryTableView.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"

#include <QApplication>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace signtally::bench {
namespace {

// Presses keys in the grid (into the open editor when there is one) and counts them.
struct Keyboard
{
    EntryTableView* view;
    int keys = 0;

    QWidget* target() const
    {
        QWidget* editor = view->isEditing() ? view->indexWidget(view->currentIndex()) : nullptr;
        return editor ? editor : view;
    }
    void press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(target(), key, mods);
        QApplication::processEvents(); // Enter commits the cell queued
        ++keys;
    }
    void type(qint64 n)
    {
        for (const QChar c : QString::number(n)) {
            QTest::keyClick(target(), c.toLatin1());
            ++keys;
        }
    }
};

// A paper sheet: one population's numbers for every unit on one day, units ×
// providers. The numbers (up to 3 digits, as a day's are) stay within what the
// entry rules let the unit's day take: its size less its other days' counts.
using Sheet = QVector<QVector<qint64>>;

Sheet makeSheet(const CampaignData& whole, int group, int day)
{
    const TallyMatrix& tallies = group < 0 ? whole.tallies : whole.groups[group].readTallies();
    const QVector<Unit> units = group < 0 ? whole.units : whole.unitsOfGroup(group);
    const int providers = int(whole.providers.size());
    Sheet sheet(units.size(), QVector<qint64>(providers));
    for (int u = 0; u < units.size(); ++u) {
        qint64 others = 0;
        for (int d = 0; d < whole.campaign.days(); ++d)
            for (int p = 0; p < providers && d != day; ++p)
                others += tallies.value(u, d, p).value_or(0);
        const qint64 room = std::max<qint64>(0, (units[u].adults - others) / providers);
        for (int p = 0; p < providers; ++p)
            sheet[u][p] = (u * 37 + p * 11 + group * 5 + 40) % 140 % (room + 1);
    }
    return sheet;
}

struct Figures
{
    int keys = 0;
    int navigation = 0; // of keys: reaching the group's cells
    double ms = 0;
};

// A sheet typed from the grid's current cell, which is the block's first
// cell of the first row: digits and Tab, Tab wrapping.
void typeSheet(Keyboard& kb, const Sheet& sheet)
{
    for (const QVector<qint64>& row : sheet)
        for (const qint64 n : row) {
            kb.type(n);
            kb.press(Qt::Key_Tab);
        }
}

void checkSheet(const TallyMatrix& tallies, int day, const Sheet& sheet)
{
    for (int u = 0; u < sheet.size(); ++u)
        for (int p = 0; p < sheet[u].size(); ++p)
            if (tallies.value(u, day, p) != std::optional<qint32>(qint32(sheet[u][p])))
                qFatal("entry_sheet: unit %d provider %d not saved", u, p);
}

// Keys the sheets in turn. `reach` brings the grid's cursor to the first
// cell of a population's cells (-1: the whole population's) and returns the
// keys it took; with savePerSheet, Ctrl+S after each sheet (the one-group
// grid saves before another group is chosen), else once at the end.
Figures drive(EntryPage& page, const QVector<int>& populations, const QVector<Sheet>& sheets,
              const std::function<int(Keyboard&, int)>& reach, bool savePerSheet)
{
    Keyboard kb{page.view()};
    Figures f;
    QElapsedTimer t;
    t.start();
    const auto save = [&] {
        kb.keys += 1; // Ctrl+S
        if (!page.model()->save())
            qFatal("entry_sheet: not saved: %s", qPrintable(page.model()->lastMessage()));
    };
    for (int i = 0; i < populations.size(); ++i) {
        f.navigation += reach(kb, populations[i]);
        typeSheet(kb, sheets[i]);
        if (savePerSheet)
            save();
    }
    if (!savePerSheet)
        save();
    f.ms = t.nsecsElapsed() / 1e6;
    f.keys = kb.keys;
    return f;
}

// One group at a time: Ctrl+Shift+G, Up/Down from the group shown to this
// one, Enter; the page then puts the cursor on the first cell.
int chooseGroup(CampaignSession& session, Keyboard& kb, int group)
{
    const int shown = session.viewedGroup();
    if (group == shown)
        return 0;
    session.viewGroup(group);
    const int keys = 2 + std::abs(group - shown);
    kb.keys += keys;
    return keys;
}

// Column blocks: to the block's first cell, up to the first row, then along.
int goToBlock(EntryPage& page, Keyboard& kb, int group)
{
    EntryTableView* view = page.view();
    const int before = kb.keys;
    while (view->currentIndex().row() > 0)
        kb.press(Qt::Key_PageUp);
    const int providers = int(page.model()->session()->data().providers.size());
    const int target = page.model()->providerColumn((group + 1) * providers);
    for (int column = view->currentIndex().column(); column < target; ++column)
        kb.press(Qt::Key_Right);
    for (int column = view->currentIndex().column(); column > target; --column)
        kb.press(Qt::Key_Left);
    if (view->currentIndex().column() != target || view->currentIndex().row() != 0)
        qFatal("entry_sheet: the block of group %d not reached", group);
    return kb.keys - before;
}

void run(const BenchContext& ctx)
{
    if (ctx.groups < 1) {
        report("entry_sheet_skipped_without_groups", 1, "flag");
        return;
    }
    const FixedClock clock(QDate(2999, 1, 1)); // every day of the campaign can be entered
    int copies = 0;
    auto measure = [&](const char* name, bool blocks, const QVector<int>& populations) {
        CampaignSession session(openCopy(ctx, u"entry-sheet-%1.sqlite"_s.arg(++copies)), clock);
        session.setOutsideChangeInterval(0);
        EntryPage page(&session);
        page.resize(1366, 768);
        page.show();
        QApplication::processEvents();
        page.model()->setWarningHandler([](const QString&) { return true; });
        page.setBlocks(blocks);
        // The last day of a week that is not locked.
        for (QDate d = session.calendar().end(); d >= session.calendar().start();
             d = d.addDays(-7)) {
            page.goToDate(d);
            if (!page.model()->isLocked())
                break;
        }
        page.view()->setFocus();
        page.view()->setCurrentIndex(page.proxy()->index(0, page.model()->providerColumn(0)));
        QApplication::processEvents();
        if (blocks) {
            int width = 0;
            for (int c = 0; c < page.model()->columnCount(); ++c)
                width += page.view()->columnWidth(c);
            report("entry_blocks_grid_columns_px", width, "px");
        }
        const int day = session.calendar().dayIndex(page.model()->date());
        QVector<Sheet> sheets;
        for (int g : populations)
            sheets << makeSheet(session.completeData(), g, day);
        const Figures f =
            blocks ? drive(
                         page, populations, sheets,
                         [&](Keyboard& kb, int g) { return goToBlock(page, kb, g); }, false)
                   : drive(
                         page, populations, sheets,
                         [&](Keyboard& kb, int g) { return chooseGroup(session, kb, g); }, true);
        const CampaignData& whole = session.completeData();
        for (int i = 0; i < populations.size(); ++i) {
            const int g = populations[i];
            checkSheet(g < 0 ? whole.tallies : whole.groups[g].readTallies(), day, sheets[i]);
        }
        const QString prefix = QString::fromLatin1(name) + (blocks ? u"_blocks"_s : u"_single"_s);
        report(qPrintable(prefix + u"_keys"_s), f.keys, "keys");
        report(qPrintable(prefix + u"_navigation_keys"_s), f.navigation, "keys");
        report(qPrintable(prefix + u"_ms"_s), f.ms, "ms");
    };
    QVector<int> every{-1};
    for (int g = 0; g < ctx.groups; ++g)
        every << g;
    for (const bool blocks : {false, true}) {
        measure("entry_sheet_first_group", blocks, {0});
        measure("entry_sheet_last_group", blocks, {ctx.groups - 1});
        measure("entry_sheets_every_group", blocks, every);
    }
}

} // namespace
SIGNTALLY_BENCH(entry_sheet, 60, run);
} // namespace signtally::bench
