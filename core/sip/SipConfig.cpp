#include "core/sip/SipConfig.h"

#include "core/auth/Actor.h"
#include "core/auth/Permissions.h"
#include "core/db/Transaction.h"
#include "core/settings/SettingsRepository.h"

namespace threerings {

namespace {
QString key(const char* name)
{
    return QStringLiteral("sip.") + QLatin1String(name);
}
bool truthy(const QString& v)
{
    return v == QLatin1String("1") || v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}
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

SipConfig SipConfig::fromSettings(const SettingsRepository& settings)
{
    SipConfig c;
    c.useSipLine = settings.value(QStringLiteral("line.kind"))
                       .trimmed()
                       .compare(QLatin1String("sip"), Qt::CaseInsensitive) == 0;
    c.registerAccount = truthy(settings.value(key("register")));
    c.user = settings.value(key("user")).trimmed();
    c.domain = settings.value(key("domain")).trimmed();
    c.proxy = settings.value(key("proxy")).trimmed();
    c.transport = transportFrom(settings.value(key("transport")));
    c.listenAddress = settings.value(key("listen")).trimmed();
    bool ok = false;
    const int port = settings.value(key("port")).toInt(&ok);
    if (ok && (port == -1 || (port > 0 && port < 65536)))
        c.port = port;
    for (const QString& codec : settings.value(key("codecs")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        c.codecs << codec.trimmed();
    c.inputDevice = settings.value(key("input_device"));
    c.outputDevice = settings.value(key("output_device"));
    c.ringerDevice = settings.value(key("ringer_device"));
    c.whenNotReady =
        settings.value(key("when_not_ready")) == QLatin1String("queue") ? NotReady::Queue : NotReady::Busy;
    c.recordCalls = truthy(settings.value(key("record_calls")));
    c.recordDir = settings.value(key("record_dir"));
    return c;
}

void SipConfig::toSettingsValues(QList<QPair<QString, QString>>& out) const
{
    out << qMakePair(key("register"), registerAccount ? QStringLiteral("1") : QStringLiteral("0"))
        << qMakePair(key("user"), user) << qMakePair(key("domain"), domain) << qMakePair(key("proxy"), proxy)
        << qMakePair(key("transport"), transportName(transport)) << qMakePair(key("listen"), listenAddress)
        << qMakePair(key("port"), QString::number(port))
        << qMakePair(key("codecs"), codecs.join(QLatin1Char(',')))
        << qMakePair(key("input_device"), inputDevice) << qMakePair(key("output_device"), outputDevice)
        << qMakePair(key("ringer_device"), ringerDevice)
        << qMakePair(key("when_not_ready"),
                     whenNotReady == NotReady::Queue ? QStringLiteral("queue") : QStringLiteral("busy"))
        << qMakePair(key("record_calls"), recordCalls ? QStringLiteral("1") : QStringLiteral("0"))
        << qMakePair(key("record_dir"), recordDir)
        << qMakePair(QStringLiteral("line.kind"),
                     useSipLine ? QStringLiteral("sip") : QStringLiteral("simulated"));
}

Status SipConfig::save(Database& db, SettingsRepository& settings, const Actor& actor,
                       const SipConfig& config)
{
    if (Status s = Permissions::require(actor, Action::ManagePhoneLine); !s)
        return s;
    if (const QString problem = config.problem(); !problem.isEmpty())
        return Error::data(problem, QStringLiteral("sip"));
    QList<QPair<QString, QString>> values;
    config.toSettingsValues(values);
    Transaction tx(db);
    for (const auto& [k, v] : values)
        // An unset field is stored as an empty value (settings.value is NOT NULL).
        if (Status s = settings.set(k, v.isNull() ? QStringLiteral("") : v, actor.stamp()); !s)
            return s;
    return tx.commit();
}

QString SipConfig::problem() const
{
    if (port != -1 && (port <= 0 || port > 65535))
        return tr("The SIP port must be between 1 and 65535 (sip.port).");
    if (registerAccount) {
        if (user.isEmpty())
            return tr("Enter the SIP user to register (sip.user).");
        if (domain.isEmpty())
            return tr("Enter the SIP domain to register with (sip.domain).");
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
