#include "ui/training/ScenarioEditor.h"

#include "core/model/Category.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {

QString cell(const QTableWidget* t, int row, int col)
{
    const QTableWidgetItem* item = t->item(row, col);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget* t, int row, int col, const QString& text)
{
    t->setItem(row, col, new QTableWidgetItem(text));
}

QPushButton* rowButtons(QTableWidget* table, QWidget* parent, QVBoxLayout* into)
{
    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(ScenarioEditor::tr("Add a row"), parent);
    auto* remove = new QPushButton(ScenarioEditor::tr("Remove the row"), parent);
    row->addStretch();
    row->addWidget(add);
    row->addWidget(remove);
    into->addLayout(row);
    QObject::connect(add, &QPushButton::clicked, table, [table] { table->insertRow(table->rowCount()); });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    return add;
}

} // namespace

ScenarioEditor::ScenarioEditor(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(page);

    auto* callerBox = new QGroupBox(tr("The caller"), page);
    auto* caller = new QFormLayout(callerBox);
    m_key = new QLineEdit(callerBox);
    m_language = new QComboBox(callerBox);
    m_language->addItem(tr("Chinese"), QStringLiteral("zh_CN"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_title = new QLineEdit(callerBox);
    m_source = new QLineEdit(callerBox);
    m_personaName = new QLineEdit(callerBox);
    m_personaPhone = new QLineEdit(callerBox);
    m_personaDescription = new QLineEdit(callerBox);
    m_opening = new QLineEdit(callerBox);
    m_problem = new QLineEdit(callerBox);
    m_kb = new QPlainTextEdit(callerBox);
    m_kb->setMaximumHeight(70);
    m_ring = new QSpinBox(callerBox);
    m_ring->setRange(1, 6);
    m_passMark = new QSpinBox(callerBox);
    m_passMark->setRange(0, 100);
    m_passMark->setSuffix(QStringLiteral(" %"));
    caller->addRow(tr("Key"), m_key);
    caller->addRow(tr("Language"), m_language);
    caller->addRow(tr("Title"), m_title);
    caller->addRow(tr("Drawn from"), m_source);
    caller->addRow(tr("Caller's name"), m_personaName);
    caller->addRow(tr("Caller's phone"), m_personaPhone);
    caller->addRow(tr("Who they are"), m_personaDescription);
    caller->addRow(tr("Opening line"), m_opening);
    caller->addRow(tr("The problem"), m_problem);
    caller->addRow(tr("Knowledge-base answer"), m_kb);
    caller->addRow(tr("The call reaches the trainee at ring"), m_ring);
    caller->addRow(tr("Pass mark"), m_passMark);
    layout->addWidget(callerBox);

    auto* linesBox = new QGroupBox(tr("What the caller says after each script step"), page);
    auto* linesLayout = new QVBoxLayout(linesBox);
    m_lines = new QTableWidget(0, 2, linesBox);
    m_lines->setHorizontalHeaderLabels({tr("Step"), tr("The caller's line")});
    m_lines->setToolTip(tr("Steps: %1").arg(Scenario::stepIds().join(QStringLiteral(", "))));
    m_lines->setColumnWidth(0, 140);
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->setMinimumHeight(180);
    linesLayout->addWidget(m_lines);
    rowButtons(m_lines, linesBox, linesLayout);
    layout->addWidget(linesBox);

    auto* formBox = new QGroupBox(tr("What the trainee's form must hold"), page);
    auto* form = new QFormLayout(formBox);
    m_category = new QComboBox(formBox);
    for (const QString& key : CategoryNames::keys())
        m_category->addItem(CategoryNames::label(*CategoryNames::fromKey(key)), key);
    m_customerName = new QLineEdit(formBox);
    m_phone = new QLineEdit(formBox);
    m_outlet = new QLineEdit(formBox);
    m_keywords = new QLineEdit(formBox);
    m_keywords->setPlaceholderText(tr("words the description must hold, separated by commas"));
    m_transfer = new QCheckBox(tr("Recorded and transferred"), formBox);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Customer name"), m_customerName);
    form->addRow(tr("Contact phone"), m_phone);
    form->addRow(tr("Outlet"), m_outlet);
    form->addRow(tr("Description keywords"), m_keywords);
    form->addRow(QString(), m_transfer);
    layout->addWidget(formBox);

    auto* trapsBox = new QGroupBox(tr("Traps"), page);
    auto* trapsLayout = new QVBoxLayout(trapsBox);
    m_traps = new QTableWidget(0, 6, trapsBox);
    m_traps->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("After step"), tr("The caller says"),
                                        tr("A good answer holds (a / b)"), tr("Points")});
    m_traps->horizontalHeader()->setStretchLastSection(true);
    QStringList kindLabels;
    for (const QString& k : ScenarioTrap::kinds())
        kindLabels << ScenarioTrap::kindLabel(k);
    m_traps->horizontalHeaderItem(1)->setToolTip(tr("One of: %1").arg(kindLabels.join(tr(", "))));
    m_traps->setMinimumHeight(130);
    trapsLayout->addWidget(m_traps);
    rowButtons(m_traps, trapsBox, trapsLayout);
    layout->addWidget(trapsBox);
}

void ScenarioEditor::setScenario(const Scenario& s)
{
    m_base = s;
    m_key->setText(s.key);
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_title->setText(s.title);
    m_source->setText(s.source);
    m_personaName->setText(s.personaName);
    m_personaPhone->setText(s.personaPhone);
    m_personaDescription->setText(s.personaDescription);
    m_opening->setText(s.openingLine);
    m_problem->setText(s.problem);
    m_kb->setPlainText(s.kbAnswer);
    m_ring->setValue(s.arrivesAtRing);
    m_passMark->setValue(s.passMark);
    m_category->setCurrentIndex(std::max(0, m_category->findData(s.expected.category)));
    m_customerName->setText(s.expected.customerName);
    m_phone->setText(s.expected.phone);
    m_outlet->setText(s.expected.outlet);
    m_keywords->setText(s.expected.descriptionKeywords.join(QStringLiteral(", ")));
    m_transfer->setChecked(s.expected.transfer);
    m_lines->setRowCount(int(s.lines.size()));
    for (int i = 0; i < s.lines.size(); ++i) {
        setCell(m_lines, i, 0, Scenario::stepLabel(s.lines[i].step));
        setCell(m_lines, i, 1, s.lines[i].text);
    }
    m_traps->setRowCount(int(s.traps.size()));
    for (int i = 0; i < s.traps.size(); ++i) {
        const ScenarioTrap& t = s.traps[i];
        setCell(m_traps, i, 0, t.id);
        setCell(m_traps, i, 1, ScenarioTrap::kindLabel(t.kind));
        setCell(m_traps, i, 2, Scenario::stepLabel(t.atStep));
        setCell(m_traps, i, 3, t.line);
        setCell(m_traps, i, 4, t.expect.join(QStringLiteral(" / ")));
        setCell(m_traps, i, 5, QString::number(t.points));
    }
}

Scenario ScenarioEditor::scenario() const
{
    Scenario s = m_base;
    s.key = m_key->text().trimmed();
    s.language = m_language->currentData().toString();
    s.title = m_title->text().trimmed();
    s.source = m_source->text().trimmed();
    s.personaName = m_personaName->text().trimmed();
    s.personaPhone = m_personaPhone->text().trimmed();
    s.personaDescription = m_personaDescription->text().trimmed();
    s.openingLine = m_opening->text().trimmed();
    s.problem = m_problem->text().trimmed();
    s.kbAnswer = m_kb->toPlainText().trimmed();
    s.arrivesAtRing = m_ring->value();
    s.passMark = m_passMark->value();
    s.expected.category = m_category->currentData().toString();
    s.expected.customerName = m_customerName->text().trimmed();
    s.expected.phone = m_phone->text().trimmed();
    s.expected.outlet = m_outlet->text().trimmed();
    s.expected.descriptionKeywords.clear();
    for (const QString& k :
         m_keywords->text().split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts))
        if (!k.trimmed().isEmpty())
            s.expected.descriptionKeywords.append(k.trimmed());
    s.expected.transfer = m_transfer->isChecked();
    s.lines.clear();
    for (int i = 0; i < m_lines->rowCount(); ++i) {
        if (cell(m_lines, i, 0).isEmpty() && cell(m_lines, i, 1).isEmpty())
            continue;
        s.lines.append({Scenario::stepFromText(cell(m_lines, i, 0)), cell(m_lines, i, 1)});
    }
    s.traps.clear();
    for (int i = 0; i < m_traps->rowCount(); ++i) {
        if (cell(m_traps, i, 0).isEmpty() && cell(m_traps, i, 3).isEmpty())
            continue;
        ScenarioTrap t;
        t.id = cell(m_traps, i, 0);
        // The label as shown, or a key typed by hand; anything else is kept for the check to name.
        t.kind = ScenarioTrap::kindFromText(cell(m_traps, i, 1));
        if (t.kind.isEmpty())
            t.kind = cell(m_traps, i, 1);
        t.atStep = Scenario::stepFromText(cell(m_traps, i, 2));
        t.line = cell(m_traps, i, 3);
        for (const QString& w : cell(m_traps, i, 4).split(QLatin1Char('/'), Qt::SkipEmptyParts))
            if (!w.trimmed().isEmpty())
                t.expect.append(w.trimmed());
        bool ok = false;
        t.points = cell(m_traps, i, 5).toInt(&ok);
        if (!ok)
            t.points = -1; // validation names the field
        for (const ScenarioTrap& old : m_base.traps)
            if (old.id == t.id)
                t.hint = old.hint;
        s.traps.append(t);
    }
    return s;
}

} // namespace threerings::ui
