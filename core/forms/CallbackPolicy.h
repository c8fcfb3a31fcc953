#pragma once

#include "core/auth/Actor.h"
#include "core/settings/Settings.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace threerings {

class SettingsReader;
class SettingsRepository;

// Which resolved problem forms get a next-day callback, and how unreachable customers are retried.
// Kept as settings (Setting::CallbackMode, CallbackShare …): all forms by default (SPEC §3, 100%), or a share
// per outlet kind as in the care cycle's sampling (002). The draw is a hash of the form id, so it is the same
// on every console and in every re-run.
struct CallbackPolicy
{
    Q_DECLARE_TR_FUNCTIONS(CallbackPolicy)

public:
    enum class Mode
    {
        All,
        Sample,
    };
    Mode mode = Mode::All;
    // Percent (0…100) of the forms of each outlet kind (repair_center, dealer, branch) called back in
    // Sample mode; a kind not listed (or a form without outlet) takes `defaultShare`.
    QMap<QString, int> shares;
    int defaultShare = Setting::CallbackDefaultShare.defaultValue();
    // An unreachable customer is not dialled again before this many hours.
    int retryHours = Setting::CallbackRetryHours.defaultValue();
    // After this many unreachable attempts the callback is closed as unreachable.
    int maxAttempts = Setting::CallbackMaxAttempts.defaultValue();
    // A rating with either score below this becomes a complaint (Setting::RatingComplaintBelow).
    int ratingComplaintBelow = Setting::RatingComplaintBelow.defaultValue();

    static QStringList outletKinds();
    // Whether the form with this id, at an outlet of this kind, gets a callback.
    bool selects(const QString& formId, const QString& outletKind) const;
    Status validate() const;

    static CallbackPolicy load(const SettingsReader& settings);
    // Admins only (Action::ManageCallbackPolicy); validated whole before anything is written.
    Status save(SettingsRepository& settings, const Actor& actor) const;
};

} // namespace threerings
