#pragma once

#include "core/model/RecordKind.h"
#include "core/util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QBoxLayout;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace threerings::ui {

class FormServices;

// The frame every form view shares (issue 6): a header with the number, state and clocks, sections in
// a scroll area (Alt+1…7 jumps to a section), an error shown under the field the core named, a button
// row, and the keys Ctrl+S (save) and Ctrl+Enter (the next step). It never loses typing: the fields
// registered with addField are autosaved as a draft (DraftRepository) 3 s after the last edit and when the
// focus leaves the form; saving discards the draft. Customer-facing text fields get the banned-phrase
// guard (guard()), checked with confirmPhrases() before they are saved.
class FormPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DraftDelayMs = 3000;

    FormPage(FormServices& services, RecordKind draftKind, QWidget* parent = nullptr);
    ~FormPage() override;

    // The draft's kind and the record it belongs to ("" for a form not yet stored).
    RecordKind draftKind() const { return m_draftKind; }
    virtual QString recordId() const = 0;

    // Ctrl+S: stores what was typed (the first step of a new form). True when it was stored.
    virtual bool save() = 0;
    // Ctrl+Enter: the next step the signed-in person may take. True when it was taken.
    virtual bool nextStep() { return save(); }

    // The registered fields as they are now, and back (a draft offered after a crash).
    QJsonObject fieldValues() const;
    void setFieldValues(const QJsonObject& values);
    // Writes the draft now (the timer and the focus do it by themselves). False when nothing changed.
    bool saveDraft();
    // Restores the person's draft of this record, if there is one. True when one was restored.
    bool restoreDraft();
    bool isDirty() const { return m_dirty; }

    // The message under the field the error names (or above the form when it names none).
    void showError(const Error& error);
    void clearErrors();
    QString errorText(const QString& field) const;
    // Focuses the first field of section `index` (0-based).
    void goToSection(int index);
    int sectionCount() const { return int(m_sections.size()); }

Q_SIGNALS:
    // A record was stored or changed: My work may have moved.
    void saved();
    // One line for the status bar.
    void message(const QString& text);

protected:
    FormServices& services() const { return m_services; }
    // A titled section with a form layout; Alt+<n> goes to it.
    QFormLayout* addSection(const QString& title);
    // A row in `section` whose value is drafted and whose errors (Error::field == field) show under it.
    void addField(QFormLayout* section, const QString& label, QWidget* editor, const QString& field);
    // A read-only line in a section (who signed, when).
    QLabel* addInfo(QFormLayout* section, const QString& label, const QString& objectName);
    // Underlines banned phrases in a customer-facing text.
    void guard(QPlainTextEdit* edit);
    // Before saving guarded text: true when clean, or the agent confirms it anyway.
    bool confirmPhrases(const QList<QPlainTextEdit*>& edits);
    // The header (number, state) and the clock line under it.
    void setHeader(const QString& title, const QString& status);
    void setClock(const QString& text, bool late);
    // The words to say to the customer beside a late clock (the apology); hidden when empty.
    void setApology(const QString& words);
    QBoxLayout* buttonRow() const;
    // A bar above the sections that does not scroll away (a question the form asks).
    void addBanner(QWidget* banner);
    // After a save: the draft is dropped and the view tells who listens.
    void afterSave(const QString& statusText);
    // The draft of a new form moves to the stored record's id.
    void setDraftRecord(const QString& previousId);
    void markClean() { m_dirty = false; }
    void closeEvent(QCloseEvent* event) override;

private:
    void markDirty();
    void onFocusChanged(QWidget* old, QWidget* now);

    FormServices& m_services;
    RecordKind m_draftKind;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_clock = nullptr;
    QLabel* m_apology = nullptr;
    QLabel* m_generalError = nullptr;
    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_body = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QTimer* m_draftTimer = nullptr;
    QList<QGroupBox*> m_sections;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
    QStringList m_fieldOrder;
    bool m_dirty = false;
    bool m_restoring = false;
};

} // namespace threerings::ui
