// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// pipeline_probe (issue 12, "pipeline mode where a request makes several round trips"): what libpq's pipeline mode
// would save the hub. On an empty database of a PostgreSQL server (a table shaped like the hub's `rows`), one
// transaction of N statements of the kind a 50-change push sends (a primary-key read, then an upsert, alternately),
// sent one at a time (PQexecParams, as PostgresHubStorage does) and then all in one pipeline (PQsendQueryParams …
// PQpipelineSync), ROUNDS times each, alternating. Prints the wall time, the server process's CPU (/proc of
// pg_backend_pid()) and this client's CPU per transaction.
// Usage: pipeline_probe URL [N=750] [ROUNDS=20]
#include <libpq-fe.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

double processCpuMs(long pid)
{
    std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    std::istringstream rest(stat.substr(stat.rfind(')') + 2));
    std::string field;
    double ticks = 0;
    for (int i = 0; i < 13 && rest >> field; ++i)
        if (i >= 11)
            ticks += std::stod(field); // utime, stime
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double ownCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

bool ok(PGresult *r)
{
    const ExecStatusType s = PQresultStatus(r);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK || s == PGRES_PIPELINE_SYNC;
}

const char *const Read = "SELECT class_id, fields FROM probe_rows WHERE kind = $1 AND id = $2";
const char *const Write = "INSERT INTO probe_rows(kind, id, class_id, fields) VALUES($1, $2, $3, $4) "
                          "ON CONFLICT(kind, id) DO UPDATE SET fields = excluded.fields";

struct Statement
{
    const char *sql;
    std::vector<std::string> values;
};

std::vector<Statement> statements(int n, int round)
{
    std::vector<Statement> list;
    for (int i = 0; i < n; ++i) {
        const std::string id = "row-" + std::to_string(round) + "-" + std::to_string(i / 2);
        if (i % 2 == 0)
            list.push_back({Read, {"submission", id}});
        else
            list.push_back({Write, {"submission", id, "class-1", R"({"text":"Réponse de l'élève : 3/4 > 2/3."})"}});
    }
    return list;
}

std::vector<const char *> pointers(const Statement &s)
{
    std::vector<const char *> p;
    for (const std::string &v : s.values)
        p.push_back(v.c_str());
    return p;
}

bool oneAtATime(PGconn *c, const std::vector<Statement> &list)
{
    PQclear(PQexec(c, "BEGIN"));
    for (const Statement &s : list) {
        const std::vector<const char *> p = pointers(s);
        PGresult *r = PQexecParams(c, s.sql, int(p.size()), nullptr, p.data(), nullptr, nullptr, 0);
        const bool good = ok(r);
        PQclear(r);
        if (!good)
            return false;
    }
    PQclear(PQexec(c, "COMMIT"));
    return true;
}

bool pipelined(PGconn *c, const std::vector<Statement> &list)
{
    PQclear(PQexec(c, "BEGIN"));
    if (!PQenterPipelineMode(c))
        return false;
    for (const Statement &s : list) {
        const std::vector<const char *> p = pointers(s);
        if (!PQsendQueryParams(c, s.sql, int(p.size()), nullptr, p.data(), nullptr, nullptr, 0))
            return false;
    }
    PQpipelineSync(c);
    bool good = true;
    for (size_t i = 0; i < list.size(); ++i) {
        while (PGresult *r = PQgetResult(c)) { // the statement's result, then NULL
            good = good && ok(r);
            PQclear(r);
        }
    }
    PGresult *sync = PQgetResult(c); // PGRES_PIPELINE_SYNC
    good = good && PQresultStatus(sync) == PGRES_PIPELINE_SYNC;
    PQclear(sync);
    PQexitPipelineMode(c);
    PQclear(PQexec(c, "COMMIT"));
    return good;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: pipeline_probe URL [N] [ROUNDS]\n");
        return 2;
    }
    const int n = argc > 2 ? std::atoi(argv[2]) : 750;
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 20;
    PGconn *c = PQconnectdb(argv[1]);
    if (PQstatus(c) != CONNECTION_OK) {
        std::fprintf(stderr, "%s", PQerrorMessage(c));
        return 1;
    }
    PQclear(PQexec(c, "CREATE TABLE IF NOT EXISTS probe_rows(kind text COLLATE \"C\" NOT NULL, id text COLLATE \"C\" NOT NULL, "
                      "class_id text NOT NULL, fields text NOT NULL, PRIMARY KEY(kind, id))"));
    PGresult *pidResult = PQexec(c, "SELECT pg_backend_pid()");
    const long pid = std::atol(PQgetvalue(pidResult, 0, 0));
    PQclear(pidResult);
    double wall[2] = {0, 0}, server[2] = {0, 0}, client[2] = {0, 0};
    for (int round = 0; round < 2 * rounds; ++round) {
        const int mode = round % 2; // 0: one at a time, 1: pipelined
        const std::vector<Statement> list = statements(n, round);
        const double s0 = processCpuMs(pid), c0 = ownCpuMs();
        const auto t0 = std::chrono::steady_clock::now();
        if (!(mode ? pipelined(c, list) : oneAtATime(c, list))) {
            std::fprintf(stderr, "a statement failed: %s", PQerrorMessage(c));
            return 1;
        }
        wall[mode] += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        server[mode] += processCpuMs(pid) - s0;
        client[mode] += ownCpuMs() - c0;
    }
    PQclear(PQexec(c, "DROP TABLE probe_rows"));
    PQfinish(c);
    std::printf("| %d statements in one transaction | wall ms | server CPU ms | client CPU ms |\n|---|---|---|---|\n", n);
    const char *names[] = {"one at a time (PQexecParams)", "one pipeline (PQsendQueryParams, PQpipelineSync)"};
    for (int mode = 0; mode < 2; ++mode)
        std::printf("| %s | %.2f | %.2f | %.2f |\n", names[mode], wall[mode] / rounds, server[mode] / rounds, client[mode] / rounds);
    std::printf("\npipelined / one at a time: wall %.2f, server CPU %.2f (mean of %d transactions each, alternating)\n",
                wall[1] / wall[0], server[0] > 0 ? server[1] / server[0] : 0.0, rounds);
    return 0;
}
