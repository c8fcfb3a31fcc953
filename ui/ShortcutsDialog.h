#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace threerings::ui {

// Lists the keyboard shortcuts of the given actions, read from the actions themselves so the list cannot
// drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace threerings::ui
