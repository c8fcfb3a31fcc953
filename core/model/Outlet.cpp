#include "core/model/Outlet.h"

#include "core/model/Validation.h"

namespace threerings {

QStringList Outlet::kinds()
{
    return {QStringLiteral("appointed"), QStringLiteral("own"), QStringLiteral("head_office")};
}

QString Outlet::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("appointed"))
        return tr("appointed outlet");
    if (kind == QLatin1String("own"))
        return tr("own outlet");
    if (kind == QLatin1String("head_office"))
        return tr("head office");
    return kind;
}

QString Outlet::kindFromText(const QString& text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("repair_center") || t == QLatin1String("dealer"))
        return QStringLiteral("appointed");
    if (t == QLatin1String("branch"))
        return QStringLiteral("own");
    for (const QString& k : kinds())
        if (t.compare(k, Qt::CaseInsensitive) == 0 || t == kindLabel(k))
            return k;
    // The handbooks' words, whatever the interface language.
    if (t == QStringLiteral("特约点") || t == QStringLiteral("特约网点"))
        return QStringLiteral("appointed");
    if (t == QStringLiteral("自办点") || t == QStringLiteral("自办网点"))
        return QStringLiteral("own");
    if (t == QStringLiteral("总部"))
        return QStringLiteral("head_office");
    return t;
}

Status Outlet::knownKind() const
{
    if (kinds().contains(kind))
        return {};
    QStringList choices;
    for (const QString& k : kinds())
        choices << QStringLiteral("%1 (%2)").arg(kindLabel(k), k);
    return Error::data(tr("The outlet kind '%1' is not known; choose one of: %2.")
                           .arg(kind, choices.join(QStringLiteral(", "))),
                       QStringLiteral("kind"));
}

Status Outlet::validate() const
{
    using V = Validation;
    return V::first({
        V::required(QStringLiteral("code"), tr("outlet code"), code),
        V::maxLength(QStringLiteral("code"), tr("outlet code"), code, V::NameLength),
        V::required(QStringLiteral("name"), tr("outlet name"), name),
        V::maxLength(QStringLiteral("name"), tr("outlet name"), name, V::NameLength),
        knownKind(),
        V::maxLength(QStringLiteral("province"), tr("province"), province, V::NameLength),
        V::maxLength(QStringLiteral("city"), tr("city"), city, V::NameLength),
        V::phone(QStringLiteral("phone"), tr("outlet phone"), phone),
        V::maxLength(QStringLiteral("address"), tr("address"), address, V::ShortTextLength),
    });
}

} // namespace threerings
