#include "gui/dashboard/DashboardPage.h"

#include "core/StatusText.h"
#include "core/VnFormat.h"
#include "gui/charts/DailyStackChart.h"
#include "gui/charts/RankedBarsChart.h"
#include "gui/charts/TimeLineChart.h"
#include "gui/dashboard/ChartBuilders.h"
#include "gui/dashboard/HeadlineCard.h"
#include "gui/dashboard/ProgressBarDelegate.h"
#include "models/CampaignSession.h"
#include "models/DisplayNames.h"
#include "models/UnitProgressModel.h"
#include "storage/CampaignStore.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace signtally {

QWidget* makeAsOfSelector(QWidget* parent, CampaignSession* session, QDateEdit** edit)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(QCoreApplication::translate("DashboardPage", "Tính đến ngày:"), box);
    auto* dateEdit = new QDateEdit(box);
    dateEdit->setObjectName(u"asOf"_s);
    dateEdit->setDisplayFormat(u"dd/MM/yyyy"_s);
    dateEdit->setCalendarPopup(true);
    dateEdit->setDateRange(session->calendar().start(), session->calendar().end());
    dateEdit->setDate(session->defaultDate());
    dateEdit->setToolTip(QCoreApplication::translate(
        "DashboardPage",
        "Xem số liệu như tại ngày này (Ctrl+PgUp / Ctrl+PgDown: ngày trước / sau)"));
    label->setBuddy(dateEdit);
    auto* today = new QPushButton(QCoreApplication::translate("DashboardPage", "Hôm nay"), box);
    today->setToolTip(
        QCoreApplication::translate("DashboardPage", "Về ngày hôm nay (trong thời gian đợt)"));
    QObject::connect(today, &QPushButton::clicked, dateEdit,
                     [dateEdit, session] { dateEdit->setDate(session->defaultDate()); });
    // Each page has its own selector: the keys act on the page that has the focus.
    auto* prev = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), parent);
    prev->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(prev, &QShortcut::activated, dateEdit,
                     [dateEdit] { dateEdit->setDate(dateEdit->date().addDays(-1)); });
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), parent);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(next, &QShortcut::activated, dateEdit,
                     [dateEdit] { dateEdit->setDate(dateEdit->date().addDays(1)); });
    layout->addWidget(label);
    layout->addWidget(dateEdit);
    layout->addWidget(today);
    *edit = dateEdit;
    return box;
}

void resetAsOfSelector(QDateEdit* edit, CampaignSession* session, qint64& campaignId)
{
    const CampaignCalendar cal = session->calendar();
    const bool sameCampaign = campaignId == session->campaignId();
    campaignId = session->campaignId();
    const QDate keep = edit->date();
    const QDate date = sameCampaign && cal.contains(keep) ? keep : session->defaultDate();
    {
        const QSignalBlocker block(edit);
        edit->setDateRange(cal.start(), cal.end());
        edit->setDate(date);
    }
    emit edit->dateChanged(date); // the page follows even when the date is the same
}

DashboardPage::DashboardPage(CampaignSession* session, QWidget* parent)
    : Page(parent), m_session(session), m_asOf(session->defaultDate()),
      m_campaignId(session->campaignId())
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The page scrolls down, never sideways: everything fits the width.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    content->setObjectName(u"dashboardContent"_s);
    content->setStyleSheet(u"QWidget#dashboardContent { background: #eef1f4; }"_s);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);

    // Title and "as of".
    auto* header = new QHBoxLayout;
    m_title = new QLabel(session->data().campaign.name, content);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    header->addWidget(m_title, 1);
    header->addWidget(makeAsOfSelector(content, session, &m_asOfEdit));
    layout->addLayout(header);
    // The target group shown (hidden for the whole population).
    m_groupNotice = new QLabel(content);
    m_groupNotice->setObjectName(u"groupNotice"_s);
    m_groupNotice->setWordWrap(true);
    m_groupNotice->setStyleSheet(u"QLabel { background: #dcebf7; color: #17324d; border: 1px "
                                 "solid #8db4d6; border-radius: 4px; padding: 5px 10px; }"_s);
    layout->addWidget(m_groupNotice);
    refreshGroupNotice();

    // The campaign is over: say so on top, and offer the file's other campaigns.
    m_endedBar = new QFrame(content);
    m_endedBar->setObjectName(u"endedBar"_s);
    m_endedBar->setStyleSheet(u"QFrame#endedBar { background: #fff4d6; border: 1px solid #e0c56e; "
                              "border-radius: 4px; } QLabel { color: #5a4500; }"_s);
    auto* ended = new QHBoxLayout(m_endedBar);
    ended->setContentsMargins(10, 4, 6, 4);
    m_endedNotice = new QLabel(m_endedBar);
    m_endedNotice->setObjectName(u"endedNotice"_s);
    m_endedNotice->setWordWrap(true);
    ended->addWidget(m_endedNotice, 1);
    m_otherCampaign = new QPushButton(tr("Chọn đợt khác…"), m_endedBar);
    m_otherCampaign->setObjectName(u"otherCampaign"_s);
    m_otherCampaign->setToolTip(tr("Mở danh sách các đợt trong tệp này (Ctrl+Shift+O)"));
    connect(m_otherCampaign, &QPushButton::clicked, this, &DashboardPage::chooseCampaignRequested);
    ended->addWidget(m_otherCampaign);
    m_newCampaign = new QPushButton(tr("Thiết lập đợt mới…"), m_endedBar);
    m_newCampaign->setObjectName(u"newCampaign"_s);
    m_newCampaign->setToolTip(tr("Tạo đợt mới từ đợt này, từ một mẫu hoặc từ đầu (Ctrl+Shift+N)"));
    connect(m_newCampaign, &QPushButton::clicked, this, &DashboardPage::newCampaignRequested);
    ended->addWidget(m_newCampaign);
    layout->addWidget(m_endedBar);

    // Headline figures.
    auto* cards = new QHBoxLayout;
    cards->setSpacing(8);
    m_total = new HeadlineCard(u"headlineTotal"_s, tr("Lũy kế toàn đợt"), content, true);
    m_days = new HeadlineCard(u"headlineDays"_s, tr("Thời gian"), content);
    m_rate = new HeadlineCard(u"headlineRate"_s, tr("Cần đạt mỗi ngày"), content);
    m_forecast =
        new HeadlineCard(u"headlineForecast"_s,
                         tr("Dự báo đạt %1").arg(Format().count(session->data().goal())), content);
    m_status =
        new HeadlineCard(u"headlineStatus"_s,
                         tr("Đơn vị theo tiến độ (%1)").arg(session->data().units.size()), content);
    m_status->valueLabel()->setTextFormat(Qt::RichText);
    m_status->detailLabel()->setTextFormat(Qt::RichText);
    cards->addWidget(m_total, 3);
    cards->addWidget(m_days, 2);
    cards->addWidget(m_rate, 2);
    cards->addWidget(m_forecast, 2);
    cards->addWidget(m_status, 3);
    layout->addLayout(cards);
    m_callList = new QLabel(content);
    m_callList->setObjectName(u"callList"_s);
    m_callList->setWordWrap(true);
    m_callList->setTextFormat(Qt::RichText);
    m_callList->setToolTip(tr("Nhấp vào tên để mở trang của đơn vị"));
    connect(m_callList, &QLabel::linkActivated, this,
            [this](const QString& link) { openUnitByIndex(link.mid(5).toInt()); });
    layout->addWidget(m_callList);

    // Cumulative and daily charts side by side.
    auto* timeCharts = new QHBoxLayout;
    m_cumulative = new charts::TimeLineChart(content);
    m_cumulative->setObjectName(u"cumulativeChart"_s);
    m_daily = new charts::DailyStackChart(content);
    m_daily->setObjectName(u"dailyChart"_s);
    for (QWidget* w : {static_cast<QWidget*>(m_cumulative), static_cast<QWidget*>(m_daily)}) {
        w->setMinimumHeight(260);
        timeCharts->addWidget(w, 1);
    }
    layout->addLayout(timeCharts);

    // Every unit: the table across the page, right under the charts (its
    // first rows on the first screen), then % of quota as bars.
    const int unitCount = int(session->data().units.size());
    const int unitsHeight = charts::RankedBarsChart::heightFor(std::min(unitCount, MaxBars));

    m_model = new UnitProgressModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UnitProgressModel::SortRole);
    m_table = new QTableView(content);
    m_table->setObjectName(u"unitTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // Lowest % of quota first, like the bars: the units to call are on top.
    m_table->sortByColumn(UnitProgressModel::PercentOfQuota, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    // Up to MaxBars rows the page scrolls, not the table; a province or the
    // whole country (thousands of units) scrolls inside the table.
    m_table->setVerticalScrollBarPolicy(unitCount > MaxBars ? Qt::ScrollBarAsNeeded
                                                            : Qt::ScrollBarAlwaysOff);
    m_table->setItemDelegateForColumn(UnitProgressModel::PercentOfQuota,
                                      new ProgressBarDelegate(UnitProgressModel::PercentRole,
                                                              UnitProgressModel::StatusColorRole,
                                                              m_table));
    m_table->setColumnHidden(UnitProgressModel::Adults, true);
    m_table->setColumnHidden(UnitProgressModel::Coverage, true);
    m_table->setToolTip(
        tr("Nhấp đúp hoặc Enter để mở trang của đơn vị; nhấp tiêu đề cột để sắp xếp"));
    connect(m_table, &QTableView::activated, this, &DashboardPage::openUnit);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    // Figures as wide as they need, the name and the % bar share the rest.
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(UnitProgressModel::Name, QHeaderView::Stretch);
    columns->setSectionResizeMode(UnitProgressModel::PercentOfQuota, QHeaderView::Stretch);
    columns->setMinimumSectionSize(48);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Column widths from a sample of rows, not from every one of 3.321.
    columns->setResizeContentsPrecision(MaxBars);
    // Rows all visible: the page scrolls, not the table.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(std::min(unitCount, MaxBars) * rowHeight +
                            columns->sizeHint().height() + 2 * m_table->frameWidth() + 2);
    layout->addWidget(m_table);

    m_units = new charts::RankedBarsChart(content);
    m_units->setObjectName(u"unitsChart"_s);
    m_units->setFixedHeight(unitsHeight);
    layout->addWidget(m_units);
    fitToWidth();
    layout->addStretch(1);

    connect(m_asOfEdit, &QDateEdit::dateChanged, this, [this](QDate d) {
        m_asOf = d;
        refresh();
    });
    followChanges(session);
    refreshEndedBar();
    refresh();
}

void DashboardPage::refreshEndedBar()
{
    const Campaign& c = m_session->data().campaign;
    const bool over = m_session->clock().today() > c.end;
    if (over) {
        m_endedNotice->setText(
            // (Names usually begin with "Đợt" themselves: "Đợt cao điểm …".)
            (c.name.startsWith(u"Đợt"_s, Qt::CaseInsensitive) ? tr("%1 đã kết thúc ngày %2.")
                                                              : tr("Đợt “%1” đã kết thúc ngày %2."))
                .arg(c.name, Format().date(c.end)));
        int campaigns = 1;
        try {
            campaigns = int(CampaignStore(m_session->database()).campaigns().size());
        } catch (const StorageError&) {
        }
        m_otherCampaign->setVisible(campaigns > 1);
    }
    m_endedBar->setVisible(over);
}

void DashboardPage::refreshGroupNotice()
{
    const QString text = groupViewText(m_session->data(), m_session->viewedGroup());
    m_groupNotice->setText(text);
    m_groupNotice->setVisible(!text.isEmpty());
}

void DashboardPage::reloadSetup()
{
    const CampaignData& data = m_session->data();
    m_title->setText(data.campaign.name);
    refreshGroupNotice();
    m_forecast->setCaption(tr("Dự báo đạt %1").arg(Format().count(data.goal())));
    m_status->setCaption(tr("Đơn vị theo tiến độ (%1)").arg(data.units.size()));
    const int unitCount = int(data.units.size());
    m_table->setVerticalScrollBarPolicy(unitCount > MaxBars ? Qt::ScrollBarAsNeeded
                                                            : Qt::ScrollBarAlwaysOff);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(std::min(unitCount, MaxBars) * rowHeight +
                            m_table->horizontalHeader()->sizeHint().height() +
                            2 * m_table->frameWidth() + 2);
    m_units->setFixedHeight(charts::RankedBarsChart::heightFor(std::min(unitCount, MaxBars)));
    refreshEndedBar();
    // Moves "as of" into the campaign (the refresh comes with its dateChanged).
    resetAsOfSelector(m_asOfEdit, m_session, m_campaignId);
}

QString DashboardPage::barLabel(const QString& unitName, double percent)
{
    return tr("%1 · %2").arg(unitName, Format().percent(percent));
}

void DashboardPage::setAsOf(QDate date)
{
    const QDate clamped = m_session->calendar().clamp(date);
    if (clamped == m_asOfEdit->date()) {
        m_asOf = clamped;
        refresh();
    } else {
        m_asOfEdit->setDate(clamped); // refreshes
    }
}

void DashboardPage::applyChange(const ChangeNotice& notice)
{
    if (notice.touches(ChangeNotice::Setup)) {
        reloadSetup();
        return;
    }
    // Everything here is "as of" m_asOf: counts after it change nothing shown.
    if (notice.changesFiguresAsOf(m_asOf))
        refresh();
}

void DashboardPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    fitToWidth();
}

// The table spans the page: on a wide screen it also shows the adults and the
// coverage; below about 1000 pixels the number and the rank give way so
// nothing scrolls sideways. The time charts grow with the window's height,
// leaving the first rows of the table on the first screen.
void DashboardPage::fitToWidth()
{
    const bool wide = width() >= 1600;
    const bool narrow = width() < 1000;
    for (int c : {UnitProgressModel::Adults, UnitProgressModel::Coverage})
        m_table->setColumnHidden(c, !wide);
    for (int c : {UnitProgressModel::Number, UnitProgressModel::Rank})
        m_table->setColumnHidden(c, narrow);
    const int chartHeight = std::clamp(int((height() - 330) * 0.75), 260, 480);
    m_cumulative->setMinimumHeight(chartHeight);
    m_daily->setMinimumHeight(chartHeight);
}

void DashboardPage::applyViewOptions(const ViewOptions& options)
{
    if (options.asOf.isValid())
        setAsOf(options.asOf);
}

void DashboardPage::openUnit(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    openUnitByIndex(m_proxy->data(proxyIndex, UnitProgressModel::UnitIndexRole).toInt());
}

void DashboardPage::openUnitByIndex(int unit)
{
    if (unit < 0 || unit >= m_session->data().units.size())
        return;
    ViewOptions options;
    options.asOf = m_asOf;
    options.unit = m_session->data().units[unit].name;
    emit openPage(u"unit"_s, options);
}

void DashboardPage::refresh()
{
    const Format fmt;
    const CampaignData& data = m_session->data();
    m_snapshot = m_session->engine().snapshot(m_asOf);
    const ProgressSnapshot& s = m_snapshot;
    const Progress& t = s.total;

    m_total->setValue(
        tr("%1 / %2").arg(fmt.count(t.cumulative), fmt.count(t.target)),
        tr("%1 · kế hoạch đến nay %2")
            .arg(fmt.percent(t.percentOfTarget), fmt.count(qint64(std::llround(t.expected)))));
    m_total->setBar(t.percentOfTarget);
    m_days->setValue(s.over ? tr("Đã kết thúc") : tr("Còn %1 ngày").arg(s.daysLeft),
                     tr("Đã qua %1/%2 ngày (%3–%4)")
                         .arg(s.elapsedDays)
                         .arg(s.campaignDays)
                         .arg(fmt.shortDate(data.campaign.start), fmt.date(data.campaign.end)));
    const QString pace = t.paceDays > 0 ? StatusText::rate(t.recentPace, fmt) : tr("chưa có");
    m_rate->setValue(s.over ? StatusText::label(t.status) : StatusText::rate(t.requiredDaily, fmt),
                     s.over ? StatusText::overDetail(t.remaining, t.percentOfTarget, fmt)
                            : tr("TB 7 ngày gần nhất: %1").arg(pace));
    const bool behindPace =
        t.remaining > 0 && (!t.requiredDaily || t.recentPace < *t.requiredDaily);
    m_rate->setAccent(behindPace ? UnitProgressModel::statusColor(Status::Behind)
                                 : UnitProgressModel::statusColor(Status::OnTrack));
    m_forecast->setValue(StatusText::forecast(t.forecast, fmt),
                         t.forecast.kind == Forecast::Kind::NotWithinCampaign
                             ? tr("theo tốc độ 7 ngày: %1").arg(fmt.date(t.forecast.date))
                             : QString());
    const bool reaching = t.forecast.kind == Forecast::Kind::Reached ||
                          t.forecast.kind == Forecast::Kind::WithinCampaign;
    m_forecast->setAccent(reaching ? UnitProgressModel::statusColor(Status::OnTrack)
                                   : UnitProgressModel::statusColor(Status::Behind));
    const auto colored = [](Status st, const QString& text) -> QString {
        return u"<span style=\"color:%1\">%2</span>"_s.arg(
            UnitProgressModel::statusColor(st).name(),
            text.toHtmlEscaped().replace(u' ', u"&nbsp;"_s));
    };
    QStringList counts, labels;
    for (Status st : StatusText::shown(s.over)) {
        if (st == Status::NoData && s.noData == 0)
            continue;
        counts << colored(st, QString::number(s.count(st)));
        labels << colored(st, StatusText::label(st));
    }
    m_status->setValue(counts.join(u" · "_s), labels.join(u" · "_s));

    m_cumulative->setData(ChartBuilders::cumulative(
        data, s.series, tr("Lũy kế toàn đợt so với kế hoạch (tính đến %1)").arg(fmt.date(m_asOf)),
        false));
    m_daily->setData(
        ChartBuilders::dailyByProvider(data, s.series, tr("Số chữ ký số mỗi ngày theo nhà mạng")));

    charts::RankedBarsData bars;
    bars.title = tr("%1 chỉ tiêu của từng đơn vị").arg(u"%"_s);
    bars.subtitle = tr("vạch đứt: kế hoạch đến %1 (%2) · vạch liền: 100%3")
                        .arg(fmt.shortDate(m_asOf), fmt.percent(s.plannedPercent), u"%"_s);
    // Bars name their group by int(Status): every status has its entry.
    for (Status st : {Status::OnTrack, Status::AtRisk, Status::Behind, Status::NoData, Status::Met,
                      Status::NotMet})
        bars.groups.push_back({StatusText::label(st), UnitProgressModel::statusColor(st)});
    QVector<UnitProgress> order = s.units;
    std::stable_sort(order.begin(), order.end(), [](const UnitProgress& a, const UnitProgress& b) {
        return a.cumulative * b.target < b.cumulative * a.target;
    });
    QStringList behind;
    int behindCount = 0;
    for (const UnitProgress& u : order)
        if (u.status == Status::Behind && ++behindCount <= MaxCallList)
            behind << u"<a href=\"unit:%1\" style=\"color:%2; text-decoration:none\">%3</a>"_s.arg(
                QString::number(u.unitIndex), UnitProgressModel::statusColor(Status::Behind).name(),
                barLabel(data.units[u.unitIndex].name, u.percentOfTarget)
                    .toHtmlEscaped()
                    .replace(u' ', u"&nbsp;"_s));
    if (s.over)
        m_callList->setText(tr("Đợt đã kết thúc: %1 đơn vị đạt chỉ tiêu, %2 đơn vị không đạt.")
                                .arg(s.met)
                                .arg(s.notMet));
    else
        m_callList->setText(behind.isEmpty()
                                ? tr("Không có đơn vị chậm tiến độ.")
                                : tr("<b>Cần đôn đốc</b> (chậm tiến độ, thấp nhất trước): %1")
                                          .arg(behind.join(u" · "_s)) +
                                      (behindCount > MaxCallList
                                           ? tr(" · và %1 đơn vị khác (xem bảng)")
                                                 .arg(fmt.count(behindCount - MaxCallList))
                                           : QString()));
    // Thousands of bars are unreadable: beyond MaxBars, the lowest ones (the
    // units to call) and a note; the table still has every unit.
    if (order.size() > MaxBars)
        bars.subtitle +=
            tr(" · %1 đơn vị thấp nhất trên %2").arg(MaxBars).arg(fmt.count(order.size()));
    for (const UnitProgress& u : order.mid(0, MaxBars))
        bars.bars.push_back({barLabel(data.units[u.unitIndex].name, u.percentOfTarget),
                             u.percentOfTarget, int(u.status)});
    bars.references = {
        {tr("100% chỉ tiêu"), 100.0, QColor(0x17, 0x32, 0x4d), Qt::SolidLine},
        {tr("Kế hoạch đến %1: %2").arg(fmt.shortDate(m_asOf), fmt.percent(s.plannedPercent)),
         s.plannedPercent, QColor(0x55, 0x55, 0x55), Qt::DashLine}};
    m_units->setData(bars);

    m_model->setSnapshot(data, s);
}

} // namespace signtally
