#include "ui/shell/ShortcutTable.h"

#include <QAction>
#include <QCoreApplication>
#include <QShortcut>

namespace threerings::ui {

namespace {

QList<QKeySequence> keys(std::initializer_list<QKeyCombination> combos)
{
    QList<QKeySequence> list;
    for (QKeyCombination c : combos)
        list << QKeySequence(c);
    return list;
}

QList<ShortcutEntry> buildTable()
{
    using G = ShortcutGroup;
    using I = ShortcutId;
    const Qt::KeyboardModifiers ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
    QList<QKeySequence> sections;
    for (int i = 0; i < 9; ++i)
        sections << QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i));
    return {
        {I::Answer, "answer", G::Call, QT_TRANSLATE_NOOP("Shortcuts", "Answer the ringing call"),
         keys({Qt::Key_F2, Qt::Key_Space}), true},
        {I::Hold, "hold", G::Call,
         QT_TRANSLATE_NOOP("Shortcuts", "Put the caller on hold, or take them off hold"), keys({Qt::Key_F3}),
         true},
        {I::HangUp, "hang-up", G::Call, QT_TRANSLATE_NOOP("Shortcuts", "Hang up"), keys({Qt::Key_F4}), true},
        {I::Ready, "ready", G::Call,
         QT_TRANSLATE_NOOP("Shortcuts", "Ready for the next call (ends wrap-up and breaks)"),
         keys({Qt::Key_F12}), true},
        {I::NotReady, "not-ready", G::Call, QT_TRANSLATE_NOOP("Shortcuts", "Not ready: choose the reason"),
         keys({Qt::SHIFT | Qt::Key_F12}), true},
        {I::DialNumber, "dial-number", G::Call,
         QT_TRANSLATE_NOOP("Shortcuts", "Dial a number typed or pasted"), keys({Qt::CTRL | Qt::Key_D}),
         false},
        {I::ScriptNext, "script-next", G::Words,
         QT_TRANSLATE_NOOP("Shortcuts", "Script: said it (restated, confirmed), next step"),
         keys({Qt::Key_F6, Qt::CTRL | Qt::Key_Right}), true},
        {I::ScriptBack, "script-back", G::Words, QT_TRANSLATE_NOOP("Shortcuts", "Script: previous step"),
         keys({Qt::CTRL | Qt::Key_Left, Qt::SHIFT | Qt::Key_F6}), true},
        {I::ScriptSkip, "script-skip", G::Words, QT_TRANSLATE_NOOP("Shortcuts", "Script: skip the step"),
         keys({Qt::Key_F7}), true},
        {I::CallNotes, "call-notes", G::Words, QT_TRANSLATE_NOOP("Shortcuts", "Write in the call notes"),
         keys({Qt::ALT | Qt::Key_N}), true},
        {I::CallerCard, "caller-card", G::Words,
         QT_TRANSLATE_NOOP("Shortcuts", "Go to the caller's card (new customer: the name field)"),
         keys({Qt::CTRL | Qt::Key_I}), true},
        {I::PhraseGuide, "phrase-guide", G::Words,
         QT_TRANSLATE_NOOP("Shortcuts", "Standard phrases and complaint order"), keys({Qt::Key_F8}), true},
        {I::Knowledge, "knowledge", G::Words, QT_TRANSLATE_NOOP("Shortcuts", "Search the knowledge base"),
         keys({Qt::Key_F9}), true},
        {I::KnowledgeCopy, "knowledge-copy", G::Words,
         QT_TRANSLATE_NOOP("Shortcuts", "Knowledge base: copy the answer into the call notes"),
         keys({Qt::CTRL | Qt::Key_Return}), true},
        {I::MyWork, "my-work", G::Forms, QT_TRANSLATE_NOOP("Shortcuts", "My work"), keys({Qt::Key_F5}),
         false},
        {I::Callbacks, "callbacks", G::Forms, QT_TRANSLATE_NOOP("Shortcuts", "Today's callbacks"),
         keys({Qt::SHIFT | Qt::Key_F5}), false},
        {I::NextCallback, "next-callback", G::Forms,
         QT_TRANSLATE_NOOP("Shortcuts", "Callbacks: call the next customer on the list"),
         keys({Qt::CTRL | Qt::Key_F5}), true},
        {I::NewProblemForm, "new-problem-form", G::Forms, QT_TRANSLATE_NOOP("Shortcuts", "New problem form"),
         keys({ctrlShift | Qt::Key_N}), true},
        {I::NewConsultation, "new-consultation", G::Forms, QT_TRANSLATE_NOOP("Shortcuts", "New consultation"),
         keys({ctrlShift | Qt::Key_K}), true},
        {I::NewComplaint, "new-complaint", G::Forms, QT_TRANSLATE_NOOP("Shortcuts", "New complaint"),
         keys({ctrlShift | Qt::Key_L}), true},
        {I::FindRecord, "find-record", G::Forms,
         QT_TRANSLATE_NOOP("Shortcuts", "Go to a record by its number or the caller's phone"),
         keys({Qt::CTRL | Qt::Key_G}), true},
        {I::FormSave, "form-save", G::Forms, QT_TRANSLATE_NOOP("Shortcuts", "Form: save"),
         keys({Qt::CTRL | Qt::Key_S}), true},
        {I::FormNextStep, "form-next-step", G::Forms,
         QT_TRANSLATE_NOOP("Shortcuts", "Form: take the next step (accept, transfer, resolve…)"),
         keys({Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}), true},
        {I::FormSection, "form-section", G::Forms, QT_TRANSLATE_NOOP("Shortcuts", "Form: go to section 1…9"),
         sections, false},
        {I::FormNextSection, "form-next-section", G::Forms,
         QT_TRANSLATE_NOOP("Shortcuts", "Form: next section"), keys({Qt::CTRL | Qt::Key_PageDown}), false},
        {I::FormPreviousSection, "form-previous-section", G::Forms,
         QT_TRANSLATE_NOOP("Shortcuts", "Form: previous section"), keys({Qt::CTRL | Qt::Key_PageUp}), false},
        {I::Lock, "lock", G::Console, QT_TRANSLATE_NOOP("Shortcuts", "Lock the console"),
         keys({Qt::CTRL | Qt::Key_L}), false},
        {I::OpenDatabase, "open-database", G::Console,
         QT_TRANSLATE_NOOP("Shortcuts", "Open another database"), keys({Qt::CTRL | Qt::Key_O}), false},
        {I::FullScreen, "full-screen", G::Console, QT_TRANSLATE_NOOP("Shortcuts", "Full screen"),
         keys({Qt::Key_F11}), false},
        {I::ShortcutsHelp, "shortcuts", G::Console, QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"),
         keys({Qt::Key_F1}), false},
        {I::UserGuide, "user-guide", G::Console, QT_TRANSLATE_NOOP("Shortcuts", "User guide"),
         keys({Qt::SHIFT | Qt::Key_F1}), false},
        {I::Quit, "quit", G::Console, QT_TRANSLATE_NOOP("Shortcuts", "Quit"), keys({Qt::CTRL | Qt::Key_Q}),
         false},
    };
}

} // namespace

QString ShortcutEntry::text() const
{
    return QCoreApplication::translate("Shortcuts", source);
}

QString ShortcutEntry::keysText(QKeySequence::SequenceFormat format) const
{
    QStringList parts;
    if (id == ShortcutId::FormSection && keys.size() > 1)
        return QCoreApplication::translate("Shortcuts", "%1 … %2")
            .arg(keys.constFirst().toString(format), keys.constLast().toString(format));
    for (const QKeySequence& k : keys)
        parts << k.toString(format);
    return parts.join(QCoreApplication::translate("Shortcuts", " or "));
}

const QList<ShortcutEntry>& shortcutTable()
{
    static const QList<ShortcutEntry> table = buildTable();
    return table;
}

const ShortcutEntry& shortcut(ShortcutId id)
{
    for (const ShortcutEntry& e : shortcutTable())
        if (e.id == id)
            return e;
    Q_UNREACHABLE();
}

QString shortcutGroupName(ShortcutGroup group)
{
    switch (group) {
    case ShortcutGroup::Call:
        return QCoreApplication::translate("Shortcuts", "The call");
    case ShortcutGroup::Words:
        return QCoreApplication::translate("Shortcuts", "Words during the call");
    case ShortcutGroup::Forms:
        return QCoreApplication::translate("Shortcuts", "Forms");
    case ShortcutGroup::Console:
        return QCoreApplication::translate("Shortcuts", "The console");
    }
    return {};
}

void applyShortcut(QAction* action, ShortcutId id)
{
    const ShortcutEntry& e = shortcut(id);
    action->setShortcuts(e.keys);
    action->setProperty("shortcutName", QString::fromLatin1(e.name));
}

void tagShortcut(QShortcut* s, ShortcutId id)
{
    s->setProperty("shortcutName", QString::fromLatin1(shortcut(id).name));
}

QString shortcutTableMarkdown()
{
    QString out;
    for (ShortcutGroup g :
         {ShortcutGroup::Call, ShortcutGroup::Words, ShortcutGroup::Forms, ShortcutGroup::Console}) {
        out += QStringLiteral("\n### %1\n\n| %2 | %3 |\n|---|---|\n")
                   .arg(shortcutGroupName(g), QCoreApplication::translate("Shortcuts", "Action"),
                        QCoreApplication::translate("Shortcuts", "Keys"));
        for (const ShortcutEntry& e : shortcutTable())
            if (e.group == g)
                out += QStringLiteral("| %1 | %2 |\n").arg(e.text(), e.keysText(QKeySequence::PortableText));
    }
    return out;
}

} // namespace threerings::ui
