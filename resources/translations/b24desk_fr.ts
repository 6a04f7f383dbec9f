<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About b24desk</source>
        <translation>À propos de b24desk</translation>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation>Bibliothèques fournies</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the version and the libraries, e.g. for a bug report</source>
        <translation>Copier la version et les bibliothèques, par exemple pour un rapport de bogue</translation>
    </message>
    <message>
        <source>Desktop request builder for the Bitrix24 REST API</source>
        <translation>Constructeur de requêtes de bureau pour l’API REST de Bitrix24</translation>
    </message>
    <message>
        <source>Libraries b24desk ships with, and their licences:</source>
        <translation>Bibliothèques fournies avec b24desk et leurs licences :</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licence: {licence}. Runs on Python {python} and Qt {qt} (LGPL-3.0, through PySide6).</source>
        <translation>Licence : {licence}. Fonctionne avec Python {python} et Qt {qt} (LGPL-3.0, via PySide6).</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Application token</source>
        <translation>Jeton d&apos;application</translation>
    </message>
    <message>
        <source>Busiest methods</source>
        <translation>Méthodes les plus utilisées</translation>
    </message>
    <message>
        <source>Call URL</source>
        <translation>URL d&apos;appel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code language</source>
        <translation>Langage du code</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Enter finds the next match</source>
        <translation>Entrée trouve l&apos;occurrence suivante</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Données de l&apos;événement</translation>
    </message>
    <message>
        <source>Events the receiver got, newest last</source>
        <translation>Événements reçus par le récepteur, les plus récents en dernier</translation>
    </message>
    <message>
        <source>Find in the raw answer</source>
        <translation>Rechercher dans la réponse brute</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <source>Handler URL</source>
        <translation>URL du gestionnaire</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Keys in PHP syntax, their values and types; Enter edits a cell</source>
        <translation>Clés en syntaxe PHP, leurs valeurs et types ; Entrée modifie une cellule</translation>
    </message>
    <message>
        <source>List results, one row per record; click a column to sort</source>
        <translation>Résultats de listes, une ligne par enregistrement ; cliquez sur une colonne pour trier</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>POST sends a form body; GET puts the query in the URL</source>
        <translation>POST envoie un corps de formulaire ; GET met la requête dans l&apos;URL</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Parameters as JSON</source>
        <translation>Paramètres en JSON</translation>
    </message>
    <message>
        <source>Past calls of this webhook; double-click reopens one</source>
        <translation>Appels précédents de ce webhook ; un double-clic en rouvre un</translation>
    </message>
    <message>
        <source>Raw answer</source>
        <translation>Réponse brute</translation>
    </message>
    <message>
        <source>Received events</source>
        <translation>Événements reçus</translation>
    </message>
    <message>
        <source>Receiver host</source>
        <translation>Hôte du récepteur</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Port du récepteur</translation>
    </message>
    <message>
        <source>Requests, errors and time per method</source>
        <translation>Requêtes, erreurs et temps par méthode</translation>
    </message>
    <message>
        <source>Result table</source>
        <translation>Tableau du résultat</translation>
    </message>
    <message>
        <source>Result tree</source>
        <translation>Arbre du résultat</translation>
    </message>
    <message>
        <source>Search methods</source>
        <translation>Chercher des méthodes</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Selects every cell of the table</source>
        <translation>Sélectionne toutes les cellules du tableau</translation>
    </message>
    <message>
        <source>The REST method to call, e.g. crm.lead.list</source>
        <translation>La méthode REST à appeler, par exemple crm.lead.list</translation>
    </message>
    <message>
        <source>The URL Execute calls; paste a call URL to load it</source>
        <translation>L&apos;URL qu&apos;Exécuter appelle ; collez une URL d&apos;appel pour la charger</translation>
    </message>
    <message>
        <source>The URL to give the portal for outgoing webhooks</source>
        <translation>L&apos;URL à donner au portail pour les webhooks sortants</translation>
    </message>
    <message>
        <source>The address the event receiver listens on</source>
        <translation>L&apos;adresse sur laquelle écoute le récepteur d&apos;événements</translation>
    </message>
    <message>
        <source>The answer as a tree of keys and values</source>
        <translation>La réponse sous forme d&apos;arbre de clés et de valeurs</translation>
    </message>
    <message>
        <source>The answer as indented JSON</source>
        <translation>La réponse en JSON indenté</translation>
    </message>
    <message>
        <source>The collection&apos;s folders and requests; Enter or double-click opens one</source>
        <translation>Dossiers et requêtes de la collection ; Entrée ou un double-clic en ouvre une</translation>
    </message>
    <message>
        <source>The language of the generated code</source>
        <translation>Le langage du code généré</translation>
    </message>
    <message>
        <source>The port the event receiver listens on</source>
        <translation>Le port sur lequel écoute le récepteur d&apos;événements</translation>
    </message>
    <message>
        <source>The portal&apos;s methods; Enter puts one in the editor</source>
        <translation>Les méthodes du portail ; Entrée en place une dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>The request as code in the chosen language</source>
        <translation>La requête sous forme de code dans le langage choisi</translation>
    </message>
    <message>
        <source>The same parameters as a JSON object</source>
        <translation>Les mêmes paramètres sous forme d&apos;objet JSON</translation>
    </message>
    <message>
        <source>The selected event&apos;s fields</source>
        <translation>Les champs de l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>The token the portal sends with each event</source>
        <translation>Le jeton que le portail envoie avec chaque événement</translation>
    </message>
    <message>
        <source>The webhook the request is sent through</source>
        <translation>Le webhook par lequel la requête est envoyée</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Words of a method name or its parameters</source>
        <translation>Mots d&apos;un nom de méthode ou de ses paramètres</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>All pages</source>
        <translation>Toutes les pages</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Embed the secret?</source>
        <translation>Intégrer la clé secrète ?</translation>
    </message>
    <message>
        <source>Embed webhook URL (secret)</source>
        <translation>Intégrer l&apos;URL du webhook (secrète)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save code</source>
        <translation>Enregistrer le code</translation>
    </message>
    <message>
        <source>The code will contain the webhook URL with its secret. Anyone who reads the file can read and change your portal&apos;s data, and Bitrix24 blocks a webhook whose secret is found in public. Embed it anyway?</source>
        <translation>Le code contiendra l&apos;URL du webhook avec sa clé secrète. Quiconque lit le fichier peut lire et modifier les données de votre portail, et Bitrix24 bloque un webhook dont la clé secrète est trouvée en public. L&apos;intégrer quand même ?</translation>
    </message>
</context>
<context>
    <name>CollectionPanel</name>
    <message>
        <source>A folder of request files (it may be a git repository)</source>
        <translation>Un dossier de fichiers de requête (il peut être un dépôt git)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {name} and everything in it?</source>
        <translation>Supprimer {name} et tout son contenu ?</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name} ?</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle requête</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nouvelle requête…</translation>
    </message>
    <message>
        <source>No collection open</source>
        <translation>Aucune collection ouverte</translation>
    </message>
    <message>
        <source>Open collection</source>
        <translation>Ouvrir une collection</translation>
    </message>
    <message>
        <source>Open collection…</source>
        <translation>Ouvrir une collection…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
</context>
<context>
    <name>EnvironmentPicker</name>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Aucun environnement</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Show the raw answer</source>
        <translation>Afficher la réponse brute</translation>
    </message>
    <message>
        <source>Update secret…</source>
        <translation>Mettre à jour la clé…</translation>
    </message>
    <message>
        <source>Use {method}</source>
        <translation>Utiliser {method}</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Que faire : {action}</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>mal formé</translation>
    </message>
    <message>
        <source>rejected: no token</source>
        <translation>rejeté : pas de jeton</translation>
    </message>
    <message>
        <source>rejected: wrong token</source>
        <translation>rejeté : jeton incorrect</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop volumineux</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>unchecked (no token set)</source>
        <translation>non vérifié (aucun jeton défini)</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>127.0.0.1 keeps the receiver on this computer</source>
        <translation>127.0.0.1 limite le récepteur à cet ordinateur</translation>
    </message>
    <message>
        <source>A cloud Bitrix24 portal cannot reach this computer behind a router (NAT): it needs a public HTTPS handler URL, for example a tunnel you run that forwards to the address above. An on-premise portal on the same network, and the sandbox portal, can use it directly. The portal does not retry: events sent while the receiver is stopped are lost.</source>
        <translation>Un portail Bitrix24 dans le cloud ne peut pas joindre cet ordinateur derrière un routeur (NAT) : il lui faut une URL de gestionnaire HTTPS publique, par exemple un tunnel que vous lancez et qui redirige vers l&apos;adresse ci-dessus. Un portail auto-hébergé (on-premise) sur le même réseau, ainsi que le portail bac à sable, peuvent l&apos;utiliser directement. Le portail ne réessaie pas : les événements envoyés pendant que le récepteur est arrêté sont perdus.</translation>
    </message>
    <message>
        <source>Application token</source>
        <translation>Jeton d&apos;application</translation>
    </message>
    <message>
        <source>Application token the portal shows for the outgoing webhook</source>
        <translation>Jeton d&apos;application affiché par le portail pour le webhook sortant</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation>Impossible d&apos;écouter sur {host}:{port} : {reason}</translation>
    </message>
    <message>
        <source>Cannot load {name}: {error}</source>
        <translation>Impossible de charger {name} : {error}</translation>
    </message>
    <message>
        <source>Cannot save: {error}</source>
        <translation>Impossible d&apos;enregistrer : {error}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Export handler skeleton</source>
        <translation>Exporter un squelette de gestionnaire</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>De : {source}</translation>
    </message>
    <message>
        <source>Handler URL</source>
        <translation>URL du gestionnaire</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Lignes JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <source>Listen on the network?</source>
        <translation>Écouter sur le réseau ?</translation>
    </message>
    <message>
        <source>Listening on {host} lets anyone on your network post events to this computer. Keep the application token set so that forged events are rejected. Listen anyway?</source>
        <translation>Écouter sur {host} permet à n&apos;importe qui sur votre réseau d&apos;envoyer des événements à cet ordinateur. Gardez le jeton d&apos;application défini afin que les événements falsifiés soient rejetés. Écouter quand même ?</translation>
    </message>
    <message>
        <source>Listening. Give the portal this handler URL (or your tunnel&apos;s public URL).</source>
        <translation>À l&apos;écoute. Donnez au portail cette URL de gestionnaire (ou l&apos;URL publique de votre tunnel).</translation>
    </message>
    <message>
        <source>Listening. No application token set: events are shown as unchecked, none is rejected.</source>
        <translation>À l&apos;écoute. Aucun jeton d&apos;application défini : les événements sont affichés comme non vérifiés, aucun n&apos;est rejeté.</translation>
    </message>
    <message>
        <source>Load events</source>
        <translation>Charger des événements</translation>
    </message>
    <message>
        <source>Loaded {count} events.</source>
        <translation>{count} événements chargés.</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Corps brut</translation>
    </message>
    <message>
        <source>Replay event</source>
        <translation>Rejouer l&apos;événement</translation>
    </message>
    <message>
        <source>Replay to URL…</source>
        <translation>Rejouer vers une URL…</translation>
    </message>
    <message>
        <source>Replayed {event}: the handler answered {status}.</source>
        <translation>{event} rejoué : le gestionnaire a répondu {status}.</translation>
    </message>
    <message>
        <source>Replaying to {url}…</source>
        <translation>Renvoi vers {url}…</translation>
    </message>
    <message>
        <source>Save events</source>
        <translation>Enregistrer les événements</translation>
    </message>
    <message>
        <source>Saved {count} events (tokens masked).</source>
        <translation>{count} événements enregistrés (jetons masqués).</translation>
    </message>
    <message>
        <source>Saved {name}. It reads the token from B24_APPLICATION_TOKEN.</source>
        <translation>{name} enregistré. Il lit le jeton dans B24_APPLICATION_TOKEN.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Send the event to this handler URL:</source>
        <translation>Envoyer l&apos;événement à cette URL de gestionnaire :</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>Démarrer l&apos;écoute</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stopped. Events the portal sends now are lost (it does not retry).</source>
        <translation>Arrêté. Les événements que le portail envoie maintenant sont perdus (il ne réessaie pas).</translation>
    </message>
    <message>
        <source>The handler URL appears here once the receiver runs</source>
        <translation>L&apos;URL du gestionnaire s&apos;affiche ici une fois le récepteur lancé</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
</context>
<context>
    <name>ExecuteBar</name>
    <message>
        <source>%v of %m rows</source>
        <translation>%v sur %m lignes</translation>
    </message>
    <message>
        <source>Add a webhook first.</source>
        <translation>Ajoutez d&apos;abord un webhook.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled. The request is as you left it.</source>
        <translation>Annulé. La requête est telle que vous l&apos;avez laissée.</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>{rows} rows in {requests} requests, {seconds:.1f} s</source>
        <translation>{rows} lignes en {requests} requêtes, {seconds:.1f} s</translation>
    </message>
    <message>
        <source>{s:.1f} s</source>
        <translation>{s:.1f} s</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>CSV for Excel, separated by &apos;{separator}&apos; (*.csv)</source>
        <translation>CSV pour Excel, séparé par « {separator} » (*.csv)</translation>
    </message>
    <message>
        <source>CSV separated by commas (*.csv)</source>
        <translation>CSV séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
</context>
<context>
    <name>HeadersView</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Every call is kept here: saved, pasted or sandbox webhooks, from any tab or collection.</source>
        <translation>Chaque appel est conservé ici : webhooks enregistrés, collés ou bac à sable, depuis tout onglet ou collection.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>No calls through this webhook yet.</source>
        <translation>Aucun appel par ce webhook pour l’instant.</translation>
    </message>
    <message>
        <source>No history: the storage could not be opened.</source>
        <translation>Pas d’historique : le stockage n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>{requests}, {errors}, {total:.1f} s in all, {average:.0f} ms on average</source>
        <translation>{requests}, {errors}, {total:.1f} s au total, {average:.0f} ms en moyenne</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language applies when b24desk starts again. Restart now?</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de b24desk. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <source>The request you are editing is kept in the history only if it was sent.</source>
        <translation>La requête en cours de modification n&apos;est conservée dans l&apos;historique que si elle a été envoyée.</translation>
    </message>
</context>
<context>
    <name>LeakScanDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>Double-click a finding to open its folder.</source>
        <translation>Double-cliquez sur une trouvaille pour ouvrir son dossier.</translation>
    </message>
    <message>
        <source>Finds Bitrix24 webhook secrets and application tokens before they go public.</source>
        <translation>Trouve les secrets de webhooks Bitrix24 et les jetons d’application avant qu’ils ne deviennent publics.</translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation>Dossier à analyser</translation>
    </message>
    <message>
        <source>Include the git history</source>
        <translation>Inclure l’historique git</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Scan a folder for leaked secrets</source>
        <translation>Rechercher des secrets divulgués dans un dossier</translation>
    </message>
    <message>
        <source>Scanning {folder}…</source>
        <translation>Analyse de {folder}…</translation>
    </message>
    <message>
        <source>Scanning… {files} files read</source>
        <translation>Analyse… {files} fichiers lus</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>The scan stopped: {message}</source>
        <translation>L’analyse s’est arrêtée : {message}</translation>
    </message>
</context>
<context>
    <name>LeakScanModel</name>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Saved webhook</source>
        <translation>Webhook enregistré</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>{name} (earlier secret)</source>
        <translation>{name} (ancien secret)</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add lines</source>
        <translation>Ajouter des lignes</translation>
    </message>
    <message>
        <source>Add lines…</source>
        <translation>Ajouter des lignes…</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Each value is sent as {key}[]. Double-click a value to edit it.</source>
        <translation>Chaque valeur est envoyée sous la forme {key}[]. Double-cliquez sur une valeur pour la modifier.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Paste several values, one per line</source>
        <translation>Coller plusieurs valeurs, une par ligne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Ticked values are sent, in this order. Double-click a value to edit it.</source>
        <translation>Les valeurs cochées sont envoyées dans cet ordre. Double-cliquez sur une valeur pour la modifier.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Values of {key}</source>
        <translation>Valeurs de {key}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Sandbox: demo data on this computer, nothing is sent anywhere. Add webhook… connects your own portal.</source>
        <translation>Bac à sable : données de démo sur cet ordinateur, rien n’est envoyé. Ajouter un webhook… relie votre portail.</translation>
    </message>
    <message>
        <source>The request names the webhook {name!r}, which is not saved here.</source>
        <translation>La requête nomme le webhook {name!r}, qui n&apos;est pas enregistré ici.</translation>
    </message>
    <message>
        <source>The sandbox portal could not start: {error}</source>
        <translation>Le portail bac à sable n&apos;a pas pu démarrer : {error}</translation>
    </message>
    <message>
        <source>b24desk: Bitrix24 REST request builder</source>
        <translation>b24desk : constructeur de requêtes REST Bitrix24</translation>
    </message>
    <message>
        <source>{method} is not in the method catalogue.</source>
        <translation>{method} ne figure pas dans le catalogue des méthodes.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;About b24desk</source>
        <translation>À &amp;propos de b24desk</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Execute</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Find a method</source>
        <translation>&amp;Chercher une méthode</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Maximise the result</source>
        <translation>&amp;Agrandir le résultat</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Copy call &amp;URL (secret masked)</source>
        <translation>Copier l&apos;&amp;URL d&apos;appel (secret masqué)</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Export table (CSV, Excel)…</source>
        <translation>Exporter le tableau (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
</context>
<context>
    <name>MethodBrowser</name>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Search methods (Ctrl+L)</source>
        <translation>Chercher des méthodes (Ctrl+L)</translation>
    </message>
    <message>
        <source>Words of a method or of its parameters: lead add, select, task…</source>
        <translation>Mots d&apos;une méthode ou de ses paramètres : lead add, select, task…</translation>
    </message>
    <message>
        <source>{count} methods</source>
        <translation>{count} méthodes</translation>
    </message>
</context>
<context>
    <name>MethodTreeModel</name>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>List method (50 rows a page)</source>
        <translation>Méthode de liste (50 lignes par page)</translation>
    </message>
    <message>
        <source>Not served by the sandbox portal: it answers ERROR_METHOD_NOT_FOUND.</source>
        <translation>Non servie par le portail bac à sable : il répond ERROR_METHOD_NOT_FOUND.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Results ({count})</source>
        <translation>Résultats ({count})</translation>
    </message>
    <message>
        <source>This portal does not list this method, though the webhook has its scope.</source>
        <translation>Ce portail ne liste pas cette méthode, bien que le webhook ait sa portée.</translation>
    </message>
    <message>
        <source>This webhook lacks the scope for this method.</source>
        <translation>Ce webhook n&apos;a pas l&apos;autorisation requise pour cette méthode.</translation>
    </message>
    <message>
        <source>other (no scope)</source>
        <translation>autres (sans autorisation)</translation>
    </message>
    <message>
        <source>scope: {scope}</source>
        <translation>autorisation : {scope}</translation>
    </message>
</context>
<context>
    <name>NoteBar</name>
    <message>
        <source>Hide this note</source>
        <translation>Masquer cette note</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>Add a webhook to build the call URL.</source>
        <translation>Ajoutez un webhook pour construire l&apos;URL d&apos;appel.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>Add a key to the selected group</source>
        <translation>Ajouter une clé au groupe sélectionné</translation>
    </message>
    <message>
        <source>Add a key to the selected group (Ctrl+Ins)</source>
        <translation>Ajouter une clé au groupe sélectionné (Ctrl+Inser)</translation>
    </message>
    <message>
        <source>Add inside</source>
        <translation>Ajouter dedans</translation>
    </message>
    <message>
        <source>Edit list…</source>
        <translation>Modifier la liste…</translation>
    </message>
    <message>
        <source>Edit the selected parameter&apos;s values as a list, one per row</source>
        <translation>Modifier les valeurs du paramètre sélectionné sous forme de liste, une par ligne</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Keys use PHP syntax: fields[TITLE], select[], filter[&gt;ID]</source>
        <translation>Les clés suivent la syntaxe PHP : fields[TITLE], select[], filter[&gt;ID]</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove the selected parameters</source>
        <translation>Supprimer les paramètres sélectionnés</translation>
    </message>
    <message>
        <source>Select the parameter whose values you want to edit as a list.</source>
        <translation>Sélectionnez le paramètre dont vous voulez modifier les valeurs sous forme de liste.</translation>
    </message>
    <message>
        <source>The JSON is not valid: {reason} (line {line}, column {column}).</source>
        <translation>Le JSON n&apos;est pas valide : {reason} (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>The JSON must be an object: {example}</source>
        <translation>Le JSON doit être un objet : {example}</translation>
    </message>
    <message>
        <source>{key} holds named keys, not a list of values: use Add inside to add one.</source>
        <translation>{key} contient des clés nommées, pas une liste de valeurs : utilisez Ajouter dedans pour en ajouter une.</translation>
    </message>
</context>
<context>
    <name>ParamsModel</name>
    <message>
        <source>Documented type: {type}</source>
        <translation>Type documenté : {type}</translation>
    </message>
    <message>
        <source>New parameter: type a key</source>
        <translation>Nouveau paramètre : saisissez une clé</translation>
    </message>
    <message>
        <source>New parameter: type a key, e.g. {key}</source>
        <translation>Nouveau paramètre : saisissez une clé, par exemple {key}</translation>
    </message>
    <message>
        <source>No value in the current environment: {names}</source>
        <translation>Aucune valeur dans l’environnement actuel : {names}</translation>
    </message>
    <message>
        <source>Not sent: tick it to send it</source>
        <translation>Non envoyé : cochez pour l&apos;envoyer</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Required and still empty: Execute will ask before sending</source>
        <translation>Obligatoire et encore vide : Exécuter demandera avant d&apos;envoyer</translation>
    </message>
    <message>
        <source>Required parameter</source>
        <translation>Paramètre obligatoire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>PastedWebhookOffer</name>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Save webhook</source>
        <translation>Enregistrer le webhook</translation>
    </message>
    <message>
        <source>Save webhook…</source>
        <translation>Enregistrer le webhook…</translation>
    </message>
    <message>
        <source>The webhook of {host} came with the pasted URL; it is used for now, not saved.</source>
        <translation>Le webhook de {host} est arrivé avec l&apos;URL collée ; il est utilisé pour l&apos;instant, sans être enregistré.</translation>
    </message>
    <message>
        <source>{host} (pasted, not saved)</source>
        <translation>{host} (collé, non enregistré)</translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <source>Find (Ctrl+F, Enter for next)</source>
        <translation>Rechercher (Ctrl+F, Entrée pour le suivant)</translation>
    </message>
    <message>
        <source>Find in the raw answer</source>
        <translation>Rechercher dans la réponse brute</translation>
    </message>
    <message>
        <source>Not found: {text}</source>
        <translation>Introuvable : {text}</translation>
    </message>
    <message>
        <source>Showing the first {shown:,} of {total:,} characters; Export saves all.</source>
        <translation>Affichage des {shown:,} premiers caractères sur {total:,} ; l&apos;export enregistre tout.</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Every row of a list method, 2,500 rows per request through batch.</source>
        <translation>Toutes les lignes d&apos;une méthode de liste, 2 500 lignes par requête via batch.</translation>
    </message>
    <message>
        <source>Fetch all pages</source>
        <translation>Récupérer toutes les pages</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Method, e.g. crm.lead.list</source>
        <translation>Méthode, par ex. crm.lead.list</translation>
    </message>
    <message>
        <source>POST sends the parameters as a form body; GET puts them in the URL.</source>
        <translation>POST envoie les paramètres dans le corps du formulaire ; GET les met dans l&apos;URL.</translation>
    </message>
    <message>
        <source>This method returns no list to page through (as its documentation says).</source>
        <translation>Cette méthode ne renvoie pas de liste à parcourir (d&apos;après sa documentation).</translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Ouvrir une requête</translation>
    </message>
    <message>
        <source>Open request…</source>
        <translation>Ouvrir une requête…</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <source>Save request…</source>
        <translation>Enregistrer la requête…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>RequestTabs</name>
    <message>
        <source>Close tab</source>
        <translation>Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>Close the request tab</source>
        <translation>Fermer l’onglet de requête</translation>
    </message>
    <message>
        <source>Close {title}</source>
        <translation>Fermer {title}</translation>
    </message>
    <message>
        <source>Closes this request tab (Ctrl+W)</source>
        <translation>Ferme cet onglet de requête (Ctrl+W)</translation>
    </message>
    <message>
        <source>New request tab</source>
        <translation>Nouvel onglet de requête</translation>
    </message>
    <message>
        <source>Next request tab</source>
        <translation>Onglet de requête suivant</translation>
    </message>
    <message>
        <source>Previous request tab</source>
        <translation>Onglet de requête précédent</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Enregistré : {file}</translation>
    </message>
    <message>
        <source>{title} has changes that are not saved. Close it anyway?</source>
        <translation>{title} a des modifications non enregistrées. La fermer quand même ?</translation>
    </message>
</context>
<context>
    <name>ResultFilter</name>
    <message>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>Filter the result</source>
        <translation>Filtrer le résultat</translation>
    </message>
    <message>
        <source>Keeps the Table&apos;s rows that contain this text; finds it in the Tree</source>
        <translation>Garde les lignes du tableau qui contiennent ce texte et le trouve dans l&apos;arbre</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Impossible d’enregistrer {path} : {error}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>No request sent yet. Press Ctrl+Enter to execute.</source>
        <translation>Aucune requête envoyée. Appuyez sur Ctrl+Entrée pour exécuter.</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Raw shows the first {shown:,} of {total:,} rows; Export saves them all.</source>
        <translation>Brut affiche les {shown:,} premières lignes sur {total:,} ; Exporter les enregistre toutes.</translation>
    </message>
    <message>
        <source>Save the Table&apos;s rows as CSV or as an Excel workbook</source>
        <translation>Enregistrer les lignes du Tableau en CSV ou en classeur Excel</translation>
    </message>
    <message>
        <source>Save the answer as JSON, or the Table&apos;s rows as CSV or XLSX</source>
        <translation>Enregistrer la réponse en JSON ou les lignes du Tableau en CSV ou XLSX</translation>
    </message>
    <message>
        <source>Save the whole answer as JSON</source>
        <translation>Enregistrer toute la réponse en JSON</translation>
    </message>
    <message>
        <source>Set as variable</source>
        <translation>Définir comme variable</translation>
    </message>
    <message>
        <source>Set as variable…</source>
        <translation>Définir comme variable…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Table (CSV or Excel)…</source>
        <translation>Tableau (CSV ou Excel)…</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Variable name in the current environment:</source>
        <translation>Nom de la variable dans l&apos;environnement courant :</translation>
    </message>
    <message>
        <source>an Excel sheet holds {rows} rows; export CSV instead</source>
        <translation>une feuille Excel contient {rows} lignes ; exportez plutôt en CSV</translation>
    </message>
    <message>
        <source>next {n}</source>
        <translation>suite à partir de {n}</translation>
    </message>
    <message>
        <source>operating {o:.2f} s</source>
        <translation>temps d&apos;exécution {o:.2f} s</translation>
    </message>
    <message>
        <source>portal: duration {d:.3f} s</source>
        <translation>portail : durée {d:.3f} s</translation>
    </message>
    <message>
        <source>processing {p:.3f} s</source>
        <translation>traitement {p:.3f} s</translation>
    </message>
    <message>
        <source>retried {n}× ({codes})</source>
        <translation>réessayé {n}× ({codes})</translation>
    </message>
    <message>
        <source>total {n}</source>
        <translation>total {n}</translation>
    </message>
    <message>
        <source>waited {s:.1f} s for the portal&apos;s rate limit</source>
        <translation>attente de {s:.1f} s pour la limite de requêtes du portail</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{path} was not saved: {reason}</source>
        <translation>{path} n’a pas été enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>SendChecks</name>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Send this request?</source>
        <translation>Envoyer cette requête ?</translation>
    </message>
    <message>
        <source>Some parameters look wrong:</source>
        <translation>Certains paramètres semblent incorrects :</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Rechercher des actions et des touches</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Rechercher des raccourcis</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Scan a folder for leaked secrets…</source>
        <translation>Rechercher des secrets divulgués dans un dossier…</translation>
    </message>
</context>
<context>
    <name>UrlBar</name>
    <message>
        <source>Anyone with this URL can read and change your portal&apos;s data. Share it with nobody.</source>
        <translation>Toute personne disposant de cette URL peut lire et modifier les données de votre portail. Ne la partagez avec personne.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copier l&apos;URL</translation>
    </message>
    <message>
        <source>Copy URL with secret</source>
        <translation>Copier l&apos;URL avec la clé</translation>
    </message>
    <message>
        <source>Copy the URL, the secret masked (the arrow: with the secret)</source>
        <translation>Copier l’URL, le secret masqué (la flèche : avec le secret)</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>Not loaded: {reason}</source>
        <translation>Non chargé : {reason}</translation>
    </message>
    <message>
        <source>POST body: {body}</source>
        <translation>Corps du POST : {body}</translation>
    </message>
    <message>
        <source>Paste a call URL here to load it</source>
        <translation>Collez ici une URL d&apos;appel pour la charger</translation>
    </message>
    <message>
        <source>Sent as GET; the parameters are in the URL.</source>
        <translation>Envoyé en GET ; les paramètres sont dans l&apos;URL.</translation>
    </message>
    <message>
        <source>Sent as POST, without parameters.</source>
        <translation>Envoyé en POST, sans paramètres.</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Show the webhook secret in the URL</source>
        <translation>Afficher la clé secrète du webhook dans l&apos;URL</translation>
    </message>
    <message>
        <source>The call URL, rebuilt on every edit. Paste a call URL here to load it.</source>
        <translation>L&apos;URL d&apos;appel, reconstruite à chaque modification. Collez ici une URL d&apos;appel pour la charger.</translation>
    </message>
</context>
<context>
    <name>WebhookPicker</name>
    <message>
        <source> [this session only]</source>
        <translation> [cette session uniquement]</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Ajouter un webhook</translation>
    </message>
    <message>
        <source>Add webhook…</source>
        <translation>Ajouter un webhook…</translation>
    </message>
    <message>
        <source>Connected as {user}; scopes: {scopes}</source>
        <translation>Connecté en tant que {user} ; autorisations : {scopes}</translation>
    </message>
    <message>
        <source>Duplicate webhook</source>
        <translation>Dupliquer le webhook</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nom de la copie :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notes…</translation>
    </message>
    <message>
        <source>Paste the new webhook URL (or only the new secret) from Developer resources &gt; Integrations &gt; the webhook &gt; Edit:</source>
        <translation>Collez la nouvelle URL du webhook (ou seulement la nouvelle clé secrète) depuis Ressources pour les développeurs &gt; Intégrations &gt; le webhook &gt; Modifier :</translation>
    </message>
    <message>
        <source>Paste the webhook URL from Developer resources &gt; Integrations:</source>
        <translation>Collez l&apos;URL du webhook depuis Ressources pour les développeurs &gt; Intégrations :</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this webhook, its secret from the keyring and its history?</source>
        <translation>Supprimer ce webhook, sa clé secrète du trousseau et son historique ?</translation>
    </message>
    <message>
        <source>Remove webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <source>Rename webhook</source>
        <translation>Renommer le webhook</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Sandbox portal (local demo data)</source>
        <translation>Portail bac à sable (données de démo locales)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection failed: {title} ({code}). {meaning} {action}</source>
        <translation>Le test de connexion a échoué : {title} ({code}). {meaning} {action}</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Mettre à jour la clé</translation>
    </message>
    <message>
        <source>Update secret…</source>
        <translation>Mettre à jour la clé…</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook notes</source>
        <translation>Notes du webhook</translation>
    </message>
    <message>
        <source>Webhook…</source>
        <translation>Webhook…</translation>
    </message>
    <message>
        <source>{problem}

Use this webhook for this session only? Nothing is written to disk; you will paste it again next time.</source>
        <translation>{problem}

Utiliser ce webhook pour cette session uniquement ? Rien n&apos;est écrit sur le disque ; vous devrez le coller à nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide : %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>The method catalogue cannot be read ({reason}): {path}</source>
        <translation>Le catalogue des méthodes est illisible ({reason}) : {path}</translation>
    </message>
    <message>
        <source>The method catalogue is missing: {path}</source>
        <translation>Le catalogue des méthodes est introuvable : {path}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>(none reported)</source>
        <translation>(aucune indiquée)</translation>
    </message>
    <message>
        <source>(not recorded in the history: {reason})</source>
        <translation>(non enregistré dans l&apos;historique : {reason})</translation>
    </message>
    <message>
        <source>(secret unreadable)</source>
        <translation>(clé secrète illisible)</translation>
    </message>
    <message>
        <source>(secret, not set on this machine)</source>
        <translation>(secret, non défini sur cette machine)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>--csv needs a list result (rows of fields); {method} gave something else.</source>
        <translation>--csv a besoin d&apos;un résultat de liste (lignes de champs) ; {method} a renvoyé autre chose.</translation>
    </message>
    <message>
        <source>--event-handler {arg!r} is not EVENT[,EVENT...]=URL (for example ONCRMLEADADD=http://127.0.0.1:9000/).</source>
        <translation>--event-handler {arg!r} n&apos;est pas de la forme ÉVÉNEMENT[,ÉVÉNEMENT...]=URL (par exemple ONCRMLEADADD=http://127.0.0.1:9000/).</translation>
    </message>
    <message>
        <source>--params-json is not valid JSON: {reason}.</source>
        <translation>--params-json n&apos;est pas un JSON valide : {reason}.</translation>
    </message>
    <message>
        <source>--params-json must be a JSON object, like {example}.</source>
        <translation>--params-json doit être un objet JSON, comme {example}.</translation>
    </message>
    <message>
        <source>--timezone {value!r} is not a UTC offset such as +03:00 or -05:30.</source>
        <translation>--timezone {value!r} n&apos;est pas un décalage UTC comme +03:00 ou -05:30.</translation>
    </message>
    <message>
        <source>--xlsx needs a list result (rows of fields); {method} gave something else.</source>
        <translation>--xlsx a besoin d’un résultat de liste (lignes de champs) ; {method} a renvoyé autre chose.</translation>
    </message>
    <message>
        <source>A process stopped in the middle of {count} change(s) to saved webhooks (a secret in the keyring without its entry, or an entry without its secret). Run b24desk webhooks clean to finish them.</source>
        <translation>Un processus s&apos;est arrêté au milieu de {count} modification(s) de webhooks enregistrés (un secret dans le trousseau sans son entrée, ou une entrée sans son secret). Lancez b24desk webhooks clean pour les terminer.</translation>
    </message>
    <message>
        <source>Bitrix24 REST request builder. Without arguments, opens the desktop app.</source>
        <translation>Constructeur de requêtes REST Bitrix24. Sans argument, ouvre l&apos;application.</translation>
    </message>
    <message>
        <source>Busiest methods:</source>
        <translation>Méthodes les plus appelées :</translation>
    </message>
    <message>
        <source>Call a method through a webhook; portal errors exit 1 with an explanation.</source>
        <translation>Appeler une méthode via un webhook ; une erreur du portail sort avec le code 1 et une explication.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}.</source>
        <translation>Impossible d&apos;écouter sur {host}:{port} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <source>Checking events against the application token {masked}.</source>
        <translation>Vérification des événements avec le jeton d&apos;application {masked}.</translation>
    </message>
    <message>
        <source>Cleared the history of {name!r} ({count} requests).</source>
        <translation>Historique de {name!r} effacé ({count} requêtes).</translation>
    </message>
    <message>
        <source>Connection OK: {portal}, user {user_id} ({person}).</source>
        <translation>Connexion OK : {portal}, utilisateur {user_id} ({person}).</translation>
    </message>
    <message>
        <source>Control endpoints (/sandbox/faults, /sandbox/events) need the header X-B24desk-Token: {token}</source>
        <translation>Les points de contrôle (/sandbox/faults, /sandbox/events) exigent l&apos;en-tête X-B24desk-Token : {token}</translation>
    </message>
    <message>
        <source>Did you mean: {names}?</source>
        <translation>Vouliez-vous dire : {names} ?</translation>
    </message>
    <message>
        <source>Events print here as JSON lines. A cloud portal cannot reach this computer behind NAT: give it a public HTTPS URL (a tunnel you run) that forwards here. Press Ctrl+C to stop.</source>
        <translation>Les événements s&apos;affichent ici en lignes JSON. Un portail dans le cloud ne peut pas joindre cet ordinateur derrière un NAT : donnez-lui une URL HTTPS publique (un tunnel que vous lancez) qui redirige ici. Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Find Bitrix24 webhook URLs with their secret and outgoing-webhook application tokens in files and folders (plain, URL-encoded, JSON-escaped, base64). Exit status 1 when one is found.</source>
        <translation>Trouver les URL de webhooks Bitrix24 avec leur secret et les jetons d’application des webhooks sortants dans les fichiers et dossiers (en clair, encodés en URL, échappés en JSON, base64). Code de sortie 1 si quelque chose est trouvé.</translation>
    </message>
    <message>
        <source>Finished {count} half-done change(s): no orphan secret or entry is left.</source>
        <translation>{count} modification(s) inachevée(s) terminée(s) : il ne reste ni secret orphelin ni entrée sans secret.</translation>
    </message>
    <message>
        <source>HTTPS with the sandbox&apos;s own CA: {path} (trust it with --ca-file {path}, or in your SDK or tool).</source>
        <translation>HTTPS avec l&apos;autorité de certification propre au bac à sable : {path} (faites-lui confiance avec --ca-file {path}, ou dans votre SDK ou outil).</translation>
    </message>
    <message>
        <source>Handler URL: {url}</source>
        <translation>URL du gestionnaire : {url}</translation>
    </message>
    <message>
        <source>JSON lines file of events (&apos;-&apos; for stdin)</source>
        <translation>fichier d&apos;événements au format JSON Lines (&apos;-&apos; pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>No --token: the events carry their saved, masked token; a handler that checks it answers 401.</source>
        <translation>Pas de --token : les événements portent leur jeton enregistré, masqué ; un gestionnaire qui le vérifie répond 401.</translation>
    </message>
    <message>
        <source>No application token (--token or {env}): events are shown as unchecked, none is rejected.</source>
        <translation>Aucun jeton d&apos;application (--token ou {env}) : les événements sont affichés comme non vérifiés, aucun n&apos;est rejeté.</translation>
    </message>
    <message>
        <source>No environments in {root} (b24desk env set ENV NAME VALUE makes one).</source>
        <translation>Aucun environnement dans {root} (b24desk env set ENV NAME VALUE en crée un).</translation>
    </message>
    <message>
        <source>No method has the scope {scope!r}. Scopes: {scopes}.</source>
        <translation>Aucune méthode n&apos;a l&apos;autorisation {scope!r}. Autorisations : {scopes}.</translation>
    </message>
    <message>
        <source>No method matches {query!r}.</source>
        <translation>Aucune méthode ne correspond à {query!r}.</translation>
    </message>
    <message>
        <source>No parameters.</source>
        <translation>Aucun paramètre.</translation>
    </message>
    <message>
        <source>No recorded request has the id {id}.</source>
        <translation>Aucune requête enregistrée n&apos;a l&apos;id {id}.</translation>
    </message>
    <message>
        <source>No recorded request matches.</source>
        <translation>Aucune requête enregistrée ne correspond.</translation>
    </message>
    <message>
        <source>No request files (*.b24.json) in {paths}.</source>
        <translation>Aucun fichier de requête (*.b24.json) dans {paths}.</translation>
    </message>
    <message>
        <source>No requests recorded for {name!r}.</source>
        <translation>Aucune requête enregistrée pour {name!r}.</translation>
    </message>
    <message>
        <source>No saved webhooks yet: add one with b24desk webhooks add NAME URL.</source>
        <translation>Aucun webhook enregistré pour l&apos;instant : ajoutez-en un avec b24desk webhooks add NAME URL.</translation>
    </message>
    <message>
        <source>No webhook given: pass --webhook URL (or the name of a saved webhook) or set the B24_WEBHOOK environment variable.</source>
        <translation>Aucun webhook indiqué : passez --webhook URL (ou le nom d&apos;un webhook enregistré) ou définissez la variable d&apos;environnement B24_WEBHOOK.</translation>
    </message>
    <message>
        <source>Not sent: some parameters look wrong (--no-check sends anyway):</source>
        <translation>Non envoyé : certains paramètres semblent incorrects (--no-check envoie quand même) :</translation>
    </message>
    <message>
        <source>POST each event saved by `b24desk listen` (or the Events tab) to URL, as the portal would.</source>
        <translation>Envoie chaque événement enregistré par `b24desk listen` (ou l&apos;onglet Événements) à l&apos;URL, comme le ferait le portail.</translation>
    </message>
    <message>
        <source>POST these events to URL, e.g. ONCRMLEADADD,ONTASKADD=http://127.0.0.1:9000/ (repeatable)</source>
        <translation>envoyer ces événements en POST à URL, par ex. ONCRMLEADADD,ONTASKADD=http://127.0.0.1:9000/ (répétable)</translation>
    </message>
    <message>
        <source>Parameter {arg!r} is not KEY=VALUE (for example fields[TITLE]=Acme).</source>
        <translation>Le paramètre {arg!r} n&apos;est pas de la forme CLÉ=VALEUR (par exemple fields[TITLE]=Acme).</translation>
    </message>
    <message>
        <source>Parameters not in the catalogue: see the documentation page.</source>
        <translation>Paramètres absents du catalogue : voir la page de documentation.</translation>
    </message>
    <message>
        <source>Print a method&apos;s scope, flags, documentation link and parameters.</source>
        <translation>Afficher l&apos;autorisation, les indicateurs, le lien de documentation et les paramètres d&apos;une méthode.</translation>
    </message>
    <message>
        <source>Print an outgoing-webhook handler script; it reads the token from ${env}.</source>
        <translation>Affiche un script de gestionnaire de webhook sortant ; il lit le jeton dans ${env}.</translation>
    </message>
    <message>
        <source>Print code that makes this call. By default it reads the webhook URL from B24_WEBHOOK_URL.</source>
        <translation>Afficher le code qui fait cet appel. Par défaut, il lit l&apos;URL du webhook dans B24_WEBHOOK_URL.</translation>
    </message>
    <message>
        <source>Print the portal, user id, secret (masked), method and parameters of a URL.</source>
        <translation>Afficher le portail, l&apos;ID utilisateur, la clé secrète (masquée), la méthode et les paramètres d&apos;une URL.</translation>
    </message>
    <message>
        <source>Print the webhook call URL exactly as sent (secret masked unless --reveal).</source>
        <translation>Afficher l&apos;URL d&apos;appel du webhook telle qu&apos;envoyée (clé masquée sauf avec --reveal).</translation>
    </message>
    <message>
        <source>REST method, e.g. crm.lead.add</source>
        <translation>méthode REST, par ex. crm.lead.add</translation>
    </message>
    <message>
        <source>REST method, e.g. crm.lead.list</source>
        <translation>méthode REST, par ex. crm.lead.list</translation>
    </message>
    <message>
        <source>Receive Bitrix24 outgoing-webhook events (POSTs) and print each as a JSON line.</source>
        <translation>Reçoit les événements des webhooks sortants Bitrix24 (POST) et affiche chacun sur une ligne JSON.</translation>
    </message>
    <message>
        <source>Removed webhook {name!r}, its secret and its history.</source>
        <translation>Webhook {name!r} supprimé, ainsi que sa clé secrète et son historique.</translation>
    </message>
    <message>
        <source>Renamed webhook {old!r} to {new!r}.</source>
        <translation>Webhook {old!r} renommé en {new!r}.</translation>
    </message>
    <message>
        <source>Run the sandbox portal; its first line of output is the demo webhook URL.</source>
        <translation>Lancer le portail bac à sable ; la première ligne affichée est l&apos;URL du webhook de démo.</translation>
    </message>
    <message>
        <source>Runs each request file, and every request file (*.b24.json) under each folder in the tree&apos;s order; prints one line per request: HTTP status, method, time, error code, file.</source>
        <translation>Exécute chaque fichier de requête, et chaque fichier de requête (*.b24.json) de chaque dossier dans l&apos;ordre de l&apos;arbre ; affiche une ligne par requête : statut HTTP, méthode, durée, code d&apos;erreur, fichier.</translation>
    </message>
    <message>
        <source>Sandbox portal on {url} with {leads} leads; statistics at {stats}. Press Ctrl+C to stop.</source>
        <translation>Portail bac à sable sur {url} avec {leads} prospects ; statistiques sur {stats}. Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Save webhooks by name; secrets live only in the OS keyring (service b24desk).</source>
        <translation>Enregistrez des webhooks sous un nom ; les clés secrètes restent uniquement dans le trousseau du système (service b24desk).</translation>
    </message>
    <message>
        <source>Saved webhook {name!r}: {url} (secret in {backend}).</source>
        <translation>Webhook {name!r} enregistré : {url} (clé secrète dans {backend}).</translation>
    </message>
    <message>
        <source>Scopes: {scopes}</source>
        <translation>Autorisations : {scopes}</translation>
    </message>
    <message>
        <source>Search the bundled method catalogue by name words, scope and parameter names.</source>
        <translation>Chercher dans le catalogue de méthodes intégré par mots du nom, autorisation et noms de paramètres.</translation>
    </message>
    <message>
        <source>Test connection of {name!r} ({portal}) failed:</source>
        <translation>Le test de connexion de {name!r} ({portal}) a échoué :</translation>
    </message>
    <message>
        <source>The answer ({size} bytes) was larger than the history keeps; it was not kept.</source>
        <translation>La réponse ({size} octets) dépassait ce que garde l&apos;historique ; elle n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>The answer nests too deep to print as indented JSON; use --raw.</source>
        <translation>La réponse est trop imbriquée pour être affichée en JSON indenté ; utilisez --raw.</translation>
    </message>
    <message>
        <source>The catalogue has no method {name!r}.</source>
        <translation>Le catalogue n&apos;a pas de méthode {name!r}.</translation>
    </message>
    <message>
        <source>The command holds the webhook {webhook} (not written to any file). To keep it: b24desk webhooks add NAME - (then paste the URL).</source>
        <translation>La commande contient le webhook {webhook} (écrit dans aucun fichier). Pour le garder : b24desk webhooks add NOM - (puis collez l&apos;URL).</translation>
    </message>
    <message>
        <source>The data file {path} cannot be used: {reason}.</source>
        <translation>Le fichier de données {path} est inutilisable : {reason}.</translation>
    </message>
    <message>
        <source>The environment {environment} has no variable {name}.</source>
        <translation>L&apos;environnement {environment} n&apos;a pas de variable {name}.</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on {host}:{port}: {reason}.</source>
        <translation>Le bac à sable ne peut pas écouter sur {host}:{port} : {reason}.</translation>
    </message>
    <message>
        <source>The webhook is saved as {name!r}: the request refers to it by that name.</source>
        <translation>Le webhook est enregistré sous {name!r} : la requête le désigne par ce nom.</translation>
    </message>
    <message>
        <source>Then store the new secret here: b24desk webhooks rotate {name!r} NEW_URL</source>
        <translation>Enregistrez ensuite ici la nouvelle clé secrète : b24desk webhooks rotate {name!r} NEW_URL</translation>
    </message>
    <message>
        <source>Total: {requests} requests, {errors} errors, {total:.0f} ms, {avg:.0f} ms avg</source>
        <translation>Total : {requests} requêtes, {errors} erreurs, {total:.0f} ms, {avg:.0f} ms en moyenne</translation>
    </message>
    <message>
        <source>Try &apos;{prog} --help&apos;.</source>
        <translation>Essayez &apos;{prog} --help&apos;.</translation>
    </message>
    <message>
        <source>Variables the collection uses (set them in an environment): {names}</source>
        <translation>Variables utilisées par la collection (à définir dans un environnement) : {names}</translation>
    </message>
    <message>
        <source>Warning: listening on {host}, not only on this computer: anyone on the network can post events to it. Keep the token check on (--token or {env}).</source>
        <translation>Attention : écoute sur {host}, pas seulement sur cet ordinateur : n&apos;importe qui sur le réseau peut y envoyer des événements. Gardez la vérification du jeton activée (--token ou {env}).</translation>
    </message>
    <message>
        <source>Warning: the sandbox listens on {host}, not only on this computer; anyone who can reach it can call it.</source>
        <translation>Attention : le bac à sable écoute sur {host}, pas seulement sur cet ordinateur ; quiconque peut l&apos;atteindre peut l&apos;appeler.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <source>a Postman collection v2.1 (on stdout)</source>
        <translation>une collection Postman v2.1 (sur stdout)</translation>
    </message>
    <message>
        <source>a Postman collection v2.1 file</source>
        <translation>un fichier de collection Postman v2.1</translation>
    </message>
    <message>
        <source>a cURL command or call URL (- reads it from stdin)</source>
        <translation>une commande cURL ou une URL d&apos;appel (- la lit sur stdin)</translation>
    </message>
    <message>
        <source>a collection&apos;s environments (variables for {{name}})</source>
        <translation>les environnements d&apos;une collection (variables pour {{name}})</translation>
    </message>
    <message>
        <source>a request file or a collection folder</source>
        <translation>un fichier de requête ou un dossier de collection</translation>
    </message>
    <message>
        <source>a saved webhook&apos;s name, &apos;sandbox&apos;, or a webhook URL</source>
        <translation>le nom d&apos;un webhook enregistré, &apos;sandbox&apos; ou une URL de webhook</translation>
    </message>
    <message>
        <source>a saved webhook&apos;s request history (newest first)</source>
        <translation>historique des requêtes d&apos;un webhook enregistré (les plus récentes d&apos;abord)</translation>
    </message>
    <message>
        <source>a saved webhook&apos;s statistics over the last 14 days</source>
        <translation>statistiques d&apos;un webhook enregistré sur les 14 derniers jours</translation>
    </message>
    <message>
        <source>a webhook base URL, a full call URL, or a saved webhook&apos;s name</source>
        <translation>une URL de base de webhook, une URL d&apos;appel complète ou le nom d&apos;un webhook enregistré</translation>
    </message>
    <message>
        <source>address to bind (default: 127.0.0.1)</source>
        <translation>adresse d&apos;écoute (par défaut : 127.0.0.1)</translation>
    </message>
    <message>
        <source>address to bind (default: {host})</source>
        <translation>adresse d&apos;écoute (par défaut : {host})</translation>
    </message>
    <message>
        <source>also accept this Host name (a tunnel&apos;s); loopback names and the bound address always</source>
        <translation>accepter aussi ce nom d&apos;hôte (celui d&apos;un tunnel) ; les noms de boucle locale et l&apos;adresse liée toujours</translation>
    </message>
    <message>
        <source>also scan the git history of each PATH</source>
        <translation>analyser aussi l’historique git de chaque PATH</translation>
    </message>
    <message>
        <source>answer plain-HTTP calls 400 INVALID_REQUEST &quot;Https required&quot;, as a cloud portal does</source>
        <translation>répondre aux appels en HTTP simple par 400 INVALID_REQUEST &quot;Https required&quot;, comme un portail cloud</translation>
    </message>
    <message>
        <source>application token sent with events (default: random)</source>
        <translation>jeton d&apos;application envoyé avec les événements (par défaut : aléatoire)</translation>
    </message>
    <message>
        <source>application token to put in each event (default: ${env})</source>
        <translation>jeton d&apos;application à mettre dans chaque événement (par défaut : ${env})</translation>
    </message>
    <message>
        <source>at most this many (0: all; default 50)</source>
        <translation>au plus ce nombre (0 : tous ; par défaut 50)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>b24desk: unexpected error ({kind}): {error}</source>
        <translation>b24desk : erreur inattendue ({kind}) : {error}</translation>
    </message>
    <message>
        <source>burst the plan allows</source>
        <translation>rafale autorisée par l&apos;offre</translation>
    </message>
    <message>
        <source>bytes a body may have (default: {size})</source>
        <translation>taille maximale d&apos;un corps en octets (par défaut : {size})</translation>
    </message>
    <message>
        <source>call a REST method and print the result as JSON</source>
        <translation>appeler une méthode REST et afficher le résultat en JSON</translation>
    </message>
    <message>
        <source>call profile and scope; store the scopes the portal reports</source>
        <translation>appelle profile et scope ; enregistre les autorisations indiquées par le portail</translation>
    </message>
    <message>
        <source>delete a saved webhook, its keyring secret and its history</source>
        <translation>supprime un webhook enregistré, sa clé secrète du trousseau et son historique</translation>
    </message>
    <message>
        <source>delete the whole history of this webhook</source>
        <translation>supprime tout l&apos;historique de ce webhook</translation>
    </message>
    <message>
        <source>demo webhook scopes (default: {scopes})</source>
        <translation>autorisations du webhook de démo (par défaut : {scopes})</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>e.g. fields[TITLE]=Acme</source>
        <translation>par ex. fields[TITLE]=Acme</translation>
    </message>
    <message>
        <source>e.g. filter[&gt;ID]=10</source>
        <translation>par ex. filter[&gt;ID]=10</translation>
    </message>
    <message>
        <source>environments and their variables (secrets masked)</source>
        <translation>les environnements et leurs variables (secrets masqués)</translation>
    </message>
    <message>
        <source>every row of a list method (as few requests as possible)</source>
        <translation>toutes les lignes d&apos;une méthode de liste (en un minimum de requêtes)</translation>
    </message>
    <message>
        <source>files or folders to scan</source>
        <translation>fichiers ou dossiers à analyser</translation>
    </message>
    <message>
        <source>find Bitrix24 webhook secrets and application tokens in files</source>
        <translation>trouver les secrets de webhooks Bitrix24 et les jetons d’application dans des fichiers</translation>
    </message>
    <message>
        <source>finish changes a killed process left half done (keyring and settings)</source>
        <translation>terminer les modifications laissées à moitié par un processus tué (trousseau et réglages)</translation>
    </message>
    <message>
        <source>free text kept with the entry</source>
        <translation>texte libre conservé avec l&apos;entrée</translation>
    </message>
    <message>
        <source>how many leads to seed (default: {seed})</source>
        <translation>nombre de prospects à créer (par défaut : {seed})</translation>
    </message>
    <message>
        <source>how many requests to show (default 50)</source>
        <translation>nombre de requêtes à afficher (par défaut 50)</translation>
    </message>
    <message>
        <source>keep the data in this SQLite file</source>
        <translation>conserver les données dans ce fichier SQLite</translation>
    </message>
    <message>
        <source>keep the value in the system keyring, not the folder</source>
        <translation>garder la valeur dans le trousseau du système, pas dans le dossier</translation>
    </message>
    <message>
        <source>language (default php)</source>
        <translation>langage (par défaut php)</translation>
    </message>
    <message>
        <source>largest answer to read, decoded, in MiB (default 64)</source>
        <translation>plus grande réponse lue, décodée, en Mio (64 par défaut)</translation>
    </message>
    <message>
        <source>leave out files or folders matching GLOB (repeatable)</source>
        <translation>ignorer les fichiers ou dossiers correspondant à GLOB (répétable)</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>list REST methods matching a query (offline catalogue)</source>
        <translation>lister les méthodes REST correspondant à une recherche (catalogue hors ligne)</translation>
    </message>
    <message>
        <source>list saved webhooks (secrets masked)</source>
        <translation>liste les webhooks enregistrés (clés secrètes masquées)</translation>
    </message>
    <message>
        <source>loop over every page of a list method</source>
        <translation>parcourir toutes les pages d&apos;une méthode de liste</translation>
    </message>
    <message>
        <source>mark what this webhook (URL or saved name) may call</source>
        <translation>indiquer ce que ce webhook (URL ou nom enregistré) peut appeler</translation>
    </message>
    <message>
        <source>nested too deep</source>
        <translation>imbriqué trop profondément</translation>
    </message>
    <message>
        <source>no webhook: the request names none; pass --webhook NAME_OR_URL or set B24_WEBHOOK</source>
        <translation>pas de webhook : la requête n&apos;en nomme aucun ; passez --webhook NOM_OU_URL ou définissez B24_WEBHOOK</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>not served by this portal</source>
        <translation>non servie par ce portail</translation>
    </message>
    <message>
        <source>only calls that failed</source>
        <translation>seulement les appels en échec</translation>
    </message>
    <message>
        <source>only calls that succeeded</source>
        <translation>seulement les appels réussis</translation>
    </message>
    <message>
        <source>only methods of this scope, e.g. crm</source>
        <translation>seulement les méthodes de cette autorisation, par ex. crm</translation>
    </message>
    <message>
        <source>or - to read it from standard input (keeps the secret out of the shell history)</source>
        <translation>ou - pour la lire sur l&apos;entrée standard (la clé secrète reste hors de l&apos;historique du shell)</translation>
    </message>
    <message>
        <source>parameters as a JSON object</source>
        <translation>paramètres sous forme d&apos;objet JSON</translation>
    </message>
    <message>
        <source>part of the method name</source>
        <translation>une partie du nom de la méthode</translation>
    </message>
    <message>
        <source>php or python</source>
        <translation>php ou python</translation>
    </message>
    <message>
        <source>port (default: a free one)</source>
        <translation>port (par défaut : un port libre)</translation>
    </message>
    <message>
        <source>port (default: {port}; 0: a free one)</source>
        <translation>port (par défaut : {port} ; 0 : un port libre)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>affiche du JSON</translation>
    </message>
    <message>
        <source>print JSON instead of lines</source>
        <translation>afficher du JSON au lieu de lignes</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>afficher du JSON au lieu de texte</translation>
    </message>
    <message>
        <source>print a PHP or Python event handler that verifies the token and decodes the event</source>
        <translation>affiche un gestionnaire d&apos;événements PHP ou Python qui vérifie le jeton et décode l&apos;événement</translation>
    </message>
    <message>
        <source>print a list result as CSV; &apos;excel&apos;: with a byte order mark and the locale&apos;s separator (;)</source>
        <translation>afficher un résultat de liste en CSV ; &apos;excel&apos; : avec une marque d&apos;ordre des octets et le séparateur de la locale (;)</translation>
    </message>
    <message>
        <source>print a method&apos;s parameters (offline catalogue)</source>
        <translation>afficher les paramètres d&apos;une méthode (catalogue hors ligne)</translation>
    </message>
    <message>
        <source>print one call&apos;s request file and kept answer</source>
        <translation>afficher le fichier de requête et la réponse conservée d&apos;un appel</translation>
    </message>
    <message>
        <source>print the call URL for a method and parameters</source>
        <translation>afficher l&apos;URL d&apos;appel pour une méthode et des paramètres</translation>
    </message>
    <message>
        <source>print the call as PHP, Python, JavaScript, Go or cURL code</source>
        <translation>afficher l&apos;appel en code PHP, Python, JavaScript, Go ou cURL</translation>
    </message>
    <message>
        <source>print the findings as JSON</source>
        <translation>afficher les trouvailles en JSON</translation>
    </message>
    <message>
        <source>print the whole answer, not only `result`</source>
        <translation>afficher toute la réponse, pas seulement `result`</translation>
    </message>
    <message>
        <source>receive outgoing-webhook events and print them as JSON lines</source>
        <translation>reçoit les événements des webhooks sortants et les affiche en lignes JSON</translation>
    </message>
    <message>
        <source>remove a variable (and its keyring entry)</source>
        <translation>supprimer une variable (et son entrée du trousseau)</translation>
    </message>
    <message>
        <source>rename a saved webhook (history is kept)</source>
        <translation>renomme un webhook enregistré (l&apos;historique est conservé)</translation>
    </message>
    <message>
        <source>requests a second per sender address (default: {rate:g})</source>
        <translation>requêtes par seconde et par adresse d&apos;expéditeur (par défaut : {rate:g})</translation>
    </message>
    <message>
        <source>requests before QUERY_LIMIT_EXCEEDED (default: 50)</source>
        <translation>requêtes avant QUERY_LIMIT_EXCEEDED (par défaut : 50)</translation>
    </message>
    <message>
        <source>requests per second drained (default: 2)</source>
        <translation>requêtes par seconde libérées (par défaut : 2)</translation>
    </message>
    <message>
        <source>requests per second the plan allows</source>
        <translation>requêtes par seconde autorisées par l&apos;offre</translation>
    </message>
    <message>
        <source>retried {count} time(s) after {codes}</source>
        <translation>réessayé {count} fois après {codes}</translation>
    </message>
    <message>
        <source>run a local Bitrix24-compatible portal (for the demo and tests)</source>
        <translation>lancer un portail local compatible Bitrix24 (pour la démo et les tests)</translation>
    </message>
    <message>
        <source>run request files or collection folders in order (exit 1 if any failed)</source>
        <translation>exécuter des fichiers de requête ou des dossiers de collection dans l&apos;ordre (code 1 si l&apos;un échoue)</translation>
    </message>
    <message>
        <source>save a webhook under a name</source>
        <translation>enregistre un webhook sous un nom</translation>
    </message>
    <message>
        <source>saved webhooks (secrets in the OS keyring)</source>
        <translation>webhooks enregistrés (clés secrètes dans le trousseau du système)</translation>
    </message>
    <message>
        <source>scope: {scopes}</source>
        <translation>autorisation : {scopes}</translation>
    </message>
    <message>
        <source>search the history of every call (saved, pasted and sandbox webhooks)</source>
        <translation>chercher dans l&apos;historique de tous les appels (webhooks enregistrés, collés et du bac à sable)</translation>
    </message>
    <message>
        <source>seconds each call may take in all, and the read timeout (default 60)</source>
        <translation>secondes que chaque appel peut prendre en tout, et le délai de lecture (60 par défaut)</translation>
    </message>
    <message>
        <source>seconds per call (default 15)</source>
        <translation>secondes par appel (par défaut 15)</translation>
    </message>
    <message>
        <source>seconds per method per 10 minutes</source>
        <translation>secondes par méthode sur 10 minutes</translation>
    </message>
    <message>
        <source>send as GET with the query in the URL</source>
        <translation>envoyer en GET avec la requête dans l&apos;URL</translation>
    </message>
    <message>
        <source>send even when required parameters are empty or values do not fit their types</source>
        <translation>envoyer même si des paramètres obligatoires sont vides ou si des valeurs ne correspondent pas à leur type</translation>
    </message>
    <message>
        <source>send saved events (JSON lines from `listen`) to a handler URL</source>
        <translation>envoie les événements enregistrés (lignes JSON de `listen`) à l&apos;URL d&apos;un gestionnaire</translation>
    </message>
    <message>
        <source>serve HTTPS with a local CA made on first use (its path is printed)</source>
        <translation>servir en HTTPS avec une autorité de certification locale créée au premier usage (son chemin est affiché)</translation>
    </message>
    <message>
        <source>set a variable (- reads the value from stdin)</source>
        <translation>définir une variable (- lit la valeur sur stdin)</translation>
    </message>
    <message>
        <source>show or change a saved webhook&apos;s notes</source>
        <translation>affiche ou modifie les notes d&apos;un webhook enregistré</translation>
    </message>
    <message>
        <source>show the secret in full</source>
        <translation>afficher la clé secrète en entier</translation>
    </message>
    <message>
        <source>simulated seconds each call costs (default: measured)</source>
        <translation>secondes simulées par appel (par défaut : mesurées)</translation>
    </message>
    <message>
        <source>skip files larger than this (default 20 MB)</source>
        <translation>ignorer les fichiers plus grands (20 Mo par défaut)</translation>
    </message>
    <message>
        <source>take a webhook URL apart (JSON)</source>
        <translation>décomposer une URL de webhook (JSON)</translation>
    </message>
    <message>
        <source>text in the parameters</source>
        <translation>du texte dans les paramètres</translation>
    </message>
    <message>
        <source>the collection folder</source>
        <translation>le dossier de la collection</translation>
    </message>
    <message>
        <source>the collection folder (default: the one holding the current folder)</source>
        <translation>le dossier de la collection (par défaut : celui qui contient le dossier courant)</translation>
    </message>
    <message>
        <source>the collection&apos;s name (default: the folder&apos;s)</source>
        <translation>le nom de la collection (par défaut : celui du dossier)</translation>
    </message>
    <message>
        <source>the command, quoted as one argument, or -</source>
        <translation>la commande, entre guillemets en un seul argument, ou -</translation>
    </message>
    <message>
        <source>the demo webhook secret (default: random for each run)</source>
        <translation>la clé secrète du webhook de démo (par défaut : aléatoire à chaque lancement)</translation>
    </message>
    <message>
        <source>the environment whose variables to use</source>
        <translation>l&apos;environnement dont utiliser les variables</translation>
    </message>
    <message>
        <source>the handler to send them to</source>
        <translation>le gestionnaire auquel les envoyer</translation>
    </message>
    <message>
        <source>the new notes (without it: print them)</source>
        <translation>les nouvelles notes (sans elles : affiche les notes actuelles)</translation>
    </message>
    <message>
        <source>the new webhook URL or secret, {stdin}</source>
        <translation>la nouvelle URL du webhook ou la nouvelle clé secrète, {stdin}</translation>
    </message>
    <message>
        <source>the outgoing webhook&apos;s application token (default: ${env})</source>
        <translation>le jeton d&apos;application du webhook sortant (par défaut : ${env})</translation>
    </message>
    <message>
        <source>the portal&apos;s UTC offset in every date it answers (default: {offset})</source>
        <translation>décalage UTC du portail dans chaque date de ses réponses (par défaut : {offset})</translation>
    </message>
    <message>
        <source>the request&apos;s name (default: the method)</source>
        <translation>le nom de la requête (par défaut : la méthode)</translation>
    </message>
    <message>
        <source>this HTTP status</source>
        <translation>ce statut HTTP</translation>
    </message>
    <message>
        <source>this error code</source>
        <translation>ce code d&apos;erreur</translation>
    </message>
    <message>
        <source>trust this CA (on-premise portal)</source>
        <translation>faire confiance à cette CA (portail auto-hébergé)</translation>
    </message>
    <message>
        <source>turn a cURL command or a Postman collection into request files</source>
        <translation>transformer une commande cURL ou une collection Postman en fichiers de requête</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>arguments non reconnus : {arguments}</translation>
    </message>
    <message>
        <source>update the secret after the portal regenerated it</source>
        <translation>met à jour la clé secrète après que le portail l&apos;a régénérée</translation>
    </message>
    <message>
        <source>waited {seconds:.1f} s for the portal&apos;s rate limit</source>
        <translation>attente de {seconds:.1f} s pour la limite de requêtes du portail</translation>
    </message>
    <message>
        <source>warning: the snippet holds the webhook secret; Bitrix24 blocks a webhook whose secret is found in public.</source>
        <translation>attention : l&apos;extrait contient la clé secrète du webhook ; Bitrix24 bloque un webhook dont la clé est trouvée en public.</translation>
    </message>
    <message>
        <source>webhook URL (default: $B24_WEBHOOK)</source>
        <translation>URL du webhook (par défaut : $B24_WEBHOOK)</translation>
    </message>
    <message>
        <source>webhook URL in any form `parse` reads, {stdin}</source>
        <translation>URL du webhook sous toute forme lue par `parse`, {stdin}</translation>
    </message>
    <message>
        <source>webhook URL or saved webhook name (default: $B24_WEBHOOK)</source>
        <translation>URL du webhook ou nom d&apos;un webhook enregistré (par défaut : $B24_WEBHOOK)</translation>
    </message>
    <message>
        <source>webhook URL, only needed with --embed-secret (default: $B24_WEBHOOK)</source>
        <translation>URL du webhook, nécessaire seulement avec --embed-secret (par défaut : $B24_WEBHOOK)</translation>
    </message>
    <message>
        <source>words of the name or a parameter: lead add, crm.deal., TITLE</source>
        <translation>mots du nom ou un paramètre : lead add, crm.deal., TITLE</translation>
    </message>
    <message>
        <source>write a collection folder in another format</source>
        <translation>écrire un dossier de collection dans un autre format</translation>
    </message>
    <message>
        <source>write a list result to an Excel workbook FILE (numbers as numbers)</source>
        <translation>écrire un résultat de liste dans le classeur Excel FILE (les nombres en nombres)</translation>
    </message>
    <message>
        <source>write a request file into this folder</source>
        <translation>écrire un fichier de requête dans ce dossier</translation>
    </message>
    <message>
        <source>write the real webhook URL into the code</source>
        <translation>écrire la vraie URL du webhook dans le code</translation>
    </message>
    <message>
        <source>{count} requests, {failed} failed, {ms:.0f} ms</source>
        <translation>{count} requêtes, {failed} en échec, {ms:.0f} ms</translation>
    </message>
    <message>
        <source>{fetched} of {total} rows, {requests} requests</source>
        <translation>{fetched} lignes sur {total}, {requests} requêtes</translation>
    </message>
    <message>
        <source>{flag} must be a positive number.</source>
        <translation>{flag} doit être un nombre positif.</translation>
    </message>
    <message>
        <source>{not_saved} (b24desk webhooks list shows them.) Nor is it a webhook URL: {not_url}</source>
        <translation>{not_saved} (b24desk webhooks list les affiche.) Ce n&apos;est pas non plus une URL de webhook : {not_url}</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}</source>
        <translation>{path} n&apos;a pas pu être lu : {reason}</translation>
    </message>
    <message>
        <source>{path} was not written: {reason}</source>
        <translation>{path} n’a pas été écrit : {reason}</translation>
    </message>
    <message>
        <source>{path}: line {line} is not a saved event ({reason}).</source>
        <translation>{path} : la ligne {line} n&apos;est pas un événement enregistré ({reason}).</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path} : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>{rows} rows written to {path}</source>
        <translation>{rows} lignes écrites dans {path}</translation>
    </message>
    <message>
        <source>{url} is not an http:// or https:// URL.</source>
        <translation>{url} n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>{value!r} is not a number above 0</source>
        <translation>{value!r} n&apos;est pas un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>{value!r} is not a port (0 to 65535; 0: a free one)</source>
        <translation>{value!r} n&apos;est pas un port (0 à 65535 ; 0 : un port libre)</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number above 0</source>
        <translation>{value!r} n&apos;est pas un nombre entier supérieur à 0</translation>
    </message>
</context>
<context>
    <name>client</name>
    <message>
        <source>HTTP {status} {reason}</source>
        <translation>HTTP {status} {reason}</translation>
    </message>
    <message>
        <source>The CA file {path} cannot be used ({detail}); give a PEM file with the portal&apos;s CA certificate.</source>
        <translation>Le fichier CA {path} est inutilisable ({detail}) ; donnez un fichier PEM avec le certificat de l&apos;autorité du portail.</translation>
    </message>
    <message>
        <source>an HTML page came back instead of JSON (HTTP {status})</source>
        <translation>une page HTML est revenue au lieu de JSON (HTTP {status})</translation>
    </message>
    <message>
        <source>the JSON has neither &apos;result&apos; nor &apos;error&apos;</source>
        <translation>le JSON n&apos;a ni &apos;result&apos; ni &apos;error&apos;</translation>
    </message>
    <message>
        <source>the JSON holds a number too large to read exactly (over 4,300 digits, or past 1.8e308)</source>
        <translation>le JSON contient un nombre trop grand pour être lu exactement (plus de 4 300 chiffres, ou au-delà de 1.8e308)</translation>
    </message>
    <message>
        <source>the JSON is cut off or malformed at character {pos}</source>
        <translation>le JSON est tronqué ou mal formé au caractère {pos}</translation>
    </message>
    <message>
        <source>the JSON nests deeper than {depth} levels; b24desk does not read it</source>
        <translation>le JSON est imbriqué sur plus de {depth} niveaux ; b24desk ne le lit pas</translation>
    </message>
    <message>
        <source>the answer is empty (HTTP {status})</source>
        <translation>la réponse est vide (HTTP {status})</translation>
    </message>
    <message>
        <source>the answer is larger than {limit} MiB; b24desk stopped reading it (the limit is a client option)</source>
        <translation>la réponse dépasse {limit} Mio ; b24desk a cessé de la lire (la limite est une option du client)</translation>
    </message>
    <message>
        <source>the compressed answer is damaged ({detail})</source>
        <translation>la réponse compressée est endommagée ({detail})</translation>
    </message>
    <message>
        <source>the compressed answer unpacks to more than {limit} MiB; b24desk stopped unpacking it (a decompression bomb, or an answer past the limit set in the client options)</source>
        <translation>la réponse compressée se décompresse en plus de {limit} Mio ; b24desk a cessé de la décompresser (une bombe de décompression, ou une réponse au-delà de la limite des options du client)</translation>
    </message>
    <message>
        <source>the portal moved to {location} (HTTP {status})</source>
        <translation>le portail a déménagé vers {location} (HTTP {status})</translation>
    </message>
    <message>
        <source>the portal&apos;s TLS certificate was not accepted ({detail}); for an on-premise portal with its own certificate authority, give b24desk that CA file</source>
        <translation>le certificat TLS du portail n&apos;a pas été accepté ({detail}) ; pour un portail auto-hébergé avec sa propre autorité de certification, donnez ce fichier CA à b24desk</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{seconds:g} s</source>
        <translation>{seconds:g} s</translation>
    </message>
    <message>
        <source>{seconds:g} s (the deadline for the whole call)</source>
        <translation>{seconds:g} s (le délai de l&apos;appel entier)</translation>
    </message>
</context>
<context>
    <name>collection</name>
    <message>
        <source>&apos;{name}&apos; cannot be a name here: use letters, digits, spaces, dots, - and _ (no / or \).</source>
        <translation>&apos;{name}&apos; ne peut pas être un nom ici : utilisez lettres, chiffres, espaces, points, - et _ (pas de / ni \).</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself.</source>
        <translation>Un dossier ne peut pas être déplacé dans lui-même.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{path} does not exist (renamed or deleted outside b24desk?).</source>
        <translation>{path} n&apos;existe pas (renommé ou supprimé hors de b24desk ?).</translation>
    </message>
    <message>
        <source>{path} is not inside the collection {root}.</source>
        <translation>{path} n&apos;est pas dans la collection {root}.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path} : {reason}</translation>
    </message>
</context>
<context>
    <name>curl_import</name>
    <message>
        <source>No curl command found: paste a command that starts with curl.</source>
        <translation>Aucune commande curl trouvée : collez une commande qui commence par curl.</translation>
    </message>
    <message>
        <source>The JSON body is not a JSON object: {reason}</source>
        <translation>Le corps JSON n&apos;est pas un objet JSON : {reason}</translation>
    </message>
    <message>
        <source>The URL {url} names no REST method (it should end in /METHOD.json, e.g. /crm.lead.list.json).</source>
        <translation>L&apos;URL {url} ne nomme aucune méthode REST (elle doit finir par /METHOD.json, p. ex. /crm.lead.list.json).</translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation>La commande curl n&apos;a pas d&apos;URL.</translation>
    </message>
    <message>
        <source>The curl option {option} is not one b24desk reads; remove it and paste again.</source>
        <translation>L&apos;option curl {option} n&apos;est pas lue par b24desk ; retirez-la et collez à nouveau.</translation>
    </message>
    <message>
        <source>The curl option {option} needs a value.</source>
        <translation>L&apos;option curl {option} a besoin d&apos;une valeur.</translation>
    </message>
    <message>
        <source>{option} {value}: b24desk does not read files named in a command; paste the values instead.</source>
        <translation>{option} {value} : b24desk ne lit pas les fichiers nommés dans une commande ; collez plutôt les valeurs.</translation>
    </message>
</context>
<context>
    <name>environment</name>
    <message>
        <source>&apos;{name}&apos; cannot be a variable name: start with a letter or _, then letters, digits, _ . -</source>
        <translation>&apos;{name}&apos; ne peut pas être un nom de variable : commencez par une lettre ou _, puis lettres, chiffres, _ . -</translation>
    </message>
    <message>
        <source>There is no environment {name!r} in {root} (environments: {known}).</source>
        <translation>Il n&apos;y a pas d&apos;environnement {name!r} dans {root} (environnements : {known}).</translation>
    </message>
    <message>
        <source>{name} holds a webhook URL, whose secret must not be written in the folder: mark {name} as secret.</source>
        <translation>{name} contient une URL de webhook, dont le secret ne doit pas être écrit dans le dossier : marquez {name} comme secrète.</translation>
    </message>
    <message>
        <source>{path} is not a b24desk environment: {reason}</source>
        <translation>{path} n&apos;est pas un environnement b24desk : {reason}</translation>
    </message>
</context>
<context>
    <name>explanations</name>
    <message>
        <source>A batch may hold at most 50 commands.</source>
        <translation>Un batch peut contenir au plus 50 commandes.</translation>
    </message>
    <message>
        <source>A parameter is missing or wrong</source>
        <translation>Un paramètre manque ou est incorrect</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Ask for less per call (fewer fields in select, a narrower filter, &apos;Fetch all pages&apos;), or raise the answer size limit (CLI: --max-body).</source>
        <translation>Demandez moins par appel (moins de champs dans select, un filtre plus étroit, « Toutes les pages »), ou augmentez la limite de taille de réponse (CLI : --max-body).</translation>
    </message>
    <message>
        <source>Ask the portal administrator to give this user access.</source>
        <translation>Demandez à l&apos;administrateur du portail de donner accès à cet utilisateur.</translation>
    </message>
    <message>
        <source>Bitrix24 blocked this portal&apos;s REST API manually after heavy load.</source>
        <translation>Bitrix24 a bloqué manuellement l&apos;API REST de ce portail après une forte charge.</translation>
    </message>
    <message>
        <source>Call this method from a Bitrix24 application (OAuth), not through a webhook.</source>
        <translation>Appelez cette méthode depuis une application Bitrix24 (OAuth), pas via un webhook.</translation>
    </message>
    <message>
        <source>Call this method on its own.</source>
        <translation>Appelez cette méthode seule.</translation>
    </message>
    <message>
        <source>Calls to this method took too much server time in the last 10 minutes, so the portal blocks it for a while. Other methods still work.</source>
        <translation>Les appels à cette méthode ont pris trop de temps serveur au cours des 10 dernières minutes, le portail la bloque donc un moment. Les autres méthodes fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Change the webhook URL to start with https://.</source>
        <translation>Modifiez l&apos;URL du webhook pour qu&apos;elle commence par https://.</translation>
    </message>
    <message>
        <source>Check that the address points to a Bitrix24 portal; look at the raw answer. Try again if the answer was cut off.</source>
        <translation>Vérifiez que l&apos;adresse mène à un portail Bitrix24 ; regardez la réponse brute. Réessayez si la réponse a été tronquée.</translation>
    </message>
    <message>
        <source>Check the ID.</source>
        <translation>Vérifiez l&apos;ID.</translation>
    </message>
    <message>
        <source>Check the address, your network, a proxy or VPN, and the portal&apos;s certificate.</source>
        <translation>Vérifiez l&apos;adresse, votre réseau, un proxy ou VPN et le certificat du portail.</translation>
    </message>
    <message>
        <source>Check the parameters against the method&apos;s documentation.</source>
        <translation>Vérifiez les paramètres dans la documentation de la méthode.</translation>
    </message>
    <message>
        <source>Check the parameters against the method&apos;s documentation; often an ID does not exist.</source>
        <translation>Vérifiez les paramètres dans la documentation de la méthode ; souvent un ID n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the portal address.</source>
        <translation>Vérifiez l&apos;adresse du portail.</translation>
    </message>
    <message>
        <source>Check the portal&apos;s plan (the REST API needs a commercial plan or a trial) and the user&apos;s access rights.</source>
        <translation>Vérifiez l&apos;offre du portail (l&apos;API REST nécessite une offre commerciale ou un essai) et les droits d&apos;accès de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Check the required parameters (marked *) and their types in the grid.</source>
        <translation>Vérifiez les paramètres obligatoires (marqués *) et leurs types dans la grille.</translation>
    </message>
    <message>
        <source>Check the spelling in the method browser, or pick the method from the list.</source>
        <translation>Vérifiez l&apos;orthographe dans le navigateur de méthodes ou choisissez la méthode dans la liste.</translation>
    </message>
    <message>
        <source>Cloud portals accept REST calls only over https://.</source>
        <translation>Les portails cloud n&apos;acceptent les appels REST qu&apos;en https://.</translation>
    </message>
    <message>
        <source>Copy the webhook URL again from the portal&apos;s {integrations} and paste it here.</source>
        <translation>Copiez à nouveau l&apos;URL du webhook depuis {integrations} du portail et collez-la ici.</translation>
    </message>
    <message>
        <source>Developer resources &gt; Integrations</source>
        <translation>Ressources pour les développeurs &gt; Intégrations</translation>
    </message>
    <message>
        <source>Fetching every page stopped</source>
        <translation>La récupération de toutes les pages s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>If the new address is the portal&apos;s, save the webhook again with it; otherwise check it.</source>
        <translation>Si la nouvelle adresse est celle du portail, enregistrez à nouveau le webhook avec elle ; sinon vérifiez-la.</translation>
    </message>
    <message>
        <source>In the portal&apos;s {integrations}, edit the webhook, tick the permission this method needs, and save. The secret stays the same.</source>
        <translation>Dans {integrations} du portail, modifiez le webhook, cochez l&apos;autorisation dont cette méthode a besoin et enregistrez. La clé secrète reste la même.</translation>
    </message>
    <message>
        <source>Nested batches and file uploads or downloads are not allowed in a batch.</source>
        <translation>Les batch imbriqués et les envois ou téléchargements de fichiers ne sont pas permis dans un batch.</translation>
    </message>
    <message>
        <source>No answer within {detail}.</source>
        <translation>Pas de réponse en {detail}.</translation>
    </message>
    <message>
        <source>No connection: {detail}</source>
        <translation>Pas de connexion : {detail}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>OAuth tokens of applications live one hour; webhooks do not use them.</source>
        <translation>Les jetons OAuth des applications durent une heure ; les webhooks ne les utilisent pas.</translation>
    </message>
    <message>
        <source>Only Bitrix24 support can lift this block; contact them.</source>
        <translation>Seul le support Bitrix24 peut lever ce blocage ; contactez-le.</translation>
    </message>
    <message>
        <source>Open the portal&apos;s {integrations}, edit the webhook, regenerate its secret, and store the new secret with {update_secret}. Update it in every other program that uses it too.</source>
        <translation>Ouvrez {integrations} sur le portail, modifiez le webhook, régénérez son secret et enregistrez le nouveau avec {update_secret}. Mettez-le aussi à jour dans tous les autres programmes qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Read the portal&apos;s message; often an ID does not exist or a value is invalid.</source>
        <translation>Lisez le message du portail ; souvent un ID n&apos;existe pas ou une valeur est invalide.</translation>
    </message>
    <message>
        <source>Run the call without &apos;Fetch all pages&apos; and look at what the portal sends for start=50.</source>
        <translation>Lancez l&apos;appel sans « Toutes les pages » et regardez ce que le portail envoie pour start=50.</translation>
    </message>
    <message>
        <source>Some methods work only for installed applications, not for webhooks.</source>
        <translation>Certaines méthodes ne fonctionnent que pour les applications installées, pas pour les webhooks.</translation>
    </message>
    <message>
        <source>Something failed on the portal&apos;s side.</source>
        <translation>Quelque chose a échoué du côté du portail.</translation>
    </message>
    <message>
        <source>Split the batch; b24desk&apos;s batch splits long lists for you.</source>
        <translation>Divisez le batch ; le batch de b24desk découpe les longues listes pour vous.</translation>
    </message>
    <message>
        <source>The REST API is not available on this portal&apos;s plan, or the webhook&apos;s user has no access to this data.</source>
        <translation>L&apos;API REST n&apos;est pas disponible dans l&apos;offre de ce portail, ou l&apos;utilisateur du webhook n&apos;a pas accès à ces données.</translation>
    </message>
    <message>
        <source>The access token expired</source>
        <translation>Le jeton d&apos;accès a expiré</translation>
    </message>
    <message>
        <source>The access token is not valid</source>
        <translation>Le jeton d&apos;accès n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The answer is an error page, not a Bitrix24 answer: the portal or a proxy in front of it is failing or overloaded.</source>
        <translation>La réponse est une page d&apos;erreur, pas une réponse Bitrix24 : le portail ou un proxy devant lui est en panne ou surchargé.</translation>
    </message>
    <message>
        <source>The answer is not a Bitrix24 answer</source>
        <translation>La réponse n&apos;est pas une réponse Bitrix24</translation>
    </message>
    <message>
        <source>The answer is too large</source>
        <translation>La réponse est trop grande</translation>
    </message>
    <message>
        <source>The application is limited to other users</source>
        <translation>L&apos;application est réservée à d&apos;autres utilisateurs</translation>
    </message>
    <message>
        <source>The method belongs to a permission (scope) that the webhook was not given.</source>
        <translation>La méthode relève d&apos;une autorisation (scope) que le webhook n&apos;a pas reçue.</translation>
    </message>
    <message>
        <source>The method did not accept the parameters: {description}</source>
        <translation>La méthode n&apos;a pas accepté les paramètres : {description}</translation>
    </message>
    <message>
        <source>The method name is misspelled, belongs to a module this portal does not have, or exists only in a newer version of Bitrix24.</source>
        <translation>Le nom de la méthode est mal orthographié, relève d&apos;un module que ce portail n&apos;a pas, ou n&apos;existe que dans une version plus récente de Bitrix24.</translation>
    </message>
    <message>
        <source>The method refused the request</source>
        <translation>La méthode a refusé la requête</translation>
    </message>
    <message>
        <source>The method reported an error</source>
        <translation>La méthode a signalé une erreur</translation>
    </message>
    <message>
        <source>The pages did not move through the list: {detail}.</source>
        <translation>Les pages n&apos;ont pas avancé dans la liste : {detail}.</translation>
    </message>
    <message>
        <source>The portal allows about 2 requests per second (more on Enterprise plans) after a short burst, and refused this one.</source>
        <translation>Le portail autorise environ 2 requêtes par seconde (davantage avec les offres Enterprise) après une courte rafale, et a refusé celle-ci.</translation>
    </message>
    <message>
        <source>The portal allows this application only for certain users.</source>
        <translation>Le portail n&apos;autorise cette application qu&apos;à certains utilisateurs.</translation>
    </message>
    <message>
        <source>The portal blocked REST calls for overload</source>
        <translation>Le portail a bloqué les appels REST pour surcharge</translation>
    </message>
    <message>
        <source>The portal could not be reached</source>
        <translation>Le portail est injoignable</translation>
    </message>
    <message>
        <source>The portal could not do what was asked: {description}</source>
        <translation>Le portail n&apos;a pas pu faire ce qui était demandé : {description}</translation>
    </message>
    <message>
        <source>The portal did not answer in time</source>
        <translation>Le portail n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>The portal did not recognise the webhook</source>
        <translation>Le portail n&apos;a pas reconnu le webhook</translation>
    </message>
    <message>
        <source>The portal had an internal error</source>
        <translation>Le portail a eu une erreur interne</translation>
    </message>
    <message>
        <source>The portal has no such method</source>
        <translation>Le portail n&apos;a pas cette méthode</translation>
    </message>
    <message>
        <source>The portal is gone</source>
        <translation>Le portail n&apos;existe plus</translation>
    </message>
    <message>
        <source>The portal moved</source>
        <translation>Le portail a déménagé</translation>
    </message>
    <message>
        <source>The portal refused this webhook</source>
        <translation>Le portail a refusé ce webhook</translation>
    </message>
    <message>
        <source>The portal reported {code}</source>
        <translation>Le portail a signalé {code}</translation>
    </message>
    <message>
        <source>The portal requires HTTPS</source>
        <translation>Le portail exige HTTPS</translation>
    </message>
    <message>
        <source>The portal says: {description}</source>
        <translation>Le portail indique : {description}</translation>
    </message>
    <message>
        <source>The portal sent something that is not the expected JSON (an HTML page or a cut-off answer): {detail}</source>
        <translation>Le portail a envoyé autre chose que le JSON attendu (une page HTML ou une réponse tronquée) : {detail}</translation>
    </message>
    <message>
        <source>The portal was deleted, or its public part is closed.</source>
        <translation>Le portail a été supprimé, ou sa partie publique est fermée.</translation>
    </message>
    <message>
        <source>The record does not exist (or you cannot see it): {description}</source>
        <translation>L&apos;enregistrement n&apos;existe pas (ou vous ne pouvez pas le voir) : {description}</translation>
    </message>
    <message>
        <source>The server answered with HTTP {status}</source>
        <translation>Le serveur a répondu HTTP {status}</translation>
    </message>
    <message>
        <source>The server answered: {detail}. b24desk does not follow redirects.</source>
        <translation>Le serveur a répondu : {detail}. b24desk ne suit pas les redirections.</translation>
    </message>
    <message>
        <source>The token is wrong or was revoked.</source>
        <translation>Le jeton est erroné ou a été révoqué.</translation>
    </message>
    <message>
        <source>The user id or the secret in the URL is wrong.</source>
        <translation>L&apos;ID utilisateur ou la clé secrète dans l&apos;URL est erroné.</translation>
    </message>
    <message>
        <source>The webhook was deleted, its secret was regenerated, the portal blocked it because the secret was found in public, or the user who made it lacks the rights for this call.</source>
        <translation>Le webhook a été supprimé, sa clé secrète a été régénérée, le portail l&apos;a bloqué car la clé a été trouvée en public, ou l&apos;utilisateur qui l&apos;a créé n&apos;a pas les droits pour cet appel.</translation>
    </message>
    <message>
        <source>This method cannot run inside a batch</source>
        <translation>Cette méthode ne peut pas s&apos;exécuter dans un batch</translation>
    </message>
    <message>
        <source>This method needs an application</source>
        <translation>Cette méthode nécessite une application</translation>
    </message>
    <message>
        <source>This method used up its time budget</source>
        <translation>Cette méthode a épuisé son budget de temps</translation>
    </message>
    <message>
        <source>This webhook may not call this method</source>
        <translation>Ce webhook ne peut pas appeler cette méthode</translation>
    </message>
    <message>
        <source>Too many commands in one batch</source>
        <translation>Trop de commandes dans un batch</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Try again in a minute. If it repeats, check the portal address.</source>
        <translation>Réessayez dans une minute. Si cela se répète, vérifiez l&apos;adresse du portail.</translation>
    </message>
    <message>
        <source>Try again in a minute; if it persists, contact the portal&apos;s administrator.</source>
        <translation>Réessayez dans une minute ; si cela persiste, contactez l&apos;administrateur du portail.</translation>
    </message>
    <message>
        <source>Try again; for big lists ask for fewer fields or use &apos;Fetch all pages&apos;, which fetches in small pieces.</source>
        <translation>Réessayez ; pour les grandes listes, demandez moins de champs ou utilisez « Récupérer toutes les pages », qui récupère par petits morceaux.</translation>
    </message>
    <message>
        <source>Update secret… (the button below, or the Webhook… menu)</source>
        <translation>« Mettre à jour la clé… » (le bouton ci-dessous ou le menu « Webhook… »)</translation>
    </message>
    <message>
        <source>Use an incoming webhook URL from the portal&apos;s {integrations}.</source>
        <translation>Utilisez l&apos;URL d&apos;un webhook entrant depuis {integrations} du portail.</translation>
    </message>
    <message>
        <source>Use an incoming webhook URL, or refresh the application&apos;s token.</source>
        <translation>Utilisez l&apos;URL d&apos;un webhook entrant ou renouvelez le jeton de l&apos;application.</translation>
    </message>
    <message>
        <source>Wait a few seconds and try again. b24desk paces requests itself; use batch or &apos;Fetch all pages&apos; to need fewer requests.</source>
        <translation>Attendez quelques secondes et réessayez. b24desk cadence lui-même les requêtes ; utilisez batch ou « Récupérer toutes les pages » pour en faire moins.</translation>
    </message>
    <message>
        <source>Wait until the budget resets (the answer&apos;s operating_reset_at), then ask for less per call: fewer fields in select, narrower filters.</source>
        <translation>Attendez la réinitialisation du budget (operating_reset_at dans la réponse), puis demandez moins par appel : moins de champs dans select, des filtres plus étroits.</translation>
    </message>
    <message>
        <source>b24desk webhooks rotate NAME NEW_URL (or a new --webhook URL)</source>
        <translation>b24desk webhooks rotate NOM NOUVELLE_URL (ou une nouvelle URL dans --webhook)</translation>
    </message>
    <message>
        <source>{description}</source>
        <translation>{description}</translation>
    </message>
    <message>
        <source>{detail}.</source>
        <translation>{detail}.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>The portal&apos;s field list has an unexpected shape ({found}).</source>
        <translation>La liste des champs du portail a une forme inattendue ({found}).</translation>
    </message>
</context>
<context>
    <name>json_codec</name>
    <message>
        <source>{reason} at line {line}, column {column}</source>
        <translation>{reason} à la ligne {line}, colonne {column}</translation>
    </message>
</context>
<context>
    <name>leak_scan</name>
    <message>
        <source>Developer resources &gt; Integrations &gt; the webhook &gt; Edit</source>
        <translation>Ressources pour les développeurs &gt; Intégrations &gt; le webhook &gt; Modifier</translation>
    </message>
    <message>
        <source>JSON-escaped</source>
        <translation>échappé en JSON</translation>
    </message>
    <message>
        <source>No Bitrix24 secrets found; {files} files read, {skipped} skipped (binary or too large), {commits} commits.</source>
        <translation>Aucun secret Bitrix24 trouvé ; {files} fichiers lus, {skipped} ignorés (binaires ou trop grands), {commits} commits.</translation>
    </message>
    <message>
        <source>The git command is not installed, so the history cannot be scanned.</source>
        <translation>La commande git n’est pas installée : l’historique ne peut pas être analysé.</translation>
    </message>
    <message>
        <source>This is an earlier secret of saved webhook {name!r} (already replaced): remove it from the file.</source>
        <translation>C’est un ancien secret du webhook enregistré {name!r} (déjà remplacé) : retirez-le du fichier.</translation>
    </message>
    <message>
        <source>This is the secret of saved webhook {name!r}. Bitrix24 blocks a webhook whose secret is public: make a new secret in the portal ({portal_path}), then store it: b24desk webhooks rotate {name!r} NEW_URL</source>
        <translation>C’est le secret du webhook enregistré {name!r}. Bitrix24 bloque un webhook dont le secret est public : créez un nouveau secret dans le portail ({portal_path}), puis enregistrez-le : b24desk webhooks rotate {name!r} NEW_URL</translation>
    </message>
    <message>
        <source>URL-encoded</source>
        <translation>encodé en URL</translation>
    </message>
    <message>
        <source>as plain text</source>
        <translation>en clair</translation>
    </message>
    <message>
        <source>base64-encoded</source>
        <translation>encodé en base64</translation>
    </message>
    <message>
        <source>git could not read the history of {path}: {reason}</source>
        <translation>git n’a pas pu lire l’historique de {path} : {reason}</translation>
    </message>
    <message>
        <source>outgoing-webhook application token</source>
        <translation>jeton d’application de webhook sortant</translation>
    </message>
    <message>
        <source>webhook URL with its secret</source>
        <translation>URL de webhook avec son secret</translation>
    </message>
    <message>
        <source>{count} secret(s) found; {files} files read, {skipped} skipped (binary or too large), {commits} commits.</source>
        <translation>{count} secret(s) trouvé(s) ; {files} fichiers lus, {skipped} ignorés (binaires ou trop grands), {commits} commits.</translation>
    </message>
    <message>
        <source>{path} is not inside a git repository, so it has no history to scan.</source>
        <translation>{path} n’est pas dans un dépôt git : il n’y a pas d’historique à analyser.</translation>
    </message>
</context>
<context>
    <name>method_suggestions</name>
    <message>
        <source>Did you mean one of: {names}?</source>
        <translation>Vouliez-vous dire l&apos;une de ces méthodes : {names} ?</translation>
    </message>
    <message>
        <source>Did you mean {name}?</source>
        <translation>Vouliez-vous dire {name} ?</translation>
    </message>
</context>
<context>
    <name>operating_time</name>
    <message>
        <source>{method} has used {used:.0f} s of its {limit:.0f} s operating-time budget; the portal will block it past the limit. The budget starts to recover at {reset}.</source>
        <translation>{method} a utilisé {used:.0f} s de son budget de {limit:.0f} s de temps d&apos;exécution ; au-delà de la limite, le portail la bloquera. Le budget commence à se reconstituer à {reset}.</translation>
    </message>
</context>
<context>
    <name>paging</name>
    <message>
        <source>the portal kept sending new rows past {total} without saying a total; paging stopped</source>
        <translation>le portail a continué d&apos;envoyer de nouvelles lignes au-delà de {total} sans donner de total ; la pagination s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>the portal sent IDs outside the range asked for ({low} to {high}); paging stopped</source>
        <translation>le portail a envoyé des ID hors de la plage demandée ({low} à {high}) ; la pagination s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>the portal sent only rows already fetched at offset {start}; paging stopped after {fetched} rows</source>
        <translation>le portail n&apos;a envoyé à l&apos;offset {start} que des lignes déjà reçues ; la pagination s&apos;est arrêtée après {fetched} lignes</translation>
    </message>
    <message>
        <source>the portal sent the same page again (the last ID did not move past {last}); paging stopped</source>
        <translation>le portail a renvoyé la même page (le dernier ID n&apos;a pas dépassé {last}) ; la pagination s&apos;est arrêtée</translation>
    </message>
</context>
<context>
    <name>param_rows</name>
    <message>
        <source>&apos;{key}&apos; is not a parameter name (for example fields[TITLE]).</source>
        <translation>&apos;{key}&apos; n&apos;est pas un nom de paramètre (par exemple fields[TITLE]).</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a date and time like 2026-11-25T14:30:00+03:00.</source>
        <translation>{key} : &apos;{value}&apos; n&apos;est pas une date et heure comme 2026-11-25T14:30:00+03:00.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a date like 2026-11-25.</source>
        <translation>{key} : &apos;{value}&apos; n&apos;est pas une date comme 2026-11-25.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a number.</source>
        <translation>{key} : &apos;{value}&apos; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{key} : &apos;{value}&apos; n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not yes/no (true, false, 1, 0, Y, N).</source>
        <translation>{key} : &apos;{value}&apos; n&apos;est pas oui/non (true, false, 1, 0, Y, N).</translation>
    </message>
    <message>
        <source>{key}: the JSON value is not valid ({reason}).</source>
        <translation>{key} : la valeur JSON n&apos;est pas valide ({reason}).</translation>
    </message>
    <message>
        <source>{key}: unknown type &apos;{type}&apos;.</source>
        <translation>{key} : type inconnu &apos;{type}&apos;.</translation>
    </message>
</context>
<context>
    <name>postman</name>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name} : {reason}</translation>
    </message>
    <message>
        <source>{source} is not JSON: {reason}</source>
        <translation>{source} n&apos;est pas du JSON : {reason}</translation>
    </message>
    <message>
        <source>{source} is not a Postman collection v2.1 (no info.schema naming v2.1 and no item list).</source>
        <translation>{source} n&apos;est pas une collection Postman v2.1 (pas d&apos;info.schema citant v2.1 ni de liste item).</translation>
    </message>
</context>
<context>
    <name>query</name>
    <message>
        <source>A parameter holds text that is not valid Unicode: {text!r}.</source>
        <translation>Un paramètre contient du texte qui n&apos;est pas de l&apos;Unicode valide : {text!r}.</translation>
    </message>
    <message>
        <source>Parameters nest deeper than {limit} levels (at {key}); PHP, and so the portal, reads at most {limit}.</source>
        <translation>Les paramètres sont imbriqués sur plus de {limit} niveaux (à {key}) ; PHP, et donc le portail, en lit au plus {limit}.</translation>
    </message>
    <message>
        <source>The value of {key} is a {type}; parameters can hold text, numbers, yes/no, lists and groups.</source>
        <translation>La valeur de {key} est de type {type} ; les paramètres peuvent contenir du texte, des nombres, oui/non, des listes et des groupes.</translation>
    </message>
    <message>
        <source>The value of {key} is not a finite number.</source>
        <translation>La valeur de {key} n&apos;est pas un nombre fini.</translation>
    </message>
</context>
<context>
    <name>receiver</name>
    <message>
        <source>The event could not be sent to {url}: {reason}</source>
        <translation>L&apos;événement n&apos;a pas pu être envoyé à {url} : {reason}</translation>
    </message>
</context>
<context>
    <name>request_checks</name>
    <message>
        <source>{key} is required and empty.</source>
        <translation>{key} est obligatoire et vide.</translation>
    </message>
    <message>
        <source>{key} is required and missing.</source>
        <translation>{key} est obligatoire et absent.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not one of the field&apos;s values ({values}).</source>
        <translation>{key} : « {value} » n&apos;est pas l&apos;une des valeurs du champ ({values}).</translation>
    </message>
</context>
<context>
    <name>request_file</name>
    <message>
        <source>A request file names its webhook by a saved webhook&apos;s name or a {{{{variable}}}}, never by its URL (the URL holds the secret). Save the webhook and use its name.</source>
        <translation>Un fichier de requête désigne son webhook par le nom d&apos;un webhook enregistré ou par une {{{{variable}}}}, jamais par son URL (l&apos;URL contient le secret). Enregistrez le webhook et utilisez son nom.</translation>
    </message>
    <message>
        <source>The request cannot be written as a file: {reason}.</source>
        <translation>La requête ne peut pas être écrite dans un fichier : {reason}.</translation>
    </message>
    <message>
        <source>it was written by a newer b24desk (format {found}; this one reads up to {known}): update b24desk</source>
        <translation>il a été écrit par un b24desk plus récent (format {found} ; celui-ci lit jusqu&apos;à {known}) : mettez b24desk à jour</translation>
    </message>
    <message>
        <source>{path} is not a saved b24desk request: {reason}</source>
        <translation>{path} n&apos;est pas une requête b24desk enregistrée : {reason}</translation>
    </message>
</context>
<context>
    <name>shell_words</name>
    <message>
        <source>A quote is not closed in the command: {text}</source>
        <translation>Un guillemet n&apos;est pas fermé dans la commande : {text}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>A saved webhook is already named {name!r}.</source>
        <translation>Un webhook enregistré porte déjà le nom {name!r}.</translation>
    </message>
    <message>
        <source>A saved webhook needs a name.</source>
        <translation>Un webhook enregistré doit avoir un nom.</translation>
    </message>
    <message>
        <source>A webhook name cannot look like a URL or contain control characters.</source>
        <translation>Le nom d&apos;un webhook ne peut pas ressembler à une URL ni contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>A webhook name may have at most {max} characters.</source>
        <translation>Le nom d&apos;un webhook peut comporter au plus {max} caractères.</translation>
    </message>
    <message>
        <source>No saved webhook is named {name!r}.</source>
        <translation>Aucun webhook enregistré ne s&apos;appelle {name!r}.</translation>
    </message>
    <message>
        <source>No system keyring is available (backend: {backend}), so the webhook&apos;s secret cannot be {action}. Install or start one: on Linux GNOME Keyring or KWallet (any Secret Service provider, such as KeePassXC), on macOS the Keychain, on Windows the Credential Manager.</source>
        <translation>Aucun trousseau système n&apos;est disponible (backend : {backend}), la clé secrète du webhook ne peut donc pas être {action}. Installez-en un ou démarrez-le : sous Linux, GNOME Keyring ou KWallet (tout fournisseur Secret Service, comme KeePassXC) ; sous macOS, le Trousseau (Keychain) ; sous Windows, le Gestionnaire d&apos;identification.</translation>
    </message>
    <message>
        <source>Paste the new webhook URL or the bare secret (letters and digits, no spaces).</source>
        <translation>Collez la nouvelle URL du webhook ou la clé secrète seule (lettres et chiffres, sans espaces).</translation>
    </message>
    <message>
        <source>Secret of {name!r} updated; its history is kept.</source>
        <translation>Clé secrète de {name!r} mise à jour ; son historique est conservé.</translation>
    </message>
    <message>
        <source>The history database {path} could not be used: {reason}.</source>
        <translation>La base de données d&apos;historique {path} n&apos;a pas pu être utilisée : {reason}.</translation>
    </message>
    <message>
        <source>The history database {path} was damaged ({reason}); it was kept as {backup} and a new, empty history was started.</source>
        <translation>La base de l&apos;historique {path} était endommagée ({reason}) ; elle a été conservée sous {backup} et un nouvel historique vide a été commencé.</translation>
    </message>
    <message>
        <source>The new URL belongs to user {new} (it was user {old}): calls now run with that user&apos;s rights.</source>
        <translation>La nouvelle URL appartient à l&apos;utilisateur {new} (c&apos;était l&apos;utilisateur {old}) : les appels s&apos;exécutent désormais avec les droits de cet utilisateur.</translation>
    </message>
    <message>
        <source>The portal address changed from {old} to {new}.</source>
        <translation>L&apos;adresse du portail est passée de {old} à {new}.</translation>
    </message>
    <message>
        <source>The secret of webhook {name!r} is not in {backend}. Paste the webhook URL again with Update secret (b24desk webhooks rotate).</source>
        <translation>La clé secrète du webhook {name!r} n&apos;est pas dans {backend}. Collez à nouveau l&apos;URL du webhook avec Mettre à jour la clé (b24desk webhooks rotate).</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); it was kept as {backup} and b24desk started with empty settings. Saved secrets are still in the system keyring.</source>
        <translation>Le fichier de paramètres {path} n&apos;a pas pu être lu ({reason}) ; il a été conservé sous {backup} et b24desk a démarré avec des paramètres vides. Les clés secrètes enregistrées sont toujours dans le trousseau système.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read: {reason}.</source>
        <translation>Le fichier de paramètres {path} n&apos;a pas pu être lu : {reason}.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be written: {reason}.</source>
        <translation>Le fichier de paramètres {path} n&apos;a pas pu être écrit : {reason}.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) could not be opened, so the webhook&apos;s secret cannot be {action}: {reason}. Check that its service is running (on Linux: a D-Bus session with GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau système ({backend}) n&apos;a pas pu être ouvert, la clé secrète du webhook ne peut donc pas être {action} : {reason}. Vérifiez que son service est lancé (sous Linux : une session D-Bus avec GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) is locked, so the webhook&apos;s secret cannot be {action}. Unlock it (log in again, or open your keyring manager such as Seahorse) and try again.</source>
        <translation>Le trousseau système ({backend}) est verrouillé, la clé secrète du webhook ne peut donc pas être {action}. Déverrouillez-le (reconnectez-vous ou ouvrez votre gestionnaire de trousseaux, par exemple Seahorse) et réessayez.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) refused, so the webhook&apos;s secret cannot be {action}: {reason}. Check the keyring manager (it may ask for permission or be full) and try again.</source>
        <translation>Le trousseau système ({backend}) a refusé, la clé secrète du webhook ne peut donc pas être {action} : {reason}. Vérifiez le gestionnaire de trousseaux (il demande peut-être une autorisation ou est plein) et réessayez.</translation>
    </message>
    <message>
        <source>Until then you can use the webhook for this session only: its secret is kept in memory and forgotten when b24desk closes.</source>
        <translation>En attendant, vous pouvez utiliser le webhook pour cette session uniquement : sa clé secrète est gardée en mémoire et oubliée à la fermeture de b24desk.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>mémoire (cette session uniquement)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lue</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
</context>
<context>
    <name>variables</name>
    <message>
        <source>(none chosen)</source>
        <translation>(aucun choisi)</translation>
    </message>
    <message>
        <source>The request uses variables with no value in the environment {environment}: {names}.</source>
        <translation>La requête utilise des variables sans valeur dans l&apos;environnement {environment} : {names}.</translation>
    </message>
</context>
<context>
    <name>webhook</name>
    <message>
        <source>A webhook URL looks like {example}</source>
        <translation>Une URL de webhook ressemble à {example}</translation>
    </message>
    <message>
        <source>REST 3.0 addresses (/rest/api/...) are not supported yet; use the classic /rest/ URL.</source>
        <translation>Les adresses REST 3.0 (/rest/api/...) ne sont pas encore prises en charge ; utilisez l&apos;URL classique /rest/.</translation>
    </message>
    <message>
        <source>The address contains a user name or password before the host; remove it.</source>
        <translation>L&apos;adresse contient un nom d&apos;utilisateur ou un mot de passe avant l&apos;hôte ; supprimez-les.</translation>
    </message>
    <message>
        <source>The address has a broken IPv6 host (an unclosed [ or ]).</source>
        <translation>L&apos;adresse contient un hôte IPv6 cassé (un [ ou ] non fermé).</translation>
    </message>
    <message>
        <source>The address has extra parts after the method name.</source>
        <translation>L&apos;adresse a des parties en trop après le nom de la méthode.</translation>
    </message>
    <message>
        <source>The address has no /rest/USER_ID/SECRET/ part, so it is not an incoming webhook.</source>
        <translation>L&apos;adresse n&apos;a pas de partie /rest/USER_ID/SECRET/ : ce n&apos;est donc pas un webhook entrant.</translation>
    </message>
    <message>
        <source>The address has no portal name (host).</source>
        <translation>L&apos;adresse n&apos;a pas de nom de portail (hôte).</translation>
    </message>
    <message>
        <source>The address holds bytes that are not valid UTF-8 text.</source>
        <translation>L&apos;adresse contient des octets qui ne sont pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for an on-premise portal).</source>
        <translation>L&apos;adresse doit commencer par https:// (ou http:// pour un portail auto-hébergé).</translation>
    </message>
    <message>
        <source>The method name is {length} characters long; method names have at most {limit}.</source>
        <translation>Le nom de méthode fait {length} caractères ; les noms de méthode en ont au plus {limit}.</translation>
    </message>
    <message>
        <source>The method name may hold only letters, digits, dots and underscores.</source>
        <translation>Le nom de la méthode ne peut contenir que des lettres, des chiffres, des points et des tirets bas.</translation>
    </message>
    <message>
        <source>The port in the address is not a number from 1 to 65535.</source>
        <translation>Le port de l&apos;adresse n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The secret after the user id is missing.</source>
        <translation>La clé secrète après l&apos;ID utilisateur manque.</translation>
    </message>
    <message>
        <source>The user id after /rest/ must be a number.</source>
        <translation>L&apos;ID utilisateur après /rest/ doit être un nombre.</translation>
    </message>
    <message>
        <source>The webhook URL is empty.</source>
        <translation>L&apos;URL du webhook est vide.</translation>
    </message>
    <message>
        <source>This is an application (OAuth) address without a user id and secret; b24desk needs an incoming webhook.</source>
        <translation>C&apos;est une adresse d&apos;application (OAuth) sans ID utilisateur ni clé secrète ; b24desk a besoin d&apos;un webhook entrant.</translation>
    </message>
    <message>
        <source>b24desk reads JSON answers; use the .json suffix instead of .xml.</source>
        <translation>b24desk lit des réponses JSON ; utilisez le suffixe .json au lieu de .xml.</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>The open tabs could not be restored from {path} ({reason}); b24desk starts with one empty tab.</source>
        <translation>Les onglets ouverts n&apos;ont pas pu être restaurés depuis {path} ({reason}) ; b24desk démarre avec un onglet vide.</translation>
    </message>
</context>
</TS>
