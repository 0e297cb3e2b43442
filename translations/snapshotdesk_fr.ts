<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>Check the form</source>
        <translation>Vérifiez le formulaire</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Insecure address</source>
        <translation>Adresse non sécurisée</translation>
    </message>
    <message>
        <source>Already creating</source>
        <translation>Création déjà en cours</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>Problème de réseau</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de débit atteinte</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>En maintenance</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Échec de la requête</translation>
    </message>
    <message>
        <source>The form has a problem: correct the highlighted fields and try again.</source>
        <translation>Le formulaire contient une erreur : corrigez les champs en surbrillance et réessayez.</translation>
    </message>
    <message>
        <source>No API token is set. Open Settings, enter your ThousandEyes API token, and try again.</source>
        <translation>Aucun jeton d&apos;API n&apos;est défini. Ouvrez les Paramètres, saisissez votre jeton d&apos;API ThousandEyes et réessayez.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (plain http:// is only allowed for this computer). Correct the base URL in Settings.</source>
        <translation>L&apos;adresse de l&apos;API doit commencer par https:// (http:// simple n&apos;est autorisé que pour cet ordinateur). Corrigez l&apos;URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>A snapshot is already being created. Wait for it to finish or cancel it.</source>
        <translation>Un instantané est déjà en cours de création. Attendez la fin ou annulez-le.</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing was changed.</source>
        <translation>La requête a été annulée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again; if it keeps happening, raise the timeout in Settings.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Vérifiez votre connexion et réessayez ; si le problème persiste, augmentez le délai d&apos;attente dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the base URL in Settings and that the server is running.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez l&apos;URL de base dans les Paramètres et que le serveur est en marche.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the base URL in Settings and your network connection.</source>
        <translation>Le nom du serveur est introuvable. Vérifiez l&apos;URL de base dans les Paramètres et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network and try again.</source>
        <translation>La connexion au serveur a échoué. Vérifiez votre réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the base URL, or ask your administrator about a proxy that intercepts HTTPS.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié ; rien n&apos;a donc été envoyé. Vérifiez l&apos;URL de base ou interrogez votre administrateur sur un proxy qui intercepterait le HTTPS.</translation>
    </message>
    <message>
        <source>The server redirected the request too many times, or to an address that is not allowed. Check the base URL in Settings.</source>
        <translation>Le serveur a redirigé la requête trop de fois ou vers une adresse non autorisée. Vérifiez l&apos;URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than expected and was not read. Check the base URL in Settings.</source>
        <translation>La réponse du serveur était bien plus volumineuse que prévu et n&apos;a pas été lue. Vérifiez l&apos;URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Check that the base URL and API version in Settings point at the ThousandEyes API.</source>
        <translation>La réponse du serveur est incompréhensible. Vérifiez que l&apos;URL de base et la version de l&apos;API dans les Paramètres désignent bien l&apos;API ThousandEyes.</translation>
    </message>
    <message>
        <source>The server does not know this API version. Choose the other API version in Settings.</source>
        <translation>Le serveur ne connaît pas cette version de l&apos;API. Choisissez l&apos;autre version de l&apos;API dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server rejected the request as malformed, or the account group is not valid. Check the chosen account group and time range.</source>
        <translation>Le serveur a rejeté la requête comme mal formée, ou le groupe de comptes n&apos;est pas valide. Vérifiez le groupe de comptes choisi et la période.</translation>
    </message>
    <message>
        <source>The server did not accept your credentials. Check the API token (and e-mail address) in Settings; the account may also be locked.</source>
        <translation>Le serveur n&apos;a pas accepté vos identifiants. Vérifiez le jeton d&apos;API (et l&apos;adresse e-mail) dans les Paramètres ; le compte est peut-être aussi verrouillé.</translation>
    </message>
    <message>
        <source>Your role is missing the Edit Snapshots permission, or the account group is not one of yours. Ask your ThousandEyes administrator or pick another account group.</source>
        <translation>Votre rôle n&apos;a pas l&apos;autorisation Edit Snapshots, ou ce groupe de comptes ne fait pas partie des vôtres. Adressez-vous à votre administrateur ThousandEyes ou choisissez un autre groupe de comptes.</translation>
    </message>
    <message>
        <source>The server could not find that report, dashboard or address. Refresh the list and check the base URL in Settings.</source>
        <translation>Le serveur n&apos;a pas trouvé ce rapport, ce tableau de bord ou cette adresse. Actualisez la liste et vérifiez l&apos;URL de base dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server does not allow this operation at this address. Check the base URL and API version in Settings.</source>
        <translation>Le serveur n&apos;autorise pas cette opération à cette adresse. Vérifiez l&apos;URL de base et la version de l&apos;API dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server cannot answer in a format this app reads. Check the API version in Settings.</source>
        <translation>Le serveur ne peut pas répondre dans un format lisible par cette application. Vérifiez la version de l&apos;API dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s format. Check the API version in Settings.</source>
        <translation>Le serveur n&apos;a pas accepté le format de la requête. Vérifiez la version de l&apos;API dans les Paramètres.</translation>
    </message>
    <message>
        <source>The API rate limit is used up. Wait a minute and try again.</source>
        <translation>La limite de débit de l&apos;API est épuisée. Patientez une minute et réessayez.</translation>
    </message>
    <message>
        <source>The API rate limit is used up. It resets at %1; try again then.</source>
        <translation>La limite de débit de l&apos;API est épuisée. Elle sera réinitialisée à %1 ; réessayez à ce moment-là.</translation>
    </message>
    <message>
        <source>The hourly limit for creating snapshots is used up. Try again later.</source>
        <translation>La limite horaire de création d&apos;instantanés est épuisée. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The hourly limit for creating snapshots is used up. It resets at %1; try again then.</source>
        <translation>La limite horaire de création d&apos;instantanés est épuisée. Elle sera réinitialisée à %1 ; réessayez à ce moment-là.</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later; if it keeps happening, contact ThousandEyes support.</source>
        <extracomment>%1 is an HTTP status code such as 500</extracomment>
        <translation>Le serveur a rencontré une erreur interne (HTTP %1). Réessayez plus tard ; si le problème persiste, contactez l&apos;assistance ThousandEyes.</translation>
    </message>
    <message>
        <source>The ThousandEyes API is down for maintenance. Try again later.</source>
        <translation>L&apos;API ThousandEyes est indisponible pour maintenance. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check the base URL and API version in Settings.</source>
        <extracomment>%1 is an HTTP status code such as 418</extracomment>
        <translation>Le serveur a répondu avec le statut HTTP %1. Vérifiez l&apos;URL de base et la version de l&apos;API dans les Paramètres.</translation>
    </message>
    <message>
        <source>Token saved for another address</source>
        <translation>Jeton enregistré pour une autre adresse</translation>
    </message>
    <message>
        <source>The saved token was saved for another API address, so it is not sent to this one. Type the token for this address to test it, or press OK and confirm once that the saved token may be used here.</source>
        <translation>Le jeton enregistré l’a été pour une autre adresse d’API ; il n’est donc pas envoyé à celle-ci. Saisissez le jeton de cette adresse pour la tester, ou appuyez sur OK et confirmez une fois que le jeton enregistré peut être utilisé ici.</translation>
    </message>
    <message>
        <source>Outcome not known yet</source>
        <translation>Résultat pas encore connu</translation>
    </message>
    <message>
        <source>The request was sent, but the connection ended before the server&apos;s answer arrived, so the snapshot may have been made. Snapshot Desk is checking the server&apos;s list of snapshots; do not send it again until that check says it was not made.</source>
        <translation>La requête a été envoyée, mais la connexion s&apos;est terminée avant l&apos;arrivée de la réponse du serveur : le snapshot a donc peut-être été créé. Snapshot Desk vérifie la liste des snapshots du serveur ; ne l&apos;envoyez pas à nouveau tant que cette vérification n&apos;indique pas qu&apos;il n&apos;a pas été créé.</translation>
    </message>
</context>
<context>
    <name>BatchSpec</name>
    <message>
        <source>Choose at least one report.</source>
        <translation>Choisissez au moins un rapport.</translation>
    </message>
    <message>
        <source>Choose at least one dashboard.</source>
        <translation>Choisissez au moins un tableau de bord.</translation>
    </message>
    <message>
        <source>Enter a name template, for example &quot;{source} {from:yyyy-MM-dd}&quot;.</source>
        <translation>Saisissez un modèle de nom, par exemple «&#xa0;{source} {from:yyyy-MM-dd}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>written by a newer version (schema %1)</source>
        <extracomment>Why a history entry was skipped; %1 is a number</extracomment>
        <translation>écrite par une version plus récente (schéma %1)</translation>
    </message>
    <message>
        <source>no valid creation time</source>
        <translation>aucune date de création valide</translation>
    </message>
    <message>
        <source>a created snapshot without an ID</source>
        <translation>un instantané créé sans ID</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>pas du texte</translation>
    </message>
    <message>
        <source>not a history record</source>
        <translation>pas une entrée d’historique</translation>
    </message>
    <message>
        <source>a damaged history record</source>
        <translation>une entrée d’historique endommagée</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Un nom de profil ne peut pas commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters.</source>
        <translation>Un nom de profil peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \ or control characters.</source>
        <translation>Un nom de profil ne peut contenir ni / ni \ ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Il existe déjà un profil nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>it has no &quot;name&quot;.</source>
        <translation>elle n&apos;a pas de champ &quot;name&quot;.</translation>
    </message>
    <message>
        <source>&quot;sources&quot; must be a non-empty list of reports or dashboards.</source>
        <translation>&quot;sources&quot; doit être une liste non vide de rapports ou de tableaux de bord.</translation>
    </message>
    <message>
        <source>source %1 has no &quot;id&quot;.</source>
        <translation>la source %1 n&apos;a pas de champ &quot;id&quot;.</translation>
    </message>
    <message>
        <source>&quot;range&quot; is &quot;%1&quot;; expected one of %2.</source>
        <translation>&quot;range&quot; vaut &quot;%1&quot; ; valeurs attendues : %2.</translation>
    </message>
    <message>
        <source>it has no &quot;nameTemplate&quot;.</source>
        <translation>elle n&apos;a pas de champ &quot;nameTemplate&quot;.</translation>
    </message>
    <message>
        <source>&quot;apiVersion&quot; is &quot;%1&quot;; expected &quot;v6&quot; or &quot;v7&quot;.</source>
        <translation>&quot;apiVersion&quot; vaut &quot;%1&quot; ; valeurs attendues : &quot;v6&quot; ou &quot;v7&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 sources; a routine can have at most %3: split it into several routines.</source>
        <translation>« %1 » a %2 sources ; une routine peut en avoir au plus %3 : répartissez-la en plusieurs routines.</translation>
    </message>
    <message>
        <source>source %1 of &quot;%2&quot; has &quot;id&quot; %3, which is not a whole number from 0 to %4: write the id as ThousandEyes shows it, in quotes, e.g. &quot;1234&quot;.</source>
        <translation>La source %1 de « %2 » a l’« id » %3, qui n’est pas un nombre entier de 0 à %4 : écrivez l’identifiant tel que ThousandEyes l’affiche, entre guillemets, par ex. &quot;1234&quot;.</translation>
    </message>
    <message>
        <source>&quot;aid&quot; of &quot;%1&quot; is %2, which is not a whole number from 0 to %3: write the account group ID as ThousandEyes shows it, in quotes, e.g. &quot;1234&quot;.</source>
        <translation>L’« aid » de « %1 » vaut %2, qui n’est pas un nombre entier de 0 à %3 : écrivez l’identifiant du groupe de comptes tel que ThousandEyes l’affiche, entre guillemets, par ex. &quot;1234&quot;.</translation>
    </message>
</context>
<context>
    <name>ServerSnapshot</name>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La réponse du serveur n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;dashboardSnapshots&quot; list.</source>
        <translation>La réponse du serveur ne contient pas de liste &quot;dashboardSnapshots&quot;.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l&apos;API :</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API :</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>The token comes from the environment (TE_TOKEN or TE_BASIC_TOKEN) for this run; it is not saved and cannot be changed here.</source>
        <translation>Le jeton provient de l&apos;environnement (TE_TOKEN ou TE_BASIC_TOKEN) pour cette exécution ; il n&apos;est pas enregistré et ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai d&apos;attente :</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;attente</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;History limit:</source>
        <translation>Limite de l&apos;&amp;historique :</translation>
    </message>
    <message>
        <source>History limit</source>
        <translation>Limite de l&apos;historique</translation>
    </message>
    <message>
        <source> entries</source>
        <translation> entrées</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Prend effet après un redémarrage.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>La réponse du serveur était vide.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La réponse du serveur n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no snapshot ID.</source>
        <translation>La réponse du serveur ne contient pas d&apos;ID d&apos;instantané.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an empty (null) snapshot ID.</source>
        <translation>La réponse du serveur contient un ID d&apos;instantané vide (null).</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a snapshot ID that is not text.</source>
        <translation>La réponse du serveur contient un ID d&apos;instantané qui n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an empty snapshot ID.</source>
        <translation>La réponse du serveur contient un ID d&apos;instantané vide.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an implausibly long snapshot ID.</source>
        <translation>La réponse du serveur contient un ID d&apos;instantané anormalement long.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a snapshot ID that is not a whole number.</source>
        <translation>La réponse du serveur contient un identifiant de snapshot qui n’est pas un nombre entier.</translation>
    </message>
</context>
<context>
    <name>SnapshotForm</name>
    <message>
        <source>&amp;Account group:</source>
        <translation>&amp;Groupe de comptes :</translation>
    </message>
    <message>
        <source>Account group</source>
        <translation>Groupe de comptes</translation>
    </message>
    <message>
        <source>The account group the snapshot is created in</source>
        <translation>Le groupe de comptes dans lequel l&apos;instantané est créé</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>&amp;Tableau de bord :</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Reload the list from the server (F5)</source>
        <translation>Recharger la liste depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Actualiser la liste</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>No&amp;m affiché :</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Fi&amp;n :</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>E&amp;xpiration date:</source>
        <translation>Date d&apos;e&amp;xpiration :</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Anon&amp;ymize data</source>
        <translation>Anon&amp;ymiser les données</translation>
    </message>
    <message>
        <source>Anonymize data</source>
        <translation>Anonymiser les données</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>&amp;Créer l&apos;instantané</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Créer l&apos;instantané</translation>
    </message>
    <message>
        <source>Create the snapshot (Ctrl+Return)</source>
        <translation>Créer l&apos;instantané (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the request (Esc)</source>
        <translation>Arrêter la requête (Échap)</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Création en cours</translation>
    </message>
</context>
<context>
    <name>SnapshotRequest</name>
    <message>
        <source>Enter a name for the snapshot.</source>
        <translation>Saisissez un nom pour l&apos;instantané.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: shorten it to %n characters or fewer.</source>
        <translation>
            <numerusform>Le nom est trop long : raccourcissez-le à %n caractère au plus.</numerusform>
            <numerusform>Le nom est trop long : raccourcissez-le à %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Choisissez un rapport.</translation>
    </message>
    <message>
        <source>Choose a dashboard.</source>
        <translation>Choisissez un tableau de bord.</translation>
    </message>
    <message>
        <source>Enter a start date and time.</source>
        <translation>Saisissez une date et une heure de début.</translation>
    </message>
    <message>
        <source>Enter an end date and time.</source>
        <translation>Saisissez une date et une heure de fin.</translation>
    </message>
    <message>
        <source>The start must be earlier than the end.</source>
        <translation>Le début doit précéder la fin.</translation>
    </message>
    <message>
        <source>The end is in the future: choose a time no later than now.</source>
        <translation>La fin est dans le futur : choisissez une heure qui ne dépasse pas l&apos;heure actuelle.</translation>
    </message>
    <message>
        <source>The expiration date has passed: choose a later date.</source>
        <translation>La date d&apos;expiration est passée : choisissez une date ultérieure.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone: use a name like Europe/Berlin.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu : utilisez un nom comme Europe/Paris.</translation>
    </message>
    <message>
        <source>The name contains a tab, line break or other control character: remove it.</source>
        <translation>Le nom contient une tabulation, un saut de ligne ou un autre caractère de contrôle : supprimez-le.</translation>
    </message>
    <message numerus="yes">
        <source>The expiration date is too far ahead: the API allows at most %n years from now, so choose %1 or earlier.</source>
        <extracomment>%1 is the latest allowed expiration, local time, yyyy-MM-dd HH:mm</extracomment>
        <translation>
            <numerusform>La date d’expiration est trop lointaine : l’API autorise au plus %n an à partir de maintenant, choisissez donc %1 ou avant.</numerusform>
            <numerusform>La date d’expiration est trop lointaine : l’API autorise au plus %n ans à partir de maintenant, choisissez donc %1 ou avant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The range is longer than %n days; ThousandEyes keeps test data for about 90 days, so most of the snapshot will be empty.</source>
        <translation>
            <numerusform>La période dépasse %n jour ; ThousandEyes conserve les données de test environ 90 jours, l&apos;instantané sera donc en grande partie vide.</numerusform>
            <numerusform>La période dépasse %n jours ; ThousandEyes conserve les données de test environ 90 jours, l&apos;instantané sera donc en grande partie vide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>&quot;%1&quot; is not a valid API address. Use a URL such as https://api.thousandeyes.com/v7.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse d&apos;API valide. Utilisez une URL comme https://api.thousandeyes.com/v7.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http:// to another computer. Use https://; http:// is only allowed for this computer.</source>
        <translation>«&#xa0;%1&#xa0;» utilise http:// simple vers un autre ordinateur. Utilisez https:// ; http:// n&apos;est autorisé que pour cet ordinateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API version. Use v6 or v7.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une version de l&apos;API. Utilisez v6 ou v7.</translation>
    </message>
    <message>
        <source>Create ThousandEyes report and dashboard snapshots.

Environment: TE_API_URL, TE_API_VERSION (v6 or v7), TE_TOKEN (bearer token), TE_EMAIL with TE_BASIC_TOKEN (v6 basic authentication). Tokens from the environment are used for this run and never saved.</source>
        <translation>Crée des instantanés de rapports et de tableaux de bord ThousandEyes.

Environnement : TE_API_URL, TE_API_VERSION (v6 ou v7), TE_TOKEN (jeton Bearer), TE_EMAIL avec TE_BASIC_TOKEN (authentification Basic v6). Les jetons fournis par l&apos;environnement servent pour cette exécution et ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Affiche cette aide et quitte.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>Start with the built-in simulated API; no account needed.</source>
        <translation>Démarre avec l&apos;API simulée intégrée ; aucun compte n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Use this API base URL.</source>
        <translation>Utilise cette URL de base de l&apos;API.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Use this API version: v6 or v7.</source>
        <translation>Utilise cette version de l&apos;API : v6 ou v7.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Keep settings and history in this INI file.</source>
        <translation>Conserve les paramètres et l&apos;historique dans ce fichier INI.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Consultez --help.</translation>
    </message>
    <message>
        <source>TE_EMAIL and TE_BASIC_TOKEN must be set together.</source>
        <translation>TE_EMAIL et TE_BASIC_TOKEN doivent être définis ensemble.</translation>
    </message>
    <message>
        <source>Use this profile (account) for this run.</source>
        <translation>Utiliser ce profil (compte) pour cette exécution.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>--profile needs the name of a profile.</source>
        <translation>--profile attend le nom d’un profil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a user name or password in it. Leave them out: the token goes in TE_TOKEN or the keychain.</source>
        <translation>« %1 » contient un nom d’utilisateur ou un mot de passe. Retirez-les : le jeton se met dans TE_TOKEN ou dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semaine dernière</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>Il n’existe pas de profil « %1 ». Profils : %2.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::BatchDialog</name>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>environ %n min</numerusform>
            <numerusform>environ %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>environ %1 h %2 min</translation>
    </message>
    <message>
        <source>Batch of snapshots</source>
        <translation>Lot d&apos;instantanés</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Name template</source>
        <translation>Modèle de nom</translation>
    </message>
    <message>
        <source>{source}, {group}, {from:yyyy-MM-dd} and {to:yyyy-MM-dd} are filled in for each snapshot; any QDateTime format may follow the colon.</source>
        <translation>{source}, {group}, {from:yyyy-MM-dd} et {to:yyyy-MM-dd} sont remplacés pour chaque instantané ; tout format QDateTime peut suivre les deux-points.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Fi&amp;ltre :</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>&amp;Rapports :</translation>
    </message>
    <message>
        <source>&amp;Dashboards:</source>
        <translation>&amp;Tableaux de bord :</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Fi&amp;n :</translation>
    </message>
    <message>
        <source>&amp;Name template:</source>
        <translation>&amp;Modèle de nom :</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Démarr&amp;er</translation>
    </message>
    <message>
        <source>C&amp;ancel batch</source>
        <translation>&amp;Annuler le lot</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>Réessa&amp;yer les échecs</translation>
    </message>
    <message>
        <source>Send again every snapshot that failed or was not sent</source>
        <translation>Renvoyer chaque instantané en échec ou non envoyé</translation>
    </message>
    <message>
        <source>Save as ro&amp;utine…</source>
        <translation>Enregistrer comme ro&amp;utine…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>Ré&amp;sultats :</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n choisi</numerusform>
            <numerusform>%n choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>First name: %1</source>
        <translation>Premier nom : %1</translation>
    </message>
    <message>
        <source>Choose the sources and press Start.</source>
        <translation>Choisissez les sources et cliquez sur Démarrer.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminés</translation>
    </message>
    <message numerus="yes">
        <source>The hourly snapshot limit is reached: the remaining %n go at %1, by themselves if this app stays open.</source>
        <translation>
            <numerusform>La limite horaire d&apos;instantanés est atteinte : le %n restant partira à %1, automatiquement si l&apos;application reste ouverte.</numerusform>
            <numerusform>La limite horaire d&apos;instantanés est atteinte : les %n restants partiront à %1, automatiquement si l&apos;application reste ouverte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n non envoyé</numerusform>
            <numerusform>%n non envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>created, ID %1</source>
        <translation>créé, ID %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>Enter a name for the routine.</source>
        <translation>Saisissez un nom pour la routine.</translation>
    </message>
    <message>
        <source>A routine needs a relative time range, such as Last week; choose one instead of Custom.</source>
        <translation>Une routine nécessite une période relative, comme Semaine dernière ; choisissez-en une au lieu de Personnalisée.</translation>
    </message>
    <message>
        <source>Choose at least one report.</source>
        <translation>Choisissez au moins un rapport.</translation>
    </message>
    <message>
        <source>Choose at least one dashboard.</source>
        <translation>Choisissez au moins un tableau de bord.</translation>
    </message>
    <message>
        <source>Save as routine</source>
        <translation>Enregistrer comme routine</translation>
    </message>
    <message>
        <source>Routine &amp;name:</source>
        <translation>&amp;Nom de la routine :</translation>
    </message>
    <message>
        <source>Routine &quot;%1&quot; saved; run it from the Routines menu.</source>
        <translation>Routine «&#xa0;%1&#xa0;» enregistrée ; exécutez-la depuis le menu Routines.</translation>
    </message>
    <message>
        <source>Stopped at the first refusal, so that the rest are not refused too: %1</source>
        <translation>Arrêté au premier refus, pour que les autres ne soient pas refusés aussi : %1</translation>
    </message>
    <message>
        <source>A routine can have at most %1 reports, and %2 are chosen: uncheck some, or save them as several routines.</source>
        <translation>Une routine peut avoir au plus %1 rapports, et %2 sont choisis : décochez-en quelques-uns ou enregistrez-les en plusieurs routines.</translation>
    </message>
    <message>
        <source>A routine can have at most %1 dashboards, and %2 are chosen: uncheck some, or save them as several routines.</source>
        <translation>Une routine peut avoir au plus %1 tableaux de bord, et %2 sont choisis : décochez-en quelques-uns ou enregistrez-les en plusieurs routines.</translation>
    </message>
    <message numerus="yes">
        <source>%n being checked</source>
        <translation>
            <numerusform>%n en cours de vérification</numerusform>
            <numerusform>%n en cours de vérification</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome unknown, checking the server&apos;s list…</source>
        <translation>résultat inconnu, vérification de la liste du serveur…</translation>
    </message>
    <message>
        <source>{source} the report or dashboard, {group} the account group, {from:yyyy-MM-dd} and {to:HH:mm} the range in any date format.</source>
        <translation>{source} le rapport ou tableau de bord, {group} le groupe de comptes, {from:yyyy-MM-dd} et {to:HH:mm} la période dans n&apos;importe quel format de date.</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Anonymize data</source>
        <translation>Anonymiser les données</translation>
    </message>
    <message>
        <source>Account group:</source>
        <translation>Groupe de comptes :</translation>
    </message>
    <message>
        <source>E&amp;xpiration date:</source>
        <translation>Date d&apos;e&amp;xpiration :</translation>
    </message>
    <message>
        <source>Anonymi&amp;ze data</source>
        <translation>Anon&amp;ymiser les données</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::CredentialStore</name>
    <message>
        <source>No keychain is available on this system, so the token is kept for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système ; le jeton n&apos;est donc conservé que pour cette session.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so the token is kept for this session only. Unlock it and save again to keep it.</source>
        <translation>Le trousseau est verrouillé ou a refusé l&apos;accès ; le jeton n&apos;est donc conservé que pour cette session. Déverrouillez-le et enregistrez de nouveau pour le conserver.</translation>
    </message>
    <message>
        <source>The keychain reported a problem (%1), so the token is kept for this session only.</source>
        <extracomment>%1 is the keychain&apos;s own error text (often English)</extracomment>
        <translation>Le trousseau a signalé un problème (%1) ; le jeton n&apos;est donc conservé que pour cette session.</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>Aucun trousseau n’est disponible sur ce système.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again.</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported a problem (%1).</source>
        <extracomment>%1 is the keychain&apos;s own error text (often English)</extracomment>
        <translation>Le trousseau a signalé un problème (%1).</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ExpirationDialog</name>
    <message>
        <source>Change expiration</source>
        <translation>Ajuster l&apos;expiration</translation>
    </message>
    <message>
        <source>Keep the snapshot &quot;%1&quot; until the end of:</source>
        <translation>Conserver l&apos;instantané «&#xa0;%1&#xa0;» jusqu&apos;à la fin du :</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Expire le :</translation>
    </message>
    <message numerus="yes">
        <source>At most %n years ahead.</source>
        <translation>
            <numerusform>Au plus %n an dans le futur.</numerusform>
            <numerusform>Au plus %n ans dans le futur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryModel</name>
    <message>
        <source>Created</source>
        <comment>snapshot status</comment>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the snapshot was made</comment>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Report or dashboard</source>
        <translation>Rapport ou tableau de bord</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Account group</source>
        <translation>Groupe de comptes</translation>
    </message>
    <message>
        <source>Snapshot ID</source>
        <translation>ID de l&apos;instantané</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Unknown — checking…</source>
        <comment>snapshot status: sent, answer lost</comment>
        <translation>Inconnu — vérification…</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so the snapshot may exist. Snapshot Desk looks for it in the server&apos;s list (again at every refresh) and shows the outcome here; do not send it again until then.</source>
        <translation>La requête a été envoyée, mais sa réponse a été perdue : le snapshot existe peut-être. Snapshot Desk le cherche dans la liste du serveur (à nouveau à chaque actualisation) et affiche le résultat ici ; ne l&apos;envoyez pas à nouveau d&apos;ici là.</translation>
    </message>
    <message>
        <source>%1
Snapshot ID: %2</source>
        <translation>%1
ID de l&apos;instantané : %2</translation>
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
        <translation>Le fichier d&apos;historique %1 est endommagé ; les nouvelles entrées sont conservées jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: check that the file and its folder are writable.</source>
        <translation>L&apos;historique n&apos;a pas pu être enregistré dans %1 : vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryView</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>Fi&amp;ltre :</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Name, ID, report, account group…</source>
        <translation>Nom, ID, rapport, groupe de comptes…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>&amp;Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Use these settings again</source>
        <translation>&amp;Réutiliser ces paramètres</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Clea&amp;r history…</source>
        <translation>&amp;Effacer l&apos;historique…</translation>
    </message>
    <message>
        <source>Fill in the form with this entry&apos;s report or dashboard, times and options</source>
        <translation>Remplir le formulaire avec le rapport ou le tableau de bord, les dates et les options de cette entrée</translation>
    </message>
    <message>
        <source>Remove the selected entries from this list; the snapshots stay on ThousandEyes</source>
        <translation>Retirer les entrées sélectionnées de cette liste ; les instantanés restent sur ThousandEyes</translation>
    </message>
    <message>
        <source>Copied the snapshot ID %1.</source>
        <translation>ID d&apos;instantané %1 copié.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n snapshot IDs.</source>
        <translation>
            <numerusform>%n ID d&apos;instantané copié.</numerusform>
            <numerusform>%n ID d&apos;instantanés copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n link(s).</source>
        <translation>
            <numerusform>%n lien copié.</numerusform>
            <numerusform>%n liens copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select at most %n entries to open at once.</source>
        <translation>
            <numerusform>Sélectionnez au plus %n entrée à ouvrir à la fois.</numerusform>
            <numerusform>Sélectionnez au plus %n entrées à ouvrir à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete History Entries</source>
        <translation>Supprimer des entrées de l&apos;historique</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n history entries? The snapshots themselves stay on ThousandEyes.</source>
        <translation>
            <numerusform>Supprimer %n entrée de l&apos;historique ? Les instantanés eux-mêmes restent sur ThousandEyes.</numerusform>
            <numerusform>Supprimer %n entrées de l&apos;historique ? Les instantanés eux-mêmes restent sur ThousandEyes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n history entries? The snapshots themselves stay on ThousandEyes.</source>
        <translation>
            <numerusform>Supprimer la totalité de l&apos;historique (%n entrée) ? Les instantanés eux-mêmes restent sur ThousandEyes.</numerusform>
            <numerusform>Supprimer la totalité de l&apos;historique (%n entrées) ? Les instantanés eux-mêmes restent sur ThousandEyes.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear History</source>
        <translation>&amp;Effacer l&apos;historique</translation>
    </message>
    <message>
        <source>Could not export the history to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;exporter l&apos;historique vers %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>snapshot-history-selection.csv</source>
        <translation>historique-instantanes-selection.csv</translation>
    </message>
    <message>
        <source>snapshot-history.csv</source>
        <translation>historique-instantanes.csv</translation>
    </message>
    <message>
        <source>Export Selection to CSV</source>
        <translation>Exporter la sélection en CSV</translation>
    </message>
    <message>
        <source>Export History to CSV</source>
        <translation>Exporter l&apos;historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No snapshots yet. Every snapshot you create, and every attempt that fails, is listed here.</source>
        <translation>Aucun instantané pour le moment. Chaque instantané que vous créez, et chaque tentative qui échoue, apparaît ici.</translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation>Aucune entrée ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <source>Export &amp;selected entries to CSV…</source>
        <translation>Exporter les entrées &amp;sélectionnées en CSV…</translation>
    </message>
    <message>
        <source>Export the &amp;whole history to CSV…</source>
        <translation>Exporter t&amp;out l&apos;historique en CSV…</translation>
    </message>
    <message>
        <source>Write the selected entries to a CSV file</source>
        <translation>Écrire les entrées sélectionnées dans un fichier CSV</translation>
    </message>
    <message>
        <source>Write every entry of the history to a CSV file, whatever the filter shows</source>
        <translation>Écrire toutes les entrées de l&apos;historique dans un fichier CSV, quel que soit le filtre</translation>
    </message>
    <message>
        <source>Prof&amp;ile:</source>
        <translation>Prof&amp;il :</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n history entries could not be read and were skipped (%1).</source>
        <translation>
            <numerusform>%n entrée de l&apos;historique n&apos;a pas pu être lue et a été ignorée (%1).</numerusform>
            <numerusform>%n entrées de l&apos;historique n&apos;ont pas pu être lues et ont été ignorées (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file had damaged lines, which were left out.</source>
        <translation>Le fichier de paramètres contenait des lignes endommagées, qui ont été ignorées.</translation>
    </message>
    <message>
        <source>A copy of the damaged file could not be kept.</source>
        <translation>Aucune copie du fichier endommagé n&apos;a pu être conservée.</translation>
    </message>
    <message>
        <source>A copy of the damaged file was kept as %1.</source>
        <translation>Une copie du fichier endommagé a été conservée sous %1.</translation>
    </message>
    <message>
        <source>Everything readable was kept.</source>
        <translation>Tout ce qui était lisible a été conservé.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Instantané</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>&amp;Créer l&apos;instantané</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Refresh lists</source>
        <translation>&amp;Actualiser les listes</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Snapshot Desk</source>
        <translation>À &amp;propos de Snapshot Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Your account has no account groups that can create snapshots.</source>
        <translation>Votre compte n&apos;a aucun groupe de comptes permettant de créer des instantanés.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Réponse du serveur : %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Open &amp;settings</source>
        <translation>Ouvrir les &amp;paramètres</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; created with ID %2.</source>
        <translation>Instantané «&#xa0;%1&#xa0;» créé avec l&apos;ID %2.</translation>
    </message>
    <message>
        <source>The form now holds the settings of &quot;%1&quot;. Check the time range, then create.</source>
        <translation>Le formulaire reprend maintenant les paramètres de «&#xa0;%1&#xa0;». Vérifiez la période, puis créez l&apos;instantané.</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>Créer &amp;quand même</translation>
    </message>
    <message>
        <source>No ThousandEyes account is set up yet. Try the demo with a simulated API, or enter your API token in Settings.</source>
        <translation>Aucun compte ThousandEyes n&apos;est encore configuré. Essayez la démo avec une API simulée, ou saisissez votre jeton d&apos;API dans les Paramètres.</translation>
    </message>
    <message>
        <source>dashboard snapshots (v7)</source>
        <translation>instantanés de tableaux de bord (v7)</translation>
    </message>
    <message>
        <source>report snapshots (v6)</source>
        <translation>instantanés de rapports (v6)</translation>
    </message>
    <message>
        <source>Demo mode: simulated API, nothing is sent to ThousandEyes</source>
        <translation>Mode démo : API simulée, rien n&apos;est envoyé à ThousandEyes</translation>
    </message>
    <message>
        <source>Connected to %1 — %2</source>
        <translation>Connecté à %1 — %2</translation>
    </message>
    <message>
        <source>About Snapshot Desk</source>
        <translation>À propos de Snapshot Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Snapshot Desk %1&lt;/h3&gt;&lt;p&gt;Create ThousandEyes report and dashboard snapshots in one step, keep a searchable history, and see how much of the API rate limit is left.&lt;/p&gt;&lt;p&gt;API tokens are kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Snapshot Desk %1&lt;/h3&gt;&lt;p&gt;Créez en une seule étape des instantanés de rapports et de tableaux de bord ThousandEyes, conservez un historique consultable et voyez ce qui reste de la limite de débit de l&apos;API.&lt;/p&gt;&lt;p&gt;Les jetons d&apos;API sont conservés dans le trousseau du système.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Server snapshots</source>
        <translation>Instantanés du serveur</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routines</translation>
    </message>
    <message numerus="yes">
        <source>The hourly snapshot limit is reached. The remaining %n snapshots of the batch will be created at %1, by themselves if the app stays open.</source>
        <translation>
            <numerusform>La limite horaire d&apos;instantanés est atteinte. %n instantané restant du lot sera créé à %1, automatiquement si l&apos;application reste ouverte.</numerusform>
            <numerusform>La limite horaire d&apos;instantanés est atteinte. Les %n instantanés restants du lot seront créés à %1, automatiquement si l&apos;application reste ouverte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;batch</source>
        <translation>O&amp;uvrir le lot</translation>
    </message>
    <message numerus="yes">
        <source>Batch finished: %n created</source>
        <translation>
            <numerusform>Lot terminé : %n créé</numerusform>
            <numerusform>Lot terminé : %n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n non envoyé</numerusform>
            <numerusform>%n non envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>Réessa&amp;yer les échecs</translation>
    </message>
    <message>
        <source>New &amp;batch…</source>
        <translation>Nouveau &amp;lot…</translation>
    </message>
    <message>
        <source>&amp;Manage routines…</source>
        <translation>&amp;Gérer les routines…</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot;</source>
        <translation>Exécuter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Running &quot;%1&quot;: %n snapshots, one after another.</source>
        <translation>
            <numerusform>Exécution de «&#xa0;%1&#xa0;» : %n instantané.</numerusform>
            <numerusform>Exécution de «&#xa0;%1&#xa0;» : %n instantanés, l&apos;un après l&apos;autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved API token was saved for %1, but the app is set to use %2 (by Settings, the command line or TE_API_URL), so the token was not sent. Send it to %2 only if you trust that address.</source>
        <translation>Le jeton d’API enregistré l’a été pour %1, mais l’application est configurée pour utiliser %2 (par les paramètres, la ligne de commande ou TE_API_URL) ; le jeton n’a donc pas été envoyé. Ne l’envoyez à %2 que si vous faites confiance à cette adresse.</translation>
    </message>
    <message>
        <source>&amp;Use the token for %1</source>
        <translation>&amp;Utiliser le jeton pour %1</translation>
    </message>
    <message>
        <source>The server did make &quot;%1&quot; before the connection ended: ID %2.</source>
        <translation>Le serveur a bien créé « %1 » avant la fin de la connexion : ID %2.</translation>
    </message>
    <message>
        <source>Checked &quot;%1&quot;: %2</source>
        <translation>« %1 » vérifié : %2</translation>
    </message>
    <message>
        <source>Whether &quot;%1&quot; was made is still unknown: the server&apos;s list could not be read. %2</source>
        <translation>On ne sait toujours pas si « %1 » a été créé : la liste du serveur n&apos;a pas pu être lue. %2</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Not connected: no API token for %1</source>
        <translation>Non connecté : aucun jeton d’API pour %1</translation>
    </message>
    <message>
        <source>No ThousandEyes account is set up: enter your API token in Settings, or try the demo.</source>
        <translation>Aucun compte ThousandEyes n’est configuré : saisissez votre jeton d’API dans les paramètres, ou essayez la démo.</translation>
    </message>
    <message>
        <source>No web browser could be opened. The link is copied: paste it into a browser&apos;s address bar. %1</source>
        <translation>Aucun navigateur web n’a pu être ouvert. Le lien est copié : collez-le dans la barre d’adresse d’un navigateur. %1</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>A profile is one ThousandEyes account: its API version, address and token.
Name:</source>
        <translation>Un profil est un compte ThousandEyes : sa version d’API, son adresse et son jeton.
Nom :</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>Open the user guide in the browser</source>
        <translation>Ouvrir le guide d&apos;utilisation dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Snapshot Desk %1 (Qt %2) on %3
API: %4, %5
Settings: %6
History: %7
Messages: written to the terminal the app was started from (standard error); start it with QT_LOGGING_RULES=&quot;snapshotdesk.*.debug=true&quot; for more.</source>
        <translation>Snapshot Desk %1 (Qt %2) sous %3
API : %4, %5
Paramètres : %6
Historique : %7
Messages : écrits dans le terminal d&apos;où l&apos;application a été lancée (sortie d&apos;erreur) ; lancez-la avec QT_LOGGING_RULES=&quot;snapshotdesk.*.debug=true&quot; pour plus de détails.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <source>Report a Problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>Please describe what you did, what you expected and what happened, and paste these details into the report:</source>
        <translation>Décrivez ce que vous avez fait, ce que vous attendiez et ce qui s&apos;est passé, puis collez ces informations dans le signalement :</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les informations</translation>
    </message>
    <message>
        <source>&amp;Open Issue Tracker</source>
        <translation>&amp;Ouvrir le suivi des problèmes</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::OutcomeCheck</name>
    <message>
        <source>The connection ended before the server answered, and the server&apos;s list has no snapshot of this name and range: it was not made, and can be sent again.</source>
        <translation>La connexion s&apos;est terminée avant la réponse du serveur, et la liste du serveur ne contient aucun snapshot de ce nom et de cette période : il n&apos;a pas été créé et peut être envoyé à nouveau.</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop waiting and cancel the request</source>
        <translation>Cesser d&apos;attendre et annuler la requête</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: retrying in %n s</source>
        <translation>
            <numerusform>Limite de débit atteinte : nouvel essai dans %n s</numerusform>
            <numerusform>Limite de débit atteinte : nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limit reached: sending in %n s</source>
        <translation>
            <numerusform>Limite de débit atteinte : envoi dans %n s</numerusform>
            <numerusform>Limite de débit atteinte : envoi dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <extracomment>Status bar: %1 requests remaining of %2 allowed per minute</extracomment>
        <translation>Limite de débit : %1 sur %2 restantes</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left, resets in %3</source>
        <extracomment>Status bar: %1 remaining of %2 per minute; %3 a duration such as &quot;42 s&quot; or &quot;3 min&quot;</extracomment>
        <translation>Limite de débit : %1 sur %2 restantes, réinitialisation dans %3</translation>
    </message>
    <message>
        <source> (low)</source>
        <translation> (faible)</translation>
    </message>
    <message>
        <source>Rate limit: not known yet</source>
        <translation>Limite de débit : encore inconnue</translation>
    </message>
    <message>
        <source>Snapshots this hour: %1 of %2 left</source>
        <extracomment>Status bar, v7 only: %1 snapshot creations remaining of %2 per hour</extracomment>
        <translation>Instantanés cette heure-ci : %1 sur %2 restants</translation>
    </message>
    <message>
        <source>Snapshots this hour: none left, resets in %1</source>
        <extracomment>%1 is a duration such as &quot;42 s&quot; or &quot;3 min&quot;</extracomment>
        <translation>Instantanés cette heure-ci : aucun restant, réinitialisation dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <extracomment>Status bar, short form of &quot;Rate limited: retrying in %n s&quot;</extracomment>
        <translation>
            <numerusform>Nouvel essai dans %n s</numerusform>
            <numerusform>Nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s</source>
        <extracomment>Status bar, short form of &quot;Rate limit reached: sending in %n s&quot;</extracomment>
        <translation>
            <numerusform>Envoi dans %n s</numerusform>
            <numerusform>Envoi dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests: %1/%2</source>
        <extracomment>Status bar, short: %1 API requests left of %2 this minute</extracomment>
        <translation>Requêtes : %1/%2</translation>
    </message>
    <message>
        <source>Requests: %1/%2, reset in %3</source>
        <extracomment>Status bar, short: %1 of %2 requests left; %3 a duration such as &quot;42 s&quot;</extracomment>
        <translation>Requêtes : %1/%2, remise à zéro dans %3</translation>
    </message>
    <message>
        <source>Requests: not known yet</source>
        <extracomment>Status bar, short form of &quot;Rate limit: not known yet&quot;</extracomment>
        <translation>Requêtes : pas encore connu</translation>
    </message>
    <message>
        <source>Snapshots: %1/%2</source>
        <extracomment>Status bar, short: %1 snapshot creations left of %2 this hour</extracomment>
        <translation>Instantanés : %1/%2</translation>
    </message>
    <message>
        <source>Snapshots: 0, reset in %1</source>
        <extracomment>Status bar, short: no snapshot creations left; %1 a duration such as &quot;42 s&quot;</extracomment>
        <translation>Instantanés : 0, remise à zéro dans %1</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Snapshot &amp;ID:</source>
        <translation>ID de l&apos;in&amp;stantané :</translation>
    </message>
    <message>
        <source>Snapshot ID</source>
        <translation>ID de l&apos;instantané</translation>
    </message>
    <message>
        <source>Create a snapshot to see its ID here</source>
        <translation>Créez un instantané pour voir son ID ici</translation>
    </message>
    <message>
        <source>Co&amp;py ID</source>
        <translation>C&amp;opier l&apos;ID</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le li&amp;en</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Ouvrir dans le na&amp;vigateur</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Snapshot ID copied.</source>
        <translation>ID de l&apos;instantané copié.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Lien copié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, created %2</source>
        <extracomment>Under the snapshot ID: %1 the snapshot&apos;s name, %2 when it was made (2026-12-03 14:09)</extracomment>
        <translation>« %1 », créé le %2</translation>
    </message>
    <message>
        <source>Outcome unknown: checking the server&apos;s list for &quot;%1&quot;.</source>
        <translation>Résultat inconnu : recherche de « %1 » dans la liste du serveur.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RoutineStore</name>
    <message>
        <source>The routine could not be saved to %1: check that the file and its folder are writable.</source>
        <translation>La routine n&apos;a pas pu être enregistrée dans %1 : vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>This is not a routines file: it is not valid JSON (%1 at character %2).</source>
        <translation>Ce n&apos;est pas un fichier de routines : le JSON n&apos;est pas valide (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>This is not a routines file: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Ce n&apos;est pas un fichier de routines : &quot;format&quot; doit valoir &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The routines file has no valid &quot;version&quot;.</source>
        <translation>Le fichier de routines n&apos;a pas de champ &quot;version&quot; valide.</translation>
    </message>
    <message>
        <source>The routines file was written by a newer Snapshot Desk (format %1); this version reads format %2.</source>
        <translation>Le fichier de routines a été écrit par une version plus récente de Snapshot Desk (format %1) ; cette version lit le format %2.</translation>
    </message>
    <message>
        <source>The routines file has no &quot;routines&quot; list.</source>
        <translation>Le fichier de routines ne contient pas de liste &quot;routines&quot;.</translation>
    </message>
    <message>
        <source>Routine %1 in the file is not an object.</source>
        <translation>La routine %1 du fichier n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Routine %1 in the file cannot be read: %2</source>
        <translation>La routine %1 du fichier est illisible : %2</translation>
    </message>
    <message>
        <source>The routines could not be written to %1: %2</source>
        <translation>Les routines n&apos;ont pas pu être écrites dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importée)</translation>
    </message>
    <message>
        <source>The routine could not be deleted from %1: check that the file and its folder are writable.</source>
        <translation>La routine n’a pas pu être supprimée de %1 : vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe or a device): choose a routines file that Snapshot Desk exported.</source>
        <translation>%1 n’est pas un fichier ordinaire (c’est un dossier, un tube ou un périphérique) : choisissez un fichier de routines exporté par Snapshot Desk.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too large to be a routines file (more than %n MiB): choose a file that Snapshot Desk exported.</source>
        <translation>
            <numerusform>%1 est trop volumineux pour être un fichier de routines (plus de %n Mio) : choisissez un fichier exporté par Snapshot Desk.</numerusform>
            <numerusform>%1 est trop volumineux pour être un fichier de routines (plus de %n Mio) : choisissez un fichier exporté par Snapshot Desk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RoutinesDialog</name>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>&amp;Routines:</source>
        <translation>&amp;Routines :</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Export routines</source>
        <translation>Exporter les routines</translation>
    </message>
    <message>
        <source>Routines (*.json)</source>
        <translation>Routines (*.json)</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Importer des routines</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n sources, %2</source>
        <translation>
            <numerusform>%1 — %n source, %2</numerusform>
            <numerusform>%1 — %n sources, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Name template: %1
Account group: %2
API: %3</source>
        <translation>Modèle de nom : %1
Groupe de comptes : %2
API : %3</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Renommer la routine</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Supprimer la routine</translation>
    </message>
    <message>
        <source>Delete the routine &quot;%1&quot;? Snapshots it made stay.</source>
        <translation>Supprimer la routine «&#xa0;%1&#xa0;» ? Les instantanés qu&apos;elle a créés sont conservés.</translation>
    </message>
    <message>
        <source>Routines exported to %1.</source>
        <translation>Routines exportées vers %1.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n routines imported.</source>
        <translation>
            <numerusform>%n routine importée.</numerusform>
            <numerusform>%n routines importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotCatalog</name>
    <message>
        <source>The snapshot ID &quot;%1&quot; is not valid.</source>
        <translation>L&apos;ID d&apos;instantané «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Choose an expiration date.</source>
        <translation>Choisissez une date d&apos;expiration.</translation>
    </message>
    <message>
        <source>The expiration date must be in the future.</source>
        <translation>La date d&apos;expiration doit être dans le futur.</translation>
    </message>
    <message>
        <source>Report snapshots (v6) do not expire, so there is no date to change.</source>
        <translation>Les instantanés de rapports (v6) n&apos;expirent pas : il n&apos;y a donc aucune date à modifier.</translation>
    </message>
    <message>
        <source>Not sent: the server refused the credentials for &quot;%1&quot;.</source>
        <translation>Non envoyé : le serveur a refusé les identifiants pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotModel</name>
    <message>
        <source>In history</source>
        <translation>Dans l&apos;historique</translation>
    </message>
    <message>
        <source>Created elsewhere</source>
        <translation>Créé ailleurs</translation>
    </message>
    <message>
        <source>Gone from the server</source>
        <translation>Absent du serveur</translation>
    </message>
    <message>
        <source>This snapshot is in your history but no longer on the server: it was deleted or has expired.</source>
        <translation>Cet instantané figure dans votre historique mais n&apos;est plus sur le serveur : il a été supprimé ou a expiré.</translation>
    </message>
    <message>
        <source>Double-click to open in the browser</source>
        <translation>Double-cliquez pour l&apos;ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotsView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the list of snapshots from the server again</source>
        <translation>Recharger la liste des instantanés depuis le serveur</translation>
    </message>
    <message>
        <source>&amp;Delete on server…</source>
        <translation>S&amp;upprimer du serveur…</translation>
    </message>
    <message>
        <source>Delete on server…</source>
        <translation>Supprimer du serveur…</translation>
    </message>
    <message>
        <source>Change e&amp;xpiration…</source>
        <translation>A&amp;juster l&apos;expiration…</translation>
    </message>
    <message>
        <source>Change expiration…</source>
        <translation>Ajuster l&apos;expiration…</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>Fi&amp;ltre :</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Name, dashboard, status…</source>
        <translation>Nom, tableau de bord, état…</translation>
    </message>
    <message>
        <source>Server snapshots</source>
        <translation>Instantanés du serveur</translation>
    </message>
    <message>
        <source>Stop &amp;loading</source>
        <translation>A&amp;bandonner le chargement</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Abandonner le chargement</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n snapshots so far</source>
        <translation>
            <numerusform>Chargement… %n instantané pour l&apos;instant</numerusform>
            <numerusform>Chargement… %n instantanés pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <source>(page %1)</source>
        <translation>(page %1)</translation>
    </message>
    <message>
        <source>Loading stopped; the list shown is the previous one.</source>
        <translation>Chargement abandonné ; la liste affichée est la précédente.</translation>
    </message>
    <message>
        <source>The server snapshots could not be listed: %1</source>
        <translation>Impossible de lister les instantanés du serveur : %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Réponse du serveur : %1</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>La liste n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be deleted: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être supprimé : %2</translation>
    </message>
    <message>
        <source>The expiration of &quot;%1&quot; could not be changed: %2</source>
        <translation>L&apos;expiration de «&#xa0;%1&#xa0;» n&apos;a pas pu être modifiée : %2</translation>
    </message>
    <message>
        <source>Snapshot %1 was deleted on the server.</source>
        <translation>L&apos;instantané %1 a été supprimé du serveur.</translation>
    </message>
    <message>
        <source>Snapshot %1 now expires on %2.</source>
        <translation>L&apos;instantané %1 expire désormais le %2.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Liste pas encore chargée.</translation>
    </message>
    <message>
        <source>Set up an account (or try the demo) to see the snapshots on the server.</source>
        <translation>Configurez un compte (ou essayez la démo) pour voir les instantanés du serveur.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots on the server</source>
        <translation>
            <numerusform>%n instantané sur le serveur</numerusform>
            <numerusform>%n instantanés sur le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created elsewhere</source>
        <translation>
            <numerusform>%n créé ailleurs</numerusform>
            <numerusform>%n créés ailleurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the history gone</source>
        <translation>
            <numerusform>%n de l&apos;historique absent du serveur</numerusform>
            <numerusform>%n de l&apos;historique absents du serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshots on the ThousandEyes server: %1? Anyone with the link loses access. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n instantané du serveur ThousandEyes : %1 ? Toute personne disposant du lien en perdra l&apos;accès. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n instantanés du serveur ThousandEyes : %1 ? Toute personne disposant du lien en perdra l&apos;accès. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete on server</source>
        <translation>Supprimer du serveur</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::Session</name>
    <message>
        <source>A batch is already running; wait for it or cancel it first.</source>
        <translation>Un lot est déjà en cours ; attendez qu&apos;il se termine ou annulez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The batch could not start.</source>
        <translation>Le lot n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; is for the %2 API, but the app is set up for %3. Change the API version in Settings to run it.</source>
        <translation>La routine «&#xa0;%1&#xa0;» est prévue pour l&apos;API %2, mais l&apos;application est configurée pour %3. Changez la version de l&apos;API dans les Paramètres pour l&apos;exécuter.</translation>
    </message>
    <message>
        <source>The demo could not start: no local port was free.</source>
        <translation>La démo n&apos;a pas pu démarrer : aucun port local n&apos;était libre.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::SettingsDialog</name>
    <message>
        <source>v7 – dashboard snapshots (current)</source>
        <translation>v7 – instantanés de tableaux de bord (actuelle)</translation>
    </message>
    <message>
        <source>v6 – report snapshots (legacy)</source>
        <translation>v6 – instantanés de rapports (ancienne)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>Basic (e-mail + token)</source>
        <translation>Basic (e-mail + jeton)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Basic authentication is only available with API v6.</source>
        <translation>L&apos;authentification Basic n&apos;est disponible qu&apos;avec l&apos;API v6.</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Masquer le jeton</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Enter a full address such as %1, or leave the field empty for the official one.</source>
        <translation>Saisissez une adresse complète comme %1, ou laissez le champ vide pour utiliser l&apos;adresse officielle.</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed to this computer (localhost or 127.0.0.1), since the token would travel unencrypted.</source>
        <translation>Utilisez https://. http:// simple n&apos;est autorisé que vers cet ordinateur (localhost ou 127.0.0.1), car le jeton circulerait sans chiffrement.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L&apos;adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>Basic authentication needs the e-mail address of your ThousandEyes account.</source>
        <translation>L&apos;authentification Basic nécessite l&apos;adresse e-mail de votre compte ThousandEyes.</translation>
    </message>
    <message>
        <source>Enter a full e-mail address, such as name@example.com.</source>
        <translation>Saisissez une adresse e-mail complète, comme nom@exemple.com.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n account group(s); rate limit %1 of %2 remaining</source>
        <translation>
            <numerusform>Connecté : %n groupe de comptes ; limite de débit : %1 sur %2 restantes</numerusform>
            <numerusform>Connecté : %n groupes de comptes ; limite de débit : %1 sur %2 restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n account group(s)</source>
        <translation>
            <numerusform>Connecté : %n groupe de comptes</numerusform>
            <numerusform>Connecté : %n groupes de comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Réponse du serveur : %1</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: check that the file and its folder are writable, then press OK again.</source>
        <translation>Les paramètres n’ont pas pu être enregistrés dans %1 : vérifiez que le fichier et son dossier sont accessibles en écriture, puis appuyez de nouveau sur OK.</translation>
    </message>
    <message>
        <source>Paste your API token</source>
        <translation>Collez votre jeton d’API</translation>
    </message>
    <message>
        <source>Saved in the keychain — leave empty to keep it</source>
        <translation>Enregistré dans le trousseau — laissez vide pour le garder</translation>
    </message>
    <message>
        <source>No API token: enter your ThousandEyes API token above, then test again.</source>
        <translation>Aucun jeton d’API : saisissez votre jeton d’API ThousandEyes ci-dessus, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>The server could not be reached: check the base URL above and your network connection, then test again.</source>
        <translation>Le serveur est injoignable : vérifiez l’URL de base ci-dessus et votre connexion réseau, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http:// only for this computer): correct it above.</source>
        <translation>L’URL de base doit commencer par https:// (http:// simple seulement pour cet ordinateur) : corrigez-la ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>&amp;Oublier le jeton</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s saved API token from the keychain</source>
        <translation>Retirer du trousseau le jeton d’API enregistré de ce profil</translation>
    </message>
    <message>
        <source>The saved token of the profile &quot;%1&quot; was removed from the keychain.</source>
        <translation>Le jeton enregistré du profil « %1 » a été retiré du trousseau.</translation>
    </message>
    <message>
        <source>No token was saved for the profile &quot;%1&quot;.</source>
        <translation>Aucun jeton n’était enregistré pour le profil « %1 ».</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: the token field is for the token.</source>
        <translation>Retirez le nom d’utilisateur et le mot de passe de l’adresse : le jeton a son propre champ.</translation>
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
        <translation>Tapez pour rechercher</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>&amp;Tableau de bord :</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>An account group in the list; %1 is its name</extracomment>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Tooltip of an account group: %1 is the organisation, %2 the account group</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <extracomment>A report or dashboard that ThousandEyes ships; %1 is its name.</extracomment>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>This account group has no dashboards. Create one in ThousandEyes, then refresh the list.</source>
        <translation>Ce groupe de comptes n&apos;a aucun tableau de bord. Créez-en un dans ThousandEyes, puis actualisez la liste.</translation>
    </message>
    <message>
        <source>This account group has no reports. Create one in ThousandEyes, then refresh the list.</source>
        <translation>Ce groupe de comptes n&apos;a aucun rapport. Créez-en un dans ThousandEyes, puis actualisez la liste.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>A snapshot is being created: wait for it, or cancel it.</source>
        <translation>Un instantané est en cours de création : attendez-le ou annulez-le.</translation>
    </message>
    <message>
        <source>The dashboards are still loading.</source>
        <translation>Les tableaux de bord sont encore en cours de chargement.</translation>
    </message>
    <message>
        <source>The reports are still loading.</source>
        <translation>Les rapports sont encore en cours de chargement.</translation>
    </message>
    <message>
        <source>Create the snapshot (Ctrl+Return)</source>
        <translation>Créer l&apos;instantané (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indication</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]

Creates ThousandEyes report (API v6) and dashboard (API v7) snapshots from scripts, cron and CI, with the settings, token, profiles and history of the Snapshot Desk window.

Commands:
</source>
        <translation>Usage : %1 [options] COMMANDE [options de la commande]

Crée des instantanés ThousandEyes de rapports (API v6) et de tableaux de bord (API v7) depuis des scripts, cron et la CI, avec les paramètres, le jeton, les profils et l’historique de la fenêtre Snapshot Desk.

Commandes :
</translation>
    </message>
    <message>
        <source>Create a snapshot and print its ID</source>
        <translation>Créer un instantané et afficher son ID</translation>
    </message>
    <message>
        <source>List the account groups</source>
        <translation>Lister les groupes de comptes</translation>
    </message>
    <message>
        <source>List the reports or dashboards of an account group</source>
        <translation>Lister les rapports ou tableaux de bord d’un groupe de comptes</translation>
    </message>
    <message>
        <source>List the snapshots on the server</source>
        <translation>Lister les instantanés sur le serveur</translation>
    </message>
    <message>
        <source>Delete snapshots on the server</source>
        <translation>Supprimer des instantanés sur le serveur</translation>
    </message>
    <message>
        <source>Print the history of snapshots</source>
        <translation>Afficher l’historique des instantanés</translation>
    </message>
    <message>
        <source>List the saved routines</source>
        <translation>Lister les routines enregistrées</translation>
    </message>
    <message>
        <source>Run a saved routine now</source>
        <translation>Exécuter maintenant une routine enregistrée</translation>
    </message>
    <message>
        <source>List, add or remove profiles (accounts)</source>
        <translation>Lister, ajouter ou retirer des profils (comptes)</translation>
    </message>
    <message>
        <source>Save a profile&apos;s API token in the keychain (read from standard input)</source>
        <translation>Enregistrer le jeton d’API d’un profil dans le trousseau (lu sur l’entrée standard)</translation>
    </message>
    <message>
        <source>Remove a profile&apos;s API token from the keychain</source>
        <translation>Retirer du trousseau le jeton d’API d’un profil</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>
Environment: TE_API_URL, TE_API_VERSION (v6 or v7), TE_TOKEN (bearer token), TE_EMAIL with TE_BASIC_TOKEN (v6 basic authentication); tokens from the environment are used for this run and never saved.

Exit status: 0 success; 1 API or network failure; 2 bad usage or input; 3 authentication or permission (401/403, no token); 4 rate limit not recovered; 5 some items of a batch failed.

`%1 COMMAND --help` describes a command; `man %1` has more.
</source>
        <translation>
Environnement : TE_API_URL, TE_API_VERSION (v6 ou v7), TE_TOKEN (jeton bearer), TE_EMAIL avec TE_BASIC_TOKEN (authentification basic v6) ; les jetons de l’environnement servent pour cette exécution et ne sont jamais enregistrés.

Code de sortie : 0 succès ; 1 échec de l’API ou du réseau ; 2 usage ou saisie incorrects ; 3 authentification ou permission (401/403, pas de jeton) ; 4 limite de débit non rétablie ; 5 certains éléments d’un lot ont échoué.

`%1 COMMANDE --help` décrit une commande ; `man %1` en dit plus.
</translation>
    </message>
    <message>
        <source>See `%1 --help`.</source>
        <translation>Voir `%1 --help`.</translation>
    </message>
    <message>
        <source>Give a command: %1.</source>
        <translation>Indiquez une commande : %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command. Commands: %2.</source>
        <translation>« %1 » n’est pas une commande. Commandes : %2.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::Command</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <extracomment>%1 is a sentence of ours, %2 what the server said</extracomment>
        <translation>%1 (Le serveur a répondu : %2)</translation>
    </message>
    <message>
        <source>The history could not be written (%1); the entry is kept and written again next time.</source>
        <translation>L’historique n’a pas pu être écrit (%1) ; l’entrée est conservée et sera réécrite la prochaine fois.</translation>
    </message>
    <message>
        <source>--profile: there is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>--profile : il n’existe pas de profil « %1 ». Profils : %2.</translation>
    </message>
    <message>
        <source>No API token for the profile &quot;%1&quot;: set TE_TOKEN, or save one with `snapshot-desk-cli login` or in the window (File → Settings).</source>
        <translation>Aucun jeton d’API pour le profil « %1 » : définissez TE_TOKEN, ou enregistrez-en un avec `snapshot-desk-cli login` ou dans la fenêtre (Fichier → Paramètres).</translation>
    </message>
    <message>
        <source>The saved token of the profile &quot;%1&quot; was saved for %2, not for %3, so it was not sent. Confirm it once in the window, or set TE_TOKEN.</source>
        <translation>Le jeton enregistré du profil « %1 » l’a été pour %2, pas pour %3 ; il n’a donc pas été envoyé. Confirmez-le une fois dans la fenêtre, ou définissez TE_TOKEN.</translation>
    </message>
    <message numerus="yes">
        <source>The API answered 429 (rate limit): waiting %n second(s), until %1, then trying once more.</source>
        <translation>
            <numerusform>L’API a répondu 429 (limite de débit) : attente de %n seconde, jusqu’à %1, puis un nouvel essai.</numerusform>
            <numerusform>L’API a répondu 429 (limite de débit) : attente de %n secondes, jusqu’à %1, puis un nouvel essai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation&apos;s rate limit is used up: waiting %n second(s), until %1, before the next request.</source>
        <translation>
            <numerusform>La limite de débit de l’organisation est épuisée : attente de %n seconde, jusqu’à %1, avant la requête suivante.</numerusform>
            <numerusform>La limite de débit de l’organisation est épuisée : attente de %n secondes, jusqu’à %1, avant la requête suivante.</numerusform>
        </translation>
    </message>
    <message>
        <source>--account-group: &quot;%1&quot; names more than one account group: %2. Give its ID.</source>
        <translation>--account-group : « %1 » désigne plusieurs groupes de comptes : %2. Indiquez son ID.</translation>
    </message>
    <message>
        <source>--account-group: there is no account group &quot;%1&quot;. Account groups: %2.</source>
        <translation>--account-group : il n’existe pas de groupe de comptes « %1 ». Groupes de comptes : %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::CreateCommand</name>
    <message>
        <source>Creates a snapshot of a report (API v6) or dashboard (API v7) and prints its ID.</source>
        <translation>Crée un instantané d’un rapport (API v6) ou d’un tableau de bord (API v7) et affiche son ID.</translation>
    </message>
    <message>
        <source>The report or dashboard, by name or ID.</source>
        <translation>Le rapport ou le tableau de bord, par nom ou par ID.</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>nom|id</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>Le groupe de comptes, par nom ou par ID (par défaut : celui de la fenêtre).</translation>
    </message>
    <message>
        <source>A time range relative to now: last-hour, last-24h, last-7d, yesterday, last-week or last-30d.</source>
        <translation>Une période relative à maintenant : last-hour, last-24h, last-7d, yesterday, last-week ou last-30d.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Start: &quot;yyyy-MM-dd HH:mm&quot; in local time, or ISO 8601 with Z or an offset.</source>
        <translation>Début : « yyyy-MM-dd HH:mm » en heure locale, ou ISO 8601 avec Z ou un décalage.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>End, in the same forms as --from.</source>
        <translation>Fin, sous les mêmes formes que --from.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s display name (default: from the name template in Settings).</source>
        <translation>Le nom d’affichage de l’instantané (par défaut : d’après le modèle de nom des paramètres).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>v7: the last day (yyyy-MM-dd) the snapshot is kept (default: one year).</source>
        <translation>v7 : le dernier jour (yyyy-MM-dd) où l’instantané est conservé (par défaut : un an).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>v7: anonymize the snapshot&apos;s data.</source>
        <translation>v7 : anonymiser les données de l’instantané.</translation>
    </message>
    <message>
        <source>Go ahead despite a warning, such as a range of more than 93 days.</source>
        <translation>Continuer malgré un avertissement, par exemple une période de plus de 93 jours.</translation>
    </message>
    <message>
        <source>Print a JSON object instead of the ID alone.</source>
        <translation>Afficher un objet JSON au lieu de l’ID seul.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--source is required: the report or dashboard to snapshot, by name or ID.</source>
        <translation>--source est requis : le rapport ou le tableau de bord à capturer, par nom ou par ID.</translation>
    </message>
    <message>
        <source>--range cannot be combined with --from and --to: give one or the other.</source>
        <translation>--range ne peut pas être combiné avec --from et --to : indiquez l’un ou l’autre.</translation>
    </message>
    <message>
        <source>A time range is required: --range KEY, or --from and --to.</source>
        <translation>Une période est requise : --range CLÉ, ou --from et --to.</translation>
    </message>
    <message>
        <source>--range: &quot;%1&quot; is not a range. Use last-hour, last-24h, last-7d, yesterday, last-week or last-30d.</source>
        <translation>--range : « %1 » n’est pas une période. Utilisez last-hour, last-24h, last-7d, yesterday, last-week ou last-30d.</translation>
    </message>
    <message>
        <source>--to is required with --from.</source>
        <translation>--to est requis avec --from.</translation>
    </message>
    <message>
        <source>--from is required with --to.</source>
        <translation>--from est requis avec --to.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time. Use &quot;yyyy-MM-dd HH:mm&quot; (local time) or ISO 8601 with Z or an offset, e.g. 2026-03-02T18:00:00Z.</source>
        <translation>--%1 : « %2 » n’est pas une heure. Utilisez « yyyy-MM-dd HH:mm » (heure locale) ou ISO 8601 avec Z ou un décalage, p. ex. 2026-03-02T18:00:00Z.</translation>
    </message>
    <message>
        <source>--name: the name cannot be empty.</source>
        <translation>--name : le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>--expires: &quot;%1&quot; is not a date. Use yyyy-MM-dd.</source>
        <translation>--expires : « %1 » n’est pas une date. Utilisez yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Add --yes to create it anyway.</source>
        <translation>Ajoutez --yes pour le créer quand même.</translation>
    </message>
    <message>
        <source>%1 is only for API v7 (dashboard snapshots); the profile uses v6.</source>
        <translation>%1 n’existe que pour l’API v7 (instantanés de tableaux de bord) ; le profil utilise v6.</translation>
    </message>
    <message>
        <source>--source: &quot;%1&quot; names more than one report: %2. Give its ID.</source>
        <translation>--source : « %1 » désigne plusieurs rapports : %2. Indiquez son ID.</translation>
    </message>
    <message>
        <source>--source: &quot;%1&quot; names more than one dashboard: %2. Give its ID.</source>
        <translation>--source : « %1 » désigne plusieurs tableaux de bord : %2. Indiquez son ID.</translation>
    </message>
    <message>
        <source>--source: there is no report &quot;%1&quot; in %2. Reports: %3.</source>
        <translation>--source : il n’existe pas de rapport « %1 » dans %2. Rapports : %3.</translation>
    </message>
    <message>
        <source>--source: there is no dashboard &quot;%1&quot; in %2. Dashboards: %3.</source>
        <translation>--source : il n’existe pas de tableau de bord « %1 » dans %2. Tableaux de bord : %3.</translation>
    </message>
    <message>
        <source>The snapshot was not made: %1</source>
        <translation>L’instantané n’a pas été créé : %1</translation>
    </message>
    <message>
        <source>The answer to the create was lost and the server&apos;s list could not be read (%1), so it is not known whether the snapshot was made. The history shows it as unknown; the window checks again at its next start. Do not create it again before.</source>
        <translation>La réponse à la création a été perdue et la liste du serveur n’a pas pu être lue (%1) : on ne sait donc pas si l’instantané a été créé. L’historique l’indique comme inconnu ; la fenêtre vérifiera à son prochain démarrage. Ne le recréez pas d’ici là.</translation>
    </message>
    <message>
        <source>The answer to the create was lost; asking the server&apos;s list whether the snapshot was made.</source>
        <translation>La réponse à la création a été perdue ; la liste du serveur est consultée pour savoir si l’instantané a été créé.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::DeleteCommand</name>
    <message>
        <source>Deletes snapshots on the server, after asking unless --yes is given.</source>
        <translation>Supprime des instantanés sur le serveur, après confirmation sauf avec --yes.</translation>
    </message>
    <message>
        <source>The IDs of the snapshots to delete.</source>
        <translation>Les ID des instantanés à supprimer.</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>Le groupe de comptes, par nom ou par ID (par défaut : celui de la fenêtre).</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>nom|id</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>Supprimer sans demander.</translation>
    </message>
    <message>
        <source>Give the ID of at least one snapshot to delete (see `snapshot-desk-cli snapshots`).</source>
        <translation>Indiquez l’ID d’au moins un instantané à supprimer (voir `snapshot-desk-cli snapshots`).</translation>
    </message>
    <message>
        <source>Deleting cannot be undone, and there is nobody to ask: add --yes to delete without asking.</source>
        <translation>La suppression est irréversible et il n’y a personne à qui demander : ajoutez --yes pour supprimer sans demander.</translation>
    </message>
    <message>
        <source>There is no snapshot &quot;%1&quot; in the account group %2.</source>
        <translation>Il n’existe pas d’instantané « %1 » dans le groupe de comptes %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s) from the server: %1? This cannot be undone. [y/N] </source>
        <translation>
            <numerusform>Supprimer %n instantané du serveur : %1 ? C’est irréversible. [y/N] </numerusform>
            <numerusform>Supprimer %n instantanés du serveur : %1 ? C’est irréversible. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 n’a pas été supprimé : %2</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::HistoryCommand</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Prints the history of snapshots, newest first: the window&apos;s history, from the same file. With --profile, only that profile&apos;s entries.</source>
        <translation>Affiche l’historique des instantanés, du plus récent au plus ancien : l’historique de la fenêtre, depuis le même fichier. Avec --profile, seulement les entrées de ce profil.</translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Print at most this many entries, the newest.</source>
        <translation>Afficher au plus ce nombre d’entrées, les plus récentes.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format. Use table, csv or json.</source>
        <translation>--format : « %1 » n’est pas un format. Utilisez table, csv ou json.</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number of entries (1 or more).</source>
        <translation>--limit : « %1 » n’est pas un nombre d’entrées (1 ou plus).</translation>
    </message>
    <message>
        <source>--profile: there is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>--profile : il n’existe pas de profil « %1 ». Profils : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read and are left out (%1).</source>
        <translation>
            <numerusform>%n entrée n’a pas pu être lue et est omise (%1).</numerusform>
            <numerusform>%n entrées n’ont pas pu être lues et sont omises (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUPE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SNAPSHOT ID</source>
        <translation>ID D’INSTANTANÉ</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::ListCommand</name>
    <message>
        <source>Lists the account groups the token can use.</source>
        <translation>Liste les groupes de comptes que le jeton peut utiliser.</translation>
    </message>
    <message>
        <source>Lists the reports (API v6) or dashboards (API v7) of an account group.</source>
        <translation>Liste les rapports (API v6) ou tableaux de bord (API v7) d’un groupe de comptes.</translation>
    </message>
    <message>
        <source>Lists the snapshots on the server for an account group.</source>
        <translation>Liste les instantanés d’un groupe de comptes sur le serveur.</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>Le groupe de comptes, par nom ou par ID (par défaut : celui de la fenêtre).</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>nom|id</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>AID</source>
        <extracomment>Column headers of a table printed by snapshot-desk-cli; * marks the group used by default</extracomment>
        <translation>AID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>À</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::ProfilesCommand</name>
    <message>
        <source>Lists the profiles (one per ThousandEyes account), or adds or removes one. A new profile takes --api-version, --api-url, --auth and --email; save its token with `snapshot-desk-cli login --profile NAME`.</source>
        <translation>Liste les profils (un par compte ThousandEyes), ou en ajoute ou en retire un. Un nouveau profil prend --api-version, --api-url, --auth et --email ; enregistrez son jeton avec `snapshot-desk-cli login --profile NOM`.</translation>
    </message>
    <message>
        <source>list (the default), add or remove.</source>
        <translation>list (par défaut), add ou remove.</translation>
    </message>
    <message>
        <source>add: bearer (the default) or basic (v6: e-mail and basic token).</source>
        <translation>add : bearer (par défaut) ou basic (v6 : e-mail et jeton basic).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>add: the account&apos;s e-mail address, for basic authentication.</source>
        <translation>add : l’adresse e-mail du compte, pour l’authentification basic.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>remove: without asking.</source>
        <translation>remove : sans demander.</translation>
    </message>
    <message>
        <source>list: print JSON instead of a table.</source>
        <translation>list : afficher du JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Give the profile&apos;s name: snapshot-desk-cli profiles %1 NAME.</source>
        <translation>Indiquez le nom du profil : snapshot-desk-cli profiles %1 NOM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of profiles. Use list, add or remove.</source>
        <translation>« %1 » n’est pas une action de profiles. Utilisez list, add ou remove.</translation>
    </message>
    <message>
        <source>--auth: &quot;%1&quot; is not a kind of authentication. Use bearer or basic.</source>
        <translation>--auth : « %1 » n’est pas un type d’authentification. Utilisez bearer ou basic.</translation>
    </message>
    <message>
        <source>--auth basic is for API v6 and needs --email: add --api-version v6 --email ADDRESS.</source>
        <translation>--auth basic est réservé à l’API v6 et exige --email : ajoutez --api-version v6 --email ADRESSE.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
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
        <translation>Les paramètres n’ont pas pu être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Added the profile &quot;%1&quot;. Save its token with: snapshot-desk-cli login --profile &quot;%1&quot;</source>
        <translation>Profil « %1 » ajouté. Enregistrez son jeton avec : snapshot-desk-cli login --profile &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>Il n’existe pas de profil « %1 ». Profils : %2.</translation>
    </message>
    <message>
        <source>The profile &quot;Default&quot; cannot be removed.</source>
        <translation>Le profil « Default » ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>Removing a profile forgets its token; there is nobody to ask: add --yes.</source>
        <translation>Retirer un profil oublie son jeton, et il n’y a personne à qui demander : ajoutez --yes.</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its saved token? [y/N] </source>
        <translation>Retirer le profil « %1 » et son jeton enregistré ? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Rien n’a été retiré.</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation>Profil « %1 » retiré.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::RoutinesCommand</name>
    <message>
        <source>Lists the saved routines (Routines in the window), or imports those of a file the window exported (Routines → Export).</source>
        <translation>Liste les routines enregistrées (Routines dans la fenêtre), ou importe celles d’un fichier exporté par la fenêtre (Routines → Exporter).</translation>
    </message>
    <message>
        <source>list (the default), or import FILE.</source>
        <translation>list (par défaut), ou import FICHIER.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>Give the file to import: snapshot-desk-cli routines import FILE.</source>
        <translation>Indiquez le fichier à importer : snapshot-desk-cli routines import FICHIER.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s).</source>
        <translation>
            <numerusform>%n routine importée.</numerusform>
            <numerusform>%n routines importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>SOURCES</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUPE</translation>
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
        <translation>Exécute maintenant une routine enregistrée : un instantané par rapport ou tableau de bord, sa période relative résolue maintenant, cadencé par la limite de débit comme le lot de la fenêtre. Affiche les ID créés, un par ligne.</translation>
    </message>
    <message>
        <source>The routine&apos;s name.</source>
        <translation>Le nom de la routine.</translation>
    </message>
    <message>
        <source>Print a JSON object with every item instead of the IDs.</source>
        <translation>Afficher un objet JSON avec chaque élément au lieu des ID.</translation>
    </message>
    <message>
        <source>Give the name of the routine to run (see `snapshot-desk-cli routines`).</source>
        <translation>Indiquez le nom de la routine à exécuter (voir `snapshot-desk-cli routines`).</translation>
    </message>
    <message>
        <source>Give one routine; put a name with spaces in quotes.</source>
        <translation>Indiquez une seule routine ; mettez un nom contenant des espaces entre guillemets.</translation>
    </message>
    <message>
        <source>There is no routine &quot;%1&quot;. Routines: %2.</source>
        <translation>Il n’existe pas de routine « %1 ». Routines : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one routine: %2.</source>
        <translation>« %1 » désigne plusieurs routines : %2.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1 : %2 sur %3 terminés</translation>
    </message>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>(environ %n seconde restante)</numerusform>
            <numerusform>(environ %n secondes restantes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The hourly snapshot limit is spent; the rest go at %1, by themselves.</source>
        <translation>La limite horaire d’instantanés est épuisée ; les autres partiront à %1, d’eux-mêmes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not made: %2</source>
        <translation>« %1 » n’a pas été créé : %2</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::TokenCommand</name>
    <message>
        <source>Reads an API token from standard input (one line) and saves it in the keychain for the profile, bound to its API address. For example: snapshot-desk-cli login &lt; token.txt</source>
        <translation>Lit un jeton d’API sur l’entrée standard (une ligne) et l’enregistre dans le trousseau pour le profil, lié à son adresse d’API. Par exemple : snapshot-desk-cli login &lt; token.txt</translation>
    </message>
    <message>
        <source>Removes the profile&apos;s saved API token from the keychain.</source>
        <translation>Retire du trousseau le jeton d’API enregistré du profil.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--demo needs no token.</source>
        <translation>--demo n’a pas besoin de jeton.</translation>
    </message>
    <message>
        <source>Removed the saved token of the profile &quot;%1&quot; from the keychain.</source>
        <translation>Le jeton enregistré du profil « %1 » a été retiré du trousseau.</translation>
    </message>
    <message>
        <source>No token was saved for the profile &quot;%1&quot;.</source>
        <translation>Aucun jeton n’était enregistré pour le profil « %1 ».</translation>
    </message>
    <message>
        <source>Paste the API token of the profile &quot;%1&quot; and press Enter: </source>
        <translation>Collez le jeton d’API du profil « %1 » et appuyez sur Entrée : </translation>
    </message>
    <message>
        <source>No token on standard input.</source>
        <translation>Aucun jeton sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Saved the token of the profile &quot;%1&quot; in the keychain, for %2.</source>
        <translation>Le jeton du profil « %1 » a été enregistré dans le trousseau, pour %2.</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::json</name>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation>La réponse du serveur n&apos;est pas un JSON valide.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list.</source>
        <translation>La réponse du serveur n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;%1&quot; list.</source>
        <translation>La réponse du serveur ne contient pas de liste &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
