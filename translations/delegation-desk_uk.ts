<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ChangeLog</name>
    <message>
        <source>The database cannot replay changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change is still being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 have changed since, so this cannot be replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded changes are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying the changes would leave a record in “%1” pointing to one that is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRecorder</name>
    <message>
        <source>The database cannot record changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few letters of the name, in Cyrillic or Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ choose among the matches, Enter checks the person in, Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show help for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the demonstration scenario (the Congress of Mayors of France) into a new or empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demonstration scenario into “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the database&apos;s integrity and its references. Exits with 0 only when it is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is healthy (database version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file to write the copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes one argument: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists already; a backup is never written over a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a copy of the database to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the demonstration scenario into a new or empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check integrity and references; exit 0 only when healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a consistent copy of the database to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation Desk organises municipal delegations and city-to-city partnerships.
Without a command it opens the window; with one it runs without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to open (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window and of messages: en, uk or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “%1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”; use en, uk or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (“COMMAND --help” tells more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command to run without the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to look for (each one as a prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many hits (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches contacts, communities, organisations, events, delegations, meetings and partnerships, as the window&apos;s search (Ctrl+K) does. Prints one hit per line: kind, uid, title and detail, separated by tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>search everything, as Ctrl+K does in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a table or an attendee list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>New Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hromada, a commune, a city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In its own script. Ukrainian hromadas and French communes are completed from the official gazetteers; any other place is typed freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Latin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in Latin letters. For a Ukrainian name, the official transliteration is suggested in grey until you type your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UA, FR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-letter country code (ISO 3166-1): UA, FR, DE, SE, PL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oblast, région, Land…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubregion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raion, département, district…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KATOTTG, INSEE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the official register: KATOTTG for Ukraine, INSEE for France. Kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;entre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hromada&apos;s administrative centre, e.g. Корюківка for Корюківська громада.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salutation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr, Ms, Dr, пан, пані…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the person is addressed in letters and on badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the person&apos;s own script: Юрій, Marie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the person has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the person&apos;s own script: Шевченко, Dupont. Lists sort by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi&amp;ven name (passport):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;mily name (passport):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the passport; filled from the Ukrainian spelling by the official rules — correct it if the passport differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor, adviser, interpreter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community the person works for or represents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation the person works for or represents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+380 44 000 00 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uk, en, fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages the person speaks, for interpreting and seating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UA, FR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-letter country code (ISO 3166-1) of the passport: UA, FR, DE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May appear on p&amp;ublic lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person agreed that their name may be printed in programmes and participant lists shared outside the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the country code for a number abroad. Digits, spaces and + - ( ) / .</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>Enter the family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A + may only start a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has at least six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nationality is a two-letter country code, such as UA, FR or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits, spaces and the signs + - ( ) / . belong in a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>“%1” cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of %2. Its fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets are for attendees only, not for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only attendees and meetings can be chosen by delegation, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only attendees can be chosen by status, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an attendee status. The statuses are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of %1 has no column “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The output refused the data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>the file ends inside its header (%n byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>its header gives an impossible page size (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated: %1 bytes, where its header promises %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size (%1 bytes) is not a whole number of pages of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database “%1”: the folder cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a damaged database: %2. It was not changed; restore it from a backup (a copy named “.bak-v…” may lie beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Delegation Desk database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only; it can be opened for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open for writing by user %2 on %3 (process %4, %5). Close it there first, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock “%1” for writing: the lock file “%2” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a damaged database: %2. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not of Delegation Desk. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Delegation Desk (database version %2; this version reads up to %3). Update Delegation Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an upgrade from database version %2 to %3, but it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty and read-only: there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: the backup copy “%2” could not be written (%3). The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading “%1” from database version %2 to %3 failed: %4. The database was left at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing record in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not marked as a Delegation Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at version %1; this program expects version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an upgrade from database version %2 to %3, which needs it opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>New Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities4Cities delegation to the Congress of Mayors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event the delegation travels to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head of delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact who leads the delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the delegation leaves; leave empty while it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;ds on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the delegation comes back; leave empty while it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many communities or people the delegation counts in all, when more are expected than are entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that coordinates the delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;artners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations the delegation travels in partnership with: tick each one (Space ticks the current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationRules</name>
    <message>
        <source>Enter the name of the delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned size cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure cannot be before the arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives on %1, before the delegation starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives on %1, after the delegation ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves on %1, after the delegation ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves on %1, before the delegation starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>%1: %2</source>
        <comment>place in the document: problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record could not be saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section %1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is used twice in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 must be a two-letter country code such as UA or FR, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 has the unknown value %2 (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 must be a whole number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 must be a date like 2025-11-18, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 must be a date and time like 2025-11-18T09:30, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 refers to %2, which is not defined (before this entry) in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 must be a list of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 names %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact %1 is a member twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field %1 refers to %2, which is not a member of this delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member cannot share a room with themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a party names either a %1 or an %2, and exactly one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partnership needs at least one named party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is smaller than the number of named parties (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last stage in %1 is %2, but the partnership&apos;s stage is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a demonstration scenario (its %1 is not %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has format version %1; this program reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration scenario is missing from this build (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration scenario is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration scenario must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is open for reading only; the demonstration scenario was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration scenario was not loaded: the database “%1” cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” already holds records. The demonstration scenario is loaded only into a new or empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration scenario was not loaded; nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration scenario was not loaded; nothing was changed. Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dependants</name>
    <message>
        <source>%1, %2</source>
        <comment>a list of what a deletion touches</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list of what a deletion touches</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delegation membership(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting participation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the date of birth and passport details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) without a head</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation member(s) without a room-mate</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without a community</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation member(s) without a community</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a meeting counterpart</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a party to a partnership</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) without a parent organisation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without an organisation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without an organiser</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) without a coordinator</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a delegation partner</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a partnership facilitator</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) without a link to it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1? Nothing else refers to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 leaves %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 also removes %2, and leaves %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnership %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>partnerships named in a deletion question</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between partnerships&apos; names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is a party to %n partnership(s) (%1), which will go on without it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress of Mayors of France, Study visit to Lviv…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation that holds the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people the organiser expects, if known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paris, Київ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UA, FR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-letter country code (ISO 3166-1): UA, FR, DE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paris Expo Porte de Versailles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day; leave empty while it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;ds on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day; leave empty while it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the event takes place, for the times of its meetings: Europe/Paris, Europe/Kyiv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventRules</name>
    <message>
        <source>Enter the name of the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected attendance cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a table as CSV (RFC 4180, UTF-8): %1. Attendees are delegation members joined with their contact; purpose presets choose their columns: %2 (the public list holds only the members who agreed to appear on public lists). With --preset, --columns adds fields to the preset&apos;s. Sensitive fields (date of birth, passport number and expiry) are written only when named in --columns. A cell a spreadsheet would run as a formula gets a leading apostrophe unless --no-formula-guard is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table to export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (written whole or not at all); - or nothing: standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the attendees or meetings of this delegation (its name or uid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only attendees with one of these statuses, separated by commas: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose preset for attendees: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field ids to write, in order, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row: field labels in the --lang language (labels, the default) or stable field ids (ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter: comma (the default), semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte-order mark, so that Excel shows Cyrillic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write cells that start like a formula as they are, without the leading apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes one TABLE: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table “%1”; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header takes labels or ids, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter takes comma, semicolon or tab, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs a file name, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delegation needs a name or uid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns needs at least one field id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset “%1”; the presets are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCursor</name>
    <message>
        <source>“%1” has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no delegation “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) are named “%1”; give the uid of the one you mean.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: every status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For E&amp;xcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard CSV (comma, no byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header as &amp;labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header as field &amp;ids (for scripts and import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guard against formulas (a cell starting with =, @, + or - gets a leading apostrophe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FastEntryDialog</name>
    <message>
        <source>Fast Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comm&amp;unity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counte&amp;rpart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;llow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved in this session, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves · Tab goes to the next field · Ctrl+1 contact · Ctrl+2 meeting note · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subregion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (passport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (passport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On public lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival flight/train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival airport/station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure flight/train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure airport/station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCatalog</name>
    <message>
        <source>Public list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel rooming list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, position and community of the members who agreed to appear on public lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport names, hotel, room type, room sharing and check-in and check-out dates, for the hotel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport names with arrival and departure times, flights or trains and airports or stations, for a transport agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native and passport names, position, community and role, for printing badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport and native names, nationality, community, role and visa status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of the members except the sensitive ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive fields are the date of birth, the passport number and the passport&apos;s expiry date. They are never exported through a preset: tick each one you need for this export, and send the file only to whom it is for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormInput</name>
    <message>
        <source>Enter a date such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number, such as 20.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListColumn</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subregion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (passport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (passport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On public lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (passport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival flight/train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure flight/train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delegation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Delegation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. Here you will plan delegations and their trips, keep contacts, communities and organisations, and follow each partnership from first contact to an active, ratified agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see how it works, open the demonstration: the delegation of Ukrainian communities to the Congress of Mayors of France, with the partnerships born there. It lives in a file of its own; this database stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start with this empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demonstration database, creating it if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Delegation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a community: a hromada or a commune from the official gazetteers, or any other place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter this list (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Con&amp;tact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person: names in their own script and in passport Latin, where they work, how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected partnership to another stage, with the date and a note for its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;in Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark delegation members arrived as they come to the registration desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fast Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type contacts and meeting notes one after another from the keyboard; Enter saves each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected record in its form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record, after saying what goes with it; Edit › Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the list on screen, or a delegation&apos;s attendee list for a hotel, a transport agency or badges, as a CSV file that Excel and LibreOffice open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meeting is, as the programme and the calendar will show it: &quot;Boyarka – Palaiseau, first talks&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation whose programme has this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event the meeting is part of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unchecked when the time is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unchecked when the end is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall, room, stand, address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed or learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must happen next, and who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up d&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unchecked when the follow-up has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart &amp;communities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communities met: check them; type in the filter to find one among many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart o&amp;rganisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who took part: delegation members and others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRules</name>
    <message>
        <source>Enter a title for the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the meeting starts, or leave its end out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the follow-up is, or leave its due date out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community the member represents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation &amp;letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time at the place of arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival flight/&amp;train:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AF 1053, TGV 9876…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airport or station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time at the place of departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depart&amp;ure by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure fli&amp;ght/train:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single, double, twin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another member of the delegation in the same room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;etary needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vegetarian, halal, allergies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wheelchair, step-free room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Add Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the people to add: type a few letters of a name (in Cyrillic or Latin letters), ↑ ↓ to choose, Enter to tick. They join as invited staff; change their status and role on the delegation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, community or organisation, in either script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a person who is not in the database yet; they are ticked once saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the organisation writes it: Stand with Ukraine, Асоціація міст України.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UA, FR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-letter country code (ISO 3166-1): UA, FR, DE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation this one belongs to, such as a programme run by a donor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationRules</name>
    <message>
        <source>Enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is a two-letter code, such as UA, FR or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A website address has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A website address starts with http:// or https://, or with its name: example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A website address looks like https://example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation cannot be part of itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <source>New Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;community or organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of the name, then Enter (or Add Party) adds the highlighted one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected party from this partnership (the community or organisation itself stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Named parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a date or a decision to edit it; Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties in a&amp;ll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When more took part than are named (a memorandum of fifteen communities of which one is named). Leave at &quot;as named&quot; otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the partnership stands as it is recorded; later changes go through Change Stage and are kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the partnership to another stage with a date and a note, kept in its history; recorded at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;reas of cooperation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education, culture, water, reconstruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born at &amp;event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event where the partnership began, as the Congress of Mayors of France.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born at &amp;meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting where the partnership began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unchecked until the agreement is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must happen next, and who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step d&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partnership whose next step is overdue stands out in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations that help the partnership along, as the Île-de-France region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipRepository</name>
    <message>
        <source>A partnership needs at least one named party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party of a partnership is either a community or an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipRules</name>
    <message>
        <source>Choose one of the stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership is already at the stage “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future: record a change once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history already has a change on %1: the new one cannot be dated earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one party: a community or an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party is either a community or an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same party is named twice: remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partnership has at least two parties in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parties are named: there cannot be fewer in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the kinds of partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the next step is, or leave its due date out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Delegation Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDetails</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>New &amp;Community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Con&amp;tact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Delegation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New M&amp;eeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Partnership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the community?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the organisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the event?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the delegation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the member from the delegation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the partnership?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>The record has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in time given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no delegation member with row id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a member role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a member status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with row id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of people, communities, organisations, delegations, meetings, partnerships…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, in Cyrillic or Latin letters. ↓ moves into the results, Enter opens one, Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageChangeDialog</name>
    <message>
        <source>Change Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages in the order a partnership usually goes through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the change happened: a letter signed, a council decision taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, who decided, a document&apos;s number…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Hromada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association of municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councillor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompanying person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-municipal cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::exchange::Writing</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::models::AgendaModel</name>
    <message>
        <source>Date not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <comment>a meeting that ends on another day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a meeting&apos;s time range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::models::DelegationMembersModel</name>
    <message numerus="yes">
        <source>%n invited</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nominated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of members at each status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passport spelling entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::models::EntityTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::models::GazetteerCompletionModel</name>
    <message>
        <source>KATOTTG code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSEE code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily occupied: the codifier lists it as the council it was before the occupation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::CheckInDialog</name>
    <message>
        <source>The delegations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no delegations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a delegation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this delegation matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 checked in at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already checked in at %2 (on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Arrived: %1 of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ChoiceListWidget</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>chosen; shown</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::CommunityDialog</name>
    <message>
        <source>Ukrainian hromadas and French communes are completed from the official gazetteers as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from the KATOTTG codifier of Ukraine (edition of 2 July 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from INSEE’s Code officiel géographique (2026, via Etalab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the official transliteration; type to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the community’s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is a two-letter code, such as UA, FR or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the official transliteration of Ukrainian; type to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in the passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communities to choose from could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations to choose from could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DelegationDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events to choose from could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations to choose from could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts to choose from could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DelegationPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left, Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contacts to the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status of the selected members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the role of the selected members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the current member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected members from the delegation; their contacts stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delegation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from date – to date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <comment>members or communities the delegation counts in all</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet — add them with Add Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda: no meetings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to the delegation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n member(s) to “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n member(s) “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the delegation? The contact stays in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n members from the delegation: %1? Their contacts stay in the database.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n members from the delegation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::EventDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations to choose from could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For E&amp;xcel (semicolons, with a byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For E&amp;xcel (commas, with a byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The list as shown: %1, %n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of the list on screen, with its filter and sort, and the columns it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member of the chosen delegations and statuses, with the columns ticked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::FastEntryDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices for %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no community of that name; choose one from the list or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organisation of that name; choose one from the list or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no delegation of that name; choose one from the list or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n this session)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form holds text that is not saved: Enter saves it, Esc again discards it and closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ListDelegate</name>
    <message>
        <source>Next step overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only: you can look, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see everything about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Delegation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation Desk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists and cannot be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Delegation Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation Desk %1

Organises municipal delegations and city-to-city partnerships, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter This List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match the filter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a record to the list on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo history was cleared; the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit › Undo (%1) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the stage of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::MeetingDialog</name>
    <message>
        <source>Filter communities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records to choose from could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::MemberDialog</name>
    <message>
        <source>Edit Member — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go below the first date to leave it unset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communities to choose from could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 in the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::MemberPickerDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the ticked people (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody ticked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticked: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one person, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::OrganisationDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations to choose from could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::PartnershipDialog</name>
    <message>
        <source>Type a name: Боярка, Palaiseau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records to choose from could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day this party&apos;s council ratified the agreement. Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council decision and its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::StageChangeDialog</name>
    <message>
        <source>Now at the stage “%1”, since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now at the stage “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::UnsavedChangesGuard</name>
    <message>
        <source>Discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Close it and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
