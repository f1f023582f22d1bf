<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>dd::ui::CheckInDialog</name>
    <message numerus="yes">
        <source>Arrived: %1 of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
</TS>
