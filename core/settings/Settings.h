#pragma once

#include "core/settings/SettingEntry.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <span>

namespace threerings {

// The table of the settings of one installation: the only place a setting's key is spelled. Everybody
// else names a setting by its handle (Setting::LockoutMinutes) and reads and writes it typed through
// SettingsRepository (get/set), which checks every value against the row here: a value out of range is
// refused with a message naming the setting, and a stored one out of range (an old or hand-edited
// database) reads as the default. The site file (core/site/SiteConfig) and the defaults of a new
// database (core/site/Defaults) go through Setting::table. scripts/check-settings-keys.sh fails when a
// key is spelled anywhere else in core/, ui/ or app/, or when a handle is missing from the table.
namespace Setting {

// The hotline (SPEC §2.3: the greeting names the unit).
inline constexpr SettingKey<QString> UnitName{{.key = "hotline.unit_name",
                                               .defaultValue = "用户服务部",
                                               .min = 1,
                                               .max = 100,
                                               .site = SiteFile::Named,
                                               .siteField = "hotline.unitName",
                                               .seeded = true,
                                               .name = QT_TRANSLATE_NOOP("Settings", "unit name")}};
inline constexpr SettingKey<QString> HotlineNumber{{.key = "hotline.number",
                                                    .defaultValue = "800-858-0000",
                                                    .min = 1,
                                                    .max = 40,
                                                    .site = SiteFile::Named,
                                                    .siteField = "hotline.number",
                                                    .seeded = true,
                                                    .name = QT_TRANSLATE_NOOP("Settings", "hotline number")}};

// Whether the hotline is set up: an admin finished the first-start walk-through (ui/admin/FirstStartWizard),
// which is offered until then. Defaults::ensure writes it once: 0 on a new file, 1 on a file that already
// held people when this setting came (it is set up).
inline constexpr SettingKey<bool> SetupWalkthroughDone{
    {.key = "setup.walkthrough_done",
     .type = SettingType::Bool,
     .defaultValue = "0",
     .name = QT_TRANSLATE_NOOP("Settings", "hotline set up (first-start walk-through done)")}};

// The phone line and its rings (SPEC §2.2: China's cadence is 1 s on, 4 s off).
inline constexpr SettingKey<QString> LineKind{
    {.key = "line.kind",
     .type = SettingType::Choice,
     .defaultValue = "simulated",
     .choices = "simulated|sip",
     .name = QT_TRANSLATE_NOOP("Settings", "phone line the console starts on")}};
inline constexpr SettingKey<int> RingOnMs{
    {.key = "line.ring_on_ms",
     .type = SettingType::Int,
     .defaultValue = "1000",
     .min = 100,
     .max = 10'000,
     .site = SiteFile::Named,
     .siteField = "ringCadence.ringOnMs",
     .seeded = true,
     .name = QT_TRANSLATE_NOOP("Settings", "length of a ring in milliseconds")}};
inline constexpr SettingKey<int> RingOffMs{
    {.key = "line.ring_off_ms",
     .type = SettingType::Int,
     .defaultValue = "4000",
     .min = 100,
     .max = 10'000,
     .site = SiteFile::Named,
     .siteField = "ringCadence.ringOffMs",
     .seeded = true,
     .name = QT_TRANSLATE_NOOP("Settings", "silence between rings in milliseconds")}};
// At least the three rings an agent has to answer in; 30 rings are 2½ minutes at China's cadence.
inline constexpr SettingKey<int> RingNoAnswerRings{
    {.key = "line.ring_no_answer_rings",
     .type = SettingType::Int,
     .defaultValue = "6",
     .min = 3,
     .max = 30,
     .site = SiteFile::Named,
     .siteField = "ringCadence.ringNoAnswerRings",
     .name = QT_TRANSLATE_NOOP("Settings", "rings before an unanswered call is declined")}};
// 0: Ready again as soon as the call ends.
inline constexpr SettingKey<int> WrapUpSeconds{
    {.key = "agent.wrap_up_seconds",
     .type = SettingType::Int,
     .defaultValue = "60",
     .min = 0,
     .max = 1800,
     .site = SiteFile::Settings,
     .name = QT_TRANSLATE_NOOP("Settings", "wrap-up time after a call in seconds")}};
// Whether an agent signs in Ready (1) or Not Ready (0, the default: the agent says when they are at the
// phone). People without the agent role never take calls, whatever this says.
inline constexpr SettingKey<bool> AgentStartReady{
    {.key = "agent.start_ready",
     .type = SettingType::Bool,
     .defaultValue = "0",
     .site = SiteFile::Settings,
     .name = QT_TRANSLATE_NOOP("Settings", "agents start Ready when they sign in")}};

// Signing in (AuthService): a lock of at least a minute, at most a day; an idle console locks within a shift.
inline constexpr SettingKey<int> LockoutMinutes{
    {.key = "auth.lockout_minutes",
     .type = SettingType::Int,
     .defaultValue = "15",
     .min = 1,
     .max = 1440,
     .site = SiteFile::Settings,
     .name = QT_TRANSLATE_NOOP("Settings", "minutes an account stays locked after five wrong passwords")}};
inline constexpr SettingKey<int> IdleLockMinutes{
    {.key = "auth.idle_lock_minutes",
     .type = SettingType::Int,
     .defaultValue = "10",
     .min = 1,
     .max = 480,
     .site = SiteFile::Settings,
     .name = QT_TRANSLATE_NOOP("Settings", "minutes before an untouched console locks itself")}};

// Callbacks (CallbackPolicy; SPEC §3: every fault is called back, or a share per outlet kind).
inline constexpr SettingKey<QString> CallbackMode{
    {.key = "callback.policy",
     .type = SettingType::Choice,
     .defaultValue = "all",
     .choices = "all|sample",
     .site = SiteFile::Settings,
     .name = QT_TRANSLATE_NOOP("Settings", "which resolved forms get a callback")}};
inline constexpr SettingKey<int> CallbackDefaultShare{
    {.key = "callback.share.default",
     .type = SettingType::Int,
     .defaultValue = "100",
     .min = 0,
     .max = 100,
     .site = SiteFile::Settings,
     .name = QT_TRANSLATE_NOOP("Settings", "callback share in percent of forms without an outlet")}};
// One member per outlet kind (Outlet::kind); the default share applies to a kind without one.
inline constexpr SettingFamily<int> CallbackShare{
    {.key = "callback.share.",
     .type = SettingType::Int,
     .defaultValue = "100",
     .min = 0,
     .max = 100,
     .choices = "repair_center|dealer|branch",
     .family = true,
     .site = SiteFile::Settings,
     .name = QT_TRANSLATE_NOOP("Settings", "callback share in percent of outlet kind %1")}};
inline constexpr SettingKey<int> CallbackRetryHours{
    {.key = "callback.retry_hours",
     .type = SettingType::Int,
     .defaultValue = "2",
     .min = 1,
     .max = 72,
     .site = SiteFile::Settings,
     .name = QT_TRANSLATE_NOOP("Settings", "hours before an unreachable customer is called again")}};
inline constexpr SettingKey<int> CallbackMaxAttempts{
    {.key = "callback.max_attempts",
     .type = SettingType::Int,
     .defaultValue = "3",
     .min = 1,
     .max = 10,
     .site = SiteFile::Settings,
     .name = QT_TRANSLATE_NOOP("Settings", "callback attempts before an unreachable customer is given up")}};
// Scores run from -50 to 200 (SPEC §4): -50 turns no rating into a complaint, 201 every one.
inline constexpr SettingKey<int> RatingComplaintBelow{
    {.key = "rating.complaint_below",
     .type = SettingType::Int,
     .defaultValue = "0",
     .min = -50,
     .max = 201,
     .site = SiteFile::Settings,
     .name = QT_TRANSLATE_NOOP("Settings", "rating score below which a rating becomes a complaint")}};

// The business calendar (CalendarRepository; the site file carries it as its "calendar").
inline constexpr SettingKey<QTimeZone> CalendarTimeZone{
    {.key = "calendar.time_zone",
     .type = SettingType::TimeZone,
     .defaultValue = "Asia/Shanghai",
     .site = SiteFile::Calendar,
     .name = QT_TRANSLATE_NOOP("Settings", "time zone of the business calendar")}};
inline constexpr SettingKey<QTime> CalendarOpens{{.key = "calendar.opens",
                                                  .type = SettingType::Time,
                                                  .defaultValue = "08:30",
                                                  .site = SiteFile::Calendar,
                                                  .name = QT_TRANSLATE_NOOP("Settings", "opening time")}};
inline constexpr SettingKey<QTime> CalendarCloses{{.key = "calendar.closes",
                                                   .type = SettingType::Time,
                                                   .defaultValue = "17:30",
                                                   .site = SiteFile::Calendar,
                                                   .name = QT_TRANSLATE_NOOP("Settings", "closing time")}};
inline constexpr SettingKey<QTime> CalendarLunchStart{
    {.key = "calendar.lunch_start",
     .type = SettingType::Time,
     .defaultValue = "12:00",
     .site = SiteFile::Calendar,
     .name = QT_TRANSLATE_NOOP("Settings", "start of the lunch break")}};
inline constexpr SettingKey<QTime> CalendarLunchEnd{
    {.key = "calendar.lunch_end",
     .type = SettingType::Time,
     .defaultValue = "13:30",
     .site = SiteFile::Calendar,
     .name = QT_TRANSLATE_NOOP("Settings", "end of the lunch break")}};
inline constexpr SettingKey<QList<int>> CalendarWeekendDays{
    {.key = "calendar.weekend_days",
     .type = SettingType::Weekdays,
     .defaultValue = "6,7",
     .site = SiteFile::Calendar,
     .name = QT_TRANSLATE_NOOP("Settings", "weekend days")}};
// Which default calendar was loaded into this database, so it is loaded once ("cn-mainland").
inline constexpr SettingKey<QString> CalendarSeeded{
    {.key = "calendar.defaults",
     .max = 40,
     .name = QT_TRANSLATE_NOOP("Settings", "default calendar loaded")}};

// The exportedAt of the last system-wide site file applied (SiteConfig::applySystemFile).
inline constexpr SettingKey<QDateTime> SiteFileApplied{
    {.key = "site.applied_exported_at",
     .type = SettingType::DateTime,
     .name = QT_TRANSLATE_NOOP("Settings", "export time of the last site file applied")}};

// The console's SIP line (SipConfig); its password is never a setting (the OS keychain holds it).
inline constexpr SettingKey<bool> SipRegister{
    {.key = "sip.register",
     .type = SettingType::Bool,
     .defaultValue = "0",
     .name = QT_TRANSLATE_NOOP("Settings", "register a SIP account")}};
inline constexpr SettingKey<QString> SipUser{
    {.key = "sip.user", .max = 128, .name = QT_TRANSLATE_NOOP("Settings", "SIP user")}};
inline constexpr SettingKey<QString> SipDomain{
    {.key = "sip.domain", .max = 255, .name = QT_TRANSLATE_NOOP("Settings", "SIP domain")}};
inline constexpr SettingKey<QString> SipProxy{
    {.key = "sip.proxy", .max = 255, .name = QT_TRANSLATE_NOOP("Settings", "SIP proxy")}};
inline constexpr SettingKey<QString> SipTransport{{.key = "sip.transport",
                                                   .type = SettingType::Choice,
                                                   .defaultValue = "udp",
                                                   .choices = "udp|tcp|tls",
                                                   .name = QT_TRANSLATE_NOOP("Settings", "SIP transport")}};
inline constexpr SettingKey<QString> SipListen{
    {.key = "sip.listen",
     .max = 255,
     .name = QT_TRANSLATE_NOOP("Settings", "address the SIP line listens on")}};
inline constexpr SettingKey<int> SipPort{
    {.key = "sip.port",
     .type = SettingType::Int,
     .defaultValue = "5060",
     .min = 1,
     .max = 65'535,
     .special = -1,
     .specialMeaning = QT_TRANSLATE_NOOP("Settings", "a free port chosen by the line"),
     .name = QT_TRANSLATE_NOOP("Settings", "SIP port")}};
// Comma-separated MIME types (PCMA, PCMU, opus …); empty: every codec linphone has.
inline constexpr SettingKey<QString> SipCodecs{
    {.key = "sip.codecs", .max = 255, .name = QT_TRANSLATE_NOOP("Settings", "SIP audio codecs")}};
inline constexpr SettingKey<QString> SipInputDevice{
    {.key = "sip.input_device", .max = 512, .name = QT_TRANSLATE_NOOP("Settings", "microphone")}};
inline constexpr SettingKey<QString> SipOutputDevice{
    {.key = "sip.output_device", .max = 512, .name = QT_TRANSLATE_NOOP("Settings", "speaker")}};
inline constexpr SettingKey<QString> SipRingerDevice{
    {.key = "sip.ringer_device", .max = 512, .name = QT_TRANSLATE_NOOP("Settings", "ringer")}};
inline constexpr SettingKey<QString> SipWhenNotReady{
    {.key = "sip.when_not_ready",
     .type = SettingType::Choice,
     .defaultValue = "busy",
     .choices = "busy|queue",
     .name = QT_TRANSLATE_NOOP("Settings", "calls while the agent is not Ready")}};
inline constexpr SettingKey<bool> SipRecordCalls{{.key = "sip.record_calls",
                                                  .type = SettingType::Bool,
                                                  .defaultValue = "0",
                                                  .name = QT_TRANSLATE_NOOP("Settings", "record calls")}};
inline constexpr SettingKey<QString> SipRecordDir{
    {.key = "sip.record_dir",
     .max = 4096,
     .name = QT_TRANSLATE_NOOP("Settings", "folder for call recordings")}};

// Every row above, in this order (scripts/check-settings-keys.sh checks that none is missing).
inline constexpr const SettingEntry* table[] = {
    &UnitName.entry,
    &HotlineNumber.entry,
    &SetupWalkthroughDone.entry,
    &LineKind.entry,
    &RingOnMs.entry,
    &RingOffMs.entry,
    &RingNoAnswerRings.entry,
    &WrapUpSeconds.entry,
    &AgentStartReady.entry,
    &LockoutMinutes.entry,
    &IdleLockMinutes.entry,
    &CallbackMode.entry,
    &CallbackDefaultShare.entry,
    &CallbackShare.entry,
    &CallbackRetryHours.entry,
    &CallbackMaxAttempts.entry,
    &RatingComplaintBelow.entry,
    &CalendarTimeZone.entry,
    &CalendarOpens.entry,
    &CalendarCloses.entry,
    &CalendarLunchStart.entry,
    &CalendarLunchEnd.entry,
    &CalendarWeekendDays.entry,
    &CalendarSeeded.entry,
    &SiteFileApplied.entry,
    &SipRegister.entry,
    &SipUser.entry,
    &SipDomain.entry,
    &SipProxy.entry,
    &SipTransport.entry,
    &SipListen.entry,
    &SipPort.entry,
    &SipCodecs.entry,
    &SipInputDevice.entry,
    &SipOutputDevice.entry,
    &SipRingerDevice.entry,
    &SipWhenNotReady.entry,
    &SipRecordCalls.entry,
    &SipRecordDir.entry,
};

} // namespace Setting

// What the table says about its rows, in words: names, allowed values, and the check every value passes.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    static std::span<const SettingEntry* const> all() { return Setting::table; }
    // The row a stored key belongs to (a family's, with the member), or null for a key of no setting.
    static const SettingEntry* find(const QString& key, QString* member = nullptr);
    static QString key(const SettingEntry& entry, const QString& member = {});
    // The setting's name in the user's language ("minutes an account stays locked …").
    static QString name(const SettingEntry& entry, const QString& member = {});
    // What the setting accepts, in words: "a whole number from 1 to 1440", "one of all, sample".
    static QString allowed(const SettingEntry& entry);
    static QStringList choices(const SettingEntry& entry);

    // `text` as the settings table stores it, when the setting accepts it; else an error whose message
    // names the setting and what it accepts, and whose field is the key.
    static Result<QString> canonical(const SettingEntry& entry, const QString& member, const QString& text);
    // The error canonical gives for `shown`: names the setting and what it accepts.
    static Error refusal(const SettingEntry& entry, const QString& member, const QString& shown);
    template <typename T> static Status check(const SettingKey<T>& s, const T& value)
    {
        return status(canonical(s.entry, {}, settingText(value)));
    }
    template <typename T>
    static Status check(const SettingFamily<T>& f, const QString& member, const T& value)
    {
        return status(canonical(f.entry, member, settingText(value)));
    }

private:
    static Status status(const Result<QString>& r) { return r ? Status() : Status(r.error()); }
};

} // namespace threerings
