#include "gui/report/ReportPage.h"

#include "core/VnFormat.h"
#include "gui/report/ReportSettingsDialog.h"
#include "models/CampaignSession.h"
#include "report/OfficialDocument.h"
#include "report/ReportDocument.h"
#include "report/ReportExport.h"
#include "storage/Integrity.h"
#include "storage/ReportSettingsStore.h"
#include "storage/SetupStore.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {
const int RangeItem = -1; // item data of "Khoảng ngày" in the period combo
}

ReportPage::ReportPage(CampaignSession* session, QWidget* parent) : Page(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Kỳ báo cáo:"), this));
    m_period = new QComboBox(this);
    m_period->setObjectName(u"reportPeriod"_s);
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Từ"), this));
    m_from = new QDateEdit(this);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("đến"), this));
    m_to = new QDateEdit(this);
    bar->addWidget(m_to);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setDisplayFormat(u"dd/MM/yyyy"_s);
        e->setCalendarPopup(true);
    }
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Hình thức:"), this));
    m_layout = new QComboBox(this);
    m_layout->setObjectName(u"reportLayout"_s);
    m_layout->addItem(tr("Văn bản hành chính"), int(ReportLayout::Official));
    m_layout->addItem(tr("Bảng tóm tắt"), int(ReportLayout::Summary));
    bar->addWidget(m_layout);
    bar->addStretch(1);
    layout->addLayout(bar);
    // The actions on a row of their own, so the page fits a 1024-pixel window.
    auto* actions = new QHBoxLayout;

    auto addButton = [&](const QString& text, const QKeySequence& key, auto slot) {
        auto* button = new QPushButton(text, this);
        if (!key.isEmpty())
            button->setToolTip(tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(button, &QPushButton::clicked, this, slot);
        actions->addWidget(button);
        m_actions << button;
        return button;
    };
    addButton(tr("Xuất PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E),
              [this] { exportWithDialog(tr("Tài liệu PDF (*.pdf)")); });
    addButton(tr("Xuất ODT (sửa được)…"), {},
              [this] { exportWithDialog(tr("Văn bản OpenDocument (*.odt)")); });
    addButton(tr("Xuất Excel…"), {}, [this] { exportWithDialog(tr("Bảng tính Excel (*.xlsx)")); });
    addButton(tr("Xuất CSV…"), {}, [this] { exportWithDialog(tr("CSV (*.csv)")); });
    addButton(tr("In…"), QKeySequence::Print, [this] { print(); });
    actions->addStretch(1);
    auto* settingsButton = new QPushButton(tr("Cài đặt báo cáo…"), this);
    settingsButton->setObjectName(u"reportSettings"_s);
    connect(settingsButton, &QPushButton::clicked, this, &ReportPage::editSettings);
    actions->addWidget(settingsButton);
    layout->addLayout(actions);

    // Sections II–IV: the office's own words, kept in the file with the report.
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"reportNarrative"_s);
    const QStringList sections{tr("II. Đánh giá"), tr("III. Khó khăn, vướng mắc"),
                               tr("IV. Đề xuất, kiến nghị")};
    for (int i = 0; i < 3; ++i) {
        m_narrative[i] = new QPlainTextEdit(tabs);
        m_narrative[i]->setPlaceholderText(
            tr("Mỗi đoạn một dòng. Nội dung được lưu cùng báo cáo trong tệp dữ liệu."));
        m_narrative[i]->setFixedHeight(76);
        tabs->addTab(m_narrative[i], sections[i]);
    }
    auto* narrativeRow = new QHBoxLayout;
    narrativeRow->addWidget(tabs, 1);
    auto* narrativeSide = new QVBoxLayout;
    m_saveNarrative = new QPushButton(tr("Lưu nội dung"), this);
    m_saveNarrative->setObjectName(u"saveNarrative"_s);
    connect(m_saveNarrative, &QPushButton::clicked, this, [this] {
        const QString error = saveNarrative();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Không lưu được nội dung báo cáo"), error);
    });
    narrativeSide->addWidget(m_saveNarrative);
    m_narrativeInfo = new QLabel(this);
    m_narrativeInfo->setWordWrap(true);
    m_narrativeInfo->setMaximumWidth(220);
    narrativeSide->addWidget(m_narrativeInfo);
    narrativeSide->addStretch(1);
    narrativeRow->addLayout(narrativeSide);
    layout->addLayout(narrativeRow);
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(600);
    connect(m_typingTimer, &QTimer::timeout, this, &ReportPage::refresh);
    for (QPlainTextEdit* e : m_narrative)
        connect(e, &QPlainTextEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));

    auto* printAction = new QAction(tr("In báo cáo"), this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(printAction, &QAction::triggered, this, [this] { print(); });
    addAction(printAction);
    auto* exportAction = new QAction(tr("Xuất báo cáo"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &ReportPage::exportReport);
    addAction(exportAction);

    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_info);

    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);
    m_pagesHost = new QWidget(scroll);
    m_pagesHost->setBackgroundRole(QPalette::Dark);
    m_pagesHost->setAutoFillBackground(true);
    m_pagesLayout = new QVBoxLayout(m_pagesHost);
    m_pagesLayout->setSpacing(14);
    m_pagesLayout->setContentsMargins(16, 16, 16, 16);
    scroll->setWidget(m_pagesHost);
    layout->addWidget(scroll, 1);

    setUpPeriods();

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    followChanges(session);
    m_scroll->viewport()->installEventFilter(this);
    m_resizeTimer = new QTimer(this);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(120);
    connect(m_resizeTimer, &QTimer::timeout, this, &ReportPage::renderPreview);
    // The report is made when the page is first shown or asked for it: at
    // national size its layout takes seconds the start of the app need not pay.
    refresh();
}

ReportPage::~ReportPage() = default;

void ReportPage::setUpPeriods()
{
    const CampaignCalendar cal = m_session->calendar();
    const QSignalBlocker blockPeriod(m_period);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_period->clear();
    for (int w = 1; w <= cal.weekCount(); ++w)
        m_period->addItem(ReportBuilder::weekLabel(cal, w), w);
    m_period->addItem(tr("Khoảng ngày tùy chọn"), RangeItem);
    for (QDateEdit* e : {m_from, m_to})
        e->setDateRange(cal.start(), cal.end());
    // The last week whose counts are all in: the week of today (clamped to the
    // campaign) when today is its last day, else the week before.
    const QDate today = m_session->defaultDate();
    int week = std::max(1, cal.weekOf(today));
    if (today != cal.weekEnd(week) && week > 1)
        --week;
    m_from->setDate(cal.weekStart(week));
    m_to->setDate(cal.weekEnd(week));
    m_period->setCurrentIndex(week - 1);
}

void ReportPage::applyViewOptions(const ViewOptions& options)
{
    const QDate d = options.asOf.isValid() ? options.asOf : options.date;
    if (d.isValid()) {
        const int week = m_session->calendar().weekOf(m_session->calendar().clamp(d));
        selectWeek(std::max(1, week));
    }
}

void ReportPage::selectWeek(int week)
{
    const int index = m_period->findData(week);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void ReportPage::selectRange(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    const QSignalBlocker blockPeriod(m_period);
    m_period->setCurrentIndex(m_period->findData(RangeItem));
    refresh();
}

const WeeklyReport* ReportPage::currentReport()
{
    ensureBuilt();
    return m_report ? &*m_report : nullptr;
}

int ReportPage::previewPageCount()
{
    ensureBuilt();
    return m_pagesLayout->count();
}

void ReportPage::ensureBuilt()
{
    if (m_stale)
        build();
}

void ReportPage::showEvent(QShowEvent* event)
{
    // Changes that came while the page was hidden first, so the report is made once.
    catchUp();
    ensureBuilt();
    Page::showEvent(event);
}

void ReportPage::applyChange(const ChangeNotice& notice)
{
    // Any count changes the report: its figures, or at least the data
    // fingerprint it prints.
    if (notice.touches(ChangeNotice::Setup)) {
        // Another campaign, or its dates: its weeks, its period, its saved text.
        setUpPeriods();
        m_narrativeFrom = m_narrativeTo = QDate();
        refresh();
        return;
    }
    if (notice.touches(ChangeNotice::Tallies) || notice.touches(ChangeNotice::Thresholds) ||
        notice.touches(ChangeNotice::ReportSettings))
        refresh();
}

void ReportPage::refresh()
{
    const int week = m_period->currentData().toInt();
    const bool range = week == RangeItem;
    m_from->setEnabled(range);
    m_to->setEnabled(range);
    if (!range) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(m_session->calendar().weekStart(week));
        m_to->setDate(m_session->calendar().weekEnd(week));
    }

    if (m_from->date() != m_narrativeFrom || m_to->date() != m_narrativeTo)
        loadNarrative();
    m_stale = true;
    if (isVisible())
        build();
}

void ReportPage::build()
{
    m_stale = false;
    const Format fmt;
    const int week = m_period->currentData().toInt();
    const bool range = week == RangeItem;
    ReportOptions options;
    options.madeOn = m_session->clock().today();
    options.auditHash = Integrity::fingerprint(m_session->database());
    options.setupRevision =
        SetupStore(m_session->database()).revision(m_session->data().campaign.id);
    options.settings =
        ReportSettingsStore::load(m_session->database(), m_session->data().campaign.id);
    ReportNarrative narrative;
    narrative.number = m_documentNumber;
    narrative.assessment = m_narrative[0]->toPlainText();
    narrative.difficulties = m_narrative[1]->toPlainText();
    narrative.proposals = m_narrative[2]->toPlainText();
    options.narrative = narrative;
    m_report.reset();
    m_document.reset();
    m_error.clear();
    try {
        // The whole campaign (with a section per group), whichever group the window shows.
        const ProgressEngine engine = m_session->completeEngine();
        m_report = range ? ReportBuilder::build(engine, m_from->date(), m_to->date(), options)
                         : ReportBuilder::buildWeek(engine, week, options);
        m_document = std::make_unique<ReportDocument>(
            *m_report, ReportLayout(m_layout->currentData().toInt()));
    } catch (const ReportError& e) {
        m_error = e.message();
    }
    m_saveNarrative->setEnabled(m_report.has_value() && !m_session->readOnly());

    for (QPushButton* b : std::as_const(m_actions))
        b->setEnabled(m_document != nullptr);
    if (!m_document) {
        clearPreview();
        m_info->setText(u"<span style='color:#c62828'>%1</span>"_s.arg(m_error.toHtmlEscaped()));
        return;
    }
    const int pages = m_document->pageCount();
    const int shown = std::min(pages, MaxPreviewPages);
    const QString notice = OfficialDocument::provisionalNotice(*m_report);
    m_info->setText(
        tr("%1 · lũy kế %2 / %3 (%4) · %5 trang A4")
            .arg(m_report->periodLabel, fmt.count(m_report->cumulative), fmt.count(m_report->goal),
                 fmt.percent(m_report->percentOfGoal))
            .arg(pages) +
        (notice.isEmpty() ? QString() : u" · "_s + notice) +
        (shown < pages
             ? tr(" · xem trước %1 trang đầu, tệp xuất ra có đủ %2 trang.").arg(shown).arg(pages)
             : QString()));
    renderPreview();
}

void ReportPage::clearPreview()
{
    while (QLayoutItem* item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

double ReportPage::previewDpi() const
{
    // The page as wide as the view (less the margins and a scroll bar), within reason.
    const double width = m_scroll->viewport()->width() - 56;
    return std::clamp(width / 595.28 * 72.0, 50.0, 110.0);
}

void ReportPage::renderPreview()
{
    clearPreview();
    if (!m_document)
        return;
    m_previewDpi = previewDpi();
    const int pages = m_document->pageCount();
    const qreal ratio = devicePixelRatioF();
    for (int i = 0; i < std::min(pages, MaxPreviewPages); ++i) {
        QImage image = m_document->renderPage(i, m_previewDpi * ratio);
        image.setDevicePixelRatio(ratio);
        auto* label = new QLabel(m_pagesHost);
        label->setPixmap(QPixmap::fromImage(image));
        label->setFrameShape(QFrame::Box);
        label->setAccessibleName(tr("Trang %1/%2").arg(i + 1).arg(pages));
        m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
}

bool ReportPage::eventFilter(QObject* watched, QEvent* event)
{
    // The view changed width: re-draw the pages to fit once resizing settles;
    // at once the first time it has its real size.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_document &&
        std::abs(previewDpi() - m_previewDpi) > 2) {
        if (m_sizedOnce)
            m_resizeTimer->start();
        else
            renderPreview();
        m_sizedOnce = isVisible();
    }
    return Page::eventFilter(watched, event);
}

void ReportPage::loadNarrative()
{
    m_narrativeFrom = m_from->date();
    m_narrativeTo = m_to->date();
    const auto n = ReportSettingsStore::narrativeFor(
        m_session->database(), m_session->data().campaign.id, m_narrativeFrom, m_narrativeTo);
    const QStringList texts = n ? QStringList{n->assessment, n->difficulties, n->proposals}
                                : QStringList{QString(), QString(), QString()};
    for (int i = 0; i < 3; ++i) {
        const QSignalBlocker block(m_narrative[i]);
        m_narrative[i]->setPlainText(texts[i]);
    }
    m_documentNumber = n ? n->number : std::nullopt;
    const Format fmt;
    if (!n)
        m_narrativeInfo->setText(tr("Chưa có nội dung đã lưu."));
    else if (n->savedAt.isEmpty())
        m_narrativeInfo->setText(tr("Chưa lưu cho kỳ này: nội dung lấy từ báo cáo gần nhất."));
    else
        m_narrativeInfo->setText(
            tr("Đã lưu %1 bởi %2.")
                .arg(fmt.date(
                         QDateTime::fromString(n->savedAt, Qt::ISODateWithMs).toLocalTime().date()),
                     n->savedBy) +
            (n->number ? u' ' + tr("Số báo cáo: %1.").arg(*n->number) : QString()));
}

QPlainTextEdit* ReportPage::narrativeEdit(int section) const
{
    return section >= 0 && section < 3 ? m_narrative[section] : nullptr;
}

QString ReportPage::saveNarrative()
{
    ensureBuilt();
    if (!m_report)
        return m_error;
    ReportNarrative n;
    n.from = m_report->from;
    n.to = m_report->to;
    n.assessment = m_narrative[0]->toPlainText().trimmed();
    n.difficulties = m_narrative[1]->toPlainText().trimmed();
    n.proposals = m_narrative[2]->toPlainText().trimmed();
    try {
        m_session->saveNarrative(n);
    } catch (const StorageError& e) {
        return e.message();
    }
    m_narrativeFrom = QDate(); // read back what was stored (with its number)
    refresh();
    return {};
}

void ReportPage::selectLayout(ReportLayout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(int(layout)));
}

void ReportPage::editSettings()
{
    ReportSettingsDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

QString ReportPage::suggestedFileName(const QString& extension)
{
    ensureBuilt();
    if (!m_report)
        return {};
    const QString base = ReportBuilder::suggestedBaseName(*m_report);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(base + u'.' + extension);
}

QString ReportPage::exportTo(const QString& path)
{
    ensureBuilt();
    if (!m_report)
        return m_error;
    const auto format = ReportExport::formatForPath(path);
    if (!format)
        return tr("Không biết ghi tệp \"%1\": phần mở rộng phải là .pdf, .odt, .xlsx hoặc .csv.")
            .arg(QDir::toNativeSeparators(path));
    try {
        ReportExport::write(*m_report, *format, path, m_document->layoutKind());
    } catch (const ReportError& e) {
        return e.message();
    }
    return {};
}

void ReportPage::exportReport()
{
    exportWithDialog(tr("Tài liệu PDF (*.pdf);;Văn bản OpenDocument (*.odt);;Bảng tính Excel "
                        "(*.xlsx);;CSV (*.csv)"));
}

void ReportPage::printReport()
{
    print();
}

void ReportPage::exportWithDialog(const QString& filter)
{
    ensureBuilt();
    if (!m_report)
        return;
    const QString firstExt = filter.section(u"(*."_s, 1, 1).section(u')', 0, 0);
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Xuất báo cáo"),
                                                suggestedFileName(firstExt), filter, &selected);
    if (path.isEmpty())
        return;
    if (!ReportExport::formatForPath(path)) {
        const QString ext =
            (selected.isEmpty() ? filter : selected).section(u"(*."_s, 1, 1).section(u')', 0, 0);
        path += u'.' + ext;
    }
    const QString error = exportTo(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Không xuất được báo cáo"), error);
        return;
    }
    m_info->setText(tr("Đã ghi %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportPage::print()
{
    ensureBuilt();
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setDocName(ReportBuilder::suggestedBaseName(*m_report));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("In báo cáo"));
    dialog.setOptions(dialog.options() & ~QAbstractPrintDialog::PrintPageRange);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        m_document->paint(printer);
    } catch (const ReportError& e) {
        QMessageBox::warning(this, tr("Không in được báo cáo"), e.message());
    }
}

} // namespace signtally
