#include "core/db/RecordJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace threerings::recordjson {

// JSON string escaping as QJsonDocument writes it: quote, backslash and control characters escaped,
// the rest as is.
void appendString(QString& out, const QString& s)
{
    out += QLatin1Char('"');
    const QChar* p = s.constData();
    const QChar* end = p + s.size();
    const QChar* run = p;
    for (; p != end; ++p) {
        const char16_t c = p->unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out += QLatin1String("\\u00");
            out += QLatin1Char(hex[(c >> 4) & 0xf]);
            out += QLatin1Char(hex[c & 0xf]);
        }
        }
    }
    out.append(run, p - run);
    out += QLatin1Char('"');
}

// The common column types written directly; a NULL of any type is JSON null (replication must tell
// "no value" from an empty text or a zero time).
void appendValue(QString& out, const QVariant& v)
{
    if (v.isNull()) {
        out += QLatin1String("null");
        return;
    }
    switch (v.metaType().id()) {
    case QMetaType::QString:
        if (static_cast<const QString*>(v.constData())->isNull())
            out += QLatin1String("null"); // bound as NULL too
        else
            appendString(out, *static_cast<const QString*>(v.constData()));
        return;
    case QMetaType::Int:
        out += QString::number(*static_cast<const int*>(v.constData()));
        return;
    case QMetaType::LongLong:
        out += QString::number(*static_cast<const qlonglong*>(v.constData()));
        return;
    case QMetaType::Bool:
        out += *static_cast<const bool*>(v.constData()) ? QLatin1String("true") : QLatin1String("false");
        return;
    default:
        break;
    }
    // Anything rarer goes the way QJsonObject::fromVariantMap took it.
    const QByteArray one =
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)}).toJson(QJsonDocument::Compact);
    out += QString::fromUtf8(one.constData() + 1, one.size() - 2);
}

} // namespace threerings::recordjson
