<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarCommand</name>
    <message numerus="yes">
        <source>Left out %n meeting(s) without a start time.</source>
        <translation>
            <numerusform>Left out %n meeting without a start time.</numerusform>
            <numerusform>Left out %n meetings without a start time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to standard output.</source>
        <translation>
            <numerusform>Wrote %n event to standard output.</numerusform>
            <numerusform>Wrote %n events to standard output.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to “%1”.</source>
        <translation>
            <numerusform>Wrote %n event to “%1”.</numerusform>
            <numerusform>Wrote %n events to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>“%1” has %n problem(s).</source>
        <translation>
            <numerusform>“%1” has %n problem.</numerusform>
            <numerusform>“%1” has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>%n hit.</numerusform>
            <numerusform>%n hits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n row have problems; nothing was imported.</numerusform>
            <numerusform>%n rows have problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of this delegation are named “%1”.</source>
        <translation>
            <numerusform>%n member of this delegation are named “%1”.</numerusform>
            <numerusform>%n members of this delegation are named “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communities are named “%1”; give the code of the one you mean in community_code.</source>
        <translation>
            <numerusform>%n communities are named “%1”; give the code of the one you mean in community_code.</numerusform>
            <numerusform>%n communities are named “%1”; give the code of the one you mean in community_code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations are named “%1”; give the uid of the one you mean.</source>
        <translation>
            <numerusform>%n organisations are named “%1”; give the uid of the one you mean.</numerusform>
            <numerusform>%n organisations are named “%1”; give the uid of the one you mean.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s) where the header has %1.</source>
        <translation>
            <numerusform>The row has %n field where the header has %1.</numerusform>
            <numerusform>The row has %n fields where the header has %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>Line %1 has %n field(s) where the first line has %2.</source>
        <translation>
            <numerusform>Line %1 has %n field where the first line has %2.</numerusform>
            <numerusform>Line %1 has %n fields where the first line has %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>the file ends inside its header (%n byte(s))</source>
        <translation>
            <numerusform>the file ends inside its header (%n byte)</numerusform>
            <numerusform>the file ends inside its header (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dependants</name>
    <message numerus="yes">
        <source>%n delegation membership(s)</source>
        <translation>
            <numerusform>%n delegation membership</numerusform>
            <numerusform>%n delegation memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting participation(s)</source>
        <translation>
            <numerusform>%n meeting participation</numerusform>
            <numerusform>%n meeting participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) without a head</source>
        <translation>
            <numerusform>%n delegation without a head</numerusform>
            <numerusform>%n delegations without a head</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation member(s) without a room-mate</source>
        <translation>
            <numerusform>%n delegation member without a room-mate</numerusform>
            <numerusform>%n delegation members without a room-mate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without a community</source>
        <translation>
            <numerusform>%n contact without a community</numerusform>
            <numerusform>%n contacts without a community</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation member(s) without a community</source>
        <translation>
            <numerusform>%n delegation member without a community</numerusform>
            <numerusform>%n delegation members without a community</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a meeting counterpart</source>
        <translation>
            <numerusform>%n place as a meeting counterpart</numerusform>
            <numerusform>%n places as a meeting counterpart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a party to a partnership</source>
        <translation>
            <numerusform>%n place as a party to a partnership</numerusform>
            <numerusform>%n places as a party to a partnership</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) without a parent organisation</source>
        <translation>
            <numerusform>%n organisation without a parent organisation</numerusform>
            <numerusform>%n organisations without a parent organisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without an organisation</source>
        <translation>
            <numerusform>%n contact without an organisation</numerusform>
            <numerusform>%n contacts without an organisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without an organiser</source>
        <translation>
            <numerusform>%n event without an organiser</numerusform>
            <numerusform>%n events without an organiser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) without a coordinator</source>
        <translation>
            <numerusform>%n delegation without a coordinator</numerusform>
            <numerusform>%n delegations without a coordinator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a delegation partner</source>
        <translation>
            <numerusform>%n place as a delegation partner</numerusform>
            <numerusform>%n places as a delegation partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) as a partnership facilitator</source>
        <translation>
            <numerusform>%n place as a partnership facilitator</numerusform>
            <numerusform>%n places as a partnership facilitator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n other record</numerusform>
            <numerusform>%n other records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) without a link to it</source>
        <translation>
            <numerusform>%n other record without a link to it</numerusform>
            <numerusform>%n other records without a link to it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>partnerships named in a deletion question</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is a party to %n partnership(s) (%1), which will go on without it.</source>
        <translation>
            <numerusform>It is a party to %n partnership (%1), which will go on without it.</numerusform>
            <numerusform>It is a party to %n partnerships (%1), which will go on without it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <comment>attendee list: how many people</comment>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <comment>attendee list: how many communities, each a group</comment>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>Exported %n row.</numerusform>
            <numerusform>Exported %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %n row to “%1”.</numerusform>
            <numerusform>Exported %n rows to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCursor</name>
    <message numerus="yes">
        <source>%n delegation(s) are named “%1”; give the uid of the one you mean.</source>
        <translation>
            <numerusform>%n delegation are named “%1”; give the uid of the one you mean.</numerusform>
            <numerusform>%n delegations are named “%1”; give the uid of the one you mean.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n row have problems; nothing was imported.</numerusform>
            <numerusform>%n rows have problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message numerus="yes">
        <source>Wrote the programme with %n meeting(s) to “%1”.</source>
        <translation>
            <numerusform>Wrote the programme with %n meeting to “%1”.</numerusform>
            <numerusform>Wrote the programme with %n meetings to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n badge(s) printed.</source>
        <translation>
            <numerusform>Marked %n badge printed.</numerusform>
            <numerusform>Marked %n badges printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the document “%1” (%n member(s)) to “%2”.</source>
        <translation>
            <numerusform>Wrote the document “%1” (%n member) to “%2”.</numerusform>
            <numerusform>Wrote the document “%1” (%n members) to “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::documents::DocumentOptionsDialog</name>
    <message numerus="yes">
        <source>The selected member(s) (%n)</source>
        <translation>
            <numerusform>The selected member (%n)</numerusform>
            <numerusform>The selected members (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::models::DelegationMembersModel</name>
    <message numerus="yes">
        <source>%n invited</source>
        <translation>
            <numerusform>%n invited</numerusform>
            <numerusform>%n invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nominated</source>
        <translation>
            <numerusform>%n nominated</numerusform>
            <numerusform>%n nominated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed</source>
        <translation>
            <numerusform>%n confirmed</numerusform>
            <numerusform>%n confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n declined</numerusform>
            <numerusform>%n declined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show</source>
        <translation>
            <numerusform>%n no-show</numerusform>
            <numerusform>%n no-show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::CheckInDialog</name>
    <message numerus="yes">
        <source>Arrived: %1 of %n</source>
        <translation>
            <numerusform>Arrived: %1 of %n</numerusform>
            <numerusform>Arrived: %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::DelegationPage</name>
    <message numerus="yes">
        <source>%n member(s): %1</source>
        <translation>
            <numerusform>%n member: %1</numerusform>
            <numerusform>%n members: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %n meeting(s)</source>
        <translation>
            <numerusform>Agenda: %n meeting</numerusform>
            <numerusform>Agenda: %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to the delegation</source>
        <translation>
            <numerusform>Add %n member to the delegation</numerusform>
            <numerusform>Add %n members to the delegation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n member(s) to “%1”</source>
        <translation>
            <numerusform>Set %n member to “%1”</numerusform>
            <numerusform>Set %n members to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n member(s) “%1”</source>
        <translation>
            <numerusform>Make %n member “%1”</numerusform>
            <numerusform>Make %n members “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n members from the delegation: %1? Their contacts stay in the database.</source>
        <translation>
            <numerusform>Remove %n members from the delegation: %1? Their contacts stay in the database.</numerusform>
            <numerusform>Remove %n members from the delegation: %1? Their contacts stay in the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n members from the delegation</source>
        <translation>
            <numerusform>Remove %n members from the delegation</numerusform>
            <numerusform>Remove %n members from the delegation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planned size: %n</source>
        <comment>the number of people the delegation plans to bring</comment>
        <translation>
            <numerusform>planned size: %n</numerusform>
            <numerusform>planned size: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::DocumentActions</name>
    <message numerus="yes">
        <source>Mark %n badge(s) printed</source>
        <translation>
            <numerusform>Mark %n badge printed</numerusform>
            <numerusform>Mark %n badges printed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) written to “%1”.</source>
        <translation>
            <numerusform>%n meeting written to “%1”.</numerusform>
            <numerusform>%n meetings written to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) without a time left out.</source>
        <translation>
            <numerusform>%n meeting without a time left out.</numerusform>
            <numerusform>%n meetings without a time left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ExportDialog</name>
    <message numerus="yes">
        <source>The list as shown: %1, %n column(s)</source>
        <translation>
            <numerusform>The list as shown: %1, %n column</numerusform>
            <numerusform>The list as shown: %1, %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %n row to “%1”.</numerusform>
            <numerusform>Exported %n rows to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::FastEntryDialog</name>
    <message numerus="yes">
        <source>Saved %1 (%n this session)</source>
        <translation>
            <numerusform>Saved %1 (%n this session)</numerusform>
            <numerusform>Saved %1 (%n this session)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::ImportDialog</name>
    <message numerus="yes">
        <source>Saved %n rejected row(s) to “%1”.</source>
        <translation>
            <numerusform>Saved %n rejected row to “%1”.</numerusform>
            <numerusform>Saved %n rejected rows to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n row have problems; nothing was imported.</numerusform>
            <numerusform>%n rows have problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match the filter</source>
        <translation>
            <numerusform>%n record matches the filter</numerusform>
            <numerusform>%n records match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n record(s)</source>
        <translation>
            <numerusform>Import of %n record</numerusform>
            <numerusform>Import of %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::MemberPickerDialog</name>
    <message numerus="yes">
        <source>%n ticked: %1</source>
        <translation>
            <numerusform>%n ticked: %1</numerusform>
            <numerusform>%n ticked: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
