#include "core/sip/SipConfig.h"

#include "core/auth/Actor.h"
#include "core/auth/Permissions.h"
#include "core/db/Transaction.h"
#include "core/settings/SettingsRepository.h"

namespace threerings {

namespace {
const QString SipLineKind = QStringLiteral("sip");
const QString QueueWhenNotReady = QStringLiteral("queue");
} // namespace

QString SipConfig::transportName(Transport t)
{
    switch (t) {
    case Transport::Tcp:
        return QStringLiteral("tcp");
    case Transport::Tls:
        return QStringLiteral("tls");
    case Transport::Udp:
        break;
    }
    return QStringLiteral("udp");
}

SipConfig::Transport SipConfig::transportFrom(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("tcp"))
        return Transport::Tcp;
    if (n == QLatin1String("tls"))
        return Transport::Tls;
    return Transport::Udp;
}

SipConfig SipConfig::fromSettings(const SettingsReader& settings)
{
    SipConfig c;
    c.useSipLine = settings.get(Setting::LineKind) == SipLineKind;
    c.registerAccount = settings.get(Setting::SipRegister);
    c.user = settings.get(Setting::SipUser).trimmed();
    c.domain = settings.get(Setting::SipDomain).trimmed();
    c.proxy = settings.get(Setting::SipProxy).trimmed();
    c.transport = transportFrom(settings.get(Setting::SipTransport));
    c.listenAddress = settings.get(Setting::SipListen).trimmed();
    c.port = settings.get(Setting::SipPort);
    for (const QString& codec : settings.get(Setting::SipCodecs).split(QLatin1Char(','), Qt::SkipEmptyParts))
        c.codecs << codec.trimmed();
    c.inputDevice = settings.get(Setting::SipInputDevice);
    c.outputDevice = settings.get(Setting::SipOutputDevice);
    c.ringerDevice = settings.get(Setting::SipRingerDevice);
    c.whenNotReady =
        settings.get(Setting::SipWhenNotReady) == QueueWhenNotReady ? NotReady::Queue : NotReady::Busy;
    c.recordCalls = settings.get(Setting::SipRecordCalls);
    c.recordDir = settings.get(Setting::SipRecordDir);
    return c;
}

QList<std::pair<const SettingEntry*, QString>> SipConfig::toSettingsValues() const
{
    const auto row = [](const auto& setting, const auto& value) {
        return std::pair<const SettingEntry*, QString>(&setting.entry, settingText(value));
    };
    return {
        row(Setting::SipRegister, registerAccount),
        row(Setting::SipUser, user),
        row(Setting::SipDomain, domain),
        row(Setting::SipProxy, proxy),
        row(Setting::SipTransport, transportName(transport)),
        row(Setting::SipListen, listenAddress),
        row(Setting::SipPort, port),
        row(Setting::SipCodecs, codecs.join(QLatin1Char(','))),
        row(Setting::SipInputDevice, inputDevice),
        row(Setting::SipOutputDevice, outputDevice),
        row(Setting::SipRingerDevice, ringerDevice),
        row(Setting::SipWhenNotReady,
            whenNotReady == NotReady::Queue ? QueueWhenNotReady : QStringLiteral("busy")),
        row(Setting::SipRecordCalls, recordCalls),
        row(Setting::SipRecordDir, recordDir),
        row(Setting::LineKind, useSipLine ? SipLineKind : QStringLiteral("simulated")),
    };
}

Status SipConfig::save(Database& db, const Clock& clock, const Actor& actor, const SipConfig& config)
{
    if (Status s = Permissions::require(actor, Action::ManagePhoneLine); !s)
        return s;
    if (const QString problem = config.problem(); !problem.isEmpty())
        return Error::data(problem, QStringLiteral("sip"));
    // Each value passes the table's check first: a refused one changes nothing.
    const auto values = config.toSettingsValues();
    for (const auto& [entry, value] : values)
        if (auto accepted = Settings::canonical(*entry, {}, value); !accepted)
            return accepted.error();
    SettingsRepository settings(db, clock);
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    for (const auto& [entry, value] : values)
        if (Status s = settings.setText(*entry, {}, value, actor.stamp()); !s)
            return s;
    return tx.commit();
}

QString SipConfig::problem() const
{
    if (Status s = Settings::check(Setting::SipPort, port); !s)
        return s.error().message;
    if (registerAccount) {
        if (user.isEmpty())
            return tr("Enter the SIP user to register (%1).").arg(Setting::SipUser.key());
        if (domain.isEmpty())
            return tr("Enter the SIP domain to register with (%1).").arg(Setting::SipDomain.key());
    }
    return {};
}

QString SipConfig::identity() const
{
    if (user.isEmpty() || domain.isEmpty())
        return {};
    return QStringLiteral("sip:%1@%2").arg(user, domain);
}

} // namespace threerings
