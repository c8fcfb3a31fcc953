#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <initializer_list>

namespace threerings {

// The checks the forms share. Each message names the field and says how to fix it; Error::field
// carries the column name so a view can put the focus on it.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    // Lengths a form accepts; longer text is refused rather than cut.
    static constexpr int NameLength = 100;
    static constexpr int ShortTextLength = 200;
    static constexpr int LongTextLength = 4000;

    // Text holding a NUL character (U+0000) is refused: nobody types one, it comes from pasting out
    // of another program or from a damaged file, and the team server cannot store it. required and
    // maxLength check it too, so every text field a form checks refuses it.
    static Status noNul(const QString& field, const QString& label, const QString& value);
    static Status required(const QString& field, const QString& label, const QString& value);
    static Status maxLength(const QString& field, const QString& label, const QString& value, int max);
    // Empty is fine (the phone is optional); anything else must be a phone number.
    static Status phone(const QString& field, const QString& label, const QString& value);
    static Status range(const QString& field, const QString& label, int value, int min, int max);
    static Status oneOf(const QString& field, const QString& label, const QString& value,
                        const QStringList& allowed);
    // A status, state or role read from text this version does not know (its enum's Unknown) is not
    // saved: that would overwrite the stored text. `allowed` lists the texts it knows.
    static Status known(const QString& field, const QString& label, bool isKnown, const QStringList& allowed);

    // The first failure of several checks, or success.
    static Status first(std::initializer_list<Status> checks);
};

} // namespace threerings
