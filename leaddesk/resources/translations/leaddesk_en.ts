<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <source>Moved %n lead(s) to {stage}.</source>
        <translation>
            <numerusform>Moved %n lead to {stage}.</numerusform>
            <numerusform>Moved %n leads to {stage}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more refused)</source>
        <translation>
            <numerusform>(and %n more refused)</numerusform>
            <numerusform>(and %n more refused)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n lead(s) to {stage}</source>
        <translation>
            <numerusform>Move %n lead to {stage}</numerusform>
            <numerusform>Move %n leads to {stage}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n lead(s)? They leave the board; Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Archive %n lead? It leaves the board; Edit → Undo brings it back.</numerusform>
            <numerusform>Archive %n leads? They leave the board; Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n lead(s)</source>
        <translation>
            <numerusform>Archive %n lead</numerusform>
            <numerusform>Archive %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n lead(s).</source>
        <translation>
            <numerusform>Archived %n lead.</numerusform>
            <numerusform>Archived %n leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today, {overdue} overdue</source>
        <translation>
            <numerusform>%n follow-up due today, {overdue} overdue</numerusform>
            <numerusform>%n follow-ups due today, {overdue} overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to make</source>
        <translation>
            <numerusform>%n call to make</numerusform>
            <numerusform>%n calls to make</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) today</source>
        <translation>
            <numerusform>%n meeting today</numerusform>
            <numerusform>%n meetings today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>The currency symbol money is shown with; empty = the locale&apos;s own currency.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupLeadsDialog</name>
    <message numerus="yes">
        <source>%n lead(s) in {file}. Nothing here can be changed.</source>
        <translation>
            <numerusform>%n lead in {file}. Nothing here can be changed.</numerusform>
            <numerusform>%n leads in {file}. Nothing here can be changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n backup.</numerusform>
            <numerusform>%n backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days since the last interaction</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>All leads (%n)</source>
        <translation>
            <numerusform>All leads (%n)</numerusform>
            <numerusform>All leads (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected cards (%n)</source>
        <translation>
            <numerusform>Selected cards (%n)</numerusform>
            <numerusform>Selected cards (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to {path}</source>
        <translation>
            <numerusform>Exported %n lead to {path}</numerusform>
            <numerusform>Exported %n leads to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lead(s)</source>
        <translation>
            <numerusform>{shown} of %n lead</numerusform>
            <numerusform>{shown} of %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message numerus="yes">
        <source>Why are these %n lead(s) disqualified?</source>
        <translation>
            <numerusform>Why is this lead disqualified?</numerusform>
            <numerusform>Why are these %n leads disqualified?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageModel</name>
    <message numerus="yes">
        <source>%n day(s) since the last interaction.</source>
        <translation>
            <numerusform>%n day since the last interaction.</numerusform>
            <numerusform>%n days since the last interaction.</numerusform>
        </translation>
    </message>
</context>
</TS>
