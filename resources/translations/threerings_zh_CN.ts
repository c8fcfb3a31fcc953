<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backup</name>
    <message>
        <source>Cannot read %1 for the backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the backup of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup in place at %1; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>The calendar&apos;s time zone is not known; choose an IANA zone name such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening time is missing; set it as HH:MM, for example 08:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing time is missing; set it as HH:MM, for example 17:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing time %1 is not after the opening time %2; set a later closing time or an earlier opening time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lunch break needs a start and an end as HH:MM, for example 12:00 and 13:30; make them equal for no lunch break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lunch break ends (%1) before it starts (%2); set an end after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lunch break %1–%2 lies outside the opening hours %3–%4; move the break inside them or change the opening hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lunch break %1–%2 takes the whole of the opening hours, which leaves no working time; shorten the break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend day %1 is not a day of the week; use 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day of the week is a weekend day, so no deadline could ever fall; leave at least one working day in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a time; write it as HH:MM, for example 08:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date; write it as YYYY-MM-DD, for example 2026-10-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a known time zone; use an IANA zone name such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must list days of the week as numbers from 1 (Monday) to 7 (Sunday) separated by commas, for example 6,7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file is not valid JSON (%1 at offset %2); fix the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.year is missing or not a year; write it as a number such as 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs from %2 to %3, which is backwards or outside %4; fix the dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>The calendar file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the calendar&apos;s holidays: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the calendar&apos;s years: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is missing or not a real date; write it as YYYY-MM-DD, for example 2026-10-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a holiday nor a swapped working day in the calendar, so there is nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year; give a year such as 2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2; list only that year&apos;s days, or add the year it belongs to separately.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Call</name>
    <message>
        <source>The ring time of the call is missing; record when the line rang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is answered before it rang; check the answer time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallRepository</name>
    <message>
        <source>The call %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackRecord</name>
    <message>
        <source>The callback has no due day; it is due the day after the fault was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptor phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackRepository</name>
    <message>
        <source>The callback %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Technical quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>complaint number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaining unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handling method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penalty opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>The complaint %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint report %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationRepository</name>
    <message>
        <source>The consultation %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The customer %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given. Name one with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Name a file with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create it first with: threerings --db %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Give this account write permission to it, or copy it to a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and SQLite needs to write its journal beside the database. Give this account write permission to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ThreeRings database, or its header is damaged. It was left untouched; restore the latest backup from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is locked by another program. Close the other console or command using it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). It was left untouched; restore the latest backup from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 was written by a newer ThreeRings (schema %2; this build knows up to %3). It was left untouched; install the newer ThreeRings to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a ThreeRings database. It was left untouched; name another file with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is locked by another program, so it cannot be upgraded now. Close the other console or command using it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 (%3) failed: %4. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 failed while committing: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>--customers must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calls must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds %1 customers; demo data only fills an empty database. Name a new file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by phone; details read back to the caller and confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled in time; callback confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologised, sent the engineer again, followed up with the outlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare part not in stock at the outlet; the visit was late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal warning for the outlet engineer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Department</name>
    <message>
        <source>department name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>The department %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>customer of the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceRepository</name>
    <message>
        <source>The device %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>&apos;%1&apos; is not a kind of record that can be exported; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day %1 comes after the last day %2; swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the %1 for the export: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the export: %1. Check the disk space and the --out file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the %1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormNumber</name>
    <message>
        <source>&apos;%1&apos; is not a form number; it reads YYYYMMDD-&lt;job number&gt;-&lt;serial&gt;, for example 20261125-1007-003.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>ThreeRings cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outlet</name>
    <message>
        <source>outlet code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlet phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutletRepository</name>
    <message>
        <source>The outlet %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outlet with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>No phone number was given; enter one such as 13812345678 or 0532-88886666.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number; enter digits such as 13812345678, or a landline with its area code such as 0532-88886666.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid phone number: check the number of digits, and give a landline its area code (0532-88886666), a mobile all 11 digits (13812345678), or a foreign number its country code (+44 …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemForm</name>
    <message>
        <source>The category is missing; choose technical quality, service, sales or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has no contact phone; enter the mobile or the office phone so the handler can call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptance record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handling plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handling result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemFormRepository</name>
    <message>
        <source>The agent of the form (%1) is not a known person; choose the agent from the list of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem form %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no problem form numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>project type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical level score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service attitude score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingRepository</name>
    <message>
        <source>The rating %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Could not record the change for replication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the new %1 record: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the %1 record: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record %2 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this %1 record after you opened it. Reopen it to see their change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the %1 record: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the %1 record: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>This %1 record was never saved, so it cannot be changed; save it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Could not read the setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Start time, &quot;YYYY-MM-DD HH:MM&quot; in the calendar&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the deadline N working hours or working days after a moment, by the business calendar of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Run &apos;threerings calendar add --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is missing; give the start as &quot;YYYY-MM-DD HH:MM&quot;, for example --from &quot;2026-09-30 16:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from &apos;%1&apos; is not a date and time; write it as &quot;YYYY-MM-DD HH:MM&quot;, for example --from &quot;2026-09-30 16:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --working-hours N and --working-days N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2 is too large; give at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business calendar has no working time at all; give it working days and opening hours first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threerings: note: the calendar has no holiday data for %1; plain weekends were assumed there. An admin can add the year&apos;s holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: threerings --db FILE calendar add --from &quot;YYYY-MM-DD HH:MM&quot; (--working-hours N | --working-days N)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar needs an action: add. Run &apos;threerings calendar --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown calendar action &apos;%1&apos;; the action is add. Run &apos;threerings calendar --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: threerings [--db FILE] [--lang zh_CN|en] [--user JOB_NUMBER] [SUBCOMMAND ...]
With no subcommand the console starts. With one, it works headless.

Subcommands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;threerings SUBCOMMAND --help&apos; for a subcommand&apos;s options.
Exit codes: 0 done, 1 a check found something, 2 usage error, 3 refused, 4 data error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This subcommand needs a database: add --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1. Run &apos;threerings --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;%1&apos;. Run &apos;threerings --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or upgrade the database; prints the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty database with synthetic hotline data and demo accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write records as CSV or JSON lines, filtered by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working-time arithmetic by the business calendar (calendar add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many calls, spread over the last weeks up to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed on the same day gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of every demo account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with deterministic synthetic hotline data and one demo account per role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 customers, %3 devices, %4 calls from %5 to %6, %7 problem forms, %8 consultations, %9 callbacks, %10 complaints, %11 ratings in %12 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts (role, job number, name%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (Beijing time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (Beijing time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json (one object per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records as CSV or JSON lines, filtered by day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name what to export: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one kind at a time; &apos;%1&apos; is extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2; give the earlier day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which format to write: add --format csv or --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not known; use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a writable file with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database, or upgrade it to this build&apos;s schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;threerings %1 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date; write it as YYYY-MM-DD, for example 2026-11-25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a whole number of at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>job number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job number &apos;%1&apos; may hold only the letters A-Z and digits, because it becomes part of the form numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has no role; give at least one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The person %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody with the job number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The %1 is missing; fill it in before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; shorten it to at most %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not a phone number; enter it as a mobile such as 13812345678 or a landline with its area code such as 0532-88886666.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is out of range; enter a score from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not known; choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>threerings::CallTracker</name>
    <message>
        <source>There is no call on the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has already been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the call before putting it on hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>threerings::SimulatedLine</name>
    <message>
        <source>Simulated line (demo calls every %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated line (no demo calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call %1 on the line; it may have ended already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is busy with another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has already been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a connected call can be put on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is not on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the call before transferring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number to transfer the call to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>threerings::ui::ActiveCallView</name>
    <message>
        <source>Close with thanks, then wait for the caller to hang up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered at ring %1, past the third: begin with “Sorry to have kept you waiting.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered at ring %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold — do not keep the caller waiting long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>threerings::ui::CallPanel</name>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the ringing call (F2 or Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the caller on hold, or take them off hold (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the call (F4). Let the caller hang up first when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>threerings::ui::IdleView</name>
    <message>
        <source>The line is idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call: %1 at %2 — the caller hung up before it was answered (abandoned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call: %1 at %2 — not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line dropped the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call: %1 at %2 — answered at ring %3, talked %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls yet in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>threerings::ui::MainWindow</name>
    <message>
        <source>ThreeRings hotline console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring &amp;sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output was found; the console rings on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ThreeRings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ThreeRings databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ThreeRings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ThreeRings %1&lt;/h3&gt;&lt;p&gt;The console for the agents, supervisors and trainers of an 800 service hotline: pick up within three rings, follow the script, keep every record.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is on the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is still on the line. Quitting now hangs it up. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>threerings::ui::RingBanner</name>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rings — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the third ring. Answer now and begin with the apology: “Sorry to have kept you waiting.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up within three rings: press F2 or Space to answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>threerings::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
