#pragma once

#include "core/model/Call.h"
#include "core/model/CallbackRecord.h"
#include "core/model/Consultation.h"
#include "core/model/Customer.h"
#include "core/model/Device.h"
#include "core/model/ProblemForm.h"
#include "core/model/RecordKind.h"

#include <QList>
#include <optional>
#include <variant>

namespace threerings {

// Everything the screen pop shows about a ringing caller, read before the agent answers (ScreenPopQueries).
struct CallerCard
{
    struct DeviceRepairs
    {
        Device device;
        int repairs = 0; // technical-quality problem forms on this device
    };
    // Something still owed to this customer, with its deadline.
    struct OpenItem
    {
        // A problem form, a consultation or a callback.
        RecordKind kind = RecordKind::ProblemForm;
        QString reference; // form number, or the consultation's description
        // The state, typed by the kind: a form's, a consultation's or a callback's.
        std::variant<FormState, ConsultationStatus, CallbackState> state;
        QDateTime due; // invalid when it has no deadline
    };

    static constexpr int repeatRepairThreshold = 2; // SPEC §6: two or more repairs

    QString number; // as the screen pop looked it up (E.164 when it could be normalized)
    std::optional<Customer> customer;
    int otherCustomers = 0; // more customers share this number
    QString outletName;
    QList<DeviceRepairs> devices;
    QList<Call> lastCalls;        // newest first, a few
    QList<ProblemForm> lastForms; // newest first, a few
    QList<OpenItem> openItems;    // soonest deadline first
    int customerRepairs = 0;
    bool repeatRepair = false; // the customer or one device had two or more repairs
    // The device the caller is calling about, as the agent chose it on the card (the only one by itself):
    // a problem form opened on the call names it, so its repairs count (SPEC §6).
    QString chosenDeviceId;

    bool known() const { return customer.has_value(); }
    // One of the caller's devices by its id; nullptr when it is none of theirs.
    const Device* device(const QString& id) const
    {
        for (const DeviceRepairs& d : devices)
            if (d.device.meta.id == id)
                return &d.device;
        return nullptr;
    }
};

} // namespace threerings
