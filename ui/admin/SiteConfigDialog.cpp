#include "ui/admin/SiteConfigDialog.h"

#include "core/db/Database.h"
#include "core/site/SiteConfig.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace threerings::ui {

SiteConfigDialog::SiteConfigDialog(Database& db, const Clock& clock, const Actor& actor, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_actor(actor)
{
    setObjectName(QStringLiteral("siteConfigDialog"));
    setWindowTitle(tr("Site configuration"));
    auto* intro = new QLabel(
        tr("One file carries what every console of the room shares: the server (never a password), the "
           "unit's name, the hotline number, the ring cadence, the business calendar, the call scripts and "
           "the phrase lists. Export it here and import it on the other consoles, or place it where every "
           "console looks at start:"),
        this);
    intro->setWordWrap(true);
    QStringList places;
    for (const QString& p : SiteConfig::systemPaths())
        places << (QFile::exists(p) ? tr("%1 (present)").arg(QDir::toNativeSeparators(p))
                                    : QDir::toNativeSeparators(p));
    auto* paths = new QLabel(places.join(QLatin1Char('\n')), this);
    paths->setObjectName(QStringLiteral("sitePaths"));
    paths->setTextInteractionFlags(Qt::TextSelectableByMouse);
    paths->setStyleSheet(QStringLiteral("font-family: monospace;"));
    auto* note =
        new QLabel(tr("A console applies that file when it is newer than the last one it took."), this);
    note->setWordWrap(true);

    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("siteExportButton"));
    connect(exportButton, &QPushButton::clicked, this, &SiteConfigDialog::chooseExport);
    auto* importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("siteImportButton"));
    connect(importButton, &QPushButton::clicked, this, &SiteConfigDialog::chooseImport);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("siteStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(exportButton);
    row->addWidget(importButton);
    row->addStretch();
    auto* col = new QVBoxLayout(this);
    col->addWidget(intro);
    col->addWidget(paths);
    col->addWidget(note);
    col->addLayout(row);
    col->addWidget(m_status);
    col->addStretch();
    col->addWidget(buttons);
    resize(620, 360);
}

void SiteConfigDialog::report(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

Status SiteConfigDialog::exportTo(const QString& path)
{
    auto json = SiteConfig(m_db, m_clock).exportJson(m_actor);
    if (!json) {
        report(json.error().message, true);
        return json.error();
    }
    if (Status guard = Database::refuseOpenFile(path); !guard) {
        report(guard.error().message, true);
        return guard.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        const Error e = Error::io(tr("Cannot write %1: %2. Choose a folder you may write to.")
                                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        report(e.message, true);
        return e;
    }
    report(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    return {};
}

Status SiteConfigDialog::importFrom(const QString& path, bool confirm)
{
    if (Status guard = Database::refuseOpenFile(path); !guard) {
        report(guard.error().message, true);
        return guard.error();
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        const Error e =
            Error::notFound(tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), f.errorString()));
        report(e.message, true);
        return e;
    }
    const QByteArray json = f.readAll();
    auto summary = SiteConfig::inspect(json);
    if (!summary) {
        report(summary.error().message, true);
        return summary.error();
    }
    if (confirm &&
        QMessageBox::question(this, tr("Import the site configuration"),
                              tr("%1\n\nReplace this console's settings, calendar, scripts and phrase "
                                 "lists with these?")
                                  .arg(summary->text())) != QMessageBox::Yes)
        return {};
    auto done = SiteConfig(m_db, m_clock).importJson(m_actor, json);
    if (!done) {
        report(done.error().message, true);
        return done.error();
    }
    report(tr("Imported. %1").arg(done->text()), false);
    if (!done->server.isEmpty())
        emit serverSet();
    return {};
}

void SiteConfigDialog::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the site configuration"),
        QDir(QFileInfo(m_db.path()).absolutePath()).filePath(QStringLiteral("site.json")),
        tr("Site files (*.json)"));
    if (!path.isEmpty())
        (void)exportTo(path);
}

void SiteConfigDialog::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a site configuration"),
                                                      QFileInfo(m_db.path()).absolutePath(),
                                                      tr("Site files (*.json);;All files (*)"));
    if (!path.isEmpty())
        (void)importFrom(path);
}

} // namespace threerings::ui
