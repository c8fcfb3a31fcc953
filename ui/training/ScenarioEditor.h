#pragma once

#include "core/training/Scenario.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace threerings::ui {

// A scenario as a form, for trainers who do not write JSON: the caller, their lines per script step, the
// problem, what the form must hold, the traps, the ring and the pass mark. The scoring weights stay as
// loaded (the JSON tab shows them).
class ScenarioEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioEditor(QWidget* parent = nullptr);

    void setScenario(const Scenario& s);
    // What the form says, on top of the scenario last set (meta and weights kept); not validated.
    Scenario scenario() const;

    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* titleEdit() const { return m_title; }
    QTableWidget* linesTable() const { return m_lines; }
    QTableWidget* trapsTable() const { return m_traps; }

private:
    Scenario m_base;
    QLineEdit* m_key = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_source = nullptr;
    QLineEdit* m_personaName = nullptr;
    QLineEdit* m_personaPhone = nullptr;
    QLineEdit* m_personaDescription = nullptr;
    QLineEdit* m_opening = nullptr;
    QLineEdit* m_problem = nullptr;
    QPlainTextEdit* m_kb = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_customerName = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_outlet = nullptr;
    QLineEdit* m_keywords = nullptr;
    QCheckBox* m_transfer = nullptr;
    QSpinBox* m_ring = nullptr;
    QSpinBox* m_passMark = nullptr;
    QTableWidget* m_lines = nullptr;
    QTableWidget* m_traps = nullptr;
};

} // namespace threerings::ui
