#pragma once

#include "core/ProgressEngine.h"
#include "gui/Page.h"

class QDateEdit;
class QFrame;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace signtally {

class CampaignSession;
class HeadlineCard;
class UnitProgressModel;
namespace charts {
class TimeLineChart;
class DailyStackChart;
class RankedBarsChart;
} // namespace charts

// The first screen, for leadership: where the drive stands as of a date
// (headline figures, three charts, every unit's figures) and which units to
// call. Every figure comes from one ProgressEngine snapshot; it recomputes
// when tallies are saved or imported.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(CampaignSession* session, QWidget* parent = nullptr);
    QString key() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Tổng quan"); }
    void applyViewOptions(const ViewOptions& options) override;

    QDate asOf() const { return m_asOf; }
    void setAsOf(QDate date);
    const ProgressSnapshot& snapshot() const { return m_snapshot; }
    // A unit's label in the % of quota chart: "Xã Chợ Rã · 37,0%".
    static QString barLabel(const QString& unitName, double percent);

    HeadlineCard* totalCard() const { return m_total; }
    HeadlineCard* daysCard() const { return m_days; }
    HeadlineCard* rateCard() const { return m_rate; }
    HeadlineCard* forecastCard() const { return m_forecast; }
    HeadlineCard* statusCard() const { return m_status; }
    charts::TimeLineChart* cumulativeChart() const { return m_cumulative; }
    charts::DailyStackChart* dailyChart() const { return m_daily; }
    charts::RankedBarsChart* unitsChart() const { return m_units; }
    QTableView* unitTable() const { return m_table; }
    // The units behind schedule, lowest % of quota first, as links to their pages.
    QLabel* callList() const { return m_callList; }
    // The line on top when the campaign is over (today after its end), with
    // "Chọn đợt khác…" when the file holds other campaigns.
    QFrame* endedBar() const { return m_endedBar; }
    QLabel* endedNotice() const { return m_endedNotice; }
    // What the figures are of while a target group is shown (hidden otherwise).
    QLabel* groupNotice() const { return m_groupNotice; }
    QPushButton* otherCampaignButton() const { return m_otherCampaign; }
    // "Thiết lập đợt mới…": always there when the campaign is over.
    QPushButton* newCampaignButton() const { return m_newCampaign; }

signals:
    // "Chọn đợt khác…": the window opens its campaign switcher.
    void chooseCampaignRequested();
    // "Thiết lập đợt mới…": the window opens Đợt mới… (the set-up editor).
    void newCampaignRequested();

protected:
    void applyChange(const ChangeNotice& notice) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    // Everything that depends on the campaign's set-up (a Setup notice:
    // another campaign, or its dates, units or goal changed).
    void reloadSetup();
    void refreshEndedBar();
    void refreshGroupNotice();
    void fitToWidth();
    void openUnit(const QModelIndex& proxyIndex);
    void openUnitByIndex(int unitIndex);
    CampaignSession* m_session;
    QDate m_asOf;
    ProgressSnapshot m_snapshot;
    qint64 m_campaignId = 0;
    QLabel* m_title = nullptr;
    QFrame* m_endedBar = nullptr;
    QLabel* m_endedNotice = nullptr;
    QLabel* m_groupNotice = nullptr;
    QPushButton* m_otherCampaign = nullptr;
    QPushButton* m_newCampaign = nullptr;
    QLabel* m_callList = nullptr;
    static constexpr int MaxBars = 60;     // bars drawn; rows shown before the table scrolls
    static constexpr int MaxCallList = 30; // units named in "Cần đôn đốc"
    QDateEdit* m_asOfEdit = nullptr;
    HeadlineCard* m_total = nullptr;
    HeadlineCard* m_days = nullptr;
    HeadlineCard* m_rate = nullptr;
    HeadlineCard* m_forecast = nullptr;
    HeadlineCard* m_status = nullptr;
    charts::TimeLineChart* m_cumulative = nullptr;
    charts::DailyStackChart* m_daily = nullptr;
    charts::RankedBarsChart* m_units = nullptr;
    UnitProgressModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
};

// The "as of" selector both pages share: a date in the campaign, a "today"
// button, Ctrl+PgUp / Ctrl+PgDown for the previous / next day.
QWidget* makeAsOfSelector(QWidget* parent, CampaignSession* session, QDateEdit** edit);
// After a Setup notice: the selector's range is the session's campaign; its
// date stays when it is in it and the campaign is the same (`campaignId`,
// updated), else it goes to the default date. Emits dateChanged when it moves.
void resetAsOfSelector(QDateEdit* edit, CampaignSession* session, qint64& campaignId);

} // namespace signtally
