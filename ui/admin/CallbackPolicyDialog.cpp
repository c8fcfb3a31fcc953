#include "ui/admin/CallbackPolicyDialog.h"

#include "core/forms/CallbackWorkflow.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {

QString kindLabel(const QString& kind)
{
    if (kind == QLatin1String("repair_center"))
        return CallbackPolicyDialog::tr("Repair centres:");
    if (kind == QLatin1String("dealer"))
        return CallbackPolicyDialog::tr("Dealers:");
    if (kind == QLatin1String("branch"))
        return CallbackPolicyDialog::tr("Branches:");
    return kind + QLatin1Char(':');
}

// The ranges are the table of settings' (core/settings/Settings.h); the refusal the dialog shows names the
// setting and its range.
void setRange(QSpinBox* box, const SettingEntry& entry)
{
    box->setRange(entry.min, entry.max);
}

QSpinBox* percentBox(QWidget* parent, const QString& name, const SettingEntry& entry, int value)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    setRange(box, entry);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(value);
    return box;
}

} // namespace

CallbackPolicyDialog::CallbackPolicyDialog(CallbackWorkflow& callbacks, const Actor& actor, QWidget* parent)
    : QDialog(parent), m_callbacks(callbacks), m_actor(actor), m_loaded(callbacks.policy())
{
    setObjectName(QStringLiteral("callbackPolicyDialog"));
    setWindowTitle(tr("Callback policy"));
    auto* layout = new QVBoxLayout(this);

    auto* which = new QGroupBox(tr("Which resolved forms get a callback the next day"), this);
    auto* whichLayout = new QVBoxLayout(which);
    m_all = new QRadioButton(tr("&All of them"), which);
    m_all->setObjectName(QStringLiteral("policyAll"));
    m_sample = new QRadioButton(tr("A &sample: this share of each outlet kind"), which);
    m_sample->setObjectName(QStringLiteral("policySample"));
    whichLayout->addWidget(m_all);
    whichLayout->addWidget(m_sample);
    auto* shares = new QFormLayout;
    for (const QString& kind : CallbackPolicy::outletKinds()) {
        auto* box = percentBox(which, QStringLiteral("share_") + kind, Setting::CallbackShare.entry,
                               m_loaded.shares.value(kind, m_loaded.defaultShare));
        m_shares.insert(kind, box);
        shares->addRow(kindLabel(kind), box);
    }
    m_defaultShare = percentBox(which, QStringLiteral("share_default"), Setting::CallbackDefaultShare.entry,
                                m_loaded.defaultShare);
    shares->addRow(tr("Forms without an outlet:"), m_defaultShare);
    whichLayout->addLayout(shares);
    layout->addWidget(which);

    auto* retry = new QGroupBox(tr("Customers who cannot be reached"), this);
    auto* retryLayout = new QFormLayout(retry);
    m_retryHours = new QSpinBox(retry);
    m_retryHours->setObjectName(QStringLiteral("retryHours"));
    setRange(m_retryHours, Setting::CallbackRetryHours.entry);
    m_retryHours->setSuffix(tr(" h"));
    m_retryHours->setValue(m_loaded.retryHours);
    retryLayout->addRow(tr("Dial again after:"), m_retryHours);
    m_maxAttempts = new QSpinBox(retry);
    m_maxAttempts->setObjectName(QStringLiteral("maxAttempts"));
    setRange(m_maxAttempts, Setting::CallbackMaxAttempts.entry);
    m_maxAttempts->setValue(m_loaded.maxAttempts);
    retryLayout->addRow(tr("Give up after attempts:"), m_maxAttempts);
    layout->addWidget(retry);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("policyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CallbackPolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    (m_loaded.mode == CallbackPolicy::Mode::Sample ? m_sample : m_all)->setChecked(true);
    connect(m_sample, &QRadioButton::toggled, this, &CallbackPolicyDialog::updateEnabled);
    updateEnabled();
}

void CallbackPolicyDialog::updateEnabled()
{
    const bool sample = m_sample->isChecked();
    for (QSpinBox* box : std::as_const(m_shares))
        box->setEnabled(sample);
    m_defaultShare->setEnabled(sample);
}

CallbackPolicy CallbackPolicyDialog::policy() const
{
    CallbackPolicy p = m_loaded;
    p.mode = m_sample->isChecked() ? CallbackPolicy::Mode::Sample : CallbackPolicy::Mode::All;
    p.shares.clear();
    for (auto it = m_shares.constBegin(); it != m_shares.constEnd(); ++it)
        p.shares.insert(it.key(), it.value()->value());
    p.defaultShare = m_defaultShare->value();
    p.retryHours = m_retryHours->value();
    p.maxAttempts = m_maxAttempts->value();
    return p;
}

QString CallbackPolicyDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CallbackPolicyDialog::accept()
{
    if (Status s = m_callbacks.setPolicy(m_actor, policy()); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace threerings::ui
