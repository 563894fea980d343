#pragma once

// Campaign set-ups in the database: read one as a CampaignSetup, create a
// campaign from one, change one. Every change is audited like a tally: a
// change set of kind 'setup' in the same hash chain, one row per changed item
// (CampaignSetup::facts) with its old and new value. `check` replays those rows
// and compares them with the tables, so a quota changed with plain SQL shows.

#include "core/CampaignSetup.h"
#include "storage/Audit.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QVector>

namespace signtally {

class SetupStore
{
    Q_DECLARE_TR_FUNCTIONS(SetupStore)
public:
    explicit SetupStore(const Storage& db) : m_db(db) {}

    CampaignSetup load(qint64 campaignId) const;
    // The campaign row alone (what CampaignStore::load reads too).
    Campaign readCampaign(qint64 campaignId, QString* populationLabel = nullptr) const;
    // The campaign's set-up changes, newest first.
    QVector<SetupAuditEntry> history(qint64 campaignId) const;
    // Which set-up a report is made with: the number of change sets that
    // changed the campaign's set-up (1 = as it was created), 0 before schema 5.
    int revision(qint64 campaignId) const;

    // Inside a write transaction. Creates a campaign from `setup` (its ids are
    // ignored; units and providers already in the file under the same name
    // or code are reused) and returns its id. Refuses (StorageError Rejected)
    // a set-up with problems() or missingFigures(), or a code already used.
    // `report`: the report heading (ReportSettings JSON), if any.
    static qint64 createInTransaction(Storage& db, const CampaignSetup& setup, const QString& actor,
                                      const QString& source, const QJsonObject& report = {});
    // Inside a write transaction. Stores `setup` over the campaign's current
    // one (setup.campaign.id). New units, providers and groups have id 0; one
    // left out is removed, which is refused when it has tallies (hide it
    // instead). Returns the items that changed (empty: nothing to do).
    static QStringList updateInTransaction(Storage& db, const CampaignSetup& setup,
                                           const QString& actor, const QString& source);

    // Schema 5's upgrade: one change set with every campaign's set-up as it is.
    static void recordBaseline(Storage& db);
    // What `check` reports: each set-up item whose stored value is not the
    // last the audit recorded (changed behind the app's back), named for users.
    static QStringList differencesFromAudit(const Storage& db);

private:
    // Every campaign's facts, keyed "<campaign id>|<item>".
    static QMap<QString, QString> allFacts(const Storage& db);
    static void writeChangeSet(Storage& db, const QMap<QString, QString>& before,
                               const QMap<QString, QString>& after, const QString& actor,
                               const QString& source);
    static void writeTables(Storage& db, const CampaignSetup& setup, qint64 campaignId);

    const Storage& m_db;
};

} // namespace signtally
