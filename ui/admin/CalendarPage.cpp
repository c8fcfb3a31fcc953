#include "ui/admin/CalendarPage.h"

#include "core/auth/Permissions.h"
#include "core/calendar/CalendarService.h"
#include "core/settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {

QTimeEdit* timeEdit(const char* name, QWidget* parent)
{
    auto* edit = new QTimeEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

} // namespace

CalendarPage::CalendarPage(CalendarService& calendar, const Actor& actor, int year, QWidget* parent)
    : QWidget(parent), m_calendar(calendar), m_actor(actor),
      m_mayEdit(Permissions::allows(actor, Action::ManageCalendar))
{
    setObjectName(QStringLiteral("calendarPage"));
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildHours());
    columns->addWidget(buildDays(), 1);
    layout->addLayout(columns, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_year->setValue(year);
    reload();
}

QWidget* CalendarPage::buildHours()
{
    auto* box = new QGroupBox(tr("Working hours"), this);
    auto* form = new QFormLayout(box);
    m_zone = new QComboBox(box);
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setToolTip(tr("An IANA zone name such as Asia/Shanghai; the hours and days count in it."));
    form->addRow(tr("Time &zone"), m_zone);
    m_opens = timeEdit("opens", box);
    m_closes = timeEdit("closes", box);
    auto* hours = new QHBoxLayout;
    hours->addWidget(m_opens);
    hours->addWidget(new QLabel(tr("to"), box));
    hours->addWidget(m_closes);
    form->addRow(tr("Opening &hours"), hours);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(hours)))
        label->setBuddy(m_opens); // the shortcut reaches the first time of the pair
    m_lunchStart = timeEdit("lunchStart", box);
    m_lunchEnd = timeEdit("lunchEnd", box);
    auto* lunch = new QHBoxLayout;
    lunch->addWidget(m_lunchStart);
    lunch->addWidget(new QLabel(tr("to"), box));
    lunch->addWidget(m_lunchEnd);
    form->addRow(tr("&Lunch break"), lunch);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(lunch)))
        label->setBuddy(m_lunchStart); // the shortcut reaches the first time of the pair
    auto* weekendRow = new QWidget(box);
    auto* weekend = new QGridLayout(weekendRow);
    weekend->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto* check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), weekendRow);
        check->setObjectName(QStringLiteral("weekend%1").arg(day));
        weekend->addWidget(check, (day - 1) / 4, (day - 1) % 4);
        m_weekend << check;
    }
    form->addRow(tr("&Weekend days"), weekendRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(weekendRow)))
        label->setBuddy(m_weekend.constFirst());
    auto* note = new QLabel(tr("An equal start and end of the lunch break means no break."), box);
    note->setWordWrap(true);
    form->addRow(note);
    m_saveHours = new QPushButton(tr("Sa&ve hours"), box);
    m_saveHours->setObjectName(QStringLiteral("saveHours"));
    form->addRow(m_saveHours);
    connect(m_saveHours, &QPushButton::clicked, this, [this] { saveHours(); });
    for (QWidget* w : std::initializer_list<QWidget*>{m_zone, m_opens, m_closes, m_lunchStart, m_lunchEnd})
        w->setEnabled(m_mayEdit);
    for (QCheckBox* c : m_weekend)
        c->setEnabled(m_mayEdit);
    m_saveHours->setEnabled(m_mayEdit);
    return box;
}

QWidget* CalendarPage::buildDays()
{
    auto* box = new QGroupBox(tr("Holidays and swapped working days"), this);
    auto* layout = new QVBoxLayout(box);
    auto* yearRow = new QHBoxLayout;
    m_year = new QSpinBox(box);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    auto* yearLabel = new QLabel(tr("&Year"), box);
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    m_yearState = new QLabel(box);
    m_yearState->setObjectName(QStringLiteral("yearState"));
    m_yearState->setWordWrap(true);
    yearRow->addWidget(m_yearState, 1);
    layout->addLayout(yearRow);
    connect(m_year, &QSpinBox::valueChanged, this, [this] { fillYear(); });

    m_stack = new QStackedWidget(box);
    m_days = new QTableWidget(0, 3, m_stack);
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->setSelectionMode(QAbstractItemView::SingleSelection);
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_days);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(m_days, &QTableWidget::itemSelectionChanged, this, [this] { dayChosen(); });

    auto* dayRow = new QHBoxLayout;
    m_day = new QDateEdit(box);
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setCalendarPopup(true);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Holiday"), int(BusinessCalendar::DayKind::Holiday));
    m_kind->addItem(tr("Swapped working day"), int(BusinessCalendar::DayKind::Workday));
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Name, e.g. 国庆节"));
    dayRow->addWidget(m_day);
    dayRow->addWidget(m_kind);
    dayRow->addWidget(m_name, 1);
    layout->addLayout(dayRow);

    auto* buttons = new QHBoxLayout;
    m_addDay = new QPushButton(tr("&Add or change day"), box);
    m_addDay->setObjectName(QStringLiteral("addDay"));
    m_removeDay = new QPushButton(tr("&Remove day"), box);
    m_removeDay->setObjectName(QStringLiteral("removeDay"));
    m_importIcs = new QPushButton(tr("Import .ic&s…"), box);
    m_importIcs->setObjectName(QStringLiteral("importIcs"));
    buttons->addWidget(m_addDay);
    buttons->addWidget(m_removeDay);
    buttons->addStretch(1);
    buttons->addWidget(m_importIcs);
    layout->addLayout(buttons);
    connect(m_addDay, &QPushButton::clicked, this, [this] { addOrChangeDay(); });
    connect(m_removeDay, &QPushButton::clicked, this, [this] { removeSelectedDay(); });
    connect(m_importIcs, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the holiday calendar"), QString(),
                                                          tr("iCalendar files (*.ics)"));
        if (!path.isEmpty())
            previewIcs(path);
    });

    auto* knownRow = new QHBoxLayout;
    m_source = new QLineEdit(box);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("Source, e.g. State Council notice of 2025-11-04"));
    m_known = new QPushButton(box);
    m_known->setObjectName(QStringLiteral("markKnown"));
    knownRow->addWidget(m_source, 1);
    knownRow->addWidget(m_known);
    layout->addLayout(knownRow);
    connect(m_known, &QPushButton::clicked, this, [this] { markYearKnown(!m_loaded.hasDataFor(year())); });

    auto* previewRow = new QHBoxLayout;
    m_previewLabel = new QLabel(box);
    m_previewLabel->setObjectName(QStringLiteral("icsPreview"));
    m_previewLabel->setWordWrap(true);
    m_writePreview = new QPushButton(tr("Wri&te imported days"), box);
    m_writePreview->setObjectName(QStringLiteral("writeIcs"));
    m_writePreview->setVisible(false);
    previewRow->addWidget(m_previewLabel, 1);
    previewRow->addWidget(m_writePreview);
    layout->addLayout(previewRow);
    connect(m_writePreview, &QPushButton::clicked, this, [this] { importPreviewed(); });

    for (QWidget* w : std::initializer_list<QWidget*>{m_day, m_kind, m_name, m_addDay, m_removeDay,
                                                      m_importIcs, m_source, m_known})
        w->setEnabled(m_mayEdit);
    return box;
}

void CalendarPage::reload()
{
    auto cal = m_calendar.load(m_actor);
    if (!cal) {
        m_message->setText(cal.error().message);
        return;
    }
    m_loaded = *cal;
    fillHours(m_loaded);
    fillYear();
}

void CalendarPage::fillHours(const BusinessCalendar& cal)
{
    m_zone->setCurrentText(QString::fromUtf8(cal.timeZone().id()));
    m_opens->setTime(cal.opens());
    m_closes->setTime(cal.closes());
    m_lunchStart->setTime(cal.lunchStart());
    m_lunchEnd->setTime(cal.lunchEnd());
    for (int day = 1; day <= 7; ++day)
        m_weekend.at(day - 1)->setChecked(cal.weekendDays().contains(day));
}

void CalendarPage::fillYear()
{
    const int y = year();
    const bool known = m_loaded.hasDataFor(y);
    const QString source = m_loaded.knownYears().value(y);
    m_yearState->setText(known ? (source.isEmpty() ? tr("Known.") : tr("Known: %1.").arg(source))
                               : tr("No data: plain weekends are counted."));
    m_known->setText(known ? tr("&Mark as not known") : tr("&Mark as known"));
    m_source->setText(source);
    m_days->setRowCount(0);
    for (auto it = m_loaded.exceptions().cbegin(); it != m_loaded.exceptions().cend(); ++it) {
        if (it.key().year() != y)
            continue;
        const int row = m_days->rowCount();
        m_days->insertRow(row);
        auto* date = new QTableWidgetItem(it.key().toString(Qt::ISODate));
        date->setData(Qt::UserRole, it.key());
        m_days->setItem(row, 0, date);
        m_days->setItem(row, 1,
                        new QTableWidgetItem(it->kind == BusinessCalendar::DayKind::Workday
                                                 ? tr("Swapped working day")
                                                 : tr("Holiday")));
        m_days->setItem(row, 2, new QTableWidgetItem(it->name));
    }
    m_days->resizeColumnsToContents();
    if (m_days->rowCount() > 0) {
        m_stack->setCurrentWidget(m_days);
    } else {
        m_empty->setText(
            known
                ? tr("%1 is marked as known and has no holidays or swapped working days. Add them below if "
                     "it should have some.")
                      .arg(y)
                : tr("No holidays are known for %1, so its deadlines count plain weekends. Import the State "
                     "Council's holiday schedule as an .ics file (Import .ics…), or add the holidays and "
                     "swapped working days below one by one and then mark the year as known.")
                      .arg(y));
        m_stack->setCurrentWidget(m_empty);
    }
    if (m_day->date().year() != y)
        m_day->setDate(QDate(y, 1, 1));
    m_removeDay->setEnabled(m_mayEdit && m_days->currentRow() >= 0);
}

void CalendarPage::dayChosen()
{
    const int row = m_days->currentRow();
    m_removeDay->setEnabled(m_mayEdit && row >= 0);
    if (row < 0 || !m_days->item(row, 0))
        return;
    const QDate day = m_days->item(row, 0)->data(Qt::UserRole).toDate();
    const BusinessCalendar::DayException e = m_loaded.exceptions().value(day);
    m_day->setDate(day);
    m_kind->setCurrentIndex(m_kind->findData(int(e.kind)));
    m_name->setText(e.name);
}

int CalendarPage::year() const
{
    return m_year->value();
}

void CalendarPage::showYear(int year)
{
    m_year->setValue(year);
    fillYear();
}

QString CalendarPage::fieldLabel(const QString& field) const
{
    if (field == Setting::CalendarTimeZone.key())
        return tr("Time zone");
    if (field == Setting::CalendarOpens.key() || field == Setting::CalendarCloses.key())
        return tr("Opening hours");
    if (field == Setting::CalendarLunchStart.key() || field == Setting::CalendarLunchEnd.key())
        return tr("Lunch break");
    if (field == Setting::CalendarWeekendDays.key())
        return tr("Weekend days");
    if (field == QLatin1String("date") || field == QLatin1String("day"))
        return tr("Date");
    if (field == QLatin1String("year"))
        return tr("Year");
    return {};
}

void CalendarPage::say(const Status& status, const QString& done)
{
    if (status) {
        m_message->setText(done);
        return;
    }
    const QString label = fieldLabel(status.error().field);
    m_message->setText(label.isEmpty() ? status.error().message
                                       : tr("%1: %2").arg(label, status.error().message));
}

void CalendarPage::saveHours()
{
    // The zone is typed, so it is read first: a wrong name is named before anything else is checked.
    auto zone = BusinessCalendar::parseTimeZone(m_zone->currentText(), tr("Time zone"));
    if (!zone) {
        m_message->setText(zone.error().message);
        return;
    }
    auto cal = m_calendar.load(m_actor); // the days as stored now, so only the hours change
    if (!cal) {
        say(cal.error(), {});
        return;
    }
    cal->setTimeZone(*zone);
    cal->setOpeningHours(m_opens->time(), m_closes->time());
    cal->setLunchBreak(m_lunchStart->time(), m_lunchEnd->time());
    QList<int> weekend;
    for (int day = 1; day <= 7; ++day)
        if (m_weekend.at(day - 1)->isChecked())
            weekend << day;
    cal->setWeekendDays(weekend);
    const Status s = m_calendar.save(m_actor, *cal);
    say(s, tr("The working hours are saved; deadlines count in them from now on."));
    if (s)
        reload();
}

void CalendarPage::addOrChangeDay()
{
    const QDate day = m_day->date();
    const bool had = m_loaded.exceptions().contains(day);
    const QString name = m_name->text().trimmed();
    const bool workday = m_kind->currentData().toInt() == int(BusinessCalendar::DayKind::Workday);
    const Status s =
        workday ? m_calendar.setWorkday(m_actor, day, name) : m_calendar.setHoliday(m_actor, day, name);
    const QString dayText = day.toString(Qt::ISODate);
    say(s, had ? tr("%1 is changed.").arg(dayText) : tr("%1 is added.").arg(dayText));
    if (!s)
        return;
    reload();
    showYear(day.year());
}

void CalendarPage::removeSelectedDay()
{
    const int row = m_days->currentRow();
    if (row < 0 || !m_days->item(row, 0)) {
        m_message->setText(tr("Choose the day to remove in the list first."));
        return;
    }
    const QDate day = m_days->item(row, 0)->data(Qt::UserRole).toDate();
    const Status s = m_calendar.removeDay(m_actor, day);
    say(s, tr("%1 is removed; it counts as an ordinary day again.").arg(day.toString(Qt::ISODate)));
    if (s)
        reload();
}

void CalendarPage::markYearKnown(bool known)
{
    const Status s = m_calendar.setYearKnown(m_actor, year(), known, m_source->text().trimmed());
    say(s, known ? tr("%1 is marked as known: its deadlines count the days listed.").arg(year())
                 : tr("%1 is no longer known: its deadlines count plain weekends.").arg(year()));
    if (s)
        reload();
}

bool CalendarPage::previewIcs(const QString& path)
{
    m_preview.reset();
    m_writePreview->setVisible(false);
    m_previewLabel->clear();
    auto ics = IcsCalendar::read(path);
    if (!ics) {
        m_message->setText(ics.error().message);
        return false;
    }
    auto counted = m_calendar.importDays(m_actor, ics->allDays(), ics->name, true);
    if (!counted) {
        m_message->setText(counted.error().message);
        return false;
    }
    QStringList lines;
    lines << tr("%1 (%2):").arg(ics->name, QFileInfo(path).fileName());
    for (auto y = ics->years.cbegin(); y != ics->years.cend(); ++y) {
        int off = 0, worked = 0;
        for (const BusinessCalendar::DayException& e : *y)
            (e.kind == BusinessCalendar::DayKind::Workday ? worked : off) += 1;
        lines << tr("%1: %2 holidays, %3 swapped working days").arg(y.key()).arg(off).arg(worked);
    }
    lines << tr("%1 new, %2 changed, %3 unchanged. Nothing is written until you press Write imported days.")
                 .arg(counted->added)
                 .arg(counted->changed)
                 .arg(counted->unchanged);
    m_previewLabel->setText(lines.join(QLatin1Char('\n')));
    m_preview = *ics;
    m_writePreview->setVisible(true);
    m_writePreview->setEnabled(m_mayEdit);
    m_message->clear();
    return true;
}

bool CalendarPage::importPreviewed()
{
    if (!m_preview) {
        m_message->setText(tr("Choose an .ics file with Import .ics… first."));
        return false;
    }
    auto done = m_calendar.importDays(m_actor, m_preview->allDays(), m_preview->name, false);
    if (!done) {
        say(done.error(), {});
        return false;
    }
    const int firstYear = m_preview->years.isEmpty() ? year() : m_preview->years.firstKey();
    m_preview.reset();
    m_writePreview->setVisible(false);
    m_previewLabel->clear();
    reload();
    showYear(firstYear);
    m_message->setText(tr("Imported: %1 new, %2 changed, %3 unchanged.")
                           .arg(done->added)
                           .arg(done->changed)
                           .arg(done->unchanged));
    return true;
}

QString CalendarPage::lastMessage() const
{
    return m_message->text();
}

QString CalendarPage::previewText() const
{
    return m_previewLabel->text();
}

int CalendarPage::dayRows() const
{
    return m_days->rowCount();
}

bool CalendarPage::showsEmptyHint() const
{
    return m_stack->currentWidget() == m_empty;
}

} // namespace threerings::ui
