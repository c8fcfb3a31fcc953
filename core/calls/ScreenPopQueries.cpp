#include "core/calls/ScreenPopQueries.h"

#include "core/auth/Permissions.h"
#include "core/calls/CallRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/DeviceRepository.h"
#include "core/db/SqlValue.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/model/PhoneNumber.h"
#include "core/util/HotlineTime.h"

#include <algorithm>

namespace threerings {

Result<CallerCard> ScreenPopQueries::lookup(const Actor& actor, const QString& number) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return lookup(number);
}

Result<CallerCard> ScreenPopQueries::lookup(const QString& number) const
{
    CallerCard card;
    card.number = PhoneNumber::normalizeOrKeep(number);
    if (!PhoneNumber::isKnownE164(card.number))
        return card; // not a number any customer can be stored under

    // The "<> ''" terms let SQLite use the partial phone indexes. A record merged into another one counts
    // as that one: its numbers still find the person.
    auto customers = fetchAll<Customer>(
        QStringLiteral("SELECT * FROM customers WHERE id IN ("
                       "SELECT coalesce(merged_into, id) FROM customers WHERE phone_mobile = ? AND "
                       "phone_mobile <> '' UNION SELECT coalesce(merged_into, id) FROM customers WHERE "
                       "phone_office = ? AND phone_office <> '' UNION SELECT coalesce(merged_into, id) FROM "
                       "customers WHERE phone_other = ? AND phone_other <> '') "
                       "ORDER BY updated_at DESC, id LIMIT 4"),
        {card.number, card.number, card.number}, CustomerRepository::fromRow);
    if (!customers)
        return customers.error();
    if (customers->isEmpty())
        return card;
    card.customer = customers->constFirst();
    card.otherCustomers = int(customers->size()) - 1;
    const QString id = card.customer->meta.id;
    // The records merged into this one: their calls, forms and devices are this person's history too.
    auto merged = fetchAll<QString>(QStringLiteral("SELECT id FROM customers WHERE merged_into = ?"), {id},
                                    [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!merged)
        return merged.error();
    QVariantList ids{id};
    for (const QString& m : merged.value())
        ids << m;
    QString marks = QStringLiteral("?");
    for (qsizetype i = 1; i < ids.size(); ++i)
        marks += QStringLiteral(", ?");
    const auto with = [&ids](QVariantList more) { return ids + more; };

    if (!card.customer->outletId.isEmpty()) {
        auto outlet = fetchOne<QString>(QStringLiteral("SELECT name FROM outlets WHERE id = ?"),
                                        {card.customer->outletId},
                                        [](const QSqlQuery& q) { return q.value(0).toString(); }, {});
        if (outlet)
            card.outletName = *outlet;
    }

    auto devices = fetchAll<CallerCard::DeviceRepairs>(
        QStringLiteral("SELECT d.*, (SELECT count(*) FROM problem_forms f WHERE f.device_id = d.id AND "
                       "f.category = 'technical') AS repairs FROM devices d WHERE d.customer_id IN (%1) "
                       "ORDER BY d.product, d.id")
            .arg(marks),
        ids, [](const QSqlQuery& q) {
            return CallerCard::DeviceRepairs{DeviceRepository::fromRow(q),
                                             q.value(QStringLiteral("repairs")).toInt()};
        });
    if (!devices)
        return devices.error();
    card.devices = *devices;

    auto calls = fetchAll<Call>(
        QStringLiteral("SELECT * FROM calls WHERE customer_id IN (%1) ORDER BY ring_at DESC LIMIT ?")
            .arg(marks),
        with({recentLimit}), CallRepository::fromRow);
    if (!calls)
        return calls.error();
    card.lastCalls = *calls;

    auto forms = fetchAll<ProblemForm>(
        QStringLiteral(
            "SELECT * FROM problem_forms WHERE customer_id IN (%1) ORDER BY accepted_at DESC LIMIT ?")
            .arg(marks),
        with({recentLimit}), ProblemFormRepository::fromRow);
    if (!forms)
        return forms.error();
    card.lastForms = *forms;

    auto repairs = fetchOne<int>(
        QStringLiteral(
            "SELECT count(*) FROM problem_forms WHERE customer_id IN (%1) AND category = 'technical'")
            .arg(marks),
        ids, [](const QSqlQuery& q) { return q.value(0).toInt(); }, {});
    if (!repairs)
        return repairs.error();
    card.customerRepairs = *repairs;
    card.repeatRepair = card.customerRepairs >= CallerCard::repeatRepairThreshold ||
                        std::any_of(card.devices.cbegin(), card.devices.cend(), [](const auto& d) {
                            return d.repairs >= CallerCard::repeatRepairThreshold;
                        });

    // What is still owed: forms not yet resolved, consultations not finished, callbacks not done.
    auto openForms = fetchAll<CallerCard::OpenItem>(
        QStringLiteral(
            "SELECT number, state, CASE WHEN state = 'accepted' THEN transfer_due_at ELSE "
            "result_due_at END AS due FROM problem_forms WHERE customer_id IN (%1) AND state NOT IN "
            "('resolved', 'reviewed')")
            .arg(marks),
        ids, [](const QSqlQuery& q) {
            return CallerCard::OpenItem{RecordKind::ProblemForm, q.value(0).toString(),
                                        FormStateNames::fromKey(q.value(1).toString()),
                                        SqlValue::toTime(q.value(2))};
        });
    if (!openForms)
        return openForms.error();
    auto openConsultations = fetchAll<CallerCard::OpenItem>(
        QStringLiteral("SELECT description, status, test_due_at FROM consultations WHERE customer_id IN (%1) "
                       "AND status <> 'finished'")
            .arg(marks),
        ids, [](const QSqlQuery& q) {
            return CallerCard::OpenItem{RecordKind::Consultation, q.value(0).toString(),
                                        consultationStatusFromText(q.value(1).toString()),
                                        SqlValue::toTime(q.value(2))};
        });
    if (!openConsultations)
        return openConsultations.error();
    auto openCallbacks = fetchAll<CallerCard::OpenItem>(
        QStringLiteral("SELECT c.form_number, c.state, c.due_on FROM callbacks c JOIN problem_forms f ON "
                       "f.id = c.form_id WHERE f.customer_id IN (%1) AND c.state <> 'done'")
            .arg(marks),
        ids, [](const QSqlQuery& q) {
            const QDate day = SqlValue::toDay(q.value(2));
            return CallerCard::OpenItem{RecordKind::Callback, q.value(0).toString(),
                                        callbackStateFromText(q.value(1).toString()),
                                        day.isValid() ? day.startOfDay(hotlineTimeZone()) : QDateTime()};
        });
    if (!openCallbacks)
        return openCallbacks.error();
    card.openItems = *openForms + *openConsultations + *openCallbacks;
    std::stable_sort(card.openItems.begin(), card.openItems.end(), [](const auto& a, const auto& b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    return card;
}

} // namespace threerings
