// Words figures: the banned-phrase check of a note, the knowledge-base search.

#include "Bench.h"
#include "core/db/Database.h"
#include "core/site/Defaults.h"
#include "core/util/Clock.h"
#include "core/words/KnowledgeRepository.h"
#include "core/words/PhraseList.h"
#include "core/words/PhraseMatcher.h"
#include "core/words/TextNormalizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace threerings::bench {

namespace {

// Common characters of hotline notes, so synthetic phrases and notes look like the real thing.
const QString& alphabet()
{
    static const QString a = QStringLiteral(
        "用户来电反映设备故障工程师维修网点银行自助缴费机打印凭条纸卡钞吞卡读卡器监控摄像录像报警探测电源网络"
        "重启检查更换配件价格合同保养服务部门技术支持投诉回访处理方案记录转交确认满意时间地点联系电话地址问题"
        "情况正常运行噪音质量型号产品新老销售购买退换货标准设计无法不能没有办法凑合清楚知道可能现在等到后再"
        "修");
    return a;
}

QString randomText(QRandomGenerator& rng, int length)
{
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += alphabet().at(int(rng.bounded(alphabet().size())));
    return s;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

const Register phraseCheck(
    QStringLiteral("phrase-check"),
    QStringLiteral("microseconds to check a 4 KB note against 2,000 banned phrases (folding included); "
                   "baseline: QString::contains per phrase on the raw note"),
    [](const Options& o) {
        QRandomGenerator rng(5);
        QList<BannedPhrase> phrases = PhraseList::shipped(QStringLiteral("zh_CN")).value().banned;
        const int count = o.smoke ? 200 : 2000;
        while (phrases.size() < count)
            phrases.append({randomText(rng, 4 + int(rng.bounded(7))), QStringLiteral("…"), {}, {}});
        // About 4 KB of UTF-8: ~1,360 Chinese characters with a few banned phrases and punctuation.
        QString note;
        while (note.toUtf8().size() < 4096 - 60) {
            note += randomText(rng, 20) + QStringLiteral(",");
            if (rng.bounded(10) == 0)
                note += phrases[int(rng.bounded(16))].phrase;
        }
        TextNormalizer::warmUp();
        const PhraseMatcher matcher(phrases);
        const int repeat = o.smoke ? 20 : 500;
        qsizetype found = 0;
        const double ours = seconds(
            [&] {
                for (int i = 0; i < repeat; ++i)
                    found += matcher.find(note).size();
            },
            3);
        qsizetype plain = 0;
        const double baseline = seconds(
            [&] {
                for (int i = 0; i < repeat; ++i) {
                    for (const BannedPhrase& p : phrases)
                        plain += note.contains(p.phrase) ? 1 : 0;
                }
            },
            3);
        if (found == 0 || plain == 0)
            std::fprintf(stderr, "threerings-bench: phrase-check found nothing (%lld, %lld)\n",
                         static_cast<long long>(found), static_cast<long long>(plain));
        return std::vector<Figure>{{QStringLiteral("phrase-check"), ours / repeat * 1e6, QStringLiteral("us"),
                                    baseline / repeat * 1e6}};
    });

const Register kbSearch(
    QStringLiteral("kb-search-p95"),
    QStringLiteral("p95 milliseconds of KnowledgeRepository::search over 100k entries (queries of 1 to 4 "
                   "characters); baseline: the same queries as raw SQLite (FTS5 MATCH, LIKE when short)"),
    [](const Options& o) {
        const qint64 entries = o.customers > 0 ? o.customers : (o.smoke ? 2000 : 100000);
        SystemClock clock;
        const QString path = o.work->filePath(QStringLiteral("kb.sqlite"));
        QFile::remove(path);
        auto opened = Database::open(path, Database::Open::CreateIfMissing);
        if (!opened || !Defaults::ensure(**opened, clock)) {
            std::fprintf(stderr, "threerings-bench: cannot create %s\n", qPrintable(path));
            std::exit(4);
        }
        auto db = std::move(opened).value();
        // Bulk load with the C API (the triggers fill the index); loading is not what is measured.
        QRandomGenerator rng(7);
        sqlite3* raw = db->handle();
        sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt* ins = nullptr;
        sqlite3_prepare_v2(
            raw,
            "INSERT INTO kb_entries (id, kind, title, body, tags, language, created_at, updated_at) "
            "VALUES (?, 'solution', ?, ?, '', 'zh_CN', 0, 0)",
            -1, &ins, nullptr);
        QStringList sample;
        for (qint64 i = 0; i < entries; ++i) {
            const QByteArray id = QByteArray("kb-") + QByteArray::number(i);
            const QString title = randomText(rng, 8);
            const QString body = randomText(rng, 60);
            if (i % 97 == 0)
                sample << body;
            const QByteArray t = title.toUtf8(), b = body.toUtf8();
            sqlite3_bind_text(ins, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(ins, 2, t.constData(), int(t.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(ins, 3, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            sqlite3_step(ins);
            sqlite3_reset(ins);
        }
        sqlite3_finalize(ins);
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);

        // Queries as an agent types them: prefixes of 1 to 4 characters of a word in some entry.
        QStringList queries;
        for (int i = 0; i < (o.smoke ? 40 : 400); ++i) {
            const QString& s = sample.at(int(rng.bounded(sample.size())));
            const int len = 1 + i % 4;
            queries << s.mid(int(rng.bounded(s.size() - len)), len);
        }
        KnowledgeRepository kb(*db, clock);
        std::vector<double> ours;
        for (const QString& q : queries) {
            QElapsedTimer t;
            t.start();
            auto r = kb.search(q, 20);
            ours.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!r)
                std::fprintf(stderr, "threerings-bench: %s\n", qPrintable(r.error().message));
        }
        sqlite3_stmt* fts = nullptr;
        sqlite3_prepare_v2(raw, "SELECT rowid FROM kb_fts WHERE kb_fts MATCH ? LIMIT 20", -1, &fts, nullptr);
        sqlite3_stmt* like = nullptr;
        sqlite3_prepare_v2(
            raw, "SELECT seq FROM kb_entries WHERE title LIKE ?1 OR body LIKE ?1 OR tags LIKE ?1 LIMIT 20",
            -1, &like, nullptr);
        std::vector<double> base;
        for (const QString& q : queries) {
            const bool shortQuery = q.size() < 3;
            const QByteArray arg = (shortQuery ? QLatin1Char('%') + q + QLatin1Char('%')
                                               : QLatin1Char('"') + q + QLatin1Char('"'))
                                       .toUtf8();
            sqlite3_stmt* st = shortQuery ? like : fts;
            QElapsedTimer t;
            t.start();
            sqlite3_bind_text(st, 1, arg.constData(), int(arg.size()), SQLITE_TRANSIENT);
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
            sqlite3_reset(st);
            base.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        sqlite3_finalize(fts);
        sqlite3_finalize(like);
        return std::vector<Figure>{{QStringLiteral("kb-search-p95"), percentile(ours, 0.95),
                                    QStringLiteral("ms"), percentile(base, 0.95)}};
    });

} // namespace

} // namespace threerings::bench
