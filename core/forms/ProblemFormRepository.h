#pragma once

#include "core/auth/Actor.h"
#include "core/db/Repository.h"
#include "core/model/ProblemForm.h"
#include "core/util/HotlineTime.h"

#include <QTimeZone>

namespace threerings {

// 800用户问题处理表. create() numbers the form YYYYMMDD-<agent job number>-<serial> in the same
// transaction as the insert, counting serials per agent per local day in form_serials; the day is
// the acceptance day in the hotline's time zone (Asia/Shanghai unless the caller says otherwise).
class ProblemFormRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ProblemFormRepository)

public:
    ProblemFormRepository(Database& db, const Clock& clock, QTimeZone zone = hotlineTimeZone());
    ProblemFormRepository(Database& db, const Clock& clock, RecordWriter& sharedWriter,
                          QTimeZone zone = hotlineTimeZone());

    // Validates, numbers and stores a new form (state accepted; acceptedAt now when left empty).
    // Any number already in `form` is replaced. Returns the form as stored.
    Result<ProblemForm> create(ProblemForm form, const QString& actor);
    Result<ProblemForm> get(const QString& id) const;
    // The forms filed on a device, newest first (its repair history).
    Result<QList<ProblemForm>> forDevice(const QString& deviceId) const;
    // The forms opened on a call, oldest first.
    Result<QList<ProblemForm>> forCall(const QString& callId) const;
    Result<ProblemForm> findByNumber(const QString& number) const;
    // Saves every field when nobody changed the form since it was read; else a Conflict. The number stays.
    Result<ProblemForm> update(ProblemForm form, const QString& actor);

    // The calls people make, checked against Permissions before anything is read or written: reading
    // needs ReadLiveRecords, writing WriteForms, and changing the review (审核) columns or moving the
    // form to reviewed needs ReviewProblemForm. The QString-actor calls above are for setup code.
    Result<ProblemForm> create(const Actor& actor, ProblemForm form);
    Result<ProblemForm> get(const Actor& actor, const QString& id) const;
    Result<ProblemForm> update(const Actor& actor, ProblemForm form);

    const QTimeZone& timeZone() const { return m_zone; }

    static const RowShape& shape();
    static QVariantList toValues(const ProblemForm& x);
    static ProblemForm fromRow(const QSqlQuery& q);

private:
    Result<int> nextSerial(const QString& jobNumber, const QDate& day, const QString& actor);
    void normalize(ProblemForm& form) const;

    QTimeZone m_zone;
};

} // namespace threerings
