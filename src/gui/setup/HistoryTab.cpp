#include "gui/setup/HistoryTab.h"

#include "core/VnFormat.h"
#include "gui/setup/SetupEditor.h"
#include "gui/setup/SetupTable.h"
#include "models/CampaignSession.h"
#include "storage/SetupStore.h"

#include <QDateTime>
#include <QHeaderView>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

// A stored value as people read it: counts grouped, dates dd/MM/yyyy.
QString shown(const std::optional<QString>& value)
{
    if (!value)
        return QCoreApplication::translate("HistoryTab", "(chưa có)");
    static const QRegularExpression number(u"^\\d{4,}$"_s);
    if (number.match(*value).hasMatch())
        return Format().count(value->toLongLong());
    const QDate date = QDate::fromString(*value, Qt::ISODate);
    if (date.isValid() && value->size() == 10)
        return Format().date(date);
    return value->isEmpty() ? QCoreApplication::translate("HistoryTab", "(trống)") : *value;
}

} // namespace

HistoryTab::HistoryTab(CampaignSession* session, SetupEditor* editor, QWidget* parent)
    : QWidget(parent), m_session(session), m_editor(editor)
{
    auto* layout = new QVBoxLayout(this);
    m_table =
        new SetupTable({tr("Thời gian"), tr("Người sửa"), tr("Mục"), tr("Cũ"), tr("Mới")}, this);
    m_table->setObjectName(u"setupHistory"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setColumnWidth(3, 240);
    m_table->setColumnWidth(4, 240);
    layout->addWidget(m_table);
    reload();
}

void HistoryTab::reload()
{
    const qint64 id = m_editor->saved().campaign.id;
    const QVector<SetupAuditEntry> entries =
        id > 0 ? SetupStore(m_session->database()).history(id) : QVector<SetupAuditEntry>();
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const SetupAuditEntry& e = entries[r];
        const QDateTime at = QDateTime::fromString(e.changedAt, Qt::ISODate).toLocalTime();
        m_table->setItem(r, 0, SetupTable::textItem(at.toString(u"dd/MM/yyyy HH:mm"_s), false));
        m_table->setItem(r, 1, SetupTable::textItem(e.actor, false));
        m_table->setItem(r, 2, SetupTable::textItem(m_editor->saved().describeItem(e.item), false));
        for (int c : {3, 4}) {
            const QString value = shown(c == 3 ? e.oldValue : e.newValue);
            QTableWidgetItem* item = SetupTable::textItem(value, false);
            item->setToolTip(value); // a long plan reference is cut short in the cell
            m_table->setItem(r, c, item);
        }
    }
}

} // namespace signtally
