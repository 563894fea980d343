#include "storage/Schema.h"

#include "storage/AuditMigration.h"
#include "storage/Database.h"
#include "storage/ReportSettingsStore.h"
#include "storage/Seeder.h"
#include "storage/SetupStore.h"

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

// Portable DDL (SQLite and PostgreSQL both accept it). Dates are ISO
// 'yyyy-MM-dd' text in SQLite and DATE in PostgreSQL; both compare in order.
// The tally table as steps 1, 3 and 6 make it: only its name, the order of
// its key and (SQLite) its storage differ.
const QString tallyKeyV1 = u"campaign_id, unit_id, tally_date, provider_id, group_id"_s;

QString tallyTable(const QString& name, const QString& key, const QString& suffix)
{
    return uR"(CREATE TABLE %1 (
    campaign_id INTEGER NOT NULL,
    unit_id INTEGER NOT NULL,
    tally_date DATE NOT NULL,
    provider_id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    count BIGINT NOT NULL CHECK (count >= 0),
    revision INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (%2),
    FOREIGN KEY (campaign_id, unit_id) REFERENCES campaign_unit (campaign_id, unit_id),
    FOREIGN KEY (campaign_id, provider_id) REFERENCES campaign_provider (campaign_id, provider_id),
    FOREIGN KEY (campaign_id, group_id) REFERENCES target_group (campaign_id, id))%3)"_s.arg(
        name, key, suffix);
}

QStringList portableV1()
{
    return {
        uR"(CREATE TABLE app_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL))"_s,
        uR"(CREATE TABLE campaign (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    area TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    plan_reference TEXT NOT NULL DEFAULT '',
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    goal_kind TEXT NOT NULL CHECK (goal_kind IN ('absolute', 'percent')),
    goal_value BIGINT NOT NULL CHECK (goal_value >= 0),
    CHECK (end_date >= start_date)))"_s,
        uR"(CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('commune', 'ward')),
    parent_area TEXT NOT NULL DEFAULT '',
    UNIQUE (name, parent_area)))"_s,
        uR"(CREATE TABLE unit_alias (
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (unit_id, alias)))"_s,
        uR"(CREATE TABLE campaign_unit (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit (id),
    seq INTEGER NOT NULL,
    population BIGINT NOT NULL CHECK (population >= 0),
    quota BIGINT NOT NULL CHECK (quota >= 0),
    PRIMARY KEY (campaign_id, unit_id),
    UNIQUE (campaign_id, seq)))"_s,
        uR"(CREATE TABLE provider (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE))"_s,
        uR"(CREATE TABLE provider_alias (
    provider_id INTEGER NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (provider_id, alias)))"_s,
        uR"(CREATE TABLE campaign_provider (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    provider_id INTEGER NOT NULL REFERENCES provider (id),
    seq INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, provider_id)))"_s,
        // Target groups: every campaign has at least its whole population
        // ("adults"); a campaign such as Mỹ Hào 2023 adds officials, students…
        // with a goal that is a share of the group's population.
        uR"(CREATE TABLE target_group (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    seq INTEGER NOT NULL DEFAULT 0,
    goal_percent_bp INTEGER CHECK (goal_percent_bp BETWEEN 0 AND 10000),
    UNIQUE (campaign_id, code),
    UNIQUE (campaign_id, id)))"_s,
        uR"(CREATE TABLE unit_group_target (
    campaign_id INTEGER NOT NULL,
    unit_id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    population BIGINT NOT NULL CHECK (population >= 0),
    quota BIGINT CHECK (quota >= 0),
    PRIMARY KEY (campaign_id, unit_id, group_id),
    FOREIGN KEY (campaign_id, unit_id) REFERENCES campaign_unit (campaign_id, unit_id),
    FOREIGN KEY (campaign_id, group_id) REFERENCES target_group (campaign_id, id)))"_s,
        tallyTable(u"tally"_s, tallyKeyV1, {}),
        u"CREATE INDEX tally_by_date ON tally (campaign_id, tally_date)"_s,
        // Append-only: who changed which count from what to what, when, and
        // from where (a file name for imports). row_hash chains the rows.
        uR"(CREATE TABLE tally_audit (
    id INTEGER PRIMARY KEY,
    changed_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    campaign_id INTEGER NOT NULL,
    unit_id INTEGER NOT NULL,
    tally_date DATE NOT NULL,
    provider_id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    old_count BIGINT,
    new_count BIGINT,
    source TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    row_hash TEXT NOT NULL UNIQUE))"_s,
        u"CREATE INDEX tally_audit_by_cell ON tally_audit (campaign_id, unit_id, tally_date, provider_id)"_s,
        // Weeks whose report has gone out; tallies in them cannot change.
        uR"(CREATE TABLE week_lock (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    week INTEGER NOT NULL CHECK (week >= 1),
    locked_at TEXT NOT NULL,
    locked_by TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, week)))"_s,
        uR"(CREATE TABLE week_lock_event (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL,
    week INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('lock', 'unlock')),
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    reason TEXT NOT NULL))"_s,
    };
}

// SQLite triggers: rules the database itself enforces.
QStringList sqliteTriggersV1()
{
    const QString outside = uR"(
    NEW.tally_date NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
    OR NEW.tally_date < (SELECT start_date FROM campaign WHERE id = NEW.campaign_id)
    OR NEW.tally_date > (SELECT end_date FROM campaign WHERE id = NEW.campaign_id))"_s;
    auto lockedWeek = [](const QString& row) {
        return uR"(EXISTS (SELECT 1 FROM week_lock l JOIN campaign c ON c.id = l.campaign_id
    WHERE l.campaign_id = %1.campaign_id
      AND l.week = CAST((julianday(%1.tally_date) - julianday(c.start_date)) / 7 AS INTEGER) + 1))"_s
            .arg(row);
    };
    return {
        u"CREATE TRIGGER tally_date_check_insert BEFORE INSERT ON tally WHEN "_s + outside +
            u" BEGIN SELECT RAISE(ABORT, 'tally date outside the campaign'); END"_s,
        u"CREATE TRIGGER tally_date_check_update BEFORE UPDATE ON tally WHEN "_s + outside +
            u" BEGIN SELECT RAISE(ABORT, 'tally date outside the campaign'); END"_s,
        u"CREATE TRIGGER tally_locked_insert BEFORE INSERT ON tally WHEN "_s +
            lockedWeek(u"NEW"_s) + u" BEGIN SELECT RAISE(ABORT, 'week is locked'); END"_s,
        u"CREATE TRIGGER tally_locked_update BEFORE UPDATE ON tally WHEN "_s +
            lockedWeek(u"OLD"_s) + u" OR "_s + lockedWeek(u"NEW"_s) +
            u" BEGIN SELECT RAISE(ABORT, 'week is locked'); END"_s,
        u"CREATE TRIGGER tally_locked_delete BEFORE DELETE ON tally WHEN "_s +
            lockedWeek(u"OLD"_s) + u" BEGIN SELECT RAISE(ABORT, 'week is locked'); END"_s,
        u"CREATE TRIGGER tally_audit_no_update BEFORE UPDATE ON tally_audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END"_s,
        u"CREATE TRIGGER tally_audit_no_delete BEFORE DELETE ON tally_audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END"_s,
        u"CREATE TRIGGER week_lock_event_no_update BEFORE UPDATE ON week_lock_event "
        "BEGIN SELECT RAISE(ABORT, 'the lock log is append-only'); END"_s,
        u"CREATE TRIGGER week_lock_event_no_delete BEFORE DELETE ON week_lock_event "
        "BEGIN SELECT RAISE(ABORT, 'the lock log is append-only'); END"_s,
    };
}

} // namespace

QVector<MigrationStep> SqlDialect::migrations(Kind kind)
{
    QVector<MigrationStep> steps;
    QStringList v1 = portableV1();
    if (kind == Kind::Sqlite)
        v1 += sqliteTriggersV1();
    steps.push_back({1, v1});
    // 2: status thresholds belong to the campaign, shared by all its users.
    steps.push_back(
        {2,
         {u"ALTER TABLE campaign ADD COLUMN on_track_percent INTEGER NOT NULL DEFAULT 95 "
          "CHECK (on_track_percent BETWEEN 1 AND 1000)"_s,
          u"ALTER TABLE campaign ADD COLUMN at_risk_percent INTEGER NOT NULL DEFAULT 80 "
          "CHECK (at_risk_percent BETWEEN 0 AND 1000)"_s}});
    // 3: the audit's hash covers each change set (a save, an imported file)
    // instead of each row; the tally table and the audit are clustered on the
    // cell, with no other index: an import writes a million cells in seconds
    // (docs/performance.md). The week-lock log keeps its triggers.
    const QString withoutRowid = kind == Kind::Sqlite ? u" WITHOUT ROWID"_s : QString();
    MigrationStep v3{
        3,
        {uR"(CREATE TABLE audit_batch (
    id INTEGER PRIMARY KEY,
    changed_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    first_row INTEGER NOT NULL,
    row_count INTEGER NOT NULL CHECK (row_count >= 1),
    prev_hash TEXT NOT NULL,
    batch_hash TEXT NOT NULL UNIQUE))"_s,
         // Clustered on the cell: a cell's or a unit's history is one range,
         // and an import appends in the order it writes tallies. (The action
         // check is spelt with OR: SQLite evaluates "IN (…)" in a CHECK about
         // as slowly as it inserts the row.)
         uR"(CREATE TABLE tally_audit_v3 (
    id INTEGER NOT NULL,
    batch_id INTEGER NOT NULL,
    action TEXT NOT NULL
        CHECK (action = 'insert' OR action = 'update' OR action = 'delete'),
    campaign_id INTEGER NOT NULL,
    unit_id INTEGER NOT NULL,
    tally_date DATE NOT NULL,
    provider_id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    old_count BIGINT,
    new_count BIGINT,
    PRIMARY KEY (campaign_id, unit_id, tally_date, provider_id, id))%1)"_s.arg(withoutRowid),
         tallyTable(u"tally_v3"_s, tallyKeyV1, withoutRowid),
         u"INSERT INTO tally_v3 SELECT campaign_id, unit_id, tally_date, provider_id, group_id, "
         "count, revision FROM tally"_s},
        &AuditMigration::toChangeSets,
        {u"DROP TABLE tally_audit"_s, u"ALTER TABLE tally_audit_v3 RENAME TO tally_audit"_s,
         // Drops its triggers and the by-date index (nothing reads by date
         // through SQL: the loader scans the table).
         u"DROP TABLE tally"_s, u"ALTER TABLE tally_v3 RENAME TO tally"_s}};
    if (kind == Kind::Sqlite) {
        // The rebuilt tables get schema 1's triggers back, word for word.
        for (const QString& trigger : sqliteTriggersV1())
            if (trigger.contains(u" ON tally "_s) || trigger.contains(u" ON tally_audit "_s))
                v3.after += trigger;
        v3.after +=
            QStringList{u"CREATE TRIGGER audit_batch_no_update BEFORE UPDATE ON audit_batch "
                        "BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END"_s,
                        u"CREATE TRIGGER audit_batch_no_delete BEFORE DELETE ON audit_batch "
                        "BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END"_s};
    }
    steps.push_back(v3);
    // 4: the official report's heading and signature (per campaign) and the
    // office's own words of each report (sections II-IV) with its number.
    // The built-in campaign gets its plan's values, as a new file does.
    steps.push_back({4,
                     {uR"(CREATE TABLE report_settings (
    campaign_id INTEGER PRIMARY KEY REFERENCES campaign (id) ON DELETE CASCADE,
    parent_body TEXT NOT NULL DEFAULT '',
    issuing_body TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    number_pattern TEXT NOT NULL DEFAULT '',
    next_number INTEGER NOT NULL DEFAULT 0 CHECK (next_number >= 0),
    addressee TEXT NOT NULL DEFAULT '',
    signer_authority TEXT NOT NULL DEFAULT '',
    signer_title TEXT NOT NULL DEFAULT '',
    signer_name TEXT NOT NULL DEFAULT '',
    recipients TEXT NOT NULL DEFAULT ''))"_s,
                      uR"(CREATE TABLE report_narrative (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    doc_number INTEGER CHECK (doc_number >= 1),
    assessment TEXT NOT NULL DEFAULT '',
    difficulties TEXT NOT NULL DEFAULT '',
    proposals TEXT NOT NULL DEFAULT '',
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    PRIMARY KEY (campaign_id, period_from, period_to),
    CHECK (period_to >= period_from)))"_s},
                     [](Database& db) {
                         const QJsonObject seed = Seeder::defaultCampaign();
                         const QVariant id = db.scalar(
                             u"SELECT id FROM campaign WHERE code = ?"_s,
                             {seed.value(u"campaign"_s).toObject().value(u"code"_s).toString()});
                         if (id.isValid())
                             ReportSettingsStore::insert(
                                 db, id.toLongLong(),
                                 ReportSettings::fromJson(seed.value(u"report"_s).toObject()));
                     }});
    // 5: campaigns are data (issue 15). Set-up changes are audited in the
    // same chain as tallies: a change set of kind 'setup' covers rows of
    // setup_audit (item: old → new); a new file's and an upgraded file's
    // campaigns get a first change set with their whole set-up. Units may be
    // towns (thị trấn); units and providers can be hidden from new entry;
    // a quota typed by hand is marked.
    MigrationStep v5{
        5,
        {u"ALTER TABLE audit_batch ADD COLUMN kind TEXT NOT NULL DEFAULT 'tally' "
         "CHECK (kind = 'tally' OR kind = 'setup')"_s,
         uR"(CREATE TABLE setup_audit (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL,
    campaign_id INTEGER NOT NULL,
    item TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT))"_s,
         u"ALTER TABLE campaign ADD COLUMN population_label TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE campaign_unit ADD COLUMN quota_manual INTEGER NOT NULL DEFAULT 0 "
         "CHECK (quota_manual = 0 OR quota_manual = 1)"_s,
         u"ALTER TABLE campaign_unit ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 "
         "CHECK (hidden = 0 OR hidden = 1)"_s,
         u"ALTER TABLE campaign_provider ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 "
         "CHECK (hidden = 0 OR hidden = 1)"_s}};
    const QString unitV5 = uR"(CREATE TABLE %1 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'commune' OR kind = 'ward' OR kind = 'town'),
    parent_area TEXT NOT NULL DEFAULT '',
    UNIQUE (name, parent_area)))"_s;
    if (kind == Kind::Sqlite) {
        // SQLite cannot change a CHECK in place: the unit table is rebuilt
        // (foreign keys are off during migrations, so dropping the old table
        // deletes nothing else, and the tables that refer to "unit" refer to
        // the new one once it has the name).
        v5.statements +=
            QStringList{unitV5.arg(u"unit_v5"_s),
                        u"INSERT INTO unit_v5 SELECT id, name, kind, parent_area FROM unit"_s,
                        u"DROP TABLE unit"_s, u"ALTER TABLE unit_v5 RENAME TO unit"_s};
        v5.after +=
            QStringList{u"CREATE TRIGGER setup_audit_no_update BEFORE UPDATE ON setup_audit "
                        "BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END"_s,
                        u"CREATE TRIGGER setup_audit_no_delete BEFORE DELETE ON setup_audit "
                        "BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END"_s};
    } else {
        v5.statements +=
            QStringList{u"ALTER TABLE unit DROP CONSTRAINT unit_kind_check"_s,
                        u"ALTER TABLE unit ADD CONSTRAINT unit_kind_check "
                        "CHECK (kind = 'commune' OR kind = 'ward' OR kind = 'town')"_s};
    }
    v5.transform = [](Database& db) { SetupStore::recordBaseline(db); };
    steps.push_back(v5);
    // 6: tallies are clustered on the target group before the unit: the
    // whole population's counts (what the window shows first) are one range
    // of the table, each group's another, so reading one never scans the
    // others' rows (docs/performance.md, "Target groups").
    const QString tallyKey = u"campaign_id, group_id, unit_id, tally_date, provider_id"_s;
    MigrationStep v6{6, {}};
    if (kind == Kind::Sqlite) {
        v6.statements = {
            tallyTable(u"tally_v6"_s, tallyKey, u" WITHOUT ROWID"_s),
            u"INSERT INTO tally_v6 SELECT campaign_id, unit_id, tally_date, provider_id, group_id, "
            "count, revision FROM tally ORDER BY %1"_s.arg(tallyKey),
            u"DROP TABLE tally"_s, u"ALTER TABLE tally_v6 RENAME TO tally"_s};
        // The rebuilt table gets schema 1's triggers back, word for word.
        for (const QString& trigger : sqliteTriggersV1())
            if (trigger.contains(u" ON tally "_s))
                v6.after += trigger;
    } else {
        // (Step 3 made the table as tally_v3: its key keeps that name.)
        v6.statements = {
            u"ALTER TABLE tally DROP CONSTRAINT tally_v3_pkey"_s,
            u"ALTER TABLE tally ADD CONSTRAINT tally_pkey PRIMARY KEY (%1)"_s.arg(tallyKey)};
    }
    steps.push_back(v6);
    return steps;
}

int SqlDialect::latestVersion()
{
    return 6;
}

} // namespace signtally
