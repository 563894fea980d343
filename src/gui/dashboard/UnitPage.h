#pragma once

#include "core/ProgressEngine.h"
#include "gui/Page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace signtally {

class CampaignSession;
class HeadlineCard;
namespace charts {
class TimeLineChart;
class DailyStackChart;
} // namespace charts

// One unit's page: its daily counts by provider, its cumulative against the
// quota and the expected-to-date line, its headline figures and every change
// of its tallies (from the audit).
class UnitPage : public Page
{
    Q_OBJECT
public:
    explicit UnitPage(CampaignSession* session, QWidget* parent = nullptr);
    QString key() const override { return QStringLiteral("unit"); }
    QString title() const override { return tr("Đơn vị"); }
    // unit = a unit's name (as in the plan, or another spelling of it); asOf.
    void applyViewOptions(const ViewOptions& options) override;

    // Index of the unit a name means (exact name, then the import's name key,
    // then aliases), -1 when none.
    static int findUnit(const CampaignData& data, const QString& name);

    int unitIndex() const { return m_unit; }
    void setUnit(int unitIndex);
    QDate asOf() const { return m_asOf; }
    void setAsOf(QDate date);
    const UnitProgress& progress() const { return m_progress; }

    HeadlineCard* card(const QString& objectName) const;
    charts::TimeLineChart* cumulativeChart() const { return m_cumulative; }
    charts::DailyStackChart* dailyChart() const { return m_daily; }
    QTableWidget* historyTable() const { return m_history; }
    QLabel* statusLabel() const { return m_status; }

protected:
    void applyChange(const ChangeNotice& notice) override;

private:
    void refresh();
    void refreshHistory();
    // A Setup notice: the unit list and the "as of" range of the (new) campaign.
    void reloadSetup();
    void fillUnits();
    CampaignSession* m_session;
    qint64 m_campaignId = 0;
    int m_unit = 0;
    QDate m_asOf;
    UnitProgress m_progress;
    QComboBox* m_unitCombo = nullptr;
    QDateEdit* m_asOfEdit = nullptr;
    QList<HeadlineCard*> m_cards;
    charts::TimeLineChart* m_cumulative = nullptr;
    charts::DailyStackChart* m_daily = nullptr;
    QTableWidget* m_history = nullptr;
    QLabel* m_historyTitle = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace signtally
