#pragma once

#include "core/CampaignSetup.h"

#include <QObject>
#include <functional>

class QUndoStack;

namespace signtally {

// The set-up editor's document: a copy of a campaign's set-up and one undo
// history for every edit made to it in the dialog (a cell, a pasted block, an
// apportionment, a row added, removed or moved, a general field). Each step
// keeps the whole set-up before and after it, so undoing any mix of edits
// gives back exactly what was there.
class SetupEditor : public QObject
{
    Q_OBJECT
public:
    explicit SetupEditor(CampaignSetup setup, QObject* parent = nullptr);
    // Its undo history goes silently: clearing it signals indexChanged, and
    // whoever listens (the dialog) may be half destroyed by then.
    ~SetupEditor() override;

    const CampaignSetup& setup() const { return m_setup; }
    // The set-up as last loaded or saved: modified() compares with it.
    const CampaignSetup& saved() const { return m_saved; }
    bool modified() const { return m_setup != m_saved; }
    QUndoStack* undoStack() const { return m_stack; }

    // One undoable step named `text`: `edit` changes a copy of the set-up.
    // Returns false (and pushes nothing) when it changed nothing.
    bool change(const QString& text, const std::function<void(CampaignSetup&)>& edit);
    // After a save: `setup` is what the file now holds; the history starts again.
    void resetTo(const CampaignSetup& setup);
    // The set-up is not in the file yet (a new campaign): modified() until resetTo().
    void markUnsaved() { m_saved = CampaignSetup{}; }

signals:
    // After every change, undo and redo.
    void changed();

private:
    friend class SetupStep;
    void set(const CampaignSetup& setup);

    CampaignSetup m_setup;
    CampaignSetup m_saved;
    QUndoStack* m_stack;
};

} // namespace signtally
