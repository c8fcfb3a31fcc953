#pragma once

#include "core/training/Scorecard.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace threerings::ui {

// The scorecard of a practice call as a one-page PDF (QPdfWriter, Gui only: the command line prints JSON).
class ScorecardPdf
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardPdf)

public:
    static Status write(const Scorecard& card, const QString& traineeLabel, const QString& when,
                        const QString& path);
};

} // namespace threerings::ui
