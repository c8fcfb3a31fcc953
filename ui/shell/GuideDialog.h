#pragma once

#include "core/model/Role.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QTextBrowser;

namespace threerings::ui {

// Help ▸ User guide: the guide of docs/guide for the person's role (agent, supervisor, trainer, admin) in
// the console's language, read in the console with its screenshots. The guides are found in the folder the
// console was given (ConsoleOptions::guideDir), else beside the installed executable
// (../share/doc/threerings/guide, where the package puts them), else in the source tree the build came from.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    // `roles` of the signed-in person choose the first guide shown; `language` is "zh_CN" or "en";
    // `firstDir` is looked in before the usual places.
    GuideDialog(const QList<Role>& roles, const QString& language, QWidget* parent = nullptr,
                const QString& firstDir = {});

    // The folder holding agent.en.md …: `firstDir` when it has them, else the usual places; empty when no
    // guide is found.
    static QString guideDir(const QString& firstDir = {});
    // The guide a person with `roles` reads first: agent, supervisor, trainer or admin (the role's text,
    // which names the guide's file).
    static QString roleFor(const QList<Role>& roles);
    // Shows the guide of `role` (<role>.<language>.md); false when its file is missing.
    bool showGuide(const QString& role);
    QTextBrowser* browser() const { return m_browser; }

private:
    QString m_language;
    QString m_firstDir;
    QComboBox* m_role = nullptr;
    QTextBrowser* m_browser = nullptr;
};

} // namespace threerings::ui
