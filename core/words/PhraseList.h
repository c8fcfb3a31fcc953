#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace threerings {

// A banned phrase (服务禁语, SPEC §5) and what to say instead. `variants` are other written forms of
// the same phrase (the seed's own wording, common rephrasings) that are caught as the phrase.
struct BannedPhrase
{
    QString phrase;
    QString suggestion;
    QStringList variants;
    QString note; // when it applies, e.g. "before the facts are known"
};

// One step of the complaint-handling order (000 §4.1).
struct ComplaintStep
{
    QString step;
    QString detail;
};

// The words of one language: banned phrases with alternatives, the ten standard phrases and the
// complaint-handling order. Data (resources/data/phrases/<language>.json, or the database's copy
// an admin edited), never code.
struct PhraseList
{
    Q_DECLARE_TR_FUNCTIONS(PhraseList)

public:
    QString language;
    QList<BannedPhrase> banned;
    QStringList standard;
    QList<ComplaintStep> complaintOrder;

    // Parses the JSON form; an error names the line and the field and says how to fix it.
    static Result<PhraseList> fromJson(const QByteArray& json);
    QByteArray toJson() const;
    // The list shipped for `language` (":/data/phrases/<language>.json"); en when there is none.
    static Result<PhraseList> shipped(const QString& language);
    static Result<PhraseList> fromFile(const QString& path);
};

} // namespace threerings
