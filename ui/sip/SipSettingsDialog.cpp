#include "ui/sip/SipSettingsDialog.h"

#include "core/auth/Actor.h"
#include "core/settings/SettingsReader.h"
#include "core/sip/SipLine.h"
#include "ui/sip/SipKeychain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {

// The codecs a PBX or trunk commonly offers, by linphone's MIME type.
const QStringList knownCodecs{
    QStringLiteral("PCMA"),  QStringLiteral("PCMU"), QStringLiteral("G722"),           QStringLiteral("opus"),
    QStringLiteral("speex"), QStringLiteral("GSM"),  QStringLiteral("telephone-event")};

QComboBox* deviceCombo(const QStringList& devices, const QString& current, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(SipSettingsDialog::tr("System default"), QString());
    for (const QString& d : devices)
        box->addItem(d, d);
    if (!current.isEmpty() && box->findData(current) < 0)
        box->addItem(current, current);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

} // namespace

SipSettingsDialog::SipSettingsDialog(Database& db, const Clock& clock, const Actor& actor, SipLine* line,
                                     QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_actor(actor), m_line(line)
{
    setWindowTitle(tr("Phone line"));
    setObjectName(QStringLiteral("sipSettingsDialog"));
    const SipConfig c = SipConfig::fromSettings(*SettingsReader::open(db, clock));
    const QStringList devices = line ? line->audioDevices() : QStringList();

    auto* account = new QGroupBox(tr("SIP account"), this);
    auto* af = new QFormLayout(account);
    m_register =
        new QCheckBox(tr("&Register with a PBX or SIP trunk (off: direct calls to this console)"), account);
    m_user = new QLineEdit(account);
    m_domain = new QLineEdit(account);
    m_proxy = new QLineEdit(account);
    m_proxy->setPlaceholderText(tr("the domain"));
    m_transport = new QComboBox(account);
    m_transport->addItem(QStringLiteral("UDP"), QStringLiteral("udp"));
    m_transport->addItem(QStringLiteral("TCP"), QStringLiteral("tcp"));
    m_transport->addItem(QStringLiteral("TLS"), QStringLiteral("tls"));
    m_password = new QLineEdit(account);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the OS keychain; empty leaves it unchanged"));
    // The limits of the table of settings; a value it refuses still gets the message naming the setting.
    m_user->setMaxLength(Setting::SipUser.entry.max);
    m_domain->setMaxLength(Setting::SipDomain.entry.max);
    m_proxy->setMaxLength(Setting::SipProxy.entry.max);
    m_port = new QSpinBox(account);
    m_port->setRange(Setting::SipPort.entry.min, Setting::SipPort.entry.max);
    af->addRow(m_register);
    af->addRow(tr("&User:"), m_user);
    af->addRow(tr("&Domain:"), m_domain);
    af->addRow(tr("Registrar / &proxy:"), m_proxy);
    af->addRow(tr("&Transport:"), m_transport);
    af->addRow(tr("Pass&word:"), m_password);
    af->addRow(tr("Local &port:"), m_port);

    auto* audio = new QGroupBox(tr("Audio"), this);
    auto* au = new QFormLayout(audio);
    m_input = deviceCombo(devices, c.inputDevice, audio);
    m_output = deviceCombo(devices, c.outputDevice, audio);
    m_ringer = deviceCombo(devices, c.ringerDevice, audio);
    auto* tone = new QPushButton(tr("Play a &test tone"), audio);
    tone->setEnabled(line != nullptr);
    connect(tone, &QPushButton::clicked, this, [this] {
        if (m_line)
            m_line->playTestTone();
    });
    m_codecs = new QListWidget(audio);
    for (const QString& codec : knownCodecs) {
        auto* item = new QListWidgetItem(codec, m_codecs);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(c.codecs.isEmpty() || c.codecs.contains(codec, Qt::CaseInsensitive)
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_codecs->setMaximumHeight(120);
    au->addRow(tr("&Microphone:"), m_input);
    au->addRow(tr("&Speaker:"), m_output);
    au->addRow(tr("&Ringer:"), m_ringer);
    au->addRow(QString(), tone);
    au->addRow(tr("&Codecs offered:"), m_codecs);

    auto* calls = new QGroupBox(tr("Calls"), this);
    auto* cf = new QFormLayout(calls);
    m_notReady = new QComboBox(calls);
    m_notReady->addItem(tr("Busy (486): the PBX offers it to someone else"), QStringLiteral("busy"));
    m_notReady->addItem(tr("Queue: keep it ringing until the agent is Ready"), QStringLiteral("queue"));
    m_record = new QCheckBox(tr("Record every call to a file (shown on the console while on)"), calls);
    cf->addRow(tr("While &not Ready:"), m_notReady);
    cf->addRow(m_record);

    // Which line the console starts on. Made after the other groups (the tests find the fields in order) but
    // shown first.
    auto* which = new QGroupBox(tr("Line"), this);
    auto* wf = new QFormLayout(which);
    m_lineKind = new QComboBox(which);
    m_lineKind->setObjectName(QStringLiteral("sipLineKind"));
    m_lineKind->addItem(tr("Simulated (training/demo)"), QStringLiteral("simulated"));
    m_lineKind->addItem(tr("SIP"), QStringLiteral("sip"));
    m_lineKind->setToolTip(
        tr("--sip starts the console on the SIP line and --simulate on the simulated line, "
           "whatever is chosen here."));
    auto* now = new QLabel(line ? tr("This console is on the SIP line now.")
                                : tr("This console is on the simulated line now."),
                           which);
    now->setObjectName(QStringLiteral("sipLineNow"));
    wf->addRow(tr("P&hone line:"), m_lineKind);
    wf->addRow(QString(), now);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sipSettingsError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* note = new QLabel(
        tr("The console starts on the chosen line, with these settings, from its next start."), this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(which);
    layout->addWidget(account);
    layout->addWidget(audio);
    layout->addWidget(calls);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    load(c);
    connect(m_register, &QCheckBox::toggled, this, &SipSettingsDialog::updateEnabled);
    updateEnabled();
}

void SipSettingsDialog::load(const SipConfig& c)
{
    m_lineKind->setCurrentIndex(c.useSipLine ? 1 : 0);
    m_register->setChecked(c.registerAccount);
    m_user->setText(c.user);
    m_domain->setText(c.domain);
    m_proxy->setText(c.proxy);
    m_transport->setCurrentIndex(std::max(0, m_transport->findData(SipConfig::transportName(c.transport))));
    m_port->setValue(c.port > 0 ? c.port : Setting::SipPort.defaultValue());
    m_notReady->setCurrentIndex(c.whenNotReady == SipConfig::NotReady::Queue ? 1 : 0);
    m_record->setChecked(c.recordCalls);
}

void SipSettingsDialog::updateEnabled()
{
    const bool on = m_register->isChecked();
    for (QWidget* w : {static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_domain),
                       static_cast<QWidget*>(m_proxy), static_cast<QWidget*>(m_password)})
        w->setEnabled(on);
}

SipConfig SipSettingsDialog::config() const
{
    SipConfig c = SipConfig::fromSettings(*SettingsReader::open(m_db, m_clock));
    c.useSipLine = m_lineKind->currentData().toString() == QLatin1String("sip");
    c.registerAccount = m_register->isChecked();
    c.user = m_user->text().trimmed();
    c.domain = m_domain->text().trimmed();
    c.proxy = m_proxy->text().trimmed();
    c.transport = SipConfig::transportFrom(m_transport->currentData().toString());
    c.port = m_port->value();
    c.inputDevice = m_input->currentData().toString();
    c.outputDevice = m_output->currentData().toString();
    c.ringerDevice = m_ringer->currentData().toString();
    c.codecs.clear();
    bool all = true;
    for (int i = 0; i < m_codecs->count(); ++i) {
        if (m_codecs->item(i)->checkState() == Qt::Checked)
            c.codecs << m_codecs->item(i)->text();
        else
            all = false;
    }
    if (all)
        c.codecs.clear(); // everything linphone has, in its order
    c.whenNotReady = m_notReady->currentData().toString() == QLatin1String("queue")
                         ? SipConfig::NotReady::Queue
                         : SipConfig::NotReady::Busy;
    c.recordCalls = m_record->isChecked();
    return c;
}

bool SipSettingsDialog::save()
{
    const SipConfig c = config();
    if (Status s = SipConfig::save(m_db, m_clock, m_actor, c); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return false;
    }
    if (c.registerAccount && !m_password->text().isEmpty()) {
        if (Status s = SipKeychain::write(c.identity(), m_password->text()); !s) {
            m_error->setText(s.error().message);
            m_error->show();
            return false;
        }
    }
    return true;
}

} // namespace threerings::ui
