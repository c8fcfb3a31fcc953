#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QShortcut;

namespace threerings::ui {

// Every keyboard shortcut of the console, in one table: the views take their keys from it
// (applyShortcut), Help ▸ Keyboard shortcuts lists it (ShortcutsDialog), `threerings shortcuts` prints it
// and a test checks that docs/guide/agent.*.md lists every key in it. Change a key here and nowhere else.
enum class ShortcutId
{
    // the call
    Answer,
    Hold,
    HangUp,
    Ready,
    NotReady,
    DialNumber,
    // the words during the call
    ScriptNext,
    ScriptBack,
    ScriptSkip,
    CallNotes,
    CallerCard,
    PhraseGuide,
    Knowledge,
    KnowledgeCopy,
    // the forms
    MyWork,
    Callbacks,
    NextCallback,
    NewProblemForm,
    NewConsultation,
    NewComplaint,
    FindRecord,
    FormSave,
    FormNextStep,
    FormSection,
    FormNextSection,
    FormPreviousSection,
    // the console
    Lock,
    OpenDatabase,
    FullScreen,
    ShortcutsHelp,
    UserGuide,
    Quit,
};

enum class ShortcutGroup
{
    Call,
    Words,
    Forms,
    Console,
};

struct ShortcutEntry
{
    ShortcutId id;
    // A stable name (scripts, the guide check): "answer", "script-next", …
    const char* name;
    ShortcutGroup group;
    // English source text in the "Shortcuts" translation context; text() translates it.
    const char* source;
    QList<QKeySequence> keys;
    // An agent repeats it during a call (the agent guide lists these first).
    bool duringCall;

    QString text() const;
    // The keys as a person reads them ("F2 or Space"), in the platform's notation.
    QString keysText(QKeySequence::SequenceFormat format = QKeySequence::NativeText) const;
};

const QList<ShortcutEntry>& shortcutTable();
const ShortcutEntry& shortcut(ShortcutId id);
QString shortcutGroupName(ShortcutGroup group);

// Gives the action the keys of `id` and remembers which entry it follows (property "shortcutName"), so
// a test can check that no key in the console bypasses the table.
void applyShortcut(QAction* action, ShortcutId id);
// A QShortcut for one of the entry's keys (entries with several keys get one QShortcut per key).
void tagShortcut(QShortcut* shortcut, ShortcutId id);

// The table as Markdown (| action | keys |, by group), translated: for the guides.
QString shortcutTableMarkdown();

} // namespace threerings::ui
