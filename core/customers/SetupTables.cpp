#include "core/customers/SetupTables.h"

#include "core/auth/DepartmentRepository.h"
#include "core/auth/Permissions.h"
#include "core/auth/UserRepository.h"
#include "core/customers/OutletRepository.h"
#include "core/db/Database.h"
#include "core/util/CsvCell.h"
#include "core/util/OwnerOnly.h"
#include "core/words/KnowledgeRepository.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <limits>
#include <xlsxwriter.h>

namespace threerings {

SetupTables::SetupTables(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QStringList SetupTables::kinds()
{
    return {QStringLiteral("departments"), QStringLiteral("outlets"),   QStringLiteral("knowledge"),
            QStringLiteral("products"),    QStringLiteral("customers"), QStringLiteral("devices"),
            QStringLiteral("calendar"),    QStringLiteral("accounts")};
}

QString SetupTables::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("departments"))
        return tr("departments");
    if (kind == QLatin1String("outlets"))
        return tr("outlets");
    if (kind == QLatin1String("knowledge"))
        return tr("knowledge-base entries");
    if (kind == QLatin1String("products"))
        return tr("products");
    if (kind == QLatin1String("customers"))
        return tr("customers");
    if (kind == QLatin1String("devices"))
        return tr("devices");
    if (kind == QLatin1String("calendar"))
        return tr("calendar days (holidays and swapped working days)");
    if (kind == QLatin1String("accounts"))
        return tr("people (accounts, without passwords)");
    return kind;
}

QString SetupTables::matchedBy(const QString& kind)
{
    if (kind == QLatin1String("outlets"))
        return tr("their code");
    if (kind == QLatin1String("knowledge"))
        return tr("their title");
    if (kind == QLatin1String("products"))
        return tr("their model");
    if (kind == QLatin1String("customers"))
        return tr("any of their phone numbers");
    if (kind == QLatin1String("devices"))
        return tr("their serial number");
    if (kind == QLatin1String("calendar"))
        return tr("their day");
    if (kind == QLatin1String("accounts"))
        return tr("their job number");
    return tr("their name");
}

QList<SetupTables::Column> SetupTables::columns(const QString& kind)
{
    // The Chinese headers are the handbooks' words, whatever the interface language.
    if (kind == QLatin1String("departments"))
        return {{QStringLiteral("name"), QStringLiteral("部门名称"), true},
                {QStringLiteral("kind"), QStringLiteral("类型"), false},
                {QStringLiteral("head"), QStringLiteral("主管工号"), false},
                {QStringLiteral("phone"), QStringLiteral("电话"), false},
                {QStringLiteral("routes"), QStringLiteral("转交类别"), false},
                {QStringLiteral("active"), QStringLiteral("在用"), false}};
    if (kind == QLatin1String("outlets"))
        return {{QStringLiteral("code"), QStringLiteral("网点编码"), true},
                {QStringLiteral("name"), QStringLiteral("网点名称"), true},
                {QStringLiteral("kind"), QStringLiteral("类型"), false},
                {QStringLiteral("province"), QStringLiteral("省份"), false},
                {QStringLiteral("city"), QStringLiteral("城市"), false},
                {QStringLiteral("phone"), QStringLiteral("电话"), false},
                {QStringLiteral("address"), QStringLiteral("地址"), false},
                {QStringLiteral("active"), QStringLiteral("在用"), false}};
    if (kind == QLatin1String("knowledge"))
        return {{QStringLiteral("title"), QStringLiteral("标题"), true},
                {QStringLiteral("kind"), QStringLiteral("类型"), false},
                {QStringLiteral("category"), QStringLiteral("分类"), false},
                {QStringLiteral("body"), QStringLiteral("内容"), false},
                {QStringLiteral("tags"), QStringLiteral("关键词"), false},
                {QStringLiteral("active"), QStringLiteral("在用"), false}};
    if (kind == QLatin1String("products"))
        return {{QStringLiteral("model"), QStringLiteral("型号"), true},
                {QStringLiteral("product"), QStringLiteral("产品"), true},
                {QStringLiteral("warranty_months"), QStringLiteral("保修月数"), false},
                {QStringLiteral("active"), QStringLiteral("在用"), false}};
    if (kind == QLatin1String("customers"))
        return {{QStringLiteral("name"), QStringLiteral("用户姓名"), true},
                {QStringLiteral("unit"), QStringLiteral("用户单位"), false},
                {QStringLiteral("phone_mobile"), QStringLiteral("手机"), false},
                {QStringLiteral("phone_office"), QStringLiteral("办公电话"), false},
                {QStringLiteral("phone_other"), QStringLiteral("其他电话"), false},
                {QStringLiteral("outlet"), QStringLiteral("网点编码"), false},
                {QStringLiteral("address"), QStringLiteral("通讯地址"), false},
                {QStringLiteral("notes"), QStringLiteral("备注"), false}};
    if (kind == QLatin1String("devices"))
        return {{QStringLiteral("serial_number"), QStringLiteral("出厂编号"), true},
                {QStringLiteral("model"), QStringLiteral("型号"), false},
                {QStringLiteral("product"), QStringLiteral("产品"), false},
                {QStringLiteral("customer_phone"), QStringLiteral("用户电话"), false},
                {QStringLiteral("outlet"), QStringLiteral("网点编码"), false},
                {QStringLiteral("installed_on"), QStringLiteral("安装日期"), false},
                {QStringLiteral("invoice_date"), QStringLiteral("发票日期"), false},
                {QStringLiteral("warranty_end"), QStringLiteral("保修截止"), false}};
    if (kind == QLatin1String("accounts"))
        return {{QStringLiteral("job_number"), QStringLiteral("工号"), true},
                {QStringLiteral("name"), QStringLiteral("姓名"), true},
                {QStringLiteral("roles"), QStringLiteral("角色"), false},
                {QStringLiteral("department"), QStringLiteral("部门"), false},
                {QStringLiteral("active"), QStringLiteral("在用"), false}};
    if (kind == QLatin1String("calendar"))
        return {{QStringLiteral("day"), QStringLiteral("日期"), true},
                {QStringLiteral("kind"), QStringLiteral("类型"), false},
                {QStringLiteral("name"), QStringLiteral("名称"), false}};
    return {};
}

Result<QList<QStringList>> SetupTables::rows(const Actor& actor, const QString& kind) const
{
    if (!kinds().contains(kind))
        return Error::usage(
            tr("Unknown kind '%1'; choose one of: %2.").arg(kind, kinds().join(QLatin1Char(' '))));
    if (Status s = Permissions::require(actor, Action::ExportRecords); !s)
        return s.error();
    if (kind == QLatin1String("accounts")) {
        if (Status s = Permissions::require(actor, Action::ListAccounts); !s)
            return s.error();
        return accountRows();
    }
    if (kind == QLatin1String("products") || kind == QLatin1String("customers") ||
        kind == QLatin1String("devices"))
        return customerRows(kind);
    QList<QStringList> out;
    QStringList header;
    for (const Column& c : columns(kind))
        header << c.key;
    out << header;
    const QString yes = QStringLiteral("1"), no = QStringLiteral("0");
    if (kind == QLatin1String("calendar")) {
        if (Status s = calendarRows(actor, out); !s)
            return s.error();
    } else if (kind == QLatin1String("departments")) {
        auto people = UserRepository(m_db, m_clock).list();
        if (!people)
            return people.error();
        QHash<QString, QString> jobOf;
        for (const User& u : people.value())
            jobOf.insert(u.meta.id, u.jobNumber);
        auto all = DepartmentRepository(m_db, m_clock).list();
        if (!all)
            return all.error();
        for (const Department& d : all.value())
            out << QStringList{d.name,
                               d.kind,
                               jobOf.value(d.headUserId),
                               d.phone,
                               DepartmentRepository::routesText(d.routes),
                               d.active ? yes : no};
    } else if (kind == QLatin1String("knowledge")) {
        auto all = KnowledgeRepository(m_db, m_clock).search({}, std::numeric_limits<int>::max(), {}, true);
        if (!all)
            return all.error();
        for (const KbEntry& e : all.value())
            out << QStringList{e.title, e.kind, e.category, e.body, e.tags, e.active ? yes : no};
    } else {
        auto all = OutletRepository(m_db, m_clock).list();
        if (!all)
            return all.error();
        for (const Outlet& o : all.value())
            out << QStringList{o.code, o.name,  o.kind,    o.province,
                               o.city, o.phone, o.address, o.active ? yes : no};
    }
    return out;
}

namespace {

Status writeXlsx(const QList<QStringList>& rows, const QString& sheetName, QIODevice& out)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::io(SetupTables::tr("Cannot make a temporary folder for the spreadsheet: %1.")
                             .arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    {
        const OwnerOnly::Scope ownerOnly;
        const QByteArray file = QFile::encodeName(path);
        lxw_workbook* book = workbook_new(file.constData());
        if (!book)
            return Error::io(SetupTables::tr("Cannot write the spreadsheet in %1.").arg(dir.path()));
        lxw_format* head = workbook_add_format(book);
        format_set_bold(head);
        lxw_format* text = workbook_add_format(book);
        format_set_num_format(text, "@"); // phones and codes stay text, never numbers
        const QByteArray name = sheetName.left(31).toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(book, name.constData());
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows.at(r).size(); ++c) {
                const QByteArray v = rows.at(r).at(c).toUtf8();
                worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), v.constData(),
                                       r == 0 ? head : text);
            }
        if (!rows.isEmpty())
            worksheet_set_column(sheet, 0, lxw_col_t(rows.first().size() - 1), 18, nullptr);
        if (workbook_close(book) != LXW_NO_ERROR)
            return Error::io(SetupTables::tr("Cannot write the spreadsheet in %1.").arg(dir.path()));
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(SetupTables::tr("Cannot read the spreadsheet back: %1.").arg(f.errorString()));
    const QByteArray bytes = f.readAll();
    if (out.write(bytes) != bytes.size())
        return Error::io(SetupTables::tr("Cannot write the export: %1.").arg(out.errorString()));
    return {};
}

} // namespace

Result<qint64> SetupTables::write(const Actor& actor, const QString& kind, Format format,
                                  QIODevice& out) const
{
    auto table = rows(actor, kind);
    if (!table)
        return table.error();
    const QList<QStringList>& all = table.value();
    const QStringList header = all.value(0);
    if (format == Format::Xlsx) {
        if (Status s = writeXlsx(all, kind, out); !s)
            return s.error();
        return qint64(all.size() - 1);
    }
    QByteArray bytes;
    for (int r = 0; r < all.size(); ++r) {
        if (format == Format::Json) {
            if (r == 0)
                continue;
            QJsonObject o;
            for (int c = 0; c < header.size(); ++c)
                o.insert(header.at(c), all.at(r).value(c));
            bytes += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
            continue;
        }
        QByteArray line;
        for (int c = 0; c < all.at(r).size(); ++c) {
            if (c > 0)
                line += ',';
            csv::appendCell(line, all.at(r).at(c).toUtf8());
        }
        bytes += line + "\r\n";
    }
    if (out.write(bytes) != bytes.size())
        return Error::io(tr("Cannot write the export: %1.").arg(out.errorString()));
    return qint64(all.size() - 1);
}

QStringList SetupTables::describe(const QString& file, const Outcome& outcome)
{
    QStringList lines;
    for (const Problem& p : outcome.problems) {
        if (p.row == 0)
            lines << tr("%1: %2").arg(file, p.message);
        else if (p.column.isEmpty())
            lines << tr("%1, row %2: %3").arg(file).arg(p.row).arg(p.message);
        else
            lines << tr("%1, row %2, column %3: %4").arg(file).arg(p.row).arg(p.column, p.message);
    }
    return lines;
}

} // namespace threerings
