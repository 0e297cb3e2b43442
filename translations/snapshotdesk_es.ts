<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiError</name>
    <message>
        <source>Check the form</source>
        <translation>Revise el formulario</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>Insecure address</source>
        <translation>Dirección no segura</translation>
    </message>
    <message>
        <source>Already creating</source>
        <translation>Creación en curso</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problema de red</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Error de conexión segura</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de solicitudes alcanzado</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>En mantenimiento</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Error en la solicitud</translation>
    </message>
    <message>
        <source>The form has a problem: correct the highlighted fields and try again.</source>
        <translation>El formulario tiene un problema: corrija los campos resaltados e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No API token is set. Open Settings, enter your ThousandEyes API token, and try again.</source>
        <translation>No hay ningún token de API configurado. Abra Configuración, introduzca su token de API de ThousandEyes e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (plain http:// is only allowed for this computer). Correct the base URL in Settings.</source>
        <translation>La dirección de la API debe empezar por https:// (http:// sin cifrar solo se permite para este equipo). Corrija la URL base en Configuración.</translation>
    </message>
    <message>
        <source>A snapshot is already being created. Wait for it to finish or cancel it.</source>
        <translation>Ya se está creando una instantánea. Espere a que termine o cancélela.</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing was changed.</source>
        <translation>Se canceló la solicitud. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again; if it keeps happening, raise the timeout in Settings.</source>
        <translation>El servidor no respondió a tiempo. Compruebe su conexión e inténtelo de nuevo; si sigue ocurriendo, aumente el tiempo de espera en Configuración.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the base URL in Settings and that the server is running.</source>
        <translation>El servidor rechazó la conexión. Compruebe la URL base en Configuración y que el servidor esté en funcionamiento.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the base URL in Settings and your network connection.</source>
        <translation>No se encontró el nombre del servidor. Compruebe la URL base en Configuración y su conexión de red.</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network and try again.</source>
        <translation>Falló la conexión con el servidor. Compruebe su red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the base URL, or ask your administrator about a proxy that intercepts HTTPS.</source>
        <translation>No se pudo verificar el certificado del servidor, así que no se envió nada. Compruebe la URL base o consulte a su administrador si hay un proxy que intercepte HTTPS.</translation>
    </message>
    <message>
        <source>The server redirected the request too many times, or to an address that is not allowed. Check the base URL in Settings.</source>
        <translation>El servidor redirigió la solicitud demasiadas veces o a una dirección no permitida. Compruebe la URL base en Configuración.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than expected and was not read. Check the base URL in Settings.</source>
        <translation>La respuesta del servidor era mucho más grande de lo esperado y no se leyó. Compruebe la URL base en Configuración.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Check that the base URL and API version in Settings point at the ThousandEyes API.</source>
        <translation>No se pudo interpretar la respuesta del servidor. Compruebe que la URL base y la versión de la API en Configuración apunten a la API de ThousandEyes.</translation>
    </message>
    <message>
        <source>The server does not know this API version. Choose the other API version in Settings.</source>
        <translation>El servidor no reconoce esta versión de la API. Elija la otra versión de la API en Configuración.</translation>
    </message>
    <message>
        <source>The server rejected the request as malformed, or the account group is not valid. Check the chosen account group and time range.</source>
        <translation>El servidor rechazó la solicitud por estar mal formada, o el grupo de cuentas no es válido. Compruebe el grupo de cuentas elegido y el intervalo de tiempo.</translation>
    </message>
    <message>
        <source>The server did not accept your credentials. Check the API token (and e-mail address) in Settings; the account may also be locked.</source>
        <translation>El servidor no aceptó sus credenciales. Compruebe el token de API (y la dirección de correo electrónico) en Configuración; también es posible que la cuenta esté bloqueada.</translation>
    </message>
    <message>
        <source>Your role is missing the Edit Snapshots permission, or the account group is not one of yours. Ask your ThousandEyes administrator or pick another account group.</source>
        <translation>Su rol no tiene el permiso Edit Snapshots, o el grupo de cuentas no es uno de los suyos. Consulte a su administrador de ThousandEyes o elija otro grupo de cuentas.</translation>
    </message>
    <message>
        <source>The server could not find that report, dashboard or address. Refresh the list and check the base URL in Settings.</source>
        <translation>El servidor no encontró ese informe, panel o dirección. Actualice la lista y compruebe la URL base en Configuración.</translation>
    </message>
    <message>
        <source>The server does not allow this operation at this address. Check the base URL and API version in Settings.</source>
        <translation>El servidor no permite esta operación en esta dirección. Compruebe la URL base y la versión de la API en Configuración.</translation>
    </message>
    <message>
        <source>The server cannot answer in a format this app reads. Check the API version in Settings.</source>
        <translation>El servidor no puede responder en un formato que esta aplicación sepa leer. Compruebe la versión de la API en Configuración.</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s format. Check the API version in Settings.</source>
        <translation>El servidor no aceptó el formato de la solicitud. Compruebe la versión de la API en Configuración.</translation>
    </message>
    <message>
        <source>The API rate limit is used up. Wait a minute and try again.</source>
        <translation>Se ha agotado el límite de solicitudes de la API. Espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The API rate limit is used up. It resets at %1; try again then.</source>
        <translation>Se ha agotado el límite de solicitudes de la API. Se restablece a las %1; inténtelo de nuevo entonces.</translation>
    </message>
    <message>
        <source>The hourly limit for creating snapshots is used up. Try again later.</source>
        <translation>Se ha agotado el límite por hora para crear instantáneas. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The hourly limit for creating snapshots is used up. It resets at %1; try again then.</source>
        <translation>Se ha agotado el límite por hora para crear instantáneas. Se restablece a las %1; inténtelo de nuevo entonces.</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later; if it keeps happening, contact ThousandEyes support.</source>
        <extracomment>%1 is an HTTP status code such as 500</extracomment>
        <translation>El servidor tuvo un error interno (HTTP %1). Inténtelo de nuevo más tarde; si sigue ocurriendo, póngase en contacto con el soporte de ThousandEyes.</translation>
    </message>
    <message>
        <source>The ThousandEyes API is down for maintenance. Try again later.</source>
        <translation>La API de ThousandEyes no está disponible por mantenimiento. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check the base URL and API version in Settings.</source>
        <extracomment>%1 is an HTTP status code such as 418</extracomment>
        <translation>El servidor respondió con el estado HTTP %1. Compruebe la URL base y la versión de la API en Configuración.</translation>
    </message>
    <message>
        <source>Token saved for another address</source>
        <translation>Token guardado para otra dirección</translation>
    </message>
    <message>
        <source>The saved token was saved for another API address, so it is not sent to this one. Type the token for this address to test it, or press OK and confirm once that the saved token may be used here.</source>
        <translation>El token guardado se guardó para otra dirección de API, así que no se envía a esta. Escriba el token de esta dirección para probarla, o pulse Aceptar y confirme una vez que el token guardado puede usarse aquí.</translation>
    </message>
    <message>
        <source>Outcome not known yet</source>
        <translation>Resultado aún desconocido</translation>
    </message>
    <message>
        <source>The request was sent, but the connection ended before the server&apos;s answer arrived, so the snapshot may have been made. Snapshot Desk is checking the server&apos;s list of snapshots; do not send it again until that check says it was not made.</source>
        <translation>La solicitud se envió, pero la conexión terminó antes de que llegara la respuesta del servidor, así que es posible que la instantánea se haya creado. Snapshot Desk está comprobando la lista de instantáneas del servidor; no la envíe de nuevo hasta que esa comprobación indique que no se creó.</translation>
    </message>
</context>
<context>
    <name>BatchSpec</name>
    <message>
        <source>Choose at least one report.</source>
        <translation>Elija al menos un informe.</translation>
    </message>
    <message>
        <source>Choose at least one dashboard.</source>
        <translation>Elija al menos un panel.</translation>
    </message>
    <message>
        <source>Enter a name template, for example &quot;{source} {from:yyyy-MM-dd}&quot;.</source>
        <translation>Introduzca una plantilla de nombre, por ejemplo &quot;{source} {from:yyyy-MM-dd}&quot;.</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>written by a newer version (schema %1)</source>
        <extracomment>Why a history entry was skipped; %1 is a number</extracomment>
        <translation>escrita por una versión más reciente (esquema %1)</translation>
    </message>
    <message>
        <source>no valid creation time</source>
        <translation>sin hora de creación válida</translation>
    </message>
    <message>
        <source>a created snapshot without an ID</source>
        <translation>una instantánea creada sin ID</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>no es texto</translation>
    </message>
    <message>
        <source>not a history record</source>
        <translation>no es una entrada del historial</translation>
    </message>
    <message>
        <source>a damaged history record</source>
        <translation>una entrada del historial dañada</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Un nombre de perfil no puede empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters.</source>
        <translation>Un nombre de perfil puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \ or control characters.</source>
        <translation>Un nombre de perfil no puede contener / ni \ ni caracteres de control.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>it has no &quot;name&quot;.</source>
        <translation>no tiene &quot;name&quot;.</translation>
    </message>
    <message>
        <source>&quot;sources&quot; must be a non-empty list of reports or dashboards.</source>
        <translation>&quot;sources&quot; debe ser una lista no vacía de informes o paneles.</translation>
    </message>
    <message>
        <source>source %1 has no &quot;id&quot;.</source>
        <translation>el origen %1 no tiene &quot;id&quot;.</translation>
    </message>
    <message>
        <source>&quot;range&quot; is &quot;%1&quot;; expected one of %2.</source>
        <translation>&quot;range&quot; es &quot;%1&quot;; se esperaba uno de %2.</translation>
    </message>
    <message>
        <source>it has no &quot;nameTemplate&quot;.</source>
        <translation>no tiene &quot;nameTemplate&quot;.</translation>
    </message>
    <message>
        <source>&quot;apiVersion&quot; is &quot;%1&quot;; expected &quot;v6&quot; or &quot;v7&quot;.</source>
        <translation>&quot;apiVersion&quot; es &quot;%1&quot;; se esperaba &quot;v6&quot; o &quot;v7&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 sources; a routine can have at most %3: split it into several routines.</source>
        <translation>«%1» tiene %2 orígenes; una rutina puede tener como máximo %3: divídala en varias rutinas.</translation>
    </message>
    <message>
        <source>source %1 of &quot;%2&quot; has &quot;id&quot; %3, which is not a whole number from 0 to %4: write the id as ThousandEyes shows it, in quotes, e.g. &quot;1234&quot;.</source>
        <translation>El origen %1 de «%2» tiene el «id» %3, que no es un número entero de 0 a %4: escriba el id tal como lo muestra ThousandEyes, entre comillas, p. ej. &quot;1234&quot;.</translation>
    </message>
    <message>
        <source>&quot;aid&quot; of &quot;%1&quot; is %2, which is not a whole number from 0 to %3: write the account group ID as ThousandEyes shows it, in quotes, e.g. &quot;1234&quot;.</source>
        <translation>El «aid» de «%1» es %2, que no es un número entero de 0 a %3: escriba el ID del grupo de cuentas tal como lo muestra ThousandEyes, entre comillas, p. ej. &quot;1234&quot;.</translation>
    </message>
</context>
<context>
    <name>ServerSnapshot</name>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La respuesta del servidor no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;dashboardSnapshots&quot; list.</source>
        <translation>La respuesta del servidor no tiene la lista &quot;dashboardSnapshots&quot;.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versión de la API:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>A&amp;utenticación:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>The token comes from the environment (TE_TOKEN or TE_BASIC_TOKEN) for this run; it is not saved and cannot be changed here.</source>
        <translation>El token proviene del entorno (TE_TOKEN o TE_BASIC_TOKEN) para esta ejecución; no se guarda y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Tie&amp;mpo de espera:</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;History limit:</source>
        <translation>Límite del &amp;historial:</translation>
    </message>
    <message>
        <source>History limit</source>
        <translation>Límite del historial</translation>
    </message>
    <message>
        <source> entries</source>
        <translation> entradas</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Se aplica tras reiniciar.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>La respuesta del servidor estaba vacía.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La respuesta del servidor no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no snapshot ID.</source>
        <translation>La respuesta del servidor no tiene ID de instantánea.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an empty (null) snapshot ID.</source>
        <translation>La respuesta del servidor tiene un ID de instantánea vacío (null).</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a snapshot ID that is not text.</source>
        <translation>La respuesta del servidor tiene un ID de instantánea que no es texto.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an empty snapshot ID.</source>
        <translation>La respuesta del servidor tiene un ID de instantánea vacío.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an implausibly long snapshot ID.</source>
        <translation>La respuesta del servidor tiene un ID de instantánea anormalmente largo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a snapshot ID that is not a whole number.</source>
        <translation>La respuesta del servidor tiene un ID de snapshot que no es un número entero.</translation>
    </message>
</context>
<context>
    <name>SnapshotForm</name>
    <message>
        <source>&amp;Account group:</source>
        <translation>&amp;Grupo de cuentas:</translation>
    </message>
    <message>
        <source>Account group</source>
        <translation>Grupo de cuentas</translation>
    </message>
    <message>
        <source>The account group the snapshot is created in</source>
        <translation>El grupo de cuentas en el que se crea la instantánea</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>Pa&amp;nel:</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Reload the list from the server (F5)</source>
        <translation>Volver a cargar la lista desde el servidor (F5)</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Actualizar lista</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Nombre &amp;visible:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>Intervalo de tie&amp;mpo:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Has&amp;ta:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>E&amp;xpiration date:</source>
        <translation>Fecha de e&amp;xpiración:</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Fecha de expiración</translation>
    </message>
    <message>
        <source>Anon&amp;ymize data</source>
        <translation>Anonimi&amp;zar datos</translation>
    </message>
    <message>
        <source>Anonymize data</source>
        <translation>Anonimizar datos</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>&amp;Crear instantánea</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Crear instantánea</translation>
    </message>
    <message>
        <source>Create the snapshot (Ctrl+Return)</source>
        <translation>Crear la instantánea (Ctrl+Retorno)</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>Canc&amp;elar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the request (Esc)</source>
        <translation>Detener la solicitud (Esc)</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Creando</translation>
    </message>
</context>
<context>
    <name>SnapshotRequest</name>
    <message>
        <source>Enter a name for the snapshot.</source>
        <translation>Introduzca un nombre para la instantánea.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: shorten it to %n characters or fewer.</source>
        <translation>
            <numerusform>El nombre es demasiado largo: acórtelo a %n carácter como máximo.</numerusform>
            <numerusform>El nombre es demasiado largo: acórtelo a %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Elija un informe.</translation>
    </message>
    <message>
        <source>Choose a dashboard.</source>
        <translation>Elija un panel.</translation>
    </message>
    <message>
        <source>Enter a start date and time.</source>
        <translation>Introduzca una fecha y hora de inicio.</translation>
    </message>
    <message>
        <source>Enter an end date and time.</source>
        <translation>Introduzca una fecha y hora de fin.</translation>
    </message>
    <message>
        <source>The start must be earlier than the end.</source>
        <translation>El inicio debe ser anterior al fin.</translation>
    </message>
    <message>
        <source>The end is in the future: choose a time no later than now.</source>
        <translation>El fin está en el futuro: elija una hora que no sea posterior a la actual.</translation>
    </message>
    <message>
        <source>The expiration date has passed: choose a later date.</source>
        <translation>La fecha de expiración ya ha pasado: elija una fecha posterior.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone: use a name like Europe/Berlin.</source>
        <translation>&quot;%1&quot; no es una zona horaria conocida: use un nombre como Europe/Madrid.</translation>
    </message>
    <message>
        <source>The name contains a tab, line break or other control character: remove it.</source>
        <translation>El nombre contiene un tabulador, un salto de línea u otro carácter de control: elimínelo.</translation>
    </message>
    <message numerus="yes">
        <source>The expiration date is too far ahead: the API allows at most %n years from now, so choose %1 or earlier.</source>
        <extracomment>%1 is the latest allowed expiration, local time, yyyy-MM-dd HH:mm</extracomment>
        <translation>
            <numerusform>La fecha de caducidad está demasiado lejos: la API permite como máximo %n año desde ahora, así que elija %1 o antes.</numerusform>
            <numerusform>La fecha de caducidad está demasiado lejos: la API permite como máximo %n años desde ahora, así que elija %1 o antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The range is longer than %n days; ThousandEyes keeps test data for about 90 days, so most of the snapshot will be empty.</source>
        <translation>
            <numerusform>El intervalo supera %n día; ThousandEyes conserva los datos de prueba unos 90 días, así que la instantánea estará casi vacía.</numerusform>
            <numerusform>El intervalo supera %n días; ThousandEyes conserva los datos de prueba unos 90 días, así que la instantánea estará casi vacía.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>&quot;%1&quot; is not a valid API address. Use a URL such as https://api.thousandeyes.com/v7.</source>
        <translation>&quot;%1&quot; no es una dirección de API válida. Use una URL como https://api.thousandeyes.com/v7.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http:// to another computer. Use https://; http:// is only allowed for this computer.</source>
        <translation>&quot;%1&quot; usa http:// sin cifrar hacia otro equipo. Use https://; http:// solo se permite para este equipo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API version. Use v6 or v7.</source>
        <translation>&quot;%1&quot; no es una versión de la API. Use v6 o v7.</translation>
    </message>
    <message>
        <source>Create ThousandEyes report and dashboard snapshots.

Environment: TE_API_URL, TE_API_VERSION (v6 or v7), TE_TOKEN (bearer token), TE_EMAIL with TE_BASIC_TOKEN (v6 basic authentication). Tokens from the environment are used for this run and never saved.</source>
        <translation>Crea instantáneas de informes y paneles de ThousandEyes.

Entorno: TE_API_URL, TE_API_VERSION (v6 o v7), TE_TOKEN (token de portador), TE_EMAIL con TE_BASIC_TOKEN (autenticación básica de v6). Los tokens del entorno se usan para esta ejecución y nunca se guardan.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Start with the built-in simulated API; no account needed.</source>
        <translation>Inicia con la API simulada integrada; no se necesita cuenta.</translation>
    </message>
    <message>
        <source>Use this API base URL.</source>
        <translation>Usa esta URL base de la API.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Use this API version: v6 or v7.</source>
        <translation>Usa esta versión de la API: v6 o v7.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>Keep settings and history in this INI file.</source>
        <translation>Guarda la configuración y el historial en este archivo INI.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help.</source>
        <translation>Argumento inesperado &quot;%1&quot;. Consulte --help.</translation>
    </message>
    <message>
        <source>TE_EMAIL and TE_BASIC_TOKEN must be set together.</source>
        <translation>TE_EMAIL y TE_BASIC_TOKEN deben definirse a la vez.</translation>
    </message>
    <message>
        <source>Use this profile (account) for this run.</source>
        <translation>Usar este perfil (cuenta) en esta ejecución.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>--profile needs the name of a profile.</source>
        <translation>--profile necesita el nombre de un perfil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a user name or password in it. Leave them out: the token goes in TE_TOKEN or the keychain.</source>
        <translation>«%1» contiene un nombre de usuario o una contraseña. Quítelos: el token va en TE_TOKEN o en el llavero.</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>No existe el perfil «%1». Perfiles: %2.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::BatchDialog</name>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>aprox. %n min</numerusform>
            <numerusform>aprox. %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>aprox. %1 h %2 min</translation>
    </message>
    <message>
        <source>Batch of snapshots</source>
        <translation>Lote de instantáneas</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Name template</source>
        <translation>Plantilla de nombre</translation>
    </message>
    <message>
        <source>{source}, {group}, {from:yyyy-MM-dd} and {to:yyyy-MM-dd} are filled in for each snapshot; any QDateTime format may follow the colon.</source>
        <translation>{source}, {group}, {from:yyyy-MM-dd} y {to:yyyy-MM-dd} se rellenan para cada instantánea; tras los dos puntos puede ir cualquier formato de QDateTime.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>Inf&amp;ormes:</translation>
    </message>
    <message>
        <source>&amp;Dashboards:</source>
        <translation>&amp;Paneles:</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>Intervalo de tie&amp;mpo:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Has&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Name template:</source>
        <translation>Plantilla de &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>C&amp;ancel batch</source>
        <translation>C&amp;ancelar lote</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>&amp;Reintentar fallidas</translation>
    </message>
    <message>
        <source>Send again every snapshot that failed or was not sent</source>
        <translation>Vuelve a enviar todas las instantáneas que fallaron o no se enviaron</translation>
    </message>
    <message>
        <source>Save as ro&amp;utine…</source>
        <translation>&amp;Guardar como rutina…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>Res&amp;ultados:</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n elegido</numerusform>
            <numerusform>%n elegidos</numerusform>
        </translation>
    </message>
    <message>
        <source>First name: %1</source>
        <translation>Primer nombre: %1</translation>
    </message>
    <message>
        <source>Choose the sources and press Start.</source>
        <translation>Elija los orígenes y pulse Iniciar.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 completadas</translation>
    </message>
    <message numerus="yes">
        <source>The hourly snapshot limit is reached: the remaining %n go at %1, by themselves if this app stays open.</source>
        <translation>
            <numerusform>Se ha alcanzado el límite de instantáneas por hora: la %n restante se enviará por sí sola a las %1 si esta aplicación sigue abierta.</numerusform>
            <numerusform>Se ha alcanzado el límite de instantáneas por hora: las %n restantes se enviarán por sí solas a las %1 si esta aplicación sigue abierta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>tiempo restante: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n creada</numerusform>
            <numerusform>%n creadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n sin enviar</numerusform>
            <numerusform>%n sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>created, ID %1</source>
        <translation>creada, ID %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallida: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>sin enviar</translation>
    </message>
    <message>
        <source>Enter a name for the routine.</source>
        <translation>Introduzca un nombre para la rutina.</translation>
    </message>
    <message>
        <source>A routine needs a relative time range, such as Last week; choose one instead of Custom.</source>
        <translation>Una rutina necesita un intervalo de tiempo relativo, como La semana pasada; elija uno en lugar de Personalizado.</translation>
    </message>
    <message>
        <source>Choose at least one report.</source>
        <translation>Elija al menos un informe.</translation>
    </message>
    <message>
        <source>Choose at least one dashboard.</source>
        <translation>Elija al menos un panel.</translation>
    </message>
    <message>
        <source>Save as routine</source>
        <translation>Guardar como rutina</translation>
    </message>
    <message>
        <source>Routine &amp;name:</source>
        <translation>&amp;Nombre de la rutina:</translation>
    </message>
    <message>
        <source>Routine &quot;%1&quot; saved; run it from the Routines menu.</source>
        <translation>Rutina &quot;%1&quot; guardada; ejecútela desde el menú Rutinas.</translation>
    </message>
    <message>
        <source>Stopped at the first refusal, so that the rest are not refused too: %1</source>
        <translation>Detenido en el primer rechazo, para que el resto no se rechace también: %1</translation>
    </message>
    <message>
        <source>A routine can have at most %1 reports, and %2 are chosen: uncheck some, or save them as several routines.</source>
        <translation>Una rutina puede tener como máximo %1 informes y hay %2 elegidos: desmarque algunos o guárdelos como varias rutinas.</translation>
    </message>
    <message>
        <source>A routine can have at most %1 dashboards, and %2 are chosen: uncheck some, or save them as several routines.</source>
        <translation>Una rutina puede tener como máximo %1 paneles y hay %2 elegidos: desmarque algunos o guárdelos como varias rutinas.</translation>
    </message>
    <message numerus="yes">
        <source>%n being checked</source>
        <translation>
            <numerusform>%n en comprobación</numerusform>
            <numerusform>%n en comprobación</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome unknown, checking the server&apos;s list…</source>
        <translation>resultado desconocido, comprobando la lista del servidor…</translation>
    </message>
    <message>
        <source>{source} the report or dashboard, {group} the account group, {from:yyyy-MM-dd} and {to:HH:mm} the range in any date format.</source>
        <translation>{source} el informe o panel, {group} el grupo de cuentas, {from:yyyy-MM-dd} y {to:HH:mm} el intervalo en cualquier formato de fecha.</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>Anonymize data</source>
        <translation>Anonimizar datos</translation>
    </message>
    <message>
        <source>Account group:</source>
        <translation>Grupo de cuentas:</translation>
    </message>
    <message>
        <source>E&amp;xpiration date:</source>
        <translation>Fecha de &amp;caducidad:</translation>
    </message>
    <message>
        <source>Anonymi&amp;ze data</source>
        <translation>Anoni&amp;mizar datos</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::CredentialStore</name>
    <message>
        <source>No keychain is available on this system, so the token is kept for this session only.</source>
        <translation>No hay ningún llavero disponible en este sistema, así que el token solo se conserva durante esta sesión.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so the token is kept for this session only. Unlock it and save again to keep it.</source>
        <translation>El llavero está bloqueado o denegó el acceso, así que el token solo se conserva durante esta sesión. Desbloquéelo y vuelva a guardar para conservarlo.</translation>
    </message>
    <message>
        <source>The keychain reported a problem (%1), so the token is kept for this session only.</source>
        <extracomment>%1 is the keychain&apos;s own error text (often English)</extracomment>
        <translation>El llavero informó de un problema (%1), así que el token solo se conserva durante esta sesión.</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>No hay ningún llavero disponible en este sistema.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again.</source>
        <translation>El llavero está bloqueado o ha denegado el acceso. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain reported a problem (%1).</source>
        <extracomment>%1 is the keychain&apos;s own error text (often English)</extracomment>
        <translation>El llavero informó de un problema (%1).</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ExpirationDialog</name>
    <message>
        <source>Change expiration</source>
        <translation>Ajustar expiración</translation>
    </message>
    <message>
        <source>Keep the snapshot &quot;%1&quot; until the end of:</source>
        <translation>Conservar la instantánea &quot;%1&quot; hasta el final del día:</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expira el</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Expira el:</translation>
    </message>
    <message numerus="yes">
        <source>At most %n years ahead.</source>
        <translation>
            <numerusform>Como máximo, %n año a partir de hoy.</numerusform>
            <numerusform>Como máximo, %n años a partir de hoy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryModel</name>
    <message>
        <source>Created</source>
        <comment>snapshot status</comment>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the snapshot was made</comment>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Report or dashboard</source>
        <translation>Informe o panel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Account group</source>
        <translation>Grupo de cuentas</translation>
    </message>
    <message>
        <source>Snapshot ID</source>
        <translation>ID de instantánea</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Unknown — checking…</source>
        <comment>snapshot status: sent, answer lost</comment>
        <translation>Desconocido — comprobando…</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so the snapshot may exist. Snapshot Desk looks for it in the server&apos;s list (again at every refresh) and shows the outcome here; do not send it again until then.</source>
        <translation>La solicitud se envió, pero su respuesta se perdió, así que la instantánea puede existir. Snapshot Desk la busca en la lista del servidor (de nuevo en cada actualización) y muestra el resultado aquí; no la envíe de nuevo hasta entonces.</translation>
    </message>
    <message>
        <source>%1
Snapshot ID: %2</source>
        <translation>%1
ID de instantánea: %2</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>column: the account the snapshot was made with</comment>
        <translation>Perfil</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryStore</name>
    <message>
        <source>The history file %1 is damaged; new entries are kept until the app closes.</source>
        <translation>El archivo de historial %1 está dañado; las entradas nuevas se conservan hasta que se cierre la aplicación.</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: check that the file and its folder are writable.</source>
        <translation>No se pudo guardar el historial en %1: compruebe que se puede escribir en el archivo y en su carpeta.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryView</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Name, ID, report, account group…</source>
        <translation>Nombre, ID, informe, grupo de cuentas…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>&amp;Copiar ID</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar en&amp;lace</translation>
    </message>
    <message>
        <source>&amp;Use these settings again</source>
        <translation>&amp;Reutilizar estos parámetros</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Clea&amp;r history…</source>
        <translation>&amp;Vaciar historial…</translation>
    </message>
    <message>
        <source>Fill in the form with this entry&apos;s report or dashboard, times and options</source>
        <translation>Rellena el formulario con el informe o panel, las horas y las opciones de esta entrada</translation>
    </message>
    <message>
        <source>Remove the selected entries from this list; the snapshots stay on ThousandEyes</source>
        <translation>Quita las entradas seleccionadas de esta lista; las instantáneas se mantienen en ThousandEyes</translation>
    </message>
    <message>
        <source>Copied the snapshot ID %1.</source>
        <translation>Se copió el ID de instantánea %1.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n snapshot IDs.</source>
        <translation>
            <numerusform>Se copió %n ID de instantánea.</numerusform>
            <numerusform>Se copiaron %n ID de instantánea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n link(s).</source>
        <translation>
            <numerusform>Se copió %n enlace.</numerusform>
            <numerusform>Se copiaron %n enlaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select at most %n entries to open at once.</source>
        <translation>
            <numerusform>Seleccione como máximo %n entrada para abrir a la vez.</numerusform>
            <numerusform>Seleccione como máximo %n entradas para abrir a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete History Entries</source>
        <translation>Eliminar entradas del historial</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n history entries? The snapshots themselves stay on ThousandEyes.</source>
        <translation>
            <numerusform>¿Eliminar %n entrada del historial? Las instantáneas en sí se mantienen en ThousandEyes.</numerusform>
            <numerusform>¿Eliminar %n entradas del historial? Las instantáneas en sí se mantienen en ThousandEyes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Vaciar historial</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n history entries? The snapshots themselves stay on ThousandEyes.</source>
        <translation>
            <numerusform>¿Eliminar %n entrada del historial? Las instantáneas en sí se mantienen en ThousandEyes.</numerusform>
            <numerusform>¿Eliminar las %n entradas del historial? Las instantáneas en sí se mantienen en ThousandEyes.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear History</source>
        <translation>&amp;Vaciar historial</translation>
    </message>
    <message>
        <source>Could not export the history to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>No se pudo exportar el historial a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Se exportó %n entrada a %1.</numerusform>
            <numerusform>Se exportaron %n entradas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>snapshot-history-selection.csv</source>
        <translation>historial-instantaneas-seleccion.csv</translation>
    </message>
    <message>
        <source>snapshot-history.csv</source>
        <translation>historial-instantaneas.csv</translation>
    </message>
    <message>
        <source>Export Selection to CSV</source>
        <translation>Exportar selección a CSV</translation>
    </message>
    <message>
        <source>Export History to CSV</source>
        <translation>Exportar historial a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No snapshots yet. Every snapshot you create, and every attempt that fails, is listed here.</source>
        <translation>Aún no hay instantáneas. Aquí aparecen todas las instantáneas que cree y todos los intentos fallidos.</translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation>Ninguna entrada coincide con el filtro.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>Export &amp;selected entries to CSV…</source>
        <translation>Exportar las entradas &amp;seleccionadas a CSV…</translation>
    </message>
    <message>
        <source>Export the &amp;whole history to CSV…</source>
        <translation>Exportar &amp;todo el historial a CSV…</translation>
    </message>
    <message>
        <source>Write the selected entries to a CSV file</source>
        <translation>Escribir las entradas seleccionadas en un archivo CSV</translation>
    </message>
    <message>
        <source>Write every entry of the history to a CSV file, whatever the filter shows</source>
        <translation>Escribir todas las entradas del historial en un archivo CSV, sea cual sea el filtro</translation>
    </message>
    <message>
        <source>Prof&amp;ile:</source>
        <translation>Perf&amp;il:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n history entries could not be read and were skipped (%1).</source>
        <translation>
            <numerusform>No se pudo leer %n entrada del historial y se omitió (%1).</numerusform>
            <numerusform>No se pudieron leer %n entradas del historial y se omitieron (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file had damaged lines, which were left out.</source>
        <translation>El archivo de configuración tenía líneas dañadas, que se omitieron.</translation>
    </message>
    <message>
        <source>A copy of the damaged file could not be kept.</source>
        <translation>No se pudo conservar una copia del archivo dañado.</translation>
    </message>
    <message>
        <source>A copy of the damaged file was kept as %1.</source>
        <translation>Se guardó una copia del archivo dañado como %1.</translation>
    </message>
    <message>
        <source>Everything readable was kept.</source>
        <translation>Se conservó todo lo que se podía leer.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la dem&amp;o</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Instantánea</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>&amp;Crear instantánea</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Refresh lists</source>
        <translation>&amp;Actualizar listas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Snapshot Desk</source>
        <translation>&amp;Acerca de Snapshot Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Your account has no account groups that can create snapshots.</source>
        <translation>Su cuenta no tiene grupos de cuentas que puedan crear instantáneas.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor indicó: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Open &amp;settings</source>
        <translation>Abrir config&amp;uración</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; created with ID %2.</source>
        <translation>Instantánea &quot;%1&quot; creada con el ID %2.</translation>
    </message>
    <message>
        <source>The form now holds the settings of &quot;%1&quot;. Check the time range, then create.</source>
        <translation>El formulario contiene ahora los parámetros de &quot;%1&quot;. Compruebe el intervalo de tiempo y después cree la instantánea.</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>Crear de t&amp;odos modos</translation>
    </message>
    <message>
        <source>No ThousandEyes account is set up yet. Try the demo with a simulated API, or enter your API token in Settings.</source>
        <translation>Aún no hay ninguna cuenta de ThousandEyes configurada. Pruebe la demo con una API simulada o introduzca su token de API en Configuración.</translation>
    </message>
    <message>
        <source>dashboard snapshots (v7)</source>
        <translation>instantáneas de paneles (v7)</translation>
    </message>
    <message>
        <source>report snapshots (v6)</source>
        <translation>instantáneas de informes (v6)</translation>
    </message>
    <message>
        <source>Demo mode: simulated API, nothing is sent to ThousandEyes</source>
        <translation>Modo demo: API simulada, no se envía nada a ThousandEyes</translation>
    </message>
    <message>
        <source>Connected to %1 — %2</source>
        <translation>Conectado a %1 — %2</translation>
    </message>
    <message>
        <source>About Snapshot Desk</source>
        <translation>Acerca de Snapshot Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Snapshot Desk %1&lt;/h3&gt;&lt;p&gt;Create ThousandEyes report and dashboard snapshots in one step, keep a searchable history, and see how much of the API rate limit is left.&lt;/p&gt;&lt;p&gt;API tokens are kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Snapshot Desk %1&lt;/h3&gt;&lt;p&gt;Cree instantáneas de informes y paneles de ThousandEyes en un solo paso, conserve un historial en el que puede buscar y vea cuánto queda del límite de solicitudes de la API.&lt;/p&gt;&lt;p&gt;Los tokens de API se guardan en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Server snapshots</source>
        <translation>Instantáneas del servidor</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>R&amp;utinas</translation>
    </message>
    <message numerus="yes">
        <source>The hourly snapshot limit is reached. The remaining %n snapshots of the batch will be created at %1, by themselves if the app stays open.</source>
        <translation>
            <numerusform>Se ha alcanzado el límite de instantáneas por hora. La %n instantánea restante del lote se creará por sí sola a las %1 si la aplicación sigue abierta.</numerusform>
            <numerusform>Se ha alcanzado el límite de instantáneas por hora. Las %n instantáneas restantes del lote se crearán por sí solas a las %1 si la aplicación sigue abierta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;batch</source>
        <translation>M&amp;ostrar lote</translation>
    </message>
    <message numerus="yes">
        <source>Batch finished: %n created</source>
        <translation>
            <numerusform>Lote terminado: %n creada</numerusform>
            <numerusform>Lote terminado: %n creadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n sin enviar</numerusform>
            <numerusform>%n sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>&amp;Reintentar fallidas</translation>
    </message>
    <message>
        <source>New &amp;batch…</source>
        <translation>Nuevo &amp;lote…</translation>
    </message>
    <message>
        <source>&amp;Manage routines…</source>
        <translation>&amp;Gestionar rutinas…</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot;</source>
        <translation>Ejecutar &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Running &quot;%1&quot;: %n snapshots, one after another.</source>
        <translation>
            <numerusform>Ejecutando &quot;%1&quot;: %n instantánea.</numerusform>
            <numerusform>Ejecutando &quot;%1&quot;: %n instantáneas, una tras otra.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved API token was saved for %1, but the app is set to use %2 (by Settings, the command line or TE_API_URL), so the token was not sent. Send it to %2 only if you trust that address.</source>
        <translation>El token de API guardado se guardó para %1, pero la aplicación está configurada para usar %2 (por la configuración, la línea de comandos o TE_API_URL), así que el token no se envió. Envíelo a %2 solo si confía en esa dirección.</translation>
    </message>
    <message>
        <source>&amp;Use the token for %1</source>
        <translation>&amp;Usar el token para %1</translation>
    </message>
    <message>
        <source>The server did make &quot;%1&quot; before the connection ended: ID %2.</source>
        <translation>El servidor sí creó «%1» antes de que terminara la conexión: ID %2.</translation>
    </message>
    <message>
        <source>Checked &quot;%1&quot;: %2</source>
        <translation>«%1» comprobado: %2</translation>
    </message>
    <message>
        <source>Whether &quot;%1&quot; was made is still unknown: the server&apos;s list could not be read. %2</source>
        <translation>Aún no se sabe si «%1» se creó: no se pudo leer la lista del servidor. %2</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>Not connected: no API token for %1</source>
        <translation>Sin conexión: no hay token de API para %1</translation>
    </message>
    <message>
        <source>No ThousandEyes account is set up: enter your API token in Settings, or try the demo.</source>
        <translation>No hay ninguna cuenta de ThousandEyes configurada: introduzca su token de API en la configuración o pruebe la demostración.</translation>
    </message>
    <message>
        <source>No web browser could be opened. The link is copied: paste it into a browser&apos;s address bar. %1</source>
        <translation>No se pudo abrir ningún navegador web. El enlace está copiado: péguelo en la barra de direcciones de un navegador. %1</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>A profile is one ThousandEyes account: its API version, address and token.
Name:</source>
        <translation>Un perfil es una cuenta de ThousandEyes: su versión de API, su dirección y su token.
Nombre:</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentación</translation>
    </message>
    <message>
        <source>Open the user guide in the browser</source>
        <translation>Abrir la guía de uso en el navegador</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Snapshot Desk %1 (Qt %2) on %3
API: %4, %5
Settings: %6
History: %7
Messages: written to the terminal the app was started from (standard error); start it with QT_LOGGING_RULES=&quot;snapshotdesk.*.debug=true&quot; for more.</source>
        <translation>Snapshot Desk %1 (Qt %2) en %3
API: %4, %5
Ajustes: %6
Historial: %7
Mensajes: en el terminal desde el que se inició la aplicación (salida de error); iníciela con QT_LOGGING_RULES=&quot;snapshotdesk.*.debug=true&quot; para ver más.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demostración</translation>
    </message>
    <message>
        <source>Report a Problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>Please describe what you did, what you expected and what happened, and paste these details into the report:</source>
        <translation>Describa qué hizo, qué esperaba y qué ocurrió, y pegue estos datos en el informe:</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar los datos</translation>
    </message>
    <message>
        <source>&amp;Open Issue Tracker</source>
        <translation>&amp;Abrir el gestor de incidencias</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::OutcomeCheck</name>
    <message>
        <source>The connection ended before the server answered, and the server&apos;s list has no snapshot of this name and range: it was not made, and can be sent again.</source>
        <translation>La conexión terminó antes de que el servidor respondiera, y la lista del servidor no tiene ninguna instantánea con este nombre y este intervalo: no se creó y puede enviarse de nuevo.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RateLimitIndicator</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting and cancel the request</source>
        <translation>Dejar de esperar y cancelar la solicitud</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de solicitudes</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: retrying in %n s</source>
        <translation>
            <numerusform>Límite de solicitudes alcanzado: se reintentará en %n s</numerusform>
            <numerusform>Límite de solicitudes alcanzado: se reintentará en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limit reached: sending in %n s</source>
        <translation>
            <numerusform>Límite de solicitudes alcanzado: se enviará en %n s</numerusform>
            <numerusform>Límite de solicitudes alcanzado: se enviará en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <extracomment>Status bar: %1 requests remaining of %2 allowed per minute</extracomment>
        <translation>Límite de solicitudes: quedan %1 de %2</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left, resets in %3</source>
        <extracomment>Status bar: %1 remaining of %2 per minute; %3 a duration such as &quot;42 s&quot; or &quot;3 min&quot;</extracomment>
        <translation>Límite de solicitudes: quedan %1 de %2, se restablece en %3</translation>
    </message>
    <message>
        <source> (low)</source>
        <translation> (bajo)</translation>
    </message>
    <message>
        <source>Rate limit: not known yet</source>
        <translation>Límite de solicitudes: aún desconocido</translation>
    </message>
    <message>
        <source>Snapshots this hour: %1 of %2 left</source>
        <extracomment>Status bar, v7 only: %1 snapshot creations remaining of %2 per hour</extracomment>
        <translation>Instantáneas en esta hora: quedan %1 de %2</translation>
    </message>
    <message>
        <source>Snapshots this hour: none left, resets in %1</source>
        <extracomment>%1 is a duration such as &quot;42 s&quot; or &quot;3 min&quot;</extracomment>
        <translation>Instantáneas en esta hora: no queda ninguna, se restablece en %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <extracomment>Status bar, short form of &quot;Rate limited: retrying in %n s&quot;</extracomment>
        <translation>
            <numerusform>Reintento en %n s</numerusform>
            <numerusform>Reintento en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s</source>
        <extracomment>Status bar, short form of &quot;Rate limit reached: sending in %n s&quot;</extracomment>
        <translation>
            <numerusform>Envío en %n s</numerusform>
            <numerusform>Envío en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests: %1/%2</source>
        <extracomment>Status bar, short: %1 API requests left of %2 this minute</extracomment>
        <translation>Solicitudes: %1/%2</translation>
    </message>
    <message>
        <source>Requests: %1/%2, reset in %3</source>
        <extracomment>Status bar, short: %1 of %2 requests left; %3 a duration such as &quot;42 s&quot;</extracomment>
        <translation>Solicitudes: %1/%2, se renueva en %3</translation>
    </message>
    <message>
        <source>Requests: not known yet</source>
        <extracomment>Status bar, short form of &quot;Rate limit: not known yet&quot;</extracomment>
        <translation>Solicitudes: aún no se sabe</translation>
    </message>
    <message>
        <source>Snapshots: %1/%2</source>
        <extracomment>Status bar, short: %1 snapshot creations left of %2 this hour</extracomment>
        <translation>Instantáneas: %1/%2</translation>
    </message>
    <message>
        <source>Snapshots: 0, reset in %1</source>
        <extracomment>Status bar, short: no snapshot creations left; %1 a duration such as &quot;42 s&quot;</extracomment>
        <translation>Instantáneas: 0, se renueva en %1</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Snapshot &amp;ID:</source>
        <translation>ID de in&amp;stantánea:</translation>
    </message>
    <message>
        <source>Snapshot ID</source>
        <translation>ID de instantánea</translation>
    </message>
    <message>
        <source>Create a snapshot to see its ID here</source>
        <translation>Cree una instantánea para ver aquí su ID</translation>
    </message>
    <message>
        <source>Co&amp;py ID</source>
        <translation>Co&amp;piar ID</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copiar ID</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar en&amp;lace</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>A&amp;brir en el navegador</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Snapshot ID copied.</source>
        <translation>ID de instantánea copiado.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, created %2</source>
        <extracomment>Under the snapshot ID: %1 the snapshot&apos;s name, %2 when it was made (2026-12-03 14:09)</extracomment>
        <translation>«%1», creada el %2</translation>
    </message>
    <message>
        <source>Outcome unknown: checking the server&apos;s list for &quot;%1&quot;.</source>
        <translation>Resultado desconocido: buscando «%1» en la lista del servidor.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RoutineStore</name>
    <message>
        <source>The routine could not be saved to %1: check that the file and its folder are writable.</source>
        <translation>No se pudo guardar la rutina en %1: compruebe que se puede escribir en el archivo y en su carpeta.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>This is not a routines file: it is not valid JSON (%1 at character %2).</source>
        <translation>Este no es un archivo de rutinas: no es JSON válido (%1 en el carácter %2).</translation>
    </message>
    <message>
        <source>This is not a routines file: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Este no es un archivo de rutinas: &quot;format&quot; debe ser &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The routines file has no valid &quot;version&quot;.</source>
        <translation>El archivo de rutinas no tiene un &quot;version&quot; válido.</translation>
    </message>
    <message>
        <source>The routines file was written by a newer Snapshot Desk (format %1); this version reads format %2.</source>
        <translation>El archivo de rutinas se escribió con una versión más reciente de Snapshot Desk (formato %1); esta versión lee el formato %2.</translation>
    </message>
    <message>
        <source>The routines file has no &quot;routines&quot; list.</source>
        <translation>El archivo de rutinas no tiene la lista &quot;routines&quot;.</translation>
    </message>
    <message>
        <source>Routine %1 in the file is not an object.</source>
        <translation>La rutina %1 del archivo no es un objeto.</translation>
    </message>
    <message>
        <source>Routine %1 in the file cannot be read: %2</source>
        <translation>No se puede leer la rutina %1 del archivo: %2</translation>
    </message>
    <message>
        <source>The routines could not be written to %1: %2</source>
        <translation>No se pudieron escribir las rutinas en %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importada)</translation>
    </message>
    <message>
        <source>The routine could not be deleted from %1: check that the file and its folder are writable.</source>
        <translation>No se pudo eliminar la rutina de %1: compruebe que el archivo y su carpeta admiten escritura.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe or a device): choose a routines file that Snapshot Desk exported.</source>
        <translation>%1 no es un archivo normal (es una carpeta, una tubería o un dispositivo): elija un archivo de rutinas exportado por Snapshot Desk.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too large to be a routines file (more than %n MiB): choose a file that Snapshot Desk exported.</source>
        <translation>
            <numerusform>%1 es demasiado grande para ser un archivo de rutinas (más de %n MiB): elija un archivo exportado por Snapshot Desk.</numerusform>
            <numerusform>%1 es demasiado grande para ser un archivo de rutinas (más de %n MiB): elija un archivo exportado por Snapshot Desk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RoutinesDialog</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>&amp;Routines:</source>
        <translation>&amp;Rutinas:</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Export routines</source>
        <translation>Exportar rutinas</translation>
    </message>
    <message>
        <source>Routines (*.json)</source>
        <translation>Rutinas (*.json)</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Importar rutinas</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n sources, %2</source>
        <translation>
            <numerusform>%1 — %n origen, %2</numerusform>
            <numerusform>%1 — %n orígenes, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Name template: %1
Account group: %2
API: %3</source>
        <translation>Plantilla de nombre: %1
Grupo de cuentas: %2
API: %3</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Cambiar nombre de la rutina</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <source>Delete the routine &quot;%1&quot;? Snapshots it made stay.</source>
        <translation>¿Eliminar la rutina &quot;%1&quot;? Las instantáneas que creó se mantienen.</translation>
    </message>
    <message>
        <source>Routines exported to %1.</source>
        <translation>Rutinas exportadas a %1.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>No se importó nada. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n routines imported.</source>
        <translation>
            <numerusform>Se importó %n rutina.</numerusform>
            <numerusform>Se importaron %n rutinas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotCatalog</name>
    <message>
        <source>The snapshot ID &quot;%1&quot; is not valid.</source>
        <translation>El ID de instantánea &quot;%1&quot; no es válido.</translation>
    </message>
    <message>
        <source>Choose an expiration date.</source>
        <translation>Elija una fecha de expiración.</translation>
    </message>
    <message>
        <source>The expiration date must be in the future.</source>
        <translation>La fecha de expiración debe ser futura.</translation>
    </message>
    <message>
        <source>Report snapshots (v6) do not expire, so there is no date to change.</source>
        <translation>Las instantáneas de informes (v6) no caducan, así que no hay ninguna fecha que cambiar.</translation>
    </message>
    <message>
        <source>Not sent: the server refused the credentials for &quot;%1&quot;.</source>
        <translation>No enviado: el servidor rechazó las credenciales para «%1».</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotModel</name>
    <message>
        <source>In history</source>
        <translation>En el historial</translation>
    </message>
    <message>
        <source>Created elsewhere</source>
        <translation>Creada en otro lugar</translation>
    </message>
    <message>
        <source>Gone from the server</source>
        <translation>Ya no está en el servidor</translation>
    </message>
    <message>
        <source>This snapshot is in your history but no longer on the server: it was deleted or has expired.</source>
        <translation>Esta instantánea está en su historial, pero ya no está en el servidor: se eliminó o ha expirado.</translation>
    </message>
    <message>
        <source>Double-click to open in the browser</source>
        <translation>Haga doble clic para abrirla en el navegador</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiración</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartida</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotsView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the list of snapshots from the server again</source>
        <translation>Vuelve a leer la lista de instantáneas del servidor</translation>
    </message>
    <message>
        <source>&amp;Delete on server…</source>
        <translation>Eliminar del servid&amp;or…</translation>
    </message>
    <message>
        <source>Delete on server…</source>
        <translation>Eliminar del servidor…</translation>
    </message>
    <message>
        <source>Change e&amp;xpiration…</source>
        <translation>A&amp;justar expiración…</translation>
    </message>
    <message>
        <source>Change expiration…</source>
        <translation>Ajustar expiración…</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>Filt&amp;ro:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Name, dashboard, status…</source>
        <translation>Nombre, panel, estado…</translation>
    </message>
    <message>
        <source>Server snapshots</source>
        <translation>Instantáneas del servidor</translation>
    </message>
    <message>
        <source>Stop &amp;loading</source>
        <translation>Detener ca&amp;rga</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Detener carga</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n snapshots so far</source>
        <translation>
            <numerusform>Cargando… %n instantánea hasta ahora</numerusform>
            <numerusform>Cargando… %n instantáneas hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>(page %1)</source>
        <translation>(página %1)</translation>
    </message>
    <message>
        <source>Loading stopped; the list shown is the previous one.</source>
        <translation>Carga detenida; la lista que se muestra es la anterior.</translation>
    </message>
    <message>
        <source>The server snapshots could not be listed: %1</source>
        <translation>No se pudieron listar las instantáneas del servidor: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor indicó: %1</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>No se pudo cargar la lista.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be deleted: %2</source>
        <translation>No se pudo eliminar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The expiration of &quot;%1&quot; could not be changed: %2</source>
        <translation>No se pudo cambiar la expiración de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Snapshot %1 was deleted on the server.</source>
        <translation>La instantánea %1 se eliminó del servidor.</translation>
    </message>
    <message>
        <source>Snapshot %1 now expires on %2.</source>
        <translation>La instantánea %1 expira ahora el %2.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Aún no se ha cargado.</translation>
    </message>
    <message>
        <source>Set up an account (or try the demo) to see the snapshots on the server.</source>
        <translation>Configure una cuenta (o pruebe la demo) para ver las instantáneas del servidor.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots on the server</source>
        <translation>
            <numerusform>%n instantánea en el servidor</numerusform>
            <numerusform>%n instantáneas en el servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created elsewhere</source>
        <translation>
            <numerusform>%n creada en otro lugar</numerusform>
            <numerusform>%n creadas en otro lugar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the history gone</source>
        <translation>
            <numerusform>%n del historial ya no está</numerusform>
            <numerusform>%n del historial ya no están</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshots on the ThousandEyes server: %1? Anyone with the link loses access. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n instantánea del servidor de ThousandEyes: %1? Quien tenga el enlace perderá el acceso. Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n instantáneas del servidor de ThousandEyes: %1? Quien tenga el enlace perderá el acceso. Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete on server</source>
        <translation>Eliminar del servidor</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::Session</name>
    <message>
        <source>A batch is already running; wait for it or cancel it first.</source>
        <translation>Ya hay un lote en ejecución; espere a que termine o cancélelo antes.</translation>
    </message>
    <message>
        <source>The batch could not start.</source>
        <translation>No se pudo iniciar el lote.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; is for the %2 API, but the app is set up for %3. Change the API version in Settings to run it.</source>
        <translation>La rutina &quot;%1&quot; es para la API %2, pero la aplicación está configurada para %3. Cambie la versión de la API en Configuración para ejecutarla.</translation>
    </message>
    <message>
        <source>The demo could not start: no local port was free.</source>
        <translation>No se pudo iniciar la demo: no había ningún puerto local libre.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::SettingsDialog</name>
    <message>
        <source>v7 – dashboard snapshots (current)</source>
        <translation>v7 – instantáneas de paneles (actual)</translation>
    </message>
    <message>
        <source>v6 – report snapshots (legacy)</source>
        <translation>v6 – instantáneas de informes (heredada)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token de portador</translation>
    </message>
    <message>
        <source>Basic (e-mail + token)</source>
        <translation>Básica (correo + token)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Basic authentication is only available with API v6.</source>
        <translation>La autenticación básica solo está disponible con la API v6.</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Ocultar token</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Mostrar token</translation>
    </message>
    <message>
        <source>Enter a full address such as %1, or leave the field empty for the official one.</source>
        <translation>Introduzca una dirección completa, como %1, o deje el campo vacío para usar la oficial.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed to this computer (localhost or 127.0.0.1), since the token would travel unencrypted.</source>
        <translation>Use https://. http:// solo se permite hacia este equipo (localhost o 127.0.0.1), ya que el token viajaría sin cifrar.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>La dirección debe empezar por https://.</translation>
    </message>
    <message>
        <source>Basic authentication needs the e-mail address of your ThousandEyes account.</source>
        <translation>La autenticación básica requiere la dirección de correo electrónico de su cuenta de ThousandEyes.</translation>
    </message>
    <message>
        <source>Enter a full e-mail address, such as name@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico completa, como nombre@example.com.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n account group(s); rate limit %1 of %2 remaining</source>
        <translation>
            <numerusform>Conectado: %n grupo de cuentas; quedan %1 de %2 del límite de solicitudes</numerusform>
            <numerusform>Conectado: %n grupos de cuentas; quedan %1 de %2 del límite de solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n account group(s)</source>
        <translation>
            <numerusform>Conectado: %n grupo de cuentas</numerusform>
            <numerusform>Conectado: %n grupos de cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor indicó: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: check that the file and its folder are writable, then press OK again.</source>
        <translation>No se pudo guardar la configuración en %1: compruebe que el archivo y su carpeta admiten escritura y vuelva a pulsar Aceptar.</translation>
    </message>
    <message>
        <source>Paste your API token</source>
        <translation>Pegue su token de API</translation>
    </message>
    <message>
        <source>Saved in the keychain — leave empty to keep it</source>
        <translation>Guardado en el llavero: déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>No API token: enter your ThousandEyes API token above, then test again.</source>
        <translation>No hay token de API: escriba arriba su token de API de ThousandEyes y vuelva a probar.</translation>
    </message>
    <message>
        <source>The server could not be reached: check the base URL above and your network connection, then test again.</source>
        <translation>No se pudo contactar con el servidor: compruebe arriba la URL base y su conexión de red, y vuelva a probar.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http:// only for this computer): correct it above.</source>
        <translation>La URL base debe empezar por https:// (http:// simple solo para este equipo): corríjala arriba.</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>&amp;Olvidar el token</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s saved API token from the keychain</source>
        <translation>Quitar del llavero el token de API guardado de este perfil</translation>
    </message>
    <message>
        <source>The saved token of the profile &quot;%1&quot; was removed from the keychain.</source>
        <translation>El token guardado del perfil «%1» se ha quitado del llavero.</translation>
    </message>
    <message>
        <source>No token was saved for the profile &quot;%1&quot;.</source>
        <translation>No había ningún token guardado para el perfil «%1».</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: the token field is for the token.</source>
        <translation>Quite el nombre de usuario y la contraseña de la dirección: el token tiene su propio campo.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::SnapshotForm</name>
    <message>
        <source>%1 UTC</source>
        <extracomment>Shown next to a date picker: %1 is the same moment in UTC, yyyy-MM-dd HH:mm</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Escriba para buscar</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>Pa&amp;nel:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>I&amp;nforme:</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>An account group in the list; %1 is its name</extracomment>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Tooltip of an account group: %1 is the organisation, %2 the account group</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <extracomment>A report or dashboard that ThousandEyes ships; %1 is its name.</extracomment>
        <translation>%1 (integrado)</translation>
    </message>
    <message>
        <source>This account group has no dashboards. Create one in ThousandEyes, then refresh the list.</source>
        <translation>Este grupo de cuentas no tiene paneles. Cree uno en ThousandEyes y después actualice la lista.</translation>
    </message>
    <message>
        <source>This account group has no reports. Create one in ThousandEyes, then refresh the list.</source>
        <translation>Este grupo de cuentas no tiene informes. Cree uno en ThousandEyes y después actualice la lista.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>A snapshot is being created: wait for it, or cancel it.</source>
        <translation>Se está creando una instantánea: espere a que termine o cancélela.</translation>
    </message>
    <message>
        <source>The dashboards are still loading.</source>
        <translation>Los paneles todavía se están cargando.</translation>
    </message>
    <message>
        <source>The reports are still loading.</source>
        <translation>Los informes todavía se están cargando.</translation>
    </message>
    <message>
        <source>Create the snapshot (Ctrl+Return)</source>
        <translation>Crear la instantánea (Ctrl+Retorno)</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indicación</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]

Creates ThousandEyes report (API v6) and dashboard (API v7) snapshots from scripts, cron and CI, with the settings, token, profiles and history of the Snapshot Desk window.

Commands:
</source>
        <translation>Uso: %1 [opciones] ORDEN [opciones de la orden]

Crea instantáneas de ThousandEyes de informes (API v6) y paneles (API v7) desde scripts, cron y CI, con la configuración, el token, los perfiles y el historial de la ventana de Snapshot Desk.

Órdenes:
</translation>
    </message>
    <message>
        <source>Create a snapshot and print its ID</source>
        <translation>Crear una instantánea y mostrar su ID</translation>
    </message>
    <message>
        <source>List the account groups</source>
        <translation>Listar los grupos de cuentas</translation>
    </message>
    <message>
        <source>List the reports or dashboards of an account group</source>
        <translation>Listar los informes o paneles de un grupo de cuentas</translation>
    </message>
    <message>
        <source>List the snapshots on the server</source>
        <translation>Listar las instantáneas del servidor</translation>
    </message>
    <message>
        <source>Delete snapshots on the server</source>
        <translation>Eliminar instantáneas del servidor</translation>
    </message>
    <message>
        <source>Print the history of snapshots</source>
        <translation>Mostrar el historial de instantáneas</translation>
    </message>
    <message>
        <source>List the saved routines</source>
        <translation>Listar las rutinas guardadas</translation>
    </message>
    <message>
        <source>Run a saved routine now</source>
        <translation>Ejecutar ahora una rutina guardada</translation>
    </message>
    <message>
        <source>List, add or remove profiles (accounts)</source>
        <translation>Listar, añadir o quitar perfiles (cuentas)</translation>
    </message>
    <message>
        <source>Save a profile&apos;s API token in the keychain (read from standard input)</source>
        <translation>Guardar el token de API de un perfil en el llavero (leído de la entrada estándar)</translation>
    </message>
    <message>
        <source>Remove a profile&apos;s API token from the keychain</source>
        <translation>Quitar del llavero el token de API de un perfil</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>
Environment: TE_API_URL, TE_API_VERSION (v6 or v7), TE_TOKEN (bearer token), TE_EMAIL with TE_BASIC_TOKEN (v6 basic authentication); tokens from the environment are used for this run and never saved.

Exit status: 0 success; 1 API or network failure; 2 bad usage or input; 3 authentication or permission (401/403, no token); 4 rate limit not recovered; 5 some items of a batch failed.

`%1 COMMAND --help` describes a command; `man %1` has more.
</source>
        <translation>
Entorno: TE_API_URL, TE_API_VERSION (v6 o v7), TE_TOKEN (token bearer), TE_EMAIL con TE_BASIC_TOKEN (autenticación básica v6); los tokens del entorno se usan en esta ejecución y nunca se guardan.

Estado de salida: 0 éxito; 1 fallo de la API o de la red; 2 uso o entrada incorrectos; 3 autenticación o permiso (401/403, sin token); 4 límite de frecuencia no recuperado; 5 fallaron algunos elementos de un lote.

`%1 ORDEN --help` describe una orden; `man %1` tiene más.
</translation>
    </message>
    <message>
        <source>See `%1 --help`.</source>
        <translation>Véase `%1 --help`.</translation>
    </message>
    <message>
        <source>Give a command: %1.</source>
        <translation>Indique una orden: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command. Commands: %2.</source>
        <translation>«%1» no es una orden. Órdenes: %2.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::Command</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <extracomment>%1 is a sentence of ours, %2 what the server said</extracomment>
        <translation>%1 (El servidor dijo: %2)</translation>
    </message>
    <message>
        <source>The history could not be written (%1); the entry is kept and written again next time.</source>
        <translation>No se pudo escribir el historial (%1); la entrada se conserva y se volverá a escribir la próxima vez.</translation>
    </message>
    <message>
        <source>--profile: there is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>--profile: no existe el perfil «%1». Perfiles: %2.</translation>
    </message>
    <message>
        <source>No API token for the profile &quot;%1&quot;: set TE_TOKEN, or save one with `snapshot-desk-cli login` or in the window (File → Settings).</source>
        <translation>No hay token de API para el perfil «%1»: defina TE_TOKEN o guarde uno con `snapshot-desk-cli login` o en la ventana (Archivo → Configuración).</translation>
    </message>
    <message>
        <source>The saved token of the profile &quot;%1&quot; was saved for %2, not for %3, so it was not sent. Confirm it once in the window, or set TE_TOKEN.</source>
        <translation>El token guardado del perfil «%1» se guardó para %2, no para %3, así que no se envió. Confírmelo una vez en la ventana o defina TE_TOKEN.</translation>
    </message>
    <message numerus="yes">
        <source>The API answered 429 (rate limit): waiting %n second(s), until %1, then trying once more.</source>
        <translation>
            <numerusform>La API respondió 429 (límite de frecuencia): esperando %n segundo, hasta %1, y luego un nuevo intento.</numerusform>
            <numerusform>La API respondió 429 (límite de frecuencia): esperando %n segundos, hasta %1, y luego un nuevo intento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation&apos;s rate limit is used up: waiting %n second(s), until %1, before the next request.</source>
        <translation>
            <numerusform>El límite de frecuencia de la organización está agotado: esperando %n segundo, hasta %1, antes de la siguiente solicitud.</numerusform>
            <numerusform>El límite de frecuencia de la organización está agotado: esperando %n segundos, hasta %1, antes de la siguiente solicitud.</numerusform>
        </translation>
    </message>
    <message>
        <source>--account-group: &quot;%1&quot; names more than one account group: %2. Give its ID.</source>
        <translation>--account-group: «%1» designa más de un grupo de cuentas: %2. Indique su ID.</translation>
    </message>
    <message>
        <source>--account-group: there is no account group &quot;%1&quot;. Account groups: %2.</source>
        <translation>--account-group: no existe el grupo de cuentas «%1». Grupos de cuentas: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::CreateCommand</name>
    <message>
        <source>Creates a snapshot of a report (API v6) or dashboard (API v7) and prints its ID.</source>
        <translation>Crea una instantánea de un informe (API v6) o de un panel (API v7) y muestra su ID.</translation>
    </message>
    <message>
        <source>The report or dashboard, by name or ID.</source>
        <translation>El informe o el panel, por nombre o ID.</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>nombre|id</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>El grupo de cuentas, por nombre o ID (predeterminado: el que usa la ventana).</translation>
    </message>
    <message>
        <source>A time range relative to now: last-hour, last-24h, last-7d, yesterday, last-week or last-30d.</source>
        <translation>Un intervalo relativo a ahora: last-hour, last-24h, last-7d, yesterday, last-week o last-30d.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>Start: &quot;yyyy-MM-dd HH:mm&quot; in local time, or ISO 8601 with Z or an offset.</source>
        <translation>Inicio: «yyyy-MM-dd HH:mm» en hora local, o ISO 8601 con Z o un desfase.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>End, in the same forms as --from.</source>
        <translation>Fin, en las mismas formas que --from.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s display name (default: from the name template in Settings).</source>
        <translation>El nombre visible de la instantánea (predeterminado: según la plantilla de nombre de la configuración).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>v7: the last day (yyyy-MM-dd) the snapshot is kept (default: one year).</source>
        <translation>v7: el último día (yyyy-MM-dd) en que se conserva la instantánea (predeterminado: un año).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>v7: anonymize the snapshot&apos;s data.</source>
        <translation>v7: anonimizar los datos de la instantánea.</translation>
    </message>
    <message>
        <source>Go ahead despite a warning, such as a range of more than 93 days.</source>
        <translation>Continuar pese a una advertencia, como un intervalo de más de 93 días.</translation>
    </message>
    <message>
        <source>Print a JSON object instead of the ID alone.</source>
        <translation>Mostrar un objeto JSON en lugar de solo el ID.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--source is required: the report or dashboard to snapshot, by name or ID.</source>
        <translation>--source es obligatorio: el informe o panel de la instantánea, por nombre o ID.</translation>
    </message>
    <message>
        <source>--range cannot be combined with --from and --to: give one or the other.</source>
        <translation>--range no se puede combinar con --from y --to: indique uno u otro.</translation>
    </message>
    <message>
        <source>A time range is required: --range KEY, or --from and --to.</source>
        <translation>Se necesita un intervalo: --range CLAVE, o --from y --to.</translation>
    </message>
    <message>
        <source>--range: &quot;%1&quot; is not a range. Use last-hour, last-24h, last-7d, yesterday, last-week or last-30d.</source>
        <translation>--range: «%1» no es un intervalo. Use last-hour, last-24h, last-7d, yesterday, last-week o last-30d.</translation>
    </message>
    <message>
        <source>--to is required with --from.</source>
        <translation>--to es obligatorio con --from.</translation>
    </message>
    <message>
        <source>--from is required with --to.</source>
        <translation>--from es obligatorio con --to.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time. Use &quot;yyyy-MM-dd HH:mm&quot; (local time) or ISO 8601 with Z or an offset, e.g. 2026-03-02T18:00:00Z.</source>
        <translation>--%1: «%2» no es una hora. Use «yyyy-MM-dd HH:mm» (hora local) o ISO 8601 con Z o un desfase, p. ej. 2026-03-02T18:00:00Z.</translation>
    </message>
    <message>
        <source>--name: the name cannot be empty.</source>
        <translation>--name: el nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>--expires: &quot;%1&quot; is not a date. Use yyyy-MM-dd.</source>
        <translation>--expires: «%1» no es una fecha. Use yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Add --yes to create it anyway.</source>
        <translation>Añada --yes para crearla de todos modos.</translation>
    </message>
    <message>
        <source>%1 is only for API v7 (dashboard snapshots); the profile uses v6.</source>
        <translation>%1 solo existe para la API v7 (instantáneas de paneles); el perfil usa v6.</translation>
    </message>
    <message>
        <source>--source: &quot;%1&quot; names more than one report: %2. Give its ID.</source>
        <translation>--source: «%1» designa más de un informe: %2. Indique su ID.</translation>
    </message>
    <message>
        <source>--source: &quot;%1&quot; names more than one dashboard: %2. Give its ID.</source>
        <translation>--source: «%1» designa más de un panel: %2. Indique su ID.</translation>
    </message>
    <message>
        <source>--source: there is no report &quot;%1&quot; in %2. Reports: %3.</source>
        <translation>--source: no existe el informe «%1» en %2. Informes: %3.</translation>
    </message>
    <message>
        <source>--source: there is no dashboard &quot;%1&quot; in %2. Dashboards: %3.</source>
        <translation>--source: no existe el panel «%1» en %2. Paneles: %3.</translation>
    </message>
    <message>
        <source>The snapshot was not made: %1</source>
        <translation>La instantánea no se creó: %1</translation>
    </message>
    <message>
        <source>The answer to the create was lost and the server&apos;s list could not be read (%1), so it is not known whether the snapshot was made. The history shows it as unknown; the window checks again at its next start. Do not create it again before.</source>
        <translation>La respuesta a la creación se perdió y no se pudo leer la lista del servidor (%1), así que no se sabe si la instantánea se creó. El historial la muestra como desconocida; la ventana lo comprobará en su próximo inicio. No la cree otra vez antes.</translation>
    </message>
    <message>
        <source>The answer to the create was lost; asking the server&apos;s list whether the snapshot was made.</source>
        <translation>La respuesta a la creación se perdió; se consulta la lista del servidor para saber si la instantánea se creó.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::DeleteCommand</name>
    <message>
        <source>Deletes snapshots on the server, after asking unless --yes is given.</source>
        <translation>Elimina instantáneas del servidor, tras preguntar salvo con --yes.</translation>
    </message>
    <message>
        <source>The IDs of the snapshots to delete.</source>
        <translation>Los ID de las instantáneas que se eliminarán.</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>El grupo de cuentas, por nombre o ID (predeterminado: el que usa la ventana).</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>nombre|id</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>Eliminar sin preguntar.</translation>
    </message>
    <message>
        <source>Give the ID of at least one snapshot to delete (see `snapshot-desk-cli snapshots`).</source>
        <translation>Indique el ID de al menos una instantánea que eliminar (véase `snapshot-desk-cli snapshots`).</translation>
    </message>
    <message>
        <source>Deleting cannot be undone, and there is nobody to ask: add --yes to delete without asking.</source>
        <translation>Eliminar no se puede deshacer y no hay nadie a quien preguntar: añada --yes para eliminar sin preguntar.</translation>
    </message>
    <message>
        <source>There is no snapshot &quot;%1&quot; in the account group %2.</source>
        <translation>No existe la instantánea «%1» en el grupo de cuentas %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s) from the server: %1? This cannot be undone. [y/N] </source>
        <translation>
            <numerusform>¿Eliminar %n instantánea del servidor: %1? No se puede deshacer. [y/N] </numerusform>
            <numerusform>¿Eliminar %n instantáneas del servidor: %1? No se puede deshacer. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 no se eliminó: %2</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::HistoryCommand</name>
    <message>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Prints the history of snapshots, newest first: the window&apos;s history, from the same file. With --profile, only that profile&apos;s entries.</source>
        <translation>Muestra el historial de instantáneas, de la más reciente a la más antigua: el historial de la ventana, del mismo archivo. Con --profile, solo las entradas de ese perfil.</translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation>table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Print at most this many entries, the newest.</source>
        <translation>Mostrar como máximo este número de entradas, las más recientes.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format. Use table, csv or json.</source>
        <translation>--format: «%1» no es un formato. Use table, csv o json.</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number of entries (1 or more).</source>
        <translation>--limit: «%1» no es un número de entradas (1 o más).</translation>
    </message>
    <message>
        <source>--profile: there is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>--profile: no existe el perfil «%1». Perfiles: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read and are left out (%1).</source>
        <translation>
            <numerusform>%n entrada no se pudo leer y se omite (%1).</numerusform>
            <numerusform>%n entradas no se pudieron leer y se omiten (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>SNAPSHOT ID</source>
        <translation>ID DE INSTANTÁNEA</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::ListCommand</name>
    <message>
        <source>Lists the account groups the token can use.</source>
        <translation>Lista los grupos de cuentas que puede usar el token.</translation>
    </message>
    <message>
        <source>Lists the reports (API v6) or dashboards (API v7) of an account group.</source>
        <translation>Lista los informes (API v6) o paneles (API v7) de un grupo de cuentas.</translation>
    </message>
    <message>
        <source>Lists the snapshots on the server for an account group.</source>
        <translation>Lista las instantáneas de un grupo de cuentas en el servidor.</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>El grupo de cuentas, por nombre o ID (predeterminado: el que usa la ventana).</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>nombre|id</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>AID</source>
        <extracomment>Column headers of a table printed by snapshot-desk-cli; * marks the group used by default</extracomment>
        <translation>AID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANIZACIÓN</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DESDE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>HASTA</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>CADUCA</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::ProfilesCommand</name>
    <message>
        <source>Lists the profiles (one per ThousandEyes account), or adds or removes one. A new profile takes --api-version, --api-url, --auth and --email; save its token with `snapshot-desk-cli login --profile NAME`.</source>
        <translation>Lista los perfiles (uno por cuenta de ThousandEyes), o añade o quita uno. Un perfil nuevo admite --api-version, --api-url, --auth y --email; guarde su token con `snapshot-desk-cli login --profile NOMBRE`.</translation>
    </message>
    <message>
        <source>list (the default), add or remove.</source>
        <translation>list (predeterminado), add o remove.</translation>
    </message>
    <message>
        <source>add: bearer (the default) or basic (v6: e-mail and basic token).</source>
        <translation>add: bearer (predeterminado) o basic (v6: correo y token básico).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>add: the account&apos;s e-mail address, for basic authentication.</source>
        <translation>add: la dirección de correo de la cuenta, para la autenticación básica.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>remove: without asking.</source>
        <translation>remove: sin preguntar.</translation>
    </message>
    <message>
        <source>list: print JSON instead of a table.</source>
        <translation>list: mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Give the profile&apos;s name: snapshot-desk-cli profiles %1 NAME.</source>
        <translation>Indique el nombre del perfil: snapshot-desk-cli profiles %1 NOMBRE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of profiles. Use list, add or remove.</source>
        <translation>«%1» no es una acción de profiles. Use list, add o remove.</translation>
    </message>
    <message>
        <source>--auth: &quot;%1&quot; is not a kind of authentication. Use bearer or basic.</source>
        <translation>--auth: «%1» no es un tipo de autenticación. Use bearer o basic.</translation>
    </message>
    <message>
        <source>--auth basic is for API v6 and needs --email: add --api-version v6 --email ADDRESS.</source>
        <translation>--auth basic es para la API v6 y necesita --email: añada --api-version v6 --email DIRECCIÓN.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTENT.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>No se pudo guardar la configuración en %1.</translation>
    </message>
    <message>
        <source>Added the profile &quot;%1&quot;. Save its token with: snapshot-desk-cli login --profile &quot;%1&quot;</source>
        <translation>Perfil «%1» añadido. Guarde su token con: snapshot-desk-cli login --profile &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>No existe el perfil «%1». Perfiles: %2.</translation>
    </message>
    <message>
        <source>The profile &quot;Default&quot; cannot be removed.</source>
        <translation>El perfil «Default» no se puede quitar.</translation>
    </message>
    <message>
        <source>Removing a profile forgets its token; there is nobody to ask: add --yes.</source>
        <translation>Quitar un perfil olvida su token y no hay nadie a quien preguntar: añada --yes.</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its saved token? [y/N] </source>
        <translation>¿Quitar el perfil «%1» y su token guardado? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>No se quitó nada.</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation>Perfil «%1» quitado.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::RoutinesCommand</name>
    <message>
        <source>Lists the saved routines (Routines in the window), or imports those of a file the window exported (Routines → Export).</source>
        <translation>Lista las rutinas guardadas (Rutinas en la ventana) o importa las de un archivo que exportó la ventana (Rutinas → Exportar).</translation>
    </message>
    <message>
        <source>list (the default), or import FILE.</source>
        <translation>list (predeterminado), o import ARCHIVO.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Give the file to import: snapshot-desk-cli routines import FILE.</source>
        <translation>Indique el archivo que importar: snapshot-desk-cli routines import ARCHIVO.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s).</source>
        <translation>
            <numerusform>%n rutina importada.</numerusform>
            <numerusform>%n rutinas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>INTERVALO</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>ORÍGENES</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPO</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::RunRoutineCommand</name>
    <message>
        <source>Runs a saved routine now: one snapshot per report or dashboard, its relative range resolved now, paced by the rate limit as the window&apos;s batch is. Prints the IDs made, one per line.</source>
        <translation>Ejecuta ahora una rutina guardada: una instantánea por informe o panel, con su intervalo relativo resuelto ahora, al ritmo del límite de frecuencia como el lote de la ventana. Muestra los ID creados, uno por línea.</translation>
    </message>
    <message>
        <source>The routine&apos;s name.</source>
        <translation>El nombre de la rutina.</translation>
    </message>
    <message>
        <source>Print a JSON object with every item instead of the IDs.</source>
        <translation>Mostrar un objeto JSON con cada elemento en lugar de los ID.</translation>
    </message>
    <message>
        <source>Give the name of the routine to run (see `snapshot-desk-cli routines`).</source>
        <translation>Indique el nombre de la rutina que ejecutar (véase `snapshot-desk-cli routines`).</translation>
    </message>
    <message>
        <source>Give one routine; put a name with spaces in quotes.</source>
        <translation>Indique una sola rutina; ponga entre comillas un nombre con espacios.</translation>
    </message>
    <message>
        <source>There is no routine &quot;%1&quot;. Routines: %2.</source>
        <translation>No existe la rutina «%1». Rutinas: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one routine: %2.</source>
        <translation>«%1» designa más de una rutina: %2.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 de %3 hechas</translation>
    </message>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>(queda unos %n segundo)</numerusform>
            <numerusform>(quedan unos %n segundos)</numerusform>
        </translation>
    </message>
    <message>
        <source>The hourly snapshot limit is spent; the rest go at %1, by themselves.</source>
        <translation>El límite horario de instantáneas está agotado; las demás saldrán a las %1, por sí solas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not made: %2</source>
        <translation>«%1» no se creó: %2</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::TokenCommand</name>
    <message>
        <source>Reads an API token from standard input (one line) and saves it in the keychain for the profile, bound to its API address. For example: snapshot-desk-cli login &lt; token.txt</source>
        <translation>Lee un token de API de la entrada estándar (una línea) y lo guarda en el llavero para el perfil, vinculado a su dirección de API. Por ejemplo: snapshot-desk-cli login &lt; token.txt</translation>
    </message>
    <message>
        <source>Removes the profile&apos;s saved API token from the keychain.</source>
        <translation>Quita del llavero el token de API guardado del perfil.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--demo needs no token.</source>
        <translation>--demo no necesita token.</translation>
    </message>
    <message>
        <source>Removed the saved token of the profile &quot;%1&quot; from the keychain.</source>
        <translation>Se quitó del llavero el token guardado del perfil «%1».</translation>
    </message>
    <message>
        <source>No token was saved for the profile &quot;%1&quot;.</source>
        <translation>No había ningún token guardado para el perfil «%1».</translation>
    </message>
    <message>
        <source>Paste the API token of the profile &quot;%1&quot; and press Enter: </source>
        <translation>Pegue el token de API del perfil «%1» y pulse Intro: </translation>
    </message>
    <message>
        <source>No token on standard input.</source>
        <translation>No hay token en la entrada estándar.</translation>
    </message>
    <message>
        <source>Saved the token of the profile &quot;%1&quot; in the keychain, for %2.</source>
        <translation>El token del perfil «%1» se guardó en el llavero, para %2.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::json</name>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation>La respuesta del servidor no es JSON válido.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list.</source>
        <translation>La respuesta del servidor no es una lista.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;%1&quot; list.</source>
        <translation>La respuesta del servidor no tiene la lista &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
