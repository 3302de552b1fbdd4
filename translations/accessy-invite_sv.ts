<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Import phone list…</source>
        <translation>&amp;Importera telefonlista…</translation>
    </message>
    <message>
        <source>Read numbers from a CSV, Excel (.xlsx) or vCard file (Ctrl+O)</source>
        <translation>Läs in nummer från en CSV-, Excel- (.xlsx) eller vCard-fil (Ctrl+O)</translation>
    </message>
    <message>
        <source>Import &amp;recent</source>
        <translation>&amp;Senaste listor</translation>
    </message>
    <message>
        <source>&amp;Export invitations…</source>
        <translation>&amp;Exportera inbjudningar…</translation>
    </message>
    <message>
        <source>Save the selected invitations, or all shown, as CSV or Excel (Ctrl+E)</source>
        <translation>Spara de markerade inbjudningarna, eller alla som visas, som CSV eller Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>A&amp;nslutningsinställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Copy invitation IDs</source>
        <translation>&amp;Kopiera inbjudnings-ID:n</translation>
    </message>
    <message>
        <source>Copy &amp;all invitation IDs</source>
        <translation>Kopiera &amp;alla inbjudnings-ID:n</translation>
    </message>
    <message>
        <source>Send again the numbers of the last send that were not sent</source>
        <translation>Skicka igen till de nummer som inte gick iväg i det senaste utskicket</translation>
    </message>
    <message>
        <source>Copy rows for &amp;Excel</source>
        <translation>Kopiera rader för &amp;Excel</translation>
    </message>
    <message>
        <source>Copy the selected rows as cells that paste into a spreadsheet</source>
        <translation>Kopiera de markerade raderna som celler som kan klistras in i ett kalkylprogram</translation>
    </message>
    <message>
        <source>&amp;Invite selected numbers again</source>
        <translation>&amp;Bjud in markerade nummer igen</translation>
    </message>
    <message>
        <source>Put the numbers of the selected rows back in the list to invite, for example when an invitation was deleted</source>
        <translation>Lägg tillbaka de markerade radernas nummer i listan att bjuda in, till exempel när en inbjudan har tagits bort</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Refresh statuses</source>
        <translation>&amp;Uppdatera status</translation>
    </message>
    <message>
        <source>Read every invitation&apos;s status from Accessy now (F5)</source>
        <translation>Hämta status för alla inbjudningar från Accessy nu (F5)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>&amp;Använd systemets språk</translation>
    </message>
    <message>
        <source>&amp;Notify me when someone accepts</source>
        <translation>&amp;Meddela mig när någon accepterar</translation>
    </message>
    <message>
        <source>Refresh statuses</source>
        <translation>Uppdatera status</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Skicka inbjudningar</translation>
    </message>
    <message>
        <source>Paste numbers, or cells from a spreadsheet</source>
        <translation>Klistra in nummer, eller celler från ett kalkylprogram</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Kopiera &amp;diagnostik</translation>
    </message>
    <message>
        <source>Copy a description of the setup and recent problems, safe to paste into an e-mail to support (no secrets)</source>
        <translation>Kopiera en beskrivning av inställningarna och de senaste problemen, att klistra in i ett mejl till supporten (utan hemligheter)</translation>
    </message>
    <message>
        <source>&amp;What this app stores…</source>
        <translation>&amp;Vad appen sparar…</translation>
    </message>
    <message>
        <source>&amp;About Accessy Invite</source>
        <translation>&amp;Om Accessy Invite</translation>
    </message>
    <message>
        <source>&amp;Retry failed…</source>
        <translation>&amp;Försök igen med misslyckade…</translation>
    </message>
    <message>
        <source>Send &amp;history…</source>
        <translation>&amp;Utskickshistorik…</translation>
    </message>
    <message>
        <source>Every past send from this computer, with its numbers (Ctrl+H)</source>
        <translation>Alla tidigare utskick från den här datorn, med sina nummer (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Accessy Invite</source>
        <translation>Accessy Invite</translation>
    </message>
    <message>
        <source>Delete old send history?</source>
        <translation>Radera gammal utskickshistorik?</translation>
    </message>
    <message numerus="yes">
        <source>The send history is kept for %1. %n entries (sends and invitations) are from before %2.</source>
        <translation>
            <numerusform>Utskickshistoriken sparas i %1. %n post (utskick och inbjudningar) är från före %2.</numerusform>
            <numerusform>Utskickshistoriken sparas i %1. %n poster (utskick och inbjudningar) är från före %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting them removes the phone numbers, names and messages from this computer; the invitations in Accessy are not affected. From now on old entries are deleted once a day. You can change the period in Help › What this app stores.</source>
        <translation>Om du raderar dem tas telefonnumren, namnen och meddelandena bort från den här datorn; inbjudningarna i Accessy påverkas inte. Från och med nu raderas gamla poster en gång om dagen. Du kan ändra tiden under Hjälp › Vad appen sparar.</translation>
    </message>
    <message>
        <source>Delete old entries</source>
        <translation>Radera gamla poster</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Behåll allt</translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation>Fråga mig senare</translation>
    </message>
</context>
<context>
    <name>QPushButton</name>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>ui::AboutDialog</name>
    <message>
        <source>About Accessy Invite</source>
        <translation>Om Accessy Invite</translation>
    </message>
    <message>
        <source>Accessy Invite icon</source>
        <translation>Ikon för Accessy Invite</translation>
    </message>
    <message>
        <source>Accessy Invite</source>
        <translation>Accessy Invite</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Invite people to your Accessy organization by SMS.</source>
        <translation>Bjud in personer till din organisation i Accessy via SMS.</translation>
    </message>
    <message>
        <source>Built with Qt %1, libphonenumber, libzip and QtKeychain.</source>
        <translation>Byggt med Qt %1, libphonenumber, libzip och QtKeychain.</translation>
    </message>
    <message>
        <source>Accessy Invite is free software under the MIT licence. It is not made by Accessy AB.</source>
        <translation>Accessy Invite är fri programvara under MIT-licensen. Programmet är inte gjort av Accessy AB.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licens</translation>
    </message>
    <message>
        <source>Show the licence under which Accessy Invite is distributed</source>
        <translation>Visa licensen som Accessy Invite distribueras under</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT-licensen</translation>
    </message>
</context>
<context>
    <name>ui::AccessGroupsPicker</name>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Search access groups</source>
        <translation>Sök behörighetsgrupper</translation>
    </message>
    <message>
        <source>Access groups for the invitees</source>
        <translation>Behörighetsgrupper för de inbjudna</translation>
    </message>
    <message>
        <source>Read the access groups from Accessy again</source>
        <translation>Läs in behörighetsgrupperna från Accessy igen</translation>
    </message>
    <message>
        <source>Access &amp;groups (optional): invitees join these</source>
        <translation>&amp;Behörighetsgrupper (valfritt): de inbjudna läggs till i dessa</translation>
    </message>
    <message>
        <source>Reading the access groups…</source>
        <translation>Läser in behörighetsgrupperna…</translation>
    </message>
    <message>
        <source>Reading the access groups… %1 of %2</source>
        <translation>Läser in behörighetsgrupperna… %1 av %2</translation>
    </message>
    <message>
        <source>This organization has no access groups.</source>
        <translation>Organisationen har inga behörighetsgrupper.</translation>
    </message>
    <message>
        <source>Sign in to see the access groups.</source>
        <translation>Logga in för att se behörighetsgrupperna.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) chosen</source>
        <translation>
            <numerusform>%1 av %n grupp vald</numerusform>
            <numerusform>%1 av %n grupper valda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n visas</numerusform>
            <numerusform>%n visas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::CloseGuard</name>
    <message>
        <source>Stop sending?</source>
        <translation>Sluta skicka?</translation>
    </message>
    <message numerus="yes">
        <source>A send is running: %1 of %n sent. Stop after the batches in flight and quit?</source>
        <translation>
            <numerusform>Ett utskick pågår: %1 av %n skickad. Sluta efter de omgångar som är på väg och avsluta?</numerusform>
            <numerusform>Ett utskick pågår: %1 av %n skickade. Sluta efter de omgångar som är på väg och avsluta?</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers not sent yet stay in the list for the next start.</source>
        <translation>Nummer som inte har skickats än finns kvar i listan till nästa start.</translation>
    </message>
    <message>
        <source>Stop and &amp;quit</source>
        <translation>Sluta och &amp;avsluta</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Fortsätt skicka</translation>
    </message>
</context>
<context>
    <name>ui::ConnectionDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Anslutningsinställningar</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Several organizations or servers: one profile each</source>
        <translation>Flera organisationer eller servrar: en profil för varje</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-adress</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>API-a&amp;dress:</translation>
    </message>
    <message>
        <source>Events address</source>
        <translation>Händelseadress</translation>
    </message>
    <message>
        <source>&amp;Events address:</source>
        <translation>&amp;Händelseadress:</translation>
    </message>
    <message>
        <source>Paste a session &amp;token (recommended on shared computers)</source>
        <translation>Klistra in en sessions&amp;token (rekommenderas på delade datorer)</translation>
    </message>
    <message>
        <source>Someone who administers the organization gives you a session token. Nothing that lasts is stored on this computer.</source>
        <translation>Du får en sessionstoken av någon som administrerar organisationen. Inget beständigt sparas på den här datorn.</translation>
    </message>
    <message>
        <source>Client &amp;ID and secret (the secret is kept in the system keychain)</source>
        <translation>Klient-&amp;ID och hemlighet (hemligheten sparas i systemets nyckelring)</translation>
    </message>
    <message>
        <source>Whoever holds the client ID and secret can administer the whole organization. Use this only on a computer you alone use.</source>
        <translation>Den som har klient-ID och hemlighet kan administrera hela organisationen. Använd det här bara på en dator som ingen annan använder.</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Logga in med:</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sessionstoken</translation>
    </message>
    <message>
        <source>Kept in memory only; never saved.</source>
        <translation>Finns bara i minnet; sparas aldrig.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Klienthemlighet</translation>
    </message>
    <message>
        <source>Saved only in the system keychain, never in a file.</source>
        <translation>Sparas bara i systemets nyckelring, aldrig i en fil.</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>K&amp;lient-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Klienth&amp;emlighet:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Fil med extra CA-certifikat</translation>
    </message>
    <message>
        <source>Optional: for company networks that inspect HTTPS</source>
        <translation>Valfritt: för företagsnätverk som granskar HTTPS</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate (PEM):</source>
        <translation>Extra &amp;CA-certifikat (PEM):</translation>
    </message>
    <message>
        <source>Sign in and read the organization, without saving</source>
        <translation>Logga in och hämta organisationen, utan att spara</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>Forget the session token and remove the saved secret from the system keychain</source>
        <translation>Glöm sessionstoken och ta bort den sparade hemligheten från systemets nyckelring</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last connected to %1.</source>
        <translation>Senast ansluten till %1.</translation>
    </message>
    <message>
        <source>Secret loaded from the system keychain.</source>
        <translation>Hemligheten hämtades från systemets nyckelring.</translation>
    </message>
    <message>
        <source>Paste the token you were given.</source>
        <translation>Klistra in den token du har fått.</translation>
    </message>
    <message>
        <source>Expiry unknown: you will be asked for a new token when this one stops working.</source>
        <translation>Okänd giltighetstid: du får ange en ny token när den här slutar fungera.</translation>
    </message>
    <message>
        <source>This token expired on %1. Ask for a new one.</source>
        <translation>Den här token gick ut %1. Be om en ny.</translation>
    </message>
    <message>
        <source>Expires %1 (in %2).</source>
        <translation>Går ut %1 (om %2).</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Extra CA-certifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-certifikat (*.pem *.crt *.cer);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Roles: %1.</source>
        <translation>Roller: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Warning: these credentials lack the ORGANIZATION_ADMINISTRATOR role, so sending invitations may be refused.</source>
        <translation>Varning: de här inloggningsuppgifterna saknar rollen ORGANIZATION_ADMINISTRATOR, så utskick av inbjudningar kan nekas.</translation>
    </message>
    <message>
        <source>The session token expires %1.</source>
        <translation>Sessionstoken går ut %1.</translation>
    </message>
    <message>
        <source>Signed out: the session token is forgotten and the saved secret removed.</source>
        <translation>Utloggad: sessionstoken har glömts och den sparade hemligheten tagits bort.</translation>
    </message>
    <message>
        <source>Client &amp;ID and secret (no keychain here: the secret is kept for this session only)</source>
        <translation>Klient-&amp;id och hemlighet (ingen nyckelring här: hemligheten sparas bara under den här sessionen)</translation>
    </message>
    <message>
        <source>Kept in memory for this session only, never in a file.</source>
        <translation>Sparas bara i minnet under den här sessionen, aldrig i en fil.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Ansluten till %1.</translation>
    </message>
    <message>
        <source>Organization ID: %1</source>
        <translation>Organisations-id: %1</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <source>Filled in once Accessy has sent an invitation</source>
        <translation>Fylls i när Accessy har skickat en inbjudan</translation>
    </message>
    <message>
        <source>Shown when you confirm a send and in the default message. Accessy tells it only with an invitation, so type it here before the first send.</source>
        <translation>Visas när du bekräftar ett utskick och i standardmeddelandet. Accessy uppger namnet bara tillsammans med en inbjudan, så skriv det här före det första utskicket.</translation>
    </message>
    <message>
        <source>Or&amp;ganization name:</source>
        <translation>Or&amp;ganisationens namn:</translation>
    </message>
    <message>
        <source>Connected to organization %1 (Accessy tells its name only with an invitation: type it under Organization name).</source>
        <translation>Ansluten till organisationen %1 (Accessy uppger namnet bara med en inbjudan: skriv det under Organisationens namn).</translation>
    </message>
    <message>
        <source>Session to&amp;ken:</source>
        <translation>Sessionst&amp;oken:</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Testa a&amp;nslutningen</translation>
    </message>
</context>
<context>
    <name>ui::ConnectionForm</name>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Logga &amp;in</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Inloggningsstatus</translation>
    </message>
    <message>
        <source>API address, how to sign in, certificates (Ctrl+,)</source>
        <translation>API-adress, inloggningssätt, certifikat (Ctrl+,)</translation>
    </message>
    <message>
        <source>Sign in and read the organization, to check the connection</source>
        <translation>Logga in och hämta organisationen för att kontrollera anslutningen</translation>
    </message>
    <message>
        <source>Forget the session token and remove the saved secret</source>
        <translation>Glöm sessionstoken och ta bort den sparade hemligheten</translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
</context>
<context>
    <name>ui::DataStorageDialog</name>
    <message>
        <source>What this app stores</source>
        <translation>Vad appen sparar</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>för alltid</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>Keep send history for</source>
        <translation>Spara utskickshistorik i</translation>
    </message>
    <message>
        <source>Keep send history for:</source>
        <translation>Spara utskickshistorik i:</translation>
    </message>
    <message>
        <source>The oldest entry is from %1.</source>
        <translation>Den äldsta posten är från %1.</translation>
    </message>
    <message>
        <source>The history holds no entry yet.</source>
        <translation>Historiken innehåller inga poster än.</translation>
    </message>
    <message>
        <source>(not created yet)</source>
        <translation>(inte skapad än)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The send history</source>
        <translation>Utskickshistoriken</translation>
    </message>
    <message>
        <source>Every number you invite, with its name, the message, the invitation&apos;s status and the journal of each send, is kept in %1 %2 in the folder %3. It is kept for %4, then deleted automatically (checked at start and once a day). %5</source>
        <translation>Varje nummer du bjuder in, med namn, meddelande, inbjudans status och loggen för varje utskick, sparas i %1 %2 i mappen %3. Det sparas i %4 och raderas sedan automatiskt (kontrolleras vid start och en gång om dagen). %5</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>The connection (server address, client ID, organization), your preferences, message templates, the last folders and the paths of recently imported files — never their contents — are kept in %1. No draft of numbers is stored: the numbers you type or import stay in memory until they are sent.</source>
        <translation>Anslutningen (serveradress, klient-ID, organisation), dina inställningar, meddelandemallar, de senaste mapparna och sökvägarna till nyligen importerade filer — aldrig deras innehåll — sparas i %1. Inget utkast med nummer sparas: numren du skriver eller importerar finns bara i minnet tills de har skickats.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Hemligheter</translation>
    </message>
    <message>
        <source>The client secret is kept only in the system keychain. When no keychain is available it is kept in memory for this run only. The session token is never written anywhere. No secret is in the files above or in a log.</source>
        <translation>Klienthemligheten sparas bara i systemets nyckelring. Om ingen nyckelring finns sparas den bara i minnet så länge appen körs. Sessionstoken skrivs aldrig någonstans. Ingen hemlighet finns i filerna ovan eller i någon logg.</translation>
    </message>
    <message>
        <source>Who can read it</source>
        <translation>Vem som kan läsa det</translation>
    </message>
    <message>
        <source>Only your account: the files are created readable by you alone, and corrected at start if they were not. Exports you save keep the normal permissions of the place you chose.</source>
        <translation>Bara ditt konto: filerna skapas så att bara du kan läsa dem, och rättas vid start om de inte var det. Exporter som du sparar får de vanliga behörigheterna för platsen du valde.</translation>
    </message>
    <message>
        <source>How to delete it</source>
        <translation>Hur du raderar det</translation>
    </message>
    <message>
        <source>One person: right-click the number in the results and choose “Forget this number…”, or run %1. The number is wiped from the files; the invitation in Accessy is not affected.</source>
        <translation>En person: högerklicka på numret i resultatet och välj ”Glöm det här numret…”, eller kör %1. Numret raderas från filerna; inbjudan i Accessy påverkas inte.</translation>
    </message>
    <message>
        <source>Old entries: choose below how many months to keep.</source>
        <translation>Gamla poster: välj nedan hur många månader de ska sparas.</translation>
    </message>
    <message>
        <source>Everything: quit the app and delete the folder %1 and the file %2.</source>
        <translation>Allt: avsluta appen och radera mappen %1 och filen %2.</translation>
    </message>
</context>
<context>
    <name>ui::DeletedInvitationsBar</name>
    <message>
        <source>Invite &amp;again…</source>
        <translation>Bjud in &amp;igen…</translation>
    </message>
    <message>
        <source>Deleted invitations</source>
        <translation>Borttagna inbjudningar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Put this away; the numbers are not invited</source>
        <translation>Stäng den här raden; numren bjuds inte in</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) were deleted — usually an account reset. Invite them again?</source>
        <translation>
            <numerusform>%n inbjudan togs bort — oftast efter att ett konto återställts. Bjuda in igen?</numerusform>
            <numerusform>%n inbjudningar togs bort — oftast efter att konton återställts. Bjuda in dem igen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Put these numbers in the list to invite and check them before anything is sent: %1</source>
        <translation>Lägg de här numren i listan att bjuda in och kontrollera dem innan något skickas: %1</translation>
    </message>
</context>
<context>
    <name>ui::FileCommands</name>
    <message>
        <source>Import phone list</source>
        <translation>Importera telefonlista</translation>
    </message>
    <message>
        <source>Phone lists (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Telefonlistor (*.csv *.tsv *.txt *.xlsx *.vcf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Det gick inte att importera</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) imported.</source>
        <translation>
            <numerusform>%n nummer importerat.</numerusform>
            <numerusform>%n nummer importerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation>Inget att exportera än.</translation>
    </message>
    <message>
        <source>invitations-%1.xlsx</source>
        <translation>inbjudningar-%1.xlsx</translation>
    </message>
    <message>
        <source>Export invitations</source>
        <translation>Exportera inbjudningar</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Inte exporterat</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) exported to %1.</source>
        <translation>
            <numerusform>%n inbjudan exporterad till %1.</numerusform>
            <numerusform>%n inbjudningar exporterade till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Kopierade %n rad.</numerusform>
            <numerusform>Kopierade %n rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported list of %n number(s) cleared. Undo, or press Ctrl+Z in the empty numbers field.</source>
        <translation>
            <numerusform>Den importerade listan med %n nummer har tömts. Ångra, eller tryck Ctrl+Z i det tomma nummerfältet.</numerusform>
            <numerusform>Den importerade listan med %n nummer har tömts. Ångra, eller tryck Ctrl+Z i det tomma nummerfältet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers already listed</source>
        <translation>Det finns redan nummer i listan</translation>
    </message>
    <message numerus="yes">
        <source>The list already holds %n number(s). Replace them with the imported ones, or add the imported ones after them?</source>
        <translation>
            <numerusform>Listan innehåller redan %n nummer. Vill du ersätta det med de importerade, eller lägga till de importerade efter?</numerusform>
            <numerusform>Listan innehåller redan %n nummer. Vill du ersätta dem med de importerade, eller lägga till de importerade efter?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersätt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>ui::ForgetNumberAction</name>
    <message>
        <source>Forget this number…</source>
        <translation>Glöm det här numret…</translation>
    </message>
    <message>
        <source>Delete everything this app keeps about this phone number on this computer</source>
        <translation>Radera allt som appen sparar om det här telefonnumret på den här datorn</translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation>Glömma %1?</translation>
    </message>
    <message>
        <source>This deletes from this computer every record of this number in the send history — invitations, send jobs and their journal, with any name and message kept with them — and wipes them from the history file. Its rows leave the table.

The invitation in Accessy is not affected: the person can still accept it, and Accessy keeps its own records.</source>
        <translation>Det här raderar från datorn alla uppgifter om numret i utskickshistoriken — inbjudningar, utskick och deras logg, med eventuellt namn och meddelande — och skriver över dem i historikfilen. Numrets rader försvinner från tabellen.

Inbjudan i Accessy påverkas inte: personen kan fortfarande acceptera den, och Accessy behåller sina egna uppgifter.</translation>
    </message>
    <message>
        <source>Forget this number</source>
        <translation>Glöm det här numret</translation>
    </message>
    <message>
        <source>Wait until the send has finished, then try again.</source>
        <translation>Vänta tills utskicket är klart och försök sedan igen.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Glöm</translation>
    </message>
    <message>
        <source>The send history could not be changed: %1. Nothing was removed.</source>
        <translation>Utskickshistoriken kunde inte ändras: %1. Ingenting togs bort.</translation>
    </message>
</context>
<context>
    <name>ui::ImportPreviewDialog</name>
    <message>
        <source>Column %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <source>First row holds column names</source>
        <translation>Första raden innehåller kolumnnamn</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Visa bara rader med problem</translation>
    </message>
    <message>
        <source>Copy problems</source>
        <translation>Kopiera problem</translation>
    </message>
    <message>
        <source>Save problems as CSV…</source>
        <translation>Spara problem som CSV…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Import phone numbers</source>
        <translation>Importera telefonnummer</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Kalkylblad</translation>
    </message>
    <message>
        <source>Column with phone numbers</source>
        <translation>Kolumn med telefonnummer</translation>
    </message>
    <message>
        <source>Column with names</source>
        <translation>Kolumn med namn</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Kalkylblad:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers in:</source>
        <translation>&amp;Telefonnummer i:</translation>
    </message>
    <message>
        <source>&amp;Names in:</source>
        <translation>&amp;Namn i:</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>Läser listan</translation>
    </message>
    <message>
        <source>Rows of the list</source>
        <translation>Listans rader</translation>
    </message>
    <message>
        <source>Copy the rows that will not be imported, to fix them</source>
        <translation>Kopiera raderna som inte importeras, så att du kan rätta dem</translation>
    </message>
    <message>
        <source>Save the rows that will not be imported as a CSV file</source>
        <translation>Spara raderna som inte importeras som en CSV-fil</translation>
    </message>
    <message>
        <source>Reading worksheet %1…</source>
        <translation>Läser kalkylbladet %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pasted text&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inklistrad text&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking the pasted numbers…</source>
        <translation>Kontrollerar de inklistrade numren…</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Inklistrad text</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n number(s)</source>
        <translation>
            <numerusform>Importera %n nummer</numerusform>
            <numerusform>Importera %n nummer</numerusform>
        </translation>
    </message>
    <message>
        <source>No names</source>
        <translation>Inga namn</translation>
    </message>
    <message>
        <source>Checking the numbers again…</source>
        <translation>Kontrollerar numren igen…</translation>
    </message>
    <message>
        <source>pasted-numbers</source>
        <translation>inklistrade-nummer</translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>Spara problemrader</translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-problem.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Det gick inte att spara %1: %2</translation>
    </message>
</context>
<context>
    <name>ui::InvitePanel</name>
    <message>
        <source>&amp;Send invitations</source>
        <translation>&amp;Skicka inbjudningar</translation>
    </message>
    <message>
        <source>&amp;Phone numbers — one per line, or separated by commas:</source>
        <translation>&amp;Telefonnummer — ett per rad eller kommaseparerade:</translation>
    </message>
    <message>
        <source>Paste numbers or import a list (Ctrl+O), e.g.
070-123 45 67
+46 70 765 43 21</source>
        <translation>Klistra in nummer eller importera en lista (Ctrl+O), t.ex.
070-123 45 67
+46 70 765 43 21</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>One number per line, or separated by commas, semicolons or tabs</source>
        <translation>Ett nummer per rad, eller åtskilda med kommatecken, semikolon eller tabbar</translation>
    </message>
    <message>
        <source>Checked numbers</source>
        <translation>Kontrollerade nummer</translation>
    </message>
    <message>
        <source>Each entered number, its international form and whether it will be invited</source>
        <translation>Varje inmatat nummer, dess internationella form och om det kommer att bjudas in</translation>
    </message>
    <message>
        <source>&amp;Message in the SMS:</source>
        <translation>&amp;Meddelande i SMS:et:</translation>
    </message>
    <message>
        <source>For example: Welcome to the office! Install Accessy to open the doors with your phone.</source>
        <translation>Till exempel: Välkommen till kontoret! Installera Accessy så kan du öppna dörrarna med telefonen.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Send an invitation by SMS to every valid number (Ctrl+Return)</source>
        <translation>Skicka en inbjudan via SMS till varje giltigt nummer (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Skicka inbjudningar</translation>
    </message>
    <message>
        <source>Each number is checked as you type.</source>
        <translation>Varje nummer kontrolleras medan du skriver.</translation>
    </message>
    <message>
        <source>Enter at least one valid mobile number.</source>
        <translation>Ange minst ett giltigt mobilnummer.</translation>
    </message>
    <message>
        <source>Write the message for the SMS.</source>
        <translation>Skriv meddelandet till SMS:et.</translation>
    </message>
    <message>
        <source>Access groups the invitees join once they accept (optional)</source>
        <translation>Behörighetsgrupper som de inbjudna läggs till i när de accepterar (valfritt)</translation>
    </message>
    <message>
        <source>Access groups: none</source>
        <translation>Behörighetsgrupper: inga</translation>
    </message>
    <message numerus="yes">
        <source>Access groups: %n chosen</source>
        <translation>
            <numerusform>Behörighetsgrupper: %n vald</numerusform>
            <numerusform>Behörighetsgrupper: %n valda</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear imported list</source>
        <translation>Rensa im&amp;porterad lista</translation>
    </message>
    <message>
        <source>Forget the imported list and type or paste numbers instead</source>
        <translation>Glöm den importerade listan och skriv eller klistra in nummer i stället</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) from the imported list are shown below. Clear the list to type numbers instead.</source>
        <translation>
            <numerusform>%n nummer från den importerade listan visas nedan. Rensa listan om du vill skriva nummer i stället.</numerusform>
            <numerusform>%n nummer från den importerade listan visas nedan. Rensa listan om du vill skriva nummer i stället.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers without a country code are from:</source>
        <translation>Nummer utan landskod är från:</translation>
    </message>
    <message>
        <source>Country of numbers without a country code</source>
        <translation>Land för nummer utan landskod</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as %1 (+%2).</source>
        <translation>Nummer utan landsnummer läses som %1 (+%2).</translation>
    </message>
    <message>
        <source>Undo: back to %1</source>
        <translation>Ångra: tillbaka till %1</translation>
    </message>
</context>
<context>
    <name>ui::LastSendCommands</name>
    <message>
        <source>Nothing to copy: select rows first.</source>
        <translation>Inget att kopiera: markera rader först.</translation>
    </message>
    <message numerus="yes">
        <source>No row was selected: copied the %n invitation ID(s) of the last send.</source>
        <translation>
            <numerusform>Ingen rad var markerad: kopierade inbjudnings-ID:t från det senaste utskicket.</numerusform>
            <numerusform>Ingen rad var markerad: kopierade de %n inbjudnings-ID:na från det senaste utskicket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list to invite now holds the %n selected number(s). Press Send when ready.</source>
        <translation>
            <numerusform>Listan att bjuda in innehåller nu det markerade numret. Tryck Skicka när du är klar.</numerusform>
            <numerusform>Listan att bjuda in innehåller nu de %n markerade numren. Tryck Skicka när du är klar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::LiveStateLabel</name>
    <message>
        <source>Live status connection</source>
        <translation>Statusanslutning i realtid</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Realtid</translation>
    </message>
    <message>
        <source>Status changes arrive as they happen.</source>
        <translation>Statusändringar visas direkt när de sker.</translation>
    </message>
    <message>
        <source>◌ Connecting…</source>
        <translation>◌ Ansluter…</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ Återansluter…</translation>
    </message>
    <message>
        <source>The live connection dropped; statuses are refreshed when it is back.</source>
        <translation>Realtidsanslutningen bröts; statusen uppdateras när den är tillbaka.</translation>
    </message>
    <message>
        <source>○ Live updates refused</source>
        <translation>○ Realtidsuppdatering nekad</translation>
    </message>
    <message>
        <source>The event service refused the sign-in. Statuses are still refreshed every minute and with F5.</source>
        <translation>Händelsetjänsten nekade inloggningen. Statusen uppdateras ändå varje minut och med F5.</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Frånkopplad</translation>
    </message>
    <message>
        <source>No live connection. Statuses are refreshed with F5.</source>
        <translation>Ingen realtidsanslutning. Statusen uppdateras med F5.</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Accessy Invite</source>
        <translation>Accessy Invite</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n invitation ID(s).</source>
        <translation>
            <numerusform>Kopierade %n inbjudnings-ID.</numerusform>
            <numerusform>Kopierade %n inbjudnings-ID:n.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice mode&lt;/b&gt; — connected to a local practice server. No SMS is sent and nobody is invited.</source>
        <translation>&lt;b&gt;Övningsläge&lt;/b&gt; — ansluten till en lokal övningsserver. Inga SMS skickas och ingen bjuds in.</translation>
    </message>
    <message>
        <source>Practice mode notice</source>
        <translation>Meddelande om övningsläge</translation>
    </message>
    <message>
        <source>Practice server ready at %1.</source>
        <translation>Övningsservern är redo på %1.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Checking who already has an invitation…</source>
        <translation>Kontrollerar vem som redan har en inbjudan…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <source>These credentials lack the organization administrator role: sending may be refused.</source>
        <translation>De här inloggningsuppgifterna saknar rollen organisationsadministratör: utskicket kan nekas.</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Inbjudan accepterad</translation>
    </message>
    <message>
        <source>%1 accepted the invitation.</source>
        <translation>%1 accepterade inbjudan.</translation>
    </message>
    <message>
        <source>Set up the connection first (Connection settings, Ctrl+,).</source>
        <translation>Ställ in anslutningen först (Anslutningsinställningar, Ctrl+,).</translation>
    </message>
    <message>
        <source>no session token yet</source>
        <translation>ingen sessionstoken än</translation>
    </message>
    <message>
        <source>a pasted session token</source>
        <translation>en inklistrad sessionstoken</translation>
    </message>
    <message>
        <source>no client ID yet</source>
        <translation>inget klient-ID än</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>klient %1</translation>
    </message>
    <message>
        <source>%1, signing in with %2.</source>
        <translation>%1, inloggning med %2.</translation>
    </message>
    <message>
        <source>Organization: %1.</source>
        <translation>Organisation: %1.</translation>
    </message>
    <message>
        <source>Not signed in. Open Settings (Ctrl+,) and paste a session token, or enter the organization&apos;s client ID and secret.</source>
        <translation>Inte inloggad. Öppna Inställningar (Ctrl+,) och klistra in en sessionstoken, eller ange organisationens klient-ID och hemlighet.</translation>
    </message>
    <message>
        <source>Signed out. The session token is forgotten and the saved secret removed.</source>
        <translation>Utloggad. Sessionstoken har glömts och den sparade hemligheten tagits bort.</translation>
    </message>
    <message>
        <source>Signed in (roles: %1).</source>
        <translation>Inloggad (roller: %1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Diagnostics copied. They hold no secret or token.</source>
        <translation>Diagnostiken har kopierats. Den innehåller ingen hemlighet eller token.</translation>
    </message>
    <message>
        <source>Session token expired</source>
        <translation>Sessionstoken har gått ut</translation>
    </message>
    <message>
        <source>The pasted session token has expired. Paste a new one to go on; requests waiting for it are kept.</source>
        <translation>Den inklistrade sessionstoken har gått ut. Klistra in en ny för att fortsätta; förfrågningar som väntar på den finns kvar.</translation>
    </message>
    <message>
        <source>Another send to %1 is running in process %2 — waiting…</source>
        <translation>Ett annat utskick till %1 pågår i process %2 — väntar…</translation>
    </message>
    <message>
        <source>The numbers you had not sent yet are back.</source>
        <translation>Numren som du inte hade skickat än är tillbaka.</translation>
    </message>
    <message>
        <source>Numbers and message</source>
        <translation>Nummer och meddelande</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Övningsläge</translation>
    </message>
    <message>
        <source>The language can change once the send has ended.</source>
        <translation>Språket kan bytas när utskicket är klart.</translation>
    </message>
    <message>
        <source>The language is changed.</source>
        <translation>Språket är bytt.</translation>
    </message>
</context>
<context>
    <name>ui::MemberReadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Reading the member list</source>
        <translation>Läser medlemslistan</translation>
    </message>
    <message>
        <source>Cancel reading the member list</source>
        <translation>Avbryt läsningen av medlemslistan</translation>
    </message>
    <message>
        <source>Stop reading; nothing is sent</source>
        <translation>Sluta läsa; inget skickas</translation>
    </message>
    <message>
        <source>Reading members…</source>
        <translation>Läser medlemmar…</translation>
    </message>
    <message>
        <source>Reading members: %1 of %2…</source>
        <translation>Läser medlemmar: %1 av %2…</translation>
    </message>
</context>
<context>
    <name>ui::MessageComposer</name>
    <message>
        <source>non-breaking space</source>
        <translation>hårt blanksteg</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>invisible character U+%1</source>
        <translation>osynligt tecken U+%1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>The text of the SMS. Below it: its length in characters and SMS parts.</source>
        <translation>SMS:ets text. Under den: längden i tecken och antal SMS-delar.</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Meddelandets längd</translation>
    </message>
    <message>
        <source>One SMS holds 160 characters, or 153 each when the message is split. The characters ^ { } \ [ ~ ] | € count twice. One character outside this set (such as “ ” – … or an emoji) makes the whole message Unicode: 70 characters, or 67 each when split.</source>
        <translation>Ett SMS rymmer 160 tecken, eller 153 per del när meddelandet delas upp. Tecknen ^ { } \ [ ~ ] | € räknas dubbelt. Ett enda tecken utanför den här uppsättningen (som “ ” – … eller en emoji) gör hela meddelandet till Unicode: 70 tecken, eller 67 per del vid uppdelning.</translation>
    </message>
    <message>
        <source>Replace with &amp;plain characters</source>
        <translation>&amp;Ersätt med enkla tecken</translation>
    </message>
    <message>
        <source>Replace typographic quotes, dashes, ellipses, special spaces and accents the SMS alphabet lacks, so more text fits in each SMS</source>
        <translation>Ersätt typografiska citattecken, tankstreck, ellipser, specialblanksteg och accenter som SMS-alfabetet saknar, så att mer text får plats i varje SMS</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>Ma&amp;llar</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Meddelandemallar</translation>
    </message>
    <message>
        <source>Use a saved message, or save this one for next time</source>
        <translation>Använd ett sparat meddelande, eller spara det här till nästa gång</translation>
    </message>
    <message>
        <source>Characters that shorten the SMS</source>
        <translation>Tecken som minskar utrymmet i SMS:et</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <extracomment>%1 is &quot;N characters&quot;, %2 is &quot;M SMS&quot;, %3 the alphabet: GSM or Unicode</extracomment>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n tecken</numerusform>
            <numerusform>%n tecken</numerusform>
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
            <numerusform>%n kvar</numerusform>
            <numerusform>%n kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) outside the SMS alphabet make this a Unicode SMS with fewer characters per part: %1</source>
        <translation>
            <numerusform>%n tecken utanför SMS-alfabetet gör det här till ett Unicode-SMS med färre tecken per del: %1</numerusform>
            <numerusform>%n tecken utanför SMS-alfabetet gör det här till ett Unicode-SMS med färre tecken per del: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved templates</source>
        <translation>Inga sparade mallar</translation>
    </message>
    <message>
        <source>&amp;Save message as template…</source>
        <translation>&amp;Spara meddelandet som mall…</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Ta bort mall</translation>
    </message>
    <message>
        <source>Save message as template</source>
        <translation>Spara meddelandet som mall</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Mallens namn:</translation>
    </message>
</context>
<context>
    <name>ui::ReminderCommands</name>
    <message>
        <source>Re&amp;mind selected…</source>
        <translation>På&amp;minn markerade…</translation>
    </message>
    <message>
        <source>Select the invitations that have waited this long without an answer</source>
        <translation>Markera inbjudningarna som har väntat så här länge utan svar</translation>
    </message>
    <message>
        <source>Send the selected pending invitations a reminder: a second SMS</source>
        <translation>Skicka en påminnelse till de markerade väntande inbjudningarna: ett andra sms</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Pending longer than %n day(s)…</source>
        <translation>
            <numerusform>&amp;Väntat längre än %n dag…</numerusform>
            <numerusform>&amp;Väntat längre än %n dagar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %n invitation(s) pending longer than %1 day(s). Edit › Remind selected sends them a reminder.</source>
        <translation>
            <numerusform>Markerade %n inbjudan som väntat längre än %1 dagar. Redigera › Påminn markerade skickar en påminnelse.</numerusform>
            <numerusform>Markerade %n inbjudningar som väntat längre än %1 dagar. Redigera › Påminn markerade skickar en påminnelse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No invitation shown has been pending longer than %n day(s).</source>
        <translation>
            <numerusform>Ingen visad inbjudan har väntat längre än %n dag.</numerusform>
            <numerusform>Ingen visad inbjudan har väntat längre än %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending longer than</source>
        <translation>Väntat längre än</translation>
    </message>
    <message>
        <source>Days pending</source>
        <translation>Dagar som väntat</translation>
    </message>
    <message>
        <source>Select invitations pending longer than this many &amp;days:</source>
        <translation>Markera inbjudningar som väntat längre än så här många &amp;dagar:</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Markera</translation>
    </message>
    <message>
        <source>A send is running: remind when it has finished.</source>
        <translation>Ett utskick pågår: påminn när det är klart.</translation>
    </message>
    <message>
        <source>%1 — invited on %2, still pending</source>
        <translation>%1 — inbjuden %2, väntar fortfarande</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>vid okänd tidpunkt</translation>
    </message>
    <message numerus="yes">
        <source>Select pending invitations first (View › Pending longer than %n day(s)).</source>
        <translation>
            <numerusform>Markera väntande inbjudningar först (Visa › Väntat längre än %n dag).</numerusform>
            <numerusform>Markera väntande inbjudningar först (Visa › Väntat längre än %n dagar).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the reminder&apos;s message first.</source>
        <translation>Skriv påminnelsens meddelande först.</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Skicka påminnelser</translation>
    </message>
    <message numerus="yes">
        <source>Send %n person(s) a SECOND SMS?</source>
        <translation>
            <numerusform>Skicka ett ANDRA sms till %n person?</numerusform>
            <numerusform>Skicka ett ANDRA sms till %n personer?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of them was already texted an invitation that is still pending. A reminder is a new invitation: they get another SMS with this message:

%1</source>
        <translation>Var och en av dem har redan fått en inbjudan via sms som fortfarande väntar. En påminnelse är en ny inbjudan: de får ett sms till med det här meddelandet:

%1</translation>
    </message>
    <message numerus="yes">
        <source>Send %n reminder(s)</source>
        <translation>
            <numerusform>Skicka %n påminnelse</numerusform>
            <numerusform>Skicka %n påminnelser</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder was sent.</source>
        <translation>Ingen påminnelse skickades.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n reminder(s)…</source>
        <translation>
            <numerusform>Skickar %n påminnelse…</numerusform>
            <numerusform>Skickar %n påminnelser…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ResultsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invitations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inbjudningar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show invitations with status</source>
        <translation>Visa inbjudningar med status</translation>
    </message>
    <message>
        <source>Show only invitations with this status</source>
        <translation>Visa bara inbjudningar med den här statusen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Search number, name or ID (Ctrl+F)</source>
        <translation>Sök nummer, namn eller ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search invitations</source>
        <translation>Sök inbjudningar</translation>
    </message>
    <message>
        <source>No invitations yet.
Paste numbers or import a list on the left, write a message, then press Send.</source>
        <translation>Inga inbjudningar än.
Klistra in nummer eller importera en lista till vänster, skriv ett meddelande och tryck sedan på Skicka inbjudningar.</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Förlopp för utskicket</translation>
    </message>
    <message>
        <source>Start no more requests; those under way finish and are shown</source>
        <translation>Starta inga fler förfrågningar; de som redan pågår slutförs och visas</translation>
    </message>
    <message>
        <source>No invitation matches the search or the status filter.</source>
        <translation>Ingen inbjudan matchar sökningen eller statusfiltret.</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n skickad</numerusform>
            <numerusform>%n skickade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n misslyckad</numerusform>
            <numerusform>%n misslyckade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n kvar</numerusform>
            <numerusform>%n kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>ungefär %n s kvar</numerusform>
            <numerusform>ungefär %n s kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>ungefär %n min kvar</numerusform>
            <numerusform>ungefär %n min kvar</numerusform>
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
    <name>ui::ResultsView</name>
    <message>
        <source>Invitations</source>
        <translation>Inbjudningar</translation>
    </message>
    <message>
        <source>One row per number: its invitation ID and status. Ctrl+C copies the selected IDs.</source>
        <translation>En rad per nummer: dess inbjudnings-ID och status. Ctrl+C kopierar de markerade ID:na.</translation>
    </message>
    <message>
        <source>Copy invitation ID</source>
        <translation>Kopiera inbjudnings-ID</translation>
    </message>
    <message>
        <source>Copy all invitation IDs</source>
        <translation>Kopiera alla inbjudnings-ID:n</translation>
    </message>
</context>
<context>
    <name>ui::SendConfirmationDialog</name>
    <message>
        <source>Send invitations</source>
        <translation>Skicka inbjudningar</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Send %n invitation(s) to %1?&lt;/b&gt;&lt;br&gt;Each person gets an SMS with this message:</source>
        <translation>
            <numerusform>&lt;b&gt;Skicka %n inbjudan till %1?&lt;/b&gt;&lt;br&gt;Mottagaren får ett SMS med det här meddelandet:</numerusform>
            <numerusform>&lt;b&gt;Skicka %n inbjudningar till %1?&lt;/b&gt;&lt;br&gt;Varje mottagare får ett SMS med det här meddelandet:</numerusform>
        </translation>
    </message>
    <message>
        <source>They join these access groups when they accept: %1</source>
        <translation>De läggs till i de här behörighetsgrupperna när de accepterar: %1</translation>
    </message>
    <message>
        <source>Numbers left out</source>
        <translation>Nummer som utelämnas</translation>
    </message>
    <message>
        <source>%1 — already invited on %2 (still pending)</source>
        <translation>%1 — fick redan en inbjudan %2 (väntar fortfarande på svar)</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>en tidigare dag</translation>
    </message>
    <message>
        <source>%1 — listed twice: sent once</source>
        <translation>%1 — finns två gånger: skickas en gång</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) will not be sent:</source>
        <translation>
            <numerusform>%n nummer skickas inte:</numerusform>
            <numerusform>%n nummer skickas inte:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message numerus="yes">
        <source>Send %n invitation(s)</source>
        <translation>
            <numerusform>Skicka %n inbjudan</numerusform>
            <numerusform>Skicka %n inbjudningar</numerusform>
        </translation>
    </message>
    <message>
        <source>They join no access group when they accept.</source>
        <translation>De går inte med i någon behörighetsgrupp när de tackar ja.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) you cancelled — tick those to send as well:</source>
        <translation>
            <numerusform>%n nummer som du avbröt – kryssa i det för att skicka det också:</numerusform>
            <numerusform>%n nummer som du avbröt – kryssa i dem som också ska skickas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled numbers</source>
        <translation>Avbrutna nummer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Add %n member(s) of %1 to the chosen access groups?&lt;/b&gt;&lt;br&gt;Nobody gets an SMS. Anyone you invite again below gets this message:</source>
        <translation>
            <numerusform>&lt;b&gt;Lägga till %n medlem i %1 i de valda behörighetsgrupperna?&lt;/b&gt;&lt;br&gt;Ingen får sms. Den du bjuder in igen nedan får det här meddelandet:</numerusform>
            <numerusform>&lt;b&gt;Lägga till %n medlemmar i %1 i de valda behörighetsgrupperna?&lt;/b&gt;&lt;br&gt;Ingen får sms. De du bjuder in igen nedan får det här meddelandet:</numerusform>
        </translation>
    </message>
    <message>
        <source>What happens to each number</source>
        <translation>Vad som händer med varje nummer</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s) to the groups</source>
        <translation>
            <numerusform>Lägg till %n medlem i grupperna</numerusform>
            <numerusform>Lägg till %n medlemmar i grupperna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind the %n person(s) whose invitation is still pending (a second SMS)</source>
        <translation>
            <numerusform>Påminn den %n person vars inbjudan fortfarande väntar (ett andra sms)</numerusform>
            <numerusform>Påminn de %n personer vars inbjudan fortfarande väntar (ett andra sms)</numerusform>
        </translation>
    </message>
    <message>
        <source>They get a new invitation by SMS, recorded as a reminder in the send history.</source>
        <translation>De får en ny inbjudan via sms, sparad som en påminnelse i utskickshistoriken.</translation>
    </message>
</context>
<context>
    <name>ui::SendFlow</name>
    <message>
        <source>Checking who already has an invitation…</source>
        <translation>Kontrollerar vem som redan har en inbjudan…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Inte skickat</translation>
    </message>
    <message>
        <source>your organization</source>
        <translation>din organisation</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n invitation(s)…</source>
        <translation>
            <numerusform>Skickar %n inbjudan…</numerusform>
            <numerusform>Skickar %n inbjudningar…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ingenting skickades.</translation>
    </message>
    <message>
        <source>An earlier send was interrupted</source>
        <translation>Ett tidigare utskick avbröts</translation>
    </message>
    <message>
        <source>Finish that send</source>
        <translation>Slutför utskicket</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n invitation(s) sent.</source>
        <translation>
            <numerusform>Klart: %n inbjudan skickad.</numerusform>
            <numerusform>Klart: %n inbjudningar skickade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 sent, %2 not sent — see the Problem column.</source>
        <translation>Klart: %1 skickade, %2 inte skickade — se kolumnen Problem.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Försök igen med misslyckade</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n invitation(s) again…</source>
        <translation>
            <numerusform>Skickar %n inbjudan igen…</numerusform>
            <numerusform>Skickar %n inbjudningar igen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice server stopped answering, so nothing was sent.

Restart it and send again.</source>
        <translation>Övningsservern slutade svara, så ingenting skickades.

Starta om den och skicka igen.</translation>
    </message>
    <message>
        <source>&amp;Restart the practice server</source>
        <translation>&amp;Starta om övningsservern</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Avbrutet: inget skickades.</translation>
    </message>
    <message>
        <source>Before sending, the app reads the organization&apos;s members and invitations, so that no member and nobody already invited gets an SMS. That read failed:
%1

Nothing was sent. Try again when the connection works.</source>
        <translation>Innan något skickas läser appen organisationens medlemmar och inbjudningar, så att ingen medlem och ingen som redan är inbjuden får sms. Läsningen misslyckades:
%1

Inget skickades. Försök igen när anslutningen fungerar.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n member(s) to the access groups…</source>
        <translation>
            <numerusform>Lägger till %n medlem i behörighetsgrupperna…</numerusform>
            <numerusform>Lägger till %n medlemmar i behörighetsgrupperna…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SendHistoryWindow</name>
    <message>
        <source>Send history</source>
        <translation>Utskickshistorik</translation>
    </message>
    <message>
        <source>Number, file, message or organization</source>
        <translation>Nummer, fil, meddelande eller organisation</translation>
    </message>
    <message>
        <source>Search the send history</source>
        <translation>Sök i utskickshistoriken</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>När som helst</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>S&amp;ent:</source>
        <translation>Sk&amp;ickat:</translation>
    </message>
    <message>
        <source>Past sends</source>
        <translation>Tidigare utskick</translation>
    </message>
    <message>
        <source>Numbers of the selected send</source>
        <translation>Nummer i det valda utskicket</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Save the sends shown as CSV or Excel</source>
        <translation>Spara de visade utskicken som CSV eller Excel</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Läs historiken igen (F5)</translation>
    </message>
    <message>
        <source>&amp;Numbers: choose a send above.</source>
        <translation>&amp;Nummer: välj ett utskick ovan.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Numbers of the send of %1 (%n), with their status now:</source>
        <translation>
            <numerusform>&amp;Nummer i utskicket %1 (%n), med sin status nu:</numerusform>
            <numerusform>&amp;Nummer i utskicket %1 (%n), med sin status nu:</numerusform>
        </translation>
    </message>
    <message>
        <source>No sends yet. Every send from this computer, from the window or the command line, is listed here with its numbers and what became of them.</source>
        <translation>Inga utskick än. Varje utskick från den här datorn, från fönstret eller kommandoraden, listas här med sina nummer och vad som blev av dem.</translation>
    </message>
    <message>
        <source>No send matches.</source>
        <translation>Inget utskick matchar.</translation>
    </message>
    <message numerus="yes">
        <source>%n send(s)</source>
        <translation>
            <numerusform>%n utskick</numerusform>
            <numerusform>%n utskick</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n send(s)</source>
        <translation>
            <numerusform>%1 av %n utskick</numerusform>
            <numerusform>%1 av %n utskick</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n send(s) exported to %1.</source>
        <translation>
            <numerusform>%n utskick exporterat till %1.</numerusform>
            <numerusform>%n utskick exporterade till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>send-history-%1.xlsx</source>
        <translation>utskickshistorik-%1.xlsx</translation>
    </message>
    <message>
        <source>Export send history</source>
        <translation>Exportera utskickshistorik</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Inte exporterad</translation>
    </message>
</context>
<context>
    <name>ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Every command can be reached from the keyboard. Alt with an underlined letter opens a menu or presses a button.</source>
        <translation>Alla kommandon går att nå från tangentbordet. Alt plus en understruken bokstav öppnar en meny eller trycker på en knapp.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>ui::StatusCountsLabel</name>
    <message>
        <source>Invitations per status</source>
        <translation>Inbjudningar per status</translation>
    </message>
</context>
</TS>
