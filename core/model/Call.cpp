#include "core/model/Call.h"

#include "core/model/Validation.h"
#include "core/util/TextTable.h"

namespace threerings {

namespace {

// Existing databases hold these spellings: never change one, only add rows.
constexpr TextRow<HungUpBy> hungUpByTexts[] = {
    {HungUpBy::Caller, "caller"},
    {HungUpBy::Agent, "agent"},
    {HungUpBy::Line, "line"},
};

constexpr TextRow<CallOutcome> outcomeTexts[] = {
    {CallOutcome::Solved, "solved"},
    {CallOutcome::Form, "form"},
    {CallOutcome::Consultation, "consultation"},
    {CallOutcome::Complaint, "complaint"},
    {CallOutcome::WrongNumber, "wrong_number"},
    {CallOutcome::Nuisance, "nuisance"},
};

} // namespace

QString CallOutcomes::key(CallOutcome o)
{
    return textOf(outcomeTexts, o);
}

CallOutcome CallOutcomes::fromKey(QStringView key)
{
    return valueOf(outcomeTexts, key, CallOutcome::None);
}

QList<CallOutcome> CallOutcomes::choices()
{
    return {CallOutcome::Solved,    CallOutcome::Form,        CallOutcome::Consultation,
            CallOutcome::Complaint, CallOutcome::WrongNumber, CallOutcome::Nuisance};
}

QString CallOutcomes::label(CallOutcome o)
{
    switch (o) {
    case CallOutcome::None:
        return tr("not chosen");
    case CallOutcome::Solved:
        return tr("Solved on the phone");
    case CallOutcome::Form:
        return tr("Problem form opened");
    case CallOutcome::Consultation:
        return tr("Consultation");
    case CallOutcome::Complaint:
        return tr("Complaint");
    case CallOutcome::WrongNumber:
        return tr("Wrong number");
    case CallOutcome::Nuisance:
        return tr("Silent or nuisance");
    }
    return {};
}

QString hungUpByText(HungUpBy by)
{
    return textOf(hungUpByTexts, by);
}

HungUpBy hungUpByFromText(QStringView text)
{
    return valueOf(hungUpByTexts, text, HungUpBy::Unknown);
}

namespace {

const TextRow<CallPurpose> purposeTexts[] = {
    {CallPurpose::None, ""},
    {CallPurpose::Callback, "next_day_callback"},
    {CallPurpose::ComplaintCallback, "complaint_callback"},
    {CallPurpose::Chase, "chase"},
    {CallPurpose::Redial, "redial"},
    {CallPurpose::Manual, "manual"},
};

const TextRow<DialResult> dialTexts[] = {
    {DialResult::None, ""},
    {DialResult::Answered, "answered"},
    {DialResult::Busy, "busy"},
    {DialResult::NoAnswer, "no_answer"},
    {DialResult::Rejected, "rejected"},
    {DialResult::Unreachable, "unreachable"},
    {DialResult::Cancelled, "cancelled"},
};

} // namespace

QString CallPurposes::key(CallPurpose p)
{
    return textOf(purposeTexts, p);
}

CallPurpose CallPurposes::fromKey(QStringView key)
{
    return valueOf(purposeTexts, key, CallPurpose::Unknown);
}

QList<CallPurpose> CallPurposes::all()
{
    return valuesOf(purposeTexts);
}

QString CallPurposes::label(CallPurpose p)
{
    switch (p) {
    case CallPurpose::Callback:
        return tr("callback");
    case CallPurpose::ComplaintCallback:
        return tr("complaint callback");
    case CallPurpose::Chase:
        return tr("chase of a late form");
    case CallPurpose::Redial:
        return tr("redial");
    case CallPurpose::Manual:
        return tr("call placed by hand");
    case CallPurpose::None:
        return tr("incoming call");
    case CallPurpose::Unknown:
        break;
    }
    return tr("unknown purpose");
}

QString DialResults::key(DialResult r)
{
    return textOf(dialTexts, r);
}

DialResult DialResults::fromKey(QStringView key)
{
    return valueOf(dialTexts, key, DialResult::Unknown);
}

QList<DialResult> DialResults::all()
{
    return valuesOf(dialTexts);
}

QString DialResults::label(DialResult r)
{
    switch (r) {
    case DialResult::Answered:
        return tr("answered");
    case DialResult::Busy:
        return tr("busy");
    case DialResult::NoAnswer:
        return tr("no answer");
    case DialResult::Rejected:
        return tr("rejected");
    case DialResult::Unreachable:
        return tr("number unreachable");
    case DialResult::Cancelled:
        return tr("cancelled before an answer");
    case DialResult::None:
        return tr("not dialled");
    case DialResult::Unknown:
        break;
    }
    return tr("unknown result");
}

Status Call::validate() const
{
    using V = Validation;
    if (!ringAt.isValid())
        return Error::data(tr("The ring time of the call is missing; record when the line rang."),
                           QStringLiteral("ring_at"));
    if (answeredAt.isValid() && answeredAt < ringAt)
        return Error::data(tr("The call is answered before it rang; check the answer time."),
                           QStringLiteral("answered_at"));
    if (ringsAtAnswer && *ringsAtAnswer < 0)
        return Error::data(tr("The ring count cannot be negative."), QStringLiteral("rings_at_answer"));
    return V::first({
        V::oneOf(QStringLiteral("direction"), tr("direction"), direction,
                 {QStringLiteral("in"), QStringLiteral("out")}),
        V::maxLength(QStringLiteral("summary"), tr("call summary"), summary, V::LongTextLength),
    });
}

} // namespace threerings
