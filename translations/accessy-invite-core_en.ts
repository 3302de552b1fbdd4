<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessGroupWalker</name>
    <message>
        <source>read the access groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the list of access groups kept changing while it was read (%n attempt(s)); try again later</source>
        <translation>
            <numerusform>the list of access groups kept changing while it was read (%n attempt); try again later</numerusform>
            <numerusform>the list of access groups kept changing while it was read (%n attempts); try again later</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 was empty although the server announced %2 groups and only %3 were read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessyEventParser</name>
    <message>
        <source>The event is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no eventType.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not change an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known event type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership was created without an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no invitationId.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessySession</name>
    <message>
        <source>sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled, because no new session token was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a client ID and secret, or paste a session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted session token has expired; paste a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new token belongs to organization %1, not %2; use a token of the same organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API URL &quot;%1&quot; is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the invitation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the access groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>contact Accessy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the server did not answer in time. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer was unexpectedly large and was cut off (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer was not understood (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at that address. Check the API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name was not found. Check the API URL and the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be set up. Check the certificate settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the server answered %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>no keychain service is available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system&apos;s keychain is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be read from the system keychain: %1. Enter it again; it will be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be saved in the system keychain: %1. It is kept for this session only and must be entered again next time; it is not written anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be removed from the system keychain (%1). Remove the entry &quot;%2&quot; of &quot;%3&quot; with the system&apos;s password manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentials</name>
    <message>
        <source>%1: no credentials. Set ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Could not open the send history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>No column of %1 looks like phone numbers. Check that the list holds a column of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationTableModel</name>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationEvents</name>
    <message>
        <source>Live status needs the organization id; sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneEntryModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneListReader</name>
    <message>
        <source>“%1” is not a country code libphonenumber knows (use two letters, such as SE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text holds no phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of %1 holds phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a header row but no phone numbers below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the most a phone list may be. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %L2 rows, the most a phone list may have. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %2 of %1 has a cell longer than %L3 characters: this is not a phone list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a text file nor a spreadsheet: it holds binary data. Save the list as CSV, XLSX or vCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends inside a quoted cell that starts on line %2: the file is cut short or a closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is password-protected. Save it without a password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls). Save it as .xlsx or CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX spreadsheet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends inside the contact card that starts on line %2: the file is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact card(s)</source>
        <translation>
            <numerusform>%n contact card</numerusform>
            <numerusform>%n contact cards</numerusform>
        </translation>
    </message>
    <message>
        <source>it holds more than %L1 parts, more than a spreadsheet may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would unpack to more than %1 MiB, more than a phone list may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is not well-formed XML (line %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a ZIP archive, but not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”. Its sheets are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “%2” of %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneVerdict</name>
    <message>
        <source>Same number as row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an international service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline: it cannot receive the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free number: it cannot receive the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium-rate number: it cannot receive the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared-cost number: it cannot receive the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet telephony (VoIP) number: it cannot receive the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal forwarding number: it cannot receive the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pager number: it cannot receive the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company switchboard number: it cannot receive the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail access number: it cannot receive the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a mobile number: it cannot receive the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains letters: not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel rounded this number and digits were lost: type it again as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long to be a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency or service number: never invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country code, and no default country to assume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short to be a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of digits for a number in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid number for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals (.0) removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted back from Excel&apos;s scientific notation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus sign restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading zero restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeSandbox</name>
    <message>
        <source>The practice server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice server stopped before it was ready (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice server (accessy-sandbox) was not found next to this program. Reinstall accessy-invite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Not created by the interrupted send (checked the server&apos;s list after the restart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled after a restart: %1 created, %2 not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySummary</name>
    <message>
        <source>An earlier send was interrupted, and the server&apos;s invitation list could not be read to check it: %1 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier send was interrupted. %1 unanswered request(s) were checked against the server&apos;s list: %2 number(s) had been invited (recorded with their invitation ids), %3 had not been invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 number(s) could not be checked yet; they are checked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earlier send(s) did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>standard input cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendJob</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the invitation list could not be read to check which numbers are invited already. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is listed more than once; it is sent once, for its first entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the send history could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it was sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the send history could not be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer named %1 of %2 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer did not mention this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited (429), retried after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (%1), split in halves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent (%1), retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, but the server gave no usable answer (%1) and its invitation list could not be read to check whether the invitation was created (%2). It is checked again the next time the app sends; do not send it again by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciled: %1 created, %2 not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the send of this number did not get through (the server&apos;s list shows no invitation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not invited: %1 attempts got no usable answer (last: %2), and the server&apos;s list shows no invitation for this number. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPlanner</name>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already invited on %1; the invitation is still pending. Choose &quot;invite again&quot; to send another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendRunner</name>
    <message>
        <source>accessy-invite send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 invitation(s) would be sent, %2 left out as already invited; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessy-invite send: standard input is not a terminal, so nobody can be asked; add --yes to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 invitation(s) to %2 with the message &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 number(s) already have a pending invitation and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) are not valid mobile numbers and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the interrupted send #%1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send #%1 of %2 (message &quot;%3&quot;) did not finish; run its command again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, not sent %2, remaining %3   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Stopping: waiting for the requests in flight.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StompClient</name>
    <message>
        <source>The event server did not complete the connection within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event server has been silent for more than %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the event server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event server address &apos;%1&apos; is not a ws:// or wss:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live status needs a session token: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token holds characters no token can hold; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event server closed the connection (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event server refused the sign-in (HTTP %1): the session token has expired or is not valid. Live status is off until you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event server answered HTTP %1 instead of opening the event stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the event server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the event server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event server sent a malformed STOMP frame: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event server speaks STOMP %1; this program needs STOMP 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event server refused the sign-in: %1. Live status is off until you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event server reported an error without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving live invitation status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reconnecting in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live status is off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StompDecoder</name>
    <message>
        <source>A STOMP stream holds a carriage return that is not followed by a line feed between frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STOMP frame has no command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STOMP frame starts with &apos;%1&apos;, which is not a STOMP 1.2 command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STOMP header line is longer than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STOMP frame has more than the limit of %1 headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STOMP header line &apos;%1&apos; has no name followed by &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STOMP header line &apos;%1&apos; holds an undefined escape sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STOMP frame announces content-length &apos;%1&apos;, which is not a byte count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STOMP frame of %1 bytes exceeds the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STOMP %1 frame&apos;s body of content-length %2 is not followed by NUL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STOMP frame exceeds the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StompEncoder</name>
    <message>
        <source>&apos;%1&apos; is not a STOMP 1.2 command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A STOMP header name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &apos;%1&apos; of a %2 frame holds a line break (or a colon in its name), which %2 frames cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchRunner</name>
    <message>
        <source>accessy-invite watch: the session token has expired or was refused; set a new ACCESSY_SESSION_TOKEN and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessy-invite watch: sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessy-invite watch: could not read the invitation list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Watching %n invitation(s) of organization %1; only changes are printed.</source>
        <translation>
            <numerusform>Watching %n invitation of organization %1; only changes are printed.</numerusform>
            <numerusform>Watching %n invitations of organization %1; only changes are printed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the invitation list (will try again): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event server refused the session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessy-invite watch: the event server refuses even a new session token; check that the events URL belongs to the API host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accessy</name>
    <message>
        <source>The server refused the request as invalid. Check the numbers and the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was refused or has expired. Check the client ID and secret, or paste a new session token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this. Ask for credentials with the organization administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this address or organization. Check the API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the API version requested. The app may need an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy and asked us to slow down. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Accessy server had a problem. Try again in a few minutes; if it goes on, contact Accessy support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accessy::json</name>
    <message>
        <source>the access group page is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access group page has no &quot;items&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access group page has no valid &quot;totalItems&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an access group has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer holds no access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these credentials belong to no organization. Ask the organization&apos;s administrator for credentials of your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected membership objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a membership object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the membership holds no organizationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invitation is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invitation has no id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accessy::tls</name>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not encrypted. Credentials and tokens are only sent over https:// (wss:// for events); plain http:// is allowed only for this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Checks a phone list (CSV, TSV, TXT, XLSX or vCard; - reads standard input) and prints one CSV line per row: row,input,name,e164,verdict,note.
Exit code 0: every row will be invited; 1: some will not; 2: the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list to check, or - for stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of numbers written without a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet of an XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: accessy-invite send --numbers FILE --message TEXT [--group ID]...
                           [--api-url URL] [--batch-size N] [--parallel N]
                           [--timeout-ms N] [--region CC] [--sheet NAME]
                           [--invite-again] [--dry-run] [--yes]

Invites every valid mobile number of FILE (CSV, TSV, text, XLSX or vCard; - reads
standard input) to the Accessy organization by SMS, and prints one CSV line per
number: msisdn,invitation_id,status,error.

  --numbers FILE    the list of numbers (- = standard input)
  --message TEXT    the invitation text
  --group ID        an access permission group to join (repeatable)
  --api-url URL     the API host (default: $ACCESSY_API_URL or https://api.accessy.se)
  --batch-size N    numbers per request (1-1000, default 50)
  --parallel N      requests in flight (1-32, default 4)
  --timeout-ms N    give up on an answer after N ms (default 30000)
  --region CC       country of numbers written without +CC (default SE)
  --sheet NAME      the worksheet of an XLSX file (default: the first)
  --invite-again    also send to numbers that already have a pending invitation
  --dry-run         check the list and print what would be sent; send nothing
  --yes             send without asking. Without it the command asks on the
                    terminal, and refuses (exit 2) when standard input is not a
                    terminal or holds the numbers

Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.
The send history is kept in the app&apos;s data folder ($ACCESSY_INVITE_DATA_DIR
overrides it); an interrupted send is checked and finished by running the same
command again.
Exit status: 0 every number has an invitation, 1 some have none, 2 bad usage,
unreadable list or sign-in failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--numbers needs a file name (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--message needs the invitation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group needs an access permission group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-url needs a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size needs a whole number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel needs a whole number from 1 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms needs a whole number from 100 to 600000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region needs a two-letter country code such as SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet needs a worksheet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--numbers FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--message TEXT is required and must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API URL &quot;%1&quot; is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events-url needs a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval needs a whole number of seconds from 0 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the events URL &quot;%1&quot; is not a ws(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: accessy-invite watch [--api-url URL] [--events-url URL]
                            [--interval SECONDS]

Follows the Accessy organization&apos;s invitations and prints one CSV line per
status change until interrupted (Ctrl+C or SIGTERM, exit status 0):
time,invitation_id,msisdn,old_status,new_status
(time in UTC, ISO 8601 with milliseconds). The current statuses are read once at
the start and NOT printed: only changes are. An invitation created while
watching is printed once with an empty old_status. Changes arrive as events;
the list is read again after every (re)connection of the event stream and
every --interval seconds, so nothing missed while disconnected is lost.
Connection states and problems go to standard error (more detail with
QT_LOGGING_RULES=&quot;accessy.*.info=true&quot;).

  --api-url URL       the API host (default: $ACCESSY_API_URL or
                      https://api.accessy.se)
  --events-url URL    the event stream (default: $ACCESSY_EVENTS_URL or
                      wss://accessy.se/ws/app)
  --interval SECONDS  read the whole list this often (0-86400, default 60;
                      0 = only after a reconnection)

Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.
Exit status: 0 when interrupted, 2 bad usage, refused sign-in, a first list read
that failed, or a session token that ran out while watching.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, comma-separated values (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be assembled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel holds at most %L1 rows in a sheet; there are %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has a cell of %L2 characters; Excel holds at most %L3 in a cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history::schema</name>
    <message>
        <source>migration to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a readable SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history was written by a newer version of the app (schema %1, this app knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
