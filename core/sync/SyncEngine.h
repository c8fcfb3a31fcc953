#pragma once

#include "core/model/AuditEntry.h"
#include "core/sync/ServerConfig.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <memory>
#include <utility>

namespace threerings {

class Clock;
class Database;
struct Actor;

// What the status bar shows.
struct SyncStatus
{
    bool configured = false; // this console has a server
    bool connected = false;  // the last exchange with it worked
    qint64 queued = 0;       // local changes the server does not have yet
    qint64 lastSyncAt = 0;   // ms since the epoch of the last exchange that worked (0 = never)
    qint64 conflicts = 0;    // values that lost a conflict, kept in the audit trail
    QString error;           // the last failure, empty when the last exchange worked
    QString transport;       // what the server's TLS mode risks when it is weaker than verify-full
    qint64 refused = 0;      // changes of this console the server refused (they stay here)
    QString notice;          // the last thing the console did by itself about its identity
    QString lastRefusal;     // why the server refused the newest of them
    qint64 waiting = 0;      // of `queued`, changes other people made here: sent when they next sign in here
    qint64 parked = 0;       // changes from others waiting here for a record that has not arrived yet
};

// Replication of one console's SQLite file with the central PostgreSQL server (issue 8).
//
// Push: outbox rows past the push cursor go to tr_changes in one multi-row upsert per batch
// (jsonb_to_recordset, ON CONFLICT (console_id, origin_seq, part) DO NOTHING: a batch applied twice
// changes nothing). Each change gets a hybrid logical clock: max(its wall-clock time, last hlc + 1),
// where last hlc also moves past every change pulled, so a change made after seeing another orders
// after it whatever the two consoles' clocks say. Updates carry, per field, the version the writer
// had seen (its base).
// Pull: server rows past the pull cursor, in server order, applied field by field in one local
// transaction with the cursor: the higher (hlc, console) wins each field; when the base a change was
// made on is not the version here, the two were made apart and the losing value is kept as an
// audit_log row with op 'conflict'. All consoles apply the same rule to the same changes, so they
// converge. Not a QObject; SyncWorker drives it on its own thread.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    SyncEngine(Database& local, const Clock& clock);
    ~SyncEngine();
    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    // Stores the server (without its password) and this console's id in sync_state. When
    // `pushExisting` is false (joining a server), what this file already holds stays local and only
    // later changes are pushed. The same server again (host, port, database) keeps the cursors, and the
    // console id too unless the login changed: the server ties a console id to the login that pushes
    // with it, so another login pushes what is queued under a new id. Another server resets them (a new
    // console id, pull from its start, push per `pushExisting`). Never connects. Admin ▸ Server…, 'server
    // connect' and a site file's import (SiteConfig) all come here: sync_state is the one place the
    // console's server is kept.
    static Status configure(Database& local, const ServerConfig& config, bool pushExisting);
    // The same for a person: admins only (Action::ManageServer).
    static Status configure(const Actor& actor, Database& local, const ServerConfig& config,
                            bool pushExisting);
    // The configured server (password empty); NotFound when the console has none.
    static Result<ServerConfig> configured(Database& local);

    QString consoleId();

    // The values that lost a conflict (and changes this file could not take), newest first, for the
    // supervisor: audit_log rows with op 'conflict'. Supervisors and admins (Action::ReadAudit).
    static Result<QList<AuditEntry>> conflicts(const Actor& actor, Database& local, int limit = 500);

    // The changes of this console the server refused (the newest 100 it let this console read, kept from the
    // last sync): table, record, op, when, by whom, and why (newValue). Admins see them all, everybody else
    // their own.
    static Result<QList<AuditEntry>> refusals(const Actor& actor, Database& local);
    // Opens this engine's own server connection (the password must be in config). Checks the schema.
    Status connect(const ServerConfig& config);
    void disconnect();
    bool connected() const { return m_connected; }
    // The open server connection (LISTEN is subscribed on it by SyncWorker).
    QSqlDatabase server() const;

    // One batch each; the number of changes pushed or applied (0 when there was nothing).
    Result<int> push(int batch = 1000);
    Result<int> pull(int batch = 1000);
    // The team's people and departments ahead of everything else (a person new to this console signs in
    // before the rest arrives); the pull cursor stays where it is.
    Status pullPeople();
    // Pushes until the queue is empty, then pulls until there is nothing new.
    Status syncOnce();

    // Records that an exchange with the server just worked (the "last sync" of the status bar).
    Status markSynced();
    SyncStatus status();
    qint64 queued();
    // Queued changes of people other than the login's: each person's changes reach the server with their
    // own login, the next time they sign in at this console.
    qint64 waitingForOthers();
    // Both counts in one read of the outbox.
    std::pair<qint64, qint64> queuedAndWaiting();
    // The person the connected login is (empty for a login that is nobody's).
    QString personId() const { return m_personId; }
    // Test hook: let the engine sync as the schema's owner or a superuser (the test cluster's set-up).
    void allowOwnerLogin() { m_ownerAllowed = true; }
    // Tables that pulled changes touched since the last call (the views to refresh).
    QSet<QString> takeAppliedTables();

    // One row of the server's change log, as pulled.
    struct Change
    {
        qint64 seq = 0;
        QString console;
        QString table;
        QString rowId;
        QString op;
        int revision = 0;
        qint64 hlc = 0;
        qint64 changedAt = 0;
        QString changedBy;
        QJsonObject fields;
        QJsonObject base;
    };
    // Test hook: called in the push around the server's commit; returning false stops the push
    // there as if the console had been killed (the server transaction is abandoned or committed).
    enum class Stage
    {
        BeforeServerCommit,
        AfterServerCommit,
    };
    void setFaultHook(std::function<bool(Stage)> hook) { m_fault = std::move(hook); }

private:
    struct Version
    {
        qint64 hlc = 0;
        QString console;
        bool valid() const { return !console.isEmpty(); }
        bool operator==(const Version& o) const { return hlc == o.hlc && console == o.console; }
        bool operator<(const Version& o) const { return hlc != o.hlc ? hlc < o.hlc : console < o.console; }
    };
    static Change readChange(const QSqlQuery& q);

    QString state(const QString& key, const QString& fallback = {});
    Status setState(const QString& key, const QString& value);
    QSqlQuery& local(const QString& sql);
    Status localExec(const QString& sql);
    const QHash<QString, QStringList>& replicated();
    QString audienceOf(const QString& userId);
    // Whether this file holds calls of the simulated line at all (none on a hotline's console).
    bool hasSimulatedCalls();
    // Whether the row belongs to a call of the simulated line (synctables::onSimulatedCall): not pushed.
    bool onSimulatedCall(const QString& table, const QString& rowId);
    QJsonObject versionsOf(const QString& table, const QString& rowId);
    Status saveVersions(const QString& table, const QString& rowId, const QJsonObject& versions);
    static Version versionAt(const QJsonObject& versions, const QString& field);
    // Empty when this version can take the change; else the table or table.field it does not know.
    QString notUnderstood(const Change& c);
    Status apply(const Change& c);
    // An insert refused because another record holds its number (a form, complaint or report numbered alike
    // on two consoles while apart): the record with the greater id takes the number and "-" and the first
    // four characters of its id, on every console alike, so both are kept and the original number still
    // finds both. True when `values` (of `columns`) now let the insert go through.
    // Whether a change failed because its record or a record it names is not here (yet).
    static bool waitsForRecord(const Error& error);
    // Keeps a change that waits for its record (sync_parked), and tries those kept after each pull.
    Status park(const Change& c, const QString& why);
    Status retryParked();
    Result<bool> settleNumberClash(const Change& c, const QStringList& columns, QVariantList& values,
                                   const QString& error);
    Status audit(qint64 at, const QString& by, const QString& table, const QString& rowId, const QString& op,
                 const QString& field, const QVariant& oldValue, const QVariant& newValue);
    Error serverFailed(const QString& what, const QString& detail);
    // Counts the changes of this console the server refused, and keeps the newest reason (status()).
    Status readRefusals();
    // This file is not the console the server knows under its id: a restored backup (behind its own history
    // on the server) or a copy of another console's file (its changes clash with the other's). It takes a
    // new console id and says so (status().notice); the push cursor stays, and the pull brings back what
    // the old id had sent since the file's pull cursor, so nothing committed is lost.
    Status takeNewIdentity(const QString& why);
    // Whether the server holds changes of this console id past this file's outbox (a restored backup).
    Result<bool> behindOwnHistory();
    // Sends the server the logins queued here (people added, passwords set: login_changes), each by the
    // person who queued it; the verifier is removed once sent.
    Status pushLogins();

    Database& m_db;
    const Clock& m_clock;
    QString m_serverName;
    QString m_transport;    // the TLS warning of the server connected to (ServerConfig::transportWarning)
    bool m_renewed = false; // a push is being tried again under a new console id
    bool m_connected = false;
    bool m_practiceOnly = false; // the login is a trainee's: everything it pushes is practice
    bool m_mayPenalty = false;   // the login is a supervisor's or an admin's
    QString m_consoleId;
    QString m_login;    // the server login connected as
    QString m_personId; // the person that login is (tr_whoami); empty: nobody's
    QString m_stream;   // console id and login: the id this console's changes by this login carry
    bool m_ownerAllowed = false;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    QHash<QString, QStringList> m_tables;
    bool m_tablesRead = false;
    QHash<QString, QString> m_audience;
    QSet<QString> m_applied;
    std::function<bool(Stage)> m_fault;
};

} // namespace threerings
