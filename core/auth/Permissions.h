#pragma once

#include "core/auth/Actor.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace threerings {

// What a core call may be asked to do. Each call that reads or writes checks its action with
// Permissions::require(actor, action) before it touches the database; a new feature adds an
// action here and a line to the table in Permissions.cpp.
enum class Action
{
    ReadLiveRecords,      // customers, calls, forms … (a trainee sees practice data only)
    WriteForms,           // accept calls, fill and update the hotline's forms
    ReviewProblemForm,    // the review (审核) column of a problem form
    HandleForms,          // the handling plan and result of a transferred problem form
    ReadOthersWork,       // another person's "My work" list
    ManageCallbackPolicy, // which resolved forms get a callback, rating thresholds
    ReadPenaltyOpinion,   // 处罚意见 of a complaint report
    WritePenaltyOpinion,  //
    ExportRecords,        // export the hotline's records
    ReadAudit,            // open the audit trail of a record, export it
    ListAccounts,         // see who has an account
    ManageAccounts,       // add people, reset passwords, deactivate accounts
    ManageScripts,        // scripts and the banned-phrase list
    ManageCalendar,       // the business calendar
    ManagePhoneLine,      // the SIP account, audio devices, codecs and call recording of the console's line
    UsePractice,          // role-play scenarios and practice calls
    ManageScenarios,      // write role-play scenarios, score practice calls
    ReadReports,          // the supervisor's desk: callback sheet, tally, service level, complaint rate
    SignOffCallbackSheet, // 技术经理 signs the day's callback sheet
    ReadTrainingProgress, // trainees' practice scores and who is ready for real calls
    ManageServer,         // point consoles at the central server, create its schema and logins
    ManageSite,           // export and import the site configuration of a room of consoles
    ManageSetup,          // the hotline's own departments, outlets and products: add, correct, retire, import
    WriteCustomers,       // add and correct customers and their devices, during a call or after it
    MergeCustomers,       // fold two records of one person into one
    ReadWords,            // the scripts, phrase lists and knowledge base (everybody signed in)
    ReadCalendar,         // the business calendar (everybody signed in)
    ReadDepartments,      // the departments forms are transferred to (everybody signed in)
    TakeCalls,            // be offered the hotline's calls (Ready); agents only, not supervisors or trainers
};

// The role → action table of SPEC §1. A person with several roles may do what any of them may.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static bool allows(const Actor& actor, Action action);
    // Ok, or a Refused error that names the action and the roles that may do it.
    static Status require(const Actor& actor, Action action);
    // The roles that may do `action`.
    static QList<Role> rolesFor(Action action);
    // "review problem forms", for messages.
    static QString describe(Action action);
    // A role as people read it (supervisor → 主管 in zh_CN).
    static QString roleLabel(Role role);
};

} // namespace threerings
