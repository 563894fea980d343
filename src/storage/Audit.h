#pragma once

// The audit: one row per changed cell (tally_audit), grouped into change
// sets (audit_batch), one per save or per imported file. Each change set's
// hash covers its header, every one of its rows and the previous change set's
// hash, so a later edit, insertion or deletion of any row breaks the chain.
// See docs/data-model.md and docs/safety.md.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace signtally {

// One cell change, with the who/when/where of its change set.
struct AuditEntry
{
    qint64 id = 0;
    qint64 batchId = 0;
    QString changedAt; // ISO 8601 UTC with milliseconds
    QString actor;
    QString action; // insert, update, delete
    qint64 campaignId = 0;
    qint64 unitId = 0;
    QDate date;
    qint64 providerId = 0;
    qint64 groupId = 0;
    std::optional<qint64> oldCount;
    std::optional<qint64> newCount;
    QString source;

    // The columns fromRow() reads, for "SELECT <Columns> FROM tally_audit a
    // JOIN audit_batch b ON b.id = a.batch_id".
    static const QString Columns;
    static AuditEntry fromRow(const QSqlQuery& query);
};

// One save or one imported file: rows first_row … first_row + row_count - 1
// of tally_audit; or one change of a campaign's set-up (kind Setup): rows of
// setup_audit. Both kinds form one chain.
struct AuditBatch
{
    enum class Kind
    {
        Tally,
        Setup
    };
    qint64 id = 0;
    Kind kind = Kind::Tally;
    QString changedAt;
    QString actor;
    QString source;
    qint64 firstRow = 0;
    qint64 rowCount = 0;
    QString prevHash;
    QString hash;

    static const QString Genesis; // prev_hash of the first change set
    static const QString Columns; // for fromRow(), from audit_batch (schema 5)
    static AuditBatch fromRow(const QSqlQuery& query);
};

// One change of a set-up item (CampaignSetup::facts): campaign 0 for none.
struct SetupAuditEntry
{
    qint64 id = 0;
    qint64 batchId = 0;
    QString changedAt;
    QString actor;
    QString source;
    qint64 campaignId = 0;
    QString item;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;

    // For "SELECT <Columns> FROM setup_audit s JOIN audit_batch b ON b.id = s.batch_id".
    static const QString Columns;
    static SetupAuditEntry fromRow(const QSqlQuery& query);
};

// SHA-256 of a change set: its header, then each row in id order, then the
// row count, fields separated by U+001F and rows by U+001E. Writers and the
// integrity check build the same bytes through this one class.
class AuditHash
{
public:
    explicit AuditHash(const AuditBatch& header);
    void addRow(qint64 id, QByteArrayView action, qint64 campaignId, qint64 unitId,
                QByteArrayView isoDate, qint64 providerId, qint64 groupId,
                std::optional<qint64> oldCount, std::optional<qint64> newCount);
    void addRow(const AuditEntry& e);
    void addRow(const SetupAuditEntry& e);
    // The hex digest; the hasher is spent afterwards.
    QString finish(qint64 rowCount);

private:
    void field(QByteArrayView bytes);
    void number(qint64 n);
    void optionalNumber(std::optional<qint64> n);
    void optionalText(const std::optional<QString>& text);
    void flush();

    QCryptographicHash m_sha{QCryptographicHash::Sha256};
    QByteArray m_buffer;
};

} // namespace signtally
