#include "core/forms/FormReader.h"

#include "core/auth/Permissions.h"
#include "core/forms/ComplaintRepository.h"
#include "core/forms/ConsultationRepository.h"
#include "core/forms/ProblemFormRepository.h"

namespace threerings {

FormReader::FormReader(Database& db, const Clock& clock, QTimeZone zone)
    : m_db(db), m_clock(clock), m_zone(std::move(zone))
{}

Result<ProblemForm> FormReader::problemForm(const Actor& actor, const QString& idOrNumber) const
{
    // The check comes before either lookup: whoever may not read the form learns nothing about it, not
    // even whether a number exists.
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    const ProblemFormRepository forms(m_db, m_clock, m_zone);
    auto byId = forms.get(idOrNumber);
    if (byId || byId.error().kind != Error::Kind::NotFound)
        return byId;
    return forms.findByNumber(idOrNumber);
}

Result<QList<ProblemForm>> FormReader::repairs(const Actor& actor, const QString& deviceId) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return ProblemFormRepository(m_db, m_clock).forDevice(deviceId);
}

Result<Consultation> FormReader::consultation(const Actor& actor, const QString& id) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return ConsultationRepository(m_db, m_clock).get(id);
}

Result<Complaint> FormReader::complaint(const Actor& actor, const QString& id) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return ComplaintRepository(m_db, m_clock).get(id);
}

Result<std::optional<Complaint>> FormReader::complaintOfForm(const Actor& actor, const QString& formId) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return ComplaintRepository(m_db, m_clock).forProblemForm(formId);
}

Result<QList<ComplaintReport>> FormReader::complaintReports(const Actor& actor,
                                                            const QString& complaintId) const
{
    // The repository's person call checks ReadLiveRecords and blanks the penalty opinions.
    return ComplaintRepository(m_db, m_clock).reports(actor, complaintId);
}

} // namespace threerings
