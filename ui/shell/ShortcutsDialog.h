#pragma once

#include <QDialog>

namespace threerings::ui {

// Help ▸ Keyboard shortcuts: the console's shortcut table (ShortcutTable), by group, translated. The
// views take their keys from the same table, so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);
};

} // namespace threerings::ui
