#include "storage/Audit.h"

#include <QVariant>
#include <charconv>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {
constexpr char FieldSeparator = 0x1f;
constexpr char RowSeparator = 0x1e;
constexpr qsizetype FlushAt = 1 << 16;
} // namespace

const QString AuditEntry::Columns =
    u"a.id, a.batch_id, b.changed_at, b.actor, a.action, a.campaign_id, a.unit_id, "
    "a.tally_date, a.provider_id, a.group_id, a.old_count, a.new_count, b.source"_s;

AuditEntry AuditEntry::fromRow(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.batchId = q.value(1).toLongLong();
    e.changedAt = q.value(2).toString();
    e.actor = q.value(3).toString();
    e.action = q.value(4).toString();
    e.campaignId = q.value(5).toLongLong();
    e.unitId = q.value(6).toLongLong();
    e.date = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    e.providerId = q.value(8).toLongLong();
    e.groupId = q.value(9).toLongLong();
    if (!q.value(10).isNull())
        e.oldCount = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        e.newCount = q.value(11).toLongLong();
    e.source = q.value(12).toString();
    return e;
}

const QString AuditBatch::Genesis = QString(64, u'0');

const QString AuditBatch::Columns =
    u"id, changed_at, actor, source, first_row, row_count, prev_hash, batch_hash, kind"_s;

AuditBatch AuditBatch::fromRow(const QSqlQuery& q)
{
    AuditBatch b;
    b.id = q.value(0).toLongLong();
    b.changedAt = q.value(1).toString();
    b.actor = q.value(2).toString();
    b.source = q.value(3).toString();
    b.firstRow = q.value(4).toLongLong();
    b.rowCount = q.value(5).toLongLong();
    b.prevHash = q.value(6).toString();
    b.hash = q.value(7).toString();
    b.kind = q.value(8).toString() == u"setup"_s ? Kind::Setup : Kind::Tally;
    return b;
}

const QString SetupAuditEntry::Columns =
    u"s.id, s.batch_id, b.changed_at, b.actor, b.source, s.campaign_id, s.item, s.old_value, "
    "s.new_value"_s;

SetupAuditEntry SetupAuditEntry::fromRow(const QSqlQuery& q)
{
    SetupAuditEntry e;
    e.id = q.value(0).toLongLong();
    e.batchId = q.value(1).toLongLong();
    e.changedAt = q.value(2).toString();
    e.actor = q.value(3).toString();
    e.source = q.value(4).toString();
    e.campaignId = q.value(5).toLongLong();
    e.item = q.value(6).toString();
    if (!q.value(7).isNull())
        e.oldValue = q.value(7).toString();
    if (!q.value(8).isNull())
        e.newValue = q.value(8).toString();
    return e;
}

AuditHash::AuditHash(const AuditBatch& header)
{
    m_buffer.reserve(FlushAt + 256);
    field(header.prevHash.toUtf8());
    number(header.id);
    field(header.changedAt.toUtf8());
    field(header.actor.toUtf8());
    field(header.source.toUtf8());
    number(header.firstRow);
    // (A tally change set's header is as it was before set-up change sets
    // existed, so older chains still verify.)
    if (header.kind == AuditBatch::Kind::Setup)
        field("setup");
    m_buffer += RowSeparator;
}

void AuditHash::field(QByteArrayView bytes)
{
    m_buffer += bytes;
    m_buffer += FieldSeparator;
}

void AuditHash::number(qint64 n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    field(QByteArrayView(digits, end - digits));
}

void AuditHash::optionalNumber(std::optional<qint64> n)
{
    if (n)
        number(*n);
    else
        m_buffer += FieldSeparator;
}

void AuditHash::flush()
{
    m_sha.addData(m_buffer);
    m_buffer.resize(0);
}

void AuditHash::addRow(qint64 id, QByteArrayView action, qint64 campaignId, qint64 unitId,
                       QByteArrayView isoDate, qint64 providerId, qint64 groupId,
                       std::optional<qint64> oldCount, std::optional<qint64> newCount)
{
    number(id);
    field(action);
    number(campaignId);
    number(unitId);
    field(isoDate);
    number(providerId);
    number(groupId);
    optionalNumber(oldCount);
    optionalNumber(newCount);
    m_buffer += RowSeparator;
    if (m_buffer.size() >= FlushAt)
        flush();
}

void AuditHash::addRow(const AuditEntry& e)
{
    addRow(e.id, e.action.toLatin1(), e.campaignId, e.unitId,
           e.date.toString(Qt::ISODate).toLatin1(), e.providerId, e.groupId, e.oldCount,
           e.newCount);
}

void AuditHash::optionalText(const std::optional<QString>& text)
{
    // "=value" or nothing: an empty value and no value hash differently.
    if (text)
        field(QByteArray(QByteArray(1, '=') + text->toUtf8()));
    else
        m_buffer += FieldSeparator;
}

void AuditHash::addRow(const SetupAuditEntry& e)
{
    number(e.id);
    field("setup");
    number(e.campaignId);
    field(e.item.toUtf8());
    optionalText(e.oldValue);
    optionalText(e.newValue);
    m_buffer += RowSeparator;
    if (m_buffer.size() >= FlushAt)
        flush();
}

QString AuditHash::finish(qint64 rowCount)
{
    number(rowCount);
    flush();
    return QString::fromLatin1(m_sha.result().toHex());
}

} // namespace signtally
