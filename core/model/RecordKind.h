#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace threerings {

// Every kind of record a person opens, drafts or is notified about. Each is stored under two
// spellings: its table ("problem_forms": notifications.record_table, the outbox, the audit trail) and
// its form key ("problem_form": drafts.kind, the form windows). RecordKinds is the one table between
// the kinds and both spellings; code compares kinds, never the spellings.
enum class RecordKind
{
    ProblemForm,
    Consultation,
    Callback,
    Complaint,
    ComplaintReport,
    Rating,
    Customer,
    Call,
    Unknown, // stored text this version does not know (a newer console wrote it, or the row is damaged)
};

class RecordKinds
{
    Q_DECLARE_TR_FUNCTIONS(RecordKind)

public:
    // Every known kind, in the table's order (Unknown is not one).
    static QList<RecordKind> all();
    // The kind a table name or a form key names; Unknown when it names none.
    static RecordKind fromTable(QStringView table);
    static RecordKind fromKey(QStringView key);
    // The spellings as stored; empty for Unknown.
    static QString table(RecordKind kind);
    static QString key(RecordKind kind);
    // The kind as people read it: "Problem form" (问题处理表 in zh_CN).
    static QString name(RecordKind kind);
};

} // namespace threerings
