#pragma once

#include "core/auth/Actor.h"
#include "core/forms/CallbackPolicy.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QRadioButton;
class QSpinBox;

namespace threerings {
class CallbackWorkflow;
}

namespace threerings::ui {

// Admin ▸ Callback policy… (Action::ManageCallbackPolicy): which resolved forms get a next-day callback,
// all of them (SPEC §3) or a sampled share per outlet kind, and how unreachable customers are retried.
// Saved whole through CallbackWorkflow::setPolicy; a refusal is shown and the dialog stays open.
class CallbackPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    CallbackPolicyDialog(CallbackWorkflow& callbacks, const Actor& actor, QWidget* parent = nullptr);

    // The policy as the dialog shows it now.
    CallbackPolicy policy() const;
    QString errorText() const;
    QSpinBox* shareBox(const QString& outletKind) const { return m_shares.value(outletKind); }

public Q_SLOTS:
    void accept() override;

private:
    void updateEnabled();

    CallbackWorkflow& m_callbacks;
    Actor m_actor;
    CallbackPolicy m_loaded;
    QRadioButton* m_all = nullptr;
    QRadioButton* m_sample = nullptr;
    QHash<QString, QSpinBox*> m_shares;
    QSpinBox* m_defaultShare = nullptr;
    QSpinBox* m_retryHours = nullptr;
    QSpinBox* m_maxAttempts = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace threerings::ui
