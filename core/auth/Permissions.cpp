#include "core/auth/Permissions.h"

namespace threerings {

QList<Role> Permissions::rolesFor(Action action)
{
    constexpr Role agent = Role::Agent, handler = Role::Handler, supervisor = Role::Supervisor,
                   trainer = Role::Trainer, admin = Role::Admin, trainee = Role::Trainee;
    switch (action) {
    case Action::ReadLiveRecords:
        return {agent, handler, supervisor, trainer, admin};
    case Action::WriteForms:
        return {agent, handler, supervisor};
    case Action::HandleForms:
        return {handler, supervisor};
    case Action::ReadOthersWork:
        return {supervisor, admin};
    case Action::ManageCallbackPolicy:
        return {admin};
    case Action::ReviewProblemForm:
    case Action::ReadPenaltyOpinion:
    case Action::WritePenaltyOpinion:
        return {supervisor};
    case Action::ExportRecords:
        return {agent, handler, supervisor, admin};
    case Action::ReadAudit:
        return {supervisor, admin};
    case Action::ListAccounts:
        return {supervisor, admin};
    case Action::ManageAccounts:
    case Action::ManageScripts:
    case Action::ManageCalendar:
    case Action::ManageServer:
    case Action::ManagePhoneLine:
    case Action::ManageSite:
    case Action::ManageSetup:
        return {admin};
    case Action::WriteCustomers:
        return {agent, handler, supervisor, admin};
    case Action::MergeCustomers:
        return {supervisor, admin};
    case Action::UsePractice:
        return {agent, trainer, trainee, supervisor};
    case Action::ManageScenarios:
        return {trainer};
    case Action::ReadReports:
        return {supervisor, admin};
    case Action::SignOffCallbackSheet:
        return {supervisor};
    case Action::ReadTrainingProgress:
        return {trainer, supervisor, admin};
    case Action::ReadWords:
    case Action::ReadCalendar:
    case Action::ReadDepartments:
        return {agent, handler, supervisor, trainer, admin, trainee};
    case Action::TakeCalls:
        return {agent};
    }
    return {};
}

bool Permissions::allows(const Actor& actor, Action action)
{
    if (actor.system)
        return true;
    if (actor.isNobody())
        return false;
    for (Role role : rolesFor(action)) {
        if (actor.hasRole(role))
            return true;
    }
    return false;
}

Status Permissions::require(const Actor& actor, Action action)
{
    if (allows(actor, action))
        return {};
    if (actor.isNobody())
        return Error::refused(tr("Sign in first: only a signed-in person may %1.").arg(describe(action)));
    QStringList labels;
    for (Role r : rolesFor(action))
        labels << roleLabel(r);
    const QString roles = labels.join(tr(" or "));
    return Error::refused(tr("%1 may not %2: that needs the role %3. Ask an admin for the role, or ask "
                             "someone who has it.")
                              .arg(actor.label(), describe(action), roles));
}

QString Permissions::roleLabel(Role role)
{
    switch (role) {
    case Role::Agent:
        return tr("agent");
    case Role::Handler:
        return tr("handler");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Trainer:
        return tr("trainer");
    case Role::Trainee:
        return tr("trainee");
    case Role::Admin:
        return tr("admin");
    case Role::Unknown:
        break;
    }
    return tr("unknown role");
}

QString Permissions::describe(Action action)
{
    switch (action) {
    case Action::ReadLiveRecords:
        return tr("see the hotline's records (a trainee sees practice data only)");
    case Action::WriteForms:
        return tr("fill in or change the hotline's forms");
    case Action::ReviewProblemForm:
        return tr("review problem forms");
    case Action::HandleForms:
        return tr("record the handling plan or result of a problem form");
    case Action::ReadOthersWork:
        return tr("see another person's work list");
    case Action::ManageCallbackPolicy:
        return tr("change the callback policy");
    case Action::ReadPenaltyOpinion:
        return tr("read the penalty opinions of complaint reports");
    case Action::WritePenaltyOpinion:
        return tr("write the penalty opinions of complaint reports");
    case Action::ExportRecords:
        return tr("export the hotline's records");
    case Action::ReadAudit:
        return tr("read the audit trail");
    case Action::ListAccounts:
        return tr("list the accounts");
    case Action::ManageAccounts:
        return tr("manage accounts");
    case Action::ManageScripts:
        return tr("change the scripts and phrase lists");
    case Action::ManageCalendar:
        return tr("change the business calendar");
    case Action::ManageServer:
        return tr("set up the central server");
    case Action::ManagePhoneLine:
        return tr("set up the phone line");
    case Action::UsePractice:
        return tr("run practice calls");
    case Action::ManageScenarios:
        return tr("write and score practice scenarios");
    case Action::ReadReports:
        return tr("read the supervisor's reports");
    case Action::SignOffCallbackSheet:
        return tr("sign off the daily callback sheet");
    case Action::ReadTrainingProgress:
        return tr("see trainees' practice scores");
    case Action::ManageSite:
        return tr("export or import the site configuration");
    case Action::ManageSetup:
        return tr("set up the hotline's departments, outlets and products");
    case Action::WriteCustomers:
        return tr("add or correct customers and their devices");
    case Action::MergeCustomers:
        return tr("merge two records of one customer");
    case Action::ReadWords:
        return tr("read the scripts, phrase lists and knowledge base");
    case Action::ReadCalendar:
        return tr("read the business calendar");
    case Action::ReadDepartments:
        return tr("see the departments");
    case Action::TakeCalls:
        return tr("take the hotline's calls");
    }
    return {};
}

} // namespace threerings
