#pragma once

#include "core/Campaign.h"

#include <QCoreApplication>
#include <QDate>

namespace signtally {

// The sheet providers and commune teams fill in: the campaign's units as rows
// (TT, Đơn vị), one column per date (header cells are text "28/07/2025"), and
// above the header the campaign, the provider ("Nhà mạng:", blank to fill
// when none is given) and the dates. The importer reads it back as it is.
class ImportTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ImportTemplate)
public:
    static constexpr int HeaderRow = 6; // 1-based row of the header
    // provider: index in data.providers, or -1 for a cell left to fill in.
    // Written through a temporary file and QSaveFile; throws std::runtime_error
    // with a translated message when the file cannot be written.
    static void write(const CampaignData& data, QDate from, QDate to, int provider,
                      const QString& path);
};

} // namespace signtally
