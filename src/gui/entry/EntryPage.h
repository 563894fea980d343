#pragma once

#include "gui/Page.h"

#include <QModelIndexList>

class QAction;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace signtally {

class CampaignSession;
class CellHistoryPanel;
class CompletenessPanel;
class EntryModel;
class EntryTotalsModel;
class EntryTableView;

// Nhập số liệu: the daily keyboard grid (see docs/entry.md). A date bar, the
// grid of units × providers, and a side panel with the day's completeness
// (CompletenessPanel) and the selected unit's history (CellHistoryPanel). All
// rules live in EntryModel. What the page asks the user (unsaved edits,
// conflicts, locking a week, unusual values) is in EntryPageDialogs.cpp.
class EntryPage : public Page
{
    Q_OBJECT
public:
    explicit EntryPage(CampaignSession* session, QWidget* parent = nullptr);
    ~EntryPage() override;

    QString key() const override { return QStringLiteral("entry"); }
    QString title() const override { return tr("Nhập số liệu"); }
    void applyViewOptions(const ViewOptions& options) override;
    bool maybeLeave() override;
    QUndoStack* undoStack() const override;
    bool canCopyPaste() const override { return true; }
    void copySelection() override { copyToClipboard(); }
    void pasteClipboard() override { pasteFromClipboard(); }

    EntryModel* model() const { return m_model; }
    EntryTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    EntryTotalsModel* totals() const { return m_totals; }
    QTableView* totalsView() const { return m_totalsView; }
    // "Đang nhập số liệu của nhóm …" (hidden for the whole population).
    QLabel* groupBanner() const { return m_groupBanner; }
    // Shows another date, asking first about unsaved edits; false when the user stays.
    bool goToDate(QDate date);
    // "Mọi nhóm theo khối cột" (Ctrl+Shift+K): one block of provider columns
    // per population, the whole population's first, then each target group's
    // (EntryModel's column blocks). Without asking (the setting at start-up);
    // the action asks about unsaved edits and shows the whole population.
    void setBlocks(bool on);
    QAction* blocksAction() const { return m_blocks; }

signals:
    void blocksToggled(bool on); // by the user: the window keeps it in the settings

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // The constructor's steps, top to bottom.
    void createActions();
    void createDateBar(QVBoxLayout* layout); // and the lock banner under it
    void createSplit(QVBoxLayout* layout);   // the grid | the side panel
    QWidget* createGrid(QSplitter* split);   // the filter, the grid, the totals row
    QWidget* createSidePanel(QSplitter* split);
    void createFooter(QVBoxLayout* layout);
    void connectSignals();

    // EntryPageDialogs.cpp
    bool askAboutUnsaved();
    void save();
    void toggleLock();
    // A one-line text from the user (a lock note, an unlock reason); false when cancelled.
    bool askText(const QString& title, const QString& label, const QString& okText, QString* text);
    bool askAboutUnusualValue(const QString& text); // EntryModel's warning handler

    void pasteFromClipboard();
    void copyToClipboard();
    void clearSelection();
    void showMessage(const QString& text);
    void refreshDateBar();
    void refreshCompleteness();
    void refreshHistory();
    void selectUnit(int row);
    void setUpTotalsRow();
    void setUpColumns(); // the entry columns and their widths
    void reloadSetup();  // after the model's reset (a Setup notice)
    void refreshGroupBanner();
    void toggleBlocks(bool on); // the action: asks, then shows the whole population
    int gridWidth() const;      // the grid's columns, row numbers and scroll bar
    void fitSplit(); // the grid as wide as its columns, unless the user moved the divider
    QModelIndexList selectedSourceIndexes() const;

    CampaignSession* m_session;
    EntryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    EntryTableView* m_view = nullptr;
    EntryTotalsModel* m_totals = nullptr;
    QTableView* m_totalsView = nullptr;
    QSplitter* m_split = nullptr;
    bool m_userSized = false; // the user moved the divider: keep it
    QDateEdit* m_dateEdit = nullptr;
    QLabel* m_dayLabel = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_lockBanner = nullptr;
    QLabel* m_groupBanner = nullptr;
    QLabel* m_unsaved = nullptr;
    QLabel* m_message = nullptr;
    CompletenessPanel* m_completenessPanel = nullptr;
    CellHistoryPanel* m_historyPanel = nullptr;
    QAction* m_prevDay = nullptr;
    QAction* m_nextDay = nullptr;
    QAction* m_save = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_lock = nullptr; // objectName "lockWeek"
    QAction* m_find = nullptr;
    QAction* m_blocks = nullptr; // objectName "entryBlocks"
    QToolButton* m_lockButton = nullptr;
    QToolButton* m_blocksButton = nullptr;
};

} // namespace signtally
