// The typed kinds: every record kind, status, role and "who hung up" has one table between its values
// and the text existing databases store, and these tests hold each table to it: every value goes to its
// text and back, the stored spellings are the ones already on disk (no migration rewrites them), and
// text this version does not know reads as the explicit Unknown value instead of a guess. The last case
// reads the sources: the spellings of record kinds are written in the kind table and in SQL only.

#include "FormsWorld.h"
#include "core/auth/Permissions.h"
#include "core/calls/CallRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/forms/CallbackRepository.h"
#include "core/forms/ComplaintRepository.h"
#include "core/forms/ComplaintWorkflow.h"
#include "core/forms/ConsultationRepository.h"
#include "core/forms/ConsultationWorkflow.h"
#include "core/forms/DraftRepository.h"
#include "core/forms/NotificationRepository.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/forms/ProblemFormWorkflow.h"
#include "core/forms/RatingRepository.h"
#include "core/model/FormChase.h"
#include "core/model/RecordKind.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <tuple>

using namespace threerings;
using namespace threerings::test;

namespace {

void exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

// Each value of `stored` goes to its text and back; text no row spells reads as `unknown`, which has no
// text of its own.
template <typename E, typename ToText, typename FromText>
void roundTrips(const QList<QPair<E, const char*>>& stored, const QList<E>& known, E unknown, ToText toText,
                FromText fromText)
{
    CHECK(known.size() == stored.size());
    for (const auto& [value, text] : stored) {
        INFO(text);
        CHECK(known.contains(value));
        CHECK(toText(value) == QLatin1String(text));
        CHECK(fromText(QString::fromLatin1(text)) == value);
        CHECK(fromText(toText(value)) == value);
    }
    for (const QString& garbage :
         {QStringLiteral("no-such-value"), QStringLiteral("DONE"), QStringLiteral(" x")})
        CHECK(fromText(garbage) == unknown);
    CHECK(toText(unknown).isEmpty());
}

} // namespace

TEST_CASE("statuses: each table turns every value into its stored text and back, unknown text into Unknown")
{
    roundTrips<FormState>({{FormState::Accepted, "accepted"},
                           {FormState::Transferred, "transferred"},
                           {FormState::Planned, "planned"},
                           {FormState::Resolved, "resolved"},
                           {FormState::Reviewed, "reviewed"},
                           {FormState::Reopened, "reopened"}},
                          FormStateNames::all(), FormState::Unknown, &FormStateNames::key,
                          &FormStateNames::fromKey);
    CHECK(FormStateNames::keys().size() == FormStateNames::all().size());
    CHECK_FALSE(FormStateNames::label(FormState::Unknown).isEmpty());

    roundTrips<ConsultationStatus>({{ConsultationStatus::Finished, "finished"},
                                    {ConsultationStatus::Unfinished, "unfinished"},
                                    {ConsultationStatus::AwaitingTest, "awaiting_test"}},
                                   Consultation::statuses(), ConsultationStatus::Unknown,
                                   &consultationStatusText, &consultationStatusFromText);
    // No outcome yet is stored as '' and is a value of its own, not Unknown.
    roundTrips<CallbackOutcome>({{CallbackOutcome::None, ""},
                                 {CallbackOutcome::Working, "working"},
                                 {CallbackOutcome::NotWorking, "not_working"},
                                 {CallbackOutcome::Unreachable, "unreachable"}},
                                CallbackRecord::outcomes(), CallbackOutcome::Unknown, &callbackOutcomeText,
                                &callbackOutcomeFromText);
    roundTrips<CallPurpose>({{CallPurpose::None, ""},
                             {CallPurpose::Callback, "next_day_callback"},
                             {CallPurpose::ComplaintCallback, "complaint_callback"},
                             {CallPurpose::Chase, "chase"},
                             {CallPurpose::Redial, "redial"},
                             {CallPurpose::Manual, "manual"}},
                            CallPurposes::all(), CallPurpose::Unknown, &CallPurposes::key,
                            &CallPurposes::fromKey);
    roundTrips<DialResult>({{DialResult::None, ""},
                            {DialResult::Answered, "answered"},
                            {DialResult::Busy, "busy"},
                            {DialResult::NoAnswer, "no_answer"},
                            {DialResult::Rejected, "rejected"},
                            {DialResult::Unreachable, "unreachable"},
                            {DialResult::Cancelled, "cancelled"}},
                           DialResults::all(), DialResult::Unknown, &DialResults::key, &DialResults::fromKey);
    roundTrips<CallbackState>(
        {{CallbackState::Due, "due"}, {CallbackState::Retry, "retry"}, {CallbackState::Done, "done"}},
        CallbackRecord::states(), CallbackState::Unknown, &callbackStateText, &callbackStateFromText);
    roundTrips<ComplaintState>({{ComplaintState::Registered, "registered"},
                                {ComplaintState::Forwarded, "forwarded"},
                                {ComplaintState::Handled, "handled"},
                                {ComplaintState::Closed, "closed"},
                                {ComplaintState::Reopened, "reopened"}},
                               Complaint::states(), ComplaintState::Unknown, &complaintStateText,
                               &complaintStateFromText);
    roundTrips<ChaseTarget>({{ChaseTarget::Handler, "handler"}, {ChaseTarget::Caller, "caller"}},
                            FormChase::targets(), ChaseTarget::Unknown, &chaseTargetText,
                            &chaseTargetFromText);
    // Nobody answered yet is stored as '' and is a value of its own, not Unknown.
    roundTrips<ComplaintAnswer>({{ComplaintAnswer::NotAsked, ""},
                                 {ComplaintAnswer::Registered, "registered"},
                                 {ComplaintAnswer::Declined, "declined"}},
                                ProblemForm::complaintAnswers(), ComplaintAnswer::Unknown,
                                &complaintAnswerText, &complaintAnswerFromText);
}

TEST_CASE("roles: each goes to its text and back, and a person's roles to users.roles and back")
{
    roundTrips<Role>({{Role::Agent, "agent"},
                      {Role::Handler, "handler"},
                      {Role::Supervisor, "supervisor"},
                      {Role::Trainer, "trainer"},
                      {Role::Admin, "admin"},
                      {Role::Trainee, "trainee"}},
                     knownRoles(), Role::Unknown, &roleText, &roleFromText);
    CHECK(roleFromText(u" supervisor ") == Role::Supervisor);
    CHECK(rolesText({Role::Agent, Role::Supervisor}) == QStringLiteral("agent,supervisor"));
    CHECK(rolesFromText(u"agent,supervisor") == QList<Role>{Role::Agent, Role::Supervisor});
    CHECK(rolesFromText(u"agent, trainer,,") == QList<Role>{Role::Agent, Role::Trainer});
    CHECK(rolesFromText(u"agent,boss") == QList<Role>{Role::Agent, Role::Unknown});
    CHECK(rolesFromText(u"").isEmpty());
    CHECK(roleTexts(knownRoles()).join(QStringLiteral(", ")) ==
          QStringLiteral("agent, handler, supervisor, trainer, admin, trainee"));
    for (Role r : knownRoles())
        CHECK(Permissions::roleLabel(r) != Permissions::roleLabel(Role::Unknown));

    // Typed roles (the command line): the first one that is not a role is named, with the choices.
    CHECK(User::parseRoles(QStringLiteral("agent, trainer")).value() ==
          QList<Role>{Role::Agent, Role::Trainer});
    CHECK(User::parseRoles(QString()).value().isEmpty());
    auto boss = User::parseRoles(QStringLiteral("agent,boss"));
    REQUIRE_FALSE(boss);
    CHECK(boss.error().field == QStringLiteral("roles"));
    CHECK(boss.error().message ==
          QStringLiteral("The role 'boss' is not known; choose one of: agent, handler, "
                         "supervisor, trainer, admin, trainee."));
}

TEST_CASE("a person with a role this version does not know keeps it, is granted nothing by it, and is not "
          "saved over")
{
    TempDb t;
    UserRepository users(*t.db, t.clock);
    User u;
    u.jobNumber = QStringLiteral("1001");
    u.name = QStringLiteral("王芳");
    u.roles = {Role::Agent, Role::Supervisor};
    auto stored = users.insert(u, {});
    REQUIRE(stored);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM users WHERE roles = 'agent,supervisor'")) == 1);
    exec(*t.db,
         QStringLiteral("UPDATE users SET roles = 'auditor,agent' WHERE id = '%1'").arg(stored->meta.id));
    auto read = users.get(stored->meta.id);
    REQUIRE(read);
    CHECK(read->roles == QList<Role>{Role::Unknown, Role::Agent});
    Actor a;
    a.userId = read->meta.id;
    a.roles = read->roles;
    CHECK(Permissions::allows(a, Action::WriteForms));
    CHECK_FALSE(Permissions::allows(a, Action::ReadAudit));
    auto saved = users.update(*read, {});
    REQUIRE_FALSE(saved);
    CHECK(saved.error().field == QStringLiteral("roles"));
    CHECK(saved.error().message.contains(QStringLiteral("agent, handler")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM users WHERE roles = 'auditor,agent'")) == 1);
}

TEST_CASE("who hung up: caller, agent or line as stored, Unknown while the call is open")
{
    const QList<QPair<HungUpBy, const char*>> stored{
        {HungUpBy::Caller, "caller"}, {HungUpBy::Agent, "agent"}, {HungUpBy::Line, "line"}};
    for (const auto& [by, text] : stored) {
        CHECK(hungUpByText(by) == QLatin1String(text));
        CHECK(hungUpByFromText(QString::fromLatin1(text)) == by);
    }
    CHECK(hungUpByText(HungUpBy::Unknown).isEmpty()); // an open call stores ''
    CHECK(hungUpByFromText(QString()) == HungUpBy::Unknown);
    CHECK(hungUpByFromText(u"trunk") == HungUpBy::Unknown);

    TempDb t;
    CallRepository calls(*t.db, t.clock);
    Call open;
    open.callerNumber = QStringLiteral("+8613812345678");
    open.ringAt = beijing(2026, 11, 25);
    auto ringing = calls.insert(open, {});
    REQUIRE(ringing);
    CHECK(calls.get(ringing->meta.id)->hungUpBy == HungUpBy::Unknown);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM calls WHERE hung_up_by = ''")) == 1);
    Call ended = calls.get(ringing->meta.id).value();
    ended.endedAt = beijing(2026, 11, 25, 9, 5);
    ended.hungUpBy = HungUpBy::Agent;
    REQUIRE(calls.update(ended, {}));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM calls WHERE hung_up_by = 'agent'")) == 1);
    exec(*t.db, QStringLiteral("UPDATE calls SET hung_up_by = 'trunk'"));
    CHECK(calls.get(ringing->meta.id)->hungUpBy == HungUpBy::Unknown);
}

TEST_CASE("a form or consultation in a state this version does not know is read, shown and not saved over")
{
    FormsWorld w;
    w.t.clock.set(beijing(2026, 11, 25, 9, 0));
    ProblemFormWorkflow forms(*w.t.db, w.t.clock, w.calendar);
    ProblemForm f;
    f.category = Category::Technical;
    f.customerName = QStringLiteral("陈先生");
    f.phoneMobile = QStringLiteral("13812345678");
    f.description = QStringLiteral("ATM 吞卡");
    auto accepted = forms.accept(w.agent, f);
    REQUIRE(accepted);
    exec(*w.t.db, QStringLiteral("UPDATE problem_forms SET state = 'escalated' WHERE id = '%1'")
                      .arg(accepted->meta.id));
    ProblemFormRepository repo(*w.t.db, w.t.clock);
    auto read = repo.get(accepted->meta.id);
    REQUIRE(read);
    CHECK(read->state == FormState::Unknown);
    auto transfer = forms.transfer(w.agent, accepted->meta.id, w.handler.userId);
    REQUIRE_FALSE(transfer);
    CHECK(transfer.error().kind == Error::Kind::Conflict);
    CHECK(read->validate().error().field == QStringLiteral("state"));
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM problem_forms WHERE state = 'escalated'")) ==
          1);

    // An answer to the complaint question this version does not know: read, refused, kept.
    f.category = Category::Service;
    auto service = forms.accept(w.agent, f);
    REQUIRE(service);
    exec(*w.t.db, QStringLiteral("UPDATE problem_forms SET complaint_answer = 'escalated' WHERE id = '%1'")
                      .arg(service->meta.id));
    CHECK(repo.get(service->meta.id)->complaintAnswer == ComplaintAnswer::Unknown);
    ComplaintWorkflow complaints(*w.t.db, w.t.clock, w.calendar);
    auto registered = complaints.registerAsComplaint(w.agent, service->meta.id);
    REQUIRE_FALSE(registered);
    CHECK(registered.error().kind == Error::Kind::Conflict);
    CHECK_FALSE(complaints.declineComplaint(w.agent, service->meta.id));
    CHECK(count(*w.t.db,
                QStringLiteral("SELECT count(*) FROM problem_forms WHERE complaint_answer = 'escalated'")) ==
          1);
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM complaints")) == 0);

    ConsultationWorkflow log(*w.t.db, w.t.clock);
    Consultation c;
    c.callerName = QStringLiteral("赵女士");
    c.status = ConsultationStatus::Unfinished;
    auto logged = log.log(w.agent, c);
    REQUIRE(logged);
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM consultations WHERE status = 'unfinished'")) ==
          1);
    exec(
        *w.t.db,
        QStringLiteral("UPDATE consultations SET status = 'escalated' WHERE id = '%1'").arg(logged->meta.id));
    ConsultationRepository consultations(*w.t.db, w.t.clock);
    auto unknown = consultations.get(logged->meta.id);
    REQUIRE(unknown);
    CHECK(unknown->status == ConsultationStatus::Unknown);
    auto saved = consultations.update(*unknown, {});
    REQUIRE_FALSE(saved);
    CHECK(saved.error().field == QStringLiteral("status"));
    CHECK(saved.error().message.contains(QStringLiteral("awaiting_test")));
    CHECK_FALSE(log.finish(w.agent, logged->meta.id, QStringLiteral("重启")));
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM consultations WHERE status = 'escalated'")) ==
          1);
}

TEST_CASE("record kinds: both stored spellings name the kind, and each kind gives them back")
{
    // As existing databases hold them: notifications.record_table and the outbox use the table,
    // drafts.kind the form key.
    const QList<std::tuple<RecordKind, const char*, const char*>> stored{
        {RecordKind::ProblemForm, "problem_forms", "problem_form"},
        {RecordKind::Consultation, "consultations", "consultation"},
        {RecordKind::Callback, "callbacks", "callback"},
        {RecordKind::Complaint, "complaints", "complaint"},
        {RecordKind::ComplaintReport, "complaint_reports", "complaint_report"},
        {RecordKind::Rating, "ratings", "rating"},
        {RecordKind::Customer, "customers", "customer"},
        {RecordKind::Call, "calls", "call"},
    };
    REQUIRE(RecordKinds::all().size() == stored.size());
    QStringList names;
    for (const auto& [kind, table, key] : stored) {
        INFO(table);
        CHECK(RecordKinds::all().contains(kind));
        CHECK(RecordKinds::table(kind) == QLatin1String(table));
        CHECK(RecordKinds::key(kind) == QLatin1String(key));
        CHECK(RecordKinds::fromTable(QString::fromLatin1(table)) == kind);
        CHECK(RecordKinds::fromKey(QString::fromLatin1(key)) == kind);
        CHECK(RecordKinds::fromTable(RecordKinds::table(kind)) ==
              RecordKinds::fromKey(RecordKinds::key(kind)));
        names << RecordKinds::name(kind);
    }
    CHECK(names.first() == QStringLiteral("Problem form"));
    names.removeDuplicates();
    CHECK(names.size() == stored.size());

    CHECK(RecordKinds::fromTable(u"memos") == RecordKind::Unknown);
    CHECK(RecordKinds::fromKey(u"") == RecordKind::Unknown);
    CHECK(RecordKinds::fromTable(u"problem_form") == RecordKind::Unknown); // a key is no table
    CHECK(RecordKinds::fromKey(u"problem_forms") == RecordKind::Unknown);  // and a table no key
    CHECK(RecordKinds::fromTable(u"Problem_Forms") == RecordKind::Unknown);
    CHECK(RecordKinds::table(RecordKind::Unknown).isEmpty());
    CHECK(RecordKinds::key(RecordKind::Unknown).isEmpty());
    CHECK_FALSE(RecordKinds::name(RecordKind::Unknown).isEmpty());
}

TEST_CASE("record kinds name the tables their repositories write")
{
    CHECK(RecordKinds::fromTable(ProblemFormRepository::shape().table()) == RecordKind::ProblemForm);
    CHECK(RecordKinds::fromTable(ConsultationRepository::shape().table()) == RecordKind::Consultation);
    CHECK(RecordKinds::fromTable(CallbackRepository::shape().table()) == RecordKind::Callback);
    CHECK(RecordKinds::fromTable(ComplaintRepository::shape().table()) == RecordKind::Complaint);
    CHECK(RecordKinds::fromTable(ComplaintRepository::reportShape().table()) == RecordKind::ComplaintReport);
    CHECK(RecordKinds::fromTable(RatingRepository::shape().table()) == RecordKind::Rating);
    CHECK(RecordKinds::fromTable(CustomerRepository::shape().table()) == RecordKind::Customer);
    CHECK(RecordKinds::fromTable(CallRepository::shape().table()) == RecordKind::Call);
}

TEST_CASE("notifications and drafts store the spellings, and an unknown one is kept apart, not guessed")
{
    FormsWorld w;
    NotificationRepository notes(*w.t.db, w.t.clock);
    Notification n;
    n.recipientId = w.handler.userId;
    n.kind = QStringLiteral("form_transferred");
    n.recordKind = RecordKind::ProblemForm;
    n.recordId = QStringLiteral("f1");
    auto stored = notes.insert(n, {});
    REQUIRE(stored);
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM notifications WHERE record_table = "
                                        "'problem_forms'")) == 1);
    n.recordKind = RecordKind::Unknown;
    auto nowhere = notes.insert(n, {});
    REQUIRE_FALSE(nowhere);
    CHECK(nowhere.error().field == QStringLiteral("record_table"));

    // A newer console's notification about a kind this one does not have.
    exec(*w.t.db, QStringLiteral("UPDATE notifications SET record_table = 'memos' WHERE id = '%1'")
                      .arg(stored->meta.id));
    auto unread = notes.unreadFor(w.handler.userId);
    REQUIRE(unread);
    REQUIRE(unread->size() == 1);
    CHECK(unread->first().recordKind == RecordKind::Unknown);
    CHECK(unread->first().recordId == QStringLiteral("f1"));

    DraftRepository drafts(*w.t.db, w.t.clock);
    REQUIRE(drafts.save(w.agent, RecordKind::Consultation, {},
                        {{QStringLiteral("advice"), QStringLiteral("x")}}));
    CHECK(count(*w.t.db, QStringLiteral("SELECT count(*) FROM drafts WHERE kind = 'consultation'")) == 1);
    CHECK_FALSE(drafts.save(w.agent, RecordKind::Unknown, {}, {}));
    exec(*w.t.db,
         QStringLiteral("INSERT INTO drafts (id, kind, record_id, owner_id, fields, saved_at, created_at) "
                        "VALUES ('d2', 'memo', '', '%1', '{}', 1, 1)")
             .arg(w.agent.userId));
    auto pending = drafts.pendingFor(w.agent);
    REQUIRE(pending);
    REQUIRE(pending->size() == 1); // the memo draft is not offered: no view here opens it
    CHECK(pending->first().kind == RecordKind::Consultation);
}

namespace {

// The source text with its comments blanked (line breaks kept), so a spelling in a comment does not count.
QString withoutComments(const QString& text)
{
    QString out;
    out.reserve(text.size());
    enum class In
    {
        Code,
        String,
        Char,
        Line,
        Block
    } in = In::Code;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        switch (in) {
        case In::Code:
            if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
                in = In::Line;
                continue;
            }
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                in = In::Block;
                ++i;
                continue;
            }
            if (c == QLatin1Char('"'))
                in = In::String;
            // A quote after a digit or letter is a digit separator (60'000), not a character literal.
            else if (c == QLatin1Char('\'') && !(i > 0 && text.at(i - 1).isLetterOrNumber()))
                in = In::Char;
            out += c;
            break;
        case In::String:
            out += c;
            if (c == QLatin1Char('\\') && i + 1 < text.size()) {
                out += next;
                ++i;
            } else if (c == QLatin1Char('"')) {
                in = In::Code;
            }
            break;
        case In::Char: // blanked, so '"' starts no string
            if (c == QLatin1Char('\\'))
                ++i;
            if (c == QLatin1Char('\'')) {
                out += c;
                in = In::Code;
            } else {
                out += QLatin1Char(' ');
            }
            break;
        case In::Line:
            if (c == QLatin1Char('\n')) {
                out += c;
                in = In::Code;
            }
            break;
        case In::Block:
            if (c == QLatin1Char('\n'))
                out += c;
            else if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                in = In::Code;
                ++i;
            }
            break;
        }
    }
    return out;
}

} // namespace

TEST_CASE("the spellings of record kinds are written in the kind table and in SQL, nowhere else")
{
    // Where a literal spelling of a record kind ("problem_forms", "problem_form", …) may stand in core/,
    // ui/ and app/:
    //  - core/model/RecordKind.cpp: the one table of kinds and spellings;
    //  - the SQL: *Repository and *Queries classes (row shapes, statements), core/db and core/sync, the
    //    only places SQL is written (docs/architecture.md);
    //  - words of other vocabularies that happen to be spelled like a kind: they name a report, a column,
    //    a script, a view or an option, are never compared with a stored kind, and are listed below one by
    //    one with what they name;
    //  - tr() source text ("callback" as people read it).
    // Everything else compares RecordKind values and converts with RecordKinds.
    const auto isSqlFile = [](const QString& path) {
        return path.endsWith(QLatin1String("Repository.cpp")) ||
               path.endsWith(QLatin1String("Queries.cpp")) || path.startsWith(QLatin1String("core/db/")) ||
               path.startsWith(QLatin1String("core/sync/"));
    };
    const QHash<QString, QStringList> otherVocabularies{
        // report kinds ("threerings report ratings") and the sections and columns of the sheets
        {QStringLiteral("core/report/Reports.cpp"), {QStringLiteral("ratings"), QStringLiteral("callbacks")}},
        {QStringLiteral("core/report/ReportsQuality.cpp"),
         {QStringLiteral("complaints"), QStringLiteral("ratings")}},
        {QStringLiteral("core/report/ReportsWorklists.cpp"), {QStringLiteral("callbacks")}},
        {QStringLiteral("core/report/ReportsCalls.cpp"), {QStringLiteral("calls")}},
        {QStringLiteral("ui/report/SupervisorDesk.cpp"),
         {QStringLiteral("ratings"), QStringLiteral("calls")}},
        // the keys of the call scripts (scripts.key)
        {QStringLiteral("core/words/Script.cpp"), {QStringLiteral("callback"), QStringLiteral("complaint")}},
        {QStringLiteral("ui/forms/CallbackView.cpp"), {QStringLiteral("callback")}},
        // the outcomes of a call (calls.outcome): what the call led to, not a record
        {QStringLiteral("core/model/Call.cpp"),
         {QStringLiteral("consultation"), QStringLiteral("complaint")}},
        // the key of a My work line, printed by "threerings due"
        {QStringLiteral("core/forms/MyWork.cpp"), {QStringLiteral("callback")}},
        // view names of THREERINGS_OPEN and the screenshot manifest, and a shortcut's id
        {QStringLiteral("ui/shell/ViewCatalog.cpp"),
         {QStringLiteral("callbacks"), QStringLiteral("consultation"), QStringLiteral("complaint"),
          QStringLiteral("rating")}},
        {QStringLiteral("ui/forms/FormDesk.cpp"),
         {QStringLiteral("callbacks"), QStringLiteral("consultation"), QStringLiteral("complaint"),
          QStringLiteral("rating")}},
        {QStringLiteral("ui/shell/ShortcutTable.cpp"), {QStringLiteral("callbacks")}},
        // the set-up tables of import and export ("threerings import customers") and their pages
        {QStringLiteral("core/customers/SetupTables.cpp"), {QStringLiteral("customers")}},
        {QStringLiteral("core/customers/SetupImport.cpp"), {QStringLiteral("customers")}},
        {QStringLiteral("core/customers/CustomerTables.cpp"), {QStringLiteral("customers")}},
        {QStringLiteral("ui/admin/SetupDialog.cpp"), {QStringLiteral("customers")}},
        {QStringLiteral("ui/shell/MainWindow.cpp"), {QStringLiteral("customers")}},
        // command-line options of demo-data (--customers, --calls)
        {QStringLiteral("app/cli/DemoDataCommand.cpp"),
         {QStringLiteral("customers"), QStringLiteral("calls")}},
    };

    QSet<QString> spellings;
    for (RecordKind kind : RecordKinds::all())
        spellings << RecordKinds::table(kind) << RecordKinds::key(kind);

    const QDir root(QStringLiteral(THREERINGS_SOURCE_DIR));
    const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\\n]|\\.)*)")re"));
    const QRegularExpression translated(QStringLiteral(R"re(\b(tr|QT_TR_NOOP)\(\s*$)re"));
    QStringList misplaced;
    int files = 0;
    for (const QString& top : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(root.filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = root.relativeFilePath(it.next());
            ++files;
            if (path == QLatin1String("core/model/RecordKind.cpp") || isSqlFile(path))
                continue;
            QFile file(root.filePath(path));
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString code = withoutComments(QString::fromUtf8(file.readAll()));
            for (auto m = literal.globalMatch(code); m.hasNext();) {
                const QRegularExpressionMatch hit = m.next();
                const QString text = hit.captured(1);
                if (!spellings.contains(text) || otherVocabularies.value(path).contains(text))
                    continue;
                if (translated.match(code.left(hit.capturedStart())).hasMatch())
                    continue;
                const qsizetype line = code.left(hit.capturedStart()).count(QLatin1Char('\n')) + 1;
                misplaced << QStringLiteral("%1:%2: \"%3\"").arg(path).arg(line).arg(text);
            }
        }
    }
    CHECK(files > 100); // the scan saw the tree
    INFO("Compare RecordKind values and convert with RecordKinds::fromTable/fromKey/table/key instead:\n" +
         misplaced.join(QLatin1Char('\n')).toStdString());
    CHECK(misplaced.isEmpty());
}
