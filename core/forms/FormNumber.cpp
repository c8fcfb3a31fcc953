#include "core/forms/FormNumber.h"

#include <QRegularExpression>

namespace threerings {

QString FormNumber::format(const QDate& day, const QString& jobNumber, int serial)
{
    return dayKey(day) + QLatin1Char('-') + jobNumber + QLatin1Char('-') +
           QStringLiteral("%1").arg(serial, 3, 10, QLatin1Char('0'));
}

Result<FormNumber> FormNumber::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{8})-([0-9A-Za-z]+)-(\d{3,9})$)"));
    const QString t = text.trimmed();
    const auto m = re.match(t);
    const auto bad = [&] {
        return Error::data(
            tr("'%1' is not a form number; it reads YYYYMMDD-<job number>-<serial>, for example "
               "20261125-1007-003.")
                .arg(t),
            QStringLiteral("number"));
    };
    if (!m.hasMatch())
        return bad();
    FormNumber n;
    n.day = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
    n.jobNumber = m.captured(2);
    n.serial = m.captured(3).toInt();
    if (!n.day.isValid() || n.serial < 1)
        return bad();
    return n;
}

} // namespace threerings
