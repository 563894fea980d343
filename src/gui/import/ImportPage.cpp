#include "gui/import/ImportPage.h"

#include "core/CampaignCalendar.h"
#include "core/VnFormat.h"
#include "gui/import/ImportJobs.h"
#include "import/ImportCommands.h"
#include "import/ImportPlanner.h"
#include "import/ImportTemplate.h"
#include "import/XlsxReader.h"
#include "models/CampaignSession.h"
#include "models/DisplayNames.h"
#include "storage/Logging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

constexpr int MaxPreviewRows = 2000;

bool importable(const QString& path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    return s == u"csv"_s || s == u"txt"_s || s == u"xlsx"_s;
}

} // namespace

ImportPage::ImportPage(CampaignSession* session, QWidget* parent) : Page(parent), m_session(session)
{
    setAcceptDrops(true);
    const CampaignData& data = session->data();
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("Chọn hoặc kéo thả các tệp CSV/Excel mà nhà mạng, xã gửi về. Xem trước những gì sẽ "
           "được thêm, thay đổi và các lỗi; chỉ khi hết lỗi mới nhập được, và nhập tất cả trong "
           "một lần hoặc không nhập gì."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* fileButtons = new QHBoxLayout;
    auto* choose = new QPushButton(tr("Chọn tệp…"), this);
    m_clear = new QPushButton(tr("Bỏ các tệp"), this);
    auto* reread = new QPushButton(tr("Đọc lại tệp"), this);
    reread->setToolTip(tr("Đọc lại các tệp sau khi sửa chúng"));
    auto* templateButton = new QPushButton(tr("Tạo mẫu Excel…"), this);
    fileButtons->addWidget(choose);
    fileButtons->addWidget(m_clear);
    fileButtons->addWidget(reread);
    fileButtons->addStretch(1);
    fileButtons->addWidget(templateButton);
    layout->addLayout(fileButtons);

    m_fileTable = new QTableWidget(0, 3, this);
    m_fileTable->setHorizontalHeaderLabels({tr("Tệp"), tr("Trang tính"), tr("Đọc được")});
    m_fileTable->verticalHeader()->setVisible(false);
    m_fileTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fileTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_fileTable->setMaximumHeight(120);
    layout->addWidget(m_fileTable);

    auto* options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Nhà mạng (khi tệp không ghi):"), this));
    m_provider = new QComboBox(this);
    fillProviders();
    options->addWidget(m_provider);
    m_useDate = new QCheckBox(tr("Ngày (khi tệp không ghi):"), this);
    options->addWidget(m_useDate);
    m_date = new QDateEdit(session->defaultDate(), this);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_date->setDateRange(data.campaign.start, data.campaign.end);
    m_date->setCalendarPopup(true);
    m_date->setEnabled(false);
    options->addWidget(m_date);
    options->addStretch(1);
    m_replace = new QCheckBox(tr("Ghi đè giá trị đã có"), this);
    options->addWidget(m_replace);
    layout->addLayout(options);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    m_preview = new QTableWidget(0, 7, this);
    m_preview->setHorizontalHeaderLabels({tr("Loại"), tr("Vị trí"), tr("Đơn vị"), tr("Ngày"),
                                          tr("Nhà mạng"), tr("Số liệu"), tr("Ghi chú")});
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);

    auto* bottom = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(tr("Hủy"), this);
    m_cancelButton->setVisible(false);
    m_import = new QPushButton(tr("Nhập vào cơ sở dữ liệu"), this);
    m_import->setDefault(true);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_cancelButton);
    bottom->addStretch(0);
    bottom->addWidget(m_import);
    layout->addLayout(bottom);

    m_jobs = new ImportJobs(session, this);
    connect(m_jobs, &ImportJobs::started, this, [this] {
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_cancelButton->setVisible(true);
        updateButtons();
    });
    connect(m_jobs, &ImportJobs::stopped, this, [this] {
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
    });
    auto* poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this,
            [this] { m_progress->setValue(m_jobs->progressPermille()); });
    poll->start();

    connect(choose, &QPushButton::clicked, this, &ImportPage::chooseFiles);
    connect(m_clear, &QPushButton::clicked, this, &ImportPage::clearFiles);
    connect(reread, &QPushButton::clicked, this, [this] {
        m_lastMessage.clear();
        m_imported = false;
        preview();
    });
    connect(templateButton, &QPushButton::clicked, this, &ImportPage::writeTemplate);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ImportPage::preview);
    connect(m_useDate, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        preview();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_useDate->isChecked())
            preview();
    });
    connect(m_replace, &QCheckBox::toggled, this, &ImportPage::showPlan);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportPage::cancel);
    connect(m_import, &QPushButton::clicked, this, &ImportPage::startImport);
    followChanges(session);
    showPlan();
}

void ImportPage::fillProviders()
{
    const QSignalBlocker block(m_provider);
    const QString chosen = m_provider->currentData().toString();
    m_provider->clear();
    m_provider->addItem(tr("— theo tệp —"), QString());
    for (const Provider& p : m_session->data().providers)
        m_provider->addItem(providerDisplayName(p), p.name);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(chosen)));
}

void ImportPage::reloadSetup()
{
    // Another campaign (or its set-up): its providers and dates, and the
    // files planned again against it.
    const CampaignData& data = m_session->data();
    fillProviders();
    {
        const QSignalBlocker block(m_date);
        m_date->setDateRange(data.campaign.start, data.campaign.end);
        m_date->setDate(m_session->defaultDate());
    }
    m_plan = ImportPlan();
    m_planStale = true;
    if (!busy() && !m_files.isEmpty())
        preview();
    else
        showPlan();
}

void ImportPage::applyChange(const ChangeNotice& notice)
{
    if (notice.touches(ChangeNotice::Setup)) {
        reloadSetup();
        return;
    }
    // Stored values changed elsewhere: the preview's old values may be stale.
    if ((notice.touches(ChangeNotice::Tallies) || notice.touches(ChangeNotice::WeekLocks)) &&
        !busy() && !m_files.isEmpty())
        preview();
}

ImportPage::~ImportPage() = default;

bool ImportPage::busy() const
{
    return m_jobs->busy();
}

bool ImportPage::maybeLeave()
{
    if (!busy())
        return true;
    QMessageBox::information(this, tr("Đang nhập"),
                             tr("Đang đọc hoặc ghi số liệu; hãy chờ xong hoặc bấm Hủy."));
    return false;
}

void ImportPage::setReplace(bool replace)
{
    m_replace->setChecked(replace);
}

QString ImportPage::statusText() const
{
    return m_summary->text();
}

void ImportPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && importable(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
}

void ImportPage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && importable(url.toLocalFile()))
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        addFiles(paths);
    }
}

void ImportPage::chooseFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Chọn tệp số liệu"), QString(),
                                      tr("Bảng số liệu (*.csv *.txt *.xlsx);;Tất cả các tệp (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void ImportPage::addFiles(const QStringList& paths)
{
    if (busy())
        return;
    m_lastMessage.clear();
    m_imported = false;
    for (const QString& path : paths) {
        if (std::any_of(m_files.cbegin(), m_files.cend(),
                        [&](const FileEntry& f) { return f.path == path; }))
            continue;
        FileEntry entry;
        entry.path = path;
        if (QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0) {
            try {
                entry.sheets = XlsxReader(path).sheetNames();
                entry.sheet = entry.sheets.value(0);
            } catch (const XlsxError&) {
                // The planner reports why it cannot be read.
            }
        }
        m_files.push_back(entry);
    }
    rebuildFileList();
    preview();
}

void ImportPage::clearFiles()
{
    if (busy())
        return;
    m_files.clear();
    rebuildFileList();
    m_plan = ImportPlan();
    m_lastMessage.clear();
    m_imported = false;
    showPlan();
}

void ImportPage::rebuildFileList()
{
    m_fileTable->setRowCount(int(m_files.size()));
    for (int i = 0; i < m_files.size(); ++i) {
        const FileEntry& f = m_files[i];
        auto* name = new QTableWidgetItem(QFileInfo(f.path).fileName());
        name->setToolTip(QDir::toNativeSeparators(f.path));
        m_fileTable->setItem(i, 0, name);
        if (f.sheets.size() > 1) {
            auto* combo = new QComboBox(m_fileTable);
            combo->addItems(f.sheets);
            combo->setCurrentText(f.sheet);
            connect(combo, &QComboBox::currentTextChanged, this, [this, i](const QString& s) {
                if (i < m_files.size()) {
                    m_files[i].sheet = s;
                    preview();
                }
            });
            m_fileTable->setCellWidget(i, 1, combo);
        } else {
            m_fileTable->setItem(i, 1, new QTableWidgetItem(f.sheet));
        }
        m_fileTable->setItem(i, 2, new QTableWidgetItem());
    }
    m_fileTable->resizeColumnToContents(1);
}

void ImportPage::cancel()
{
    m_jobs->cancel();
}

void ImportPage::preview()
{
    if (m_files.isEmpty()) {
        showPlan();
        return;
    }
    if (busy()) {
        // Another preview is running: restart when it ends.
        m_planStale = true;
        m_jobs->cancel();
        return;
    }
    m_planStale = false;
    ImportOptions options;
    options.today = m_session->clock().today();
    options.provider = m_provider->currentData().toString();
    if (m_useDate->isChecked())
        options.date = m_date->date();
    QList<ImportJobs::Source> sources;
    for (const FileEntry& f : std::as_const(m_files))
        sources.push_back({f.path, f.sheet});
    m_summary->setText(tr("Đang đọc tệp…"));
    m_jobs->plan(options, sources, [this](ImportPlan plan) {
        if (m_planStale) {
            preview();
            return;
        }
        m_plan = std::move(plan);
        if (m_plan.cancelled)
            m_lastMessage = tr("Đã hủy việc đọc tệp.");
        showPlan();
        emit previewReady();
        updateButtons();
    });
}

void ImportPage::startImport()
{
    if (busy() || !m_import->isEnabled())
        return;
    m_summary->setText(tr("Đang ghi vào cơ sở dữ liệu…"));
    m_jobs->write(m_plan, m_replace->isChecked(), [this](const ImportJobs::Written& w) {
        const Format fmt;
        if (w.written) {
            m_imported = true;
            m_lastMessage =
                tr("Đã nhập: thêm %1, ghi đè %2 số liệu.")
                    .arg(fmt.count(w.outcome.result.added), fmt.count(w.outcome.result.changed));
        } else if (!w.failure.isEmpty()) {
            m_lastMessage = tr("Không ghi được, cơ sở dữ liệu giữ nguyên: %1").arg(w.failure);
        } else if (w.outcome.status == ImportOutcome::Status::Cancelled) {
            m_lastMessage = tr("Đã hủy; cơ sở dữ liệu giữ nguyên như trước.");
        }
        // When it wrote, the session's notice made this page preview again.
        if (!w.written)
            showPlan();
        emit importFinished(w.written);
        updateButtons();
    });
}

void ImportPage::writeTemplate()
{
    const CampaignData& data = m_session->data();
    const CampaignCalendar calendar(data.campaign.start, data.campaign.end);
    const Format fmt;
    QStringList weeks;
    for (int w = 1; w <= calendar.weekCount(); ++w)
        weeks << tr("Tuần %1 (%2–%3)")
                     .arg(w)
                     .arg(fmt.shortDate(calendar.weekStart(w)), fmt.shortDate(calendar.weekEnd(w)));
    weeks << tr("Cả đợt (%1–%2)").arg(fmt.date(data.campaign.start), fmt.date(data.campaign.end));
    bool ok = false;
    const int current = std::max(0, calendar.weekOf(m_session->defaultDate()) - 1);
    const QString choice = QInputDialog::getItem(
        this, tr("Tạo mẫu Excel"), tr("Mẫu cho khoảng ngày:"), weeks, current, false, &ok);
    if (!ok)
        return;
    const int index = int(weeks.indexOf(choice));
    QDate from = data.campaign.start, to = data.campaign.end;
    if (index < calendar.weekCount()) {
        from = calendar.weekStart(index + 1);
        to = calendar.weekEnd(index + 1);
    }
    const int provider = m_provider->currentIndex() - 1;
    QString suggested = tr("mau-so-lieu-%1").arg(from.toString(u"dd-MM-yyyy"_s));
    if (provider >= 0)
        suggested += u'-' + data.providers[provider].code;
    const QString path = QFileDialog::getSaveFileName(this, tr("Lưu mẫu"), suggested + u".xlsx"_s,
                                                      tr("Bảng tính Excel (*.xlsx)"));
    if (path.isEmpty())
        return;
    try {
        ImportTemplate::write(data, from, to, provider, path);
        m_lastMessage = tr("Đã tạo mẫu %1.").arg(QDir::toNativeSeparators(path));
        m_imported = false;
        showPlan();
    } catch (const std::runtime_error& e) {
        QMessageBox::warning(this, tr("Không tạo được mẫu"), QString::fromStdString(e.what()));
    }
}

void ImportPage::showPlan()
{
    const Format fmt;
    const CampaignData& data = m_session->data();
    for (int i = 0; i < m_fileTable->rowCount(); ++i) {
        const ImportFileInfo* info = i < m_plan.files.size() ? &m_plan.files[i] : nullptr;
        if (auto* item = m_fileTable->item(i, 2))
            item->setText(info ? tr("%1 dòng").arg(fmt.count(info->rowsRead)) : QString());
    }
    QString summary;
    if (m_files.isEmpty()) {
        summary = tr("Chưa chọn tệp nào.");
    } else {
        summary = tr("Thêm mới: %1 · Thay đổi: %2 · Giống số đã lưu: %3 · Lỗi: %4 · Cảnh báo: %5")
                      .arg(fmt.count(m_plan.added.size()), fmt.count(m_plan.changed.size()),
                           fmt.count(m_plan.identical.size()), fmt.count(m_plan.errorCount()),
                           fmt.count(m_plan.warningCount()));
        for (const ImportFileInfo& f : std::as_const(m_plan.files))
            if (f.account.complete)
                summary += u"\n"_s + f.name + u": "_s + accountText(f.account);
        if (m_plan.hasErrors())
            summary += u"\n"_s + tr("Chưa ghi gì. Sửa các lỗi trong tệp rồi bấm \"Đọc lại tệp\".");
        else if (!m_plan.changed.isEmpty() && !m_replace->isChecked())
            summary += u"\n"_s + tr("Có số liệu khác với số đã lưu: đánh dấu \"Ghi đè giá trị đã "
                                    "có\" để nhập.");
        else if (m_plan.nothingToDo() && !m_plan.cancelled && !m_imported)
            summary += u"\n"_s + tr("Không có gì mới để nhập.");
    }
    // Just imported: that comes first; the files now read as the stored figures.
    if (m_imported && !m_lastMessage.isEmpty())
        summary = m_lastMessage + u"\n"_s + summary;
    else if (!m_lastMessage.isEmpty())
        summary += u"\n"_s + m_lastMessage;
    m_summary->setText(summary);

    m_preview->setRowCount(0);
    int rows = 0;
    // An error row's provider as the interface names it, when it was recognised.
    const auto providerName = [&data](const QString& stored) {
        for (const Provider& p : data.providers)
            if (p.name == stored)
                return providerDisplayName(p);
        return stored;
    };
    auto addRow = [&](const QString& kind, const QColor& colour, const QStringList& cells) {
        if (rows >= MaxPreviewRows)
            return;
        m_preview->insertRow(rows);
        auto* k = new QTableWidgetItem(kind);
        k->setBackground(colour);
        m_preview->setItem(rows, 0, k);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 4) // the figures, right-aligned like every number
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(rows, c + 1, item);
        }
        ++rows;
    };
    for (const ImportIssue& e : m_plan.errors)
        addRow(tr("Lỗi"), QColor(0xF4, 0xC7, 0xC3),
               {e.place, e.read.unit, e.read.date, providerName(e.read.provider), QString(),
                e.suggestions.isEmpty()
                    ? e.message
                    : e.message + u' ' + tr("Có phải: %1?").arg(e.suggestions.join(u", "_s))});
    for (const ImportIssue& w : m_plan.warnings)
        addRow(tr("Cảnh báo"), QColor(0xFF, 0xD8, 0x9A),
               {w.place, QString(), QString(), QString(), QString(), w.message});
    auto cells = [&](const ImportRow& r, const QString& value) -> QStringList {
        return {m_plan.placeText(r.place),
                data.units[r.unit].name,
                fmt.date(data.campaign.start.addDays(r.day)),
                providerDisplayName(data.providers[r.provider]),
                value,
                QString()};
    };
    for (const ImportRow& r : m_plan.changed)
        addRow(tr("Thay đổi"), QColor(0xFF, 0xE5, 0x99),
               cells(r, fmt.count(r.stored.value_or(0)) + u" → "_s + fmt.count(r.count)));
    for (const ImportRow& r : m_plan.added)
        addRow(tr("Thêm mới"), QColor(0xD9, 0xEA, 0xD3), cells(r, fmt.count(r.count)));
    for (const ImportRow& r : m_plan.identical)
        addRow(tr("Giống đã lưu"), QColor(0xEE, 0xEE, 0xEE), cells(r, fmt.count(r.count)));
    const qsizetype total = m_plan.errors.size() + m_plan.warnings.size() + m_plan.changed.size() +
                            m_plan.added.size() + m_plan.identical.size();
    if (total > rows)
        addRow(QString(), QColor(Qt::white),
               {QString(), QString(), QString(), QString(), QString(),
                tr("… và %1 dòng nữa không hiện ở đây.").arg(fmt.count(total - rows))});
    for (const QString& note : m_plan.notes)
        addRow(tr("Ghi chú"), QColor(Qt::white),
               {QString(), QString(), QString(), QString(), QString(), note});
    m_preview->resizeColumnsToContents();
    updateButtons();
}

void ImportPage::updateButtons()
{
    const bool ready = !busy() && !m_files.isEmpty() && !m_plan.cancelled && !m_plan.hasErrors() &&
                       !m_plan.nothingToDo() &&
                       (m_plan.changed.isEmpty() || m_replace->isChecked()) &&
                       !m_session->readOnly() && !m_plan.files.isEmpty();
    m_import->setEnabled(ready);
    m_clear->setEnabled(!busy());
}

} // namespace signtally
