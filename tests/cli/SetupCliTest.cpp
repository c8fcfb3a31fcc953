// The hotline's own set-up from the command line: department and outlet commands, export of every kind import
// takes (CSV, JSON, XLSX), and import with a dry run that names each bad row and writes nothing.
#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace threerings;
using test::CliRun;
using test::runCli;

namespace {

struct Hotline
{
    Hotline()
    {
        path = t.path();
        t.db.reset();
        env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("admin-pass-1"));
        REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).code == 0);
        REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("user"), QStringLiteral("add"),
                        QStringLiteral("--job-number"), QStringLiteral("9001"), QStringLiteral("--name"),
                        QStringLiteral("赵磊"), QStringLiteral("--role"), QStringLiteral("admin")},
                       "admin-pass-1\n")
                    .code == 0);
    }
    CliRun as(const QStringList& rest) const
    {
        return runCli(
            QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("9001")} +
                rest,
            {}, env);
    }
    QString file(const QString& name, const QByteArray& bytes) const
    {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    QByteArray read(const QString& name) const
    {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

    test::TempDb t;
    QTemporaryDir dir;
    QString path;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
};

} // namespace

TEST_CASE("department and outlet commands add, change, retire and list")
{
    Hotline h;
    CliRun added = h.as({QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("技术支持部"), QStringLiteral("--kind"), QStringLiteral("technical"),
                         QStringLiteral("--head"), QStringLiteral("9001"), QStringLiteral("--phone"),
                         QStringLiteral("0532-88886666")});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    CliRun twice = h.as({QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("技术支持部")});
    CHECK(twice.code == 4);
    CHECK(twice.err.contains(QStringLiteral("department edit")));
    CliRun badPhone = h.as({QStringLiteral("department"), QStringLiteral("edit"), QStringLiteral("--name"),
                            QStringLiteral("技术支持部"), QStringLiteral("--phone"), QStringLiteral("12")});
    CHECK(badPhone.code == 4);
    CHECK(badPhone.err.contains(QStringLiteral("--phone: ")));
    CHECK(h.as({QStringLiteral("department"), QStringLiteral("edit"), QStringLiteral("--name"),
                QStringLiteral("技术支持部"), QStringLiteral("--routes"), QStringLiteral("technical,other")})
              .code == 0);
    CliRun missing = h.as({QStringLiteral("department"), QStringLiteral("edit"), QStringLiteral("--name"),
                           QStringLiteral("不存在")});
    CHECK(missing.code == 4);

    REQUIRE(h.as({QStringLiteral("outlet"), QStringLiteral("add"), QStringLiteral("--code"),
                  QStringLiteral("QD01"), QStringLiteral("--name"), QStringLiteral("青岛维修中心"),
                  QStringLiteral("--kind"), QStringLiteral("特约点"), QStringLiteral("--city"),
                  QStringLiteral("青岛")})
                .code == 0);
    REQUIRE(h.as({QStringLiteral("outlet"), QStringLiteral("retire"), QStringLiteral("--code"),
                  QStringLiteral("QD01")})
                .code == 0);
    CliRun list = h.as({QStringLiteral("outlet"), QStringLiteral("list")});
    REQUIRE(list.code == 0);
    CHECK_FALSE(list.out.contains(QStringLiteral("QD01")));
    CliRun all = h.as({QStringLiteral("outlet"), QStringLiteral("list"), QStringLiteral("--all")});
    CHECK(all.out.contains(QStringLiteral("QD01\t青岛维修中心\tappointed")));
    CliRun departments = h.as({QStringLiteral("department"), QStringLiteral("list")});
    CHECK(departments.out.contains(
        QStringLiteral("技术支持部\ttechnical\t9001\t+8653288886666\ttechnical,other\t1")));

    // Nobody else may: an agent is refused (exit 3).
    QProcessEnvironment agentEnv = h.env;
    agentEnv.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("agent-pass-1"));
    REQUIRE(runCli({QStringLiteral("--db"), h.path, QStringLiteral("--user"), QStringLiteral("9001"),
                    QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--job-number"),
                    QStringLiteral("1001"), QStringLiteral("--name"), QStringLiteral("王芳"),
                    QStringLiteral("--role"), QStringLiteral("agent")},
                   "agent-pass-1\n", h.env)
                .code == 0);
    CliRun refused = runCli({QStringLiteral("--db"), h.path, QStringLiteral("--user"), QStringLiteral("1001"),
                             QStringLiteral("outlet"), QStringLiteral("add"), QStringLiteral("--code"),
                             QStringLiteral("X1"), QStringLiteral("--name"), QStringLiteral("X")},
                            {}, agentEnv);
    CHECK(refused.code == 3);
}

TEST_CASE("import: a dry run names every bad row, a real run is all or nothing, export gives it back")
{
    Hotline h;
    const QString bad =
        h.file(QStringLiteral("outlets.csv"), "\xEF\xBB\xBF网点编码,网点名称,类型,省份,城市,电话\r\n"
                                              "QD01,青岛维修中心,特约点,山东,青岛,0532-88886666\r\n"
                                              "JN01,济南服务站,自办点,山东,济南,123\r\n"
                                              "QD01,重复,特约点,山东,青岛,\r\n");
    CliRun dry = h.as({QStringLiteral("import"), QStringLiteral("outlets"), QStringLiteral("--file"), bad,
                       QStringLiteral("--dry-run")});
    CHECK(dry.code == 4);
    // The columns are named as the file heads them.
    CHECK(dry.err.contains(QStringLiteral("outlets.csv, row 3, column 电话: ")));
    CHECK(dry.err.contains(QStringLiteral("outlets.csv, row 4, column 网点编码: ")));
    CliRun real = h.as({QStringLiteral("import"), QStringLiteral("outlets"), QStringLiteral("--file"), bad});
    CHECK(real.code == 4);
    CHECK(h.as({QStringLiteral("outlet"), QStringLiteral("list")}).out.count(QLatin1Char('\n')) ==
          1); // header only

    const QString good =
        h.file(QStringLiteral("good.csv"), "网点编码,网点名称,类型,省份,城市,电话\r\n"
                                           "QD01,青岛维修中心,特约点,山东,青岛,0532-88886666\r\n"
                                           "JN01,\"济南服务站, 历下\",自办点,山东,济南,\r\n");
    CliRun checked = h.as({QStringLiteral("import"), QStringLiteral("outlets"), QStringLiteral("--file"),
                           good, QStringLiteral("--dry-run")});
    INFO(checked.err.toStdString());
    REQUIRE(checked.code == 0);
    CHECK(checked.out.contains(QStringLiteral("2 new")));
    REQUIRE(
        h.as({QStringLiteral("import"), QStringLiteral("outlets"), QStringLiteral("--file"), good}).code ==
        0);
    CliRun again =
        h.as({QStringLiteral("import"), QStringLiteral("outlets"), QStringLiteral("--file"), good});
    CHECK(again.out.contains(QStringLiteral("0 new, 0 changed, 2 unchanged")));

    // export → import into an empty file → export gives the same rows, in CSV and in XLSX.
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        const QString out = h.dir.filePath(QStringLiteral("out.") + format);
        REQUIRE(h.as({QStringLiteral("export"), QStringLiteral("outlets"), QStringLiteral("--format"), format,
                      QStringLiteral("--out"), out})
                    .code == 0);
        Hotline other;
        CliRun in =
            other.as({QStringLiteral("import"), QStringLiteral("outlets"), QStringLiteral("--file"), out});
        INFO(in.err.toStdString());
        REQUIRE(in.code == 0);
        CHECK(in.out.contains(QStringLiteral("2 new")));
        const QString first = h.as({QStringLiteral("export"), QStringLiteral("outlets"),
                                    QStringLiteral("--format"), QStringLiteral("csv")})
                                  .out;
        const QString second = other
                                   .as({QStringLiteral("export"), QStringLiteral("outlets"),
                                        QStringLiteral("--format"), QStringLiteral("csv")})
                                   .out;
        CHECK(first == second);
        CHECK(first.contains(QStringLiteral("\"济南服务站, 历下\"")));
    }
    CliRun json = h.as({QStringLiteral("export"), QStringLiteral("departments"), QStringLiteral("--format"),
                        QStringLiteral("json")});
    CHECK(json.code == 0);
    CliRun dated = h.as({QStringLiteral("export"), QStringLiteral("outlets"), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("2026-01-01")});
    CHECK(dated.code == 2);
    CliRun wrongFile = h.as({QStringLiteral("import"), QStringLiteral("outlets"), QStringLiteral("--file"),
                             h.file(QStringLiteral("outlets.txt"), "x")});
    CHECK(wrongFile.code == 4);
}

TEST_CASE("every set-up kind round-trips: export, import into an empty file, export gives the same rows")
{
    Hotline h;
    const auto importFile = [](const Hotline& into, const QString& kind, const QString& file) {
        CliRun in = into.as({QStringLiteral("import"), kind, QStringLiteral("--file"), file});
        INFO(kind.toStdString() << ": " << in.err.toStdString());
        REQUIRE(in.code == 0);
        return in.out;
    };
    // A new hotline's lists, as a spreadsheet with Chinese headings would give them.
    importFile(
        h, QStringLiteral("departments"),
        h.file(QStringLiteral("d.csv"), "部门名称,类型,电话\r\n技术支持部,technical,0532-88886666\r\n"));
    importFile(
        h, QStringLiteral("outlets"),
        h.file(QStringLiteral("o.csv"), "网点编码,网点名称,类型,城市\r\nQD01,青岛维修中心,自办点,青岛\r\n"));
    importFile(
        h, QStringLiteral("products"),
        h.file(QStringLiteral("p.csv"), "型号,产品,保修月数\r\nGRG-H22N,ATM,24\r\nDS-2CD,安防,12\r\n"));
    importFile(h, QStringLiteral("customers"),
               h.file(QStringLiteral("c.csv"),
                      "用户姓名,用户单位,手机,办公电话,网点编码,通讯地址\r\n"
                      "王伟,青岛农商银行,138 0013 8000,0532-8888 1234,QD01,市南区\r\n"
                      "李娜,,13900139000,,,\r\n"));
    importFile(h, QStringLiteral("devices"),
               h.file(QStringLiteral("v.csv"), "出厂编号,型号,用户电话,网点编码,安装日期,发票日期\r\n"
                                               "SN001,GRG-H22N,13800138000,QD01,2026/3/1,2026-03-05\r\n"
                                               "SN002,DS-2CD,139 0013 9000,,,\r\n"));
    CHECK(importFile(h, QStringLiteral("accounts"),
                     h.file(QStringLiteral("a.csv"), "工号,姓名,角色,部门\r\n1001,王芳,坐席,技术支持部\r\n"
                                                     "3001,刘洋,\"主管,坐席\",\r\n"))
              .contains(QStringLiteral("2 new")));
    // The device's warranty came from its product (24 months from the invoice).
    CHECK(h.as({QStringLiteral("export"), QStringLiteral("devices"), QStringLiteral("--format"),
                QStringLiteral("csv")})
              .out.contains(QStringLiteral("2028-03-04")));

    const QStringList kinds{QStringLiteral("departments"), QStringLiteral("outlets"),
                            QStringLiteral("products"),    QStringLiteral("customers"),
                            QStringLiteral("devices"),     QStringLiteral("accounts")};
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        Hotline other;
        for (const QString& kind : kinds) {
            const QString out = h.dir.filePath(kind + QLatin1Char('.') + format);
            REQUIRE(h.as({QStringLiteral("export"), kind, QStringLiteral("--format"), format,
                          QStringLiteral("--out"), out})
                        .code == 0);
            importFile(other, kind, out);
            const auto csv = [&kind](const Hotline& of) {
                return of
                    .as({QStringLiteral("export"), kind, QStringLiteral("--format"), QStringLiteral("csv")})
                    .out;
            };
            INFO(format.toStdString() << " " << kind.toStdString());
            CHECK(csv(h) == csv(other));
            // Importing the same file again changes nothing.
            CHECK(importFile(other, kind, out).contains(QStringLiteral("0 new, 0 changed")));
        }
    }
    // People come without passwords: a new one cannot sign in until an admin gives them one.
    CliRun noPassword =
        runCli({QStringLiteral("--db"), h.path, QStringLiteral("--user"), QStringLiteral("1001"),
                QStringLiteral("outlet"), QStringLiteral("list")},
               {}, [] {
                   auto env = QProcessEnvironment::systemEnvironment();
                   env.insert(QStringLiteral("THREERINGS_PASSWORD"), QStringLiteral("guess-1234"));
                   return env;
               }());
    CHECK(noPassword.code != 0);
}
