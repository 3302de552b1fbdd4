<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>EnvironmentCredentials</name>
    <message>
        <source>%1: no credentials. Set ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationStatus</name>
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
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited: the SMS was sent; the person has not joined yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: the person installed Accessy and joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: the invitation was withdrawn in Accessy and no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: already in the organization, so no SMS was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to groups: already a member, given the chosen access groups instead of an SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: no invitation was created; the Problem column says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending: the request is on its way to Accessy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: queued in this send, not sent yet.</source>
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
    <message>
        <source>Waiting for input on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %2 of %1 has more than %L3 cells: this is not a phone list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %L2 cells, the most a phone list may have. Keep only the columns you need, or split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read: an XLSX file needs no DOCTYPE, and its part %2 has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read: an XLSX file needs no processing instruction (&lt;?…?&gt;), and its part %2 has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read: its part %2 holds one piece of text or markup larger than %L3 KiB, more than a phone list needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its texts add up to more than %L1 characters, more than a phone list holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one number per entry</source>
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
    <message numerus="yes">
        <source>%n repaired</source>
        <translation>
            <numerusform>%n repaired</numerusform>
            <numerusform>%n repaired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not mobile</source>
        <translation>
            <numerusform>%n not mobile</numerusform>
            <numerusform>%n not mobile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to invite</source>
        <translation>
            <numerusform>%n to invite</numerusform>
            <numerusform>%n to invite</numerusform>
        </translation>
    </message>
    <message>
        <source>Number from %1: check the country code if that is unexpected</source>
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
    <name>RetentionPolicy</name>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendLock</name>
    <message>
        <source>the send lock %1 cannot be created (no permission or no space in the folder)</source>
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
        <source>Already a member of the organization: not invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a member of the organization: added to the chosen access groups instead of invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the invitation of %1: not invited again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited on %1 and still pending: reminded with a new invitation (a second SMS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited on %1 and still pending: invited again as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation of %1 is no longer on Accessy&apos;s list (deleted, usually an account reset): invited again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation of %1 was deleted (usually an account reset): invited again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation of %1 is %2: invited again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is listed more than once; it is sent once, for its first entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new number(s): invited.</source>
        <translation>
            <numerusform>%n new number: invited.</numerusform>
            <numerusform>%n new numbers: invited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) whose invitation was deleted (usually an account reset): invited again.</source>
        <translation>
            <numerusform>%n number whose invitation was deleted (usually an account reset): invited again.</numerusform>
            <numerusform>%n numbers whose invitations were deleted (usually an account reset): invited again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) pending for a long time: reminded with a second SMS.</source>
        <translation>
            <numerusform>%n number pending for a long time: reminded with a second SMS.</numerusform>
            <numerusform>%n numbers pending for a long time: reminded with a second SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending number(s): invited again as asked.</source>
        <translation>
            <numerusform>%n pending number: invited again as asked.</numerusform>
            <numerusform>%n pending numbers: invited again as asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already invited and pending: left out.</source>
        <translation>
            <numerusform>%n number already invited and pending: left out.</numerusform>
            <numerusform>%n numbers already invited and pending: left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already members: not invited.</source>
        <translation>
            <numerusform>%n number already a member: not invited.</numerusform>
            <numerusform>%n numbers already members: not invited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) that accepted an invitation: not invited.</source>
        <translation>
            <numerusform>%n number that accepted an invitation: not invited.</numerusform>
            <numerusform>%n numbers that accepted an invitation: not invited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): added to the chosen access groups, not invited.</source>
        <translation>
            <numerusform>%n member: added to the chosen access groups, not invited.</numerusform>
            <numerusform>%n members: added to the chosen access groups, not invited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) listed twice: sent once.</source>
        <translation>
            <numerusform>%n number listed twice: sent once.</numerusform>
            <numerusform>%n numbers listed twice: sent once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already invited on %1; the invitation is still pending: left out. A reminder sends a second SMS.</source>
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
    <name>accessy::AccessGroupWalker</name>
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
    <name>accessy::AccessySession</name>
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
    <name>accessy::ApiClient</name>
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
    <name>accessy::ApiError</name>
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
        <source>Could not %1: the server answered %2, a redirect without a new address. Redirects are not followed. Check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the server redirected to %2 (HTTP %3). Redirects are not followed, so that the sign-in secrets stay with the address you set. Check the API address.</source>
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
    <name>accessy::CredentialStore</name>
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
    <name>accessy::MemberApi</name>
    <message>
        <source>read the member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a member to an access group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accessy::MemberWalker</name>
    <message>
        <source>read the member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the member list kept changing while it was read (%n attempt(s)); try again later</source>
        <translation>
            <numerusform>the member list kept changing while it was read (%n attempt); try again later</numerusform>
            <numerusform>the member list kept changing while it was read (%n attempts); try again later</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of the member list was empty although the server announced %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server announced %1 members but its pages held only %2</source>
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
    <message>
        <source>the member page is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member page has no &quot;items&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member page has no valid &quot;totalItems&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the membership has no &quot;id&quot;</source>
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
    <message>
        <source>The %1 %2 is not encrypted: the session token would travel in clear. Use wss://, or a loopback address (localhost, 127.0.0.1 or ::1) for a local test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is not encrypted: the client secret and the session token would travel in clear. Use https://, or a loopback address (localhost, 127.0.0.1 or ::1) for a local test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 must start with wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::CheckCommand</name>
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
        <source>Name exactly one file to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::CommonOptions</name>
    <message>
        <source>--group needs an access permission group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms needs a whole number from 100 to 600000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API host (default: $ACCESSY_API_URL or https://api.accessy.se).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-url needs a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access permission group to join (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on an answer after N ms (default 30000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When another send to the organization is running on this computer, refuse (exit 2) instead of waiting for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API URL &quot;%1&quot; is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::ForgetCommand</name>
    <message>
        <source>Removes every record of these phone numbers from the local send history (jobs, batches, invitations, and any text quoting them) and wipes them from the files of the data folder. Invitations already sent in Accessy are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 records were removed; 1 none were found; 2 bad usage or the history could not be changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number, as E.164 or written nationally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of numbers written without a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region needs a two-letter country code such as SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one phone number to forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country code &quot;%1&quot; for --region (use e.g. SE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (%2). Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send history could not be changed: %1. Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record of %1 was found in the send history (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n record(s) of %1 from the send history (%2). Invitations in Accessy are not affected.</source>
        <translation>
            <numerusform>Removed %n record of %1 from the send history (%2). Invitations in Accessy are not affected.</numerusform>
            <numerusform>Removed %n records of %1 from the send history (%2). Invitations in Accessy are not affected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::HistoryCommand</name>
    <message>
        <source>Only sends started on or after DATE (2026-11-01, local time, or an ISO date and time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per number of each send, with its current status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-01 (or an ISO date and time), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0, or 2 for bad usage or an unreadable history.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints every send kept in the local history as CSV, oldest first: when, the organization, who sent (the client id, or &quot;pasted token&quot;), the file the numbers came from, the message, the access groups, whether it was a reminder, and how many numbers ended in each outcome (already_invited: left out as still pending; member: left out as a member; added_to_groups: a member given the access groups). With --numbers, one line per number instead, with the status its invitation had when the app last saw it (GONE: no longer on the server&apos;s list). Reads only the history; signs in nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::RemindCommand</name>
    <message>
        <source>Remind invitations pending longer than AGE: days or hours, such as 7d or 36h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print who would be reminded; send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--older-than AGE is required (such as 7d: pending for more than a week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--older-than needs an age in days or hours, such as 7d or 36h, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--message must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitation has been pending longer than %1; nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 pending invitations do not share one text; give the reminder&apos;s text with --message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pending invitations were sent with different access groups; name the reminder&apos;s groups with --group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a new invitation — a second SMS — to everyone whose invitation is still pending after the given age, read from the server&apos;s invitation list (a number whose newest invitation is accepted, younger or otherwise settled is left alone). Asks first unless --yes; prints one CSV line per number like send: msisdn,invitation_id,status,error. The reminders are recorded in the send history.
Without --message, the text of the pending invitations is sent again; without --group, the access groups the history recorded for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.
Exit status: 0 every reminder was sent (or none was due), 1 some were not, 2 bad usage, sign-in failure, or another send running with --no-wait.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--older-than needs an age such as 7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--message needs the reminder&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) pending since before %1.</source>
        <translation>
            <numerusform>%n invitation pending since before %1.</numerusform>
            <numerusform>%n invitations pending since before %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::SendCommand</name>
    <message>
        <source>Invites every valid mobile number of FILE (CSV, TSV, text, XLSX or vCard; - reads
standard input) to the Accessy organization by SMS, and prints one CSV line per
number: msisdn,invitation_id,status,error.
Status: invited; pending (invited before, not accepted yet: left out); member
(a member already, or accepted: never texted); added-to-groups (a member, given
the --group groups instead of an SMS); failed; cancelled; unconfirmed;
would-send and would-add-to-groups (--dry-run); or why the row is not a mobile
number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.
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
        <source>--batch-size needs a whole number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel needs a whole number from 1 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region needs a two-letter country code such as SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grace-seconds needs a whole number from 0 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of numbers (- = standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers per request (1-1000, default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight (1-32, default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an answer never came, wait N s from when the request left before checking the server&apos;s list and sending again (default 60; at least twice --timeout-ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of numbers written without +CC (default SE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet of an XLSX file (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send to numbers that already have a pending invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the list and print what would be sent; send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send without asking. Without it the command asks on the terminal, and refuses (exit 2) when standard input is not a terminal or holds the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--message needs the invitation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet needs a worksheet name</source>
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
        <source>another send to %1 is running in process %2; nothing was sent (--no-wait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another send to %1 is running in process %2 — waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::SendRunner</name>
    <message>
        <source>accessy-invite send: %1</source>
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
        <source>These are reminders: each person gets a second SMS.</source>
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
        <source>The grace period is %1 s: never shorter than twice the time-out (%2 ms).</source>
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
    <message numerus="yes">
        <source>Dry run: %n invitation(s) would be sent, %1 left out as already invited; nothing was sent.</source>
        <translation>
            <numerusform>Dry run: %n invitation would be sent, %1 left out as already invited; nothing was sent.</numerusform>
            <numerusform>Dry run: %n invitations would be sent, %1 left out as already invited; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n invitation(s) to %1 with the message &quot;%2&quot;?</source>
        <translation>
            <numerusform>Send %n invitation to %1 with the message &quot;%2&quot;?</numerusform>
            <numerusform>Send %n invitations to %1 with the message &quot;%2&quot;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) are members or already have a pending invitation and are left out.</source>
        <translation>
            <numerusform>%n number is a member or already has a pending invitation and is left out.</numerusform>
            <numerusform>%n numbers are members or already have a pending invitation and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not valid mobile numbers and are left out.</source>
        <translation>
            <numerusform>%n row is not a valid mobile number and is left out.</numerusform>
            <numerusform>%n rows are not valid mobile numbers and are left out.</numerusform>
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
    <name>cli::TopLevel</name>
    <message>
        <source>check a phone list: one verdict per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invite the numbers of a list by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every status change of the invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget a person: remove the number from the local history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as COMMAND --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: accessy-invite [--demo]
       accessy-invite COMMAND [options]

Invites people to an Accessy organization by SMS. Without a command, opens the
window.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice mode: start the bundled sandbox; no SMS is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command takes --help and --version. More in the manual: man accessy-invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;help&apos; takes one command name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text again everyone whose invitation is still pending after a given age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every past send of this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::WatchCommand</name>
    <message>
        <source>Follows the Accessy organization&apos;s invitations and prints one CSV line per
status change until interrupted (Ctrl+C or SIGTERM, exit status 0):
time,invitation_id,msisdn,old_status,new_status
(time in UTC, ISO 8601 with milliseconds). The current statuses are read once at
the start and NOT printed: only changes are. An invitation created while
watching is printed once with an empty old_status. Changes arrive as events;
the list is read again after every (re)connection of the event stream and
every --interval seconds, so nothing missed while disconnected is lost.
Connection states and problems go to standard error (more detail with
QT_LOGGING_RULES=&quot;accessy.*.info=true&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.
Exit status: 0 when interrupted, 2 bad usage, refused sign-in, a first list read
that failed, or a session token that ran out while watching.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval needs a whole number of seconds from 0 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event stream (default: $ACCESSY_EVENTS_URL or wss://accessy.se/ws/app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole list this often (0-86400, default 60; 0 = only after a reconnection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events-url needs a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the events URL &quot;%1&quot; is not a ws(s) address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::WatchRunner</name>
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
    <name>core::Application</name>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Install Accessy to open our doors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to %1! Install Accessy to open our doors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>events::OrganizationEvents</name>
    <message>
        <source>Live status needs the organization id; sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>events::StompClient</name>
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
    <name>history::DataFolder</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both %1 and %2 hold a send history; the new one is used and the old one is kept untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history %1 could not be prepared for moving (is another copy of the app running?); it was left where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history %1 could not be moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send history was moved from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send history was not moved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 were readable by other accounts; now only by you.</source>
        <translation>
            <numerusform>%n file in %1 was readable by other accounts; now only by you.</numerusform>
            <numerusform>%n files in %1 were readable by other accounts; now only by you.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file %1 could not be made private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history::HistorySchema</name>
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
    <name>history::HistoryStore</name>
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
    <name>models::InvitationTableModel</name>
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
    <message>
        <source>%1 (entered as: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::PhoneEntryModel</name>
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
    <name>models::SendHistoryModel</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that were sent an invitation by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers left out because they are already members of the organization (or had accepted an invitation): no SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who were added to the chosen access groups instead of texted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers left out because an invitation to them was still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that could not be invited; the send&apos;s numbers say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers not sent because the send was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers sent without an answer; the next send checks whether they arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers the send had not reached when it stopped (closed or interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reminder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1, ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models::SendNumbersModel</name>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer on Accessy&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As listed: %1</source>
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
        <source>In this send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>practice::PracticeSandbox</name>
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
    <name>sending::GroupAdder</name>
    <message>
        <source>Cancelled before it was added to the groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added to the access groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the invitation but is not a member yet, so the access groups were not added; not invited again. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Already a member of the organization: added to %n access group(s) instead of invited.</source>
        <translation>
            <numerusform>Already a member of the organization: added to %n access group instead of invited.</numerusform>
            <numerusform>Already a member of the organization: added to %n access groups instead of invited.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sending::RecoverySummary</name>
    <message>
        <source>An earlier send was interrupted, and the server&apos;s invitation list could not be read to check it: %1 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) could not be checked yet; they are checked again next time.</source>
        <translation>
            <numerusform>%n number could not be checked yet; it is checked again next time.</numerusform>
            <numerusform>%n numbers could not be checked yet; they are checked again next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier send(s) did not finish.</source>
        <translation>
            <numerusform>%n earlier send did not finish.</numerusform>
            <numerusform>%n earlier sends did not finish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An earlier send was interrupted. %n unanswered request(s) were checked against the server&apos;s list:</source>
        <translation>
            <numerusform>An earlier send was interrupted. %n unanswered request was checked against the server&apos;s list:</numerusform>
            <numerusform>An earlier send was interrupted. %n unanswered requests were checked against the server&apos;s list:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) had been invited (recorded with their invitation ids),</source>
        <translation>
            <numerusform>%n number had been invited (recorded with its invitation id),</numerusform>
            <numerusform>%n numbers had been invited (recorded with their invitation ids),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had not been invited.</source>
        <translation>
            <numerusform>%n had not been invited.</numerusform>
            <numerusform>%n had not been invited.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sending::SendController</name>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sending::SendJob</name>
    <message>
        <source>This number is listed more than once; it is sent once, for its first entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the member and invitation lists could not be read to check who is a member or invited already. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the send history could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed: the send was cancelled while waiting to be sure the server did not already text this number. The next send checks Accessy&apos;s list for it first and sends it only if it is not there; check in Accessy before sending it by hand.</source>
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
        <source>not sent (%1), retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (%1), split in halves</source>
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
    <name>settings::ConnectionProfile</name>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings::ConnectionTester</name>
    <message>
        <source>Enter the client ID and secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a session token first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
