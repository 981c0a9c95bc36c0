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
    <name>MessageBodies</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Waiting for the connection… %1</source>
        <translation>Warte auf Verbindung… %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The transfer failed</source>
        <translation>Übertragung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Download (%1)</source>
        <translation>Herunterladen (%1)</translation>
    </message>
    <message>
        <source> (± %1 m)</source>
        <translation> (± %1 m)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Save as .vcf…</source>
        <translation>Als .vcf speichern…</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
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
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>E</source>
        <translation>O</translation>
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
    <name>TransferManager</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?): %2</source>
        <translation>%1 kann nicht geschrieben werden (ist der Datenträger voll?): %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Photos and videos can be at most %1; this file has %2.</source>
        <translation>Fotos und Videos dürfen höchstens %1 groß sein; diese Datei hat %2.</translation>
    </message>
    <message>
        <source>Documents can be at most %1; this file has %2.</source>
        <translation>Dokumente dürfen höchstens %1 groß sein; diese Datei hat %2.</translation>
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
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a photo, video or audio file. Send it as a document instead.</source>
        <translation>%1 ist keine Foto-, Video- oder Audiodatei. Sende sie stattdessen als Dokument.</translation>
    </message>
    <message>
        <source>Log in to send files.</source>
        <translation>Melde dich an, um Dateien zu senden.</translation>
    </message>
    <message>
        <source>The caption is too long (at most %1 bytes).</source>
        <translation>Die Bildunterschrift ist zu lang (höchstens %1 Byte).</translation>
    </message>
    <message>
        <source>The message could not be stored.</source>
        <translation>Die Nachricht konnte nicht gespeichert werden.</translation>
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
    <name>natter::client::StatusClient</name>
    <message>
        <source>The status is too long.</source>
        <translation>Der Status ist zu lang.</translation>
    </message>
    <message>
        <source>The server does not support statuses.</source>
        <translation>Der Server unterstützt keine Status-Updates.</translation>
    </message>
    <message>
        <source>The server no longer has the uploaded file.</source>
        <translation>Die hochgeladene Datei ist nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <source>The server refused the status.</source>
        <translation>Der Server hat den Status abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the status: %1</source>
        <translation>Der Server hat den Status abgelehnt: %1</translation>
    </message>
    <message>
        <source>Log in to post a status.</source>
        <translation>Melde dich an, um einen Status zu posten.</translation>
    </message>
    <message>
        <source>Write something for your status.</source>
        <translation>Schreib etwas für deinen Status.</translation>
    </message>
    <message>
        <source>Choose a background colour.</source>
        <translation>Wähle eine Hintergrundfarbe.</translation>
    </message>
    <message>
        <source>The caption is too long.</source>
        <translation>Die Bildunterschrift ist zu lang.</translation>
    </message>
    <message>
        <source>The file cannot be uploaded.</source>
        <translation>Die Datei kann nicht hochgeladen werden.</translation>
    </message>
    <message>
        <source>The file cannot be downloaded.</source>
        <translation>Die Datei kann nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>The file is no longer there.</source>
        <translation>Die Datei ist nicht mehr vorhanden.</translation>
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
    <name>natter::client::TransferManager</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server sent the file in the wrong order.</source>
        <translation>Der Server hat die Datei in der falschen Reihenfolge gesendet.</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?): %2</source>
        <translation>%1 kann nicht geschrieben werden (ist der Datenträger voll?): %2</translation>
    </message>
    <message>
        <source>Cannot read the downloaded file.</source>
        <translation>Die heruntergeladene Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The downloaded file is damaged (its checksum does not match).</source>
        <translation>Die heruntergeladene Datei ist beschädigt (die Prüfsumme stimmt nicht).</translation>
    </message>
    <message>
        <source>Cannot save the file as %1.</source>
        <translation>Die Datei kann nicht als %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The file is no longer available on the server.</source>
        <translation>Die Datei ist auf dem Server nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1 is not a photo, video or audio file. Send it as a document instead.</source>
        <translation>%1 ist keine Foto-, Video- oder Audiodatei. Sende sie stattdessen als Dokument.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent. Try again.</source>
        <translation>Die Datei wurde während des Sendens geändert. Versuche es erneut.</translation>
    </message>
    <message>
        <source>The server could not read the file. Try again later.</source>
        <translation>Der Server konnte die Datei nicht lesen. Versuche es später erneut.</translation>
    </message>
    <message>
        <source>The server could not store the file (it may be out of space). Try again later.</source>
        <translation>Der Server konnte die Datei nicht speichern (möglicherweise ist sein Speicher voll). Versuche es später erneut.</translation>
    </message>
    <message>
        <source>The server does not support file transfers.</source>
        <translation>Der Server unterstützt keine Dateiübertragungen.</translation>
    </message>
    <message>
        <source>The file is too large for the server: %1</source>
        <translation>Die Datei ist zu groß für den Server: %1</translation>
    </message>
    <message>
        <source>The server refused the transfer.</source>
        <translation>Der Server hat die Übertragung abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the transfer: %1</source>
        <translation>Der Server hat die Übertragung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
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
    <name>natter::models::StatusListModel</name>
    <message>
        <source>My status</source>
        <translation>Mein Status</translation>
    </message>
    <message>
        <source>My status: none. Add one.</source>
        <translation>Mein Status: noch keiner. Füge einen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>My status: %n updates</source>
        <translation>
            <numerusform>Mein Status: %n Update</numerusform>
            <numerusform>Mein Status: %n Updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n updates, %2 unseen</source>
        <translation>
            <numerusform>%1: %n Update, %2 nicht angesehen</numerusform>
            <numerusform>%1: %n Updates, %2 nicht angesehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to try again or to discard it</source>
        <translation>Klicken, um es erneut zu versuchen oder zu verwerfen</translation>
    </message>
    <message>
        <source>My status: couldn&apos;t send: %1</source>
        <translation>Mein Status: konnte nicht gesendet werden: %1</translation>
    </message>
</context>
<context>
    <name>natter::ui::AddStatusDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Type a status</source>
        <translation>Status schreiben</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Status hinzufügen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Photo or video</source>
        <translation>Foto oder Video</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Status text</source>
        <translation>Statustext</translation>
    </message>
    <message>
        <source>Background colour %1</source>
        <translation>Hintergrundfarbe %1</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Hintergrund:</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Choose photo or video…</source>
        <translation>Foto oder Video auswählen…</translation>
    </message>
    <message>
        <source>Add a caption (optional)</source>
        <translation>Bildunterschrift hinzufügen (optional)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Bildunterschrift:</translation>
    </message>
    <message>
        <source>Choose a photo or video</source>
        <translation>Foto oder Video auswählen</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.mp4 *.webm *.mkv *.mov *.avi);;All files (*)</source>
        <translation>Fotos und Videos (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.mp4 *.webm *.mkv *.mov *.avi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Byte</translation>
    </message>
    <message>
        <source>The status is too long: at most %1 bytes.</source>
        <translation>Der Status ist zu lang: höchstens %1 Byte.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a photo or a video.</source>
        <translation>%1 ist weder ein Foto noch ein Video.</translation>
    </message>
    <message>
        <source>The caption is too long: at most %1 bytes.</source>
        <translation>Die Bildunterschrift ist zu lang: höchstens %1 Byte.</translation>
    </message>
</context>
<context>
    <name>natter::ui::AttachmentPreviewDialog</name>
    <message>
        <source>Add a caption…</source>
        <translation>Bildunterschrift hinzufügen…</translation>
    </message>
    <message>
        <source>The caption goes with the first file.</source>
        <translation>Die Bildunterschrift wird mit der ersten Datei gesendet.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>%1 (a folder)</source>
        <translation>%1 (ein Ordner)</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation>%1 (leer)</translation>
    </message>
    <message>
        <source>%1 (at most %2 files at once)</source>
        <translation>%1 (höchstens %2 Dateien auf einmal)</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Dateien senden</translation>
    </message>
    <message>
        <source>Send 1 file</source>
        <translation>1 Datei senden</translation>
    </message>
    <message numerus="yes">
        <source>Send %n files</source>
        <translation>
            <numerusform>%n Datei senden</numerusform>
            <numerusform>%n Dateien senden</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file to send.</source>
        <translation>Es gibt keine Datei zum Senden.</translation>
    </message>
    <message>
        <source>None of these can be sent: %1.</source>
        <translation>Keine dieser Dateien kann gesendet werden: %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Choose “Document” to send it as a file (up to %1).</source>
        <translation>Wähle „Dokument“, um sie als Datei zu senden (bis zu %1).</translation>
    </message>
    <message>
        <source>The caption is too long: at most %1 bytes, this one has %2.</source>
        <translation>Die Bildunterschrift ist zu lang: höchstens %1 Byte, diese hat %2.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>natter::ui::AttachmentRow</name>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Shown in the chat; photos and videos can be at most the media size limit.</source>
        <translation>Wird im Chat angezeigt; für Fotos und Videos gilt die Größenbeschränkung für Medien.</translation>
    </message>
    <message>
        <source>Sent as a file, exactly as it is.</source>
        <translation>Wird unverändert als Datei gesendet.</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Senden als:</translation>
    </message>
    <message>
        <source>Sent as a document</source>
        <translation>Wird als Dokument gesendet</translation>
    </message>
    <message>
        <source>Do not send this file</source>
        <translation>Diese Datei nicht senden</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>natter::ui::Attachments</name>
    <message>
        <source>Send Photos or Videos</source>
        <translation>Fotos oder Videos senden</translation>
    </message>
    <message>
        <source>Photos, videos and audio (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.heic *.heif *.avif *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.mp3 *.m4a *.ogg *.oga *.opus *.wav *.flac)</source>
        <translation>Fotos, Videos und Audio (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.heic *.heif *.avif *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.mp3 *.m4a *.ogg *.oga *.opus *.wav *.flac)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Send Documents</source>
        <translation>Dokumente senden</translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>Eingefügtes Bild %1.png</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved for sending.</source>
        <translation>Das eingefügte Bild konnte nicht zum Senden gespeichert werden.</translation>
    </message>
    <message>
        <source>This location cannot be sent.</source>
        <translation>Dieser Standort kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>This contact card cannot be sent: it needs a name and a phone number.</source>
        <translation>Diese Kontaktkarte kann nicht gesendet werden: Sie braucht einen Namen und eine Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>natter::ui::BubbleActions</name>
    <message>
        <source>%1 is not on Natter.</source>
        <translation>%1 ist nicht bei Natter.</translation>
    </message>
    <message>
        <source>The file is no longer on this computer.</source>
        <translation>Die Datei ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <source>Could not save the file as %1.</source>
        <translation>Die Datei konnte nicht als %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>This contact has no phone number that Natter can use.</source>
        <translation>Dieser Kontakt hat keine Telefonnummer, die Natter verwenden kann.</translation>
    </message>
    <message>
        <source>That is your own number.</source>
        <translation>Das ist deine eigene Nummer.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation>Kontakt speichern</translation>
    </message>
    <message>
        <source>Contact cards (*.vcf)</source>
        <translation>Kontaktkarten (*.vcf)</translation>
    </message>
    <message>
        <source>Could not save the contact as %1.</source>
        <translation>Der Kontakt konnte nicht als %1 gespeichert werden.</translation>
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
    <message>
        <source>Attach a photo, document, location or contact</source>
        <translation>Foto, Dokument, Standort oder Kontakt anhängen</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>“%1” was not sent. %2</source>
        <translation>„%1“ wurde nicht gesendet. %2</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>An&amp;hängen</translation>
    </message>
    <message>
        <source>&amp;Photo or video…</source>
        <translation>&amp;Foto oder Video…</translation>
    </message>
    <message>
        <source>&amp;Document…</source>
        <translation>&amp;Dokument…</translation>
    </message>
    <message>
        <source>&amp;Location…</source>
        <translation>&amp;Standort…</translation>
    </message>
    <message>
        <source>&amp;Contact…</source>
        <translation>&amp;Kontakt…</translation>
    </message>
    <message>
        <source>Drop files to send to %1</source>
        <translation>Dateien hier ablegen, um sie an %1 zu senden</translation>
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
    <name>natter::ui::ContactList</name>
    <message>
        <source>Search contacts by name or number</source>
        <translation>Kontakte nach Name oder Nummer suchen</translation>
    </message>
</context>
<context>
    <name>natter::ui::ContactPickerDialog</name>
    <message>
        <source>mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>main</source>
        <translation>Hauptnummer</translation>
    </message>
    <message>
        <source>Send a contact</source>
        <translation>Kontakt senden</translation>
    </message>
    <message>
        <source>Import .vcf…</source>
        <translation>.vcf importieren…</translation>
    </message>
    <message>
        <source>or drop a contact card (.vcf) here</source>
        <translation>oder eine Kontaktkarte (.vcf) hier ablegen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Deine Kontakte</translation>
    </message>
    <message>
        <source>No contacts yet. People you chat with appear here; you can also import a contact card.</source>
        <translation>Noch keine Kontakte. Personen, mit denen du chattest, erscheinen hier; du kannst auch eine Kontaktkarte importieren.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Kein Kontakt passt zu „%1“.</translation>
    </message>
    <message>
        <source>From your Natter contacts</source>
        <translation>Aus deinen Natter-Kontakten</translation>
    </message>
    <message>
        <source>Import a contact card</source>
        <translation>Kontaktkarte importieren</translation>
    </message>
    <message>
        <source>Contact cards (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontaktkarten (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a contact card (at most %2 KB).</source>
        <translation>%1 ist zu groß für eine Kontaktkarte (höchstens %2 KB).</translation>
    </message>
    <message>
        <source>%1 holds no contact card.</source>
        <translation>In %1 wurde keine Kontaktkarte gefunden.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1 — no phone number</source>
        <translation>%1 – keine Telefonnummer</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts in %1</source>
        <translation>
            <numerusform>%n Kontakt in %1</numerusform>
            <numerusform>%n Kontakte in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n contacts in %1 has both a name and a phone number.</source>
        <translation>
            <numerusform>Von %n Kontakt in %1 hat keiner sowohl einen Namen als auch eine Telefonnummer.</numerusform>
            <numerusform>Von %n Kontakten in %1 hat keiner sowohl einen Namen als auch eine Telefonnummer.</numerusform>
        </translation>
    </message>
    <message>
        <source>This contact card cannot be read.</source>
        <translation>Diese Kontaktkarte kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This contact card has no name. Natter sends contacts with a name and a phone number.</source>
        <translation>Diese Kontaktkarte hat keinen Namen. Natter sendet nur Kontakte mit Namen und Telefonnummer.</translation>
    </message>
    <message>
        <source>“%1” has no phone number. Natter sends contacts with a name and a phone number.</source>
        <translation>„%1“ hat keine Telefonnummer. Natter sendet nur Kontakte mit Namen und Telefonnummer.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>This contact is too large to send (at most %1 KB).</source>
        <translation>Dieser Kontakt ist zu groß zum Senden (höchstens %1 KB).</translation>
    </message>
    <message>
        <source>The dropped contact card is too large (at most %1 KB).</source>
        <translation>Die abgelegte Kontaktkarte ist zu groß (höchstens %1 KB).</translation>
    </message>
    <message>
        <source>the dropped card</source>
        <translation>den abgelegten Daten</translation>
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
    <name>natter::ui::DownloadSettingsDialog</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Download photos and videos automatically up to</source>
        <translation>Fotos und Videos automatisch herunterladen bis</translation>
    </message>
    <message>
        <source>Photos, videos and sounds up to this size download as soon as they arrive. Larger ones and documents download when you click them. 0 turns automatic downloads off.</source>
        <translation>Fotos, Videos und Audiodateien bis zu dieser Größe werden heruntergeladen, sobald sie ankommen. Größere Dateien und Dokumente werden heruntergeladen, wenn du sie anklickst. 0 schaltet automatische Downloads aus.</translation>
    </message>
    <message>
        <source>Download &amp;automatically up to:</source>
        <translation>&amp;Automatisch herunterladen bis:</translation>
    </message>
</context>
<context>
    <name>natter::ui::ImageViewerDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to the window (0)</source>
        <translation>An das Fenster anpassen (0)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save a copy of the picture (Ctrl+S)</source>
        <translation>Eine Kopie des Bildes speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>This picture cannot be shown: %1</source>
        <translation>Dieses Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>This picture cannot be shown: the file is no longer there.</source>
        <translation>Dieses Bild kann nicht angezeigt werden: Die Datei ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>Das Bild konnte nicht gespeichert werden: %1</translation>
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
    <name>natter::ui::LocationDialog</name>
    <message>
        <source>within %1 km</source>
        <translation>auf %1 km genau</translation>
    </message>
    <message>
        <source>within %1 m</source>
        <translation>auf %1 m genau</translation>
    </message>
    <message>
        <source>Send a location</source>
        <translation>Standort senden</translation>
    </message>
    <message>
        <source>Your location could not be found within %1 seconds. Try again, or type the coordinates or paste a map link.</source>
        <translation>Dein Standort konnte nicht innerhalb von %1 Sekunden ermittelt werden. Versuche es erneut, gib die Koordinaten ein oder füge einen Kartenlink ein.</translation>
    </message>
    <message>
        <source>Use my current location</source>
        <translation>Meinen aktuellen Standort verwenden</translation>
    </message>
    <message>
        <source>e.g. 52.51630</source>
        <translation>z. B. 52.51630</translation>
    </message>
    <message>
        <source>e.g. 13.37770</source>
        <translation>z. B. 13.37770</translation>
    </message>
    <message>
        <source>geo: link, OpenStreetMap or Google Maps link, or coordinates</source>
        <translation>geo:-Link, OpenStreetMap- oder Google-Maps-Link oder Koordinaten</translation>
    </message>
    <message>
        <source>Place name or address (optional)</source>
        <translation>Ortsname oder Adresse (optional)</translation>
    </message>
    <message>
        <source>Add a caption…</source>
        <translation>Beschriftung hinzufügen…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinaten</translation>
    </message>
    <message>
        <source>Or paste a link</source>
        <translation>Oder einen Link einfügen</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Ortsname</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>The latitude must be a number from −90 to 90.</source>
        <translation>Der Breitengrad muss eine Zahl von −90 bis 90 sein.</translation>
    </message>
    <message>
        <source>The longitude must be a number from −180 to 180.</source>
        <translation>Der Längengrad muss eine Zahl von −180 bis 180 sein.</translation>
    </message>
    <message>
        <source>Short links do not contain the position. Open the link in your browser and paste the full address from the address bar.</source>
        <translation>Kurzlinks enthalten die Position nicht. Öffne den Link in deinem Browser und füge die vollständige Adresse aus der Adressleiste ein.</translation>
    </message>
    <message>
        <source>No position found. Paste a geo: link, an OpenStreetMap or Google Maps link, or coordinates such as 52.5163, 13.3777.</source>
        <translation>Keine Position gefunden. Füge einen geo:-Link, einen OpenStreetMap- oder Google-Maps-Link oder Koordinaten wie 52.5163, 13.3777 ein.</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
    <message>
        <source>Sends %1</source>
        <translation>Sendet %1</translation>
    </message>
    <message>
        <source>Check on the map</source>
        <translation>Auf der Karte prüfen</translation>
    </message>
    <message>
        <source>Choose a position: your current location, coordinates, or a pasted link.</source>
        <translation>Wähle eine Position: deinen aktuellen Standort, Koordinaten oder einen eingefügten Link.</translation>
    </message>
    <message>
        <source>No location service is available on this computer. Type the coordinates or paste a map link instead.</source>
        <translation>Auf diesem Computer ist kein Ortungsdienst verfügbar. Gib stattdessen die Koordinaten ein oder füge einen Kartenlink ein.</translation>
    </message>
    <message>
        <source>Natter may not use your location. Allow it in your system&apos;s privacy settings, or type the coordinates.</source>
        <translation>Natter darf deinen Standort nicht verwenden. Erlaube es in den Datenschutzeinstellungen deines Systems oder gib die Koordinaten ein.</translation>
    </message>
    <message>
        <source>The location service stopped. Try again, or type the coordinates.</source>
        <translation>Der Ortungsdienst wurde beendet. Versuche es erneut oder gib die Koordinaten ein.</translation>
    </message>
    <message>
        <source>The location service failed. Type the coordinates or paste a map link instead.</source>
        <translation>Der Ortungsdienst ist fehlgeschlagen. Gib stattdessen die Koordinaten ein oder füge einen Kartenlink ein.</translation>
    </message>
    <message>
        <source>Finding your location…</source>
        <translation>Standort wird ermittelt…</translation>
    </message>
    <message>
        <source>The location service gave no usable position. Try again, or type the coordinates.</source>
        <translation>Der Ortungsdienst hat keine brauchbare Position geliefert. Versuche es erneut oder gib die Koordinaten ein.</translation>
    </message>
    <message>
        <source>Found your location (%1).</source>
        <translation>Dein Standort wurde gefunden (%1).</translation>
    </message>
    <message>
        <source>Found your location.</source>
        <translation>Dein Standort wurde gefunden.</translation>
    </message>
    <message>
        <source>The GPS receiver %1 (set in %2) could not be opened. Type the coordinates or paste a map link instead.</source>
        <translation>Der GPS-Empfänger %1 (festgelegt in %2) konnte nicht geöffnet werden. Geben Sie stattdessen die Koordinaten ein oder fügen Sie einen Kartenlink ein.</translation>
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
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Downloads…</source>
        <translation>&amp;Downloads…</translation>
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
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Übertragung abbrechen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Open on openstreetmap.org</source>
        <translation>Auf openstreetmap.org öffnen</translation>
    </message>
    <message>
        <source>Chat with this contact on Natter</source>
        <translation>Mit diesem Kontakt bei Natter chatten</translation>
    </message>
    <message>
        <source>Save the contact card as a .vcf file</source>
        <translation>Kontaktkarte als .vcf-Datei speichern</translation>
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
    <message>
        <source>Open &amp;Map</source>
        <translation>Karte ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Message Contact</source>
        <translation>&amp;Nachricht an Kontakt</translation>
    </message>
    <message>
        <source>Save as .&amp;vcf…</source>
        <translation>Als .&amp;vcf speichern…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Transfer</source>
        <translation>Übertragung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Retry &amp;Transfer</source>
        <translation>Übertragung &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
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
    <name>natter::ui::SaveCopy</name>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
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
<context>
    <name>natter::ui::StatusDelegate</name>
    <message>
        <source>Recent updates</source>
        <translation>Kürzliche Updates</translation>
    </message>
    <message>
        <source>Viewed updates</source>
        <translation>Angesehene Updates</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Click to add a status update</source>
        <translation>Klicke, um ein Status-Update hinzuzufügen</translation>
    </message>
    <message>
        <source>1 update</source>
        <translation>1 Update</translation>
    </message>
    <message numerus="yes">
        <source>%n updates</source>
        <translation>
            <numerusform>%n Update</numerusform>
            <numerusform>%n Updates</numerusform>
        </translation>
    </message>
    <message>
        <source>1 view</source>
        <translation>1 Aufruf</translation>
    </message>
    <message numerus="yes">
        <source>%n views</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Couldn&apos;t send: %1</source>
        <translation>Konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Sending… %1 %</source>
        <translation>Wird gesendet… %1 %</translation>
    </message>
</context>
<context>
    <name>natter::ui::StatusPane</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Status hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Text status…</source>
        <translation>&amp;Textstatus…</translation>
    </message>
    <message>
        <source>&amp;Photo or video…</source>
        <translation>&amp;Foto oder Video…</translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation>Status-Updates</translation>
    </message>
    <message>
        <source>No status updates from your contacts in the last 24 hours.</source>
        <translation>Keine Status-Updates von deinen Kontakten in den letzten 24 Stunden.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;View my status</source>
        <translation>Meinen Status &amp;ansehen</translation>
    </message>
</context>
<context>
    <name>natter::ui::StatusViewer</name>
    <message>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Status viewer</source>
        <translation>Statusanzeige</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The file could not be loaded: %1</source>
        <translation>Die Datei konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>Dieses Foto kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message numerus="yes">
        <source>Viewed by %n</source>
        <translation>
            <numerusform>Gesehen von %n</numerusform>
            <numerusform>Gesehen von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewed by</source>
        <translation>Gesehen von</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Viewed by 1 contact</source>
        <translation>Gesehen von 1 Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>Viewed by %n contacts</source>
        <translation>
            <numerusform>Gesehen von %n Kontakt</numerusform>
            <numerusform>Gesehen von %n Kontakten</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete status</source>
        <translation>Status löschen</translation>
    </message>
    <message>
        <source>Delete this status? Your contacts will no longer see it.</source>
        <translation>Diesen Status löschen? Deine Kontakte sehen ihn dann nicht mehr.</translation>
    </message>
    <message>
        <source>You are offline. Delete the status when you are connected.</source>
        <translation>Du bist offline. Lösche den Status, sobald du verbunden bist.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>In anderem Programm öffnen</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Ton an (M)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Stumm schalten (M)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm schalten</translation>
    </message>
</context>
<context>
    <name>natter::ui::VideoPlayback</name>
    <message>
        <source>This video cannot be played on this computer.</source>
        <translation>Dieses Video kann auf diesem Computer nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>This video&apos;s format cannot be played on this computer.</source>
        <translation>Das Format dieses Videos kann auf diesem Computer nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>The video file cannot be read.</source>
        <translation>Die Videodatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Videos cannot be played on this computer: no media support is installed.</source>
        <translation>Videos können auf diesem Computer nicht abgespielt werden: Es ist keine Medienunterstützung installiert.</translation>
    </message>
    <message>
        <source>This sound&apos;s format cannot be played on this computer.</source>
        <translation>Das Format dieses Tons kann auf diesem Computer nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>The sound file cannot be read.</source>
        <translation>Die Tondatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This sound cannot be played on this computer.</source>
        <translation>Dieser Ton kann auf diesem Computer nicht abgespielt werden.</translation>
    </message>
</context>
<context>
    <name>natter::ui::VideoPlayerDialog</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save a copy of the file (Ctrl+S)</source>
        <translation>Eine Kopie der Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>In anderem Programm öffnen</translation>
    </message>
    <message>
        <source>Open the file with the program your computer uses for it</source>
        <translation>Die Datei mit dem Programm öffnen, das Ihr Computer dafür verwendet</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Ton an (M)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Stumm schalten (M)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm schalten</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Play again (Space)</source>
        <translation>Erneut abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
</TS>
