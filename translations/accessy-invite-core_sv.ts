<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AccessyEventParser</name>
    <message>
        <source>The event is not valid JSON (%1 at offset %2).</source>
        <translation>Händelsen är inte giltig JSON (%1 vid position %2).</translation>
    </message>
    <message>
        <source>The event is JSON but not an object.</source>
        <translation>Händelsen är JSON men inget objekt.</translation>
    </message>
    <message>
        <source>The event has no eventType.</source>
        <translation>Händelsen saknar eventType.</translation>
    </message>
    <message>
        <source>%1 does not change an invitation.</source>
        <translation>%1 ändrar ingen inbjudan.</translation>
    </message>
    <message>
        <source>%1 is not a known event type.</source>
        <translation>%1 är ingen känd händelsetyp.</translation>
    </message>
    <message>
        <source>A membership was created without an invitation.</source>
        <translation>Ett medlemskap skapades utan inbjudan.</translation>
    </message>
    <message>
        <source>%1 names no invitationId.</source>
        <translation>%1 anger inget invitationId.</translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentials</name>
    <message>
        <source>%1: no credentials. Set ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.</source>
        <translation>%1: inloggningsuppgifter saknas. Sätt ACCESSY_CLIENT_ID och ACCESSY_CLIENT_SECRET, eller ACCESSY_SESSION_TOKEN.</translation>
    </message>
</context>
<context>
    <name>InvitationStatus</name>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Added to groups</source>
        <translation>Tillagd i grupper</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Inte skickat</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Invited: the SMS was sent; the person has not joined yet.</source>
        <translation>Inbjuden: sms:et har skickats; personen har inte gått med än.</translation>
    </message>
    <message>
        <source>Accepted: the person installed Accessy and joined.</source>
        <translation>Accepterad: personen har installerat Accessy och gått med.</translation>
    </message>
    <message>
        <source>Deleted: the invitation was withdrawn in Accessy and no longer works.</source>
        <translation>Borttagen: inbjudan har dragits tillbaka i Accessy och fungerar inte längre.</translation>
    </message>
    <message>
        <source>Member: already in the organization, so no SMS was sent.</source>
        <translation>Medlem: redan med i organisationen, så inget sms skickades.</translation>
    </message>
    <message>
        <source>Added to groups: already a member, given the chosen access groups instead of an SMS.</source>
        <translation>Tillagd i grupper: redan medlem, fick de valda behörighetsgrupperna i stället för ett sms.</translation>
    </message>
    <message>
        <source>Not sent: no invitation was created; the Problem column says why.</source>
        <translation>Inte skickat: ingen inbjudan skapades; kolumnen Problem säger varför.</translation>
    </message>
    <message>
        <source>Sending: the request is on its way to Accessy.</source>
        <translation>Skickas: begäran är på väg till Accessy.</translation>
    </message>
    <message>
        <source>Waiting: queued in this send, not sent yet.</source>
        <translation>Väntar: i kö i det här utskicket, inte skickad än.</translation>
    </message>
</context>
<context>
    <name>PhoneListReader</name>
    <message>
        <source>“%1” is not a country code libphonenumber knows (use two letters, such as SE).</source>
        <translation>“%1” är ingen landskod som libphonenumber känner till (använd två bokstäver, till exempel SE).</translation>
    </message>
    <message>
        <source>The pasted text holds no phone numbers.</source>
        <translation>Den inklistrade texten innehåller inga telefonnummer.</translation>
    </message>
    <message>
        <source>No column of %1 holds phone numbers.</source>
        <translation>Ingen kolumn i %1 innehåller telefonnummer.</translation>
    </message>
    <message>
        <source>%1 has a header row but no phone numbers below it.</source>
        <translation>%1 har en rubrikrad men inga telefonnummer under den.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>det är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>Den inklistrade texten</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 kunde inte öppnas: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 är tom.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the most a phone list may be. Split it into smaller files.</source>
        <translation>%1 är större än %2 MiB, som är gränsen för en telefonlista. Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>%1 has more than %L2 rows, the most a phone list may have. Split it into smaller files.</source>
        <translation>%1 har fler än %L2 rader, som är gränsen för en telefonlista. Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>Row %2 of %1 has a cell longer than %L3 characters: this is not a phone list.</source>
        <translation>Rad %2 i %1 har en cell med fler än %L3 tecken: det här är ingen telefonlista.</translation>
    </message>
    <message>
        <source>%1 is neither a text file nor a spreadsheet: it holds binary data. Save the list as CSV, XLSX or vCard.</source>
        <translation>%1 är varken en textfil eller ett kalkylark: den innehåller binärdata. Spara listan som CSV, XLSX eller vCard.</translation>
    </message>
    <message>
        <source>%1 ends inside a quoted cell that starts on line %2: the file is cut short or a closing quote is missing.</source>
        <translation>%1 slutar mitt i en cell inom citattecken som börjar på rad %2: filen är avkortad eller så saknas ett avslutande citattecken.</translation>
    </message>
    <message>
        <source>%1 is password-protected. Save it without a password and try again.</source>
        <translation>%1 är lösenordsskyddad. Spara den utan lösenord och försök igen.</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls). Save it as .xlsx or CSV and try again.</source>
        <translation>%1 är en gammal Excel 97-2003-arbetsbok (.xls). Spara den som .xlsx eller CSV och försök igen.</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX spreadsheet: %2</source>
        <translation>%1 är inte ett läsbart XLSX-kalkylark: %2</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 innehåller inga rader.</translation>
    </message>
    <message>
        <source>%1 ends inside the contact card that starts on line %2: the file is cut short.</source>
        <translation>%1 slutar mitt i det kontaktkort som börjar på rad %2: filen är avkortad.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact card(s)</source>
        <translation>
            <numerusform>%n kontaktkort</numerusform>
            <numerusform>%n kontaktkort</numerusform>
        </translation>
    </message>
    <message>
        <source>it holds more than %L1 parts, more than a spreadsheet may have.</source>
        <translation>den innehåller fler än %L1 delar, vilket är fler än ett kalkylark får ha.</translation>
    </message>
    <message>
        <source>it would unpack to more than %1 MiB, more than a phone list may be.</source>
        <translation>uppackad skulle den bli större än %1 MiB, vilket är mer än en telefonlista får vara.</translation>
    </message>
    <message>
        <source>the file is damaged or cut short.</source>
        <translation>filen är skadad eller avkortad.</translation>
    </message>
    <message>
        <source>its part %1 is missing.</source>
        <translation>delen %1 saknas.</translation>
    </message>
    <message>
        <source>its part %1 is damaged.</source>
        <translation>delen %1 är skadad.</translation>
    </message>
    <message>
        <source>its part %1 is not well-formed XML (line %2: %3).</source>
        <translation>delen %1 är inte välformad XML (rad %2: %3).</translation>
    </message>
    <message>
        <source>it is a ZIP archive, but not a spreadsheet.</source>
        <translation>den är ett ZIP-arkiv men inget kalkylark.</translation>
    </message>
    <message>
        <source>it has no worksheet.</source>
        <translation>den har inget kalkylblad.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>%1 har inget blad som heter “%2”. Filens blad är: %3.</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>bladet “%1”</translation>
    </message>
    <message>
        <source>The sheet “%2” of %1 is empty.</source>
        <translation>Bladet “%2” i %1 är tomt.</translation>
    </message>
    <message>
        <source>Waiting for input on %1…</source>
        <translation>Väntar på indata från %1…</translation>
    </message>
    <message>
        <source>Row %2 of %1 has more than %L3 cells: this is not a phone list.</source>
        <translation>Rad %2 i %1 har fler än %L3 celler: det här är ingen telefonlista.</translation>
    </message>
    <message>
        <source>%1 has more than %L2 cells, the most a phone list may have. Keep only the columns you need, or split it into smaller files.</source>
        <translation>%1 har fler än %L2 celler, det mesta en telefonlista får ha. Behåll bara de kolumner du behöver, eller dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>%1 was not read: an XLSX file needs no DOCTYPE, and its part %2 has one.</source>
        <translation>%1 lästes inte: en XLSX-fil behöver ingen DOCTYPE, och dess del %2 har en.</translation>
    </message>
    <message>
        <source>%1 was not read: an XLSX file needs no processing instruction (&lt;?…?&gt;), and its part %2 has one.</source>
        <translation>%1 lästes inte: en XLSX-fil behöver ingen bearbetningsinstruktion (&lt;?…?&gt;), och dess del %2 har en.</translation>
    </message>
    <message>
        <source>%1 was not read: its part %2 holds one piece of text or markup larger than %L3 KiB, more than a phone list needs.</source>
        <translation>%1 lästes inte: dess del %2 innehåller en text- eller märkningsbit större än %L3 KiB, mer än en telefonlista behöver.</translation>
    </message>
    <message>
        <source>its texts add up to more than %L1 characters, more than a phone list holds.</source>
        <translation>dess texter är sammanlagt fler än %L1 tecken, mer än en telefonlista innehåller.</translation>
    </message>
    <message>
        <source>one value per line</source>
        <translation>ett värde per rad</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tabbavgränsad</translation>
    </message>
    <message>
        <source>&apos;%1&apos;-separated</source>
        <translation>avgränsad med %1</translation>
    </message>
    <message>
        <source>one number per entry</source>
        <translation>ett nummer per post</translation>
    </message>
</context>
<context>
    <name>PhoneVerdict</name>
    <message>
        <source>Same number as row %1</source>
        <translation>Samma nummer som rad %1</translation>
    </message>
    <message>
        <source>an international service</source>
        <translation>en internationell tjänst</translation>
    </message>
    <message>
        <source>Landline: it cannot receive the SMS</source>
        <translation>Fast telefon: kan inte ta emot sms</translation>
    </message>
    <message>
        <source>Toll-free number: it cannot receive the SMS</source>
        <translation>Avgiftsfritt nummer: kan inte ta emot sms</translation>
    </message>
    <message>
        <source>Premium-rate number: it cannot receive the SMS</source>
        <translation>Betalnummer: kan inte ta emot sms</translation>
    </message>
    <message>
        <source>Shared-cost number: it cannot receive the SMS</source>
        <translation>Nummer med delad kostnad: kan inte ta emot sms</translation>
    </message>
    <message>
        <source>Internet telephony (VoIP) number: it cannot receive the SMS</source>
        <translation>Nummer för internettelefoni (VoIP): kan inte ta emot sms</translation>
    </message>
    <message>
        <source>Personal forwarding number: it cannot receive the SMS</source>
        <translation>Personligt vidarekopplingsnummer: kan inte ta emot sms</translation>
    </message>
    <message>
        <source>Pager number: it cannot receive the SMS</source>
        <translation>Personsökarnummer: kan inte ta emot sms</translation>
    </message>
    <message>
        <source>Company switchboard number: it cannot receive the SMS</source>
        <translation>Växelnummer: kan inte ta emot sms</translation>
    </message>
    <message>
        <source>Voicemail access number: it cannot receive the SMS</source>
        <translation>Nummer till röstbrevlåda: kan inte ta emot sms</translation>
    </message>
    <message>
        <source>Not a mobile number: it cannot receive the SMS</source>
        <translation>Inte ett mobilnummer: kan inte ta emot sms</translation>
    </message>
    <message>
        <source>No phone number given</source>
        <translation>Inget telefonnummer angivet</translation>
    </message>
    <message>
        <source>Contains letters: not a phone number</source>
        <translation>Innehåller bokstäver: inte ett telefonnummer</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>Inte ett telefonnummer</translation>
    </message>
    <message>
        <source>Excel rounded this number and digits were lost: type it again as text</source>
        <translation>Excel har avrundat numret och siffror har gått förlorade: skriv in det igen som text</translation>
    </message>
    <message>
        <source>Too long to be a phone number</source>
        <translation>För långt för att vara ett telefonnummer</translation>
    </message>
    <message>
        <source>Emergency or service number: never invited</source>
        <translation>Nöd- eller servicenummer: bjuds aldrig in</translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation>Okänd landskod</translation>
    </message>
    <message>
        <source>No country code, and no default country to assume</source>
        <translation>Landskod saknas och inget standardland är angivet</translation>
    </message>
    <message>
        <source>Too short to be a phone number</source>
        <translation>För kort för att vara ett telefonnummer</translation>
    </message>
    <message>
        <source>Wrong number of digits for a number in %1</source>
        <translation>Fel antal siffror för ett nummer i %1</translation>
    </message>
    <message>
        <source>Not a valid number for %1</source>
        <translation>Inte ett giltigt nummer för %1</translation>
    </message>
    <message>
        <source>Decimals (.0) removed.</source>
        <translation>Decimalerna (.0) togs bort.</translation>
    </message>
    <message>
        <source>Converted back from Excel&apos;s scientific notation.</source>
        <translation>Omvandlat tillbaka från Excels exponentform.</translation>
    </message>
    <message>
        <source>Plus sign restored.</source>
        <translation>Plustecknet återställt.</translation>
    </message>
    <message>
        <source>Leading zero restored.</source>
        <translation>Inledande nolla återställd.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Rättat</translation>
    </message>
    <message>
        <source>Not mobile</source>
        <translation>Ej mobilnummer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubblett</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ogiltigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisat</translation>
    </message>
    <message numerus="yes">
        <source>%n repaired</source>
        <translation>
            <numerusform>%n rättat</numerusform>
            <numerusform>%n rättade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not mobile</source>
        <translation>
            <numerusform>%n ej mobilnummer</numerusform>
            <numerusform>%n ej mobilnummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n dubblett</numerusform>
            <numerusform>%n dubbletter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ogiltigt</numerusform>
            <numerusform>%n ogiltiga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvisat</numerusform>
            <numerusform>%n avvisade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to invite</source>
        <translation>
            <numerusform>%n att bjuda in</numerusform>
            <numerusform>%n att bjuda in</numerusform>
        </translation>
    </message>
    <message>
        <source>Number from %1: check the country code if that is unexpected</source>
        <translation>Nummer från %1: kontrollera landsnumret om det är oväntat</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Not created by the interrupted send (checked the server&apos;s list after the restart).</source>
        <translation>Skapades inte av det avbrutna utskicket (kontrollerat mot serverns lista efter omstarten).</translation>
    </message>
    <message>
        <source>Reconciled after a restart: %1 created, %2 not created.</source>
        <translation>Avstämt efter en omstart: %1 skapade, %2 inte skapade.</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>forever</source>
        <translation>för alltid</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendLock</name>
    <message>
        <source>the send lock %1 cannot be created (no permission or no space in the folder)</source>
        <translation>utskickslåset %1 kan inte skapas (behörighet eller utrymme saknas i mappen)</translation>
    </message>
</context>
<context>
    <name>SendPlanner</name>
    <message>
        <source>an unknown date</source>
        <translation>vid okänd tidpunkt</translation>
    </message>
    <message>
        <source>Already a member of the organization: not invited.</source>
        <translation>Redan medlem i organisationen: inte inbjuden.</translation>
    </message>
    <message>
        <source>Already a member of the organization: added to the chosen access groups instead of invited.</source>
        <translation>Redan medlem i organisationen: tillagd i de valda behörighetsgrupperna i stället för att bjudas in.</translation>
    </message>
    <message>
        <source>Accepted the invitation of %1: not invited again.</source>
        <translation>Har accepterat inbjudan från %1: inte inbjuden igen.</translation>
    </message>
    <message>
        <source>Invited on %1 and still pending: reminded with a new invitation (a second SMS).</source>
        <translation>Inbjuden %1 och har inte svarat än: påmind med en ny inbjudan (ett andra SMS).</translation>
    </message>
    <message>
        <source>Invited on %1 and still pending: invited again as asked.</source>
        <translation>Inbjuden %1 och har inte svarat än: inbjuden igen enligt önskemål.</translation>
    </message>
    <message>
        <source>The invitation of %1 is no longer on Accessy&apos;s list (deleted, usually an account reset): invited again.</source>
        <translation>Inbjudan från %1 finns inte längre i Accessys lista (raderad, oftast efter en kontoåterställning): inbjuden igen.</translation>
    </message>
    <message>
        <source>The invitation of %1 was deleted (usually an account reset): invited again.</source>
        <translation>Inbjudan från %1 raderades (oftast efter en kontoåterställning): inbjuden igen.</translation>
    </message>
    <message>
        <source>The invitation of %1 is %2: invited again.</source>
        <translation>Inbjudan från %1 har status %2: inbjuden igen.</translation>
    </message>
    <message>
        <source>This number is listed more than once; it is sent once, for its first entry.</source>
        <translation>Numret finns med mer än en gång i listan; det skickas en gång, för den första förekomsten.</translation>
    </message>
    <message numerus="yes">
        <source>%n new number(s): invited.</source>
        <translation>
            <numerusform>%n nytt nummer: inbjudet.</numerusform>
            <numerusform>%n nya nummer: inbjudna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) whose invitation was deleted (usually an account reset): invited again.</source>
        <translation>
            <numerusform>%n nummer vars inbjudan raderades (oftast efter en kontoåterställning): inbjudet igen.</numerusform>
            <numerusform>%n nummer vars inbjudningar raderades (oftast efter en kontoåterställning): inbjudna igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) pending for a long time: reminded with a second SMS.</source>
        <translation>
            <numerusform>%n nummer som länge har väntat på svar: påmint med ett andra SMS.</numerusform>
            <numerusform>%n nummer som länge har väntat på svar: påminda med ett andra SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending number(s): invited again as asked.</source>
        <translation>
            <numerusform>%n nummer som väntar på svar: inbjudet igen enligt önskemål.</numerusform>
            <numerusform>%n nummer som väntar på svar: inbjudna igen enligt önskemål.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already invited and pending: left out.</source>
        <translation>
            <numerusform>%n nummer som redan är inbjudet och väntar på svar: utelämnas.</numerusform>
            <numerusform>%n nummer som redan är inbjudna och väntar på svar: utelämnas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already members: not invited.</source>
        <translation>
            <numerusform>%n nummer som redan är medlem: inte inbjudet.</numerusform>
            <numerusform>%n nummer som redan är medlemmar: inte inbjudna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) that accepted an invitation: not invited.</source>
        <translation>
            <numerusform>%n nummer som har accepterat en inbjudan: inte inbjudet.</numerusform>
            <numerusform>%n nummer som har accepterat en inbjudan: inte inbjudna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s): added to the chosen access groups, not invited.</source>
        <translation>
            <numerusform>%n medlem: tillagd i de valda behörighetsgrupperna, inte inbjuden.</numerusform>
            <numerusform>%n medlemmar: tillagda i de valda behörighetsgrupperna, inte inbjudna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) listed twice: sent once.</source>
        <translation>
            <numerusform>%n nummer som finns två gånger i listan: skickas en gång.</numerusform>
            <numerusform>%n nummer som finns två gånger i listan: skickas en gång.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already invited on %1; the invitation is still pending: left out. A reminder sends a second SMS.</source>
        <translation>Redan inbjuden %1; inbjudan väntar fortfarande: utelämnad. En påminnelse skickar ett andra sms.</translation>
    </message>
</context>
<context>
    <name>StompDecoder</name>
    <message>
        <source>A STOMP stream holds a carriage return that is not followed by a line feed between frames.</source>
        <translation>En STOMP-ström innehåller mellan två ramar en vagnretur (CR) som inte följs av en radmatning (LF).</translation>
    </message>
    <message>
        <source>A STOMP frame has no command.</source>
        <translation>En STOMP-ram saknar kommando.</translation>
    </message>
    <message>
        <source>A STOMP frame starts with &apos;%1&apos;, which is not a STOMP 1.2 command.</source>
        <translation>En STOMP-ram börjar med &apos;%1&apos;, som inte är ett STOMP 1.2-kommando.</translation>
    </message>
    <message>
        <source>A STOMP header line is longer than the limit of %1 bytes.</source>
        <translation>En STOMP-huvudrad är längre än gränsen på %1 byte.</translation>
    </message>
    <message>
        <source>A STOMP frame has more than the limit of %1 headers.</source>
        <translation>En STOMP-ram har fler huvuden än gränsen på %1.</translation>
    </message>
    <message>
        <source>A STOMP header line &apos;%1&apos; has no name followed by &apos;:&apos;.</source>
        <translation>STOMP-huvudraden &apos;%1&apos; saknar ett namn följt av &apos;:&apos;.</translation>
    </message>
    <message>
        <source>A STOMP header line &apos;%1&apos; holds an undefined escape sequence.</source>
        <translation>STOMP-huvudraden &apos;%1&apos; innehåller en odefinierad escapesekvens.</translation>
    </message>
    <message>
        <source>A STOMP frame announces content-length &apos;%1&apos;, which is not a byte count.</source>
        <translation>En STOMP-ram anger content-length &apos;%1&apos;, som inte är ett antal byte.</translation>
    </message>
    <message>
        <source>A STOMP frame of %1 bytes exceeds the limit of %2 bytes.</source>
        <translation>En STOMP-ram på %1 byte överskrider gränsen på %2 byte.</translation>
    </message>
    <message>
        <source>A STOMP %1 frame&apos;s body of content-length %2 is not followed by NUL.</source>
        <translation>Innehållet i en STOMP-ram av typen %1 (content-length %2) följs inte av NUL.</translation>
    </message>
    <message>
        <source>A STOMP frame exceeds the limit of %1 bytes.</source>
        <translation>En STOMP-ram överskrider gränsen på %1 byte.</translation>
    </message>
</context>
<context>
    <name>StompEncoder</name>
    <message>
        <source>&apos;%1&apos; is not a STOMP 1.2 command.</source>
        <translation>&apos;%1&apos; är inte ett STOMP 1.2-kommando.</translation>
    </message>
    <message>
        <source>A STOMP header name cannot be empty.</source>
        <translation>Namnet på ett STOMP-huvud får inte vara tomt.</translation>
    </message>
    <message>
        <source>The header &apos;%1&apos; of a %2 frame holds a line break (or a colon in its name), which %2 frames cannot carry.</source>
        <translation>Huvudet &apos;%1&apos; i en %2-ram innehåller en radbrytning (eller ett kolon i namnet), vilket %2-ramar inte kan bära.</translation>
    </message>
</context>
<context>
    <name>accessy::AccessGroupWalker</name>
    <message>
        <source>read the access groups</source>
        <translation>hämta behörighetsgrupperna</translation>
    </message>
    <message numerus="yes">
        <source>the list of access groups kept changing while it was read (%n attempt(s)); try again later</source>
        <translation>
            <numerusform>listan över behörighetsgrupper ändrades hela tiden medan den lästes (%n försök); försök igen senare</numerusform>
            <numerusform>listan över behörighetsgrupper ändrades hela tiden medan den lästes (%n försök); försök igen senare</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 was empty although the server announced %2 groups and only %3 were read</source>
        <translation>sida %1 var tom fast servern hade angett %2 grupper och bara %3 hade lästs</translation>
    </message>
</context>
<context>
    <name>accessy::AccessySession</name>
    <message>
        <source>sign in</source>
        <translation>logga in</translation>
    </message>
    <message>
        <source>the sign-in was reset</source>
        <translation>inloggningen återställdes</translation>
    </message>
    <message>
        <source>cancelled, because no new session token was given</source>
        <translation>avbröts eftersom ingen ny sessionstoken angavs</translation>
    </message>
    <message>
        <source>enter a client ID and secret, or paste a session token</source>
        <translation>ange klient-ID och klienthemlighet, eller klistra in en sessionstoken</translation>
    </message>
    <message>
        <source>the pasted session token has expired; paste a new one</source>
        <translation>den inklistrade sessionstoken har gått ut; klistra in en ny</translation>
    </message>
    <message>
        <source>the new token belongs to organization %1, not %2; use a token of the same organization</source>
        <translation>den nya sessionstoken hör till organisationen %1, inte %2; använd en token från samma organisation</translation>
    </message>
</context>
<context>
    <name>accessy::ApiClient</name>
    <message>
        <source>the API URL &quot;%1&quot; is not a web address</source>
        <translation>API-adressen &quot;%1&quot; är ingen webbadress</translation>
    </message>
    <message>
        <source>limit %1 MiB</source>
        <translation>gränsen är %1 MiB</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>logga in</translation>
    </message>
    <message>
        <source>read the organization</source>
        <translation>hämta uppgifter om organisationen</translation>
    </message>
    <message>
        <source>send invitations</source>
        <translation>skicka inbjudningar</translation>
    </message>
    <message>
        <source>read the invitation list</source>
        <translation>hämta inbjudningslistan</translation>
    </message>
    <message>
        <source>read the access groups</source>
        <translation>hämta behörighetsgrupperna</translation>
    </message>
</context>
<context>
    <name>accessy::ApiError</name>
    <message>
        <source>The server refused the request as invalid. Check the numbers and the message.</source>
        <translation>Servern avvisade begäran som ogiltig. Kontrollera numren och meddelandet.</translation>
    </message>
    <message>
        <source>The sign-in was refused or has expired. Check the client ID and secret, or paste a new session token.</source>
        <translation>Inloggningen nekades eller har gått ut. Kontrollera klient-ID och klienthemlighet, eller klistra in en ny sessionstoken.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this. Ask for credentials with the organization administrator role.</source>
        <translation>De här inloggningsuppgifterna har inte behörighet till detta. Be om inloggningsuppgifter med rollen organisationsadministratör.</translation>
    </message>
    <message>
        <source>The server does not know this address or organization. Check the API URL.</source>
        <translation>Servern känner inte till den här adressen eller organisationen. Kontrollera API-adressen.</translation>
    </message>
    <message>
        <source>The server did not accept the API version requested. The app may need an update.</source>
        <translation>Servern godtog inte den begärda API-versionen. Appen kan behöva uppdateras.</translation>
    </message>
    <message>
        <source>The server is busy and asked us to slow down. Try again in a minute.</source>
        <translation>Servern är upptagen och bad oss sakta ned. Försök igen om en minut.</translation>
    </message>
    <message>
        <source>The Accessy server had a problem. Try again in a few minutes; if it goes on, contact Accessy support.</source>
        <translation>Accessy-servern fick ett problem. Försök igen om några minuter; kontakta Accessys support om problemet kvarstår.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Servern avvisade begäran.</translation>
    </message>
    <message>
        <source>contact Accessy</source>
        <translation>kontakta Accessy</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Kunde inte %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the server did not answer in time. Check the network connection and try again.</source>
        <translation>Kunde inte %1: servern svarade inte i tid. Kontrollera nätverksanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer was unexpectedly large and was cut off (%2).</source>
        <translation>Kunde inte %1: serverns svar var oväntat stort och kortades av (%2).</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer was not understood (%2).</source>
        <translation>Kunde inte %1: serverns svar gick inte att tolka (%2).</translation>
    </message>
    <message>
        <source>It said: &quot;%1&quot;</source>
        <translation>Svaret löd: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nothing answers at that address. Check the API URL.</source>
        <translation>Ingenting svarar på den adressen. Kontrollera API-adressen.</translation>
    </message>
    <message>
        <source>The server name was not found. Check the API URL and the internet connection.</source>
        <translation>Servernamnet hittades inte. Kontrollera API-adressen och internetanslutningen.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up. Check the certificate settings.</source>
        <translation>Den säkra anslutningen kunde inte upprättas. Kontrollera certifikatinställningarna.</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Kontrollera nätverksanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>Could not %1: %2 (%3).</source>
        <translation>Kunde inte %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Could not %1: the server answered %2, a redirect without a new address. Redirects are not followed. Check the API address.</source>
        <translation>Kunde inte %1: servern svarade %2, en omdirigering utan ny adress. Omdirigeringar följs inte. Kontrollera API-adressen.</translation>
    </message>
    <message>
        <source>Could not %1: the server redirected to %2 (HTTP %3). Redirects are not followed, so that the sign-in secrets stay with the address you set. Check the API address.</source>
        <translation>Kunde inte %1: servern omdirigerade till %2 (HTTP %3). Omdirigeringar följs inte, så att inloggningshemligheterna bara går till adressen du angett. Kontrollera API-adressen.</translation>
    </message>
    <message>
        <source>Could not %1: the server answered %2. %3</source>
        <translation>Kunde inte %1: servern svarade %2. %3</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>Servern svarade: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>accessy::CredentialStore</name>
    <message>
        <source>no keychain service is available on this computer</source>
        <translation>det finns ingen nyckelringstjänst på den här datorn</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>åtkomst till nyckelringen nekades</translation>
    </message>
    <message>
        <source>this system&apos;s keychain is not supported</source>
        <translation>systemets nyckelring stöds inte</translation>
    </message>
    <message>
        <source>the keychain did not answer (%1)</source>
        <translation>nyckelringen svarade inte (%1)</translation>
    </message>
    <message>
        <source>The client secret could not be read from the system keychain: %1. Enter it again; it will be kept for this session only.</source>
        <translation>Klienthemligheten kunde inte läsas från systemets nyckelring: %1. Ange den igen; den sparas då bara under den här sessionen.</translation>
    </message>
    <message>
        <source>The client secret could not be saved in the system keychain: %1. It is kept for this session only and must be entered again next time; it is not written anywhere else.</source>
        <translation>Klienthemligheten kunde inte sparas i systemets nyckelring: %1. Den sparas bara under den här sessionen och måste anges igen nästa gång; den skrivs inte någon annanstans.</translation>
    </message>
    <message>
        <source>The client secret could not be removed from the system keychain (%1). Remove the entry &quot;%2&quot; of &quot;%3&quot; with the system&apos;s password manager.</source>
        <translation>Klienthemligheten kunde inte tas bort från systemets nyckelring (%1). Ta bort posten &quot;%2&quot; för &quot;%3&quot; med systemets lösenordshanterare.</translation>
    </message>
</context>
<context>
    <name>accessy::MemberApi</name>
    <message>
        <source>read the member list</source>
        <translation>hämta medlemslistan</translation>
    </message>
    <message>
        <source>look up a member</source>
        <translation>slå upp en medlem</translation>
    </message>
    <message>
        <source>read a membership</source>
        <translation>hämta ett medlemskap</translation>
    </message>
    <message>
        <source>add a member to an access group</source>
        <translation>lägga till en medlem i en behörighetsgrupp</translation>
    </message>
</context>
<context>
    <name>accessy::MemberWalker</name>
    <message>
        <source>read the member list</source>
        <translation>hämta medlemslistan</translation>
    </message>
    <message numerus="yes">
        <source>the member list kept changing while it was read (%n attempt(s)); try again later</source>
        <translation>
            <numerusform>medlemslistan ändrades hela tiden medan den lästes (%n försök); försök igen senare</numerusform>
            <numerusform>medlemslistan ändrades hela tiden medan den lästes (%n försök); försök igen senare</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of the member list was empty although the server announced %2 members</source>
        <translation>sida %1 av medlemslistan var tom fast servern angav %2 medlemmar</translation>
    </message>
    <message>
        <source>the server announced %1 members but its pages held only %2</source>
        <translation>servern angav %1 medlemmar men sidorna innehöll bara %2</translation>
    </message>
</context>
<context>
    <name>accessy::json</name>
    <message>
        <source>the access group page is not a JSON object</source>
        <translation>sidan med behörighetsgrupper är inget JSON-objekt</translation>
    </message>
    <message>
        <source>the access group page has no &quot;items&quot; list</source>
        <translation>sidan med behörighetsgrupper saknar listan &quot;items&quot;</translation>
    </message>
    <message>
        <source>the access group page has no valid &quot;totalItems&quot;</source>
        <translation>sidan med behörighetsgrupper saknar ett giltigt &quot;totalItems&quot;</translation>
    </message>
    <message>
        <source>an access group has no &quot;id&quot;</source>
        <translation>en behörighetsgrupp saknar &quot;id&quot;</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>logga in</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>svaret var tomt</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1 at byte %2</source>
        <translation>svaret är inte JSON: %1 vid byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ett JSON-objekt förväntades</translation>
    </message>
    <message>
        <source>the answer holds no access_token</source>
        <translation>svaret innehåller ingen access_token</translation>
    </message>
    <message>
        <source>read the organization</source>
        <translation>hämta uppgifter om organisationen</translation>
    </message>
    <message>
        <source>these credentials belong to no organization. Ask the organization&apos;s administrator for credentials of your organization.</source>
        <translation>de här inloggningsuppgifterna hör inte till någon organisation. Be organisationens administratör om inloggningsuppgifter för din organisation.</translation>
    </message>
    <message>
        <source>expected membership objects</source>
        <translation>medlemskapsobjekt förväntades</translation>
    </message>
    <message>
        <source>expected a membership object or array</source>
        <translation>ett medlemskapsobjekt eller en array förväntades</translation>
    </message>
    <message>
        <source>the membership holds no organizationId</source>
        <translation>medlemskapet innehåller inget organizationId</translation>
    </message>
    <message>
        <source>expected a list of invitations</source>
        <translation>en lista med inbjudningar förväntades</translation>
    </message>
    <message>
        <source>an invitation is not an object</source>
        <translation>en inbjudan är inget objekt</translation>
    </message>
    <message>
        <source>an invitation has no id</source>
        <translation>en inbjudan saknar id</translation>
    </message>
    <message>
        <source>the member page is not a JSON object</source>
        <translation>sidan med medlemmar är inget JSON-objekt</translation>
    </message>
    <message>
        <source>the member page has no &quot;items&quot; list</source>
        <translation>sidan med medlemmar saknar listan &quot;items&quot;</translation>
    </message>
    <message>
        <source>the member page has no valid &quot;totalItems&quot;</source>
        <translation>sidan med medlemmar saknar ett giltigt &quot;totalItems&quot;</translation>
    </message>
    <message>
        <source>a member has no &quot;id&quot;</source>
        <translation>en medlem saknar &quot;id&quot;</translation>
    </message>
    <message>
        <source>the membership has no &quot;id&quot;</source>
        <translation>medlemskapet saknar &quot;id&quot;</translation>
    </message>
</context>
<context>
    <name>accessy::tls</name>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;</source>
        <translation>certifikatet &quot;%1&quot; utfärdat av &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a valid web address.</source>
        <translation>Angiven %1 &quot;%2&quot; är inte en giltig webbadress.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>load the CA certificate</source>
        <translation>läsa in CA-certifikatet</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; does not exist</source>
        <translation>filen &quot;%1&quot; finns inte</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; cannot be read: %2</source>
        <translation>filen &quot;%1&quot; kan inte läsas: %2</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>filen &quot;%1&quot; innehåller inget PEM-certifikat (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>The %1 %2 is not encrypted: the session token would travel in clear. Use wss://, or a loopback address (localhost, 127.0.0.1 or ::1) for a local test server.</source>
        <translation>%1 %2 är inte krypterad: sessionstoken skulle skickas i klartext. Använd wss://, eller en loopback-adress (localhost, 127.0.0.1 eller ::1) för en lokal testserver.</translation>
    </message>
    <message>
        <source>The %1 %2 is not encrypted: the client secret and the session token would travel in clear. Use https://, or a loopback address (localhost, 127.0.0.1 or ::1) for a local test server.</source>
        <translation>%1 %2 är inte krypterad: klienthemligheten och sessionstoken skulle skickas i klartext. Använd https://, eller en loopback-adress (localhost, 127.0.0.1 eller ::1) för en lokal testserver.</translation>
    </message>
    <message>
        <source>events address</source>
        <translation>händelseadress</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-adress</translation>
    </message>
    <message>
        <source>The %1 %2 must start with wss://.</source>
        <translation>%1 %2 måste börja med wss://.</translation>
    </message>
    <message>
        <source>The %1 %2 must start with https://.</source>
        <translation>%1 %2 måste börja med https://.</translation>
    </message>
</context>
<context>
    <name>cli::CheckCommand</name>
    <message>
        <source>Checks a phone list (CSV, TSV, TXT, XLSX or vCard; - reads standard input) and prints one CSV line per row: row,input,name,e164,verdict,note.
Exit code 0: every row will be invited; 1: some will not; 2: the file cannot be read.</source>
        <translation>Kontrollerar en telefonlista (CSV, TSV, TXT, XLSX eller vCard; - läser från standard in) och skriver ut en CSV-rad per rad: row,input,name,e164,verdict,note.
Slutstatus 0: alla rader kommer att bjudas in; 1: några kommer inte att bjudas in; 2: filen kan inte läsas.</translation>
    </message>
    <message>
        <source>The list to check, or - for stdin.</source>
        <translation>Listan som ska kontrolleras, eller - för standard in.</translation>
    </message>
    <message>
        <source>Country of numbers written without a country code.</source>
        <translation>Land för nummer som skrivits utan landskod.</translation>
    </message>
    <message>
        <source>The worksheet of an XLSX file.</source>
        <translation>Kalkylbladet i en XLSX-fil.</translation>
    </message>
    <message>
        <source>Name exactly one file to check.</source>
        <translation>Ange exakt en fil att kontrollera.</translation>
    </message>
</context>
<context>
    <name>cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Visa versionen.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>okänd flagga &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>oväntat argument &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>cli::CommonOptions</name>
    <message>
        <source>--group needs an access permission group id</source>
        <translation>--group kräver ID:t för en behörighetsgrupp</translation>
    </message>
    <message>
        <source>--timeout-ms needs a whole number from 100 to 600000</source>
        <translation>--timeout-ms kräver ett heltal från 100 till 600000</translation>
    </message>
    <message>
        <source>The API host (default: $ACCESSY_API_URL or https://api.accessy.se).</source>
        <translation>API-värden (standard: $ACCESSY_API_URL eller https://api.accessy.se).</translation>
    </message>
    <message>
        <source>--api-url needs a URL</source>
        <translation>--api-url kräver en URL</translation>
    </message>
    <message>
        <source>An access permission group to join (repeatable).</source>
        <translation>En behörighetsgrupp att gå med i (kan upprepas).</translation>
    </message>
    <message>
        <source>Give up on an answer after N ms (default 30000).</source>
        <translation>Sluta vänta på ett svar efter N ms (standard 30000).</translation>
    </message>
    <message>
        <source>When another send to the organization is running on this computer, refuse (exit 2) instead of waiting for it to finish.</source>
        <translation>Om ett annat utskick till organisationen pågår på den här datorn, vägra (slutstatus 2) i stället för att vänta tills det är klart.</translation>
    </message>
    <message>
        <source>the API URL &quot;%1&quot; is not an http(s) address</source>
        <translation>API-adressen &quot;%1&quot; är ingen http(s)-adress</translation>
    </message>
</context>
<context>
    <name>cli::ForgetCommand</name>
    <message>
        <source>Removes every record of these phone numbers from the local send history (jobs, batches, invitations, and any text quoting them) and wipes them from the files of the data folder. Invitations already sent in Accessy are not affected.</source>
        <translation>Tar bort alla uppgifter om de här telefonnumren från den lokala utskickshistoriken (utskick, omgångar, inbjudningar och all text som citerar dem) och skriver över dem i datamappens filer. Inbjudningar som redan skickats i Accessy påverkas inte.</translation>
    </message>
    <message>
        <source>Exit status: 0 records were removed; 1 none were found; 2 bad usage or the history could not be changed.
</source>
        <translation>Slutstatus: 0 uppgifter togs bort; 1 inga hittades; 2 felaktig användning eller historiken kunde inte ändras.
</translation>
    </message>
    <message>
        <source>A phone number, as E.164 or written nationally.</source>
        <translation>Ett telefonnummer, i E.164-format eller skrivet som ett nationellt nummer.</translation>
    </message>
    <message>
        <source>Country of numbers written without a country code.</source>
        <translation>Land för nummer som skrivits utan landskod.</translation>
    </message>
    <message>
        <source>--region needs a two-letter country code such as SE</source>
        <translation>--region kräver en landskod med två bokstäver, till exempel SE</translation>
    </message>
    <message>
        <source>Name at least one phone number to forget.</source>
        <translation>Ange minst ett telefonnummer att glömma.</translation>
    </message>
    <message>
        <source>Unknown country code &quot;%1&quot; for --region (use e.g. SE).</source>
        <translation>Okänd landskod &quot;%1&quot; för --region (använd t.ex. SE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (%2). Nothing was removed.</source>
        <translation>&quot;%1&quot; är inget telefonnummer (%2). Ingenting togs bort.</translation>
    </message>
    <message>
        <source>The send history could not be changed: %1. Nothing was removed.</source>
        <translation>Utskickshistoriken kunde inte ändras: %1. Ingenting togs bort.</translation>
    </message>
    <message>
        <source>No record of %1 was found in the send history (%2).</source>
        <translation>Inga uppgifter om %1 hittades i utskickshistoriken (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n record(s) of %1 from the send history (%2). Invitations in Accessy are not affected.</source>
        <translation>
            <numerusform>Tog bort %n uppgift om %1 från utskickshistoriken (%2). Inbjudningar i Accessy påverkas inte.</numerusform>
            <numerusform>Tog bort %n uppgifter om %1 från utskickshistoriken (%2). Inbjudningar i Accessy påverkas inte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::HistoryCommand</name>
    <message>
        <source>Only sends started on or after DATE (2026-11-01, local time, or an ISO date and time).</source>
        <translation>Bara utskick som startade DATE eller senare (2026-11-01, lokal tid, eller ett ISO-datum med tid).</translation>
    </message>
    <message>
        <source>One line per number of each send, with its current status.</source>
        <translation>En rad per nummer i varje utskick, med dess aktuella status.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-01 (or an ISO date and time), not &quot;%1&quot;.</source>
        <translation>--since kräver ett datum som 2026-11-01 (eller ett ISO-datum med tid), inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Exit status: 0, or 2 for bad usage or an unreadable history.
</source>
        <translation>Slutstatus: 0, eller 2 vid felaktig användning eller en historik som inte kan läsas.
</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-01</source>
        <translation>--since behöver ett datum som 2026-11-01</translation>
    </message>
    <message>
        <source>Prints every send kept in the local history as CSV, oldest first: when, the organization, who sent (the client id, or &quot;pasted token&quot;), the file the numbers came from, the message, the access groups, whether it was a reminder, and how many numbers ended in each outcome (already_invited: left out as still pending; member: left out as a member; added_to_groups: a member given the access groups). With --numbers, one line per number instead, with the status its invitation had when the app last saw it (GONE: no longer on the server&apos;s list). Reads only the history; signs in nowhere.</source>
        <translation>Skriver ut varje utskick i den lokala historiken som CSV, äldst först: när, organisationen, vem som skickade (klient-id:t, eller &quot;inklistrad token&quot;), filen numren kom från, meddelandet, behörighetsgrupperna, om det var en påminnelse, och hur många nummer som fick varje utfall (already_invited: utelämnad eftersom inbjudan ännu väntar; member: utelämnad som medlem; added_to_groups: en medlem som fick behörighetsgrupperna). Med --numbers i stället en rad per nummer, med den status dess inbjudan hade när appen senast såg den (GONE: finns inte längre i serverns lista). Läser bara historiken; loggar inte in någonstans.</translation>
    </message>
</context>
<context>
    <name>cli::RemindCommand</name>
    <message>
        <source>Remind invitations pending longer than AGE: days or hours, such as 7d or 36h.</source>
        <translation>Påminn om inbjudningar som väntat på svar längre än AGE: dagar eller timmar, till exempel 7d eller 36h.</translation>
    </message>
    <message>
        <source>The reminder&apos;s text.</source>
        <translation>Påminnelsens text.</translation>
    </message>
    <message>
        <source>Print who would be reminded; send nothing.</source>
        <translation>Skriv ut vilka som skulle påminnas; skicka ingenting.</translation>
    </message>
    <message>
        <source>Send without asking.</source>
        <translation>Skicka utan att fråga.</translation>
    </message>
    <message>
        <source>--older-than AGE is required (such as 7d: pending for more than a week).</source>
        <translation>--older-than AGE krävs (till exempel 7d: har väntat på svar i mer än en vecka).</translation>
    </message>
    <message>
        <source>--older-than needs an age in days or hours, such as 7d or 36h, not &quot;%1&quot;.</source>
        <translation>--older-than kräver en ålder i dagar eller timmar, till exempel 7d eller 36h, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--message must not be blank</source>
        <translation>--message får inte vara tomt</translation>
    </message>
    <message>
        <source>No invitation has been pending longer than %1; nothing to send.</source>
        <translation>Ingen inbjudan har väntat på svar längre än %1; inget att skicka.</translation>
    </message>
    <message>
        <source>the %1 pending invitations do not share one text; give the reminder&apos;s text with --message.</source>
        <translation>de %1 väntande inbjudningarna har inte samma text; ange påminnelsens text med --message.</translation>
    </message>
    <message>
        <source>the pending invitations were sent with different access groups; name the reminder&apos;s groups with --group.</source>
        <translation>de väntande inbjudningarna skickades med olika behörighetsgrupper; ange påminnelsens grupper med --group.</translation>
    </message>
    <message>
        <source>Sends a new invitation — a second SMS — to everyone whose invitation is still pending after the given age, read from the server&apos;s invitation list (a number whose newest invitation is accepted, younger or otherwise settled is left alone). Asks first unless --yes; prints one CSV line per number like send: msisdn,invitation_id,status,error. The reminders are recorded in the send history.
Without --message, the text of the pending invitations is sent again; without --group, the access groups the history recorded for them.</source>
        <translation>Skickar en ny inbjudan – ett andra sms – till alla vars inbjudan fortfarande väntar efter den angivna åldern, enligt serverns lista över inbjudningar (ett nummer vars senaste inbjudan är accepterad, yngre eller på annat sätt avgjord lämnas i fred). Frågar först om inte --yes anges; skriver en CSV-rad per nummer som send: msisdn,invitation_id,status,error. Påminnelserna sparas i sändningshistoriken.
Utan --message skickas de väntande inbjudningarnas text igen; utan --group de behörighetsgrupper som historiken sparade för dem.</translation>
    </message>
    <message>
        <source>Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.
Exit status: 0 every reminder was sent (or none was due), 1 some were not, 2 bad usage, sign-in failure, or another send running with --no-wait.
</source>
        <translation>Inloggningsuppgifter: ACCESSY_CLIENT_ID och ACCESSY_CLIENT_SECRET, eller ACCESSY_SESSION_TOKEN.
Slutstatus: 0 alla påminnelser skickades (eller ingen behövdes), 1 några skickades inte, 2 felaktig användning, misslyckad inloggning, eller ett annat utskick pågår med --no-wait.
</translation>
    </message>
    <message>
        <source>--older-than needs an age such as 7d</source>
        <translation>--older-than behöver en ålder som 7d</translation>
    </message>
    <message>
        <source>--message needs the reminder&apos;s text</source>
        <translation>--message behöver påminnelsens text</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) pending since before %1.</source>
        <translation>
            <numerusform>%n inbjudan har väntat på svar sedan före %1.</numerusform>
            <numerusform>%n inbjudningar har väntat på svar sedan före %1.</numerusform>
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
        <translation>Bjuder in varje giltigt mobilnummer i FILE (CSV, TSV, text, XLSX eller vCard; - läser
standard in) till organisationen i Accessy via SMS, och skriver ut en CSV-rad per
nummer: msisdn,invitation_id,status,error.
Status: invited; pending (inbjuden tidigare, inte accepterad än: utelämnas); member
(redan medlem, eller har accepterat: får aldrig SMS); added-to-groups (en medlem som
får grupperna i --group i stället för ett SMS); failed; cancelled; unconfirmed;
would-send och would-add-to-groups (--dry-run); eller varför raden inte är ett
mobilnummer.</translation>
    </message>
    <message>
        <source>Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.
The send history is kept in the app&apos;s data folder ($ACCESSY_INVITE_DATA_DIR
overrides it); an interrupted send is checked and finished by running the same
command again.
Exit status: 0 every number has an invitation, 1 some have none, 2 bad usage,
unreadable list or sign-in failure.
</source>
        <translation>Inloggningsuppgifter: ACCESSY_CLIENT_ID och ACCESSY_CLIENT_SECRET, eller ACCESSY_SESSION_TOKEN.
Utskickshistoriken sparas i appens datamapp ($ACCESSY_INVITE_DATA_DIR
ändrar den); ett avbrutet utskick kontrolleras och slutförs när samma
kommando körs igen.
Slutstatus: 0 alla nummer har en inbjudan, 1 några saknar, 2 felaktig användning,
oläslig lista eller misslyckad inloggning.
</translation>
    </message>
    <message>
        <source>--numbers needs a file name (or - for standard input)</source>
        <translation>--numbers kräver ett filnamn (eller - för standard in)</translation>
    </message>
    <message>
        <source>--batch-size needs a whole number from 1 to 1000</source>
        <translation>--batch-size kräver ett heltal från 1 till 1000</translation>
    </message>
    <message>
        <source>--parallel needs a whole number from 1 to 32</source>
        <translation>--parallel kräver ett heltal från 1 till 32</translation>
    </message>
    <message>
        <source>--region needs a two-letter country code such as SE</source>
        <translation>--region kräver en landskod med två bokstäver, till exempel SE</translation>
    </message>
    <message>
        <source>--grace-seconds needs a whole number from 0 to 86400</source>
        <translation>--grace-seconds kräver ett heltal från 0 till 86400</translation>
    </message>
    <message>
        <source>The list of numbers (- = standard input).</source>
        <translation>Listan med nummer (- = standard in).</translation>
    </message>
    <message>
        <source>The invitation text.</source>
        <translation>Inbjudans text.</translation>
    </message>
    <message>
        <source>Numbers per request (1-1000, default 50).</source>
        <translation>Nummer per anrop (1-1000, standard 50).</translation>
    </message>
    <message>
        <source>Requests in flight (1-32, default 4).</source>
        <translation>Anrop samtidigt (1-32, standard 4).</translation>
    </message>
    <message>
        <source>When an answer never came, wait N s from when the request left before checking the server&apos;s list and sending again (default 60; at least twice --timeout-ms).</source>
        <translation>Om inget svar kom, vänta N s från att anropet skickades innan serverns lista kontrolleras och numret skickas igen (standard 60; minst dubbla --timeout-ms).</translation>
    </message>
    <message>
        <source>Country of numbers written without +CC (default SE).</source>
        <translation>Land för nummer som skrivits utan +CC (standard SE).</translation>
    </message>
    <message>
        <source>The worksheet of an XLSX file (default: the first).</source>
        <translation>Kalkylbladet i en XLSX-fil (standard: det första).</translation>
    </message>
    <message>
        <source>Also send to numbers that already have a pending invitation.</source>
        <translation>Skicka även till nummer som redan har en väntande inbjudan.</translation>
    </message>
    <message>
        <source>Check the list and print what would be sent; send nothing.</source>
        <translation>Kontrollera listan och skriv ut vad som skulle skickas; skicka ingenting.</translation>
    </message>
    <message>
        <source>Send without asking. Without it the command asks on the terminal, and refuses (exit 2) when standard input is not a terminal or holds the numbers.</source>
        <translation>Skicka utan att fråga. Utan det frågar kommandot i terminalen, och vägrar (slutstatus 2) när standard in inte är en terminal eller innehåller numren.</translation>
    </message>
    <message>
        <source>--message needs the invitation text</source>
        <translation>--message kräver inbjudningstexten</translation>
    </message>
    <message>
        <source>--sheet needs a worksheet name</source>
        <translation>--sheet kräver namnet på ett kalkylblad</translation>
    </message>
    <message>
        <source>--numbers FILE is required</source>
        <translation>--numbers FIL måste anges</translation>
    </message>
    <message>
        <source>--message TEXT is required and must not be blank</source>
        <translation>--message TEXT måste anges och får inte vara tom</translation>
    </message>
    <message>
        <source>another send to %1 is running in process %2; nothing was sent (--no-wait).</source>
        <translation>ett annat utskick till %1 pågår i process %2; ingenting skickades (--no-wait).</translation>
    </message>
    <message>
        <source>Another send to %1 is running in process %2 — waiting…</source>
        <translation>Ett annat utskick till %1 pågår i process %2 — väntar…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ingenting skickades.</translation>
    </message>
</context>
<context>
    <name>cli::SendRunner</name>
    <message>
        <source>accessy-invite send: %1</source>
        <translation>accessy-invite send: %1</translation>
    </message>
    <message>
        <source>accessy-invite send: standard input is not a terminal, so nobody can be asked; add --yes to send.</source>
        <translation>accessy-invite send: standard in är ingen terminal, så ingen kan tillfrågas; lägg till --yes för att skicka.</translation>
    </message>
    <message>
        <source>organization %1</source>
        <translation>organisationen %1</translation>
    </message>
    <message>
        <source>These are reminders: each person gets a second SMS.</source>
        <translation>Det här är påminnelser: varje person får ett andra SMS.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ingenting skickades.</translation>
    </message>
    <message>
        <source>Finishing the interrupted send #%1 of %2.</source>
        <translation>Slutför det avbrutna utskicket #%1 från %2.</translation>
    </message>
    <message>
        <source>Send #%1 of %2 (message &quot;%3&quot;) did not finish; run its command again to finish it.</source>
        <translation>Utskick #%1 från %2 (meddelandet &quot;%3&quot;) slutfördes inte; kör samma kommando igen för att slutföra det.</translation>
    </message>
    <message>
        <source>The grace period is %1 s: never shorter than twice the time-out (%2 ms).</source>
        <translation>Väntetiden är %1 s: aldrig kortare än dubbla tidsgränsen (%2 ms).</translation>
    </message>
    <message>
        <source>Sent %1, not sent %2, remaining %3   </source>
        <translation>Skickade: %1, ej skickade: %2, återstår: %3   </translation>
    </message>
    <message>
        <source>
Stopping: waiting for the requests in flight.</source>
        <translation>
Avbryter: väntar på pågående anrop.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n invitation(s) would be sent, %1 left out as already invited; nothing was sent.</source>
        <translation>
            <numerusform>Provkörning: %n nummer skulle bjudas in och %1 nummer som redan har en väntande inbjudan utelämnas. Ingenting skickades.</numerusform>
            <numerusform>Provkörning: %n nummer skulle bjudas in och %1 nummer som redan har en väntande inbjudan utelämnas. Ingenting skickades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n invitation(s) to %1 with the message &quot;%2&quot;?</source>
        <translation>
            <numerusform>Bjud in %n nummer till %1 med meddelandet &quot;%2&quot;?</numerusform>
            <numerusform>Bjud in %n nummer till %1 med meddelandet &quot;%2&quot;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) are members or already have a pending invitation and are left out.</source>
        <translation>
            <numerusform>%n nummer är redan medlem eller har en väntande inbjudan och utelämnas.</numerusform>
            <numerusform>%n nummer är redan medlemmar eller har en väntande inbjudan och utelämnas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not valid mobile numbers and are left out.</source>
        <translation>
            <numerusform>%n rad är inte ett giltigt mobilnummer och utelämnas.</numerusform>
            <numerusform>%n rader är inte giltiga mobilnummer och utelämnas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %1 s to be sure the server did not already text %n number(s)</source>
        <translation>
            <numerusform>väntar %1 s för att vara säker på att servern inte redan har skickat SMS till %n nummer</numerusform>
            <numerusform>väntar %1 s för att vara säker på att servern inte redan har skickat SMS till %n nummer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::TopLevel</name>
    <message>
        <source>check a phone list: one verdict per row</source>
        <translation>kontrollera en telefonlista: ett utlåtande per rad</translation>
    </message>
    <message>
        <source>invite the numbers of a list by SMS</source>
        <translation>bjud in numren i en lista via SMS</translation>
    </message>
    <message>
        <source>print every status change of the invitations</source>
        <translation>skriv ut varje statusändring för inbjudningarna</translation>
    </message>
    <message>
        <source>forget a person: remove the number from the local history</source>
        <translation>glöm en person: ta bort numret från den lokala historiken</translation>
    </message>
    <message>
        <source>the same as COMMAND --help</source>
        <translation>samma som COMMAND --help</translation>
    </message>
    <message>
        <source>Usage: accessy-invite [--demo]
       accessy-invite COMMAND [options]

Invites people to an Accessy organization by SMS. Without a command, opens the
window.
</source>
        <translation>Användning: accessy-invite [--demo]
             accessy-invite COMMAND [alternativ]

Bjuder in personer till en organisation i Accessy via SMS. Utan kommando öppnas
fönstret.
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <source>practice mode: start the bundled sandbox; no SMS is sent</source>
        <translation>övningsläge: starta den medföljande övningsservern; inga SMS skickas</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>visa den här hjälpen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>visa versionen</translation>
    </message>
    <message>
        <source>Every command takes --help and --version. More in the manual: man accessy-invite</source>
        <translation>Alla kommandon tar --help och --version. Mer i manualen: man accessy-invite</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>okänt kommando &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;help&apos; takes one command name</source>
        <translation>&apos;help&apos; tar ett kommandonamn</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>inget att göra</translation>
    </message>
    <message>
        <source>text again everyone whose invitation is still pending after a given age</source>
        <translation>sms:a igen alla vars inbjudan fortfarande väntar efter en viss tid</translation>
    </message>
    <message>
        <source>print every past send of this computer</source>
        <translation>skriv ut alla tidigare utskick från den här datorn</translation>
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
        <translation>Följer inbjudningarna i organisationen i Accessy och skriver ut en CSV-rad per
statusändring tills den avbryts (Ctrl+C eller SIGTERM, slutstatus 0):
time,invitation_id,msisdn,old_status,new_status
(tid i UTC, ISO 8601 med millisekunder). De aktuella statusarna läses en gång vid
starten och skrivs INTE ut: bara ändringar skrivs ut. En inbjudan som skapas under
bevakningen skrivs ut en gång med tom old_status. Ändringar kommer som händelser;
listan läses igen efter varje (åter)anslutning till händelseströmmen och
var --interval:e sekund, så inget som missas under ett avbrott går förlorat.
Anslutningslägen och problem skrivs till standard fel (mer detaljer med
QT_LOGGING_RULES=&quot;accessy.*.info=true&quot;).</translation>
    </message>
    <message>
        <source>Credentials: ACCESSY_CLIENT_ID and ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.
Exit status: 0 when interrupted, 2 bad usage, refused sign-in, a first list read
that failed, or a session token that ran out while watching.
</source>
        <translation>Inloggningsuppgifter: ACCESSY_CLIENT_ID och ACCESSY_CLIENT_SECRET, eller ACCESSY_SESSION_TOKEN.
Slutstatus: 0 vid avbrott, 2 felaktig användning, nekad inloggning, en första
läsning av listan som misslyckades, eller en sessionstoken som gick ut under bevakningen.
</translation>
    </message>
    <message>
        <source>--interval needs a whole number of seconds from 0 to 86400</source>
        <translation>--interval kräver ett heltal sekunder från 0 till 86400</translation>
    </message>
    <message>
        <source>The event stream (default: $ACCESSY_EVENTS_URL or wss://accessy.se/ws/app).</source>
        <translation>Händelseströmmen (standard: $ACCESSY_EVENTS_URL eller wss://accessy.se/ws/app).</translation>
    </message>
    <message>
        <source>Read the whole list this often (0-86400, default 60; 0 = only after a reconnection).</source>
        <translation>Läs hela listan med det här intervallet i sekunder (0-86400, standard 60; 0 = bara efter en återanslutning).</translation>
    </message>
    <message>
        <source>--events-url needs a URL</source>
        <translation>--events-url kräver en URL</translation>
    </message>
    <message>
        <source>the events URL &quot;%1&quot; is not a ws(s) address</source>
        <translation>händelseadressen &quot;%1&quot; är ingen ws(s)-adress</translation>
    </message>
</context>
<context>
    <name>cli::WatchRunner</name>
    <message>
        <source>accessy-invite watch: the session token has expired or was refused; set a new ACCESSY_SESSION_TOKEN and start again.</source>
        <translation>accessy-invite watch: sessionstoken har gått ut eller nekades; sätt en ny ACCESSY_SESSION_TOKEN och starta igen.</translation>
    </message>
    <message>
        <source>accessy-invite watch: sign-in failed: %1</source>
        <translation>accessy-invite watch: inloggningen misslyckades: %1</translation>
    </message>
    <message>
        <source>accessy-invite watch: could not read the invitation list: %1</source>
        <translation>accessy-invite watch: kunde inte läsa inbjudningslistan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n invitation(s) of organization %1; only changes are printed.</source>
        <translation>
            <numerusform>Bevakar %n inbjudan i organisationen %1; bara ändringar skrivs ut.</numerusform>
            <numerusform>Bevakar %n inbjudningar i organisationen %1; bara ändringar skrivs ut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the invitation list (will try again): %1</source>
        <translation>Kunde inte läsa inbjudningslistan (försöker igen): %1</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Händelser: %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>frånkopplad</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>ansluter till %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ansluten</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>ansluter igen</translation>
    </message>
    <message>
        <source>the event server refused the session token</source>
        <translation>händelseservern nekade sessionstoken</translation>
    </message>
    <message>
        <source>accessy-invite watch: the event server refuses even a new session token; check that the events URL belongs to the API host.</source>
        <translation>accessy-invite watch: händelseservern nekar även en ny sessionstoken; kontrollera att händelseadressen hör till API-värden.</translation>
    </message>
</context>
<context>
    <name>core::Application</name>
    <message>
        <source>system keychain</source>
        <translation>systemets nyckelring</translation>
    </message>
    <message>
        <source>Welcome! Install Accessy to open our doors.</source>
        <translation>Välkommen! Installera Accessy för att öppna våra dörrar.</translation>
    </message>
    <message>
        <source>Welcome to %1! Install Accessy to open our doors.</source>
        <translation>Välkommen till %1! Installera Accessy för att öppna våra dörrar.</translation>
    </message>
</context>
<context>
    <name>events::OrganizationEvents</name>
    <message>
        <source>Live status needs the organization id; sign in first.</source>
        <translation>Realtidsstatus kräver organisationens ID; logga in först.</translation>
    </message>
</context>
<context>
    <name>events::StompClient</name>
    <message>
        <source>The event server did not complete the connection within %1 s.</source>
        <translation>Händelseservern slutförde inte anslutningen inom %1 s.</translation>
    </message>
    <message>
        <source>The event server has been silent for more than %1 s.</source>
        <translation>Händelseservern har varit tyst i mer än %1 s.</translation>
    </message>
    <message>
        <source>Connecting to the event server…</source>
        <translation>Ansluter till händelseservern…</translation>
    </message>
    <message>
        <source>Live status needs a session token: sign in first.</source>
        <translation>Realtidsstatus kräver en sessionstoken: logga in först.</translation>
    </message>
    <message>
        <source>The session token holds characters no token can hold; sign in again.</source>
        <translation>Sessionstoken innehåller tecken som ingen token kan innehålla; logga in igen.</translation>
    </message>
    <message>
        <source>The event server closed the connection (code %1).</source>
        <translation>Händelseservern stängde anslutningen (kod %1).</translation>
    </message>
    <message>
        <source>The event server refused the sign-in (HTTP %1): the session token has expired or is not valid. Live status is off until you sign in again.</source>
        <translation>Händelseservern nekade inloggningen (HTTP %1): sessionstoken har gått ut eller är ogiltig. Realtidsstatus är avstängd tills du loggar in igen.</translation>
    </message>
    <message>
        <source>The event server answered HTTP %1 instead of opening the event stream.</source>
        <translation>Händelseservern svarade HTTP %1 i stället för att öppna händelseströmmen.</translation>
    </message>
    <message>
        <source>Could not connect to the event server: %1</source>
        <translation>Kunde inte ansluta till händelseservern: %1</translation>
    </message>
    <message>
        <source>The connection to the event server failed: %1</source>
        <translation>Anslutningen till händelseservern misslyckades: %1</translation>
    </message>
    <message>
        <source>The event server sent a malformed STOMP frame: %1</source>
        <translation>Händelseservern skickade en felaktig STOMP-ram: %1</translation>
    </message>
    <message>
        <source>The event server speaks STOMP %1; this program needs STOMP 1.2.</source>
        <translation>Händelseservern använder STOMP %1; det här programmet kräver STOMP 1.2.</translation>
    </message>
    <message>
        <source>The event server refused the sign-in: %1. Live status is off until you sign in again.</source>
        <translation>Händelseservern nekade inloggningen: %1. Realtidsstatus är avstängd tills du loggar in igen.</translation>
    </message>
    <message>
        <source>The event server reported an error without a message.</source>
        <translation>Händelseservern rapporterade ett fel utan meddelande.</translation>
    </message>
    <message>
        <source>The event server reported an error: %1</source>
        <translation>Händelseservern rapporterade ett fel: %1</translation>
    </message>
    <message>
        <source>Receiving live invitation status.</source>
        <translation>Tar emot inbjudningarnas status i realtid.</translation>
    </message>
    <message>
        <source>%1 Reconnecting in %2 s.</source>
        <translation>%1 Ansluter igen om %2 s.</translation>
    </message>
    <message>
        <source>Live status is off.</source>
        <translation>Realtidsstatus är avstängd.</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated values (*.csv)</source>
        <translation>CSV, kommaavgränsade värden (*.csv)</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Inbjudningar</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Kunde inte exportera till %1: %2</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Kunde inte skapa %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva till %1: %2</translation>
    </message>
    <message>
        <source>Entered as</source>
        <translation>Inmatat som</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Invitation ID</source>
        <translation>Inbjudnings-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The workbook could not be assembled: %1</source>
        <translation>Arbetsboken kunde inte sättas ihop: %1</translation>
    </message>
    <message>
        <source>Excel holds at most %L1 rows in a sheet; there are %L2.</source>
        <translation>Excel rymmer högst %L1 rader i ett blad; här finns %L2.</translation>
    </message>
    <message>
        <source>Row %1 has a cell of %L2 characters; Excel holds at most %L3 in a cell.</source>
        <translation>Rad %1 har en cell med %L2 tecken; Excel rymmer högst %L3 tecken i en cell.</translation>
    </message>
</context>
<context>
    <name>history::DataFolder</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>mappen %1 kan inte skapas</translation>
    </message>
    <message>
        <source>both %1 and %2 hold a send history; the new one is used and the old one is kept untouched</source>
        <translation>både %1 och %2 innehåller en utskickshistorik; den nya används och den gamla lämnas orörd</translation>
    </message>
    <message>
        <source>the history %1 could not be prepared for moving (is another copy of the app running?); it was left where it is</source>
        <translation>historiken %1 kunde inte förberedas för flytt (körs appen redan på annat håll?); den lämnades där den är</translation>
    </message>
    <message>
        <source>the history %1 could not be moved to %2</source>
        <translation>historiken %1 kunde inte flyttas till %2</translation>
    </message>
    <message>
        <source>The send history was moved from %1 to %2.</source>
        <translation>Utskickshistoriken flyttades från %1 till %2.</translation>
    </message>
    <message>
        <source>The send history was not moved: %1.</source>
        <translation>Utskickshistoriken flyttades inte: %1.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Datamappen %1 kan inte skapas.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 were readable by other accounts; now only by you.</source>
        <translation>
            <numerusform>%n fil i %1 kunde läsas av andra konton; nu bara av dig.</numerusform>
            <numerusform>%n filer i %1 kunde läsas av andra konton; nu bara av dig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file %1 could not be made private.</source>
        <translation>Inställningsfilen %1 kunde inte göras privat.</translation>
    </message>
</context>
<context>
    <name>history::HistorySchema</name>
    <message>
        <source>migration to version %1 failed: %2</source>
        <translation>uppgraderingen till version %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>the file is not a readable SQLite database</source>
        <translation>filen är inte en läsbar SQLite-databas</translation>
    </message>
    <message>
        <source>the history was written by a newer version of the app (schema %1, this app knows %2)</source>
        <translation>historiken skrevs av en nyare version av appen (schema %1, den här appen känner till %2)</translation>
    </message>
</context>
<context>
    <name>history::HistoryStore</name>
    <message>
        <source>Could not open the send history %1: %2</source>
        <translation>Kunde inte öppna utskickshistoriken %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>mappen kan inte skapas</translation>
    </message>
</context>
<context>
    <name>models::InvitationTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invitation ID</source>
        <translation>Inbjudnings-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 (entered as: %2)</source>
        <translation>%1 (inskrivet som: %2)</translation>
    </message>
</context>
<context>
    <name>models::PhoneEntryModel</name>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Inmatat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>models::SendHistoryModel</name>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Numbers that were sent an invitation by SMS.</source>
        <translation>Nummer som fick en inbjudan via sms.</translation>
    </message>
    <message>
        <source>Numbers left out because they are already members of the organization (or had accepted an invitation): no SMS.</source>
        <translation>Nummer som utelämnades eftersom de redan är medlemmar i organisationen (eller hade accepterat en inbjudan): inget sms.</translation>
    </message>
    <message>
        <source>Members who were added to the chosen access groups instead of texted.</source>
        <translation>Medlemmar som lades till i de valda behörighetsgrupperna i stället för att få sms.</translation>
    </message>
    <message>
        <source>Numbers left out because an invitation to them was still pending.</source>
        <translation>Nummer som utelämnades eftersom en inbjudan till dem fortfarande väntade.</translation>
    </message>
    <message>
        <source>Numbers that could not be invited; the send&apos;s numbers say why.</source>
        <translation>Nummer som inte kunde bjudas in; utskickets nummer visar varför.</translation>
    </message>
    <message>
        <source>Numbers not sent because the send was cancelled.</source>
        <translation>Nummer som inte skickades eftersom utskicket avbröts.</translation>
    </message>
    <message>
        <source>Numbers sent without an answer; the next send checks whether they arrived.</source>
        <translation>Nummer som skickades utan svar; nästa utskick kontrollerar om de kom fram.</translation>
    </message>
    <message>
        <source>Numbers the send had not reached when it stopped (closed or interrupted).</source>
        <translation>Nummer som utskicket inte hade nått när det stannade (stängt eller avbrutet).</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbrutet oväntat</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Inte klart</translation>
    </message>
    <message>
        <source>pasted token</source>
        <translation>inklistrad token</translation>
    </message>
    <message>
        <source>%1 (reminder)</source>
        <translation>%1 (påminnelse)</translation>
    </message>
    <message>
        <source>Started %1, ended %2</source>
        <translation>Började %1, slutade %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Skickat av</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Access groups</source>
        <translation>Behörighetsgrupper</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummer</translation>
    </message>
</context>
<context>
    <name>models::SendNumbersModel</name>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Added to groups</source>
        <translation>Tillagd i grupper</translation>
    </message>
    <message>
        <source>Already pending</source>
        <translation>Väntar redan</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Inte skickat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Obekräftad</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Inte skickat än</translation>
    </message>
    <message>
        <source>No longer on Accessy&apos;s list</source>
        <translation>Finns inte längre i Accessys lista</translation>
    </message>
    <message>
        <source>As listed: %1</source>
        <translation>Enligt listan: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>In this send</source>
        <translation>I detta utskick</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Status nu</translation>
    </message>
    <message>
        <source>Status seen</source>
        <translation>Status sedd</translation>
    </message>
    <message>
        <source>Invitation ID</source>
        <translation>Inbjudnings-ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>practice::PracticeSandbox</name>
    <message>
        <source>The practice server could not be started: %1</source>
        <translation>Övningsservern kunde inte startas: %1</translation>
    </message>
    <message>
        <source>The practice server stopped before it was ready (exit code %1): %2</source>
        <translation>Övningsservern avslutades innan den var klar (slutkod %1): %2</translation>
    </message>
    <message>
        <source>The practice server (accessy-sandbox) was not found next to this program. Reinstall accessy-invite.</source>
        <translation>Övningsservern (accessy-sandbox) hittades inte bredvid det här programmet. Installera om accessy-invite.</translation>
    </message>
</context>
<context>
    <name>sending::GroupAdder</name>
    <message>
        <source>Cancelled before it was added to the groups.</source>
        <translation>Avbröts innan medlemmen lades till i grupperna.</translation>
    </message>
    <message>
        <source>Not added to the access groups: %1</source>
        <translation>Inte tillagd i behörighetsgrupperna: %1</translation>
    </message>
    <message>
        <source>Accepted the invitation but is not a member yet, so the access groups were not added; not invited again. Try again later.</source>
        <translation>Har accepterat inbjudan men är inte medlem än, så behörighetsgrupperna lades inte till; inte inbjuden igen. Försök igen senare.</translation>
    </message>
    <message numerus="yes">
        <source>Already a member of the organization: added to %n access group(s) instead of invited.</source>
        <translation>
            <numerusform>Redan medlem i organisationen: tillagd i %n behörighetsgrupp i stället för att bjudas in.</numerusform>
            <numerusform>Redan medlem i organisationen: tillagd i %n behörighetsgrupper i stället för att bjudas in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sending::RecoverySummary</name>
    <message>
        <source>An earlier send was interrupted, and the server&apos;s invitation list could not be read to check it: %1 Nothing was sent.</source>
        <translation>Ett tidigare utskick avbröts, och serverns inbjudningslista kunde inte läsas för att kontrollera det: %1 Ingenting skickades.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) could not be checked yet; they are checked again next time.</source>
        <translation>
            <numerusform>%n nummer kunde inte kontrolleras ännu och kontrolleras igen nästa gång.</numerusform>
            <numerusform>%n nummer kunde inte kontrolleras ännu och kontrolleras igen nästa gång.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier send(s) did not finish.</source>
        <translation>
            <numerusform>%n tidigare utskick slutfördes inte.</numerusform>
            <numerusform>%n tidigare utskick slutfördes inte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An earlier send was interrupted. %n unanswered request(s) were checked against the server&apos;s list:</source>
        <translation>
            <numerusform>Ett tidigare utskick avbröts. %n anrop utan svar kontrollerades mot serverns lista:</numerusform>
            <numerusform>Ett tidigare utskick avbröts. %n anrop utan svar kontrollerades mot serverns lista:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) had been invited (recorded with their invitation ids),</source>
        <translation>
            <numerusform>%n nummer hade bjudits in (sparat med sitt inbjudnings-ID),</numerusform>
            <numerusform>%n nummer hade bjudits in (sparade med sina inbjudnings-ID),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had not been invited.</source>
        <translation>
            <numerusform>%n hade inte bjudits in.</numerusform>
            <numerusform>%n hade inte bjudits in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sending::SendController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Skickades inte: %1</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Avbruten innan den skickades.</translation>
    </message>
</context>
<context>
    <name>sending::SendJob</name>
    <message>
        <source>This number is listed more than once; it is sent once, for its first entry.</source>
        <translation>Numret finns med mer än en gång i listan; det skickas en gång, för den första förekomsten.</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Skickades inte: %1.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Avbröts innan den skickades.</translation>
    </message>
    <message>
        <source>Not sent: the member and invitation lists could not be read to check who is a member or invited already. %1</source>
        <translation>Skickades inte: medlems- och inbjudningslistorna kunde inte läsas för att kontrollera vem som redan är medlem eller inbjuden. %1</translation>
    </message>
    <message>
        <source>Not sent: the send history could not be written (%1).</source>
        <translation>Skickades inte: utskickshistoriken kunde inte sparas (%1).</translation>
    </message>
    <message>
        <source>Unconfirmed: the send was cancelled while waiting to be sure the server did not already text this number. The next send checks Accessy&apos;s list for it first and sends it only if it is not there; check in Accessy before sending it by hand.</source>
        <translation>Obekräftat: utskicket avbröts medan appen väntade på att försäkra sig om att servern inte redan hade skickat SMS till numret. Nästa utskick kontrollerar först Accessys lista och skickar bara om numret inte finns där; kontrollera i Accessy innan du skickar det för hand.</translation>
    </message>
    <message>
        <source>cancelled before it was sent again</source>
        <translation>avbröts innan den skickades igen</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Skickades inte: %1</translation>
    </message>
    <message>
        <source>the send history could not be written (%1)</source>
        <translation>utskickshistoriken kunde inte sparas (%1)</translation>
    </message>
    <message>
        <source>the answer named %1 of %2 numbers</source>
        <translation>svaret nämnde %1 av %2 nummer</translation>
    </message>
    <message>
        <source>the server&apos;s answer did not mention this number</source>
        <translation>serverns svar nämnde inte det här numret</translation>
    </message>
    <message>
        <source>rate limited (429), retried after %1 ms</source>
        <translation>hastighetsbegränsad (429), nytt försök efter %1 ms</translation>
    </message>
    <message>
        <source>not sent (%1), retried</source>
        <translation>skickades inte (%1), nytt försök</translation>
    </message>
    <message>
        <source>refused (%1), split in halves</source>
        <translation>avvisad (%1), delad i två halvor</translation>
    </message>
    <message>
        <source>Sent, but the server gave no usable answer (%1) and its invitation list could not be read to check whether the invitation was created (%2). It is checked again the next time the app sends; do not send it again by hand.</source>
        <translation>Skickad, men servern gav inget användbart svar (%1) och dess inbjudningslista kunde inte läsas för att kontrollera om inbjudan skapades (%2). Det kontrolleras igen nästa gång appen skickar; skicka inte inbjudan igen för hand.</translation>
    </message>
    <message>
        <source>reconciled: %1 created, %2 not created</source>
        <translation>avstämt: %1 skapade, %2 inte skapade</translation>
    </message>
    <message>
        <source>Cancelled: the send of this number did not get through (the server&apos;s list shows no invitation).</source>
        <translation>Avbruten: utskicket till det här numret gick inte fram (serverns lista visar ingen inbjudan).</translation>
    </message>
    <message>
        <source>Not invited: %1 attempts got no usable answer (last: %2), and the server&apos;s list shows no invitation for this number. Try again later.</source>
        <translation>Inte inbjuden: %1 försök fick inget användbart svar (senast: %2), och serverns lista visar ingen inbjudan för det här numret. Försök igen senare.</translation>
    </message>
</context>
<context>
    <name>settings::ConnectionProfile</name>
    <message>
        <source>connect</source>
        <translation>ansluta</translation>
    </message>
</context>
<context>
    <name>settings::ConnectionTester</name>
    <message>
        <source>Enter the client ID and secret first.</source>
        <translation>Ange klient-ID och hemlighet först.</translation>
    </message>
    <message>
        <source>Paste a session token first.</source>
        <translation>Klistra in en sessionstoken först.</translation>
    </message>
</context>
</TS>
