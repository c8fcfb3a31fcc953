#include "ui/shell/GuideDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {
// The roles with a guide of their own, in the order roleFor prefers them; a trainee reads the agent's.
constexpr Role guideRoles[] = {Role::Agent, Role::Supervisor, Role::Trainer, Role::Admin};
} // namespace

QString GuideDialog::guideDir(const QString& firstDir)
{
    QStringList candidates;
    if (!firstDir.isEmpty())
        candidates << firstDir;
    candidates << QDir(QCoreApplication::applicationDirPath())
                      .absoluteFilePath(QStringLiteral("../share/doc/threerings/guide"));
#ifdef THREERINGS_SOURCE_GUIDE_DIR
    candidates << QStringLiteral(THREERINGS_SOURCE_GUIDE_DIR);
#endif
    for (const QString& dir : candidates)
        if (QFile::exists(QDir(dir).filePath(QStringLiteral("agent.en.md"))))
            return QDir(dir).absolutePath();
    return {};
}

QString GuideDialog::roleFor(const QList<Role>& roles)
{
    // The guide of the work a person does most at the console.
    for (Role role : guideRoles)
        if (roles.contains(role))
            return roleText(role);
    return roleText(Role::Agent);
}

GuideDialog::GuideDialog(const QList<Role>& roles, const QString& language, QWidget* parent,
                         const QString& firstDir)
    : QDialog(parent), m_language(language == QLatin1String("zh_CN") ? language : QStringLiteral("en")),
      m_firstDir(firstDir)
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("User guide"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("guideRole"));
    m_role->addItem(tr("Agent"), roleText(Role::Agent));
    m_role->addItem(tr("Supervisor"), roleText(Role::Supervisor));
    m_role->addItem(tr("Trainer"), roleText(Role::Trainer));
    m_role->addItem(tr("Admin"), roleText(Role::Admin));
    auto* label = new QLabel(tr("&Guide for:"), this);
    label->setBuddy(m_role);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_role);
    top->addStretch();
    auto* col = new QVBoxLayout(this);
    col->addLayout(top);
    col->addWidget(m_browser, 1);
    col->addWidget(buttons);
    resize(900, 700);

    const QString first = roleFor(roles);
    m_role->setCurrentIndex(m_role->findData(first));
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { (void)showGuide(m_role->currentData().toString()); });
    (void)showGuide(first);
}

bool GuideDialog::showGuide(const QString& role)
{
    const QString dir = guideDir(m_firstDir);
    const QString path = QDir(dir).filePath(QStringLiteral("%1.%2.md").arg(role, m_language));
    if (dir.isEmpty() || !QFile::exists(path)) {
        m_browser->setPlainText(tr("The guides are not installed here. They are in docs/guide of the sources "
                                   "and in /usr/share/doc/threerings/guide of the Debian package."));
        return false;
    }
    m_browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    return true;
}

} // namespace threerings::ui
