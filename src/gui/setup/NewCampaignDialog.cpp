#include "gui/setup/NewCampaignDialog.h"

#include "core/VnFormat.h"
#include "gui/setup/SetupEdits.h"
#include "models/CampaignSession.h"
#include "storage/CampaignStore.h"
#include "storage/SetupStore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

NewCampaignDialog::NewCampaignDialog(CampaignSession* session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Đợt mới"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Đợt mới bắt đầu từ:"), this));
    auto* grid = new QGridLayout;
    m_start = new QButtonGroup(this);
    auto option = [&](Start start, const QString& text, QWidget* field) {
        auto* b = new QRadioButton(text, this);
        b->setObjectName(u"start%1"_s.arg(int(start)));
        m_start->addButton(b, int(start));
        const int row = grid->rowCount();
        grid->addWidget(b, row, 0);
        if (field)
            grid->addWidget(field, row, 1);
    };
    m_campaigns = new QComboBox(this);
    m_campaigns->setObjectName(u"copyFrom"_s);
    for (const CampaignInfo& c : CampaignStore(session->database()).campaigns())
        m_campaigns->addItem(
            tr("%1 (%2–%3)").arg(c.name, Format().date(c.start), Format().date(c.end)), c.id);
    m_templates = new QComboBox(this);
    m_templates->setObjectName(u"template"_s);
    for (const CampaignFile::Template& t : CampaignFile::templates())
        m_templates->addItem(t.name, t.resource);
    option(Start::Empty, tr("Trống (chỉ có nhà mạng Viettel, VNPT, Khác)"), nullptr);
    option(Start::Copy, tr("Bản sao của đợt:"), m_campaigns);
    option(Start::Template, tr("Mẫu có sẵn:"), m_templates);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    auto* note = new QLabel(tr("Bản sao lấy đơn vị, dân số, tên khác, nhà mạng và nhóm đối tượng, "
                               "không lấy số liệu; chỉ tiêu được phân bổ lại theo mục tiêu mới."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(u"newCode"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"newName"_s);
    m_name->setMinimumWidth(420);
    form->addRow(tr("Mã đợt:"), m_code);
    form->addRow(tr("Tên đợt:"), m_name);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_start, &QButtonGroup::idClicked, this, [this] { fillNames(); });
    connect(m_campaigns, &QComboBox::currentIndexChanged, this,
            [this] { choose(Start::Copy, m_campaigns->currentIndex()); });
    connect(m_templates, &QComboBox::currentIndexChanged, this,
            [this] { choose(Start::Template, m_templates->currentIndex()); });
    choose(m_campaigns->count() > 0 ? Start::Copy : Start::Empty);
}

void NewCampaignDialog::choose(Start start, int index)
{
    m_start->button(int(start))->setChecked(true);
    QComboBox* box = start == Start::Copy       ? m_campaigns
                     : start == Start::Template ? m_templates
                                                : nullptr;
    if (box && index >= 0 && index < box->count() && box->currentIndex() != index) {
        box->setCurrentIndex(index); // comes back here
        return;
    }
    fillNames();
}

void NewCampaignDialog::fillNames()
{
    const CampaignFileContent c = source();
    const Storage& db = m_session->database();
    switch (Start(m_start->checkedId())) {
    case Start::Empty:
        m_code->setText(freeCampaignCode(db, u"dot-moi"_s));
        m_name->setText(tr("Đợt mới"));
        break;
    case Start::Copy:
        m_code->setText(freeCampaignCode(db, c.setup.campaign.code));
        m_name->setText(tr("%1 (bản sao)").arg(c.setup.campaign.name));
        break;
    case Start::Template:
        m_code->setText(freeCampaignCode(db, c.setup.campaign.code));
        m_name->setText(c.setup.campaign.name);
        break;
    }
}

CampaignFileContent NewCampaignDialog::content() const
{
    CampaignFileContent out = source();
    if (!m_code->text().trimmed().isEmpty())
        out.setup.campaign.code = m_code->text().trimmed();
    if (!m_name->text().trimmed().isEmpty())
        out.setup.campaign.name = m_name->text().trimmed();
    return out;
}

CampaignFileContent NewCampaignDialog::source() const
{
    CampaignFileContent out;
    switch (Start(m_start->checkedId())) {
    case Start::Empty:
        out.setup = emptySetup();
        break;
    case Start::Copy:
        if (m_campaigns->currentIndex() >= 0)
            out.setup = copyOf(m_session->database(), m_campaigns->currentData().toLongLong());
        break;
    case Start::Template:
        if (m_templates->currentIndex() >= 0)
            out = fromTemplate(m_templates->currentData().toString());
        break;
    }
    return out;
}

CampaignSetup NewCampaignDialog::emptySetup()
{
    CampaignSetup s;
    Campaign& c = s.campaign;
    c.code = u"dot-moi"_s;
    c.name = tr("Đợt mới");
    c.start = QDate::currentDate();
    c.end = c.start.addDays(29);
    c.goalKind = GoalKind::Absolute;
    s.populationLabel = tr("Dân số trưởng thành");
    s.groups = {SetupGroup{0, u"adults"_s, s.populationLabel, std::nullopt}};
    s.providers = {SetupProvider{0, u"viettel"_s, u"Viettel"_s, {}, false},
                   SetupProvider{0, u"vnpt"_s, u"VNPT"_s, {}, false},
                   SetupProvider{0, u"other"_s, u"Khác"_s, {}, false}};
    return s;
}

CampaignSetup NewCampaignDialog::copyOf(const Storage& db, qint64 campaignId)
{
    CampaignSetup s = SetupStore(db).load(campaignId);
    s.campaign.id = 0;
    for (SetupUnit& u : s.units) {
        u.id = 0;
        u.quota.reset();
        u.quotaManual = false;
    }
    for (SetupProvider& p : s.providers)
        p.id = 0;
    for (SetupGroup& g : s.groups)
        g.id = 0;
    if (s.missingFigures().isEmpty())
        s.apportionQuotas();
    return s;
}

CampaignFileContent NewCampaignDialog::fromTemplate(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        CampaignFileContent out;
        out.problems << tr("Không đọc được mẫu %1.").arg(resource);
        return out;
    }
    return CampaignFile::fromBytes(file.readAll());
}

QString NewCampaignDialog::freeCampaignCode(const Storage& db, const QString& base)
{
    QStringList taken;
    for (const CampaignInfo& c : CampaignStore(db).campaigns())
        taken << c.code;
    return SetupEdits::freeCode(base, taken);
}

} // namespace signtally
