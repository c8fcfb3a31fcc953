#pragma once

#include "core/model/FoundRecord.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace threerings::ui {

class FormServices;

// "Go to a record" (Ctrl+G): the person types a form, complaint or report number (or its start) or a
// caller's phone and presses Enter. One match opens at once; several list, newest first, and Enter or a
// double click opens the chosen one. Every search is a RecordFinder call, checked for the person.
class FindRecordDialog : public QDialog
{
    Q_OBJECT

public:
    FindRecordDialog(FormServices& services, QWidget* parent = nullptr);

    void setText(const QString& text);
    // The keyboard in the number field, its text selected to type over (Ctrl+G again).
    void focusText();
    // Searches for the text now; opens the record when exactly one matches.
    void search();
    const QList<FoundRecord>& results() const { return m_results; }

Q_SIGNALS:
    void openRequested(threerings::RecordKind kind, const QString& id);

private:
    void openCurrent();
    void showResults(const QList<FoundRecord>& found);

    FormServices& m_services;
    QLineEdit* m_text;
    QTreeWidget* m_list;
    QLabel* m_message;
    QPushButton* m_open;
    QList<FoundRecord> m_results;
};

} // namespace threerings::ui
