// EntryPage, second part: what the page asks the user. Unsaved edits before
// leaving a day, the cells someone else saved meanwhile, locking and
// unlocking a week, and an unusual value typed into the grid.
#include "core/VnFormat.h"
#include "gui/entry/EntryPage.h"
#include "gui/entry/EntryTableView.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace signtally {

bool EntryPage::askAboutUnsaved()
{
    m_view->commitOpenEditor(); // what is being typed counts as an edit
    if (!m_model->isDirty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Số liệu chưa lưu"),
                    tr("Ngày %1 có %n ô đã sửa nhưng chưa lưu.", nullptr, m_model->editedCount())
                        .arg(Format().date(m_model->date())),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Lưu các thay đổi trước khi rời khỏi ngày này?"));
    box.button(QMessageBox::Save)->setText(tr("Lưu"));
    box.button(QMessageBox::Discard)->setText(tr("Bỏ thay đổi"));
    box.button(QMessageBox::Cancel)->setText(tr("Ở lại"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: {
        QString error;
        if (!m_model->save(&error)) {
            QMessageBox::critical(this, tr("Không lưu được"), error);
            return false;
        }
        return true;
    }
    case QMessageBox::Discard:
        m_model->discard();
        return true;
    default:
        return false;
    }
}

void EntryPage::save()
{
    m_view->commitOpenEditor();
    QString error;
    if (m_model->save(&error))
        return;
    if (m_model->conflicts().isEmpty()) {
        QMessageBox::critical(this, tr("Không lưu được"), error);
        return;
    }
    // Someone else saved some of these cells meanwhile: theirs or mine?
    const Format fmt;
    const CampaignData& data = m_session->data();
    QStringList lines;
    for (const EntryModel::Conflict& c : m_model->conflicts()) {
        auto text = [&](const std::optional<qint64>& v) -> QString {
            return v ? fmt.count(*v) : tr("chưa báo cáo");
        };
        lines << tr("%1, %2: của bạn %3, trong tệp %4")
                     .arg(data.units[c.row].name, m_model->columnName(c.provider), text(c.mine),
                          text(c.theirs));
    }
    QMessageBox box(QMessageBox::Warning, tr("Số liệu đã bị sửa ở nơi khác"), error,
                    QMessageBox::NoButton, this);
    box.setInformativeText(lines.join(u'\n'));
    QPushButton* mine = box.addButton(tr("Giữ số của tôi"), QMessageBox::AcceptRole);
    QPushButton* theirs = box.addButton(tr("Lấy số trong tệp"), QMessageBox::DestructiveRole);
    box.addButton(tr("Để sau"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != mine && box.clickedButton() != theirs)
        return;
    if (!m_model->resolveConflicts(box.clickedButton() == mine, &error))
        QMessageBox::critical(this, tr("Không lưu được"), error);
}

bool EntryPage::askText(const QString& title, const QString& label, const QString& okText,
                        QString* text)
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(*text);
    dialog.setOkButtonText(okText);
    dialog.setCancelButtonText(tr("Thôi"));
    dialog.resize(460, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *text = dialog.textValue();
    return true;
}

void EntryPage::toggleLock()
{
    const int week = m_model->week();
    QString error;
    if (m_model->isLocked()) {
        QString reason;
        if (!askText(
                tr("Mở khóa tuần %1").arg(week),
                tr("Báo cáo tuần %1 đã gửi. Lý do mở khóa (bắt buộc, được ghi lại):").arg(week),
                tr("Mở khóa"), &reason))
            return;
        if (!m_model->unlockWeek(reason, &error))
            QMessageBox::warning(this, tr("Chưa mở khóa"), error);
        return;
    }
    if (m_model->isDirty() && !askAboutUnsaved())
        return;
    QString note = tr("Đã gửi báo cáo tuần %1").arg(week);
    if (!askText(tr("Khóa tuần %1").arg(week),
                 tr("Khóa tuần %1 khi báo cáo tuần đã gửi: sau đó không ai sửa được số liệu của "
                    "tuần.\nGhi chú:")
                     .arg(week),
                 tr("Khóa"), &note))
        return;
    if (!m_model->lockWeek(note, &error))
        QMessageBox::warning(this, tr("Chưa khóa"), error);
}

bool EntryPage::askAboutUnusualValue(const QString& text)
{
    QMessageBox box(QMessageBox::Warning, tr("Số liệu bất thường"), text, QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("Vẫn nhập số liệu này?"));
    QPushButton* yes = box.addButton(tr("Vẫn nhập"), QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(tr("Không nhập"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace signtally
