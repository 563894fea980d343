#pragma once

// The campaign file (docs/campaign-file.md): a campaign's set-up as JSON,
// "signtally-campaign/2" (groups, hidden entries, hand-typed quotas), and
// "signtally-campaign/1" (the first format) read as well. Templates and
// `signtally campaign export|import` use it.

#include "core/CampaignSetup.h"

#include <QJsonObject>

namespace signtally {

struct CampaignFileContent
{
    CampaignSetup setup;
    QJsonObject report;   // the official report's heading and signature, as stored
    QStringList problems; // what could not be read, each naming its place; empty: all read
};

class CampaignFile
{
    Q_DECLARE_TR_FUNCTIONS(CampaignFile)
public:
    static constexpr auto Format = "signtally-campaign/2";
    // Reads a parsed document. Unit ids, provider ids and group ids are left 0.
    static CampaignFileContent fromJson(const QJsonObject& doc);
    // Parses bytes; a syntax error is a problem naming the offset.
    static CampaignFileContent fromBytes(const QByteArray& bytes);
    static QJsonObject toJson(const CampaignSetup& setup, const QJsonObject& report = {});
    // The bundled templates: code → resource path.
    struct Template
    {
        QString code;
        QString name; // translated
        QString resource;
    };
    static QVector<Template> templates();
};

} // namespace signtally
