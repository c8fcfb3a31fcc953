#include "core/sync/SyncTables.h"

#include <QJsonDocument>

namespace threerings::synctables {

const QSet<QString>& localOnly()
{
    static const QSet<QString> names{
        QStringLiteral("accounts"),     QStringLiteral("outbox"),        QStringLiteral("audit_log"),
        QStringLiteral("drafts"),       QStringLiteral("sync_state"),    QStringLiteral("sync_versions"),
        QStringLiteral("form_serials"), QStringLiteral("login_changes"), QStringLiteral("sync_parked")};
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

const QHash<QString, QString>& onSimulatedCall()
{
    const auto onCall = [](const char* table) {
        return QStringLiteral("SELECT 1 FROM %1 x JOIN calls c ON c.id = x.call_id WHERE x.id = ? AND "
                              "c.simulated = 1")
            .arg(QLatin1String(table));
    };
    const auto onComplaint = [](const char* table) {
        return QStringLiteral("SELECT 1 FROM %1 x JOIN complaints k ON k.id = x.complaint_id JOIN calls c ON "
                              "c.id = k.call_id WHERE x.id = ? AND c.simulated = 1")
            .arg(QLatin1String(table));
    };
    static const QHash<QString, QString> rows{
        {QStringLiteral("calls"), QStringLiteral("SELECT 1 FROM calls WHERE id = ? AND simulated = 1")},
        {QStringLiteral("script_runs"), onCall("script_runs")},
        {QStringLiteral("phrase_hits"), onCall("phrase_hits")},
        {QStringLiteral("problem_forms"), onCall("problem_forms")},
        {QStringLiteral("consultations"), onCall("consultations")},
        {QStringLiteral("complaints"), onCall("complaints")},
        {QStringLiteral("callbacks"),
         QStringLiteral("SELECT 1 FROM callbacks x JOIN problem_forms f ON f.id = x.form_id JOIN calls c ON "
                        "c.id = f.call_id WHERE x.id = ? AND c.simulated = 1")},
        {QStringLiteral("form_chases"),
         QStringLiteral(
             "SELECT 1 FROM form_chases x JOIN problem_forms f ON f.id = x.form_id JOIN calls c ON "
             "c.id = f.call_id WHERE x.id = ? AND c.simulated = 1")},
        {QStringLiteral("complaint_reports"), onComplaint("complaint_reports")},
        {QStringLiteral("ratings"), onComplaint("ratings")},
    };
    return rows;
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
