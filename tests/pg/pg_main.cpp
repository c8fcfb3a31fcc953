#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QStandardPaths>
#include <catch2/catch.hpp>
#include <cstdio>

// The replication tests need a PostgreSQL server: THREERINGS_TEST_PG_URL names a superuser of a
// throwaway cluster. Without one the run is skipped (exit 77, which ctest reports as skipped).
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    bool listing = false;
    for (int i = 1; i < argc; ++i)
        listing = listing || QByteArray(argv[i]).startsWith("--list");
    if (!listing && qEnvironmentVariableIsEmpty("THREERINGS_TEST_PG_URL")) {
        std::fprintf(stderr, "pg_tests skipped: no PostgreSQL cluster. Run scripts/test.sh, or "
                             "eval \"$(scripts/pg-cluster.sh start)\" first (and scripts/pg-cluster.sh stop "
                             "after).\n");
        return 77;
    }
    return Catch::Session().run(argc, argv);
}
