#include "core/util/DayText.h"

#include <QRegularExpression>

namespace threerings {

std::optional<QDate> readDayText(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})"
                       "\\s*日?(?:[ T].*)?$"));
    if (const auto m = ymd.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
        return std::nullopt;
    }
    bool number = false;
    const double serial = t.toDouble(&number);
    if (number && serial >= 1 && serial < 2958466) // up to 9999-12-31
        return QDate(1899, 12, 30).addDays(qint64(serial));
    return std::nullopt;
}

} // namespace threerings
