#pragma once

#include "gui/Page.h"

class QLabel;
class QTableWidget;

namespace signtally {

class CampaignSession;

// The campaign at a glance: headline figures and every unit's progress as of
// a date. (The full dashboard with charts replaces this page.)
class OverviewPage : public Page
{
    Q_OBJECT
public:
    OverviewPage(CampaignSession* session, QWidget* parent = nullptr);
    QString key() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Tổng quan"); }
    void applyViewOptions(const ViewOptions& options) override;

private:
    void refresh();
    CampaignSession* m_session;
    QDate m_asOf;
    QLabel* m_headline = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace signtally
