#include "core/db/Database.h"
#include "core/model/CallbackRecord.h"
#include "core/model/PhoneNumber.h"
#include "core/report/ReportQueries.h"
#include "core/report/Reports.h"
#include "core/report/SheetParts.h"
#include "core/util/Clock.h"

#include <algorithm>
#include <tuple>

// The work lists: the daily callback sheet and the open items past or near their deadline.

namespace threerings {

using namespace sheets;

Result<Report> Reports::dailyCallbacks(const QDate& day) const
{
    ReportQueries q(m_db, m_clock);
    auto rows = q.callbackSheet(day);
    if (!rows)
        return rows.error();
    auto signOff = q.signOff(day);
    if (!signOff)
        return signOff.error();

    Report r = newSheet(QStringLiteral("daily-callbacks"), day.toString(Qt::ISODate), day, true);
    ReportSection s;
    s.key = QStringLiteral("callbacks");
    s.columns = {
        //: seed heading 对应号
        col("form_number", tr("Form no."), Type::Text, 18),
        //: seed heading 网点名称
        col("outlet", tr("Outlet"), Type::Text, 14),
        //: seed heading 受理人电话及姓名
        col("acceptor", tr("Acceptor's phone and name"), Type::Text, 20),
        //: seed heading 回访结果及对工程评价
        col("result", tr("Callback result and evaluation of the work"), Type::Text, 30),
        //: seed heading 维修人
        col("repairer", tr("Repairer"), Type::Text, 10),
        //: seed heading 故障等级
        col("fault_level", tr("Fault level"), Type::Text, 8),
        //: seed heading 备注
        col("remarks", tr("Remarks"), Type::Text, 14),
        //: seed heading 回访人
        col("callback_agent", tr("Called back by"), Type::Text, 10),
        col("state", tr("State"), Type::Text, 13),
    };
    int open = 0;
    for (const QVariantList& v : *rows) {
        QString outcomeText;
        switch (callbackOutcomeFromText(v[4].toString())) {
        case CallbackOutcome::Working:
            outcomeText = tr("working");
            break;
        case CallbackOutcome::NotWorking:
            outcomeText = tr("not working");
            break;
        case CallbackOutcome::Unreachable:
            outcomeText = tr("unreachable");
            break;
        case CallbackOutcome::None:
        case CallbackOutcome::Unknown:
            break;
        }
        QStringList result;
        for (const QString& part : {outcomeText, v[5].toString(), v[6].toString()}) {
            if (!part.trimmed().isEmpty())
                result << part.trimmed();
        }
        const bool done = callbackStateFromText(v[12].toString()) == CallbackState::Done;
        if (!done)
            ++open;
        QString state = done ? tr("done") : tr("open");
        if (!done && v[14].toString() < r.period)
            state = tr("open since %1").arg(v[14].toString());
        else if (!done && v[13].toInt() > 0)
            state = tr("open, %n attempt(s)", nullptr, v[13].toInt());
        s.rows << QVariantList{v[0],
                               v[1],
                               QStringList{PhoneNumber::display(v[2].toString()), v[3].toString()}
                                   .join(QLatin1Char(' '))
                                   .trimmed(),
                               result.join(QStringLiteral("; ")),
                               v[7],
                               v[8],
                               v[9],
                               v[10],
                               state};
    }
    r.sections << s;
    const QString manager = signOff->has_value() ? (*signOff)->signerName : QString();
    //: the footer of 用户回访统计表: 回访日期 / 技术经理
    r.footer << tr("Callback date: %1").arg(r.period) << tr("Technical manager: %1").arg(manager)
             << tr("%n callback(s), %1 still open", nullptr, int(s.rows.size())).arg(open);
    return r;
}

Result<Report> Reports::deadlines(const QDateTime& at, qint64 nearMinutes) const
{
    ReportQueries q(m_db, m_clock);
    const QTimeZone zone = m_calendar.timeZone();
    auto rows = q.openDeadlines(offsetMs(at.toTimeZone(zone).date()));
    if (!rows)
        return rows.error();
    struct Item
    {
        QVariantList values;
        QString department, handler;
        qint64 due = 0;
    };
    QList<Item> items;
    for (const QVariantList& v : *rows) {
        const QDateTime due = QDateTime::fromMSecsSinceEpoch(v[4].toLongLong(), zone);
        const qint64 left = m_calendar.workingMinutesBetween(at, due);
        if (left > nearMinutes)
            continue;
        const QString kind = v[0].toString();
        QString label;
        if (kind == QLatin1String("transfer"))
            label = tr("Problem form: transfer to a handler");
        else if (kind == QLatin1String("result"))
            label = tr("Problem form: handling result");
        else if (kind == QLatin1String("complaint_reply"))
            label = tr("Complaint: written reply");
        else if (kind == QLatin1String("complaint_callback"))
            label = tr("Complaint: call the customer back");
        else if (kind == QLatin1String("test"))
            label = tr("Consultation: caller's test result");
        else
            label = tr("Callback");
        Item it;
        it.department = v[3].toString();
        it.handler = v[2].toString();
        it.due = v[4].toLongLong();
        // A consultation without the caller's name is known by the phone, read out as the console
        // shows it.
        const QVariant number =
            kind == QLatin1String("test") ? QVariant(PhoneNumber::display(v[1].toString())) : v[1];
        it.values = {v[3],
                     v[2],
                     label,
                     number,
                     due.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     double(-left) / 60.0,
                     left < 0 ? tr("late") : tr("due soon")};
        items << it;
    }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return std::tie(a.department, a.handler, a.due) < std::tie(b.department, b.handler, b.due);
    });
    const QDateTime local = at.toTimeZone(zone);
    Report r = newSheet(QStringLiteral("deadlines"), local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        local.date(), true);
    ReportSection s;
    s.key = QStringLiteral("items");
    s.columns = {
        col("department", tr("Department"), Type::Text, 12),
        col("handler", tr("Handler"), Type::Text, 10),
        col("kind", tr("What"), Type::Text, 24),
        col("number", tr("Number"), Type::Text, 18),
        col("due", tr("Due"), Type::Text, 15),
        col("hours_late", tr("Working hours late"), Type::Real, 9),
        col("status", tr("Status"), Type::Text, 8),
    };
    int late = 0;
    for (const Item& it : items) {
        s.rows << it.values;
        if (it.values.at(5).toDouble() > 0)
            ++late;
    }
    r.sections << s;
    r.footer << tr("%1 late, %2 due within %3 working hours.")
                    .arg(late)
                    .arg(items.size() - late)
                    .arg(double(nearMinutes) / 60.0);
    return r;
}

} // namespace threerings
