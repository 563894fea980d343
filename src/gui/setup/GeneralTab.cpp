#include "gui/setup/GeneralTab.h"

#include "core/VnFormat.h"
#include "gui/setup/SetupEditor.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QDateEdit* dateField(QWidget* parent, const QString& name)
{
    auto* e = new QDateEdit(parent);
    e->setObjectName(name);
    e->setDisplayFormat(u"dd/MM/yyyy"_s);
    e->setCalendarPopup(true);
    e->setKeyboardTracking(false);
    e->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    return e;
}

QSpinBox* percentField(QWidget* parent, const QString& name, int min)
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(min, 200);
    s->setSuffix(u" %"_s);
    s->setKeyboardTracking(false);
    s->setLocale(Format().locale());
    return s;
}

} // namespace

GeneralTab::GeneralTab(SetupEditor* editor, QWidget* parent) : QWidget(parent), m_editor(editor)
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = lineField(u"campaignName"_s);
    form->addRow(tr("Tên đợt:"), m_name);
    m_code = lineField(u"campaignCode"_s);
    m_code->setToolTip(tr("Mã không đổi của đợt: chữ thường không dấu, chữ số và dấu gạch "
                          "ngang (tn-2025-30ngay)."));
    form->addRow(tr("Mã đợt:"), m_code);
    m_organisation = lineField(u"campaignOrganisation"_s);
    form->addRow(tr("Cơ quan thực hiện:"), m_organisation);
    m_area = lineField(u"campaignArea"_s);
    form->addRow(tr("Địa bàn:"), m_area);
    m_plan = lineField(u"campaignPlan"_s);
    form->addRow(tr("Căn cứ kế hoạch:"), m_plan);

    auto* dates = new QHBoxLayout;
    m_start = dateField(this, u"campaignStart"_s);
    m_end = dateField(this, u"campaignEnd"_s);
    m_days = new QLabel(this);
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("đến"), this));
    dates->addWidget(m_end);
    dates->addWidget(m_days);
    dates->addStretch(1);
    form->addRow(tr("Thời gian:"), dates);
    for (QDateEdit* e : {m_start, m_end})
        connect(e, &QDateEdit::dateChanged, this, [this] {
            m_editor->change(tr("Sửa thời gian của đợt"), [&](CampaignSetup& s) {
                s.campaign.start = m_start->date();
                s.campaign.end = m_end->date();
            });
        });

    m_populationLabel = lineField(u"populationLabel"_s);
    m_populationLabel->setToolTip(tr("Dân số của mỗi đơn vị đếm ai, ví dụ “Dân số trưởng thành” "
                                     "hoặc “Người dân từ 16 tuổi trở lên”."));
    m_populationLabel->setPlaceholderText(tr("Dân số trưởng thành"));
    form->addRow(tr("Đối tượng dân số:"), m_populationLabel);

    auto* goal = new QHBoxLayout;
    m_goalCount = new QRadioButton(tr("Số người"), this);
    m_goalCount->setObjectName(u"goalCount"_s);
    m_count = new QSpinBox(this);
    m_count->setObjectName(u"goalCountValue"_s);
    m_count->setRange(0, 1'000'000'000);
    m_count->setGroupSeparatorShown(true);
    m_count->setKeyboardTracking(false);
    m_count->setLocale(Format().locale()); // 50.000 in Vietnamese
    m_goalPercent = new QRadioButton(tr("Tỷ lệ dân số"), this);
    m_goalPercent->setObjectName(u"goalPercent"_s);
    m_percent = new QDoubleSpinBox(this);
    m_percent->setObjectName(u"goalPercentValue"_s);
    m_percent->setRange(0, 100);
    m_percent->setDecimals(2);
    m_percent->setSuffix(u" %"_s);
    m_percent->setKeyboardTracking(false);
    m_percent->setLocale(Format().locale());
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_goalCount);
    kinds->addButton(m_goalPercent);
    m_goalResult = new QLabel(this);
    m_goalResult->setObjectName(u"goalResult"_s);
    goal->addWidget(m_goalCount);
    goal->addWidget(m_count);
    goal->addSpacing(12);
    goal->addWidget(m_goalPercent);
    goal->addWidget(m_percent);
    goal->addSpacing(12);
    goal->addWidget(m_goalResult);
    goal->addStretch(1);
    form->addRow(tr("Mục tiêu:"), goal);
    connect(kinds, &QButtonGroup::buttonClicked, this, [this] { commitGoal(); });
    connect(m_count, &QSpinBox::valueChanged, this, [this] { commitGoal(); });
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, [this] { commitGoal(); });

    auto* thresholds = new QHBoxLayout;
    m_onTrack = percentField(this, u"onTrackPercent"_s, 1);
    m_atRisk = percentField(this, u"atRiskPercent"_s, 0);
    thresholds->addWidget(new QLabel(tr("đúng tiến độ từ"), this));
    thresholds->addWidget(m_onTrack);
    thresholds->addSpacing(12);
    thresholds->addWidget(new QLabel(tr("có nguy cơ từ"), this));
    thresholds->addWidget(m_atRisk);
    thresholds->addWidget(new QLabel(tr("(so với số cần đạt đến ngày xem)"), this));
    thresholds->addStretch(1);
    form->addRow(tr("Ngưỡng trạng thái:"), thresholds);
    for (QSpinBox* s : {m_onTrack, m_atRisk})
        connect(s, &QSpinBox::valueChanged, this, [this] {
            m_editor->change(tr("Sửa ngưỡng trạng thái"), [&](CampaignSetup& s) {
                s.campaign.thresholds.onTrackPercent = m_onTrack->value();
                s.campaign.thresholds.atRiskPercent = m_atRisk->value();
            });
        });

    connect(m_editor, &SetupEditor::changed, this, &GeneralTab::refresh);
    refresh();
}

QLineEdit* GeneralTab::lineField(const QString& name)
{
    auto* e = new QLineEdit(this);
    e->setObjectName(name);
    connect(e, &QLineEdit::editingFinished, this,
            [this, e] { commitText(e, tr("Sửa thông tin đợt")); });
    return e;
}

void GeneralTab::commitText(QLineEdit* field, const QString& step)
{
    const QString text = field->text().trimmed();
    m_editor->change(step, [&](CampaignSetup& s) {
        Campaign& c = s.campaign;
        if (field == m_name)
            c.name = text;
        else if (field == m_code)
            c.code = text;
        else if (field == m_organisation)
            c.organisation = text;
        else if (field == m_area)
            c.area = text;
        else if (field == m_plan)
            c.planReference = text;
        else if (field == m_populationLabel)
            s.populationLabel = text;
    });
}

void GeneralTab::commitGoal()
{
    const bool percent = m_goalPercent->isChecked();
    m_editor->change(tr("Sửa mục tiêu"), [&](CampaignSetup& s) {
        Campaign& c = s.campaign;
        const bool wasPercent = c.goalKind == GoalKind::PercentOfPopulation;
        if (percent != wasPercent) {
            // A new kind starts from the same number of people.
            const qint64 people = s.goalCount();
            const qint64 population = s.totalPopulation();
            c.goalValue = !percent         ? people
                          : population > 0 ? std::min<qint64>(10000, people * 10000 / population)
                                           : 0;
        } else {
            c.goalValue = percent ? qRound64(m_percent->value() * 100) : qint64(m_count->value());
        }
        c.goalKind = percent ? GoalKind::PercentOfPopulation : GoalKind::Absolute;
    });
    refresh(); // the spin boxes' enabled state when the kind did not change the set-up
}

void GeneralTab::refresh()
{
    const CampaignSetup& s = m_editor->setup();
    const Campaign& c = s.campaign;
    const QList<QWidget*> fields = {m_name,    m_code,        m_organisation, m_area,
                                    m_plan,    m_start,       m_end,          m_goalCount,
                                    m_count,   m_goalPercent, m_percent,      m_populationLabel,
                                    m_onTrack, m_atRisk};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget* w : fields)
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    auto setText = [](QLineEdit* e, const QString& text) {
        if (e->text() != text)
            e->setText(text);
    };
    setText(m_name, c.name);
    setText(m_code, c.code);
    setText(m_organisation, c.organisation);
    setText(m_area, c.area);
    setText(m_plan, c.planReference);
    setText(m_populationLabel, s.populationLabel);
    m_start->setDate(c.start);
    m_end->setDate(c.end);
    m_days->setText(c.days() > 0 ? tr("(%n ngày)", nullptr, c.days()) : QString());
    const bool percent = c.goalKind == GoalKind::PercentOfPopulation;
    m_goalPercent->setChecked(percent);
    m_goalCount->setChecked(!percent);
    m_count->setEnabled(!percent);
    m_percent->setEnabled(percent);
    if (percent)
        m_percent->setValue(c.goalValue / 100.0);
    else
        m_count->setValue(int(std::min<qint64>(c.goalValue, m_count->maximum())));
    m_goalResult->setText(percent ? tr("= %1 người (của %2 %3)")
                                        .arg(Format().count(s.goalCount()),
                                             Format().count(s.totalPopulation()),
                                             s.populationLabel.toLower())
                                  : tr("= %1 người").arg(Format().count(s.goalCount())));
    m_onTrack->setValue(c.thresholds.onTrackPercent);
    m_atRisk->setValue(c.thresholds.atRiskPercent);
}

} // namespace signtally
