#pragma once

#include "core/ChangeNotice.h"

#include <QDate>
#include <QWidget>

class QUndoStack;

namespace signtally {

class CampaignSession;

// What a view is asked to show, from the command line (screenshot) or from
// remembered state: the dashboard's "as of", the entry date, a unit.
struct ViewOptions
{
    QDate asOf;
    QDate date;
    QString unit;
};

// One screen of the main window (Tổng quan, Nhập số liệu, Đơn vị, Báo cáo).
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString key() const = 0;   // "dashboard", "entry", "unit", "report"
    virtual QString title() const = 0; // for the navigation, translated
    virtual void applyViewOptions(const ViewOptions&) {}
    // Asked before the page is left or the window closes (unsaved edits):
    // false keeps the user where they are.
    virtual bool maybeLeave() { return true; }

    // What the window's Edit menu acts on while the page is shown: its undo
    // history, and copying and pasting its selection. A page has none unless
    // it says so (the entry grid does).
    virtual QUndoStack* undoStack() const { return nullptr; }
    virtual bool canCopyPaste() const { return false; }
    virtual void copySelection() {}
    virtual void pasteClipboard() {}

protected:
    // Follows the session's change notices: applyChange() runs for each one
    // while the page is shown; a page hidden behind another collects them and
    // applies them, merged, when it is shown again.
    void followChanges(CampaignSession* session);
    // What a change notice means for this page (update only what it touches).
    // A Setup notice (the window switched campaigns, or the campaign's dates,
    // units or providers changed) means everything: dates, lists, sizes and
    // figures are read again from the session.
    virtual void applyChange(const ChangeNotice&) {}
    // Applies the changes collected while hidden now (they are applied
    // anyway when the page is shown).
    void catchUp();
    bool event(QEvent* event) override;

signals:
    // A page asks the window to show another (e.g. a unit's page from the dashboard).
    void openPage(const QString& key, const signtally::ViewOptions& options);

private:
    void noteChange(const ChangeNotice& notice);
    ChangeNotice m_deferred; // arrived while hidden
};

} // namespace signtally
