<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ArrivalsBar</name>
        <message numerus="yes">
            <location filename="../../ui/arrivals_bar.py" line="46" />
            <source>%n customer(s) from %1 are now yours.</source>
            <translation>
                <numerusform>%n customer from %1 is now yours.</numerusform>
                <numerusform>%n customers from %1 are now yours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arrivals_bar.py" line="49" />
            <source>%n customer(s) from the branch pool are now yours.</source>
            <translation>
                <numerusform>%n customer from the branch pool is now yours.</numerusform>
                <numerusform>%n customers from the branch pool are now yours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arrivals_bar.py" line="70" />
            <source>no contact for %n day(s), returned to the branch pool</source>
            <translation>
                <numerusform>no contact for %n day, returned to the branch pool</numerusform>
                <numerusform>no contact for %n days, returned to the branch pool</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message numerus="yes">
            <location filename="../../ui/admin_audit.py" line="157" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message numerus="yes">
            <location filename="../../ui/admin_audit.py" line="300" />
            <source>The newest %n entries; More shows older ones.</source>
            <translation>
                <numerusform>The newest entry; More shows older ones.</numerusform>
                <numerusform>The newest %n entries; More shows older ones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_audit.py" line="302" />
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
            <location filename="../../ui/calendar_page.py" line="378" />
            <source>This overlaps %n other appointment(s) of the same person:</source>
            <translation>
                <numerusform>This overlaps %n other appointment of the same person:</numerusform>
                <numerusform>This overlaps %n other appointments of the same person:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CollectionList</name>
        <message numerus="yes">
            <location filename="../../ui/credit_collection.py" line="117" />
            <source>%n overdue receivable(s)</source>
            <translation>
                <numerusform>%n overdue receivable</numerusform>
                <numerusform>%n overdue receivables</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerHeader</name>
        <message numerus="yes">
            <location filename="../../ui/customer_header.py" line="95" />
            <source>⚠ %n open complaint(s)</source>
            <translation>
                <numerusform>⚠ %n open complaint</numerusform>
                <numerusform>⚠ %n open complaints</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customer_header.py" line="109" />
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
            <location filename="../../ui/customers.py" line="596" />
            <source>Archived %n customer(s).</source>
            <translation>
                <numerusform>Archived %n customer.</numerusform>
                <numerusform>Archived %n customers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="662" />
            <source>Changing %n customer(s)…</source>
            <translation>
                <numerusform>Changing %n customer…</numerusform>
                <numerusform>Changing %n customers…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="683" />
            <source>Tag “%1” added to %n customer(s).</source>
            <translation>
                <numerusform>Tag “%1” added to %n customer.</numerusform>
                <numerusform>Tag “%1” added to %n customers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="685" />
            <source>Tag “%1” removed from %n customer(s).</source>
            <translation>
                <numerusform>Tag “%1” removed from %n customer.</numerusform>
                <numerusform>Tag “%1” removed from %n customers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="687" />
            <source>Tier set to %1 for %n customer(s).</source>
            <translation>
                <numerusform>Tier set to %1 for %n customer.</numerusform>
                <numerusform>Tier set to %1 for %n customers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="689" />
            <source>Status set to %1 for %n customer(s).</source>
            <translation>
                <numerusform>Status set to %1 for %n customer.</numerusform>
                <numerusform>Status set to %1 for %n customers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="724" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DevicesDialog</name>
        <message numerus="yes">
            <location filename="../../ui/admin_devices.py" line="122" />
            <source>%n computer(s)</source>
            <translation>
                <numerusform>%n computer</numerusform>
                <numerusform>%n computers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message numerus="yes">
            <location filename="../../ui/reports_page.py" line="603" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message numerus="yes">
            <location filename="../../ui/export_actions.py" line="71" />
            <source>Saved %n page(s).</source>
            <translation>
                <numerusform>Saved %n page.</numerusform>
                <numerusform>Saved %n pages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_actions.py" line="375" />
            <source>Exported %n row(s).</source>
            <translation>
                <numerusform>Exported %n row.</numerusform>
                <numerusform>Exported %n rows.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <location filename="../../ui/customer_filters.py" line="177" />
            <source>%n archived customer(s)</source>
            <translation>
                <numerusform>%n archived customer</numerusform>
                <numerusform>%n archived customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customer_filters.py" line="179" />
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln customer</numerusform>
                <numerusform>%Ln customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customer_filters.py" line="181" />
            <source>%1 of %Ln customer(s)</source>
            <translation>
                <numerusform>%1 of %Ln customer</numerusform>
                <numerusform>%1 of %Ln customers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDuplicatesPage</name>
        <message numerus="yes">
            <location filename="../../ui/import_wizard.py" line="644" />
            <source>%n more row(s) follow the buttons.</source>
            <translation>
                <numerusform>%n more row follows the buttons.</numerusform>
                <numerusform>%n more rows follow the buttons.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportMappingPage</name>
        <message numerus="yes">
            <location filename="../../ui/import_wizard.py" line="376" />
            <source>%n row(s) under the headers.</source>
            <translation>
                <numerusform>%n row under the headers.</numerusform>
                <numerusform>%n rows under the headers.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message numerus="yes">
            <location filename="../../ui/interaction_dialog.py" line="99" />
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
            <location filename="../../ui/main.py" line="189" />
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
            <location filename="../../ui/main_window.py" line="407" />
            <source>%n change(s) waiting to sync</source>
            <translation>
                <numerusform>%n change waiting to sync</numerusform>
                <numerusform>%n changes waiting to sync</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="410" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="420" />
            <source>Downloading… %Ln record(s)</source>
            <translation>
                <numerusform>Downloading… %Ln record</numerusform>
                <numerusform>Downloading… %Ln records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeBranchDialog</name>
        <message numerus="yes">
            <location filename="../../ui/admin_branches.py" line="120" />
            <source>Merge %1 into %2? Its %n person(s) and all its customers move.</source>
            <translation>
                <numerusform>Merge %1 into %2? Its %n person and all its customers move.</numerusform>
                <numerusform>Merge %1 into %2? Its %n people and all its customers move.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OffboardDialog</name>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="76" />
            <source>%1's account is closed at once and they are signed out everywhere. Their %n customer(s), with all history, open opportunities, tasks and service requests, go to:</source>
            <translation>
                <numerusform>%1's account is closed at once and they are signed out everywhere. Their %n customer, with all history, open opportunities, tasks and service requests, goes to:</numerusform>
                <numerusform>%1's account is closed at once and they are signed out everywhere. Their %n customers, with all history, open opportunities, tasks and service requests, go to:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OffboardReport</name>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="187" />
            <source>%n customer(s) moved with their whole history</source>
            <translation>
                <numerusform>%n customer moved with their whole history</numerusform>
                <numerusform>%n customers moved with their whole history</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="195" />
            <source>%n open opportunity(-ies) handed on</source>
            <translation>
                <numerusform>%n open opportunity handed on</numerusform>
                <numerusform>%n open opportunities handed on</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="196" />
            <source>%n open task(s) handed on</source>
            <translation>
                <numerusform>%n open task handed on</numerusform>
                <numerusform>%n open tasks handed on</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="197" />
            <source>%n open service request(s) handed on</source>
            <translation>
                <numerusform>%n open service request handed on</numerusform>
                <numerusform>%n open service requests handed on</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="200" />
            <source>%n open contract(s) handed on</source>
            <translation>
                <numerusform>%n open contract handed on</numerusform>
                <numerusform>%n open contracts handed on</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="202" />
            <source>%n session(s) signed out</source>
            <translation>
                <numerusform>%n session signed out</numerusform>
                <numerusform>%n sessions signed out</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleImportDialog</name>
        <message numerus="yes">
            <location filename="../../ui/admin_people_import.py" line="231" />
            <source>%n person(s) added.</source>
            <translation>
                <numerusform>%n person added.</numerusform>
                <numerusform>%n people added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people_import.py" line="233" />
            <source>%n not added (see Check).</source>
            <translation>
                <numerusform>%n not added (see Check).</numerusform>
                <numerusform>%n not added (see Check).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people_import.py" line="249" />
            <source>%n person(s) ready to add</source>
            <translation>
                <numerusform>%n person ready to add</numerusform>
                <numerusform>%n people ready to add</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people_import.py" line="251" />
            <source>%n row(s) with a problem are skipped.</source>
            <translation>
                <numerusform>%n row with a problem is skipped.</numerusform>
                <numerusform>%n rows with a problem are skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people_import.py" line="254" />
            <source>Add %n person(s)</source>
            <translation>
                <numerusform>Add %n person</numerusform>
                <numerusform>Add %n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message numerus="yes">
            <location filename="../../ui/admin_people.py" line="292" />
            <source>%n computer(s) hold changes not yet sent and have not synced for %1 days: %2. Ask their users to connect; the changes exist only there.</source>
            <translation>
                <numerusform>%n computer holds changes not yet sent and has not synced for %1 days: %2. Ask its user to connect; the changes exist only there.</numerusform>
                <numerusform>%n computers hold changes not yet sent and have not synced for %1 days: %2. Ask their users to connect; the changes exist only there.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people.py" line="322" />
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people.py" line="397" />
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
            <location filename="../../ui/pipeline_page.py" line="415" />
            <source>%n opportunity(ies)</source>
            <translation>
                <numerusform>%n opportunity</numerusform>
                <numerusform>%n opportunities</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PoolPage</name>
        <message numerus="yes">
            <location filename="../../ui/pool_page.py" line="231" />
            <source>%n customer(s) in your branch's pool</source>
            <translation>
                <numerusform>%n customer in your branch's pool</numerusform>
                <numerusform>%n customers in your branch's pool</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pool_page.py" line="257" />
            <source>No contact from its owner for %n day(s)</source>
            <translation>
                <numerusform>No contact from its owner for %n day</numerusform>
                <numerusform>No contact from its owner for %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message numerus="yes">
            <location filename="../../ui/customer_bulk.py" line="90" />
            <source>Give %n customer(s) to a colleague, with their history and open work. They move on the server (a connection is needed) and leave or change in this list at the next sync.</source>
            <translation>
                <numerusform>Give %n customer to a colleague, with their history and open work. It moves on the server (a connection is needed) and leaves or changes in this list at the next sync.</numerusform>
                <numerusform>Give %n customers to a colleague, with their history and open work. They move on the server (a connection is needed) and leave or change in this list at the next sync.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReassignTab</name>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="49" />
            <source>%n open opportunity(-ies)</source>
            <translation>
                <numerusform>%n open opportunity</numerusform>
                <numerusform>%n open opportunities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="51" />
            <source>%n open task(s)</source>
            <translation>
                <numerusform>%n open task</numerusform>
                <numerusform>%n open tasks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="54" />
            <source>%n open service request(s)</source>
            <translation>
                <numerusform>%n open service request</numerusform>
                <numerusform>%n open service requests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="60" />
            <source>%n open contract(s)</source>
            <translation>
                <numerusform>%n open contract</numerusform>
                <numerusform>%n open contracts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="69" />
            <location filename="../../ui/admin_reassign.py" line="82" />
            <source>%n customer(s)</source>
            <translation>
                <numerusform>%n customer</numerusform>
                <numerusform>%n customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="201" />
            <source>Move all %n customer(s) of %1 to %2?</source>
            <translation>
                <numerusform>Move the %n customer of %1 to %2?</numerusform>
                <numerusform>Move all %n customers of %1 to %2?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="257" />
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
            <location filename="../../ui/recovery_notice.py" line="17" />
            <source>%n change(s) not yet sent were saved from it; they are sent at the next sync.</source>
            <translation>
                <numerusform>%n change not yet sent was saved from it; it is sent at the next sync.</numerusform>
                <numerusform>%n changes not yet sent were saved from it; they are sent at the next sync.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderWindow</name>
        <message numerus="yes">
            <location filename="../../ui/calendar_reminders.py" line="122" />
            <source>Good morning. %n follow-up(s) are overdue: see Today or the Calendar.</source>
            <translation>
                <numerusform>Good morning. %n follow-up is overdue: see Today or the Calendar.</numerusform>
                <numerusform>Good morning. %n follow-ups are overdue: see Today or the Calendar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/calendar_reminders.py" line="139" />
            <source>in %n minute(s)</source>
            <translation>
                <numerusform>in %n minute</numerusform>
                <numerusform>in %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/calendar_reminders.py" line="143" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/calendar_reminders.py" line="164" />
            <source>%n reminder(s)</source>
            <translation>
                <numerusform>%n reminder</numerusform>
                <numerusform>%n reminders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/calendar_reminders.py" line="167" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <location filename="../../ui/reports_page.py" line="352" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reports_page.py" line="514" />
            <source>Exported %n row(s).</source>
            <translation>
                <numerusform>Exported %n row.</numerusform>
                <numerusform>Exported %n rows.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message numerus="yes">
            <location filename="../../ui/task_actions.py" line="109" />
            <source>It keeps its length (%n minute(s)).</source>
            <translation>
                <numerusform>It keeps its length (%n minute).</numerusform>
                <numerusform>It keeps its length (%n minutes).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReturnToPoolDialog</name>
        <message numerus="yes">
            <location filename="../../ui/pool_actions.py" line="85" />
            <source>Return %n customer(s) to your branch's pool?</source>
            <translation>
                <numerusform>Return %n customer to your branch's pool?</numerusform>
                <numerusform>Return %n customers to your branch's pool?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewTab</name>
        <message numerus="yes">
            <location filename="../../ui/admin_review.py" line="446" />
            <source>The first %n shown; More shows the next.</source>
            <translation>
                <numerusform>The first %n shown; More shows the next.</numerusform>
                <numerusform>The first %n shown; More shows the next.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_review.py" line="448" />
            <source>%n recent decision(s)</source>
            <translation>
                <numerusform>%n recent decision</numerusform>
                <numerusform>%n recent decisions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_review.py" line="450" />
            <source>%n change(s) wait for a decision</source>
            <translation>
                <numerusform>%n change waits for a decision</numerusform>
                <numerusform>%n changes wait for a decision</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_review.py" line="544" />
            <source>Apply all %n change(s) from %1, oldest first?</source>
            <translation>
                <numerusform>Apply the %n change from %1?</numerusform>
                <numerusform>Apply all %n changes from %1, oldest first?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_review.py" line="559" />
            <source>%n change(s) applied.</source>
            <translation>
                <numerusform>%n change applied.</numerusform>
                <numerusform>%n changes applied.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_review.py" line="561" />
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
            <location filename="../../ui/service_page.py" line="297" />
            <source>Showing the most urgent %1 of %n request(s)</source>
            <translation>
                <numerusform>Showing the most urgent %1 of %n request</numerusform>
                <numerusform>Showing the most urgent %1 of %n requests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service_page.py" line="300" />
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n request</numerusform>
                <numerusform>%n requests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service_page.py" line="301" />
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
            <location filename="../../ui/service_page.py" line="142" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service_page.py" line="144" />
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service_page.py" line="145" />
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
            <location filename="../../ui/sync_page.py" line="176" />
            <source>%1  Up to date: %n check(s), nothing to send or receive.</source>
            <translation>
                <numerusform>%1  Up to date: %n check, nothing to send or receive.</numerusform>
                <numerusform>%1  Up to date: %n checks, nothing to send or receive.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_page.py" line="179" />
            <source>%1  Sync did not finish %n time(s): %2</source>
            <translation>
                <numerusform>%1  Sync did not finish %n time: %2</numerusform>
                <numerusform>%1  Sync did not finish %n times: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_page.py" line="187" />
            <source>%1  Sent %Ln change(s).</source>
            <translation>
                <numerusform>%1  Sent %Ln change.</numerusform>
                <numerusform>%1  Sent %Ln changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_page.py" line="188" />
            <source>Received %Ln row(s).</source>
            <translation>
                <numerusform>Received %Ln row.</numerusform>
                <numerusform>Received %Ln rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_page.py" line="190" />
            <source>%n conflict(s) recorded.</source>
            <translation>
                <numerusform>%n conflict recorded.</numerusform>
                <numerusform>%n conflicts recorded.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_page.py" line="192" />
            <source>%n change(s) refused.</source>
            <translation>
                <numerusform>%n change refused.</numerusform>
                <numerusform>%n changes refused.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message numerus="yes">
            <location filename="../../ui/customer_bulk.py" line="45" />
            <source>Add a tag to %n customer(s):</source>
            <translation>
                <numerusform>Add a tag to %n customer:</numerusform>
                <numerusform>Add a tag to %n customers:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customer_bulk.py" line="48" />
            <source>Remove a tag from %n customer(s):</source>
            <translation>
                <numerusform>Remove a tag from %n customer:</numerusform>
                <numerusform>Remove a tag from %n customers:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message numerus="yes">
            <location filename="../../ui/task_dialog.py" line="322" />
            <source>%n day(s) before</source>
            <translation>
                <numerusform>%n day before</numerusform>
                <numerusform>%n days before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/task_dialog.py" line="326" />
            <source>%n hour(s) before</source>
            <translation>
                <numerusform>%n hour before</numerusform>
                <numerusform>%n hours before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/task_dialog.py" line="163" />
            <location filename="../../ui/task_dialog.py" line="330" />
            <source>%n minute(s) before</source>
            <translation>
                <numerusform>%n minute before</numerusform>
                <numerusform>%n minutes before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/task_dialog.py" line="264" />
            <source>This overlaps %n other appointment(s) of the same person:</source>
            <translation>
                <numerusform>This overlaps %n other appointment of the same person:</numerusform>
                <numerusform>This overlaps %n other appointments of the same person:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message numerus="yes">
            <location filename="../../ui/today_page.py" line="539" />
            <source>returns to the pool in %n day(s)</source>
            <translation>
                <numerusform>returns to the pool in %n day</numerusform>
                <numerusform>returns to the pool in %n days</numerusform>
            </translation>
        </message>
    </context>
</TS>
