#pragma once

#include <QWidget>
#include <functional>

namespace signtally {

class SetupEditor;
class SetupTable;

// The editor's "Nhà mạng" tab: code, name, other names and "hidden" of each
// provider, in the entry grid's column order; rows added, removed, moved.
class ProvidersTab : public QWidget
{
    Q_OBJECT
public:
    // `hasTallies(providerId)`: whether the provider has counts in the campaign.
    ProvidersTab(SetupEditor* editor, std::function<bool(qint64)> hasTallies,
                 QWidget* parent = nullptr);
    SetupTable* table() const { return m_table; }

signals:
    void problem(const QString& text);

private:
    void refresh();

    SetupEditor* m_editor;
    SetupTable* m_table = nullptr;
};

} // namespace signtally
