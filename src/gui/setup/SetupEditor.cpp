#include "gui/setup/SetupEditor.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace signtally {

// One step of the editor's history: the set-up before and after it.
class SetupStep : public QUndoCommand
{
public:
    SetupStep(SetupEditor* editor, const QString& text, CampaignSetup before, CampaignSetup after)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)),
          m_after(std::move(after))
    {}
    void undo() override { m_editor->set(m_before); }
    void redo() override { m_editor->set(m_after); }

private:
    SetupEditor* m_editor;
    CampaignSetup m_before;
    CampaignSetup m_after;
};

SetupEditor::SetupEditor(CampaignSetup setup, QObject* parent)
    : QObject(parent), m_setup(setup), m_saved(std::move(setup)), m_stack(new QUndoStack(this))
{}

SetupEditor::~SetupEditor()
{
    m_stack->disconnect();
}

bool SetupEditor::change(const QString& text, const std::function<void(CampaignSetup&)>& edit)
{
    CampaignSetup next = m_setup;
    edit(next);
    if (next == m_setup)
        return false;
    m_stack->push(new SetupStep(this, text, m_setup, std::move(next)));
    return true;
}

void SetupEditor::resetTo(const CampaignSetup& setup)
{
    m_stack->clear();
    m_saved = setup;
    set(setup);
}

void SetupEditor::set(const CampaignSetup& setup)
{
    m_setup = setup;
    emit changed();
}

} // namespace signtally
