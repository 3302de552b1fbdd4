<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import phone list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read numbers from a CSV, Excel (.xlsx) or vCard file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected invitations, or all shown, as CSV or Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy invitation IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;all invitation IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again the numbers of the last send that were not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows for &amp;Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as cells that paste into a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite selected numbers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the numbers of the selected rows back in the list to invite, for example when an invitation was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every invitation&apos;s status from Accessy now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me when someone accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh statuses</source>
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
        <source>Send invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste numbers, or cells from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a description of the setup and recent problems, safe to paste into an e-mail to support (no secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What this app stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Accessy Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every past send from this computer, with its numbers (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Accessy Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete old send history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The send history is kept for %1. %n entries (sends and invitations) are from before %2.</source>
        <translation>
            <numerusform>The send history is kept for %1. %n entry (a send or an invitation) is from before %2.</numerusform>
            <numerusform>The send history is kept for %1. %n entries (sends and invitations) are from before %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting them removes the phone numbers, names and messages from this computer; the invitations in Accessy are not affected. From now on old entries are deleted once a day. You can change the period in Help › What this app stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete old entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPushButton</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::AboutDialog</name>
    <message>
        <source>About Accessy Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessy Invite icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessy Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people to your Accessy organization by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, libphonenumber, libzip and QtKeychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessy Invite is free software under the MIT licence. It is not made by Accessy AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the licence under which Accessy Invite is distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::AccessGroupsPicker</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search access groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access groups for the invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the access groups from Accessy again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;groups (optional): invitees join these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the access groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the access groups… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization has no access groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the access groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) chosen</source>
        <translation>
            <numerusform>%1 of %n group chosen</numerusform>
            <numerusform>%1 of %n groups chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::CloseGuard</name>
    <message>
        <source>Stop sending?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A send is running: %1 of %n sent. Stop after the batches in flight and quit?</source>
        <translation>
            <numerusform>A send is running: %1 of %n sent. Stop after the batches in flight and quit?</numerusform>
            <numerusform>A send is running: %1 of %n sent. Stop after the batches in flight and quit?</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers not sent yet stay in the list for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and &amp;quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ConnectionDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several organizations or servers: one profile each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a session &amp;token (recommended on shared computers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who administers the organization gives you a session token. Nothing that lasts is stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID and secret (the secret is kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever holds the client ID and secret can administer the whole organization. Use this only on a computer you alone use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only; never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved only in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: for company networks that inspect HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and read the organization, without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the session token and remove the saved secret from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret loaded from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry unknown: you will be asked for a new token when this one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token expired on %1. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: these credentials lack the ORGANIZATION_ADMINISTRATOR role, so sending invitations may be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token expires %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the session token is forgotten and the saved secret removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID and secret (no keychain here: the secret is kept for this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory for this session only, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in once Accessy has sent an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown when you confirm a send and in the default message. Accessy tells it only with an invitation, so type it here before the first send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganization name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to organization %1 (Accessy tells its name only with an invitation: type it under Organization name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ConnectionForm</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address, how to sign in, certificates (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and read the organization, to check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the session token and remove the saved secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DataStorageDialog</name>
    <message>
        <source>What this app stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep send history for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep send history for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest entry is from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history holds no entry yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not created yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number you invite, with its name, the message, the invitation&apos;s status and the journal of each send, is kept in %1 %2 in the folder %3. It is kept for %4, then deleted automatically (checked at start and once a day). %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection (server address, client ID, organization), your preferences, message templates, the last folders and the paths of recently imported files — never their contents — are kept in %1. No draft of numbers is stored: the numbers you type or import stay in memory until they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is kept only in the system keychain. When no keychain is available it is kept in memory for this run only. The session token is never written anywhere. No secret is in the files above or in a log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your account: the files are created readable by you alone, and corrected at start if they were not. Exports you save keep the normal permissions of the place you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person: right-click the number in the results and choose “Forget this number…”, or run %1. The number is wiped from the files; the invitation in Accessy is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old entries: choose below how many months to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything: quit the app and delete the folder %1 and the file %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DeletedInvitationsBar</name>
    <message>
        <source>Invite &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this away; the numbers are not invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) were deleted — usually an account reset. Invite them again?</source>
        <translation>
            <numerusform>%n invitation was deleted — usually an account reset. Invite it again?</numerusform>
            <numerusform>%n invitations were deleted — usually an account reset. Invite them again?</numerusform>
        </translation>
    </message>
    <message>
        <source>Put these numbers in the list to invite and check them before anything is sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::FileCommands</name>
    <message>
        <source>Import phone list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone lists (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) imported.</source>
        <translation>
            <numerusform>%n number imported.</numerusform>
            <numerusform>%n numbers imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitations-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) exported to %1.</source>
        <translation>
            <numerusform>%n invitation exported to %1.</numerusform>
            <numerusform>%n invitations exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported list of %n number(s) cleared. Undo, or press Ctrl+Z in the empty numbers field.</source>
        <translation>
            <numerusform>Imported list of %n number cleared. Undo, or press Ctrl+Z in the empty numbers field.</numerusform>
            <numerusform>Imported list of %n numbers cleared. Undo, or press Ctrl+Z in the empty numbers field.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers already listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The list already holds %n number(s). Replace them with the imported ones, or add the imported ones after them?</source>
        <translation>
            <numerusform>The list already holds %n number. Replace it with the imported ones, or add the imported ones after it?</numerusform>
            <numerusform>The list already holds %n numbers. Replace them with the imported ones, or add the imported ones after them?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ForgetNumberAction</name>
    <message>
        <source>Forget this number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything this app keeps about this phone number on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes from this computer every record of this number in the send history — invitations, send jobs and their journal, with any name and message kept with them — and wipes them from the history file. Its rows leave the table.

The invitation in Accessy is not affected: the person can still accept it, and Accessy keeps its own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the send has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send history could not be changed: %1. Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ImportPreviewDialog</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problems as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone numbers in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Names in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the rows that will not be imported, to fix them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows that will not be imported as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading worksheet %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pasted text&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the pasted numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n number(s)</source>
        <translation>
            <numerusform>Import %n number</numerusform>
            <numerusform>Import %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>No names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the numbers again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted-numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::InvitePanel</name>
    <message>
        <source>&amp;Send invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone numbers — one per line, or separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste numbers or import a list (Ctrl+O), e.g.
070-123 45 67
+46 70 765 43 21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number per line, or separated by commas, semicolons or tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entered number, its international form and whether it will be invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message in the SMS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Welcome to the office! Install Accessy to open the doors with your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an invitation by SMS to every valid number (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each number is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one valid mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message for the SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access groups the invitees join once they accept (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access groups: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Access groups: %n chosen</source>
        <translation>
            <numerusform>Access groups: %n chosen</numerusform>
            <numerusform>Access groups: %n chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear imported list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the imported list and type or paste numbers instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) from the imported list are shown below. Clear the list to type numbers instead.</source>
        <translation>
            <numerusform>%n number from the imported list is shown below. Clear the list to type numbers instead.</numerusform>
            <numerusform>%n numbers from the imported list are shown below. Clear the list to type numbers instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers without a country code are from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of numbers without a country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers without a country code are read as %1 (+%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: back to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LastSendCommands</name>
    <message>
        <source>Nothing to copy: select rows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No row was selected: copied the %n invitation ID(s) of the last send.</source>
        <translation>
            <numerusform>No row was selected: copied the invitation ID of the last send.</numerusform>
            <numerusform>No row was selected: copied the %n invitation IDs of the last send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list to invite now holds the %n selected number(s). Press Send when ready.</source>
        <translation>
            <numerusform>The list to invite now holds the %n selected number. Press Send when ready.</numerusform>
            <numerusform>The list to invite now holds the %n selected numbers. Press Send when ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::LiveStateLabel</name>
    <message>
        <source>Live status connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes arrive as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◌ Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live connection dropped; statuses are refreshed when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Live updates refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event service refused the sign-in. Statuses are still refreshed every minute and with F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live connection. Statuses are refreshed with F5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Accessy Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n invitation ID(s).</source>
        <translation>
            <numerusform>Copied %n invitation ID.</numerusform>
            <numerusform>Copied %n invitation IDs.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice mode&lt;/b&gt; — connected to a local practice server. No SMS is sent and nobody is invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice server ready at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who already has an invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials lack the organization administrator role: sending may be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the connection first (Connection settings, Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session token yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pasted session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client ID yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signing in with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Open Settings (Ctrl+,) and paste a session token, or enter the organization&apos;s client ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. The session token is forgotten and the saved secret removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in (roles: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied. They hold no secret or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted session token has expired. Paste a new one to go on; requests waiting for it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another send to %1 is running in process %2 — waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers you had not sent yet are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers and message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language can change once the send has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MemberReadProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reading the member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading members: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MessageComposer</name>
    <message>
        <source>non-breaking space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invisible character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the SMS. Below it: its length in characters and SMS parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One SMS holds 160 characters, or 153 each when the message is split. The characters ^ { } \ [ ~ ] | € count twice. One character outside this set (such as “ ” – … or an emoji) makes the whole message Unicode: 70 characters, or 67 each when split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with &amp;plain characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace typographic quotes, dashes, ellipses, special spaces and accents the SMS alphabet lacks, so more text fits in each SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved message, or save this one for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters that shorten the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <extracomment>%1 is &quot;N characters&quot;, %2 is &quot;M SMS&quot;, %3 the alphabet: GSM or Unicode</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) outside the SMS alphabet make this a Unicode SMS with fewer characters per part: %1</source>
        <translation>
            <numerusform>%n character outside the SMS alphabet makes this a Unicode SMS with fewer characters per part: %1</numerusform>
            <numerusform>%n characters outside the SMS alphabet make this a Unicode SMS with fewer characters per part: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save message as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save message as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ReminderCommands</name>
    <message>
        <source>Re&amp;mind selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the invitations that have waited this long without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected pending invitations a reminder: a second SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Pending longer than %n day(s)…</source>
        <translation>
            <numerusform>&amp;Pending longer than %n day…</numerusform>
            <numerusform>&amp;Pending longer than %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %n invitation(s) pending longer than %1 day(s). Edit › Remind selected sends them a reminder.</source>
        <translation>
            <numerusform>Selected %n invitation pending longer than %1 days. Edit › Remind selected sends it a reminder.</numerusform>
            <numerusform>Selected %n invitations pending longer than %1 days. Edit › Remind selected sends them a reminder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No invitation shown has been pending longer than %n day(s).</source>
        <translation>
            <numerusform>No invitation shown has been pending longer than %n day.</numerusform>
            <numerusform>No invitation shown has been pending longer than %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select invitations pending longer than this many &amp;days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A send is running: remind when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — invited on %2, still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Select pending invitations first (View › Pending longer than %n day(s)).</source>
        <translation>
            <numerusform>Select pending invitations first (View › Pending longer than %n day).</numerusform>
            <numerusform>Select pending invitations first (View › Pending longer than %n days).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the reminder&apos;s message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n person(s) a SECOND SMS?</source>
        <translation>
            <numerusform>Send %n person a SECOND SMS?</numerusform>
            <numerusform>Send %n people a SECOND SMS?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of them was already texted an invitation that is still pending. A reminder is a new invitation: they get another SMS with this message:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n reminder(s)</source>
        <translation>
            <numerusform>Send %n reminder</numerusform>
            <numerusform>Send %n reminders</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n reminder(s)…</source>
        <translation>
            <numerusform>Sending %n reminder…</numerusform>
            <numerusform>Sending %n reminders…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ResultsPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Invitations&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show invitations with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only invitations with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, name or ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitations yet.
Paste numbers or import a list on the left, write a message, then press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start no more requests; those under way finish and are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitation matches the search or the status filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n to go</numerusform>
            <numerusform>%n to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %1 s to be sure the server did not already text %n number(s)</source>
        <translation>
            <numerusform>waiting %1 s to be sure the server did not already text %n number</numerusform>
            <numerusform>waiting %1 s to be sure the server did not already text %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ResultsView</name>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per number: its invitation ID and status. Ctrl+C copies the selected IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy invitation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all invitation IDs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SendConfirmationDialog</name>
    <message>
        <source>Send invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Send %n invitation(s) to %1?&lt;/b&gt;&lt;br&gt;Each person gets an SMS with this message:</source>
        <translation>
            <numerusform>&lt;b&gt;Send %n invitation to %1?&lt;/b&gt;&lt;br&gt;The person gets an SMS with this message:</numerusform>
            <numerusform>&lt;b&gt;Send %n invitations to %1?&lt;/b&gt;&lt;br&gt;Each person gets an SMS with this message:</numerusform>
        </translation>
    </message>
    <message>
        <source>They join these access groups when they accept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — already invited on %2 (still pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — listed twice: sent once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) will not be sent:</source>
        <translation>
            <numerusform>%n number will not be sent:</numerusform>
            <numerusform>%n numbers will not be sent:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n invitation(s)</source>
        <translation>
            <numerusform>Send %n invitation</numerusform>
            <numerusform>Send %n invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>They join no access group when they accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) you cancelled — tick those to send as well:</source>
        <translation>
            <numerusform>%n number you cancelled — tick it to send it as well:</numerusform>
            <numerusform>%n numbers you cancelled — tick those to send as well:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Add %n member(s) of %1 to the chosen access groups?&lt;/b&gt;&lt;br&gt;Nobody gets an SMS. Anyone you invite again below gets this message:</source>
        <translation>
            <numerusform>&lt;b&gt;Add %n member of %1 to the chosen access groups?&lt;/b&gt;&lt;br&gt;Nobody gets an SMS. Anyone you invite again below gets this message:</numerusform>
            <numerusform>&lt;b&gt;Add %n members of %1 to the chosen access groups?&lt;/b&gt;&lt;br&gt;Nobody gets an SMS. Anyone you invite again below gets this message:</numerusform>
        </translation>
    </message>
    <message>
        <source>What happens to each number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to the groups</source>
        <translation>
            <numerusform>Add %n member to the groups</numerusform>
            <numerusform>Add %n members to the groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind the %n person(s) whose invitation is still pending (a second SMS)</source>
        <translation>
            <numerusform>Remind the %n person whose invitation is still pending (a second SMS)</numerusform>
            <numerusform>Remind the %n people whose invitation is still pending (a second SMS)</numerusform>
        </translation>
    </message>
    <message>
        <source>They get a new invitation by SMS, recorded as a reminder in the send history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SendFlow</name>
    <message>
        <source>Checking who already has an invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n invitation(s)…</source>
        <translation>
            <numerusform>Sending %n invitation…</numerusform>
            <numerusform>Sending %n invitations…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier send was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish that send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n invitation(s) sent.</source>
        <translation>
            <numerusform>Done: %n invitation sent.</numerusform>
            <numerusform>Done: %n invitations sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 sent, %2 not sent — see the Problem column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n invitation(s) again…</source>
        <translation>
            <numerusform>Sending %n invitation again…</numerusform>
            <numerusform>Sending %n invitations again…</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice server stopped answering, so nothing was sent.

Restart it and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart the practice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before sending, the app reads the organization&apos;s members and invitations, so that no member and nobody already invited gets an SMS. That read failed:
%1

Nothing was sent. Try again when the connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n member(s) to the access groups…</source>
        <translation>
            <numerusform>Adding %n member to the access groups…</numerusform>
            <numerusform>Adding %n members to the access groups…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SendHistoryWindow</name>
    <message>
        <source>Send history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, file, message or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the send history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of the selected send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sends shown as CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers: choose a send above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Numbers of the send of %1 (%n), with their status now:</source>
        <translation>
            <numerusform>&amp;Number of the send of %1 (%n), with its status now:</numerusform>
            <numerusform>&amp;Numbers of the send of %1 (%n), with their status now:</numerusform>
        </translation>
    </message>
    <message>
        <source>No sends yet. Every send from this computer, from the window or the command line, is listed here with its numbers and what became of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No send matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n send</numerusform>
            <numerusform>%n sends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n send(s)</source>
        <translation>
            <numerusform>%1 of %n send</numerusform>
            <numerusform>%1 of %n sends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s) exported to %1.</source>
        <translation>
            <numerusform>%n send exported to %1.</numerusform>
            <numerusform>%n sends exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>send-history-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export send history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command can be reached from the keyboard. Alt with an underlined letter opens a menu or presses a button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::StatusCountsLabel</name>
    <message>
        <source>Invitations per status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
