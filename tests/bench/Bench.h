#pragma once

#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <vector>

namespace threerings {
class Clock;
class Database;
} // namespace threerings

namespace threerings::bench {

// One measured figure, printed as: figure=NAME value=X unit=U baseline=Y ratio=R
struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    double baseline = 0; // the same work done the plain way, measured in the same run
};

struct Options
{
    bool smoke = false;   // tiny sizes, to prove the figures still run (ctest)
    qint64 customers = 0; // override of the figure's size
    QString db;           // a database to reuse between runs, when a figure wants a big one
    QTemporaryDir* work = nullptr;
};

struct Entry
{
    QString name;
    QString description;
    std::function<std::vector<Figure>(const Options&)> run;
};

std::vector<Entry>& registry();

struct Register
{
    Register(QString name, QString description, std::function<std::vector<Figure>(const Options&)> run);
};

// Seconds taken by `work`, best of `repeat` runs.
double seconds(const std::function<void()>& work, int repeat = 1);

// A new database at `path` (any old file removed), with the defaults of a new hotline; aborts on error.
std::unique_ptr<Database> openFresh(const QString& path, const Clock& clock);
// Seconds for raw prepared inserts of `rows` customer rows with the C API, in one transaction.
double rawCustomerInserts(const QString& path, qint64 rows);

// Runs an SQL script with the raw C API on a file; aborts the benchmark on error.
void rawExec(const QString& path, const QString& sql);

} // namespace threerings::bench
