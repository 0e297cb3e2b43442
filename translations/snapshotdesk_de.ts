<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>Check the form</source>
        <translation>Formular prüfen</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Insecure address</source>
        <translation>Unsichere Adresse</translation>
    </message>
    <message>
        <source>Already creating</source>
        <translation>Erstellung läuft bereits</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Netzwerkproblem</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>Wartungsarbeiten</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>The form has a problem: correct the highlighted fields and try again.</source>
        <translation>Das Formular enthält Fehler: Korrigieren Sie die markierten Felder und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No API token is set. Open Settings, enter your ThousandEyes API token, and try again.</source>
        <translation>Es ist kein API-Token festgelegt. Öffnen Sie die Einstellungen, geben Sie Ihr ThousandEyes-API-Token ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (plain http:// is only allowed for this computer). Correct the base URL in Settings.</source>
        <translation>Die API-Adresse muss mit https:// beginnen (unverschlüsseltes http:// ist nur für diesen Computer erlaubt). Korrigieren Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>A snapshot is already being created. Wait for it to finish or cancel it.</source>
        <translation>Es wird bereits ein Snapshot erstellt. Warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing was changed.</source>
        <translation>Die Anfrage wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again; if it keeps happening, raise the timeout in Settings.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut; tritt das Problem weiterhin auf, erhöhen Sie das Zeitlimit in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the base URL in Settings and that the server is running.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie die Basis-URL in den Einstellungen und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the base URL in Settings and your network connection.</source>
        <translation>Der Name des Servers wurde nicht gefunden. Prüfen Sie die Basis-URL in den Einstellungen und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network and try again.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the base URL, or ask your administrator about a proxy that intercepts HTTPS.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden, daher wurde nichts gesendet. Prüfen Sie die Basis-URL oder fragen Sie Ihren Administrator nach einem Proxy, der HTTPS abfängt.</translation>
    </message>
    <message>
        <source>The server redirected the request too many times, or to an address that is not allowed. Check the base URL in Settings.</source>
        <translation>Der Server hat die Anfrage zu oft oder an eine nicht zulässige Adresse umgeleitet. Prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than expected and was not read. Check the base URL in Settings.</source>
        <translation>Die Antwort des Servers war viel größer als erwartet und wurde nicht gelesen. Prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Check that the base URL and API version in Settings point at the ThousandEyes API.</source>
        <translation>Die Antwort des Servers war nicht verständlich. Prüfen Sie, ob Basis-URL und API-Version in den Einstellungen auf die ThousandEyes-API verweisen.</translation>
    </message>
    <message>
        <source>The server does not know this API version. Choose the other API version in Settings.</source>
        <translation>Der Server kennt diese API-Version nicht. Wählen Sie in den Einstellungen die andere API-Version.</translation>
    </message>
    <message>
        <source>The server rejected the request as malformed, or the account group is not valid. Check the chosen account group and time range.</source>
        <translation>Der Server hat die Anfrage als fehlerhaft abgelehnt, oder die Kontogruppe ist ungültig. Prüfen Sie die gewählte Kontogruppe und den Zeitraum.</translation>
    </message>
    <message>
        <source>The server did not accept your credentials. Check the API token (and e-mail address) in Settings; the account may also be locked.</source>
        <translation>Der Server hat Ihre Anmeldedaten nicht akzeptiert. Prüfen Sie das API-Token (und die E-Mail-Adresse) in den Einstellungen; eventuell ist auch das Konto gesperrt.</translation>
    </message>
    <message>
        <source>Your role is missing the Edit Snapshots permission, or the account group is not one of yours. Ask your ThousandEyes administrator or pick another account group.</source>
        <translation>Ihrer Rolle fehlt die Berechtigung „Edit Snapshots“, oder die Kontogruppe gehört nicht zu Ihren Kontogruppen. Wenden Sie sich an Ihren ThousandEyes-Administrator oder wählen Sie eine andere Kontogruppe.</translation>
    </message>
    <message>
        <source>The server could not find that report, dashboard or address. Refresh the list and check the base URL in Settings.</source>
        <translation>Der Server hat den Bericht, das Dashboard oder die Adresse nicht gefunden. Aktualisieren Sie die Liste und prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server does not allow this operation at this address. Check the base URL and API version in Settings.</source>
        <translation>Der Server erlaubt diesen Vorgang unter dieser Adresse nicht. Prüfen Sie Basis-URL und API-Version in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server cannot answer in a format this app reads. Check the API version in Settings.</source>
        <translation>Der Server kann in keinem Format antworten, das diese App lesen kann. Prüfen Sie die API-Version in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s format. Check the API version in Settings.</source>
        <translation>Der Server hat das Format der Anfrage nicht akzeptiert. Prüfen Sie die API-Version in den Einstellungen.</translation>
    </message>
    <message>
        <source>The API rate limit is used up. Wait a minute and try again.</source>
        <translation>Das API-Ratenlimit ist ausgeschöpft. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The API rate limit is used up. It resets at %1; try again then.</source>
        <translation>Das API-Ratenlimit ist ausgeschöpft. Es wird um %1 zurückgesetzt; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The hourly limit for creating snapshots is used up. Try again later.</source>
        <translation>Das stündliche Limit für das Erstellen von Snapshots ist ausgeschöpft. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The hourly limit for creating snapshots is used up. It resets at %1; try again then.</source>
        <translation>Das stündliche Limit für das Erstellen von Snapshots ist ausgeschöpft. Es wird um %1 zurückgesetzt; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later; if it keeps happening, contact ThousandEyes support.</source>
        <extracomment>%1 is an HTTP status code such as 500</extracomment>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut; tritt das Problem weiterhin auf, wenden Sie sich an den ThousandEyes-Support.</translation>
    </message>
    <message>
        <source>The ThousandEyes API is down for maintenance. Try again later.</source>
        <translation>Die ThousandEyes-API ist wegen Wartungsarbeiten nicht verfügbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check the base URL and API version in Settings.</source>
        <extracomment>%1 is an HTTP status code such as 418</extracomment>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet. Prüfen Sie Basis-URL und API-Version in den Einstellungen.</translation>
    </message>
    <message>
        <source>Token saved for another address</source>
        <translation>Token für eine andere Adresse gespeichert</translation>
    </message>
    <message>
        <source>The saved token was saved for another API address, so it is not sent to this one. Type the token for this address to test it, or press OK and confirm once that the saved token may be used here.</source>
        <translation>Das gespeicherte Token wurde für eine andere API-Adresse gespeichert und wird daher nicht an diese gesendet. Geben Sie das Token für diese Adresse ein, um sie zu testen, oder drücken Sie OK und bestätigen Sie einmal, dass das gespeicherte Token hier verwendet werden darf.</translation>
    </message>
    <message>
        <source>Outcome not known yet</source>
        <translation>Ergebnis noch unbekannt</translation>
    </message>
    <message>
        <source>The request was sent, but the connection ended before the server&apos;s answer arrived, so the snapshot may have been made. Snapshot Desk is checking the server&apos;s list of snapshots; do not send it again until that check says it was not made.</source>
        <translation>Die Anfrage wurde gesendet, aber die Verbindung endete, bevor die Antwort des Servers ankam; der Snapshot wurde also vielleicht erstellt. Snapshot Desk prüft die Snapshot-Liste des Servers; senden Sie ihn erst wieder, wenn diese Prüfung ergibt, dass er nicht erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>BatchSpec</name>
    <message>
        <source>Choose at least one report.</source>
        <translation>Wählen Sie mindestens einen Bericht.</translation>
    </message>
    <message>
        <source>Choose at least one dashboard.</source>
        <translation>Wählen Sie mindestens ein Dashboard.</translation>
    </message>
    <message>
        <source>Enter a name template, for example &quot;{source} {from:yyyy-MM-dd}&quot;.</source>
        <translation>Geben Sie eine Namensvorlage ein, zum Beispiel &quot;{source} {from:yyyy-MM-dd}&quot;.</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>written by a newer version (schema %1)</source>
        <extracomment>Why a history entry was skipped; %1 is a number</extracomment>
        <translation>von einer neueren Version geschrieben (Schema %1)</translation>
    </message>
    <message>
        <source>no valid creation time</source>
        <translation>kein gültiger Erstellungszeitpunkt</translation>
    </message>
    <message>
        <source>a created snapshot without an ID</source>
        <translation>ein erstellter Snapshot ohne ID</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>not a history record</source>
        <translation>kein Verlaufseintrag</translation>
    </message>
    <message>
        <source>a damaged history record</source>
        <translation>ein beschädigter Verlaufseintrag</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Ein Profilname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters.</source>
        <translation>Ein Profilname darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \ or control characters.</source>
        <translation>Ein Profilname darf weder / noch \ noch Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Es gibt schon ein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>it has no &quot;name&quot;.</source>
        <translation>ihr fehlt &quot;name&quot;.</translation>
    </message>
    <message>
        <source>&quot;sources&quot; must be a non-empty list of reports or dashboards.</source>
        <translation>&quot;sources&quot; muss eine nicht leere Liste von Berichten oder Dashboards sein.</translation>
    </message>
    <message>
        <source>source %1 has no &quot;id&quot;.</source>
        <translation>bei Quelle %1 fehlt &quot;id&quot;.</translation>
    </message>
    <message>
        <source>&quot;range&quot; is &quot;%1&quot;; expected one of %2.</source>
        <translation>&quot;range&quot; ist &quot;%1&quot;; erwartet wird einer dieser Werte: %2.</translation>
    </message>
    <message>
        <source>it has no &quot;nameTemplate&quot;.</source>
        <translation>ihr fehlt &quot;nameTemplate&quot;.</translation>
    </message>
    <message>
        <source>&quot;apiVersion&quot; is &quot;%1&quot;; expected &quot;v6&quot; or &quot;v7&quot;.</source>
        <translation>&quot;apiVersion&quot; ist &quot;%1&quot;; erwartet wird &quot;v6&quot; oder &quot;v7&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 sources; a routine can have at most %3: split it into several routines.</source>
        <translation>„%1“ hat %2 Quellen; eine Routine kann höchstens %3 haben: Teilen Sie sie in mehrere Routinen auf.</translation>
    </message>
    <message>
        <source>source %1 of &quot;%2&quot; has &quot;id&quot; %3, which is not a whole number from 0 to %4: write the id as ThousandEyes shows it, in quotes, e.g. &quot;1234&quot;.</source>
        <translation>Quelle %1 von „%2“ hat die „id“ %3, die keine ganze Zahl von 0 bis %4 ist: Schreiben Sie die ID so, wie ThousandEyes sie anzeigt, in Anführungszeichen, z. B. &quot;1234&quot;.</translation>
    </message>
    <message>
        <source>&quot;aid&quot; of &quot;%1&quot; is %2, which is not a whole number from 0 to %3: write the account group ID as ThousandEyes shows it, in quotes, e.g. &quot;1234&quot;.</source>
        <translation>Die „aid“ von „%1“ ist %2, keine ganze Zahl von 0 bis %3: Schreiben Sie die Kontogruppen-ID so, wie ThousandEyes sie anzeigt, in Anführungszeichen, z. B. &quot;1234&quot;.</translation>
    </message>
</context>
<context>
    <name>ServerSnapshot</name>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;dashboardSnapshots&quot; list.</source>
        <translation>Die Antwort des Servers enthält keine Liste &quot;dashboardSnapshots&quot;.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-To&amp;ken:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>The token comes from the environment (TE_TOKEN or TE_BASIC_TOKEN) for this run; it is not saved and cannot be changed here.</source>
        <translation>Das Token stammt für diesen Start aus der Umgebung (TE_TOKEN oder TE_BASIC_TOKEN); es wird nicht gespeichert und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;History limit:</source>
        <translation>Verlaufs&amp;limit:</translation>
    </message>
    <message>
        <source>History limit</source>
        <translation>Verlaufslimit</translation>
    </message>
    <message>
        <source> entries</source>
        <translation> Einträge</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Wird nach einem Neustart wirksam.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>Die Antwort des Servers war leer.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no snapshot ID.</source>
        <translation>Die Antwort des Servers enthält keine Snapshot-ID.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an empty (null) snapshot ID.</source>
        <translation>Die Antwort des Servers enthält eine leere Snapshot-ID (null).</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a snapshot ID that is not text.</source>
        <translation>Die Antwort des Servers enthält eine Snapshot-ID, die kein Text ist.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an empty snapshot ID.</source>
        <translation>Die Antwort des Servers enthält eine leere Snapshot-ID.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an implausibly long snapshot ID.</source>
        <translation>Die Antwort des Servers enthält eine unplausibel lange Snapshot-ID.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a snapshot ID that is not a whole number.</source>
        <translation>Die Antwort des Servers enthält eine Snapshot-ID, die keine ganze Zahl ist.</translation>
    </message>
</context>
<context>
    <name>SnapshotForm</name>
    <message>
        <source>&amp;Account group:</source>
        <translation>&amp;Kontogruppe:</translation>
    </message>
    <message>
        <source>Account group</source>
        <translation>Kontogruppe</translation>
    </message>
    <message>
        <source>The account group the snapshot is created in</source>
        <translation>Die Kontogruppe, in der der Snapshot erstellt wird</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>Dashboa&amp;rd:</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reload the list from the server (F5)</source>
        <translation>Liste vom Server neu laden (F5)</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Liste aktualisieren</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>E&amp;xpiration date:</source>
        <translation>&amp;Ablaufdatum:</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Anon&amp;ymize data</source>
        <translation>Daten anon&amp;ymisieren</translation>
    </message>
    <message>
        <source>Anonymize data</source>
        <translation>Daten anonymisieren</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>Snapshot &amp;erstellen</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Create the snapshot (Ctrl+Return)</source>
        <translation>Snapshot erstellen (Strg+Return)</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the request (Esc)</source>
        <translation>Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
</context>
<context>
    <name>SnapshotRequest</name>
    <message>
        <source>Enter a name for the snapshot.</source>
        <translation>Geben Sie einen Namen für den Snapshot ein.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: shorten it to %n characters or fewer.</source>
        <translation>
            <numerusform>Der Name ist zu lang: Kürzen Sie ihn auf höchstens %n Zeichen.</numerusform>
            <numerusform>Der Name ist zu lang: Kürzen Sie ihn auf höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Wählen Sie einen Bericht.</translation>
    </message>
    <message>
        <source>Choose a dashboard.</source>
        <translation>Wählen Sie ein Dashboard.</translation>
    </message>
    <message>
        <source>Enter a start date and time.</source>
        <translation>Geben Sie Startdatum und -uhrzeit ein.</translation>
    </message>
    <message>
        <source>Enter an end date and time.</source>
        <translation>Geben Sie Enddatum und -uhrzeit ein.</translation>
    </message>
    <message>
        <source>The start must be earlier than the end.</source>
        <translation>Der Start muss vor dem Ende liegen.</translation>
    </message>
    <message>
        <source>The end is in the future: choose a time no later than now.</source>
        <translation>Das Ende liegt in der Zukunft: Wählen Sie einen Zeitpunkt, der nicht nach jetzt liegt.</translation>
    </message>
    <message>
        <source>The expiration date has passed: choose a later date.</source>
        <translation>Das Ablaufdatum liegt in der Vergangenheit: Wählen Sie ein späteres Datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone: use a name like Europe/Berlin.</source>
        <translation>„%1“ ist keine bekannte Zeitzone: Verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>The name contains a tab, line break or other control character: remove it.</source>
        <translation>Der Name enthält einen Tabulator, Zeilenumbruch oder ein anderes Steuerzeichen: Entfernen Sie es.</translation>
    </message>
    <message numerus="yes">
        <source>The expiration date is too far ahead: the API allows at most %n years from now, so choose %1 or earlier.</source>
        <extracomment>%1 is the latest allowed expiration, local time, yyyy-MM-dd HH:mm</extracomment>
        <translation>
            <numerusform>Das Ablaufdatum liegt zu weit in der Zukunft: Die API erlaubt höchstens %n Jahr ab jetzt, wählen Sie also %1 oder früher.</numerusform>
            <numerusform>Das Ablaufdatum liegt zu weit in der Zukunft: Die API erlaubt höchstens %n Jahre ab jetzt, wählen Sie also %1 oder früher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The range is longer than %n days; ThousandEyes keeps test data for about 90 days, so most of the snapshot will be empty.</source>
        <translation>
            <numerusform>Der Zeitraum ist länger als %n Tag; ThousandEyes bewahrt Testdaten etwa 90 Tage auf, daher wird der Snapshot größtenteils leer sein.</numerusform>
            <numerusform>Der Zeitraum ist länger als %n Tage; ThousandEyes bewahrt Testdaten etwa 90 Tage auf, daher wird der Snapshot größtenteils leer sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>&quot;%1&quot; is not a valid API address. Use a URL such as https://api.thousandeyes.com/v7.</source>
        <translation>„%1“ ist keine gültige API-Adresse. Verwenden Sie eine URL wie https://api.thousandeyes.com/v7.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http:// to another computer. Use https://; http:// is only allowed for this computer.</source>
        <translation>„%1“ verwendet unverschlüsseltes http:// zu einem anderen Computer. Verwenden Sie https://; http:// ist nur für diesen Computer erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API version. Use v6 or v7.</source>
        <translation>„%1“ ist keine API-Version. Verwenden Sie v6 oder v7.</translation>
    </message>
    <message>
        <source>Create ThousandEyes report and dashboard snapshots.

Environment: TE_API_URL, TE_API_VERSION (v6 or v7), TE_TOKEN (bearer token), TE_EMAIL with TE_BASIC_TOKEN (v6 basic authentication). Tokens from the environment are used for this run and never saved.</source>
        <translation>ThousandEyes-Berichts- und -Dashboard-Snapshots erstellen.

Umgebung: TE_API_URL, TE_API_VERSION (v6 oder v7), TE_TOKEN (Bearer-Token), TE_EMAIL mit TE_BASIC_TOKEN (v6-Basic-Authentifizierung). Tokens aus der Umgebung werden nur für diesen Start verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Start with the built-in simulated API; no account needed.</source>
        <translation>Mit der integrierten simulierten API starten; kein Konto nötig.</translation>
    </message>
    <message>
        <source>Use this API base URL.</source>
        <translation>Diese API-Basis-URL verwenden.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Use this API version: v6 or v7.</source>
        <translation>Diese API-Version verwenden: v6 oder v7.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Keep settings and history in this INI file.</source>
        <translation>Einstellungen und Verlauf in dieser INI-Datei speichern.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help.</source>
        <translation>Unerwartetes Argument „%1“. Siehe --help.</translation>
    </message>
    <message>
        <source>TE_EMAIL and TE_BASIC_TOKEN must be set together.</source>
        <translation>TE_EMAIL und TE_BASIC_TOKEN müssen zusammen gesetzt werden.</translation>
    </message>
    <message>
        <source>Use this profile (account) for this run.</source>
        <translation>Dieses Profil (Konto) für diesen Lauf verwenden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>--profile needs the name of a profile.</source>
        <translation>--profile braucht den Namen eines Profils.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a user name or password in it. Leave them out: the token goes in TE_TOKEN or the keychain.</source>
        <translation>„%1“ enthält einen Benutzernamen oder ein Passwort. Lassen Sie sie weg: Das Token gehört in TE_TOKEN oder in den Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>Es gibt kein Profil „%1“. Profile: %2.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::BatchDialog</name>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n Min.</numerusform>
            <numerusform>etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Batch of snapshots</source>
        <translation>Snapshot-Stapelauftrag</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Name template</source>
        <translation>Namensvorlage</translation>
    </message>
    <message>
        <source>{source}, {group}, {from:yyyy-MM-dd} and {to:yyyy-MM-dd} are filled in for each snapshot; any QDateTime format may follow the colon.</source>
        <translation>{source}, {group}, {from:yyyy-MM-dd} und {to:yyyy-MM-dd} werden für jeden Snapshot ausgefüllt; nach dem Doppelpunkt kann ein beliebiges QDateTime-Format folgen.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>Be&amp;richte:</translation>
    </message>
    <message>
        <source>&amp;Dashboards:</source>
        <translation>Dashboa&amp;rds:</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Name template:</source>
        <translation>&amp;Namensvorlage:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>C&amp;ancel batch</source>
        <translation>Stapelauftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>Fehlgeschlagene erne&amp;ut senden</translation>
    </message>
    <message>
        <source>Send again every snapshot that failed or was not sent</source>
        <translation>Alle fehlgeschlagenen oder nicht gesendeten Snapshots erneut senden</translation>
    </message>
    <message>
        <source>Save as ro&amp;utine…</source>
        <translation>Als Rou&amp;tine speichern…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>&amp;Ergebnisse:</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>First name: %1</source>
        <translation>Erster Name: %1</translation>
    </message>
    <message>
        <source>Choose the sources and press Start.</source>
        <translation>Wählen Sie die Quellen aus und klicken Sie auf „Starten“.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>The hourly snapshot limit is reached: the remaining %n go at %1, by themselves if this app stays open.</source>
        <translation>
            <numerusform>Das stündliche Snapshot-Limit ist erreicht: Der restliche %n Snapshot wird um %1 automatisch gesendet, wenn diese App geöffnet bleibt.</numerusform>
            <numerusform>Das stündliche Snapshot-Limit ist erreicht: Die restlichen %n Snapshots werden um %1 automatisch gesendet, wenn diese App geöffnet bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n erstellt</numerusform>
            <numerusform>%n erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>created, ID %1</source>
        <translation>erstellt, ID %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Enter a name for the routine.</source>
        <translation>Geben Sie einen Namen für die Routine ein.</translation>
    </message>
    <message>
        <source>A routine needs a relative time range, such as Last week; choose one instead of Custom.</source>
        <translation>Eine Routine benötigt einen relativen Zeitraum wie „Letzte Woche“; wählen Sie einen solchen statt „Benutzerdefiniert“.</translation>
    </message>
    <message>
        <source>Choose at least one report.</source>
        <translation>Wählen Sie mindestens einen Bericht.</translation>
    </message>
    <message>
        <source>Choose at least one dashboard.</source>
        <translation>Wählen Sie mindestens ein Dashboard.</translation>
    </message>
    <message>
        <source>Save as routine</source>
        <translation>Als Routine speichern</translation>
    </message>
    <message>
        <source>Routine &amp;name:</source>
        <translation>&amp;Name der Routine:</translation>
    </message>
    <message>
        <source>Routine &quot;%1&quot; saved; run it from the Routines menu.</source>
        <translation>Routine „%1“ gespeichert; führen Sie sie über das Menü „Routinen“ aus.</translation>
    </message>
    <message>
        <source>Stopped at the first refusal, so that the rest are not refused too: %1</source>
        <translation>Beim ersten Abweisen angehalten, damit die übrigen nicht ebenfalls abgewiesen werden: %1</translation>
    </message>
    <message>
        <source>A routine can have at most %1 reports, and %2 are chosen: uncheck some, or save them as several routines.</source>
        <translation>Eine Routine kann höchstens %1 Berichte haben, ausgewählt sind %2: Entfernen Sie einige Häkchen oder speichern Sie sie als mehrere Routinen.</translation>
    </message>
    <message>
        <source>A routine can have at most %1 dashboards, and %2 are chosen: uncheck some, or save them as several routines.</source>
        <translation>Eine Routine kann höchstens %1 Dashboards haben, ausgewählt sind %2: Entfernen Sie einige Häkchen oder speichern Sie sie als mehrere Routinen.</translation>
    </message>
    <message numerus="yes">
        <source>%n being checked</source>
        <translation>
            <numerusform>%n wird geprüft</numerusform>
            <numerusform>%n werden geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome unknown, checking the server&apos;s list…</source>
        <translation>Ergebnis unbekannt, Liste des Servers wird geprüft…</translation>
    </message>
    <message>
        <source>{source} the report or dashboard, {group} the account group, {from:yyyy-MM-dd} and {to:HH:mm} the range in any date format.</source>
        <translation>{source} der Bericht oder das Dashboard, {group} die Kontogruppe, {from:yyyy-MM-dd} und {to:HH:mm} der Zeitraum in beliebigem Datumsformat.</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Anonymize data</source>
        <translation>Daten anonymisieren</translation>
    </message>
    <message>
        <source>Account group:</source>
        <translation>Kontogruppe:</translation>
    </message>
    <message>
        <source>E&amp;xpiration date:</source>
        <translation>A&amp;blaufdatum:</translation>
    </message>
    <message>
        <source>Anonymi&amp;ze data</source>
        <translation>Daten anon&amp;ymisieren</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::CredentialStore</name>
    <message>
        <source>No keychain is available on this system, so the token is kept for this session only.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar, daher wird das Token nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so the token is kept for this session only. Unlock it and save again to keep it.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert, daher wird das Token nur für diese Sitzung aufbewahrt. Entsperren Sie den Schlüsselbund und speichern Sie erneut, um das Token zu behalten.</translation>
    </message>
    <message>
        <source>The keychain reported a problem (%1), so the token is kept for this session only.</source>
        <extracomment>%1 is the keychain&apos;s own error text (often English)</extracomment>
        <translation>Der Schlüsselbund hat ein Problem gemeldet (%1), daher wird das Token nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported a problem (%1).</source>
        <extracomment>%1 is the keychain&apos;s own error text (often English)</extracomment>
        <translation>Der Schlüsselbund meldete ein Problem (%1).</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ExpirationDialog</name>
    <message>
        <source>Change expiration</source>
        <translation>Ablaufdatum ändern</translation>
    </message>
    <message>
        <source>Keep the snapshot &quot;%1&quot; until the end of:</source>
        <translation>Snapshot „%1“ aufbewahren bis einschließlich:</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Läuft ab am:</translation>
    </message>
    <message numerus="yes">
        <source>At most %n years ahead.</source>
        <translation>
            <numerusform>Höchstens %n Jahr in der Zukunft.</numerusform>
            <numerusform>Höchstens %n Jahre in der Zukunft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryModel</name>
    <message>
        <source>Created</source>
        <comment>snapshot status</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the snapshot was made</comment>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Report or dashboard</source>
        <translation>Bericht oder Dashboard</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Account group</source>
        <translation>Kontogruppe</translation>
    </message>
    <message>
        <source>Snapshot ID</source>
        <translation>Snapshot-ID</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unknown — checking…</source>
        <comment>snapshot status: sent, answer lost</comment>
        <translation>Unbekannt — wird geprüft…</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so the snapshot may exist. Snapshot Desk looks for it in the server&apos;s list (again at every refresh) and shows the outcome here; do not send it again until then.</source>
        <translation>Die Anfrage wurde gesendet, aber ihre Antwort ging verloren; der Snapshot existiert also vielleicht. Snapshot Desk sucht ihn in der Liste des Servers (erneut bei jeder Aktualisierung) und zeigt das Ergebnis hier; senden Sie ihn bis dahin nicht erneut.</translation>
    </message>
    <message>
        <source>%1
Snapshot ID: %2</source>
        <translation>%1
Snapshot-ID: %2</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>column: the account the snapshot was made with</comment>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryStore</name>
    <message>
        <source>The history file %1 is damaged; new entries are kept until the app closes.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt; neue Einträge werden bis zum Beenden der App aufbewahrt.</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: check that the file and its folder are writable.</source>
        <translation>Der Verlauf konnte nicht in %1 gespeichert werden: Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryView</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Name, ID, report, account group…</source>
        <translation>Name, ID, Bericht, Kontogruppe…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Lin&amp;k kopieren</translation>
    </message>
    <message>
        <source>&amp;Use these settings again</source>
        <translation>Einstellungen &amp;wiederverwenden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Clea&amp;r history…</source>
        <translation>&amp;Verlauf leeren…</translation>
    </message>
    <message>
        <source>Fill in the form with this entry&apos;s report or dashboard, times and options</source>
        <translation>Formular mit Bericht oder Dashboard, Zeiten und Optionen dieses Eintrags ausfüllen</translation>
    </message>
    <message>
        <source>Remove the selected entries from this list; the snapshots stay on ThousandEyes</source>
        <translation>Ausgewählte Einträge aus dieser Liste entfernen; die Snapshots bleiben in ThousandEyes erhalten</translation>
    </message>
    <message>
        <source>Copied the snapshot ID %1.</source>
        <translation>Snapshot-ID %1 kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n snapshot IDs.</source>
        <translation>
            <numerusform>%n Snapshot-ID kopiert.</numerusform>
            <numerusform>%n Snapshot-IDs kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n link(s).</source>
        <translation>
            <numerusform>%n Link kopiert.</numerusform>
            <numerusform>%n Links kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select at most %n entries to open at once.</source>
        <translation>
            <numerusform>Wählen Sie höchstens %n Eintrag zum gleichzeitigen Öffnen aus.</numerusform>
            <numerusform>Wählen Sie höchstens %n Einträge zum gleichzeitigen Öffnen aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete History Entries</source>
        <translation>Verlaufseinträge löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n history entries? The snapshots themselves stay on ThousandEyes.</source>
        <translation>
            <numerusform>%n Verlaufseintrag löschen? Der Snapshot selbst bleibt in ThousandEyes erhalten.</numerusform>
            <numerusform>%n Verlaufseinträge löschen? Die Snapshots selbst bleiben in ThousandEyes erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n history entries? The snapshots themselves stay on ThousandEyes.</source>
        <translation>
            <numerusform>%n Verlaufseintrag löschen? Der Snapshot selbst bleibt in ThousandEyes erhalten.</numerusform>
            <numerusform>Alle %n Verlaufseinträge löschen? Die Snapshots selbst bleiben in ThousandEyes erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear History</source>
        <translation>&amp;Verlauf leeren</translation>
    </message>
    <message>
        <source>Could not export the history to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Der Verlauf konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>snapshot-history-selection.csv</source>
        <translation>snapshot-verlauf-auswahl.csv</translation>
    </message>
    <message>
        <source>snapshot-history.csv</source>
        <translation>snapshot-verlauf.csv</translation>
    </message>
    <message>
        <source>Export Selection to CSV</source>
        <translation>Auswahl als CSV exportieren</translation>
    </message>
    <message>
        <source>Export History to CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No snapshots yet. Every snapshot you create, and every attempt that fails, is listed here.</source>
        <translation>Noch keine Snapshots. Jeder Snapshot, den Sie erstellen, und jeder fehlgeschlagene Versuch wird hier aufgeführt.</translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation>Kein Eintrag entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Export &amp;selected entries to CSV…</source>
        <translation>&amp;Ausgewählte Einträge als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the &amp;whole history to CSV…</source>
        <translation>&amp;Gesamten Verlauf als CSV exportieren…</translation>
    </message>
    <message>
        <source>Write the selected entries to a CSV file</source>
        <translation>Die ausgewählten Einträge in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Write every entry of the history to a CSV file, whatever the filter shows</source>
        <translation>Jeden Eintrag des Verlaufs in eine CSV-Datei schreiben, unabhängig vom Filter</translation>
    </message>
    <message>
        <source>Prof&amp;ile:</source>
        <translation>Prof&amp;il:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n history entries could not be read and were skipped (%1).</source>
        <translation>
            <numerusform>%n Verlaufseintrag konnte nicht gelesen werden und wurde übersprungen (%1).</numerusform>
            <numerusform>%n Verlaufseinträge konnten nicht gelesen werden und wurden übersprungen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file had damaged lines, which were left out.</source>
        <translation>Die Einstellungsdatei enthielt beschädigte Zeilen, die ausgelassen wurden.</translation>
    </message>
    <message>
        <source>A copy of the damaged file could not be kept.</source>
        <translation>Eine Kopie der beschädigten Datei konnte nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <source>A copy of the damaged file was kept as %1.</source>
        <translation>Eine Kopie der beschädigten Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Everything readable was kept.</source>
        <translation>Alles Lesbare wurde übernommen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Snapshot</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>Snapshot &amp;erstellen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Refresh lists</source>
        <translation>&amp;Listen aktualisieren</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Snapshot Desk</source>
        <translation>Ü&amp;ber Snapshot Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Your account has no account groups that can create snapshots.</source>
        <translation>Ihr Konto hat keine Kontogruppen, in denen Snapshots erstellt werden können.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Erne&amp;ut versuchen</translation>
    </message>
    <message>
        <source>Open &amp;settings</source>
        <translation>Einstellun&amp;gen öffnen</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; created with ID %2.</source>
        <translation>Snapshot „%1“ mit der ID %2 erstellt.</translation>
    </message>
    <message>
        <source>The form now holds the settings of &quot;%1&quot;. Check the time range, then create.</source>
        <translation>Das Formular enthält jetzt die Einstellungen von „%1“. Prüfen Sie den Zeitraum und erstellen Sie dann den Snapshot.</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>&amp;Trotzdem erstellen</translation>
    </message>
    <message>
        <source>No ThousandEyes account is set up yet. Try the demo with a simulated API, or enter your API token in Settings.</source>
        <translation>Es ist noch kein ThousandEyes-Konto eingerichtet. Probieren Sie die Demo mit einer simulierten API aus, oder geben Sie Ihr API-Token in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>dashboard snapshots (v7)</source>
        <translation>Dashboard-Snapshots (v7)</translation>
    </message>
    <message>
        <source>report snapshots (v6)</source>
        <translation>Berichts-Snapshots (v6)</translation>
    </message>
    <message>
        <source>Demo mode: simulated API, nothing is sent to ThousandEyes</source>
        <translation>Demomodus: simulierte API, es wird nichts an ThousandEyes gesendet</translation>
    </message>
    <message>
        <source>Connected to %1 — %2</source>
        <translation>Verbunden mit %1 — %2</translation>
    </message>
    <message>
        <source>About Snapshot Desk</source>
        <translation>Über Snapshot Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Snapshot Desk %1&lt;/h3&gt;&lt;p&gt;Create ThousandEyes report and dashboard snapshots in one step, keep a searchable history, and see how much of the API rate limit is left.&lt;/p&gt;&lt;p&gt;API tokens are kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Snapshot Desk %1&lt;/h3&gt;&lt;p&gt;Erstellen Sie ThousandEyes-Berichts- und -Dashboard-Snapshots in einem Schritt, führen Sie einen durchsuchbaren Verlauf und sehen Sie, wie viel vom API-Ratenlimit noch übrig ist.&lt;/p&gt;&lt;p&gt;API-Tokens werden im Schlüsselbund des Systems aufbewahrt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Server snapshots</source>
        <translation>Server-Snapshots</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>Rou&amp;tinen</translation>
    </message>
    <message numerus="yes">
        <source>The hourly snapshot limit is reached. The remaining %n snapshots of the batch will be created at %1, by themselves if the app stays open.</source>
        <translation>
            <numerusform>Das stündliche Snapshot-Limit ist erreicht. Der restliche %n Snapshot des Stapelauftrags wird um %1 automatisch erstellt, wenn die App geöffnet bleibt.</numerusform>
            <numerusform>Das stündliche Snapshot-Limit ist erreicht. Die restlichen %n Snapshots des Stapelauftrags werden um %1 automatisch erstellt, wenn die App geöffnet bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;batch</source>
        <translation>Stapelauftra&amp;g anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Batch finished: %n created</source>
        <translation>
            <numerusform>Stapelauftrag abgeschlossen: %n erstellt</numerusform>
            <numerusform>Stapelauftrag abgeschlossen: %n erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>Fehlgeschlagene erne&amp;ut senden</translation>
    </message>
    <message>
        <source>New &amp;batch…</source>
        <translation>Neuer &amp;Stapelauftrag…</translation>
    </message>
    <message>
        <source>&amp;Manage routines…</source>
        <translation>Routinen &amp;verwalten…</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot;</source>
        <translation>„%1“ ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Running &quot;%1&quot;: %n snapshots, one after another.</source>
        <translation>
            <numerusform>„%1“ wird ausgeführt: %n Snapshot.</numerusform>
            <numerusform>„%1“ wird ausgeführt: %n Snapshots nacheinander.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved API token was saved for %1, but the app is set to use %2 (by Settings, the command line or TE_API_URL), so the token was not sent. Send it to %2 only if you trust that address.</source>
        <translation>Das gespeicherte API-Token wurde für %1 gespeichert, die App ist aber auf %2 eingestellt (durch die Einstellungen, die Befehlszeile oder TE_API_URL); daher wurde das Token nicht gesendet. Senden Sie es nur an %2, wenn Sie dieser Adresse vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Use the token for %1</source>
        <translation>Token für %1 &amp;verwenden</translation>
    </message>
    <message>
        <source>The server did make &quot;%1&quot; before the connection ended: ID %2.</source>
        <translation>Der Server hat „%1“ erstellt, bevor die Verbindung endete: ID %2.</translation>
    </message>
    <message>
        <source>Checked &quot;%1&quot;: %2</source>
        <translation>„%1“ geprüft: %2</translation>
    </message>
    <message>
        <source>Whether &quot;%1&quot; was made is still unknown: the server&apos;s list could not be read. %2</source>
        <translation>Ob „%1“ erstellt wurde, ist noch unbekannt: Die Liste des Servers konnte nicht gelesen werden. %2</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Not connected: no API token for %1</source>
        <translation>Nicht verbunden: kein API-Token für %1</translation>
    </message>
    <message>
        <source>No ThousandEyes account is set up: enter your API token in Settings, or try the demo.</source>
        <translation>Es ist kein ThousandEyes-Konto eingerichtet: Geben Sie Ihr API-Token in den Einstellungen ein oder probieren Sie die Demo aus.</translation>
    </message>
    <message>
        <source>No web browser could be opened. The link is copied: paste it into a browser&apos;s address bar. %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Der Link ist kopiert: Fügen Sie ihn in die Adressleiste eines Browsers ein. %1</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>A profile is one ThousandEyes account: its API version, address and token.
Name:</source>
        <translation>Ein Profil ist ein ThousandEyes-Konto: seine API-Version, Adresse und sein Token.
Name:</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Open the user guide in the browser</source>
        <translation>Die Anleitung im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Problem melden…</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Snapshot Desk %1 (Qt %2) on %3
API: %4, %5
Settings: %6
History: %7
Messages: written to the terminal the app was started from (standard error); start it with QT_LOGGING_RULES=&quot;snapshotdesk.*.debug=true&quot; for more.</source>
        <translation>Snapshot Desk %1 (Qt %2) unter %3
API: %4, %5
Einstellungen: %6
Verlauf: %7
Meldungen: im Terminal, aus dem die App gestartet wurde (Standardfehlerausgabe); mit QT_LOGGING_RULES=&quot;snapshotdesk.*.debug=true&quot; gestartet, gibt sie mehr aus.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Report a Problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>Please describe what you did, what you expected and what happened, and paste these details into the report:</source>
        <translation>Bitte beschreiben Sie, was Sie getan haben, was Sie erwartet haben und was geschehen ist, und fügen Sie diese Angaben in die Meldung ein:</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Issue Tracker</source>
        <translation>Fehler&amp;tracker öffnen</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::OutcomeCheck</name>
    <message>
        <source>The connection ended before the server answered, and the server&apos;s list has no snapshot of this name and range: it was not made, and can be sent again.</source>
        <translation>Die Verbindung endete, bevor der Server antwortete, und die Liste des Servers enthält keinen Snapshot mit diesem Namen und Zeitraum: Er wurde nicht erstellt und kann erneut gesendet werden.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RateLimitIndicator</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting and cancel the request</source>
        <translation>Nicht länger warten und die Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: retrying in %n s</source>
        <translation>
            <numerusform>Ratenlimit erreicht: neuer Versuch in %n s</numerusform>
            <numerusform>Ratenlimit erreicht: neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limit reached: sending in %n s</source>
        <translation>
            <numerusform>Ratenlimit erreicht: Senden in %n s</numerusform>
            <numerusform>Ratenlimit erreicht: Senden in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <extracomment>Status bar: %1 requests remaining of %2 allowed per minute</extracomment>
        <translation>Ratenlimit: %1 von %2 übrig</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left, resets in %3</source>
        <extracomment>Status bar: %1 remaining of %2 per minute; %3 a duration such as &quot;42 s&quot; or &quot;3 min&quot;</extracomment>
        <translation>Ratenlimit: %1 von %2 übrig, Zurücksetzung in %3</translation>
    </message>
    <message>
        <source> (low)</source>
        <translation> (niedrig)</translation>
    </message>
    <message>
        <source>Rate limit: not known yet</source>
        <translation>Ratenlimit: noch unbekannt</translation>
    </message>
    <message>
        <source>Snapshots this hour: %1 of %2 left</source>
        <extracomment>Status bar, v7 only: %1 snapshot creations remaining of %2 per hour</extracomment>
        <translation>Snapshots in dieser Stunde: %1 von %2 übrig</translation>
    </message>
    <message>
        <source>Snapshots this hour: none left, resets in %1</source>
        <extracomment>%1 is a duration such as &quot;42 s&quot; or &quot;3 min&quot;</extracomment>
        <translation>Snapshots in dieser Stunde: keine übrig, Zurücksetzung in %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <extracomment>Status bar, short form of &quot;Rate limited: retrying in %n s&quot;</extracomment>
        <translation>
            <numerusform>Neuer Versuch in %n s</numerusform>
            <numerusform>Neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s</source>
        <extracomment>Status bar, short form of &quot;Rate limit reached: sending in %n s&quot;</extracomment>
        <translation>
            <numerusform>Senden in %n s</numerusform>
            <numerusform>Senden in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests: %1/%2</source>
        <extracomment>Status bar, short: %1 API requests left of %2 this minute</extracomment>
        <translation>Anfragen: %1/%2</translation>
    </message>
    <message>
        <source>Requests: %1/%2, reset in %3</source>
        <extracomment>Status bar, short: %1 of %2 requests left; %3 a duration such as &quot;42 s&quot;</extracomment>
        <translation>Anfragen: %1/%2, neu in %3</translation>
    </message>
    <message>
        <source>Requests: not known yet</source>
        <extracomment>Status bar, short form of &quot;Rate limit: not known yet&quot;</extracomment>
        <translation>Anfragen: noch unbekannt</translation>
    </message>
    <message>
        <source>Snapshots: %1/%2</source>
        <extracomment>Status bar, short: %1 snapshot creations left of %2 this hour</extracomment>
        <translation>Snapshots: %1/%2</translation>
    </message>
    <message>
        <source>Snapshots: 0, reset in %1</source>
        <extracomment>Status bar, short: no snapshot creations left; %1 a duration such as &quot;42 s&quot;</extracomment>
        <translation>Snapshots: 0, neu in %1</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Snapshot &amp;ID:</source>
        <translation>Snapshot-&amp;ID:</translation>
    </message>
    <message>
        <source>Snapshot ID</source>
        <translation>Snapshot-ID</translation>
    </message>
    <message>
        <source>Create a snapshot to see its ID here</source>
        <translation>Erstellen Sie einen Snapshot, um hier seine ID zu sehen</translation>
    </message>
    <message>
        <source>Co&amp;py ID</source>
        <translation>ID ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Im Bro&amp;wser öffnen</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Snapshot ID copied.</source>
        <translation>Snapshot-ID kopiert.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, created %2</source>
        <extracomment>Under the snapshot ID: %1 the snapshot&apos;s name, %2 when it was made (2026-12-03 14:09)</extracomment>
        <translation>„%1“, erstellt %2</translation>
    </message>
    <message>
        <source>Outcome unknown: checking the server&apos;s list for &quot;%1&quot;.</source>
        <translation>Ergebnis unbekannt: Die Liste des Servers wird nach „%1“ durchsucht.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RoutineStore</name>
    <message>
        <source>The routine could not be saved to %1: check that the file and its folder are writable.</source>
        <translation>Die Routine konnte nicht in %1 gespeichert werden: Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>This is not a routines file: it is not valid JSON (%1 at character %2).</source>
        <translation>Dies ist keine Routinendatei: Sie enthält kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>This is not a routines file: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Dies ist keine Routinendatei: &quot;format&quot; muss &quot;%1&quot; sein.</translation>
    </message>
    <message>
        <source>The routines file has no valid &quot;version&quot;.</source>
        <translation>Die Routinendatei hat keine gültige &quot;version&quot;.</translation>
    </message>
    <message>
        <source>The routines file was written by a newer Snapshot Desk (format %1); this version reads format %2.</source>
        <translation>Die Routinendatei wurde von einer neueren Version von Snapshot Desk geschrieben (Format %1); diese Version liest Format %2.</translation>
    </message>
    <message>
        <source>The routines file has no &quot;routines&quot; list.</source>
        <translation>Die Routinendatei enthält keine Liste &quot;routines&quot;.</translation>
    </message>
    <message>
        <source>Routine %1 in the file is not an object.</source>
        <translation>Routine %1 in der Datei ist kein Objekt.</translation>
    </message>
    <message>
        <source>Routine %1 in the file cannot be read: %2</source>
        <translation>Routine %1 in der Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The routines could not be written to %1: %2</source>
        <translation>Die Routinen konnten nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importiert)</translation>
    </message>
    <message>
        <source>The routine could not be deleted from %1: check that the file and its folder are writable.</source>
        <translation>Die Routine konnte nicht aus %1 gelöscht werden: Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe or a device): choose a routines file that Snapshot Desk exported.</source>
        <translation>%1 ist keine normale Datei (sondern ein Ordner, eine Pipe oder ein Gerät): Wählen Sie eine Routinendatei, die Snapshot Desk exportiert hat.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too large to be a routines file (more than %n MiB): choose a file that Snapshot Desk exported.</source>
        <translation>
            <numerusform>%1 ist zu groß für eine Routinendatei (mehr als %n MiB): Wählen Sie eine Datei, die Snapshot Desk exportiert hat.</numerusform>
            <numerusform>%1 ist zu groß für eine Routinendatei (mehr als %n MiB): Wählen Sie eine Datei, die Snapshot Desk exportiert hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RoutinesDialog</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>&amp;Routines:</source>
        <translation>&amp;Routinen:</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Export routines</source>
        <translation>Routinen exportieren</translation>
    </message>
    <message>
        <source>Routines (*.json)</source>
        <translation>Routinen (*.json)</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Routinen importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n sources, %2</source>
        <translation>
            <numerusform>%1 — %n Quelle, %2</numerusform>
            <numerusform>%1 — %n Quellen, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Name template: %1
Account group: %2
API: %3</source>
        <translation>Namensvorlage: %1
Kontogruppe: %2
API: %3</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Delete the routine &quot;%1&quot;? Snapshots it made stay.</source>
        <translation>Routine „%1“ löschen? Die damit erstellten Snapshots bleiben erhalten.</translation>
    </message>
    <message>
        <source>Routines exported to %1.</source>
        <translation>Routinen nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n routines imported.</source>
        <translation>
            <numerusform>%n Routine importiert.</numerusform>
            <numerusform>%n Routinen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotCatalog</name>
    <message>
        <source>The snapshot ID &quot;%1&quot; is not valid.</source>
        <translation>Die Snapshot-ID „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>Choose an expiration date.</source>
        <translation>Wählen Sie ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>The expiration date must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Report snapshots (v6) do not expire, so there is no date to change.</source>
        <translation>Berichts-Snapshots (v6) laufen nicht ab, daher gibt es kein Datum zu ändern.</translation>
    </message>
    <message>
        <source>Not sent: the server refused the credentials for &quot;%1&quot;.</source>
        <translation>Nicht gesendet: Der Server hat die Anmeldedaten für „%1“ abgewiesen.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotModel</name>
    <message>
        <source>In history</source>
        <translation>Im Verlauf</translation>
    </message>
    <message>
        <source>Created elsewhere</source>
        <translation>Anderswo erstellt</translation>
    </message>
    <message>
        <source>Gone from the server</source>
        <translation>Nicht mehr auf dem Server</translation>
    </message>
    <message>
        <source>This snapshot is in your history but no longer on the server: it was deleted or has expired.</source>
        <translation>Dieser Snapshot ist in Ihrem Verlauf, aber nicht mehr auf dem Server: Er wurde gelöscht oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>Double-click to open in the browser</source>
        <translation>Doppelklicken, um im Browser zu öffnen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotsView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the list of snapshots from the server again</source>
        <translation>Liste der Snapshots erneut vom Server lesen</translation>
    </message>
    <message>
        <source>&amp;Delete on server…</source>
        <translation>Vo&amp;m Server löschen…</translation>
    </message>
    <message>
        <source>Delete on server…</source>
        <translation>Vom Server löschen…</translation>
    </message>
    <message>
        <source>Change e&amp;xpiration…</source>
        <translation>Abla&amp;ufdatum ändern…</translation>
    </message>
    <message>
        <source>Change expiration…</source>
        <translation>Ablaufdatum ändern…</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Name, dashboard, status…</source>
        <translation>Name, Dashboard, Status…</translation>
    </message>
    <message>
        <source>Server snapshots</source>
        <translation>Server-Snapshots</translation>
    </message>
    <message>
        <source>Stop &amp;loading</source>
        <translation>Ladevor&amp;gang abbrechen</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Ladevorgang abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n snapshots so far</source>
        <translation>
            <numerusform>Wird geladen… bisher %n Snapshot</numerusform>
            <numerusform>Wird geladen… bisher %n Snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>(page %1)</source>
        <translation>(Seite %1)</translation>
    </message>
    <message>
        <source>Loading stopped; the list shown is the previous one.</source>
        <translation>Laden abgebrochen; angezeigt wird die vorherige Liste.</translation>
    </message>
    <message>
        <source>The server snapshots could not be listed: %1</source>
        <translation>Die Snapshots auf dem Server konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>Die Liste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be deleted: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The expiration of &quot;%1&quot; could not be changed: %2</source>
        <translation>Das Ablaufdatum von „%1“ konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Snapshot %1 was deleted on the server.</source>
        <translation>Snapshot %1 wurde auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>Snapshot %1 now expires on %2.</source>
        <translation>Snapshot %1 läuft jetzt am %2 ab.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Noch nicht geladen.</translation>
    </message>
    <message>
        <source>Set up an account (or try the demo) to see the snapshots on the server.</source>
        <translation>Richten Sie ein Konto ein (oder probieren Sie die Demo aus), um die Snapshots auf dem Server zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots on the server</source>
        <translation>
            <numerusform>%n Snapshot auf dem Server</numerusform>
            <numerusform>%n Snapshots auf dem Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created elsewhere</source>
        <translation>
            <numerusform>%n anderswo erstellt</numerusform>
            <numerusform>%n anderswo erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the history gone</source>
        <translation>
            <numerusform>%n aus dem Verlauf nicht mehr vorhanden</numerusform>
            <numerusform>%n aus dem Verlauf nicht mehr vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshots on the ThousandEyes server: %1? Anyone with the link loses access. This cannot be undone.</source>
        <translation>
            <numerusform>%n Snapshot auf dem ThousandEyes-Server löschen: %1? Alle, die den Link haben, verlieren den Zugriff. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Snapshots auf dem ThousandEyes-Server löschen: %1? Alle, die den Link haben, verlieren den Zugriff. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete on server</source>
        <translation>Vom Server löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::Session</name>
    <message>
        <source>A batch is already running; wait for it or cancel it first.</source>
        <translation>Es läuft bereits ein Stapelauftrag; warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>The batch could not start.</source>
        <translation>Der Stapelauftrag konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; is for the %2 API, but the app is set up for %3. Change the API version in Settings to run it.</source>
        <translation>Die Routine „%1“ ist für die %2-API, die App ist aber für %3 eingerichtet. Ändern Sie die API-Version in den Einstellungen, um sie auszuführen.</translation>
    </message>
    <message>
        <source>The demo could not start: no local port was free.</source>
        <translation>Die Demo konnte nicht gestartet werden: Kein lokaler Port war frei.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::SettingsDialog</name>
    <message>
        <source>v7 – dashboard snapshots (current)</source>
        <translation>v7 – Dashboard-Snapshots (aktuell)</translation>
    </message>
    <message>
        <source>v6 – report snapshots (legacy)</source>
        <translation>v6 – Berichts-Snapshots (veraltet)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Basic (e-mail + token)</source>
        <translation>Basic (E-Mail + Token)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Basic authentication is only available with API v6.</source>
        <translation>Basic-Authentifizierung ist nur mit API v6 verfügbar.</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Token ausblenden</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Enter a full address such as %1, or leave the field empty for the official one.</source>
        <translation>Geben Sie eine vollständige Adresse wie %1 ein, oder lassen Sie das Feld für die offizielle Adresse leer.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed to this computer (localhost or 127.0.0.1), since the token would travel unencrypted.</source>
        <translation>Verwenden Sie https://. Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt (localhost oder 127.0.0.1), da das Token unverschlüsselt übertragen würde.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Basic authentication needs the e-mail address of your ThousandEyes account.</source>
        <translation>Für die Basic-Authentifizierung wird die E-Mail-Adresse Ihres ThousandEyes-Kontos benötigt.</translation>
    </message>
    <message>
        <source>Enter a full e-mail address, such as name@example.com.</source>
        <translation>Geben Sie eine vollständige E-Mail-Adresse ein, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n account group(s); rate limit %1 of %2 remaining</source>
        <translation>
            <numerusform>Verbunden: %n Kontogruppe; Ratenlimit: %1 von %2 übrig</numerusform>
            <numerusform>Verbunden: %n Kontogruppen; Ratenlimit: %1 von %2 übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n account group(s)</source>
        <translation>
            <numerusform>Verbunden: %n Kontogruppe</numerusform>
            <numerusform>Verbunden: %n Kontogruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: check that the file and its folder are writable, then press OK again.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden: Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind, und klicken Sie dann erneut auf OK.</translation>
    </message>
    <message>
        <source>Paste your API token</source>
        <translation>API-Token hier einfügen</translation>
    </message>
    <message>
        <source>Saved in the keychain — leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert – leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>No API token: enter your ThousandEyes API token above, then test again.</source>
        <translation>Kein API-Token: Geben Sie oben Ihr ThousandEyes-API-Token ein und testen Sie erneut.</translation>
    </message>
    <message>
        <source>The server could not be reached: check the base URL above and your network connection, then test again.</source>
        <translation>Der Server war nicht erreichbar: Prüfen Sie oben die Basis-URL und Ihre Netzwerkverbindung und testen Sie erneut.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http:// only for this computer): correct it above.</source>
        <translation>Die Basis-URL muss mit https:// beginnen (einfaches http:// nur für diesen Computer): Korrigieren Sie sie oben.</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>Token &amp;vergessen</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s saved API token from the keychain</source>
        <translation>Das gespeicherte API-Token dieses Profils aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>The saved token of the profile &quot;%1&quot; was removed from the keychain.</source>
        <translation>Das gespeicherte Token des Profils „%1“ wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>No token was saved for the profile &quot;%1&quot;.</source>
        <translation>Für das Profil „%1“ war kein Token gespeichert.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: the token field is for the token.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg: Das Token gehört in das Feld für das Token.</translation>
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
        <translation>Zum Suchen tippen</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>Dashboa&amp;rd:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>Be&amp;richt:</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>An account group in the list; %1 is its name</extracomment>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Tooltip of an account group: %1 is the organisation, %2 the account group</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <extracomment>A report or dashboard that ThousandEyes ships; %1 is its name.</extracomment>
        <translation>%1 (integriert)</translation>
    </message>
    <message>
        <source>This account group has no dashboards. Create one in ThousandEyes, then refresh the list.</source>
        <translation>Diese Kontogruppe hat keine Dashboards. Erstellen Sie eines in ThousandEyes und aktualisieren Sie dann die Liste.</translation>
    </message>
    <message>
        <source>This account group has no reports. Create one in ThousandEyes, then refresh the list.</source>
        <translation>Diese Kontogruppe hat keine Berichte. Erstellen Sie einen in ThousandEyes und aktualisieren Sie dann die Liste.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>A snapshot is being created: wait for it, or cancel it.</source>
        <translation>Ein Snapshot wird gerade erstellt: Warten Sie darauf oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>The dashboards are still loading.</source>
        <translation>Die Dashboards werden noch geladen.</translation>
    </message>
    <message>
        <source>The reports are still loading.</source>
        <translation>Die Berichte werden noch geladen.</translation>
    </message>
    <message>
        <source>Create the snapshot (Ctrl+Return)</source>
        <translation>Snapshot erstellen (Strg+Return)</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]

Creates ThousandEyes report (API v6) and dashboard (API v7) snapshots from scripts, cron and CI, with the settings, token, profiles and history of the Snapshot Desk window.

Commands:
</source>
        <translation>Aufruf: %1 [Optionen] BEFEHL [Befehlsoptionen]

Erstellt ThousandEyes-Snapshots von Berichten (API v6) und Dashboards (API v7) aus Skripten, cron und CI, mit den Einstellungen, dem Token, den Profilen und dem Verlauf des Snapshot-Desk-Fensters.

Befehle:
</translation>
    </message>
    <message>
        <source>Create a snapshot and print its ID</source>
        <translation>Einen Snapshot erstellen und seine ID ausgeben</translation>
    </message>
    <message>
        <source>List the account groups</source>
        <translation>Die Kontogruppen auflisten</translation>
    </message>
    <message>
        <source>List the reports or dashboards of an account group</source>
        <translation>Die Berichte oder Dashboards einer Kontogruppe auflisten</translation>
    </message>
    <message>
        <source>List the snapshots on the server</source>
        <translation>Die Snapshots auf dem Server auflisten</translation>
    </message>
    <message>
        <source>Delete snapshots on the server</source>
        <translation>Snapshots auf dem Server löschen</translation>
    </message>
    <message>
        <source>Print the history of snapshots</source>
        <translation>Den Verlauf der Snapshots ausgeben</translation>
    </message>
    <message>
        <source>List the saved routines</source>
        <translation>Die gespeicherten Routinen auflisten</translation>
    </message>
    <message>
        <source>Run a saved routine now</source>
        <translation>Eine gespeicherte Routine jetzt ausführen</translation>
    </message>
    <message>
        <source>List, add or remove profiles (accounts)</source>
        <translation>Profile (Konten) auflisten, hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Save a profile&apos;s API token in the keychain (read from standard input)</source>
        <translation>Das API-Token eines Profils im Schlüsselbund speichern (von der Standardeingabe gelesen)</translation>
    </message>
    <message>
        <source>Remove a profile&apos;s API token from the keychain</source>
        <translation>Das API-Token eines Profils aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>
Environment: TE_API_URL, TE_API_VERSION (v6 or v7), TE_TOKEN (bearer token), TE_EMAIL with TE_BASIC_TOKEN (v6 basic authentication); tokens from the environment are used for this run and never saved.

Exit status: 0 success; 1 API or network failure; 2 bad usage or input; 3 authentication or permission (401/403, no token); 4 rate limit not recovered; 5 some items of a batch failed.

`%1 COMMAND --help` describes a command; `man %1` has more.
</source>
        <translation>
Umgebung: TE_API_URL, TE_API_VERSION (v6 oder v7), TE_TOKEN (Bearer-Token), TE_EMAIL mit TE_BASIC_TOKEN (v6-Basic-Authentifizierung); Tokens aus der Umgebung gelten nur für diesen Lauf und werden nie gespeichert.

Exit-Status: 0 Erfolg; 1 Fehler der API oder des Netzwerks; 2 falscher Aufruf oder falsche Eingabe; 3 Authentifizierung oder Berechtigung (401/403, kein Token); 4 Ratenlimit nicht erholt; 5 einige Einträge eines Stapels fehlgeschlagen.

`%1 BEFEHL --help` beschreibt einen Befehl; `man %1` enthält mehr.
</translation>
    </message>
    <message>
        <source>See `%1 --help`.</source>
        <translation>Siehe `%1 --help`.</translation>
    </message>
    <message>
        <source>Give a command: %1.</source>
        <translation>Geben Sie einen Befehl an: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command. Commands: %2.</source>
        <translation>„%1“ ist kein Befehl. Befehle: %2.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::Command</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <extracomment>%1 is a sentence of ours, %2 what the server said</extracomment>
        <translation>%1 (Der Server sagte: %2)</translation>
    </message>
    <message>
        <source>The history could not be written (%1); the entry is kept and written again next time.</source>
        <translation>Der Verlauf konnte nicht geschrieben werden (%1); der Eintrag bleibt erhalten und wird beim nächsten Mal erneut geschrieben.</translation>
    </message>
    <message>
        <source>--profile: there is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>--profile: Es gibt kein Profil „%1“. Profile: %2.</translation>
    </message>
    <message>
        <source>No API token for the profile &quot;%1&quot;: set TE_TOKEN, or save one with `snapshot-desk-cli login` or in the window (File → Settings).</source>
        <translation>Kein API-Token für das Profil „%1“: Setzen Sie TE_TOKEN oder speichern Sie eines mit `snapshot-desk-cli login` oder im Fenster (Datei → Einstellungen).</translation>
    </message>
    <message>
        <source>The saved token of the profile &quot;%1&quot; was saved for %2, not for %3, so it was not sent. Confirm it once in the window, or set TE_TOKEN.</source>
        <translation>Das gespeicherte Token des Profils „%1“ wurde für %2 gespeichert, nicht für %3, und daher nicht gesendet. Bestätigen Sie es einmal im Fenster oder setzen Sie TE_TOKEN.</translation>
    </message>
    <message numerus="yes">
        <source>The API answered 429 (rate limit): waiting %n second(s), until %1, then trying once more.</source>
        <translation>
            <numerusform>Die API antwortete 429 (Ratenlimit): Warte %n Sekunde, bis %1, dann ein weiterer Versuch.</numerusform>
            <numerusform>Die API antwortete 429 (Ratenlimit): Warte %n Sekunden, bis %1, dann ein weiterer Versuch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation&apos;s rate limit is used up: waiting %n second(s), until %1, before the next request.</source>
        <translation>
            <numerusform>Das Ratenlimit der Organisation ist aufgebraucht: Warte %n Sekunde, bis %1, vor der nächsten Anfrage.</numerusform>
            <numerusform>Das Ratenlimit der Organisation ist aufgebraucht: Warte %n Sekunden, bis %1, vor der nächsten Anfrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>--account-group: &quot;%1&quot; names more than one account group: %2. Give its ID.</source>
        <translation>--account-group: „%1“ bezeichnet mehr als eine Kontogruppe: %2. Geben Sie ihre ID an.</translation>
    </message>
    <message>
        <source>--account-group: there is no account group &quot;%1&quot;. Account groups: %2.</source>
        <translation>--account-group: Es gibt keine Kontogruppe „%1“. Kontogruppen: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::CreateCommand</name>
    <message>
        <source>Creates a snapshot of a report (API v6) or dashboard (API v7) and prints its ID.</source>
        <translation>Erstellt einen Snapshot eines Berichts (API v6) oder Dashboards (API v7) und gibt seine ID aus.</translation>
    </message>
    <message>
        <source>The report or dashboard, by name or ID.</source>
        <translation>Der Bericht oder das Dashboard, nach Name oder ID.</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>Name|ID</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>Die Kontogruppe, nach Name oder ID (Standard: die des Fensters).</translation>
    </message>
    <message>
        <source>A time range relative to now: last-hour, last-24h, last-7d, yesterday, last-week or last-30d.</source>
        <translation>Ein Zeitraum relativ zu jetzt: last-hour, last-24h, last-7d, yesterday, last-week oder last-30d.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Start: &quot;yyyy-MM-dd HH:mm&quot; in local time, or ISO 8601 with Z or an offset.</source>
        <translation>Beginn: „yyyy-MM-dd HH:mm“ in Ortszeit oder ISO 8601 mit Z oder einem Versatz.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>End, in the same forms as --from.</source>
        <translation>Ende, in denselben Formen wie --from.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s display name (default: from the name template in Settings).</source>
        <translation>Der Anzeigename des Snapshots (Standard: aus der Namensvorlage der Einstellungen).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>v7: the last day (yyyy-MM-dd) the snapshot is kept (default: one year).</source>
        <translation>v7: der letzte Tag (yyyy-MM-dd), an dem der Snapshot aufbewahrt wird (Standard: ein Jahr).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>v7: anonymize the snapshot&apos;s data.</source>
        <translation>v7: die Daten des Snapshots anonymisieren.</translation>
    </message>
    <message>
        <source>Go ahead despite a warning, such as a range of more than 93 days.</source>
        <translation>Trotz einer Warnung fortfahren, etwa bei einem Zeitraum von mehr als 93 Tagen.</translation>
    </message>
    <message>
        <source>Print a JSON object instead of the ID alone.</source>
        <translation>Ein JSON-Objekt statt nur der ID ausgeben.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--source is required: the report or dashboard to snapshot, by name or ID.</source>
        <translation>--source ist erforderlich: der Bericht oder das Dashboard für den Snapshot, nach Name oder ID.</translation>
    </message>
    <message>
        <source>--range cannot be combined with --from and --to: give one or the other.</source>
        <translation>--range kann nicht mit --from und --to kombiniert werden: Geben Sie das eine oder das andere an.</translation>
    </message>
    <message>
        <source>A time range is required: --range KEY, or --from and --to.</source>
        <translation>Ein Zeitraum ist erforderlich: --range SCHLÜSSEL oder --from und --to.</translation>
    </message>
    <message>
        <source>--range: &quot;%1&quot; is not a range. Use last-hour, last-24h, last-7d, yesterday, last-week or last-30d.</source>
        <translation>--range: „%1“ ist kein Zeitraum. Verwenden Sie last-hour, last-24h, last-7d, yesterday, last-week oder last-30d.</translation>
    </message>
    <message>
        <source>--to is required with --from.</source>
        <translation>--to ist mit --from erforderlich.</translation>
    </message>
    <message>
        <source>--from is required with --to.</source>
        <translation>--from ist mit --to erforderlich.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time. Use &quot;yyyy-MM-dd HH:mm&quot; (local time) or ISO 8601 with Z or an offset, e.g. 2026-03-02T18:00:00Z.</source>
        <translation>--%1: „%2“ ist keine Zeit. Verwenden Sie „yyyy-MM-dd HH:mm“ (Ortszeit) oder ISO 8601 mit Z oder einem Versatz, z. B. 2026-03-02T18:00:00Z.</translation>
    </message>
    <message>
        <source>--name: the name cannot be empty.</source>
        <translation>--name: Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>--expires: &quot;%1&quot; is not a date. Use yyyy-MM-dd.</source>
        <translation>--expires: „%1“ ist kein Datum. Verwenden Sie yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Add --yes to create it anyway.</source>
        <translation>Fügen Sie --yes hinzu, um ihn trotzdem zu erstellen.</translation>
    </message>
    <message>
        <source>%1 is only for API v7 (dashboard snapshots); the profile uses v6.</source>
        <translation>%1 gibt es nur für API v7 (Dashboard-Snapshots); das Profil verwendet v6.</translation>
    </message>
    <message>
        <source>--source: &quot;%1&quot; names more than one report: %2. Give its ID.</source>
        <translation>--source: „%1“ bezeichnet mehr als einen Bericht: %2. Geben Sie seine ID an.</translation>
    </message>
    <message>
        <source>--source: &quot;%1&quot; names more than one dashboard: %2. Give its ID.</source>
        <translation>--source: „%1“ bezeichnet mehr als ein Dashboard: %2. Geben Sie seine ID an.</translation>
    </message>
    <message>
        <source>--source: there is no report &quot;%1&quot; in %2. Reports: %3.</source>
        <translation>--source: Es gibt keinen Bericht „%1“ in %2. Berichte: %3.</translation>
    </message>
    <message>
        <source>--source: there is no dashboard &quot;%1&quot; in %2. Dashboards: %3.</source>
        <translation>--source: Es gibt kein Dashboard „%1“ in %2. Dashboards: %3.</translation>
    </message>
    <message>
        <source>The snapshot was not made: %1</source>
        <translation>Der Snapshot wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>The answer to the create was lost and the server&apos;s list could not be read (%1), so it is not known whether the snapshot was made. The history shows it as unknown; the window checks again at its next start. Do not create it again before.</source>
        <translation>Die Antwort auf das Erstellen ging verloren und die Liste des Servers konnte nicht gelesen werden (%1); es ist also nicht bekannt, ob der Snapshot erstellt wurde. Der Verlauf zeigt ihn als unbekannt; das Fenster prüft beim nächsten Start erneut. Erstellen Sie ihn vorher nicht noch einmal.</translation>
    </message>
    <message>
        <source>The answer to the create was lost; asking the server&apos;s list whether the snapshot was made.</source>
        <translation>Die Antwort auf das Erstellen ging verloren; die Liste des Servers wird gefragt, ob der Snapshot erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::DeleteCommand</name>
    <message>
        <source>Deletes snapshots on the server, after asking unless --yes is given.</source>
        <translation>Löscht Snapshots auf dem Server, nach einer Rückfrage, außer mit --yes.</translation>
    </message>
    <message>
        <source>The IDs of the snapshots to delete.</source>
        <translation>Die IDs der zu löschenden Snapshots.</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>Die Kontogruppe, nach Name oder ID (Standard: die des Fensters).</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>Name|ID</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>Ohne Rückfrage löschen.</translation>
    </message>
    <message>
        <source>Give the ID of at least one snapshot to delete (see `snapshot-desk-cli snapshots`).</source>
        <translation>Geben Sie die ID mindestens eines zu löschenden Snapshots an (siehe `snapshot-desk-cli snapshots`).</translation>
    </message>
    <message>
        <source>Deleting cannot be undone, and there is nobody to ask: add --yes to delete without asking.</source>
        <translation>Löschen lässt sich nicht rückgängig machen, und es ist niemand da, den man fragen könnte: Fügen Sie --yes hinzu, um ohne Rückfrage zu löschen.</translation>
    </message>
    <message>
        <source>There is no snapshot &quot;%1&quot; in the account group %2.</source>
        <translation>Es gibt keinen Snapshot „%1“ in der Kontogruppe %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s) from the server: %1? This cannot be undone. [y/N] </source>
        <translation>
            <numerusform>%n Snapshot vom Server löschen: %1? Das lässt sich nicht rückgängig machen. [y/N] </numerusform>
            <numerusform>%n Snapshots vom Server löschen: %1? Das lässt sich nicht rückgängig machen. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::HistoryCommand</name>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Prints the history of snapshots, newest first: the window&apos;s history, from the same file. With --profile, only that profile&apos;s entries.</source>
        <translation>Gibt den Verlauf der Snapshots aus, neueste zuerst: den Verlauf des Fensters, aus derselben Datei. Mit --profile nur die Einträge dieses Profils.</translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Print at most this many entries, the newest.</source>
        <translation>Höchstens so viele Einträge ausgeben, die neuesten.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format. Use table, csv or json.</source>
        <translation>--format: „%1“ ist kein Format. Verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number of entries (1 or more).</source>
        <translation>--limit: „%1“ ist keine Anzahl von Einträgen (1 oder mehr).</translation>
    </message>
    <message>
        <source>--profile: there is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>--profile: Es gibt kein Profil „%1“. Profile: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read and are left out (%1).</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden und fehlt (%1).</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden und fehlen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SNAPSHOT ID</source>
        <translation>SNAPSHOT-ID</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::ListCommand</name>
    <message>
        <source>Lists the account groups the token can use.</source>
        <translation>Listet die Kontogruppen auf, die das Token verwenden kann.</translation>
    </message>
    <message>
        <source>Lists the reports (API v6) or dashboards (API v7) of an account group.</source>
        <translation>Listet die Berichte (API v6) oder Dashboards (API v7) einer Kontogruppe auf.</translation>
    </message>
    <message>
        <source>Lists the snapshots on the server for an account group.</source>
        <translation>Listet die Snapshots einer Kontogruppe auf dem Server auf.</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>Die Kontogruppe, nach Name oder ID (Standard: die des Fensters).</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>Name|ID</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>AID</source>
        <extracomment>Column headers of a table printed by snapshot-desk-cli; * marks the group used by default</extracomment>
        <translation>AID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>BIS</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::ProfilesCommand</name>
    <message>
        <source>Lists the profiles (one per ThousandEyes account), or adds or removes one. A new profile takes --api-version, --api-url, --auth and --email; save its token with `snapshot-desk-cli login --profile NAME`.</source>
        <translation>Listet die Profile auf (eines je ThousandEyes-Konto) oder fügt eines hinzu bzw. entfernt es. Ein neues Profil nimmt --api-version, --api-url, --auth und --email; speichern Sie sein Token mit `snapshot-desk-cli login --profile NAME`.</translation>
    </message>
    <message>
        <source>list (the default), add or remove.</source>
        <translation>list (Standard), add oder remove.</translation>
    </message>
    <message>
        <source>add: bearer (the default) or basic (v6: e-mail and basic token).</source>
        <translation>add: bearer (Standard) oder basic (v6: E-Mail und Basic-Token).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>add: the account&apos;s e-mail address, for basic authentication.</source>
        <translation>add: die E-Mail-Adresse des Kontos, für die Basic-Authentifizierung.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>remove: without asking.</source>
        <translation>remove: ohne Rückfrage.</translation>
    </message>
    <message>
        <source>list: print JSON instead of a table.</source>
        <translation>list: JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Give the profile&apos;s name: snapshot-desk-cli profiles %1 NAME.</source>
        <translation>Geben Sie den Namen des Profils an: snapshot-desk-cli profiles %1 NAME.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of profiles. Use list, add or remove.</source>
        <translation>„%1“ ist keine Aktion von profiles. Verwenden Sie list, add oder remove.</translation>
    </message>
    <message>
        <source>--auth: &quot;%1&quot; is not a kind of authentication. Use bearer or basic.</source>
        <translation>--auth: „%1“ ist keine Art der Authentifizierung. Verwenden Sie bearer oder basic.</translation>
    </message>
    <message>
        <source>--auth basic is for API v6 and needs --email: add --api-version v6 --email ADDRESS.</source>
        <translation>--auth basic ist für API v6 und braucht --email: Fügen Sie --api-version v6 --email ADRESSE hinzu.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Added the profile &quot;%1&quot;. Save its token with: snapshot-desk-cli login --profile &quot;%1&quot;</source>
        <translation>Profil „%1“ hinzugefügt. Speichern Sie sein Token mit: snapshot-desk-cli login --profile &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>Es gibt kein Profil „%1“. Profile: %2.</translation>
    </message>
    <message>
        <source>The profile &quot;Default&quot; cannot be removed.</source>
        <translation>Das Profil „Default“ kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Removing a profile forgets its token; there is nobody to ask: add --yes.</source>
        <translation>Das Entfernen eines Profils vergisst sein Token, und es ist niemand da, den man fragen könnte: Fügen Sie --yes hinzu.</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its saved token? [y/N] </source>
        <translation>Profil „%1“ und sein gespeichertes Token entfernen? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::RoutinesCommand</name>
    <message>
        <source>Lists the saved routines (Routines in the window), or imports those of a file the window exported (Routines → Export).</source>
        <translation>Listet die gespeicherten Routinen auf (Routinen im Fenster) oder importiert die einer Datei, die das Fenster exportiert hat (Routinen → Exportieren).</translation>
    </message>
    <message>
        <source>list (the default), or import FILE.</source>
        <translation>list (Standard) oder import DATEI.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Give the file to import: snapshot-desk-cli routines import FILE.</source>
        <translation>Geben Sie die zu importierende Datei an: snapshot-desk-cli routines import DATEI.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s).</source>
        <translation>
            <numerusform>%n Routine importiert.</numerusform>
            <numerusform>%n Routinen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>QUELLEN</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::RunRoutineCommand</name>
    <message>
        <source>Runs a saved routine now: one snapshot per report or dashboard, its relative range resolved now, paced by the rate limit as the window&apos;s batch is. Prints the IDs made, one per line.</source>
        <translation>Führt eine gespeicherte Routine jetzt aus: ein Snapshot je Bericht oder Dashboard, ihr relativer Zeitraum jetzt aufgelöst, nach dem Ratenlimit getaktet wie der Stapel des Fensters. Gibt die erstellten IDs aus, eine pro Zeile.</translation>
    </message>
    <message>
        <source>The routine&apos;s name.</source>
        <translation>Der Name der Routine.</translation>
    </message>
    <message>
        <source>Print a JSON object with every item instead of the IDs.</source>
        <translation>Ein JSON-Objekt mit jedem Eintrag statt der IDs ausgeben.</translation>
    </message>
    <message>
        <source>Give the name of the routine to run (see `snapshot-desk-cli routines`).</source>
        <translation>Geben Sie den Namen der auszuführenden Routine an (siehe `snapshot-desk-cli routines`).</translation>
    </message>
    <message>
        <source>Give one routine; put a name with spaces in quotes.</source>
        <translation>Geben Sie eine Routine an; setzen Sie einen Namen mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>There is no routine &quot;%1&quot;. Routines: %2.</source>
        <translation>Es gibt keine Routine „%1“. Routinen: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one routine: %2.</source>
        <translation>„%1“ bezeichnet mehr als eine Routine: %2.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 von %3 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>(noch etwa %n Sekunde)</numerusform>
            <numerusform>(noch etwa %n Sekunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>The hourly snapshot limit is spent; the rest go at %1, by themselves.</source>
        <translation>Das stündliche Snapshot-Limit ist aufgebraucht; die übrigen gehen um %1 von selbst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not made: %2</source>
        <translation>„%1“ wurde nicht erstellt: %2</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::TokenCommand</name>
    <message>
        <source>Reads an API token from standard input (one line) and saves it in the keychain for the profile, bound to its API address. For example: snapshot-desk-cli login &lt; token.txt</source>
        <translation>Liest ein API-Token von der Standardeingabe (eine Zeile) und speichert es für das Profil im Schlüsselbund, gebunden an seine API-Adresse. Zum Beispiel: snapshot-desk-cli login &lt; token.txt</translation>
    </message>
    <message>
        <source>Removes the profile&apos;s saved API token from the keychain.</source>
        <translation>Entfernt das gespeicherte API-Token des Profils aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--demo needs no token.</source>
        <translation>--demo braucht kein Token.</translation>
    </message>
    <message>
        <source>Removed the saved token of the profile &quot;%1&quot; from the keychain.</source>
        <translation>Das gespeicherte Token des Profils „%1“ wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>No token was saved for the profile &quot;%1&quot;.</source>
        <translation>Für das Profil „%1“ war kein Token gespeichert.</translation>
    </message>
    <message>
        <source>Paste the API token of the profile &quot;%1&quot; and press Enter: </source>
        <translation>Fügen Sie das API-Token des Profils „%1“ ein und drücken Sie die Eingabetaste: </translation>
    </message>
    <message>
        <source>No token on standard input.</source>
        <translation>Kein Token auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Saved the token of the profile &quot;%1&quot; in the keychain, for %2.</source>
        <translation>Das Token des Profils „%1“ wurde im Schlüsselbund gespeichert, für %2.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::json</name>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list.</source>
        <translation>Die Antwort des Servers ist keine Liste.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;%1&quot; list.</source>
        <translation>Die Antwort des Servers enthält keine Liste &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
