#pragma once

#include "core/auth/Actor.h"
#include "core/auth/Permissions.h"
#include "core/util/Result.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace threerings::ui {

// One page of Admin ▸ Hotline set-up…: a searchable list beside the selected record's form, with
// New, Save, Retire and Restore. A kind's page fills the list and the form; every change is a core service
// call that checks the person's rights. An empty list says what to do first.
class SetupPage : public QWidget
{
    Q_OBJECT

public:
    SetupPage(const Actor& actor, const QString& name, QWidget* parent = nullptr);

    QString lastMessage() const;
    // For tests and the window: the rows shown, and choose the row whose first column is `key`.
    int rowCount() const;
    bool select(const QString& key);
    void reload();
    // New, Save, Retire, Restore as the buttons do them.
    void startNew();
    void save();
    void setActive(bool active);

protected:
    // The page's columns; the first is the record's key.
    virtual QStringList headers() const = 0;
    // The records matching the search (retired ones too when asked), as rows; each row's last value says
    // whether the record is in use.
    virtual Result<QList<QStringList>> rows(const QString& search, bool retiredToo) = 0;
    // Puts the record of row `index` (of the last rows()) into the form, or an empty form for -1.
    virtual void load(int index) = 0;
    // Saves the form (a new record or the loaded one); returns the key of the saved record.
    virtual Result<QString> store() = 0;
    virtual Status storeActive(int index, bool active) = 0;
    // What an empty list says.
    virtual QString emptyText() const = 0;

    // "in use" or "retired", the last column of every row.
    static QString stateLabel(bool active);

    QFormLayout* form() const { return m_form; }
    const Actor& actor() const { return m_actor; }
    bool mayEdit() const;
    // The action that changes this page's records (ManageSetup unless a page says otherwise).
    void setManageAction(Action action) { m_manage = action; }
    void show(const Status& status, const QString& done);
    // For kinds that are never retired (customers, devices): no Retire, Restore or "Show retired".
    void setRetirable(bool retirable);
    void setSearchHint(const QString& hint);
    // The row of the selected record (-1: none), the row of extra buttons, and the space under the form.
    int currentIndex() const { return current(); }
    QHBoxLayout* buttonRow() const { return m_buttons; }
    QVBoxLayout* sideArea() const { return m_side; }

private:
    void updateButtons();
    int current() const;

    Actor m_actor;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_retired = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QFormLayout* m_form = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QVBoxLayout* m_side = nullptr;
    bool m_retirable = true;
    QLabel* m_message = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_restore = nullptr;
    QList<QStringList> m_rows;
    bool m_editingNew = false;
    Action m_manage = Action::ManageSetup;
};

} // namespace threerings::ui
