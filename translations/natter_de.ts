<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LocalStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open the message database: %1</source>
        <translation>Die Nachrichtendatenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The message database was written by a newer version of Natter.</source>
        <translation>Die Nachrichtendatenbank stammt von einer neueren Natter-Version.</translation>
    </message>
    <message>
        <source>Cannot update the message database.</source>
        <translation>Die Nachrichtendatenbank kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>SessionNote</name>
    <message>
        <source>Natter</source>
        <translation>Natter</translation>
    </message>
    <message>
        <source>Your session will not be remembered.</source>
        <translation>Deine Sitzung wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>last seen today at %1</source>
        <translation>zuletzt online heute um %1</translation>
    </message>
    <message>
        <source>last seen yesterday at %1</source>
        <translation>zuletzt online gestern um %1</translation>
    </message>
    <message>
        <source>last seen %1 at %2</source>
        <translation>zuletzt online am %1 um %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Natter, a self-hosted messenger.</source>
        <translation>Natter, ein selbst gehosteter Messenger.</translation>
    </message>
    <message>
        <source>The Natter server to use (ws:// or wss:// URL).</source>
        <translation>Der zu verwendende Natter-Server (ws://- oder wss://-URL).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Keep the account, history and settings in &lt;dir&gt; (to run several instances side by side).</source>
        <translation>Konto, Verlauf und Einstellungen in &lt;Ordner&gt; ablegen (um mehrere Instanzen nebeneinander auszuführen).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Check the installation: show the window, create a throw-away account on --server, send it a message, and exit with 0 once the server has acknowledged it.</source>
        <translation>Installation prüfen: Fenster anzeigen, ein Wegwerfkonto auf --server anlegen, ihm eine Nachricht senden und mit 0 beenden, sobald der Server sie bestätigt hat.</translation>
    </message>
</context>
<context>
    <name>natter::client::ChatClient</name>
    <message>
        <source>There is no saved session for %1. Please log in.</source>
        <translation>Für %1 ist keine Sitzung gespeichert. Bitte melde dich an.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number. Use the international format, for example +49 151 12345678.</source>
        <translation>%1 ist keine gültige Telefonnummer. Verwende das internationale Format, zum Beispiel +49 151 12345678.</translation>
    </message>
    <message>
        <source>There is no saved session. Please log in.</source>
        <translation>Es ist keine Sitzung gespeichert. Bitte melde dich an.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1. Check the address and your connection. (%2)</source>
        <translation>Der Server %1 ist nicht erreichbar. Prüfe die Adresse und deine Verbindung. (%2)</translation>
    </message>
    <message>
        <source>The server runs an incompatible version of Natter (%1).</source>
        <translation>Auf dem Server läuft eine inkompatible Natter-Version (%1).</translation>
    </message>
    <message>
        <source>Wrong phone number or password.</source>
        <translation>Falsche Telefonnummer oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The number %1 already has an account. Log in instead.</source>
        <translation>Für die Nummer %1 gibt es schon ein Konto. Melde dich stattdessen an.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>Das ist keine gültige Telefonnummer.</translation>
    </message>
    <message>
        <source>Choose a name of 1 to %1 characters.</source>
        <translation>Wähle einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a while and try again. (%1)</source>
        <translation>Zu viele Versuche. Bitte warte etwas und versuche es dann erneut. (%1)</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Deine Sitzung ist abgelaufen. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>The server could not log you in: %1</source>
        <translation>Der Server konnte dich nicht anmelden: %1</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number.</source>
        <translation>%1 ist keine gültige Telefonnummer.</translation>
    </message>
    <message>
        <source>You are offline; try again when connected.</source>
        <translation>Du bist offline. Versuche es erneut, sobald du verbunden bist.</translation>
    </message>
</context>
<context>
    <name>natter::client::Outbox</name>
    <message>
        <source>%1 is not on Natter.</source>
        <translation>%1 ist nicht bei Natter.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number.</source>
        <translation>%1 ist keine gültige Telefonnummer.</translation>
    </message>
    <message>
        <source>The message is too long.</source>
        <translation>Die Nachricht ist zu lang.</translation>
    </message>
    <message>
        <source>The server does not support this kind of message.</source>
        <translation>Der Server unterstützt diese Art von Nachricht nicht.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>Der Server hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>Der Server hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>The message is too long (at most %1 bytes).</source>
        <translation>Die Nachricht ist zu lang (höchstens %1 Byte).</translation>
    </message>
</context>
<context>
    <name>natter::client::ServerConnection</name>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>The server address is not a valid ws:// or wss:// address.</source>
        <translation>Die Serveradresse ist keine gültige ws://- oder wss://-Adresse.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>Der Server hat die Verbindung beendet: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>natter::client::TokenStore</name>
    <message>
        <source>The system keychain is not available (%1). You stay logged in only until Natter is closed; next time you have to log in again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Du bleibst nur angemeldet, bis Natter beendet wird; beim nächsten Start musst du dich erneut anmelden.</translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation>es läuft kein Secret Service</translation>
    </message>
</context>
<context>
    <name>natter::models::ConversationListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>natter::models::MessageListModel</name>
    <message>
        <source>[Media]</source>
        <translation>[Medien]</translation>
    </message>
    <message>
        <source>[Document] %1</source>
        <translation>[Dokument] %1</translation>
    </message>
    <message>
        <source>[Location] %1</source>
        <translation>[Standort] %1</translation>
    </message>
    <message>
        <source>[Location]</source>
        <translation>[Standort]</translation>
    </message>
    <message>
        <source>[Contact]</source>
        <translation>[Kontakt]</translation>
    </message>
    <message>
        <source>Received %1: %2</source>
        <translation>Empfangen %1: %2</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf Versand</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>You, %1, %2: %3</source>
        <translation>Du, %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>natter::ui::ChatHeader</name>
    <message>
        <source>Close chat (Esc)</source>
        <translation>Chat schließen (Esc)</translation>
    </message>
    <message>
        <source>Close chat</source>
        <translation>Chat schließen</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
</context>
<context>
    <name>natter::ui::ChatPlaceholder</name>
    <message>
        <source>Log in or register</source>
        <translation>Anmelden oder registrieren</translation>
    </message>
    <message>
        <source>Select a chat to start messaging</source>
        <translation>Wähle einen Chat aus, um loszuschreiben</translation>
    </message>
    <message>
        <source>Or start a new one with File → New chat (Ctrl+N).</source>
        <translation>Oder starte einen neuen über Datei → Neuer Chat (Strg+N).</translation>
    </message>
    <message>
        <source>Welcome to Natter</source>
        <translation>Willkommen bei Natter</translation>
    </message>
    <message>
        <source>Log in to your Natter server to see your chats.</source>
        <translation>Melde dich bei deinem Natter-Server an, um deine Chats zu sehen.</translation>
    </message>
</context>
<context>
    <name>natter::ui::ChatView</name>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>natter::ui::ComposerEdit</name>
    <message>
        <source>Type a message</source>
        <translation>Nachricht schreiben</translation>
    </message>
</context>
<context>
    <name>natter::ui::ConnectDialog</name>
    <message>
        <source>Welcome to Natter</source>
        <translation>Willkommen bei Natter</translation>
    </message>
    <message>
        <source>ws://chat.example.org:7350</source>
        <translation>ws://chat.example.org:7350</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>So sehen dich andere</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dein &amp;Name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Log in to Natter</source>
        <translation>Bei Natter anmelden</translation>
    </message>
    <message>
        <source>Create an account to start chatting.</source>
        <translation>Erstelle ein Konto, um loszuchatten.</translation>
    </message>
    <message>
        <source>Log in with your phone number and password.</source>
        <translation>Melde dich mit deiner Telefonnummer und deinem Passwort an.</translation>
    </message>
    <message>
        <source>Have an account?</source>
        <translation>Schon ein Konto?</translation>
    </message>
    <message>
        <source>New to Natter?</source>
        <translation>Neu bei Natter?</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Enter the address of your Natter server, e.g. ws://chat.example.org:7350.</source>
        <translation>Gib die Adresse deines Natter-Servers ein, z. B. ws://chat.example.org:7350.</translation>
    </message>
    <message>
        <source>Start the address with wss:// (or ws:// on a local network), e.g. wss://%1.</source>
        <translation>Beginne die Adresse mit wss:// (oder ws:// im lokalen Netzwerk), z. B. wss://%1.</translation>
    </message>
    <message>
        <source>This is not a server address. It looks like ws://host:port or wss://host.</source>
        <translation>Das ist keine Serveradresse. Sie sieht so aus: ws://host:port oder wss://host.</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation>Zu kurz: %1 von mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <source>Keep typing…</source>
        <translation>Weiter tippen…</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Dein Konto wird erstellt…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Cannot reach the server at &lt;b&gt;%1&lt;/b&gt;. Check the address and your connection, and that the server is running.</source>
        <translation>Der Server unter &lt;b&gt;%1&lt;/b&gt; ist nicht erreichbar. Prüfe die Adresse, deine Verbindung und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Wrong phone number or password. Check both and try again.</source>
        <translation>Falsche Telefonnummer oder falsches Passwort. Prüfe beides und versuche es erneut.</translation>
    </message>
    <message>
        <source>%1 already has a Natter account. &lt;a href=&quot;login&quot;&gt;Log&amp;nbsp;in&amp;nbsp;instead&lt;/a&gt;</source>
        <translation>%1 hat schon ein Natter-Konto. &lt;a href=&quot;login&quot;&gt;Stattdessen&amp;nbsp;anmelden&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The server does not accept %1 as a phone number. Use the international format, e.g. +49 151 12345678.</source>
        <translation>Der Server akzeptiert %1 nicht als Telefonnummer. Verwende das internationale Format, z. B. +49 151 12345678.</translation>
    </message>
    <message>
        <source>The server does not accept this name. Choose a name of 1 to %1 characters.</source>
        <translation>Der Server akzeptiert diesen Namen nicht. Wähle einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>The password is too weak: use at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort ist zu schwach: Verwende mindestens %n Zeichen.</numerusform>
            <numerusform>Das Passwort ist zu schwach: Verwende mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at &lt;b&gt;%1&lt;/b&gt; runs a version of Natter this app cannot talk to. Update Natter, or ask the server&apos;s administrator.</source>
        <translation>Der Server unter &lt;b&gt;%1&lt;/b&gt; verwendet eine Natter-Version, mit der diese App nicht kommunizieren kann. Aktualisiere Natter oder wende dich an die Administration des Servers.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Deine Sitzung ist abgelaufen. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>Please log in.</source>
        <translation>Bitte melde dich an.</translation>
    </message>
    <message>
        <source>Too many attempts with this number. Wait a little, then try again.</source>
        <translation>Zu viele Versuche mit dieser Nummer. Warte kurz und versuche es dann erneut.</translation>
    </message>
</context>
<context>
    <name>natter::ui::ConnectionBanner</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Offline — messages will be sent when you&apos;re back online</source>
        <translation>Offline – Nachrichten werden gesendet, sobald du wieder online bist</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt verbinden</translation>
    </message>
</context>
<context>
    <name>natter::ui::ConversationDelegate</name>
    <message>
        <source>typing…</source>
        <translation>schreibt…</translation>
    </message>
</context>
<context>
    <name>natter::ui::DesktopIntegration</name>
    <message>
        <source>&amp;Show Natter</source>
        <translation>Natter &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Natter — %n unread</source>
        <translation>
            <numerusform>Natter – %n ungelesen</numerusform>
            <numerusform>Natter – %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Natter</source>
        <translation>Natter</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n chats</source>
        <translation>
            <numerusform>in %n Chat</numerusform>
            <numerusform>in %n Chats</numerusform>
        </translation>
    </message>
    <message>
        <source>Natter is still running</source>
        <translation>Natter läuft weiter</translation>
    </message>
    <message>
        <source>New messages will still reach you. Click the Natter icon to open the window, or choose Quit from its menu to close Natter.</source>
        <translation>Neue Nachrichten erreichen dich weiterhin. Klicke auf das Natter-Symbol, um das Fenster zu öffnen, oder wähle „Beenden“ in seinem Menü, um Natter zu schließen.</translation>
    </message>
    <message>
        <source>🎬 Video</source>
        <translation>🎬 Video</translation>
    </message>
    <message>
        <source>🎤 Audio</source>
        <translation>🎤 Audio</translation>
    </message>
    <message>
        <source>📷 Photo</source>
        <translation>📷 Foto</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>📍 Location</source>
        <translation>📍 Standort</translation>
    </message>
    <message>
        <source>👤 Contact</source>
        <translation>👤 Kontakt</translation>
    </message>
</context>
<context>
    <name>natter::ui::LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Applies the next time Natter starts.</source>
        <translation>Gilt ab dem nächsten Start von Natter.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>natter::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Chat…</source>
        <translation>&amp;Neuer Chat…</translation>
    </message>
    <message>
        <source>&amp;Log Out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Log out of Natter on this computer?</source>
        <translation>Auf diesem Computer von Natter abmelden?</translation>
    </message>
    <message>
        <source>Your chats stay on this computer. Messages sent to you in the meantime arrive when you log in again.</source>
        <translation>Deine Chats bleiben auf diesem Computer. Nachrichten, die dir in der Zwischenzeit geschickt werden, kommen an, sobald du dich wieder anmeldest.</translation>
    </message>
    <message>
        <source>Natter (%1)</source>
        <translation>Natter (%1)</translation>
    </message>
    <message>
        <source>Natter</source>
        <translation>Natter</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Sprache…</translation>
    </message>
</context>
<context>
    <name>natter::ui::MessageDelegate</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n unread messages</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation>Klicke, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>natter::ui::MessageListView</name>
    <message>
        <source>[%1 %2] %3: %4</source>
        <translation>[%1 %2] %3: %4</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>natter::ui::NewChatDialog</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Try again when you are back online.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen. Versuche es erneut, wenn du wieder online bist.</translation>
    </message>
    <message>
        <source>The server did not answer. Check your connection and try again.</source>
        <translation>Der Server hat nicht geantwortet. Prüfe deine Verbindung und versuche es erneut.</translation>
    </message>
    <message>
        <source>Type a number with its country code, or pick a contact below.</source>
        <translation>Gib eine Nummer mit Ländervorwahl ein oder wähle unten einen Kontakt.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Search contacts by name or number</source>
        <translation>Kontakte nach Name oder Nummer suchen</translation>
    </message>
    <message>
        <source>Start chat</source>
        <translation>Chat starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>No contacts yet. People you look up or chat with appear here.</source>
        <translation>Noch keine Kontakte. Personen, die du suchst oder mit denen du chattest, erscheinen hier.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Kein Kontakt passt zu „%1“.</translation>
    </message>
    <message>
        <source>You are offline. You can still pick a contact; new numbers are checked when Natter is back online.</source>
        <translation>Du bist offline. Du kannst trotzdem einen Kontakt wählen; neue Nummern werden geprüft, sobald Natter wieder online ist.</translation>
    </message>
    <message>
        <source>You are offline, so Natter cannot check whether &lt;b&gt;%1&lt;/b&gt; is on Natter. Try again when you are connected.</source>
        <translation>Du bist offline, daher kann Natter nicht prüfen, ob &lt;b&gt;%1&lt;/b&gt; bei Natter ist. Versuche es erneut, wenn du verbunden bist.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>Could not check &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not on Natter yet. Check the number, or invite them to join your Natter server.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist noch nicht bei Natter. Prüfe die Nummer oder lade die Person auf deinen Natter-Server ein.</translation>
    </message>
</context>
<context>
    <name>natter::ui::PhoneField</name>
    <message>
        <source>✓ Valid number</source>
        <translation>✓ Gültige Nummer</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, dashes and brackets.</source>
        <translation>Eine Telefonnummer besteht nur aus Ziffern, Leerzeichen, Bindestrichen und Klammern.</translation>
    </message>
    <message>
        <source>Write + instead of the leading 00.</source>
        <translation>Schreibe + statt der führenden 00.</translation>
    </message>
    <message>
        <source>Start with + and the country code, e.g. +49 for Germany.</source>
        <translation>Beginne mit + und der Ländervorwahl, z. B. +49 für Deutschland.</translation>
    </message>
    <message>
        <source>A country code never starts with 0.</source>
        <translation>Eine Ländervorwahl beginnt nie mit 0.</translation>
    </message>
    <message>
        <source>Too long: a phone number has at most 15 digits.</source>
        <translation>Zu lang: Eine Telefonnummer hat höchstens 15 Ziffern.</translation>
    </message>
    <message>
        <source>Keep typing: a full number has 7 to 15 digits.</source>
        <translation>Weiter tippen: Eine vollständige Nummer hat 7 bis 15 Ziffern.</translation>
    </message>
    <message>
        <source>Include the country code, e.g. +49 151 12345678.</source>
        <translation>Gib die Ländervorwahl mit an, z. B. +49 151 12345678.</translation>
    </message>
    <message>
        <source>+49 151 12345678</source>
        <translation>+49 151 12345678</translation>
    </message>
</context>
<context>
    <name>natter::ui::ScrollDownButton</name>
    <message>
        <source>Go to the newest message</source>
        <translation>Zur neuesten Nachricht</translation>
    </message>
</context>
<context>
    <name>natter::ui::Sidebar</name>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Neuer Chat (Strg+N)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>No chats yet.
Start one with New chat (Ctrl+N).</source>
        <translation>Noch keine Chats.
Starte einen mit „Neuer Chat“ (Strg+N).</translation>
    </message>
    <message>
        <source>No chats found for “%1”.</source>
        <translation>Keine Chats für „%1“ gefunden.</translation>
    </message>
</context>
</TS>
