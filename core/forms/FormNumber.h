#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace threerings {

// The problem form number of SPEC §4: YYYYMMDD-<agent job number>-<serial>, the serial counted per
// agent per local day and zero-padded to three digits (it simply grows past 999). Each agent
// numbers their own forms, so consoles never need a server to agree on a number.
class FormNumber
{
    Q_DECLARE_TR_FUNCTIONS(FormNumber)

public:
    QDate day;
    QString jobNumber;
    int serial = 0;

    static QString format(const QDate& day, const QString& jobNumber, int serial);
    QString toString() const { return format(day, jobNumber, serial); }
    static Result<FormNumber> parse(const QString& text);
    // The day key used by form_serials ("20261125").
    static QString dayKey(const QDate& day) { return day.toString(QStringLiteral("yyyyMMdd")); }
};

} // namespace threerings
