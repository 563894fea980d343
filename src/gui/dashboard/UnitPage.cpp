#include "gui/dashboard/UnitPage.h"

#include "core/StatusText.h"
#include "core/TextMatch.h"
#include "core/VnFormat.h"
#include "gui/charts/DailyStackChart.h"
#include "gui/charts/TimeLineChart.h"
#include "gui/dashboard/ChartBuilders.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/HeadlineCard.h"
#include "models/CampaignSession.h"
#include "models/DisplayNames.h"
#include "models/EntryModel.h"
#include "models/UnitProgressModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace signtally {

int UnitPage::findUnit(const CampaignData& data, const QString& name)
{
    const QString trimmed = name.trimmed();
    for (int i = 0; i < data.units.size(); ++i)
        if (data.units[i].name == trimmed)
            return i;
    const QString key = nameKey(trimmed);
    for (int i = 0; i < data.units.size(); ++i) {
        if (nameKey(data.units[i].name) == key)
            return i;
        for (const QString& alias : data.units[i].aliases)
            if (nameKey(alias) == key)
                return i;
    }
    return -1;
}

UnitPage::UnitPage(CampaignSession* session, QWidget* parent)
    : Page(parent), m_session(session), m_campaignId(session->campaignId()),
      m_asOf(session->defaultDate())
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    content->setObjectName(u"unitContent"_s);
    content->setStyleSheet(u"QWidget#unitContent { background: #eef1f4; }"_s);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);

    auto* header = new QHBoxLayout;
    auto* unitLabel = new QLabel(tr("Đơn vị:"), content);
    QFont big = unitLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    unitLabel->setFont(big);
    m_unitCombo = new QComboBox(content);
    m_unitCombo->setObjectName(u"unitChooser"_s);
    m_unitCombo->setFont(big);
    m_unitCombo->setMaxVisibleItems(20);
    fillUnits();
    // Type any part of a name to find it; an unknown name goes back to the unit shown.
    m_unitCombo->setEditable(true);
    m_unitCombo->setInsertPolicy(QComboBox::NoInsert);
    m_unitCombo->completer()->setFilterMode(Qt::MatchContains);
    m_unitCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_unitCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unitCombo->setMinimumContentsLength(18);
    m_unitCombo->lineEdit()->setFont(big);
    connect(m_unitCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int i = findUnit(m_session->data(), m_unitCombo->currentText());
        if (i >= 0)
            setUnit(i);
        m_unitCombo->setEditText(m_session->data().units[m_unit].name);
    });
    m_unitCombo->setToolTip(tr("Chọn đơn vị (Alt+↑ / Alt+↓: đơn vị trước / sau)"));
    unitLabel->setBuddy(m_unitCombo);
    header->addWidget(unitLabel);
    header->addWidget(m_unitCombo);
    m_status = new QLabel(content);
    m_status->setObjectName(u"unitStatus"_s);
    header->addWidget(m_status);
    header->addStretch(1);
    header->addWidget(makeAsOfSelector(content, session, &m_asOfEdit));
    layout->addLayout(header);
    auto* prevUnit = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this);
    prevUnit->setContext(Qt::WidgetWithChildrenShortcut);
    connect(prevUnit, &QShortcut::activated, this, [this] { setUnit(m_unit - 1); });
    auto* nextUnit = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this);
    nextUnit->setContext(Qt::WidgetWithChildrenShortcut);
    connect(nextUnit, &QShortcut::activated, this, [this] { setUnit(m_unit + 1); });

    auto* cards = new QGridLayout;
    cards->setSpacing(8);
    const QList<std::pair<QString, QString>> cardSpecs = {
        {u"unitCumulative"_s, tr("Lũy kế / chỉ tiêu")},
        {u"unitCoverage"_s, tr("Bao phủ dân số trưởng thành")},
        {u"unitRate"_s, tr("Cần đạt mỗi ngày")},
        {u"unitForecast"_s, tr("Dự báo đạt chỉ tiêu")},
        {u"unitRank"_s, tr("Xếp hạng theo % chỉ tiêu")},
    };
    for (int i = 0; i < cardSpecs.size(); ++i) {
        auto* card = new HeadlineCard(cardSpecs[i].first, cardSpecs[i].second, content, i == 0);
        m_cards.push_back(card);
        cards->addWidget(card, 0, i);
        cards->setColumnStretch(i, i == 0 ? 3 : 2);
    }
    layout->addLayout(cards);

    auto* chartsRow = new QHBoxLayout;
    m_daily = new charts::DailyStackChart(content);
    m_daily->setObjectName(u"unitDailyChart"_s);
    m_cumulative = new charts::TimeLineChart(content);
    m_cumulative->setObjectName(u"unitCumulativeChart"_s);
    for (QWidget* w : {static_cast<QWidget*>(m_cumulative), static_cast<QWidget*>(m_daily)}) {
        w->setMinimumHeight(330);
        chartsRow->addWidget(w, 1);
    }
    layout->addLayout(chartsRow);

    m_historyTitle = new QLabel(content);
    m_historyTitle->setObjectName(u"unitHistoryTitle"_s);
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    layout->addWidget(m_historyTitle);
    m_history = new QTableWidget(content);
    m_history->setObjectName(u"unitHistory"_s);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setAlternatingRowColors(true);
    m_history->verticalHeader()->setVisible(false);
    m_history->setColumnCount(7);
    m_history->setHorizontalHeaderLabels({tr("Thời điểm sửa"), tr("Ngày số liệu"), tr("Nhà mạng"),
                                          tr("Số cũ"), tr("Số mới"), tr("Người sửa"), tr("Nguồn")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setMinimumHeight(260);
    layout->addWidget(m_history, 1);

    connect(m_unitCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i != m_unit) {
            m_unit = i;
            refresh();
            refreshHistory();
        }
    });
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, [this](QDate d) {
        m_asOf = d;
        refresh();
        refreshHistory();
    });
    followChanges(session);
    refresh();
    refreshHistory();
}

void UnitPage::fillUnits()
{
    const QSignalBlocker block(m_unitCombo);
    m_unitCombo->clear();
    for (const Unit& u : m_session->data().units)
        m_unitCombo->addItem(u.name);
}

void UnitPage::reloadSetup()
{
    // The same unit when the new list has it (by name), else the first.
    const CampaignData& data = m_session->data();
    const QString shown = m_unitCombo->itemText(m_unit);
    fillUnits();
    const int same = findUnit(data, shown);
    m_unit = same >= 0 ? same : 0;
    {
        const QSignalBlocker block(m_unitCombo);
        m_unitCombo->setCurrentIndex(data.units.isEmpty() ? -1 : m_unit);
    }
    // The refresh and the history come with the date's dateChanged.
    resetAsOfSelector(m_asOfEdit, m_session, m_campaignId);
}

void UnitPage::applyChange(const ChangeNotice& notice)
{
    if (notice.touches(ChangeNotice::Setup)) {
        reloadSetup();
        return;
    }
    // The rank compares every unit, so any count up to "as of" may move it.
    if (notice.changesFiguresAsOf(m_asOf))
        refresh();
    if (notice.touchesUnit(m_unit) || notice.touches(ChangeNotice::Setup))
        refreshHistory();
}

HeadlineCard* UnitPage::card(const QString& objectName) const
{
    for (HeadlineCard* c : m_cards)
        if (c->objectName() == objectName)
            return c;
    return nullptr;
}

void UnitPage::setUnit(int unitIndex)
{
    if (unitIndex < 0 || unitIndex >= m_unitCombo->count())
        return;
    m_unitCombo->setCurrentIndex(unitIndex); // refreshes when it changes
}

void UnitPage::setAsOf(QDate date)
{
    const QDate clamped = m_session->calendar().clamp(date);
    if (clamped == m_asOfEdit->date()) {
        m_asOf = clamped;
        refresh();
        refreshHistory();
    } else {
        m_asOfEdit->setDate(clamped);
    }
}

void UnitPage::applyViewOptions(const ViewOptions& options)
{
    if (!options.unit.isEmpty()) {
        const int i = findUnit(m_session->data(), options.unit);
        if (i >= 0)
            setUnit(i);
    }
    if (options.asOf.isValid())
        setAsOf(options.asOf);
}

void UnitPage::refresh()
{
    const Format fmt;
    const CampaignData& data = m_session->data();
    if (m_unit < 0 || m_unit >= data.units.size())
        return;
    const ProgressEngine engine = m_session->engine();
    const ProgressSnapshot s = engine.snapshot(m_asOf);
    m_progress = s.units[m_unit];
    const UnitProgress& p = m_progress;
    const Unit& unit = data.units[m_unit];
    const QColor statusColor = UnitProgressModel::statusColor(p.status);

    HeadlineCard* cum = card(u"unitCumulative"_s);
    cum->setValue(
        tr("%1 / %2").arg(fmt.count(p.cumulative), fmt.count(p.target)),
        tr("%1 chỉ tiêu · kế hoạch đến nay %2")
            .arg(fmt.percent(p.percentOfTarget), fmt.count(qint64(std::llround(p.expected)))));
    m_status->setText(StatusText::label(p.status));
    m_status->setStyleSheet(u"QLabel { color: white; background: %1; border-radius: 4px; "
                            "padding: 3px 10px; font-weight: bold; }"_s.arg(statusColor.name()));
    cum->setBar(p.percentOfTarget);
    cum->setAccent(statusColor);
    card(u"unitCoverage"_s)
        ->setValue(
            fmt.percent(p.coverage),
            tr("%1 / %2 người trưởng thành").arg(fmt.count(p.cumulative), fmt.count(p.population)));
    const QString pace = p.paceDays > 0 ? StatusText::rate(p.recentPace, fmt) : tr("chưa có");
    HeadlineCard* rate = card(u"unitRate"_s);
    if (s.over)
        rate->setValue(StatusText::label(p.status),
                       StatusText::overDetail(p.remaining, p.percentOfTarget, fmt));
    else
        rate->setValue(StatusText::rate(p.requiredDaily, fmt),
                       tr("TB 7 ngày gần nhất: %1").arg(pace));
    const bool behindPace =
        p.remaining > 0 && (!p.requiredDaily || p.recentPace < *p.requiredDaily);
    rate->setAccent(UnitProgressModel::statusColor(behindPace ? Status::Behind : Status::OnTrack));
    HeadlineCard* forecast = card(u"unitForecast"_s);
    forecast->setValue(StatusText::forecast(p.forecast, fmt),
                       p.forecast.kind == Forecast::Kind::NotWithinCampaign
                           ? tr("theo tốc độ 7 ngày: %1").arg(fmt.date(p.forecast.date))
                           : QString());
    const bool reaching = p.forecast.kind == Forecast::Kind::Reached ||
                          p.forecast.kind == Forecast::Kind::WithinCampaign;
    forecast->setAccent(
        UnitProgressModel::statusColor(reaching ? Status::OnTrack : Status::Behind));
    card(u"unitRank"_s)
        ->setValue(tr("%1 / %2").arg(StatusText::rank(p.rank)).arg(s.units.size()),
                   p.reportedOnAsOf
                       ? tr("Ngày %1: %2").arg(fmt.shortDate(m_asOf), fmt.count(p.dayCount))
                       : tr("Ngày %1: chưa báo cáo").arg(fmt.shortDate(m_asOf)));

    const ProgressSeries series = engine.series(m_unit, m_asOf);
    m_cumulative->setData(ChartBuilders::cumulative(
        data, series,
        tr("%1: lũy kế so với chỉ tiêu (tính đến %2)").arg(unit.name, fmt.date(m_asOf)), true));
    m_daily->setData(ChartBuilders::dailyByProvider(
        data, series, tr("%1: số mỗi ngày theo nhà mạng").arg(unit.name)));
}

void UnitPage::refreshHistory()
{
    const Format fmt;
    const CampaignData& data = m_session->data();
    if (m_unit < 0 || m_unit >= data.units.size())
        return;
    // Only the figures up to the "as of" date, like the rest of the page.
    QVector<AuditEntry> entries = m_session->tallies().historyForUnit(data.units[m_unit].id);
    entries.removeIf([this](const AuditEntry& e) { return e.date > m_asOf; });
    m_historyTitle->setText(tr("Lịch sử thay đổi số liệu của đơn vị đến ngày %1 (mới nhất ở trên)")
                                .arg(fmt.date(m_asOf)));
    m_history->setRowCount(int(entries.size()));
    const auto countText = [&fmt](const std::optional<qint64>& c) -> QString {
        return c ? fmt.count(*c) : tr("(trống)");
    };
    for (int r = 0; r < entries.size(); ++r) {
        const AuditEntry& e = entries[r];
        QDateTime at = QDateTime::fromString(e.changedAt, Qt::ISODateWithMs);
        const QString when =
            at.isValid() ? at.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s) : e.changedAt;
        const int provider = data.providerIndexById(e.providerId);
        const QStringList cells = {when,
                                   fmt.date(e.date),
                                   provider >= 0 ? providerDisplayName(data.providers[provider])
                                                 : QString(),
                                   countText(e.oldCount),
                                   countText(e.newCount),
                                   e.actor,
                                   EntryModel::sourceLabel(e.source)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 3 || c == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_history->setItem(r, c, item);
        }
    }
    m_history->resizeColumnsToContents();
}

} // namespace signtally
