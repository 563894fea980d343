#pragma once

// A campaign's whole set-up as one value: what the set-up editor edits, what
// `signtally campaign` reads and writes as JSON (docs/campaign-file.md), and
// what the storage layer stores and audits. Its facts() are the audited form:
// every change of a set-up is written as item: old → new (docs/data-model.md).

#include "core/Campaign.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace signtally {

// A target group's goal, for each unit: a share of the unit's group size, or a
// count typed per unit. The first group of a campaign (its whole population)
// has neither: its goal is the campaign's goal.
struct SetupGroup
{
    qint64 id = 0; // 0: not stored yet
    QString code;
    QString name;
    std::optional<int> goalPercentBp; // 10000 = 100 % of the size; none: per-unit counts
    friend bool operator==(const SetupGroup&, const SetupGroup&) = default;
};

// A unit's figures for one target group (not the first).
struct SetupUnitGroup
{
    std::optional<qint64> size; // none: not known yet
    std::optional<qint64> goal; // the unit's own goal (groups without a percentage)
    friend bool operator==(const SetupUnitGroup&, const SetupUnitGroup&) = default;
};

struct SetupUnit
{
    qint64 id = 0; // 0: a unit new to the file
    QString name;
    UnitKind kind = UnitKind::Commune;
    QStringList aliases;
    std::optional<qint64> population;     // none: not known yet (a template)
    std::optional<qint64> quota;          // none: apportioned from the goal
    bool quotaManual = false;             // typed by hand: kept when the others are apportioned
    bool hidden = false;                  // has tallies but takes no new ones
    QMap<QString, SetupUnitGroup> groups; // by group code
    friend bool operator==(const SetupUnit&, const SetupUnit&) = default;
};

struct SetupProvider
{
    qint64 id = 0;
    QString code;
    QString name;
    QStringList aliases;
    bool hidden = false;
    friend bool operator==(const SetupProvider&, const SetupProvider&) = default;
};

struct CampaignSetup
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSetup)
public:
    Campaign campaign;        // id, code, name, dates, goal, thresholds
    QString populationLabel;  // what a unit's population counts ("Dân số trưởng thành")
    QVector<SetupUnit> units; // in the plan's order
    QVector<SetupProvider> providers; // in column order
    QVector<SetupGroup> groups;       // the first: the whole population

    // What makes the set-up impossible to store, each naming its place
    // ("Đơn vị dòng 4 (Xã Ba Bể): dân số âm"). Empty when it can be stored.
    QStringList problems() const;
    // The units whose population is still unknown ("Xã Ba Bể (dòng 1)"): a
    // campaign cannot start until this is empty.
    QStringList missingFigures() const;

    qint64 totalPopulation() const;
    // The goal as a number of people (a percentage is of the total population).
    qint64 goalCount() const { return campaign.goalCount(totalPopulation()); }
    // Gives every unit whose quota is not typed by hand its share of what the
    // typed quotas leave of the goal (largest remainder, by population). Needs
    // every population. Returns the units whose quota changed (indexes).
    QVector<int> apportionQuotas();
    // As a campaign file is read: when some units have no quota, those that
    // have one keep it (marked as typed by hand) and the rest are apportioned.
    void completeQuotas();

    // The audited form: item → value. Items are keyed by stored ids
    // ("unit.12.quota"), so it is meaningful once the set-up is stored.
    QMap<QString, QString> facts() const;
    // Item name for users: "Xã Ba Bể: chỉ tiêu".
    QString describeItem(const QString& item) const;
    // A fact's value for users: dates dd/MM/yyyy, counts "1.605", shares
    // "65%", flags "có"/"không", text as it is.
    static QString describeValue(const QString& item, const QString& value);

    static QString kindCode(UnitKind kind);
    // The kind as people say it, translated: "xã", "phường", "thị trấn".
    static QString kindName(UnitKind kind);
    static std::optional<UnitKind> kindFromCode(const QString& code);
    static bool validCode(const QString& code);
    friend bool operator==(const CampaignSetup&, const CampaignSetup&) = default;
};

} // namespace signtally
