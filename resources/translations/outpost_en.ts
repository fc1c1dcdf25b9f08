<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArrivalsBar</name>
    <message numerus="yes">
        <location filename="../../ui/arrivals_bar.py" line="46"/>
        <source>%n customer(s) from %1 are now yours.</source>
        <translation>
            <numerusform>%n customer from %1 is now yours.</numerusform>
            <numerusform>%n customers from %1 are now yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/arrivals_bar.py" line="49"/>
        <source>%n customer(s) from the branch pool are now yours.</source>
        <translation>
            <numerusform>%n customer from the branch pool is now yours.</numerusform>
            <numerusform>%n customers from the branch pool are now yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/arrivals_bar.py" line="70"/>
        <source>no contact for %n day(s), returned to the branch pool</source>
        <translation>
            <numerusform>no contact for %n day, returned to the branch pool</numerusform>
            <numerusform>no contact for %n days, returned to the branch pool</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message numerus="yes">
        <location filename="../../ui/admin_audit.py" line="209"/>
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>The newest %n entry; narrow the filters to see older ones.</numerusform>
            <numerusform>The newest %n entries; narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_audit.py" line="212"/>
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n entry, newest first</numerusform>
            <numerusform>%n entries, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <location filename="../../ui/calendar_page.py" line="302"/>
        <source>Overlaps %n other appointment(s):</source>
        <translation>
            <numerusform>Overlaps %n other appointment:</numerusform>
            <numerusform>Overlaps %n other appointments:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message numerus="yes">
        <location filename="../../ui/customer_header.py" line="94"/>
        <source>⚠ %n open complaint(s)</source>
        <translation>
            <numerusform>⚠ %n open complaint</numerusform>
            <numerusform>⚠ %n open complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_header.py" line="108"/>
        <source>%1 in %n open opportunity(ies)</source>
        <translation>
            <numerusform>%1 in %n open opportunity</numerusform>
            <numerusform>%1 in %n open opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <location filename="../../ui/customers.py" line="330"/>
        <source>Archived %n customer(s).</source>
        <translation>
            <numerusform>Archived %n customer.</numerusform>
            <numerusform>Archived %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../ui/customer_filters.py" line="120"/>
        <source>%n archived customer(s)</source>
        <translation>
            <numerusform>%n archived customer</numerusform>
            <numerusform>%n archived customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_filters.py" line="122"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_filters.py" line="124"/>
        <source>%1 of %Ln customer(s)</source>
        <translation>
            <numerusform>%1 of %Ln customer</numerusform>
            <numerusform>%1 of %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message numerus="yes">
        <location filename="../../ui/interaction_dialog.py" line="99"/>
        <source>Logged by %1 on %2. Only its author can change it, within %n day(s) of logging it.</source>
        <translation>
            <numerusform>Logged by %1 on %2. Only its author can change it, within %n day of logging it.</numerusform>
            <numerusform>Logged by %1 on %2. Only its author can change it, within %n days of logging it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <location filename="../../ui/main.py" line="180"/>
        <source>Your company closed your Outpost account. %n change(s) not yet sent were handed to your manager for review, and Outpost removed the customer data and your sign-in from this computer.</source>
        <translation>
            <numerusform>Your company closed your Outpost account. %n change not yet sent was handed to your manager for review, and Outpost removed the customer data and your sign-in from this computer.</numerusform>
            <numerusform>Your company closed your Outpost account. %n changes not yet sent were handed to your manager for review, and Outpost removed the customer data and your sign-in from this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="296"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="299"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Downloading… %Ln record(s)</source>
        <translation>
            <numerusform>Downloading… %Ln record</numerusform>
            <numerusform>Downloading… %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OffboardDialog</name>
    <message numerus="yes">
        <location filename="../../ui/admin_dialogs.py" line="73"/>
        <source>%1&apos;s account is closed at once and they are signed out everywhere. Their %n customer(s), with all history, open opportunities, tasks and service requests, go to:</source>
        <translation>
            <numerusform>%1&apos;s account is closed at once and they are signed out everywhere. Their %n customer, with all history, open opportunities, tasks and service requests, goes to:</numerusform>
            <numerusform>%1&apos;s account is closed at once and they are signed out everywhere. Their %n customers, with all history, open opportunities, tasks and service requests, go to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OffboardReport</name>
    <message numerus="yes">
        <location filename="../../ui/admin_dialogs.py" line="173"/>
        <source>%n customer(s) moved with their whole history</source>
        <translation>
            <numerusform>%n customer moved with their whole history</numerusform>
            <numerusform>%n customers moved with their whole history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_dialogs.py" line="176"/>
        <source>%n open opportunity(-ies) handed on</source>
        <translation>
            <numerusform>%n open opportunity handed on</numerusform>
            <numerusform>%n open opportunities handed on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_dialogs.py" line="177"/>
        <source>%n open task(s) handed on</source>
        <translation>
            <numerusform>%n open task handed on</numerusform>
            <numerusform>%n open tasks handed on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_dialogs.py" line="178"/>
        <source>%n open service request(s) handed on</source>
        <translation>
            <numerusform>%n open service request handed on</numerusform>
            <numerusform>%n open service requests handed on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_dialogs.py" line="179"/>
        <source>%n session(s) signed out</source>
        <translation>
            <numerusform>%n session signed out</numerusform>
            <numerusform>%n sessions signed out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message numerus="yes">
        <location filename="../../ui/admin_people.py" line="269"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_people.py" line="330"/>
        <source>Deactivate %1? They are signed out everywhere and cannot sign in again. Their %n customer(s) stay with them until you reassign them; to hand everything on at once, use Offboard… instead.</source>
        <translation>
            <numerusform>Deactivate %1? They are signed out everywhere and cannot sign in again. Their %n customer stays with them until you reassign them; to hand everything on at once, use Offboard… instead.</numerusform>
            <numerusform>Deactivate %1? They are signed out everywhere and cannot sign in again. Their %n customers stay with them until you reassign them; to hand everything on at once, use Offboard… instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message numerus="yes">
        <location filename="../../ui/pipeline_page.py" line="404"/>
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignTab</name>
    <message numerus="yes">
        <location filename="../../ui/admin_reassign.py" line="136"/>
        <source>Move all %n customer(s) of %1 to %2?</source>
        <translation>
            <numerusform>Move the %n customer of %1 to %2?</numerusform>
            <numerusform>Move all %n customers of %1 to %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_reassign.py" line="173"/>
        <source>%n customer(s) moved to %1.</source>
        <translation>
            <numerusform>%n customer moved to %1.</numerusform>
            <numerusform>%n customers moved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <location filename="../../ui/recovery_notice.py" line="17"/>
        <source>%n change(s) not yet sent were saved from it; they are sent at the next sync.</source>
        <translation>
            <numerusform>%n change not yet sent was saved from it; it is sent at the next sync.</numerusform>
            <numerusform>%n changes not yet sent were saved from it; they are sent at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <location filename="../../ui/task_actions.py" line="52"/>
        <source>It keeps its length (%n minute(s)).</source>
        <translation>
            <numerusform>It keeps its length (%n minute).</numerusform>
            <numerusform>It keeps its length (%n minutes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message numerus="yes">
        <location filename="../../ui/admin_review.py" line="327"/>
        <source>%n recent decision(s)</source>
        <translation>
            <numerusform>%n recent decision</numerusform>
            <numerusform>%n recent decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_review.py" line="329"/>
        <source>%n change(s) wait for a decision</source>
        <translation>
            <numerusform>%n change waits for a decision</numerusform>
            <numerusform>%n changes wait for a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_review.py" line="423"/>
        <source>Apply all %n change(s) from %1, oldest first?</source>
        <translation>
            <numerusform>Apply the %n change from %1?</numerusform>
            <numerusform>Apply all %n changes from %1, oldest first?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_review.py" line="438"/>
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n change applied.</numerusform>
            <numerusform>%n changes applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_review.py" line="440"/>
        <source>%n could not be applied and still wait here.</source>
        <translation>
            <numerusform>%n could not be applied and still waits here.</numerusform>
            <numerusform>%n could not be applied and still wait here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message numerus="yes">
        <location filename="../../ui/service_page.py" line="280"/>
        <source>Showing the most urgent %1 of %n request(s)</source>
        <translation>
            <numerusform>Showing the most urgent %1 of %n request</numerusform>
            <numerusform>Showing the most urgent %1 of %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_page.py" line="283"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_page.py" line="284"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/service_page.py" line="133"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_page.py" line="135"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_page.py" line="136"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="117"/>
        <source>%1  Sent %Ln change(s).</source>
        <translation>
            <numerusform>%1  Sent %Ln change.</numerusform>
            <numerusform>%1  Sent %Ln changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="118"/>
        <source>Received %Ln row(s).</source>
        <translation>
            <numerusform>Received %Ln row.</numerusform>
            <numerusform>Received %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="120"/>
        <source>%n conflict(s) recorded.</source>
        <translation>
            <numerusform>%n conflict recorded.</numerusform>
            <numerusform>%n conflicts recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="122"/>
        <source>%n change(s) refused.</source>
        <translation>
            <numerusform>%n change refused.</numerusform>
            <numerusform>%n changes refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message numerus="yes">
        <location filename="../../ui/task_dialog.py" line="241"/>
        <source>This overlaps %n other appointment(s) of the same person:</source>
        <translation>
            <numerusform>This overlaps %n other appointment of the same person:</numerusform>
            <numerusform>This overlaps %n other appointments of the same person:</numerusform>
        </translation>
    </message>
</context>
</TS>
