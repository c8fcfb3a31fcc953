#include "core/sync/SyncTables.h"

#include <QJsonDocument>

namespace threerings::synctables {

const QSet<QString>& localOnly()
{
    static const QSet<QString> names{QStringLiteral("accounts"),    QStringLiteral("outbox"),
                                     QStringLiteral("audit_log"),   QStringLiteral("drafts"),
                                     QStringLiteral("sync_state"),  QStringLiteral("sync_versions"),
                                     QStringLiteral("form_serials")};
    return names;
}

const QSet<QString>& bookkeeping()
{
    static const QSet<QString> names{QStringLiteral("id"),         QStringLiteral("created_at"),
                                     QStringLiteral("created_by"), QStringLiteral("updated_at"),
                                     QStringLiteral("updated_by"), QStringLiteral("revision")};
    return names;
}

const QHash<QString, QSet<QString>>& restricted()
{
    static const QHash<QString, QSet<QString>> fields{
        {QStringLiteral("complaint_reports"), {QStringLiteral("penalty_opinion")}}};
    return fields;
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonArray versionJson(qint64 hlc, const QString& console)
{
    return QJsonArray{double(hlc), console};
}

} // namespace threerings::synctables
