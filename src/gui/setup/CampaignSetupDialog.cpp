#include "gui/setup/CampaignSetupDialog.h"

#include "gui/AppSettings.h"
#include "gui/setup/GeneralTab.h"
#include "gui/setup/GroupsTab.h"
#include "gui/setup/HistoryTab.h"
#include "gui/setup/ProvidersTab.h"
#include "gui/setup/SetupEditor.h"
#include "gui/setup/UnitsTab.h"
#include "models/CampaignSession.h"
#include "models/ChangeCommands.h"
#include "storage/CampaignStore.h"
#include "storage/SetupStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {
constexpr auto GeometryKey = "dialogs/campaignSetup/geometry";
constexpr auto Source = "setup-editor";
} // namespace

CampaignSetupDialog::CampaignSetupDialog(CampaignSession* session, AppSettings* settings,
                                         QWidget* parent)
    : CampaignSetupDialog(session,
                          SetupStore(session->database()).load(session->data().campaign.id),
                          Mode::Edit, {}, settings, parent)
{}

CampaignSetupDialog::CampaignSetupDialog(CampaignSession* session, const CampaignSetup& setup,
                                         const QJsonObject& report, AppSettings* settings,
                                         QWidget* parent)
    : CampaignSetupDialog(session, setup, Mode::Create, report, settings, parent)
{}

CampaignSetupDialog::CampaignSetupDialog(CampaignSession* session, const CampaignSetup& setup,
                                         Mode mode, const QJsonObject& report,
                                         AppSettings* settings, QWidget* parent)
    : QDialog(parent), m_session(session), m_settings(settings), m_mode(mode), m_report(report),
      m_editor(new SetupEditor(setup, this))
{
    if (mode == Mode::Create)
        m_editor->markUnsaved(); // a campaign to create is unsaved until created
    build();
}

CampaignSetupDialog::~CampaignSetupDialog() = default;

void CampaignSetupDialog::build()
{
    setWindowTitle(m_mode == Mode::Edit ? tr("Thiết lập đợt") : tr("Đợt mới"));
    setSizeGripEnabled(true);
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_general = new GeneralTab(m_editor, m_tabs);
    m_units = new UnitsTab(
        m_editor, [this](qint64 id) { return hasTallies(id, true); }, m_tabs);
    m_providers = new ProvidersTab(
        m_editor, [this](qint64 id) { return hasTallies(id, false); }, m_tabs);
    m_groups = new GroupsTab(m_editor, m_tabs);
    m_tabs->addTab(m_general, tr("Chung"));
    m_tabs->addTab(m_units, tr("Đơn vị"));
    m_tabs->addTab(m_providers, tr("Nhà mạng"));
    m_tabs->addTab(m_groups, tr("Nhóm đối tượng"));
    if (m_mode == Mode::Edit) {
        m_history = new HistoryTab(m_session, m_editor, m_tabs);
        m_tabs->addTab(m_history, tr("Lịch sử thiết lập"));
    }
    layout->addWidget(m_tabs, 1);
    connect(m_units, &UnitsTab::problem, this, &CampaignSetupDialog::showProblem);
    connect(m_providers, &ProvidersTab::problem, this, &CampaignSetupDialog::showProblem);
    connect(m_groups, &GroupsTab::problem, this, &CampaignSetupDialog::showProblem);

    QUndoStack* stack = m_editor->undoStack();
    auto action = [this](const QList<QKeySequence>& keys, auto slot) {
        auto* a = new QAction(this);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    action({QKeySequence::Undo}, [stack] { stack->undo(); });
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(u"Ctrl+Y"_s)))
        redoKeys << QKeySequence(u"Ctrl+Y"_s); // the documented key, on every platform
    action(redoKeys, [stack] { stack->redo(); });
    action({QKeySequence::Save}, [this] { save(); });

    auto* buttons = new QHBoxLayout;
    m_undo = new QPushButton(tr("Hoàn tác"), this);
    m_undo->setObjectName(u"setupUndo"_s);
    m_redo = new QPushButton(tr("Làm lại"), this);
    m_redo->setObjectName(u"setupRedo"_s);
    connect(m_undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    m_status = new QLabel(this);
    m_status->setObjectName(u"setupStatus"_s);
    m_save = new QPushButton(m_mode == Mode::Edit ? tr("Lưu") : tr("Tạo đợt"), this);
    m_save->setObjectName(u"setupSave"_s);
    m_save->setToolTip(tr("Ctrl+S"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    auto* close = new QPushButton(tr("Đóng"), this);
    connect(close, &QPushButton::clicked, this, &CampaignSetupDialog::reject);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_redo);
    buttons->addSpacing(12);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(stack, &QUndoStack::indexChanged, this, &CampaignSetupDialog::updateButtons);
    connect(m_editor, &SetupEditor::changed, this, &CampaignSetupDialog::updateButtons);
    updateButtons();

    // Enter in a field must not press Thêm or Lưu.
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);
    resize(1100, 720);
    if (m_settings)
        restoreGeometry(m_settings->raw().value(QLatin1String(GeometryKey)).toByteArray());
}

void CampaignSetupDialog::updateButtons()
{
    QUndoStack* stack = m_editor->undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    m_undo->setToolTip(stack->canUndo() ? tr("Hoàn tác: %1 (Ctrl+Z)").arg(stack->undoText())
                                        : tr("Hoàn tác (Ctrl+Z)"));
    m_redo->setToolTip(stack->canRedo() ? tr("Làm lại: %1 (Ctrl+Y)").arg(stack->redoText())
                                        : tr("Làm lại (Ctrl+Y)"));
    const bool readOnly = m_session->readOnly();
    m_save->setEnabled(!readOnly);
    if (readOnly)
        m_status->setText(tr("Tệp dữ liệu đang mở chỉ để xem: không lưu được thiết lập."));
    else if (m_editor->modified())
        m_status->setText(m_mode == Mode::Edit ? tr("Có thay đổi chưa lưu.") : QString());
}

void CampaignSetupDialog::setMessageHandler(std::function<void(const QString&)> handler)
{
    m_messageHandler = std::move(handler);
}

void CampaignSetupDialog::showProblem(const QString& text)
{
    if (m_messageHandler)
        m_messageHandler(text);
    else
        QMessageBox::warning(this, windowTitle(), text);
}

void CampaignSetupDialog::commitTyping()
{
    // A field or cell still being typed in commits when it loses the focus.
    const QPointer<QWidget> w = focusWidget();
    if (!w)
        return;
    w->clearFocus();
    if (w && w->isVisible())
        w->setFocus();
}

bool CampaignSetupDialog::save()
{
    commitTyping();
    if (m_session->readOnly())
        return false;
    return m_mode == Mode::Edit ? saveEdits() : create();
}

bool CampaignSetupDialog::saveEdits()
{
    const CampaignSetup setup = m_editor->setup();
    const QStringList problems = setup.problems();
    if (!problems.isEmpty()) {
        showProblem(tr("Chưa lưu được thiết lập:\n• %1").arg(problems.join(u"\n• "_s)));
        return false;
    }
    SaveCampaignSetup command(setup, QLatin1String(Source));
    try {
        m_session->execute(command);
    } catch (const StorageError& e) {
        showProblem(tr("Chưa lưu được thiết lập: %1").arg(e.message()));
        return false;
    }
    m_editor->resetTo(SetupStore(m_session->database()).load(setup.campaign.id));
    m_history->reload();
    m_status->setText(command.changedItems().isEmpty() ? tr("Không có gì thay đổi.")
                                                       : tr("Đã lưu %n mục thay đổi.", nullptr,
                                                            int(command.changedItems().size())));
    return true;
}

bool CampaignSetupDialog::create()
{
    if (m_editor->setup().missingFigures().isEmpty())
        m_editor->change(tr("Phân bổ chỉ tiêu"), [](CampaignSetup& s) { s.apportionQuotas(); });
    const CampaignSetup setup = m_editor->setup();
    QStringList problems = setup.problems();
    for (const CampaignInfo& c : CampaignStore(m_session->database()).campaigns())
        if (c.code == setup.campaign.code)
            problems << tr("Mã đợt “%1” đã có trong tệp (%2).").arg(c.code, c.name);
    QStringList missing;
    for (const SetupUnit& u : setup.units)
        if (!u.population)
            missing << u.name;
    if (!missing.isEmpty())
        problems.prepend(tr("thiếu dân số của %1").arg(missing.join(u", "_s)));
    if (!problems.isEmpty()) {
        showProblem(tr("Chưa tạo được đợt: %1").arg(problems.join(u"\n• "_s)));
        return false;
    }
    CreateCampaign command(setup, QLatin1String(Source), m_report);
    try {
        m_session->execute(command);
    } catch (const StorageError& e) {
        showProblem(tr("Chưa tạo được đợt: %1").arg(e.message()));
        return false;
    }
    m_createdId = command.createdId();
    m_editor->resetTo(setup);
    emit campaignCreated(m_createdId);
    accept();
    return true;
}

bool CampaignSetupDialog::hasTallies(qint64 id, bool unit) const
{
    const CampaignData& data = m_session->data();
    if (m_mode != Mode::Edit || data.campaign.id != m_editor->saved().campaign.id)
        return false;
    const TallyMatrix& t = data.tallies;
    const int index = unit ? data.unitIndexById(id) : data.providerIndexById(id);
    if (index < 0)
        return false;
    for (int u = unit ? index : 0; u < (unit ? index + 1 : t.units()); ++u)
        for (int d = 0; d < t.days(); ++d)
            for (int p = unit ? 0 : index; p < (unit ? t.providers() : index + 1); ++p)
                if (t.value(u, d, p))
                    return true;
    return false;
}

void CampaignSetupDialog::reject()
{
    commitTyping();
    if (m_editor->modified() && !m_session->readOnly()) {
        QMessageBox box(QMessageBox::Question, windowTitle(),
                        m_mode == Mode::Edit ? tr("Thiết lập đợt có thay đổi chưa lưu.")
                                             : tr("Đợt mới chưa được tạo."),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(m_mode == Mode::Edit ? tr("Lưu các thay đổi trước khi đóng?")
                                                    : tr("Tạo đợt trước khi đóng?"));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            if (save() && m_mode == Mode::Edit)
                QDialog::reject();
            return;
        case QMessageBox::Discard:
            break;
        default:
            return;
        }
    }
    QDialog::reject();
}

void CampaignSetupDialog::done(int result)
{
    if (m_settings)
        m_settings->raw().setValue(QLatin1String(GeometryKey), saveGeometry());
    QDialog::done(result);
}

} // namespace signtally
