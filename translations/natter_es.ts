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
        <translation>[Multimedia]</translation>
    </message>
    <message>
        <source>[Document] %1</source>
        <translation>[Documento] %1</translation>
    </message>
    <message>
        <source>[Location] %1</source>
        <translation>[Ubicación] %1</translation>
    </message>
    <message>
        <source>[Location]</source>
        <translation>[Ubicación]</translation>
    </message>
    <message>
        <source>[Contact]</source>
        <translation>[Contacto]</translation>
    </message>
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
        <source>Search contacts by name or number</source>
        <translation>Buscar contactos por nombre o número</translation>
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
</TS>
