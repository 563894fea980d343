#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace signtally {

class CampaignSession;

// A unit's cells on one date as the audit recorded their changes, worded
// for the entry page's history panel (and the unit page's source column).
class CellHistory
{
    Q_DECLARE_TR_FUNCTIONS(CellHistory)
public:
    struct Row
    {
        QString when; // local time, dd/MM/yyyy HH:mm
        QString provider;
        QString change; // "1.605 → 1.650", "— → 0"
        QString actor;
        QString source;
    };
    // Where a change came from, as people read it: "Nhập tay" for the entry
    // grid, "Số liệu mẫu" for demo data, the file's name for an import.
    static QString sourceLabel(const QString& source);
    // Every change of the unit's cells (the unit's index in the campaign) on the date, newest
    // first.
    static QVector<Row> of(const CampaignSession& session, int unit, QDate date);
};

} // namespace signtally
