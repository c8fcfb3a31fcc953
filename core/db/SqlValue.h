#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <optional>

namespace threerings {

// Conversions between the model's value types and the columns: references and times are NULL when
// absent, times are milliseconds since the epoch (UTC), days are 'YYYY-MM-DD' text ('' when absent).
class SqlValue
{
public:
    // A NULL QString would bind as NULL; text columns are NOT NULL DEFAULT ''.
    static QVariant text(const QString& s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }
    static QVariant ref(const QString& id)
    {
        return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id);
    }
    static QVariant time(const QDateTime& t)
    {
        return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
    }
    static QVariant day(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral(""); }
    static QVariant optionalInt(const std::optional<int>& v)
    {
        return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
    }

    static QDateTime toTime(const QVariant& v)
    {
        return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
    }
    static QDate toDay(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }
    static std::optional<int> toOptionalInt(const QVariant& v)
    {
        return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
    }
};

} // namespace threerings
