#pragma once

#include "core/auth/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace threerings {
class WordsService;
} // namespace threerings

namespace threerings::ui {

// For admins: the scripts and phrase lists of a language as JSON, edited in place or imported and
// exported as files. A change is validated whole; an error names the line and field and nothing is saved,
// so the scripts in use stay as they were. A saved phrase list reloads the console's guard (WordsService),
// so every open field underlines by the new list at once.
class ScriptAdminDialog : public QDialog
{
    Q_OBJECT

public:
    ScriptAdminDialog(WordsService& words, Actor actor, QWidget* parent = nullptr);

    // Saves the editor's text (scripts or phrase list, by the open tab); false with the error shown.
    bool apply();
    void reload();
    QString errorText() const;
    QPlainTextEdit* scriptEditor() const { return m_scriptText; }
    QPlainTextEdit* phraseEditor() const { return m_phraseText; }

private:
    void importFile();
    void exportFile();
    bool onScripts() const;

    WordsService& m_words;
    Actor m_actor;
    QTabWidget* m_tabs;
    QComboBox* m_language;
    QListWidget* m_scriptList;
    QPlainTextEdit* m_scriptText;
    QPlainTextEdit* m_phraseText;
    QLabel* m_error;
};

} // namespace threerings::ui
