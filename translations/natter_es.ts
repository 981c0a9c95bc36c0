<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>LocalStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot open the message database: %1</source>
        <translation>No se puede abrir la base de datos de mensajes: %1</translation>
    </message>
    <message>
        <source>The message database was written by a newer version of Natter.</source>
        <translation>La base de datos de mensajes se creó con una versión más reciente de Natter.</translation>
    </message>
    <message>
        <source>Cannot update the message database.</source>
        <translation>No se puede actualizar la base de datos de mensajes.</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>MessageBodies</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Waiting for the connection… %1</source>
        <translation>Esperando la conexión… %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The transfer failed</source>
        <translation>La transferencia ha fallado</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Download (%1)</source>
        <translation>Descargar (%1)</translation>
    </message>
    <message>
        <source> (± %1 m)</source>
        <translation> (± %1 m)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Sin número de teléfono</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Save as .vcf…</source>
        <translation>Guardar como .vcf…</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
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
        <translation>Documento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
        <translation>O</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
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
        <translation>Tu sesión no se recordará.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>last seen today at %1</source>
        <translation>últ. vez hoy a las %1</translation>
    </message>
    <message>
        <source>last seen yesterday at %1</source>
        <translation>últ. vez ayer a las %1</translation>
    </message>
    <message>
        <source>last seen %1 at %2</source>
        <translation>últ. vez el %1 a las %2</translation>
    </message>
</context>
<context>
    <name>TransferManager</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?): %2</source>
        <translation>No se puede escribir en %1 (¿está lleno el disco?): %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Photos and videos can be at most %1; this file has %2.</source>
        <translation>Las fotos y los vídeos pueden ocupar como máximo %1; este archivo ocupa %2.</translation>
    </message>
    <message>
        <source>Documents can be at most %1; this file has %2.</source>
        <translation>Los documentos pueden ocupar como máximo %1; este archivo ocupa %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Natter, a self-hosted messenger.</source>
        <translation>Natter, una app de mensajería autoalojada.</translation>
    </message>
    <message>
        <source>The Natter server to use (ws:// or wss:// URL).</source>
        <translation>El servidor de Natter que se usará (URL ws:// o wss://).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Keep the account, history and settings in &lt;dir&gt; (to run several instances side by side).</source>
        <translation>Guardar la cuenta, el historial y los ajustes en &lt;carpeta&gt; (para ejecutar varias instancias a la vez).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Check the installation: show the window, create a throw-away account on --server, send it a message, and exit with 0 once the server has acknowledged it.</source>
        <translation>Comprobar la instalación: mostrar la ventana, crear una cuenta desechable en --server, enviarle un mensaje y salir con 0 cuando el servidor lo haya confirmado.</translation>
    </message>
</context>
<context>
    <name>natter::client::ChatClient</name>
    <message>
        <source>There is no saved session for %1. Please log in.</source>
        <translation>No hay ninguna sesión guardada para %1. Inicia sesión.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number. Use the international format, for example +49 151 12345678.</source>
        <translation>%1 no es un número de teléfono válido. Usa el formato internacional, por ejemplo +34 612 34 56 78.</translation>
    </message>
    <message>
        <source>There is no saved session. Please log in.</source>
        <translation>No hay ninguna sesión guardada. Inicia sesión.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1. Check the address and your connection. (%2)</source>
        <translation>No se puede conectar con el servidor %1. Comprueba la dirección y tu conexión. (%2)</translation>
    </message>
    <message>
        <source>The server runs an incompatible version of Natter (%1).</source>
        <translation>El servidor usa una versión incompatible de Natter (%1).</translation>
    </message>
    <message>
        <source>Wrong phone number or password.</source>
        <translation>Número de teléfono o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>The number %1 already has an account. Log in instead.</source>
        <translation>El número %1 ya tiene una cuenta. Inicia sesión.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>No es un número de teléfono válido.</translation>
    </message>
    <message>
        <source>Choose a name of 1 to %1 characters.</source>
        <translation>Elige un nombre de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a while and try again. (%1)</source>
        <translation>Demasiados intentos. Espera un poco y vuelve a intentarlo. (%1)</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server could not log you in: %1</source>
        <translation>El servidor no ha podido iniciar tu sesión: %1</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number.</source>
        <translation>%1 no es un número de teléfono válido.</translation>
    </message>
    <message>
        <source>You are offline; try again when connected.</source>
        <translation>Estás sin conexión; vuelve a intentarlo cuando te conectes.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is not a photo, video or audio file. Send it as a document instead.</source>
        <translation>%1 no es una foto, un vídeo ni un archivo de audio. Envíalo como documento.</translation>
    </message>
    <message>
        <source>Log in to send files.</source>
        <translation>Inicia sesión para enviar archivos.</translation>
    </message>
    <message>
        <source>The caption is too long (at most %1 bytes).</source>
        <translation>El comentario es demasiado largo (máximo %1 bytes).</translation>
    </message>
    <message>
        <source>The message could not be stored.</source>
        <translation>No se ha podido guardar el mensaje.</translation>
    </message>
</context>
<context>
    <name>natter::client::Outbox</name>
    <message>
        <source>%1 is not on Natter.</source>
        <translation>%1 no está en Natter.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number.</source>
        <translation>%1 no es un número de teléfono válido.</translation>
    </message>
    <message>
        <source>The message is too long.</source>
        <translation>El mensaje es demasiado largo.</translation>
    </message>
    <message>
        <source>The server does not support this kind of message.</source>
        <translation>El servidor no admite este tipo de mensaje.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>El servidor ha rechazado el mensaje.</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>El servidor ha rechazado el mensaje: %1</translation>
    </message>
    <message>
        <source>The message is too long (at most %1 bytes).</source>
        <translation>El mensaje es demasiado largo (máximo %1 bytes).</translation>
    </message>
</context>
<context>
    <name>natter::client::ServerConnection</name>
    <message>
        <source>Disconnected.</source>
        <translation>Desconectado.</translation>
    </message>
    <message>
        <source>The server address is not a valid ws:// or wss:// address.</source>
        <translation>La dirección del servidor no es una dirección ws:// o wss:// válida.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>El servidor ha cerrado la conexión: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Se ha perdido la conexión con el servidor.</translation>
    </message>
</context>
<context>
    <name>natter::client::StatusClient</name>
    <message>
        <source>The status is too long.</source>
        <translation>El estado es demasiado largo.</translation>
    </message>
    <message>
        <source>The server does not support statuses.</source>
        <translation>El servidor no admite estados.</translation>
    </message>
    <message>
        <source>The server no longer has the uploaded file.</source>
        <translation>El archivo subido ya no está en el servidor.</translation>
    </message>
    <message>
        <source>The server refused the status.</source>
        <translation>El servidor ha rechazado el estado.</translation>
    </message>
    <message>
        <source>The server refused the status: %1</source>
        <translation>El servidor ha rechazado el estado: %1</translation>
    </message>
    <message>
        <source>Log in to post a status.</source>
        <translation>Inicia sesión para publicar un estado.</translation>
    </message>
    <message>
        <source>Write something for your status.</source>
        <translation>Escribe algo para tu estado.</translation>
    </message>
    <message>
        <source>Choose a background colour.</source>
        <translation>Elige un color de fondo.</translation>
    </message>
    <message>
        <source>The caption is too long.</source>
        <translation>El comentario es demasiado largo.</translation>
    </message>
    <message>
        <source>The file cannot be uploaded.</source>
        <translation>No se puede subir el archivo.</translation>
    </message>
    <message>
        <source>The file cannot be downloaded.</source>
        <translation>No se puede descargar el archivo.</translation>
    </message>
    <message>
        <source>The file is no longer there.</source>
        <translation>El archivo ya no está.</translation>
    </message>
</context>
<context>
    <name>natter::client::TokenStore</name>
    <message>
        <source>The system keychain is not available (%1). You stay logged in only until Natter is closed; next time you have to log in again.</source>
        <translation>El llavero del sistema no está disponible (%1). Tu sesión solo se mantendrá hasta que cierres Natter; la próxima vez tendrás que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation>no hay ningún Secret Service en ejecución</translation>
    </message>
</context>
<context>
    <name>natter::client::TransferManager</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>The server sent the file in the wrong order.</source>
        <translation>El servidor ha enviado el archivo en un orden incorrecto.</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?): %2</source>
        <translation>No se puede escribir en %1 (¿está lleno el disco?): %2</translation>
    </message>
    <message>
        <source>Cannot read the downloaded file.</source>
        <translation>No se puede leer el archivo descargado.</translation>
    </message>
    <message>
        <source>The downloaded file is damaged (its checksum does not match).</source>
        <translation>El archivo descargado está dañado (su suma de comprobación no coincide).</translation>
    </message>
    <message>
        <source>Cannot save the file as %1.</source>
        <translation>No se puede guardar el archivo como %1.</translation>
    </message>
    <message>
        <source>The file is no longer available on the server.</source>
        <translation>El archivo ya no está disponible en el servidor.</translation>
    </message>
    <message>
        <source>%1 is not a photo, video or audio file. Send it as a document instead.</source>
        <translation>%1 no es una foto, un vídeo ni un archivo de audio. Envíalo como documento.</translation>
    </message>
    <message>
        <source>The file changed while it was being sent. Try again.</source>
        <translation>El archivo ha cambiado mientras se enviaba. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server could not read the file. Try again later.</source>
        <translation>El servidor no ha podido leer el archivo. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server could not store the file (it may be out of space). Try again later.</source>
        <translation>El servidor no ha podido guardar el archivo (puede que se haya quedado sin espacio). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server does not support file transfers.</source>
        <translation>El servidor no admite transferencias de archivos.</translation>
    </message>
    <message>
        <source>The file is too large for the server: %1</source>
        <translation>El archivo es demasiado grande para el servidor: %1</translation>
    </message>
    <message>
        <source>The server refused the transfer.</source>
        <translation>El servidor ha rechazado la transferencia.</translation>
    </message>
    <message>
        <source>The server refused the transfer: %1</source>
        <translation>El servidor ha rechazado la transferencia: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
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
        <translation>Recibido %1: %2</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>pendiente de envío</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no enviado: %1</translation>
    </message>
    <message>
        <source>You, %1, %2: %3</source>
        <translation>Tú, %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>natter::models::StatusListModel</name>
    <message>
        <source>My status</source>
        <translation>Mi estado</translation>
    </message>
    <message>
        <source>My status: none. Add one.</source>
        <translation>Mi estado: ninguno. Añade uno.</translation>
    </message>
    <message numerus="yes">
        <source>My status: %n updates</source>
        <translation>
            <numerusform>Mi estado: %n actualización</numerusform>
            <numerusform>Mi estado: %n actualizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n updates, %2 unseen</source>
        <translation>
            <numerusform>%1: %n actualización, %2 sin ver</numerusform>
            <numerusform>%1: %n actualizaciones, %2 sin ver</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to try again or to discard it</source>
        <translation>Haz clic para reintentarlo o descartarlo</translation>
    </message>
    <message>
        <source>My status: couldn&apos;t send: %1</source>
        <translation>Mi estado: no se pudo enviar: %1</translation>
    </message>
</context>
<context>
    <name>natter::ui::AddStatusDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Type a status</source>
        <translation>Escribe un estado</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Añadir estado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Photo or video</source>
        <translation>Foto o vídeo</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Status text</source>
        <translation>Texto del estado</translation>
    </message>
    <message>
        <source>Background colour %1</source>
        <translation>Color de fondo %1</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Fondo:</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No has elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Choose photo or video…</source>
        <translation>Elegir foto o vídeo…</translation>
    </message>
    <message>
        <source>Add a caption (optional)</source>
        <translation>Añade un comentario (opcional)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Choose a photo or video</source>
        <translation>Elige una foto o un vídeo</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.mp4 *.webm *.mkv *.mov *.avi);;All files (*)</source>
        <translation>Fotos y vídeos (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.mp4 *.webm *.mkv *.mov *.avi);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 de %2 bytes</translation>
    </message>
    <message>
        <source>The status is too long: at most %1 bytes.</source>
        <translation>El estado es demasiado largo: máximo %1 bytes.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is not a photo or a video.</source>
        <translation>%1 no es una foto ni un vídeo.</translation>
    </message>
    <message>
        <source>The caption is too long: at most %1 bytes.</source>
        <translation>El comentario es demasiado largo: máximo %1 bytes.</translation>
    </message>
</context>
<context>
    <name>natter::ui::AttachmentPreviewDialog</name>
    <message>
        <source>Add a caption…</source>
        <translation>Añade un comentario…</translation>
    </message>
    <message>
        <source>The caption goes with the first file.</source>
        <translation>El comentario se envía con el primer archivo.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (no encontrado)</translation>
    </message>
    <message>
        <source>%1 (a folder)</source>
        <translation>%1 (es una carpeta)</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (no se puede leer)</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation>%1 (vacío)</translation>
    </message>
    <message>
        <source>%1 (at most %2 files at once)</source>
        <translation>%1 (máximo %2 archivos a la vez)</translation>
    </message>
    <message>
        <source>Send files</source>
        <translation>Enviar archivos</translation>
    </message>
    <message>
        <source>Send 1 file</source>
        <translation>Enviar 1 archivo</translation>
    </message>
    <message numerus="yes">
        <source>Send %n files</source>
        <translation>
            <numerusform>Enviar %n archivo</numerusform>
            <numerusform>Enviar %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file to send.</source>
        <translation>No hay ningún archivo que enviar.</translation>
    </message>
    <message>
        <source>None of these can be sent: %1.</source>
        <translation>No se puede enviar ninguno de estos archivos: %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>No se enviarán: %1.</translation>
    </message>
    <message>
        <source>Choose “Document” to send it as a file (up to %1).</source>
        <translation>Elige «Documento» para enviarlo como archivo (hasta %1).</translation>
    </message>
    <message>
        <source>The caption is too long: at most %1 bytes, this one has %2.</source>
        <translation>El comentario es demasiado largo: tiene %2 bytes y el máximo es %1.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
</context>
<context>
    <name>natter::ui::AttachmentRow</name>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
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
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Shown in the chat; photos and videos can be at most the media size limit.</source>
        <translation>Se muestra en el chat; las fotos y los vídeos no pueden superar el límite de tamaño de los archivos multimedia.</translation>
    </message>
    <message>
        <source>Sent as a file, exactly as it is.</source>
        <translation>Se envía como archivo, tal cual.</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Enviar como:</translation>
    </message>
    <message>
        <source>Sent as a document</source>
        <translation>Se envía como documento</translation>
    </message>
    <message>
        <source>Do not send this file</source>
        <translation>No enviar este archivo</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>natter::ui::Attachments</name>
    <message>
        <source>Send Photos or Videos</source>
        <translation>Enviar fotos o vídeos</translation>
    </message>
    <message>
        <source>Photos, videos and audio (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.heic *.heif *.avif *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.mp3 *.m4a *.ogg *.oga *.opus *.wav *.flac)</source>
        <translation>Fotos, vídeos y audio (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.heic *.heif *.avif *.mp4 *.mov *.m4v *.webm *.mkv *.avi *.mp3 *.m4a *.ogg *.oga *.opus *.wav *.flac)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Send Documents</source>
        <translation>Enviar documentos</translation>
    </message>
    <message>
        <source>Pasted image %1.png</source>
        <translation>Imagen pegada %1.png</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved for sending.</source>
        <translation>No se ha podido guardar la imagen pegada para enviarla.</translation>
    </message>
    <message>
        <source>This location cannot be sent.</source>
        <translation>No se puede enviar esta ubicación.</translation>
    </message>
    <message>
        <source>This contact card cannot be sent: it needs a name and a phone number.</source>
        <translation>No se puede enviar esta tarjeta de contacto: necesita un nombre y un número de teléfono.</translation>
    </message>
</context>
<context>
    <name>natter::ui::BubbleActions</name>
    <message>
        <source>%1 is not on Natter.</source>
        <translation>%1 no está en Natter.</translation>
    </message>
    <message>
        <source>The file is no longer on this computer.</source>
        <translation>El archivo ya no está en este ordenador.</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Guardar archivo</translation>
    </message>
    <message>
        <source>Could not save the file as %1.</source>
        <translation>No se ha podido guardar el archivo como %1.</translation>
    </message>
    <message>
        <source>This contact has no phone number that Natter can use.</source>
        <translation>Este contacto no tiene ningún número de teléfono que Natter pueda usar.</translation>
    </message>
    <message>
        <source>That is your own number.</source>
        <translation>Ese es tu propio número.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation>Guardar contacto</translation>
    </message>
    <message>
        <source>Contact cards (*.vcf)</source>
        <translation>Tarjetas de contacto (*.vcf)</translation>
    </message>
    <message>
        <source>Could not save the contact as %1.</source>
        <translation>No se ha podido guardar el contacto como %1.</translation>
    </message>
</context>
<context>
    <name>natter::ui::ChatHeader</name>
    <message>
        <source>Close chat (Esc)</source>
        <translation>Cerrar chat (Esc)</translation>
    </message>
    <message>
        <source>Close chat</source>
        <translation>Cerrar chat</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
</context>
<context>
    <name>natter::ui::ChatPlaceholder</name>
    <message>
        <source>Log in or register</source>
        <translation>Iniciar sesión o registrarse</translation>
    </message>
    <message>
        <source>Select a chat to start messaging</source>
        <translation>Selecciona un chat para empezar a escribir</translation>
    </message>
    <message>
        <source>Or start a new one with File → New chat (Ctrl+N).</source>
        <translation>O empieza uno nuevo con Archivo → Nuevo chat (Ctrl+N).</translation>
    </message>
    <message>
        <source>Welcome to Natter</source>
        <translation>Bienvenido a Natter</translation>
    </message>
    <message>
        <source>Log in to your Natter server to see your chats.</source>
        <translation>Inicia sesión en tu servidor de Natter para ver tus chats.</translation>
    </message>
</context>
<context>
    <name>natter::ui::ChatView</name>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Attach a photo, document, location or contact</source>
        <translation>Adjuntar una foto, un documento, una ubicación o un contacto</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
    <message>
        <source>“%1” was not sent. %2</source>
        <translation>«%1» no se ha enviado. %2</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Adjuntar</translation>
    </message>
    <message>
        <source>&amp;Photo or video…</source>
        <translation>&amp;Foto o vídeo…</translation>
    </message>
    <message>
        <source>&amp;Document…</source>
        <translation>&amp;Documento…</translation>
    </message>
    <message>
        <source>&amp;Location…</source>
        <translation>&amp;Ubicación…</translation>
    </message>
    <message>
        <source>&amp;Contact…</source>
        <translation>&amp;Contacto…</translation>
    </message>
    <message>
        <source>Drop files to send to %1</source>
        <translation>Suelta los archivos para enviárselos a %1</translation>
    </message>
</context>
<context>
    <name>natter::ui::ComposerEdit</name>
    <message>
        <source>Type a message</source>
        <translation>Escribe un mensaje</translation>
    </message>
</context>
<context>
    <name>natter::ui::ConnectDialog</name>
    <message>
        <source>Welcome to Natter</source>
        <translation>Bienvenido a Natter</translation>
    </message>
    <message>
        <source>ws://chat.example.org:7350</source>
        <translation>ws://chat.example.org:7350</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Número de &amp;teléfono:</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>Cómo te ven los demás</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>C&amp;onfirmar:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Log in to Natter</source>
        <translation>Iniciar sesión en Natter</translation>
    </message>
    <message>
        <source>Create an account to start chatting.</source>
        <translation>Crea una cuenta para empezar a chatear.</translation>
    </message>
    <message>
        <source>Log in with your phone number and password.</source>
        <translation>Inicia sesión con tu número de teléfono y tu contraseña.</translation>
    </message>
    <message>
        <source>Have an account?</source>
        <translation>¿Ya tienes una cuenta?</translation>
    </message>
    <message>
        <source>New to Natter?</source>
        <translation>¿Nuevo en Natter?</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Enter the address of your Natter server, e.g. ws://chat.example.org:7350.</source>
        <translation>Introduce la dirección de tu servidor de Natter, p. ej., ws://chat.example.org:7350.</translation>
    </message>
    <message>
        <source>Start the address with wss:// (or ws:// on a local network), e.g. wss://%1.</source>
        <translation>Empieza la dirección con wss:// (o ws:// en una red local), p. ej., wss://%1.</translation>
    </message>
    <message>
        <source>This is not a server address. It looks like ws://host:port or wss://host.</source>
        <translation>Esto no es una dirección de servidor. Tiene la forma ws://host:puerto o wss://host.</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation>Demasiado corta: %1 de al menos %2 caracteres.</translation>
    </message>
    <message>
        <source>Keep typing…</source>
        <translation>Sigue escribiendo…</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creando tu cuenta…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Cannot reach the server at &lt;b&gt;%1&lt;/b&gt;. Check the address and your connection, and that the server is running.</source>
        <translation>No se puede conectar con el servidor en &lt;b&gt;%1&lt;/b&gt;. Comprueba la dirección, tu conexión y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>Wrong phone number or password. Check both and try again.</source>
        <translation>Número de teléfono o contraseña incorrectos. Compruébalos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 already has a Natter account. &lt;a href=&quot;login&quot;&gt;Log&amp;nbsp;in&amp;nbsp;instead&lt;/a&gt;</source>
        <translation>%1 ya tiene una cuenta de Natter. &lt;a href=&quot;login&quot;&gt;Iniciar&amp;nbsp;sesión&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The server does not accept %1 as a phone number. Use the international format, e.g. +49 151 12345678.</source>
        <translation>El servidor no acepta %1 como número de teléfono. Usa el formato internacional, p. ej., +34 612 34 56 78.</translation>
    </message>
    <message>
        <source>The server does not accept this name. Choose a name of 1 to %1 characters.</source>
        <translation>El servidor no acepta este nombre. Elige un nombre de 1 a %1 caracteres.</translation>
    </message>
    <message numerus="yes">
        <source>The password is too weak: use at least %n characters.</source>
        <translation>
            <numerusform>La contraseña es demasiado débil: usa al menos %n carácter.</numerusform>
            <numerusform>La contraseña es demasiado débil: usa al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at &lt;b&gt;%1&lt;/b&gt; runs a version of Natter this app cannot talk to. Update Natter, or ask the server&apos;s administrator.</source>
        <translation>El servidor en &lt;b&gt;%1&lt;/b&gt; usa una versión de Natter con la que esta app no puede comunicarse. Actualiza Natter o consulta al administrador del servidor.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Please log in.</source>
        <translation>Inicia sesión.</translation>
    </message>
    <message>
        <source>Too many attempts with this number. Wait a little, then try again.</source>
        <translation>Demasiados intentos con este número. Espera un poco y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>natter::ui::ConnectionBanner</name>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Offline — messages will be sent when you&apos;re back online</source>
        <translation>Sin conexión: los mensajes se enviarán cuando vuelvas a conectarte</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>natter::ui::ContactList</name>
    <message>
        <source>Search contacts by name or number</source>
        <translation>Buscar contactos por nombre o número</translation>
    </message>
</context>
<context>
    <name>natter::ui::ContactPickerDialog</name>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>buscapersonas</translation>
    </message>
    <message>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>Send a contact</source>
        <translation>Enviar un contacto</translation>
    </message>
    <message>
        <source>Import .vcf…</source>
        <translation>Importar .vcf…</translation>
    </message>
    <message>
        <source>or drop a contact card (.vcf) here</source>
        <translation>o arrastra aquí una tarjeta de contacto (.vcf)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Tus contactos</translation>
    </message>
    <message>
        <source>No contacts yet. People you chat with appear here; you can also import a contact card.</source>
        <translation>Aún no hay contactos. Aquí aparecerán las personas con las que chatees; también puedes importar una tarjeta de contacto.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Ningún contacto coincide con «%1».</translation>
    </message>
    <message>
        <source>From your Natter contacts</source>
        <translation>De tus contactos de Natter</translation>
    </message>
    <message>
        <source>Import a contact card</source>
        <translation>Importar una tarjeta de contacto</translation>
    </message>
    <message>
        <source>Contact cards (*.vcf *.vcard);;All files (*)</source>
        <translation>Tarjetas de contacto (*.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a contact card (at most %2 KB).</source>
        <translation>%1 es demasiado grande para ser una tarjeta de contacto (máximo %2 KB).</translation>
    </message>
    <message>
        <source>%1 holds no contact card.</source>
        <translation>%1 no contiene ninguna tarjeta de contacto.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 — no phone number</source>
        <translation>%1 — sin número de teléfono</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts in %1</source>
        <translation>
            <numerusform>%n contacto en %1</numerusform>
            <numerusform>%n contactos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n contacts in %1 has both a name and a phone number.</source>
        <translation>
            <numerusform>Ninguno de los contactos de %1 (%n) tiene a la vez un nombre y un número de teléfono.</numerusform>
            <numerusform>Ninguno de los %n contactos de %1 tiene a la vez un nombre y un número de teléfono.</numerusform>
        </translation>
    </message>
    <message>
        <source>This contact card cannot be read.</source>
        <translation>No se puede leer esta tarjeta de contacto.</translation>
    </message>
    <message>
        <source>This contact card has no name. Natter sends contacts with a name and a phone number.</source>
        <translation>Esta tarjeta de contacto no tiene nombre. Natter envía contactos con un nombre y un número de teléfono.</translation>
    </message>
    <message>
        <source>“%1” has no phone number. Natter sends contacts with a name and a phone number.</source>
        <translation>«%1» no tiene número de teléfono. Natter envía contactos con un nombre y un número de teléfono.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>This contact is too large to send (at most %1 KB).</source>
        <translation>Este contacto es demasiado grande para enviarlo (máximo %1 KB).</translation>
    </message>
    <message>
        <source>The dropped contact card is too large (at most %1 KB).</source>
        <translation>La tarjeta de contacto arrastrada es demasiado grande (máximo %1 KB).</translation>
    </message>
    <message>
        <source>the dropped card</source>
        <translation>la tarjeta arrastrada</translation>
    </message>
</context>
<context>
    <name>natter::ui::ConversationDelegate</name>
    <message>
        <source>typing…</source>
        <translation>escribiendo…</translation>
    </message>
</context>
<context>
    <name>natter::ui::DesktopIntegration</name>
    <message>
        <source>&amp;Show Natter</source>
        <translation>&amp;Mostrar Natter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <source>Natter — %n unread</source>
        <translation>
            <numerusform>Natter: %n sin leer</numerusform>
            <numerusform>Natter: %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Natter</source>
        <translation>Natter</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n chats</source>
        <translation>
            <numerusform>en %n chat</numerusform>
            <numerusform>en %n chats</numerusform>
        </translation>
    </message>
    <message>
        <source>Natter is still running</source>
        <translation>Natter sigue en ejecución</translation>
    </message>
    <message>
        <source>New messages will still reach you. Click the Natter icon to open the window, or choose Quit from its menu to close Natter.</source>
        <translation>Seguirás recibiendo los mensajes nuevos. Haz clic en el icono de Natter para abrir la ventana o elige «Salir» en su menú para cerrar Natter.</translation>
    </message>
    <message>
        <source>🎬 Video</source>
        <translation>🎬 Vídeo</translation>
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
        <translation>Documento</translation>
    </message>
    <message>
        <source>📍 Location</source>
        <translation>📍 Ubicación</translation>
    </message>
    <message>
        <source>👤 Contact</source>
        <translation>👤 Contacto</translation>
    </message>
</context>
<context>
    <name>natter::ui::DownloadSettingsDialog</name>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Download photos and videos automatically up to</source>
        <translation>Descargar fotos y vídeos automáticamente hasta</translation>
    </message>
    <message>
        <source>Photos, videos and sounds up to this size download as soon as they arrive. Larger ones and documents download when you click them. 0 turns automatic downloads off.</source>
        <translation>Las fotos, los vídeos y los audios de hasta este tamaño se descargan en cuanto llegan. Los más grandes y los documentos se descargan al hacer clic en ellos. Con 0 se desactivan las descargas automáticas.</translation>
    </message>
    <message>
        <source>Download &amp;automatically up to:</source>
        <translation>Descargar &amp;automáticamente hasta:</translation>
    </message>
</context>
<context>
    <name>natter::ui::ImageViewerDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit to the window (0)</source>
        <translation>Ajustar a la ventana (0)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save a copy of the picture (Ctrl+S)</source>
        <translation>Guardar una copia de la imagen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>This picture cannot be shown: %1</source>
        <translation>No se puede mostrar esta imagen: %1</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>This picture cannot be shown: the file is no longer there.</source>
        <translation>No se puede mostrar esta imagen: el archivo ya no existe.</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>No se ha podido guardar la imagen: %1</translation>
    </message>
</context>
<context>
    <name>natter::ui::LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Applies the next time Natter starts.</source>
        <translation>Se aplicará la próxima vez que se inicie Natter.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>natter::ui::LocationDialog</name>
    <message>
        <source>within %1 km</source>
        <translation>precisión de %1 km</translation>
    </message>
    <message>
        <source>within %1 m</source>
        <translation>precisión de %1 m</translation>
    </message>
    <message>
        <source>Send a location</source>
        <translation>Enviar una ubicación</translation>
    </message>
    <message>
        <source>Your location could not be found within %1 seconds. Try again, or type the coordinates or paste a map link.</source>
        <translation>No se ha podido encontrar tu ubicación en %1 segundos. Vuelve a intentarlo, escribe las coordenadas o pega un enlace de mapa.</translation>
    </message>
    <message>
        <source>Use my current location</source>
        <translation>Usar mi ubicación actual</translation>
    </message>
    <message>
        <source>e.g. 52.51630</source>
        <translation>p. ej., 52,51630</translation>
    </message>
    <message>
        <source>e.g. 13.37770</source>
        <translation>p. ej., 13,37770</translation>
    </message>
    <message>
        <source>geo: link, OpenStreetMap or Google Maps link, or coordinates</source>
        <translation>Enlace geo:, enlace de OpenStreetMap o Google Maps, o coordenadas</translation>
    </message>
    <message>
        <source>Place name or address (optional)</source>
        <translation>Nombre del lugar o dirección (opcional)</translation>
    </message>
    <message>
        <source>Add a caption…</source>
        <translation>Añade un comentario…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>Or paste a link</source>
        <translation>O pega un enlace</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nombre del lugar</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>The latitude must be a number from −90 to 90.</source>
        <translation>La latitud debe ser un número entre −90 y 90.</translation>
    </message>
    <message>
        <source>The longitude must be a number from −180 to 180.</source>
        <translation>La longitud debe ser un número entre −180 y 180.</translation>
    </message>
    <message>
        <source>Short links do not contain the position. Open the link in your browser and paste the full address from the address bar.</source>
        <translation>Los enlaces cortos no contienen la posición. Abre el enlace en tu navegador y pega la dirección completa de la barra de direcciones.</translation>
    </message>
    <message>
        <source>No position found. Paste a geo: link, an OpenStreetMap or Google Maps link, or coordinates such as 52.5163, 13.3777.</source>
        <translation>No se ha encontrado ninguna posición. Pega un enlace geo:, un enlace de OpenStreetMap o Google Maps, o unas coordenadas como 52.5163, 13.3777.</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Encontrado: %1.</translation>
    </message>
    <message>
        <source>Sends %1</source>
        <translation>Se enviará %1</translation>
    </message>
    <message>
        <source>Check on the map</source>
        <translation>Comprobar en el mapa</translation>
    </message>
    <message>
        <source>Choose a position: your current location, coordinates, or a pasted link.</source>
        <translation>Elige una posición: tu ubicación actual, unas coordenadas o un enlace pegado.</translation>
    </message>
    <message>
        <source>No location service is available on this computer. Type the coordinates or paste a map link instead.</source>
        <translation>No hay ningún servicio de ubicación disponible en este ordenador. Escribe las coordenadas o pega un enlace de mapa.</translation>
    </message>
    <message>
        <source>Natter may not use your location. Allow it in your system&apos;s privacy settings, or type the coordinates.</source>
        <translation>Natter no tiene permiso para usar tu ubicación. Permítelo en los ajustes de privacidad del sistema o escribe las coordenadas.</translation>
    </message>
    <message>
        <source>The location service stopped. Try again, or type the coordinates.</source>
        <translation>El servicio de ubicación se ha detenido. Vuelve a intentarlo o escribe las coordenadas.</translation>
    </message>
    <message>
        <source>The location service failed. Type the coordinates or paste a map link instead.</source>
        <translation>El servicio de ubicación ha fallado. Escribe las coordenadas o pega un enlace de mapa.</translation>
    </message>
    <message>
        <source>Finding your location…</source>
        <translation>Buscando tu ubicación…</translation>
    </message>
    <message>
        <source>The location service gave no usable position. Try again, or type the coordinates.</source>
        <translation>El servicio de ubicación no ha dado ninguna posición válida. Vuelve a intentarlo o escribe las coordenadas.</translation>
    </message>
    <message>
        <source>Found your location (%1).</source>
        <translation>Ubicación encontrada (%1).</translation>
    </message>
    <message>
        <source>Found your location.</source>
        <translation>Ubicación encontrada.</translation>
    </message>
    <message>
        <source>The GPS receiver %1 (set in %2) could not be opened. Type the coordinates or paste a map link instead.</source>
        <translation>No se pudo abrir el receptor GPS %1 (indicado en %2). Escribe las coordenadas o pega un enlace de mapa.</translation>
    </message>
</context>
<context>
    <name>natter::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Chat…</source>
        <translation>&amp;Nuevo chat…</translation>
    </message>
    <message>
        <source>&amp;Log Out…</source>
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Log out of Natter on this computer?</source>
        <translation>¿Cerrar la sesión de Natter en este ordenador?</translation>
    </message>
    <message>
        <source>Your chats stay on this computer. Messages sent to you in the meantime arrive when you log in again.</source>
        <translation>Tus chats se quedan en este ordenador. Los mensajes que te envíen mientras tanto llegarán cuando vuelvas a iniciar sesión.</translation>
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
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>&amp;Downloads…</source>
        <translation>&amp;Descargas…</translation>
    </message>
</context>
<context>
    <name>natter::ui::MessageDelegate</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message numerus="yes">
        <source>%n unread messages</source>
        <translation>
            <numerusform>%n mensaje no leído</numerusform>
            <numerusform>%n mensajes no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to try again.</source>
        <translation>Haz clic para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Cancelar la transferencia</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Open on openstreetmap.org</source>
        <translation>Abrir en openstreetmap.org</translation>
    </message>
    <message>
        <source>Chat with this contact on Natter</source>
        <translation>Chatear con este contacto en Natter</translation>
    </message>
    <message>
        <source>Save the contact card as a .vcf file</source>
        <translation>Guardar la tarjeta de contacto como archivo .vcf</translation>
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
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Open &amp;Map</source>
        <translation>Abrir &amp;mapa</translation>
    </message>
    <message>
        <source>&amp;Message Contact</source>
        <translation>Enviar &amp;mensaje al contacto</translation>
    </message>
    <message>
        <source>Save as .&amp;vcf…</source>
        <translation>Guardar como .&amp;vcf…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Transfer</source>
        <translation>Ca&amp;ncelar transferencia</translation>
    </message>
    <message>
        <source>Retry &amp;Transfer</source>
        <translation>&amp;Reintentar transferencia</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
</context>
<context>
    <name>natter::ui::NewChatDialog</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Try again when you are back online.</source>
        <translation>Se ha perdido la conexión con el servidor. Vuelve a intentarlo cuando tengas conexión.</translation>
    </message>
    <message>
        <source>The server did not answer. Check your connection and try again.</source>
        <translation>El servidor no ha respondido. Comprueba tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Type a number with its country code, or pick a contact below.</source>
        <translation>Escribe un número con su prefijo de país o elige un contacto de la lista.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Start chat</source>
        <translation>Iniciar chat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>No contacts yet. People you look up or chat with appear here.</source>
        <translation>Aún no hay contactos. Aquí aparecerán las personas que busques o con las que chatees.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Ningún contacto coincide con «%1».</translation>
    </message>
    <message>
        <source>You are offline. You can still pick a contact; new numbers are checked when Natter is back online.</source>
        <translation>Estás sin conexión. Puedes elegir un contacto igualmente; los números nuevos se comprobarán cuando Natter vuelva a estar en línea.</translation>
    </message>
    <message>
        <source>You are offline, so Natter cannot check whether &lt;b&gt;%1&lt;/b&gt; is on Natter. Try again when you are connected.</source>
        <translation>Estás sin conexión, así que Natter no puede comprobar si &lt;b&gt;%1&lt;/b&gt; está en Natter. Vuelve a intentarlo cuando tengas conexión.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>Could not check &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>No se ha podido comprobar &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not on Natter yet. Check the number, or invite them to join your Natter server.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; todavía no está en Natter. Comprueba el número o invita a esa persona a unirse a tu servidor de Natter.</translation>
    </message>
</context>
<context>
    <name>natter::ui::PhoneField</name>
    <message>
        <source>✓ Valid number</source>
        <translation>✓ Número válido</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, dashes and brackets.</source>
        <translation>Un número de teléfono solo contiene dígitos, espacios, guiones y paréntesis.</translation>
    </message>
    <message>
        <source>Write + instead of the leading 00.</source>
        <translation>Escribe + en lugar del 00 inicial.</translation>
    </message>
    <message>
        <source>Start with + and the country code, e.g. +49 for Germany.</source>
        <translation>Empieza con + y el prefijo del país, p. ej., +34 para España.</translation>
    </message>
    <message>
        <source>A country code never starts with 0.</source>
        <translation>Un prefijo de país nunca empieza por 0.</translation>
    </message>
    <message>
        <source>Too long: a phone number has at most 15 digits.</source>
        <translation>Demasiado largo: un número de teléfono tiene como máximo 15 dígitos.</translation>
    </message>
    <message>
        <source>Keep typing: a full number has 7 to 15 digits.</source>
        <translation>Sigue escribiendo: un número completo tiene de 7 a 15 dígitos.</translation>
    </message>
    <message>
        <source>Include the country code, e.g. +49 151 12345678.</source>
        <translation>Incluye el prefijo del país, p. ej., +34 612 34 56 78.</translation>
    </message>
    <message>
        <source>+49 151 12345678</source>
        <translation>+34 612 34 56 78</translation>
    </message>
</context>
<context>
    <name>natter::ui::SaveCopy</name>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
</context>
<context>
    <name>natter::ui::ScrollDownButton</name>
    <message>
        <source>Go to the newest message</source>
        <translation>Ir al mensaje más reciente</translation>
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
        <translation>Nuevo chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>No chats yet.
Start one with New chat (Ctrl+N).</source>
        <translation>Aún no hay chats.
Empieza uno con «Nuevo chat» (Ctrl+N).</translation>
    </message>
    <message>
        <source>No chats found for “%1”.</source>
        <translation>No se han encontrado chats para «%1».</translation>
    </message>
</context>
<context>
    <name>natter::ui::StatusDelegate</name>
    <message>
        <source>Recent updates</source>
        <translation>Actualizaciones recientes</translation>
    </message>
    <message>
        <source>Viewed updates</source>
        <translation>Actualizaciones vistas</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Click to add a status update</source>
        <translation>Haz clic para añadir una actualización de estado</translation>
    </message>
    <message>
        <source>1 update</source>
        <translation>1 actualización</translation>
    </message>
    <message numerus="yes">
        <source>%n updates</source>
        <translation>
            <numerusform>%n actualización</numerusform>
            <numerusform>%n actualizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>1 view</source>
        <translation>1 visualización</translation>
    </message>
    <message numerus="yes">
        <source>%n views</source>
        <translation>
            <numerusform>%n visualización</numerusform>
            <numerusform>%n visualizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Couldn&apos;t send: %1</source>
        <translation>No se pudo enviar: %1</translation>
    </message>
    <message>
        <source>Sending… %1 %</source>
        <translation>Enviando… %1 %</translation>
    </message>
</context>
<context>
    <name>natter::ui::StatusPane</name>
    <message>
        <source>Status</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Add status</source>
        <translation>Añadir estado</translation>
    </message>
    <message>
        <source>&amp;Text status…</source>
        <translation>Estado de &amp;texto…</translation>
    </message>
    <message>
        <source>&amp;Photo or video…</source>
        <translation>&amp;Foto o vídeo…</translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation>Actualizaciones de estado</translation>
    </message>
    <message>
        <source>No status updates from your contacts in the last 24 hours.</source>
        <translation>Tus contactos no han publicado actualizaciones de estado en las últimas 24 horas.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;View my status</source>
        <translation>&amp;Ver mi estado</translation>
    </message>
</context>
<context>
    <name>natter::ui::StatusViewer</name>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Status viewer</source>
        <translation>Visor de estados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The file could not be loaded: %1</source>
        <translation>No se ha podido cargar el archivo: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>No se puede mostrar esta foto.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message numerus="yes">
        <source>Viewed by %n</source>
        <translation>
            <numerusform>Visto por %n</numerusform>
            <numerusform>Visto por %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewed by</source>
        <translation>Visto por</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Viewed by 1 contact</source>
        <translation>Visto por 1 contacto</translation>
    </message>
    <message numerus="yes">
        <source>Viewed by %n contacts</source>
        <translation>
            <numerusform>Visto por %n contacto</numerusform>
            <numerusform>Visto por %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete status</source>
        <translation>Eliminar estado</translation>
    </message>
    <message>
        <source>Delete this status? Your contacts will no longer see it.</source>
        <translation>¿Eliminar este estado? Tus contactos ya no podrán verlo.</translation>
    </message>
    <message>
        <source>You are offline. Delete the status when you are connected.</source>
        <translation>Estás sin conexión. Elimina el estado cuando vuelvas a tener conexión.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>Abrir en otro programa</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Activar sonido (M)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
</context>
<context>
    <name>natter::ui::VideoPlayback</name>
    <message>
        <source>This video cannot be played on this computer.</source>
        <translation>Este vídeo no se puede reproducir en este ordenador.</translation>
    </message>
    <message>
        <source>This video&apos;s format cannot be played on this computer.</source>
        <translation>El formato de este vídeo no se puede reproducir en este ordenador.</translation>
    </message>
    <message>
        <source>The video file cannot be read.</source>
        <translation>No se puede leer el archivo de vídeo.</translation>
    </message>
    <message>
        <source>Videos cannot be played on this computer: no media support is installed.</source>
        <translation>No se pueden reproducir vídeos en este ordenador: no hay soporte multimedia instalado.</translation>
    </message>
    <message>
        <source>This sound&apos;s format cannot be played on this computer.</source>
        <translation>El formato de este sonido no se puede reproducir en este ordenador.</translation>
    </message>
    <message>
        <source>The sound file cannot be read.</source>
        <translation>No se puede leer el archivo de sonido.</translation>
    </message>
    <message>
        <source>This sound cannot be played on this computer.</source>
        <translation>Este sonido no se puede reproducir en este ordenador.</translation>
    </message>
</context>
<context>
    <name>natter::ui::VideoPlayerDialog</name>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save a copy of the file (Ctrl+S)</source>
        <translation>Guardar una copia del archivo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>Abrir en otro programa</translation>
    </message>
    <message>
        <source>Open the file with the program your computer uses for it</source>
        <translation>Abrir el archivo con el programa que usa tu ordenador para ello</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Activar sonido (M)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Play again (Space)</source>
        <translation>Reproducir de nuevo (Espacio)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Guardar archivo</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
</context>
</TS>
