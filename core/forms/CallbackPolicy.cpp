#include "core/forms/CallbackPolicy.h"

#include "core/auth/Permissions.h"
#include "core/settings/SettingsRepository.h"

namespace threerings {

namespace {
const QString SampleMode = QStringLiteral("sample");
} // namespace

QStringList CallbackPolicy::outletKinds()
{
    return Setting::CallbackShare.members();
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
    // The table's own checks (core/settings/Settings.h), so the dialog, the site file and the stored
    // values agree on what a policy may be.
    for (auto it = shares.cbegin(); it != shares.cend(); ++it)
        if (Status s = Settings::check(Setting::CallbackShare, it.key(), it.value()); !s)
            return s;
    for (const Status& s : {Settings::check(Setting::CallbackDefaultShare, defaultShare),
                            Settings::check(Setting::CallbackRetryHours, retryHours),
                            Settings::check(Setting::CallbackMaxAttempts, maxAttempts),
                            Settings::check(Setting::RatingComplaintBelow, ratingComplaintBelow)})
        if (!s)
            return s;
    return {};
}

CallbackPolicy CallbackPolicy::load(const SettingsReader& settings)
{
    CallbackPolicy p;
    p.mode = settings.get(Setting::CallbackMode) == SampleMode ? Mode::Sample : Mode::All;
    for (const QString& kind : outletKinds())
        if (const std::optional<int> share = settings.find(Setting::CallbackShare, kind))
            p.shares.insert(kind, *share);
    p.defaultShare = settings.get(Setting::CallbackDefaultShare);
    p.retryHours = settings.get(Setting::CallbackRetryHours);
    p.maxAttempts = settings.get(Setting::CallbackMaxAttempts);
    p.ratingComplaintBelow = settings.get(Setting::RatingComplaintBelow);
    return p;
}

Status CallbackPolicy::save(SettingsRepository& settings, const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::ManageCallbackPolicy); !s)
        return s;
    if (Status s = validate(); !s)
        return s;
    const QString who = actor.stamp();
    if (Status s = settings.set(Setting::CallbackMode,
                                mode == Mode::Sample ? SampleMode : QStringLiteral("all"), who);
        !s)
        return s;
    const std::pair<const SettingKey<int>*, int> numbers[] = {
        {&Setting::CallbackDefaultShare, defaultShare},
        {&Setting::CallbackRetryHours, retryHours},
        {&Setting::CallbackMaxAttempts, maxAttempts},
        {&Setting::RatingComplaintBelow, ratingComplaintBelow},
    };
    for (const auto& [setting, value] : numbers)
        if (Status s = settings.set(*setting, value, who); !s)
            return s;
    for (const QString& kind : outletKinds())
        if (Status s = settings.set(Setting::CallbackShare, kind, shares.value(kind, defaultShare), who); !s)
            return s;
    return {};
}

} // namespace threerings
