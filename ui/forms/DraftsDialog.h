#pragma once

#include "core/model/Draft.h"

#include <QDialog>

class QListWidget;

namespace threerings::ui {

// After a crash (or a closed console), the person's unsaved drafts offered back at sign-in: the ticked
// ones are opened with their text, the others may be thrown away.
class DraftsDialog : public QDialog
{
    Q_OBJECT

public:
    DraftsDialog(const QList<Draft>& drafts, QWidget* parent = nullptr);

    // The drafts ticked to be restored.
    QList<Draft> chosen() const;
    // The drafts not ticked (thrown away when the dialog is accepted).
    QList<Draft> dropped() const;
    static QString describe(const Draft& draft);

private:
    QList<Draft> m_drafts;
    QListWidget* m_list = nullptr;
};

} // namespace threerings::ui
