#pragma once

#include "core/words/PhraseList.h"

#include <QDialog>

class QListWidget;
class QTabWidget;

namespace threerings::ui {

// One click away during a call: the ten standard phrases, the complaint-handling order, and the banned
// phrases with what to say instead. Enter or a double click copies a phrase (phraseChosen).
class PhraseGuideDialog : public QDialog
{
    Q_OBJECT

public:
    PhraseGuideDialog(const PhraseList& list, QWidget* parent = nullptr);
    // Opens on the complaint order (for a complaint call) instead of the standard phrases.
    void showComplaintOrder();

signals:
    void phraseChosen(const QString& phrase);

private:
    QTabWidget* m_tabs;
};

} // namespace threerings::ui
