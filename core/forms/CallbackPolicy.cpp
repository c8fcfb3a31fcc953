#include "core/forms/CallbackPolicy.h"

#include "core/auth/Permissions.h"
#include "core/model/Validation.h"
#include "core/settings/SettingsRepository.h"

namespace threerings {

namespace {
const QString ModeKey = QStringLiteral("callback.policy");
const QString SharePrefix = QStringLiteral("callback.share.");
const QString DefaultShareKey = QStringLiteral("callback.share.default");
const QString RetryKey = QStringLiteral("callback.retry_hours");
const QString AttemptsKey = QStringLiteral("callback.max_attempts");
const QString RatingKey = QStringLiteral("rating.complaint_below");

int intSetting(const SettingsRepository& s, const QString& key, int fallback)
{
    bool ok = false;
    const int v = s.value(key).toInt(&ok);
    return ok ? v : fallback;
}
} // namespace

QStringList CallbackPolicy::outletKinds()
{
    return {QStringLiteral("repair_center"), QStringLiteral("dealer"), QStringLiteral("branch")};
}

bool CallbackPolicy::selects(const QString& formId, const QString& outletKind) const
{
    if (mode == Mode::All)
        return true;
    const int share = shares.value(outletKind, defaultShare);
    // FNV-1a over the id: the same draw on every console, unlike qHash's per-process seed.
    quint32 h = 2166136261u;
    for (char c : formId.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return int(h % 100) < share;
}

Status CallbackPolicy::validate() const
{
    using V = Validation;
    for (auto it = shares.cbegin(); it != shares.cend(); ++it) {
        if (!outletKinds().contains(it.key()))
            return Error::data(
                tr("'%1' is not an outlet kind; use %2.").arg(it.key(), outletKinds().join(tr(", "))),
                SharePrefix + it.key());
        if (Status s = V::range(SharePrefix + it.key(), tr("callback share of %1").arg(it.key()), it.value(),
                                0, 100);
            !s)
            return s;
    }
    return V::first({
        V::range(DefaultShareKey, tr("default callback share"), defaultShare, 0, 100),
        V::range(RetryKey, tr("hours before an unreachable customer is tried again"), retryHours, 1, 72),
        V::range(AttemptsKey, tr("callback attempts"), maxAttempts, 1, 10),
        V::range(RatingKey, tr("rating score that becomes a complaint"), ratingComplaintBelow, -50, 201),
    });
}

CallbackPolicy CallbackPolicy::load(const SettingsRepository& settings)
{
    CallbackPolicy p;
    p.mode = settings.value(ModeKey) == QLatin1String("sample") ? Mode::Sample : Mode::All;
    for (const QString& kind : outletKinds()) {
        const QString v = settings.value(SharePrefix + kind);
        bool ok = false;
        const int share = v.toInt(&ok);
        if (ok)
            p.shares.insert(kind, share);
    }
    p.defaultShare = intSetting(settings, DefaultShareKey, 100);
    p.retryHours = intSetting(settings, RetryKey, 2);
    p.maxAttempts = intSetting(settings, AttemptsKey, 3);
    p.ratingComplaintBelow = intSetting(settings, RatingKey, 0);
    return p;
}

Status CallbackPolicy::save(SettingsRepository& settings, const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::ManageCallbackPolicy); !s)
        return s;
    if (Status s = validate(); !s)
        return s;
    const QString who = actor.stamp();
    QList<QPair<QString, QString>> values{
        {ModeKey, mode == Mode::Sample ? QStringLiteral("sample") : QStringLiteral("all")},
        {DefaultShareKey, QString::number(defaultShare)},
        {RetryKey, QString::number(retryHours)},
        {AttemptsKey, QString::number(maxAttempts)},
        {RatingKey, QString::number(ratingComplaintBelow)},
    };
    for (const QString& kind : outletKinds())
        values.append({SharePrefix + kind, QString::number(shares.value(kind, defaultShare))});
    for (const auto& [key, value] : values) {
        if (Status s = settings.set(key, value, who); !s)
            return s;
    }
    return {};
}

} // namespace threerings
