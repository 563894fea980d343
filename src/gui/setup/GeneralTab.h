#pragma once

#include <QWidget>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace signtally {

class SetupEditor;

// The editor's "Chung" tab: the campaign's name, code, organisation, area,
// plan, dates, goal (a number of people or a percentage of the population,
// with the number it comes to shown as it is typed), the population label
// and the status thresholds. Each field that changes is one undo step.
class GeneralTab : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralTab(SetupEditor* editor, QWidget* parent = nullptr);

    // The set-up's values into the fields.
    void refresh();

private:
    QLineEdit* lineField(const QString& name);
    void commitText(QLineEdit* field, const QString& step);
    void commitGoal();

    SetupEditor* m_editor;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_organisation = nullptr;
    QLineEdit* m_area = nullptr;
    QLineEdit* m_plan = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLabel* m_days = nullptr;
    QRadioButton* m_goalCount = nullptr;
    QRadioButton* m_goalPercent = nullptr;
    QSpinBox* m_count = nullptr;
    QDoubleSpinBox* m_percent = nullptr;
    QLabel* m_goalResult = nullptr;
    QLineEdit* m_populationLabel = nullptr;
    QSpinBox* m_onTrack = nullptr;
    QSpinBox* m_atRisk = nullptr;
};

} // namespace signtally
