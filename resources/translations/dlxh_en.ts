<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>DataActions</name>
        <message>
            <source>Back up the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DLXH backups (*.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backing up the data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data was backed up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy is in %1. Keep it on another disk or a USB stick; it can be restored with Data → Restore from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily backup made: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The daily backup failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DLXH backups (*.sqlite);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the data by the backup %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current data is not deleted: it is kept aside in the data folder, in a file whose name starts with 'dlxh.sqlite.before-restore'. Anything entered after the backup was made will not be in the restored data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring the data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was not restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data was restored from the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The previous data is kept in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data has no errors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole database was checked.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n problem(s) found, for example: %1</source>
            <translation>
                <numerusform>%n problem found, for example: %1</numerusform>
                <numerusform>%n problems found, for example: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The data is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no good backup to restore. Do not enter anything more; ask the person in charge of computers for help. Data folder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the newest good backup (%1)? The damaged data is kept aside, not deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backups are in %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Restored from the newest good backup; the damaged data is kept in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DLXH Desktop cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data is damaged, so DLXH Desktop did not open it (opening it could lose more). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no good backup to restore. Ask the person in charge of computers for help and keep the data folder as it is: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the newest good backup, made %1 (%2)? The damaged data is kept aside in the data folder, not deleted; what was entered after that backup is not in it. No closes the program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring the data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the other window first, or choose another data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed. Ask the person in charge of computers for help.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindowController</name>
        <message>
            <source>Loading the reports…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reports could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This data folder is not set up yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — DLXH Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This unit has no reports yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing reports comes in the next version of the program; meanwhile reports can be added with the 'dlxh report new' command.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set-up comes next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder %1 does not belong to a unit yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Setting up means choosing your unit and receiving the directory from the unit above yours. A set-up assistant comes in the next version of the program; until then, the person in charge of computers can run 'dlxh setup province' or 'dlxh setup unit'.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n report(s)</source>
            <translation>
                <numerusform>%n report</numerusform>
                <numerusform>%n reports</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>%n draft</numerusform>
                <numerusform>%n drafts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>showing %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the data folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About DLXH Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public opinion reports of the trade union, kept on this computer and sent to the unit above as signed, encrypted packages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindowView</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import packages…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import report packages, receipts or a directory (.dlxh files)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy of all the data in a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the data by a backup; the current data is kept aside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look for damage in the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open the backup folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the automatic daily backups in the file manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open data folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the reports kept in another data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About DLXH Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;ilter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a period, kind, status or number (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter the reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports of this unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public opinion reports of this unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data was not opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submission status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reports this unit wrote (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports the units below sent to this unit (Ctrl+2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which units below sent the report of a month, and when (Ctrl+3)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackageImports</name>
        <message>
            <source>Import packages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DLXH packages (*.dlxh);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing packages…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing packages: %1 of %2 done (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportDetails</name>
        <message>
            <source>%1 · %2 · revision %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>trend: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about %1 people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forecast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed solution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opinion streams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 workers involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cause and demands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations and proposals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collaborator network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 collaborators (%2 new, %3 trained); %4 reports received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulties and obstacles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been written yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportDetailsView</name>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportTableModel</name>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskManager</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something went wrong inside the program: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>a new report was saved</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message>
            <source>Package import results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender's key fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import results, one row per file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported packages are kept unchanged in the archive of the data folder. Compare an unknown sender's key fingerprint by phone before trusting it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Monthly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thematic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finalized</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Superseded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>direct contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>collaborators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>other social networks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>press</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collective work stoppage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strike</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Labour dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wage arrears</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employer absconding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mass layoff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Food poisoning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>False or hostile information online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ongoing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>being monitored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>late</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>overdue by %n day</numerusform>
                <numerusform>overdue by %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>last day today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message>
            <source>before %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amended version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To be reviewed (quarantined)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent yet — before the deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent yet — deadline soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent — past the deadline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>prompts</name>
        <message>
            <source>This computer has no system keyring, so this unit's keys are kept in a file protected by a passphrase. Type the passphrase of the key file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase of the key file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>This data folder is not set up yet: run 'dlxh setup province' or 'dlxh setup unit'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This data folder is already set up as unit {unit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no report with id {report}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report {report} is {status} and cannot be changed; amend it to make a new revision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report {report} is not complete: {count} problem(s) to fix first, e.g. at {first}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report {report} is still a draft: edit it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report {report} already has a newer revision (id {newer}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no unit with code {unit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit {unit} names parent {parent}, which is not in the tree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit code '{unit}' is not valid: use up to 40 letters, digits, '-', '_' or '.'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit {unit} would be its own ancestor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit {unit} appears twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A unit needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row} of {path} is not a valid unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} must start with the columns {expected}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{period}' is not a period: write 2026-10, 2026-Q4, 2026-H1, 2026 or 2026-10-05.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {kind} report cannot cover the period {period}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is too large (limit {limit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not valid JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not UTF-8 text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not an Excel (.xlsx) workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: only .csv and .xlsx are supported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report data does not fit the schema at {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder; give a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder {path} is already open in another DLXH window or command.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder {path} cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is busy (locked by another program).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is read-only; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is damaged; restore the newest backup ('dlxh restore').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database was written by a newer version of DLXH Desktop; update the program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no database in {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup {path} is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup {path} comes from a newer version of DLXH Desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a DLXH Desktop backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The restore failed; the database is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo needs an empty data folder; {path} is already set up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit {unit} has no units below it to consolidate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to change: give at least one setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A document number must be between 1 and 9999.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown document format {format}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which kind of report: --kind or 'kind' in the JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The JSON is for a {kind} report, but report {report} is of another kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The JSON is for period {period}, but report {report} covers another period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This unit has no keys yet: set it up first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This unit's private keys are missing: restore them from the key backup ('dlxh keys restore FILE').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keys from before the last rotation are missing; restore them from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This data folder already has keys; they were not replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stored private keys (key id {key_id}) are not this unit's registered keys.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No keyring is available, so the keys are in a passphrase-protected file in {path}: run this in a terminal to type the passphrase, or set DLXH_KEY_PASSPHRASE. Nothing was changed. Lost the passphrase? Restore the key backup ('dlxh keys restore FILE').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A passphrase is needed for the key file; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase needs at least 8 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong passphrase (or a damaged key file); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stored keys are damaged; restore the key backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key file is damaged; restore the key backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The system keyring refused access; is it locked?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keyring is available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a DLXH key backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This key backup belongs to unit {unit}, not to {own}; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This key backup holds other keys (key id {key_id}) than this unit's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This unit has no parent (it is the top unit, or not joined with 'setup unit').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit {unit} has no registered key: import its enrollment first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The package would be larger than allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report {report} was written by unit {unit}; only a unit's own reports are sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report {report} is a draft: finalize it before sending ('dlxh report finalize').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report {report} has a newer revision; send that one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the top unit sets the recovery key; others take it from their parent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recovery key is not an age1… key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit {unit} is not a direct member of {parent}'s directory; ask {parent} to add it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm the fingerprint of {unit} (read by phone or from the official letter): pass --fingerprint or run in a terminal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fingerprint does not match {unit}'s key: do not use this file; call the sender. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not an enrollment request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit {unit} is not in the unit tree: add it ('dlxh units add') before enrolling.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit {unit} is not directly under {own}; it enrolls with its own parent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit {unit} already has a registered key; a new key needs a rotation by the old one, or revoke the old key first ('dlxh keys revoke {unit}').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key rotation of {unit} is not certified by its registered key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No .dlxh file was found to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No received report is waiting for a receipt (use --all to send them again).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot keep the original in the archive ({path}); nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a receipt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write {path}; nothing was left there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} did not read back correctly (removed); try another disk or USB stick.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases differ; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' cannot be attached: use a plain file name ending in .pdf, .docx, .jpg...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file named '{name}' is already attached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A report can carry at most {limit} files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The attached files would exceed {limit} in total.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report {report} has no attached file '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stored copy of '{name}' is damaged; attach the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot store the attached file in {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No held package has the number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Package {id} was held because: {reason}. That cannot be waived here: ask the sender (a conflicting duplicate) or use 'enroll import' (an enrollment).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>The general assessment is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A thematic report needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quick report needs at least one incident or opinion stream.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No opinion stream has been recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This text is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An opinion stream has no content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The topic is not in the catalogue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number is negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cause of an opinion stream is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No solution is proposed for a stream.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An incident has no title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An incident's date is outside the report's period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An incident ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More workers involved than the enterprise employs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A recommendation has no content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A recommendation does not say to whom it is addressed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A unit setting for the document header or signature is empty (shown as a placeholder).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New or trained collaborators exceed the total.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>verdicts</name>
        <message>
            <source>imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a newer revision; the older one stays readable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this package was imported before; nothing changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this revision of the report is already here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the parent's directory was updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the parent's new key was certified and saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>receipt: the reports listed are acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another package with the same sequence number {sequence} was imported: a person must decide which is genuine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sequence number {sequence} is far beyond the last one seen ({last})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dated in the future ({created}): check the clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dated long ago ({created}): check before using it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an enrollment: confirm its fingerprint with 'dlxh enroll import FILE'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signed with a revoked key of {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signed with {unit}'s old key after it was replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signed with an expired key of {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signed before {unit}'s key was valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{unit} does not report to this unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not from this unit's parent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>revision {revision} is older than revision {newer} already here (kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the report data does not fit the schema at {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the report inside disagrees with the signed header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the report has an absurd number of rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a text of the report is absurdly long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the report id belongs to another unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected error ({error}); please report it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the directory content is not valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>older than the directory in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key change is not certified by the known key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the receipt content is not valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the enrollment content is not valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a directory file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>larger than any package may be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a DLXH package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>made by a newer program version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is cut short (incomplete copy?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>extra bytes after the end of the package</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged or forged header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too many recipients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>signed by an unknown key of {unit} (fingerprint {fingerprint})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the sender's key is not the registered one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the signature does not verify (altered file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>addressed to another unit or key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged encryption header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>encrypted with a passphrase, not to this unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the recipients disagree with the header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be decrypted (damaged or not for us)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too many files inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the inner signature does not verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>damaged list of contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the contents disagree with the header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file inside has a forbidden name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file is missing inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an unlisted file is inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file inside was altered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>amended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quarantined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the package holds a file ({name}) the report does not list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an attached file ({name}) is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an attached file ({name}) differs from what the report lists</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceivedReports</name>
        <message>
            <source>Reading the received reports…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The received reports could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No report has been received from the units below yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports arrive as .dlxh packages: File → Import packages (Ctrl+I).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n received report(s)</source>
            <translation>
                <numerusform>%n received report</numerusform>
                <numerusform>%n received reports</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n unit(s)</source>
            <translation>
                <numerusform>from %n unit</numerusform>
                <numerusform>from %n units</numerusform>
            </translation>
        </message>
        <message>
            <source>showing %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceivedReportsView</name>
        <message>
            <source>Fil&amp;ter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a unit, period, kind or status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter the received reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports received from the units below</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceivedTableModel</name>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusTableModel</name>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report of the month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SubmissionStatus</name>
        <message>
            <source>Reading who has sent their report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On time: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who has sent their report could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deadline: before %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This unit has no active units below it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SubmissionStatusView</name>
        <message>
            <source>&amp;Month:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports of the units below for the month</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
