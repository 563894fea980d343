#include "gui/entry/EntryPage.h"

#include "core/TextMatch.h"
#include "core/VnFormat.h"
#include "gui/entry/CellHistoryPanel.h"
#include "gui/entry/CompletenessPanel.h"
#include "gui/entry/EntryTableView.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"
#include "models/EntryTotalsModel.h"

#include <QAction>
#include <QClipboard>
#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {
QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(false);
    return b;
}
QString shortcutText(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(u", "_s);
}
} // namespace

EntryPage::EntryPage(CampaignSession* session, QWidget* parent)
    : Page(parent), m_session(session), m_model(new EntryModel(session, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(EntryModel::SearchKeyRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    createActions();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    createDateBar(layout);
    createSplit(layout);
    createFooter(layout);
    connectSignals();

    refreshDateBar();
    refreshCompleteness();
    m_view->setCurrentIndex(m_proxy->index(0, m_model->providerColumn(0)));
    refreshHistory();
}

EntryPage::~EntryPage()
{
    // The model (a child, deleted after this) clears its undo history as it
    // goes, which signals: nothing of this half-destroyed page may hear it.
    disconnect(m_model->undoStack(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

void EntryPage::createActions()
{
    auto makeAction = [this](const QString& text, const QList<QKeySequence>& keys) {
        auto* a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(keys.isEmpty() ? text : tr("%1 (%2)").arg(text, shortcutText(a)));
        QWidget::addAction(a);
        return a;
    };
    m_prevDay = makeAction(tr("Ngày trước"), {QKeySequence(Qt::ALT | Qt::Key_Left),
                                              QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_nextDay = makeAction(tr("Ngày sau"), {QKeySequence(Qt::ALT | Qt::Key_Right),
                                            QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_save = makeAction(tr("Lưu"), {QKeySequence::Save});
    m_undo = makeAction(tr("Hoàn tác"), {QKeySequence::Undo});
    m_redo = makeAction(tr("Làm lại"), QKeySequence::keyBindings(QKeySequence::Redo));
    m_lock = makeAction(tr("Khóa tuần"), {});
    m_lock->setObjectName(u"lockWeek"_s);
    m_find = makeAction(tr("Tìm đơn vị"), {QKeySequence::Find});
    m_blocks =
        makeAction(tr("Mọi nhóm theo khối cột"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)});
    m_blocks->setObjectName(u"entryBlocks"_s);
    m_blocks->setCheckable(true);
    m_blocks->setToolTip(tr("Mỗi nhóm đối tượng một khối cột nhà mạng, toàn bộ dân số trước "
                            "(%1)")
                             .arg(shortcutText(m_blocks)));
}

void EntryPage::setBlocks(bool on)
{
    m_model->setBlocks(on); // resets: reloadSetup follows
    const QSignalBlocker block(m_blocks);
    m_blocks->setChecked(on);
}

void EntryPage::toggleBlocks(bool on)
{
    if (!askAboutUnsaved()) {
        const QSignalBlocker block(m_blocks);
        m_blocks->setChecked(!on);
        return;
    }
    setBlocks(on);
    if (on && m_session->viewedGroup() >= 0) {
        try {
            m_session->viewGroup(-1); // the blocks are every group's
        } catch (const StorageError& e) {
            showMessage(e.message());
        }
    }
    emit blocksToggled(on);
}

void EntryPage::createDateBar(QVBoxLayout* layout)
{
    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    auto* dateLabel = new QLabel(tr("Ngày:"), this);
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setKeyboardTracking(false);
    m_dateEdit->setDateRange(m_session->data().campaign.start, m_session->data().campaign.end);
    m_dateEdit->setToolTip(
        tr("Ngày nhập số liệu (%1 / %2)").arg(shortcutText(m_prevDay), shortcutText(m_nextDay)));
    dateLabel->setBuddy(m_dateEdit);
    m_dayLabel = new QLabel(this);
    // The filter sits above the grid (createGrid moves it there); made here,
    // after the date box, so Tab still goes from the date to the filter.
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"unitFilter"_s);
    m_filter->setPlaceholderText(tr("Tìm đơn vị (gõ không dấu cũng được)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(120);
    m_lockButton = buttonFor(m_lock, this);
    bar->addWidget(dateLabel);
    auto* prev = buttonFor(m_prevDay, this);
    prev->setArrowType(Qt::LeftArrow);
    prev->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto* next = buttonFor(m_nextDay, this);
    next->setArrowType(Qt::RightArrow);
    next->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addWidget(prev);
    bar->addWidget(m_dateEdit);
    bar->addWidget(next);
    auto* today = new QPushButton(tr("Hôm nay"), this);
    today->setObjectName(u"entryToday"_s);
    today->setToolTip(tr("Về ngày hôm nay (trong thời gian đợt)"));
    connect(today, &QPushButton::clicked, this, [this] { goToDate(m_session->defaultDate()); });
    bar->addWidget(today);
    bar->addWidget(m_dayLabel);
    bar->addStretch(1);
    bar->addWidget(buttonFor(m_undo, this));
    bar->addWidget(buttonFor(m_redo, this));
    auto* saveButton = buttonFor(m_save, this);
    saveButton->setObjectName(u"saveButton"_s);
    bar->addWidget(saveButton);
    bar->addWidget(m_lockButton);
    m_blocksButton = buttonFor(m_blocks, this);
    m_blocksButton->setObjectName(u"entryBlocksButton"_s);
    bar->addWidget(m_blocksButton);
    layout->addLayout(bar);

    m_lockBanner = new QLabel(this);
    m_lockBanner->setWordWrap(true);
    m_lockBanner->setStyleSheet(u"QLabel { background: #e8e3d3; color: #5a4500; border: 1px solid "
                                "#c9b98a; padding: 5px 8px; }"_s);
    layout->addWidget(m_lockBanner);

    // Which target group the grid enters (hidden for the whole population).
    m_groupBanner = new QLabel(this);
    m_groupBanner->setObjectName(u"groupBanner"_s);
    m_groupBanner->setWordWrap(true);
    m_groupBanner->setStyleSheet(u"QLabel { background: #dcebf7; color: #17324d; border: 1px solid "
                                 "#8db4d6; padding: 5px 8px; }"_s);
    layout->addWidget(m_groupBanner);
    refreshGroupBanner();
}

void EntryPage::refreshGroupBanner()
{
    const int group = m_session->viewedGroup();
    // Only for a campaign with groups (a button does not follow its action's visibility).
    m_blocks->setVisible(!m_session->data().groups.isEmpty());
    m_blocksButton->setVisible(m_blocks->isVisible());
    m_groupBanner->setVisible(group >= 0 || m_model->blockCount() > 1);
    if (m_model->blockCount() > 1)
        m_groupBanner->setText(
            tr("Mọi nhóm theo khối cột: mỗi khối cột là số liệu của một nhóm và được lưu vào "
               "nhóm đó. Tab đi hết một khối rồi xuống dòng trong khối ấy. Một nhóm một "
               "bảng: %1.")
                .arg(shortcutText(m_blocks)));
    else if (group >= 0)
        m_groupBanner->setText(
            tr("Đang nhập số liệu của nhóm “%1”: số người trong nhóm đã có chữ ký số, tách "
               "riêng với toàn bộ dân số. Đổi nhóm ở cột bên trái (Ctrl+Shift+G).")
                .arg(m_session->data().groups[group].name));
}

void EntryPage::createSplit(QVBoxLayout* layout)
{
    // The grid and the side panel.
    auto* split = new QSplitter(Qt::Horizontal, this);
    QWidget* left = createGrid(split);
    QWidget* side = createSidePanel(split);
    split->addWidget(left);
    split->addWidget(side);
    // The grid as wide as its columns (names next to their numbers); the side
    // panel takes the rest, until the user moves the divider.
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);
    side->setMinimumWidth(240);
    m_split = split;
    connect(split, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    layout->addWidget(split, 1);
}

QWidget* EntryPage::createGrid(QSplitter* split)
{
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    m_filter->setParent(left);
    m_view = new EntryTableView(left);
    m_totals = new EntryTotalsModel(m_model, this);
    m_totalsView = new QTableView(left);
    m_totalsView->setObjectName(u"entryTotals"_s);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_totalsView, 0, Qt::AlignLeft);
    m_view->setModel(m_proxy);
    setUpColumns();
    QHeaderView* h = m_view->horizontalHeader();
    h->setMinimumSectionSize(60);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setMinimumWidth(420);
    setUpTotalsRow();
    return left;
}

QWidget* EntryPage::createSidePanel(QSplitter* split)
{
    auto* side = new QWidget(split);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    m_completenessPanel = new CompletenessPanel(side);
    m_historyPanel = new CellHistoryPanel(side);
    sideLayout->addWidget(m_completenessPanel, 1);
    sideLayout->addWidget(m_historyPanel, 1);
    auto* legend = new QLabel(tr("— = chưa báo cáo · 0 = báo cáo bằng 0 · chữ đậm nền vàng = "
                                 "chưa lưu · nền cam = đã nhập sau cảnh báo · nền đỏ = bị từ chối"),
                              side);
    legend->setWordWrap(true);
    legend->setStyleSheet(u"color: #555;"_s);
    sideLayout->addWidget(legend);
    return side;
}

void EntryPage::createFooter(QVBoxLayout* layout)
{
    auto* foot = new QHBoxLayout;
    m_unsaved = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    foot->setSpacing(12);
    m_unsaved->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    foot->addWidget(m_unsaved);
    foot->addWidget(m_message, 1);
    layout->addLayout(foot);
}

void EntryPage::connectSignals()
{
    // Wiring: the page only asks; the model decides.
    connect(m_prevDay, &QAction::triggered, this,
            [this] { goToDate(m_model->date().addDays(-1)); });
    connect(m_nextDay, &QAction::triggered, this, [this] { goToDate(m_model->date().addDays(1)); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](QDate d) { goToDate(d); });
    connect(m_save, &QAction::triggered, this, &EntryPage::save);
    connect(m_undo, &QAction::triggered, m_model->undoStack(), &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_model->undoStack(), &QUndoStack::redo);
    connect(m_model->undoStack(), &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_model->undoStack(), &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_model->undoStack(), &QUndoStack::undoTextChanged, this, [this](const QString& t) {
        m_undo->setToolTip(tr("Hoàn tác: %1 (%2)").arg(t, shortcutText(m_undo)));
    });
    connect(m_model->undoStack(), &QUndoStack::redoTextChanged, this, [this](const QString& t) {
        m_redo->setToolTip(tr("Làm lại: %1 (%2)").arg(t, shortcutText(m_redo)));
    });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(m_lock, &QAction::triggered, this, &EntryPage::toggleLock);
    connect(m_blocks, &QAction::triggered, this, &EntryPage::toggleBlocks);
    connect(m_find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_proxy->setFilterFixedString(searchKey(text)); });
    connect(m_view, &EntryTableView::pasteRequested, this, &EntryPage::pasteFromClipboard);
    connect(m_view, &EntryTableView::copyRequested, this, &EntryPage::copyToClipboard);
    connect(m_view, &EntryTableView::clearRequested, this, &EntryPage::clearSelection);
    connect(m_view, &EntryTableView::readOnlyTyping, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (!m_model->isEditable())
            showMessage(m_model->readOnlyReason());
        else if (i.isValid() && m_model->providerOf(i.column()) < 0)
            showMessage(tr("Chỉ nhập được vào các cột nhà mạng; cột này không sửa được."));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EntryPage::refreshHistory);
    connect(m_completenessPanel, &CompletenessPanel::unitActivated, this, &EntryPage::selectUnit);
    connect(m_model, &EntryModel::message, this, &EntryPage::showMessage);
    connect(m_model, &EntryModel::countsChanged, this, [this] {
        refreshCompleteness();
        refreshHistory();
        refreshDateBar();
    });
    connect(m_model, &EntryModel::dirtyChanged, this, &EntryPage::refreshDateBar);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EntryPage::reloadSetup);
    connect(m_model, &EntryModel::lockChanged, this, &EntryPage::refreshDateBar);
    m_model->setWarningHandler([this](const QString& text) { return askAboutUnusualValue(text); });
}

void EntryPage::applyViewOptions(const ViewOptions& options)
{
    if (options.date.isValid())
        goToDate(m_session->calendar().clamp(options.date));
    if (!options.unit.isEmpty()) {
        const int row = m_model->findUnit(options.unit);
        if (row >= 0)
            selectUnit(row);
        else
            showMessage(tr("Không có đơn vị \"%1\".").arg(options.unit));
    }
}

bool EntryPage::maybeLeave()
{
    return askAboutUnsaved();
}

bool EntryPage::goToDate(QDate date)
{
    const CampaignCalendar cal = m_session->calendar();
    bool moved = false;
    if (date == m_model->date()) {
        moved = true;
    } else if (!cal.contains(date)) {
        showMessage(
            tr("Ngày %1 nằm ngoài đợt (%2–%3).")
                .arg(Format().date(date), Format().date(cal.start()), Format().date(cal.end())));
    } else if (askAboutUnsaved()) {
        const QModelIndex current = m_view->currentIndex();
        m_model->setDate(date);
        if (current.isValid())
            m_view->setCurrentIndex(current);
        moved = true;
    }
    refreshDateBar();
    return moved;
}

QModelIndexList EntryPage::selectedSourceIndexes() const
{
    QModelIndexList out;
    for (const QModelIndex& i : m_view->selectionModel()->selectedIndexes())
        out << m_proxy->mapToSource(i);
    if (out.isEmpty() && m_view->currentIndex().isValid())
        out << m_proxy->mapToSource(m_view->currentIndex());
    return out;
}

QUndoStack* EntryPage::undoStack() const
{
    return m_model->undoStack();
}

void EntryPage::pasteFromClipboard()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    QList<int> rows;
    for (int r = current.row(); r < m_proxy->rowCount(); ++r)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    m_model->paste(rows, current.column(), QGuiApplication::clipboard()->text());
}

void EntryPage::copyToClipboard()
{
    const QString text = m_model->copy(selectedSourceIndexes());
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void EntryPage::clearSelection()
{
    m_model->clearCells(selectedSourceIndexes());
}

void EntryPage::showMessage(const QString& text)
{
    m_message->setText(text);
    if (auto* main = qobject_cast<QMainWindow*>(window()))
        main->statusBar()->showMessage(text, 15000);
}

void EntryPage::refreshDateBar()
{
    const QDate date = m_model->date();
    {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(date);
    }
    const CampaignCalendar cal = m_session->calendar();
    const Format fmt;
    m_dayLabel->setText(tr("%1 · tuần %2 · ngày %3/%4")
                            .arg(fmt.locale().dayName(date.dayOfWeek()))
                            .arg(m_model->week())
                            .arg(cal.dayIndex(date) + 1)
                            .arg(cal.days()));
    m_prevDay->setEnabled(date > cal.start());
    m_nextDay->setEnabled(date < cal.end());
    const bool editable = m_model->isEditable();
    m_lockBanner->setVisible(!editable);
    m_lockBanner->setText(tr("Chỉ xem. %1").arg(m_model->readOnlyReason()));
    m_lock->setText(m_model->isLocked() ? tr("Mở khóa tuần %1").arg(m_model->week())
                                        : tr("Khóa tuần %1").arg(m_model->week()));
    m_lock->setEnabled(!m_session->readOnly());
    m_save->setEnabled(m_model->isDirty());
    m_unsaved->setText(m_model->isDirty()
                           ? tr("<b>%n ô chưa lưu</b>", nullptr, m_model->editedCount())
                           : tr("Đã lưu hết"));
}

void EntryPage::refreshCompleteness()
{
    m_completenessPanel->refresh(*m_model, m_session->data());
}

void EntryPage::refreshHistory()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    m_historyPanel->refresh(*m_model, m_session->data(), current.isValid() ? current.row() : -1);
}

void EntryPage::setUpColumns()
{
    const bool blocks = m_model->blockCount() > 1;
    m_view->setEntryColumns(m_model->providerColumn(0),
                            m_model->providerColumn(m_model->providerCount() - 1),
                            blocks ? m_session->data().providers.size() : 0);
    QHeaderView* h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Fixed);
    h->setSectionResizeMode(EntryModel::UnitColumn, QHeaderView::Stretch);
    // With blocks the unit's name is the row's header (it stays in sight).
    m_view->setColumnHidden(EntryModel::UnitColumn, blocks);
    m_totalsView->setColumnHidden(EntryModel::UnitColumn, blocks);
    QFont bold = h->font(); // the current column's header is bold
    bold.setBold(true);
    const QFontMetrics fm(bold);
    for (int c = 1; c < m_model->columnCount(); ++c) {
        int width = c == m_model->percentColumn() ? 88 : 84;
        if (blocks) // "Nhóm\nNhà mạng": as wide as the longer line
            for (const QString& line :
                 m_model->headerData(c, Qt::Horizontal).toString().split(u'\n'))
                width = std::max(width, fm.horizontalAdvance(line) + 36);
        m_view->setColumnWidth(c, width);
    }
}

void EntryPage::reloadSetup()
{
    // The model has reset itself (another campaign or its set-up changed):
    // the dates, the columns and the totals row under them follow it.
    {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDateRange(m_session->data().campaign.start, m_session->data().campaign.end);
    }
    m_filter->clear();
    setUpColumns();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_totalsView->setColumnWidth(c, m_view->columnWidth(c));
    m_view->setCurrentIndex(m_proxy->index(0, m_model->providerColumn(0)));
    refreshDateBar();
    refreshCompleteness();
    refreshHistory();
    refreshGroupBanner();
    fitSplit();
}

void EntryPage::setUpTotalsRow()
{
    QTableView* t = m_totalsView;
    t->setModel(m_totals);
    t->horizontalHeader()->setVisible(false);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(m_view->verticalHeader()->defaultSectionSize());
    t->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    t->setFixedHeight(t->verticalHeader()->defaultSectionSize() + 2 * t->frameWidth());
    // Column for column under the grid: same widths, same scrolling, the
    // same room on the right where the grid has its scroll bar.
    QHeaderView* h = m_view->horizontalHeader();
    const auto syncWidths = [this] {
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_totalsView->setColumnWidth(c, m_view->columnWidth(c));
        m_totalsView->verticalHeader()->setFixedWidth(m_view->verticalHeader()->width());
        // As wide as the grid without its scroll bar.
        const QScrollBar* bar = m_view->verticalScrollBar();
        m_totalsView->setFixedWidth(m_view->width() - (bar->isVisible() ? bar->width() : 0));
    };
    connect(h, &QHeaderView::sectionResized, this, syncWidths);
    connect(h, &QHeaderView::geometriesChanged, this, syncWidths);
    connect(m_view->verticalHeader(), &QHeaderView::geometriesChanged, this, syncWidths);
    connect(m_view->horizontalScrollBar(), &QScrollBar::valueChanged,
            m_totalsView->horizontalScrollBar(), &QScrollBar::setValue);
    syncWidths();
}

int EntryPage::gridWidth() const
{
    const QFontMetrics fm(m_view->font());
    int names = fm.horizontalAdvance(
        m_model->headerData(EntryModel::UnitColumn, Qt::Horizontal).toString());
    for (int r = 0; r < m_model->rowCount(); ++r)
        names =
            std::max(names, fm.horizontalAdvance(m_model->data(m_model->index(r, 0)).toString()));
    names =
        std::max(names, fm.horizontalAdvance(m_totals->data(m_totals->index(0, 0)).toString()) + 4);
    int width = std::clamp(names + 24, 140, 340);
    for (int c = 1; c < m_model->columnCount(); ++c)
        width += m_view->columnWidth(c);
    return width + fm.horizontalAdvance(u"000"_s) + 12 /* row numbers */ +
           m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * m_view->frameWidth() + 4;
}

void EntryPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    fitSplit();
}

void EntryPage::fitSplit()
{
    if (m_split && !m_userSized) {
        const int total = m_split->width();
        const int grid = std::min(gridWidth(), total - 300);
        m_split->setSizes({grid, total - grid - m_split->handleWidth()});
    }
}

void EntryPage::selectUnit(int row)
{
    QModelIndex source = m_model->index(row, m_model->providerColumn(0));
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(source);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
}

} // namespace signtally
