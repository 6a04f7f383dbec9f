<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About b24desk</source>
        <translation>Über b24desk</translation>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation>Mitgelieferte Bibliotheken</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the version and the libraries, e.g. for a bug report</source>
        <translation>Version und Bibliotheken kopieren, z. B. für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Desktop request builder for the Bitrix24 REST API</source>
        <translation>Desktop-Anfragebaukasten für die Bitrix24-REST-API</translation>
    </message>
    <message>
        <source>Libraries b24desk ships with, and their licences:</source>
        <translation>Bibliotheken, die b24desk mitbringt, und ihre Lizenzen:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Licence: {licence}. Runs on Python {python} and Qt {qt} (LGPL-3.0, through PySide6).</source>
        <translation>Lizenz: {licence}. Läuft mit Python {python} und Qt {qt} (LGPL-3.0, über PySide6).</translation>
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
        <translation>Anwendungstoken</translation>
    </message>
    <message>
        <source>Busiest methods</source>
        <translation>Meistgenutzte Methoden</translation>
    </message>
    <message>
        <source>Call URL</source>
        <translation>Aufruf-URL</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code language</source>
        <translation>Sprache des Codes</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Enter finds the next match</source>
        <translation>Eingabe findet den nächsten Treffer</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Ereignisdaten</translation>
    </message>
    <message>
        <source>Events the receiver got, newest last</source>
        <translation>Vom Empfänger erhaltene Ereignisse, die neuesten zuletzt</translation>
    </message>
    <message>
        <source>Find in the raw answer</source>
        <translation>In der Rohantwort suchen</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Handler URL</source>
        <translation>Handler-URL</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Keys in PHP syntax, their values and types; Enter edits a cell</source>
        <translation>Schlüssel in PHP-Syntax, ihre Werte und Typen; Eingabe bearbeitet eine Zelle</translation>
    </message>
    <message>
        <source>List results, one row per record; click a column to sort</source>
        <translation>Listenergebnisse, eine Zeile je Datensatz; Klick auf eine Spalte sortiert</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>POST sends a form body; GET puts the query in the URL</source>
        <translation>POST sendet einen Formular-Body; GET setzt die Abfrage in die URL</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Parameters as JSON</source>
        <translation>Parameter als JSON</translation>
    </message>
    <message>
        <source>Past calls of this webhook; double-click reopens one</source>
        <translation>Frühere Aufrufe dieses Webhooks; Doppelklick öffnet einen erneut</translation>
    </message>
    <message>
        <source>Raw answer</source>
        <translation>Rohantwort</translation>
    </message>
    <message>
        <source>Received events</source>
        <translation>Empfangene Ereignisse</translation>
    </message>
    <message>
        <source>Receiver host</source>
        <translation>Host des Empfängers</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Port des Empfängers</translation>
    </message>
    <message>
        <source>Requests, errors and time per method</source>
        <translation>Anfragen, Fehler und Zeit je Methode</translation>
    </message>
    <message>
        <source>Result table</source>
        <translation>Ergebnistabelle</translation>
    </message>
    <message>
        <source>Result tree</source>
        <translation>Ergebnisbaum</translation>
    </message>
    <message>
        <source>Search methods</source>
        <translation>Methoden suchen</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Selects every cell of the table</source>
        <translation>Wählt alle Zellen der Tabelle aus</translation>
    </message>
    <message>
        <source>The REST method to call, e.g. crm.lead.list</source>
        <translation>Die aufzurufende REST-Methode, z. B. crm.lead.list</translation>
    </message>
    <message>
        <source>The URL Execute calls; paste a call URL to load it</source>
        <translation>Die URL, die Ausführen aufruft; eine eingefügte Aufruf-URL wird geladen</translation>
    </message>
    <message>
        <source>The URL to give the portal for outgoing webhooks</source>
        <translation>Die URL, die das Portal für ausgehende Webhooks erhält</translation>
    </message>
    <message>
        <source>The address the event receiver listens on</source>
        <translation>Die Adresse, auf der der Ereignisempfänger lauscht</translation>
    </message>
    <message>
        <source>The answer as a tree of keys and values</source>
        <translation>Die Antwort als Baum aus Schlüsseln und Werten</translation>
    </message>
    <message>
        <source>The answer as indented JSON</source>
        <translation>Die Antwort als eingerücktes JSON</translation>
    </message>
    <message>
        <source>The collection&apos;s folders and requests; Enter or double-click opens one</source>
        <translation>Ordner und Anfragen der Sammlung; Enter oder Doppelklick öffnet eine</translation>
    </message>
    <message>
        <source>The language of the generated code</source>
        <translation>Die Sprache des erzeugten Codes</translation>
    </message>
    <message>
        <source>The port the event receiver listens on</source>
        <translation>Der Port, auf dem der Ereignisempfänger lauscht</translation>
    </message>
    <message>
        <source>The portal&apos;s methods; Enter puts one in the editor</source>
        <translation>Die Methoden des Portals; Eingabe übernimmt eine in den Editor</translation>
    </message>
    <message>
        <source>The request as code in the chosen language</source>
        <translation>Die Anfrage als Code in der gewählten Sprache</translation>
    </message>
    <message>
        <source>The same parameters as a JSON object</source>
        <translation>Dieselben Parameter als JSON-Objekt</translation>
    </message>
    <message>
        <source>The selected event&apos;s fields</source>
        <translation>Die Felder des gewählten Ereignisses</translation>
    </message>
    <message>
        <source>The token the portal sends with each event</source>
        <translation>Das Token, das das Portal mit jedem Ereignis sendet</translation>
    </message>
    <message>
        <source>The webhook the request is sent through</source>
        <translation>Der Webhook, über den die Anfrage gesendet wird</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Words of a method name or its parameters</source>
        <translation>Wörter eines Methodennamens oder seiner Parameter</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>All pages</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Embed the secret?</source>
        <translation>Geheimen Schlüssel einbetten?</translation>
    </message>
    <message>
        <source>Embed webhook URL (secret)</source>
        <translation>Webhook-URL einbetten (geheim)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save code</source>
        <translation>Code speichern</translation>
    </message>
    <message>
        <source>The code will contain the webhook URL with its secret. Anyone who reads the file can read and change your portal&apos;s data, and Bitrix24 blocks a webhook whose secret is found in public. Embed it anyway?</source>
        <translation>Der Code enthält die Webhook-URL mit ihrem geheimen Schlüssel. Wer die Datei liest, kann die Daten Ihres Portals lesen und ändern, und Bitrix24 sperrt einen Webhook, dessen Schlüssel öffentlich gefunden wird. Trotzdem einbetten?</translation>
    </message>
</context>
<context>
    <name>CollectionPanel</name>
    <message>
        <source>A folder of request files (it may be a git repository)</source>
        <translation>Ein Ordner mit Anfragedateien (er darf ein git-Repository sein)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete {name} and everything in it?</source>
        <translation>{name} mit allem Inhalt löschen?</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Neue Anfrage…</translation>
    </message>
    <message>
        <source>No collection open</source>
        <translation>Keine Sammlung geöffnet</translation>
    </message>
    <message>
        <source>Open collection</source>
        <translation>Sammlung öffnen</translation>
    </message>
    <message>
        <source>Open collection…</source>
        <translation>Sammlung öffnen…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>EnvironmentPicker</name>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Show the raw answer</source>
        <translation>Rohe Antwort anzeigen</translation>
    </message>
    <message>
        <source>Update secret…</source>
        <translation>Schlüssel aktualisieren…</translation>
    </message>
    <message>
        <source>Use {method}</source>
        <translation>{method} verwenden</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Was tun: {action}</translation>
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
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>rejected: no token</source>
        <translation>abgelehnt: kein Token</translation>
    </message>
    <message>
        <source>rejected: wrong token</source>
        <translation>abgelehnt: falsches Token</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>unchecked (no token set)</source>
        <translation>ungeprüft (kein Token gesetzt)</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>127.0.0.1 keeps the receiver on this computer</source>
        <translation>127.0.0.1 beschränkt den Empfänger auf diesen Computer</translation>
    </message>
    <message>
        <source>A cloud Bitrix24 portal cannot reach this computer behind a router (NAT): it needs a public HTTPS handler URL, for example a tunnel you run that forwards to the address above. An on-premise portal on the same network, and the sandbox portal, can use it directly. The portal does not retry: events sent while the receiver is stopped are lost.</source>
        <translation>Ein Bitrix24-Cloud-Portal kann diesen Computer hinter einem Router (NAT) nicht erreichen: Es braucht eine öffentliche HTTPS-Handler-URL, zum Beispiel einen von Ihnen betriebenen Tunnel, der an die obige Adresse weiterleitet. Ein On-Premise-Portal im selben Netzwerk und das Sandbox-Portal können sie direkt verwenden. Das Portal wiederholt nichts: Ereignisse, die gesendet werden, während der Empfänger gestoppt ist, gehen verloren.</translation>
    </message>
    <message>
        <source>Application token</source>
        <translation>Anwendungstoken</translation>
    </message>
    <message>
        <source>Application token the portal shows for the outgoing webhook</source>
        <translation>Anwendungstoken, das das Portal für den ausgehenden Webhook anzeigt</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation>Lauschen auf {host}:{port} nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Cannot load {name}: {error}</source>
        <translation>{name} kann nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Cannot save: {error}</source>
        <translation>Speichern nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Export handler skeleton</source>
        <translation>Handler-Gerüst exportieren</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>Von: {source}</translation>
    </message>
    <message>
        <source>Handler URL</source>
        <translation>Handler-URL</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>Listen on the network?</source>
        <translation>Im Netzwerk lauschen?</translation>
    </message>
    <message>
        <source>Listening on {host} lets anyone on your network post events to this computer. Keep the application token set so that forged events are rejected. Listen anyway?</source>
        <translation>Beim Lauschen auf {host} kann jeder in Ihrem Netzwerk Ereignisse an diesen Computer senden. Lassen Sie das Anwendungstoken gesetzt, damit gefälschte Ereignisse abgelehnt werden. Trotzdem lauschen?</translation>
    </message>
    <message>
        <source>Listening. Give the portal this handler URL (or your tunnel&apos;s public URL).</source>
        <translation>Empfang läuft. Geben Sie dem Portal diese Handler-URL (oder die öffentliche URL Ihres Tunnels).</translation>
    </message>
    <message>
        <source>Listening. No application token set: events are shown as unchecked, none is rejected.</source>
        <translation>Empfang läuft. Kein Anwendungstoken gesetzt: Ereignisse werden als ungeprüft angezeigt, keines wird abgelehnt.</translation>
    </message>
    <message>
        <source>Load events</source>
        <translation>Ereignisse laden</translation>
    </message>
    <message>
        <source>Loaded {count} events.</source>
        <translation>{count} Ereignisse geladen.</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Roher Body</translation>
    </message>
    <message>
        <source>Replay event</source>
        <translation>Ereignis erneut senden</translation>
    </message>
    <message>
        <source>Replay to URL…</source>
        <translation>Erneut an URL senden…</translation>
    </message>
    <message>
        <source>Replayed {event}: the handler answered {status}.</source>
        <translation>{event} erneut gesendet: Der Handler antwortete {status}.</translation>
    </message>
    <message>
        <source>Replaying to {url}…</source>
        <translation>Sende erneut an {url}…</translation>
    </message>
    <message>
        <source>Save events</source>
        <translation>Ereignisse speichern</translation>
    </message>
    <message>
        <source>Saved {count} events (tokens masked).</source>
        <translation>{count} Ereignisse gespeichert (Tokens maskiert).</translation>
    </message>
    <message>
        <source>Saved {name}. It reads the token from B24_APPLICATION_TOKEN.</source>
        <translation>{name} gespeichert. Das Token wird aus B24_APPLICATION_TOKEN gelesen.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Send the event to this handler URL:</source>
        <translation>Das Ereignis an diese Handler-URL senden:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>Empfang starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stopped. Events the portal sends now are lost (it does not retry).</source>
        <translation>Gestoppt. Ereignisse, die das Portal jetzt sendet, gehen verloren (es wiederholt nichts).</translation>
    </message>
    <message>
        <source>The handler URL appears here once the receiver runs</source>
        <translation>Die Handler-URL erscheint hier, sobald der Empfänger läuft</translation>
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
        <translation>%v von %m Zeilen</translation>
    </message>
    <message>
        <source>Add a webhook first.</source>
        <translation>Fügen Sie zuerst einen Webhook hinzu.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled. The request is as you left it.</source>
        <translation>Abgebrochen. Die Anfrage ist unverändert.</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>{rows} rows in {requests} requests, {seconds:.1f} s</source>
        <translation>{rows} Zeilen in {requests} Anfragen, {seconds:.1f} s</translation>
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
        <translation>CSV für Excel, getrennt durch „{separator}“ (*.csv)</translation>
    </message>
    <message>
        <source>CSV separated by commas (*.csv)</source>
        <translation>CSV, durch Kommas getrennt (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Tabelle exportieren</translation>
    </message>
</context>
<context>
    <name>HeadersView</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Every call is kept here: saved, pasted or sandbox webhooks, from any tab or collection.</source>
        <translation>Jeder Aufruf wird hier aufbewahrt: gespeicherte, eingefügte oder Sandbox-Webhooks, aus jedem Tab und jeder Sammlung.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>No calls through this webhook yet.</source>
        <translation>Noch keine Aufrufe über diesen Webhook.</translation>
    </message>
    <message>
        <source>No history: the storage could not be opened.</source>
        <translation>Kein Verlauf: Der Speicher konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>{requests}, {errors}, {total:.1f} s in all, {average:.0f} ms on average</source>
        <translation>{requests}, {errors}, insgesamt {total:.1f} s, im Schnitt {average:.0f} ms</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The new language applies when b24desk starts again. Restart now?</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von b24desk. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>The request you are editing is kept in the history only if it was sent.</source>
        <translation>Die bearbeitete Anfrage bleibt nur im Verlauf, wenn sie gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>LeakScanDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Double-click a finding to open its folder.</source>
        <translation>Doppelklick auf einen Fund öffnet seinen Ordner.</translation>
    </message>
    <message>
        <source>Finds Bitrix24 webhook secrets and application tokens before they go public.</source>
        <translation>Findet Bitrix24-Webhook-Geheimnisse und Anwendungstoken, bevor sie öffentlich werden.</translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation>Zu prüfender Ordner</translation>
    </message>
    <message>
        <source>Include the git history</source>
        <translation>Git-Verlauf einbeziehen</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Scan a folder for leaked secrets</source>
        <translation>Ordner nach preisgegebenen Geheimnissen durchsuchen</translation>
    </message>
    <message>
        <source>Scanning {folder}…</source>
        <translation>Prüfe {folder}…</translation>
    </message>
    <message>
        <source>Scanning… {files} files read</source>
        <translation>Prüfe… {files} Dateien gelesen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>The scan stopped: {message}</source>
        <translation>Die Prüfung wurde abgebrochen: {message}</translation>
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
        <translation>Datei</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Maskiert</translation>
    </message>
    <message>
        <source>Saved webhook</source>
        <translation>Gespeicherter Webhook</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Schreibweise</translation>
    </message>
    <message>
        <source>{name} (earlier secret)</source>
        <translation>{name} (früheres Geheimnis)</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add lines</source>
        <translation>Zeilen hinzufügen</translation>
    </message>
    <message>
        <source>Add lines…</source>
        <translation>Zeilen hinzufügen…</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Each value is sent as {key}[]. Double-click a value to edit it.</source>
        <translation>Jeder Wert wird als {key}[] gesendet. Doppelklicken Sie auf einen Wert, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Paste several values, one per line</source>
        <translation>Mehrere Werte einfügen, einen pro Zeile</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Ticked values are sent, in this order. Double-click a value to edit it.</source>
        <translation>Die angehakten Werte werden in dieser Reihenfolge gesendet. Doppelklicken Sie auf einen Wert, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Values of {key}</source>
        <translation>Werte von {key}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Sandbox: demo data on this computer, nothing is sent anywhere. Add webhook… connects your own portal.</source>
        <translation>Sandbox: lokale Demodaten, nichts wird gesendet. Ihr eigenes Portal: „Webhook hinzufügen…“.</translation>
    </message>
    <message>
        <source>The request names the webhook {name!r}, which is not saved here.</source>
        <translation>Die Anfrage nennt den Webhook {name!r}, der hier nicht gespeichert ist.</translation>
    </message>
    <message>
        <source>The sandbox portal could not start: {error}</source>
        <translation>Das Sandbox-Portal konnte nicht starten: {error}</translation>
    </message>
    <message>
        <source>b24desk: Bitrix24 REST request builder</source>
        <translation>b24desk: Anfrage-Editor für die Bitrix24-REST-API</translation>
    </message>
    <message>
        <source>{method} is not in the method catalogue.</source>
        <translation>{method} steht nicht im Methodenkatalog.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;About b24desk</source>
        <translation>&amp;Über b24desk</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Execute</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Find a method</source>
        <translation>Methode &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Maximise the result</source>
        <translation>Ergebnis &amp;maximieren</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Copy call &amp;URL (secret masked)</source>
        <translation>Aufruf-&amp;URL kopieren (Schlüssel maskiert)</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Export table (CSV, Excel)…</source>
        <translation>Tabelle exportieren (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
</context>
<context>
    <name>MethodBrowser</name>
    <message>
        <source>Add to favourites</source>
        <translation>Zu Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus Favoriten entfernen</translation>
    </message>
    <message>
        <source>Search methods (Ctrl+L)</source>
        <translation>Methoden suchen (Strg+L)</translation>
    </message>
    <message>
        <source>Words of a method or of its parameters: lead add, select, task…</source>
        <translation>Wörter einer Methode oder ihrer Parameter: lead add, select, task…</translation>
    </message>
    <message>
        <source>{count} methods</source>
        <translation>{count} Methoden</translation>
    </message>
</context>
<context>
    <name>MethodTreeModel</name>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>List method (50 rows a page)</source>
        <translation>Listenmethode (50 Zeilen pro Seite)</translation>
    </message>
    <message>
        <source>Not served by the sandbox portal: it answers ERROR_METHOD_NOT_FOUND.</source>
        <translation>Die Sandbox bedient diese Methode nicht: Sie antwortet mit ERROR_METHOD_NOT_FOUND.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Results ({count})</source>
        <translation>Ergebnisse ({count})</translation>
    </message>
    <message>
        <source>This portal does not list this method, though the webhook has its scope.</source>
        <translation>Dieses Portal führt diese Methode nicht auf, obwohl der Webhook ihren Bereich hat.</translation>
    </message>
    <message>
        <source>This webhook lacks the scope for this method.</source>
        <translation>Diesem Webhook fehlt die Berechtigung für diese Methode.</translation>
    </message>
    <message>
        <source>other (no scope)</source>
        <translation>sonstige (ohne Berechtigung)</translation>
    </message>
    <message>
        <source>scope: {scope}</source>
        <translation>Berechtigung: {scope}</translation>
    </message>
</context>
<context>
    <name>NoteBar</name>
    <message>
        <source>Hide this note</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>Add a webhook to build the call URL.</source>
        <translation>Fügen Sie einen Webhook hinzu, um die Aufruf-URL zu bilden.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>Add a key to the selected group</source>
        <translation>Einen Schlüssel zur gewählten Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add a key to the selected group (Ctrl+Ins)</source>
        <translation>Einen Schlüssel zur ausgewählten Gruppe hinzufügen (Strg+Einfg)</translation>
    </message>
    <message>
        <source>Add inside</source>
        <translation>Darin hinzufügen</translation>
    </message>
    <message>
        <source>Edit list…</source>
        <translation>Liste bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected parameter&apos;s values as a list, one per row</source>
        <translation>Die Werte des ausgewählten Parameters als Liste bearbeiten, einen pro Zeile</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Keys use PHP syntax: fields[TITLE], select[], filter[&gt;ID]</source>
        <translation>Schlüssel in PHP-Syntax: fields[TITLE], select[], filter[&gt;ID]</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Remove the selected parameters</source>
        <translation>Die gewählten Parameter entfernen</translation>
    </message>
    <message>
        <source>Select the parameter whose values you want to edit as a list.</source>
        <translation>Wählen Sie den Parameter aus, dessen Werte Sie als Liste bearbeiten möchten.</translation>
    </message>
    <message>
        <source>The JSON is not valid: {reason} (line {line}, column {column}).</source>
        <translation>Das JSON ist ungültig: {reason} (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <source>The JSON must be an object: {example}</source>
        <translation>Das JSON muss ein Objekt sein: {example}</translation>
    </message>
    <message>
        <source>{key} holds named keys, not a list of values: use Add inside to add one.</source>
        <translation>{key} enthält benannte Schlüssel, keine Werteliste: Fügen Sie mit „Darin hinzufügen“ einen hinzu.</translation>
    </message>
</context>
<context>
    <name>ParamsModel</name>
    <message>
        <source>Documented type: {type}</source>
        <translation>Dokumentierter Typ: {type}</translation>
    </message>
    <message>
        <source>New parameter: type a key</source>
        <translation>Neuer Parameter: Schlüssel eingeben</translation>
    </message>
    <message>
        <source>New parameter: type a key, e.g. {key}</source>
        <translation>Neuer Parameter: Schlüssel eingeben, z. B. {key}</translation>
    </message>
    <message>
        <source>No value in the current environment: {names}</source>
        <translation>Kein Wert in der aktuellen Umgebung: {names}</translation>
    </message>
    <message>
        <source>Not sent: tick it to send it</source>
        <translation>Wird nicht gesendet: anhaken, um es zu senden</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Required and still empty: Execute will ask before sending</source>
        <translation>Pflichtfeld und noch leer: Ausführen fragt vor dem Senden nach</translation>
    </message>
    <message>
        <source>Required parameter</source>
        <translation>Pflichtparameter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>PastedWebhookOffer</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Save webhook</source>
        <translation>Webhook speichern</translation>
    </message>
    <message>
        <source>Save webhook…</source>
        <translation>Webhook speichern…</translation>
    </message>
    <message>
        <source>The webhook of {host} came with the pasted URL; it is used for now, not saved.</source>
        <translation>Der Webhook von {host} kam mit der eingefügten URL; er wird vorerst verwendet, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>{host} (pasted, not saved)</source>
        <translation>{host} (eingefügt, nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <source>Find (Ctrl+F, Enter for next)</source>
        <translation>Suchen (Strg+F, Eingabe für nächstes)</translation>
    </message>
    <message>
        <source>Find in the raw answer</source>
        <translation>In der Rohantwort suchen</translation>
    </message>
    <message>
        <source>Not found: {text}</source>
        <translation>Nicht gefunden: {text}</translation>
    </message>
    <message>
        <source>Showing the first {shown:,} of {total:,} characters; Export saves all.</source>
        <translation>Die ersten {shown:,} von {total:,} Zeichen werden angezeigt; der Export speichert alles.</translation>
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
        <translation>Alle Zeilen einer Listenmethode, 2.500 Zeilen pro Anfrage über batch.</translation>
    </message>
    <message>
        <source>Fetch all pages</source>
        <translation>Alle Seiten abrufen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Method, e.g. crm.lead.list</source>
        <translation>Methode, z. B. crm.lead.list</translation>
    </message>
    <message>
        <source>POST sends the parameters as a form body; GET puts them in the URL.</source>
        <translation>POST sendet die Parameter als Formular-Body, GET schreibt sie in die URL.</translation>
    </message>
    <message>
        <source>This method returns no list to page through (as its documentation says).</source>
        <translation>Diese Methode liefert keine Liste zum Blättern (laut ihrer Dokumentation).</translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Anfrage öffnen</translation>
    </message>
    <message>
        <source>Open request…</source>
        <translation>Anfrage öffnen…</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>Save request…</source>
        <translation>Anfrage speichern…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>RequestTabs</name>
    <message>
        <source>Close tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>Close the request tab</source>
        <translation>Anfrage-Tab schließen</translation>
    </message>
    <message>
        <source>Close {title}</source>
        <translation>{title} schließen</translation>
    </message>
    <message>
        <source>Closes this request tab (Ctrl+W)</source>
        <translation>Schließt diesen Anfrage-Tab (Strg+W)</translation>
    </message>
    <message>
        <source>New request tab</source>
        <translation>Neuer Anfrage-Tab</translation>
    </message>
    <message>
        <source>Next request tab</source>
        <translation>Nächster Anfrage-Tab</translation>
    </message>
    <message>
        <source>Previous request tab</source>
        <translation>Vorheriger Anfrage-Tab</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Gespeichert: {file}</translation>
    </message>
    <message>
        <source>{title} has changes that are not saved. Close it anyway?</source>
        <translation>{title} hat Änderungen, die nicht gespeichert sind. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>ResultFilter</name>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Filter the result</source>
        <translation>Ergebnis filtern</translation>
    </message>
    <message>
        <source>Keeps the Table&apos;s rows that contain this text; finds it in the Tree</source>
        <translation>Behält die Tabellenzeilen, die diesen Text enthalten, und findet ihn im Baum</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>{path} konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>No request sent yet. Press Ctrl+Enter to execute.</source>
        <translation>Noch keine Anfrage gesendet. Strg+Eingabe führt sie aus.</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Raw shows the first {shown:,} of {total:,} rows; Export saves them all.</source>
        <translation>Roh zeigt die ersten {shown:,} von {total:,} Zeilen; beim Exportieren werden alle gespeichert.</translation>
    </message>
    <message>
        <source>Save the Table&apos;s rows as CSV or as an Excel workbook</source>
        <translation>Die Zeilen der Tabelle als CSV oder als Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>Save the answer as JSON, or the Table&apos;s rows as CSV or XLSX</source>
        <translation>Die Antwort als JSON oder die Zeilen der Tabelle als CSV oder XLSX speichern</translation>
    </message>
    <message>
        <source>Save the whole answer as JSON</source>
        <translation>Die ganze Antwort als JSON speichern</translation>
    </message>
    <message>
        <source>Set as variable</source>
        <translation>Als Variable setzen</translation>
    </message>
    <message>
        <source>Set as variable…</source>
        <translation>Als Variable setzen…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Table (CSV or Excel)…</source>
        <translation>Tabelle (CSV oder Excel)…</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Variable name in the current environment:</source>
        <translation>Variablenname in der aktuellen Umgebung:</translation>
    </message>
    <message>
        <source>an Excel sheet holds {rows} rows; export CSV instead</source>
        <translation>ein Excel-Blatt fasst {rows} Zeilen; exportieren Sie stattdessen CSV</translation>
    </message>
    <message>
        <source>next {n}</source>
        <translation>weiter ab {n}</translation>
    </message>
    <message>
        <source>operating {o:.2f} s</source>
        <translation>Betriebszeit {o:.2f} s</translation>
    </message>
    <message>
        <source>portal: duration {d:.3f} s</source>
        <translation>Portal: Dauer {d:.3f} s</translation>
    </message>
    <message>
        <source>processing {p:.3f} s</source>
        <translation>Verarbeitung {p:.3f} s</translation>
    </message>
    <message>
        <source>retried {n}× ({codes})</source>
        <translation>{n}× wiederholt ({codes})</translation>
    </message>
    <message>
        <source>total {n}</source>
        <translation>gesamt {n}</translation>
    </message>
    <message>
        <source>waited {s:.1f} s for the portal&apos;s rate limit</source>
        <translation>{s:.1f} s auf das Anfragelimit des Portals gewartet</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{path} was not saved: {reason}</source>
        <translation>{path} wurde nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>SendChecks</name>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Send this request?</source>
        <translation>Diese Anfrage senden?</translation>
    </message>
    <message>
        <source>Some parameters look wrong:</source>
        <translation>Einige Parameter sehen falsch aus:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Aktionen und Tasten durchsuchen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Scan a folder for leaked secrets…</source>
        <translation>Ordner nach preisgegebenen Geheimnissen durchsuchen…</translation>
    </message>
</context>
<context>
    <name>UrlBar</name>
    <message>
        <source>Anyone with this URL can read and change your portal&apos;s data. Share it with nobody.</source>
        <translation>Wer diese URL hat, kann die Daten Ihres Portals lesen und ändern. Geben Sie sie niemandem weiter.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Copy URL with secret</source>
        <translation>URL mit Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the URL, the secret masked (the arrow: with the secret)</source>
        <translation>Die URL kopieren, der Schlüssel maskiert (der Pfeil: mit dem Schlüssel)</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Not loaded: {reason}</source>
        <translation>Nicht geladen: {reason}</translation>
    </message>
    <message>
        <source>POST body: {body}</source>
        <translation>POST-Body: {body}</translation>
    </message>
    <message>
        <source>Paste a call URL here to load it</source>
        <translation>Aufruf-URL hier einfügen, um sie zu laden</translation>
    </message>
    <message>
        <source>Sent as GET; the parameters are in the URL.</source>
        <translation>Als GET gesendet; die Parameter stehen in der URL.</translation>
    </message>
    <message>
        <source>Sent as POST, without parameters.</source>
        <translation>Wird als POST gesendet, ohne Parameter.</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show the webhook secret in the URL</source>
        <translation>Den geheimen Schlüssel des Webhooks in der URL anzeigen</translation>
    </message>
    <message>
        <source>The call URL, rebuilt on every edit. Paste a call URL here to load it.</source>
        <translation>Die Aufruf-URL, bei jeder Änderung neu gebildet. Fügen Sie hier eine Aufruf-URL ein, um sie zu laden.</translation>
    </message>
</context>
<context>
    <name>WebhookPicker</name>
    <message>
        <source> [this session only]</source>
        <translation> [nur diese Sitzung]</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <source>Add webhook…</source>
        <translation>Webhook hinzufügen…</translation>
    </message>
    <message>
        <source>Connected as {user}; scopes: {scopes}</source>
        <translation>Verbunden als {user}; Berechtigungen: {scopes}</translation>
    </message>
    <message>
        <source>Duplicate webhook</source>
        <translation>Webhook duplizieren</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notizen…</translation>
    </message>
    <message>
        <source>Paste the new webhook URL (or only the new secret) from Developer resources &gt; Integrations &gt; the webhook &gt; Edit:</source>
        <translation>Fügen Sie die neue Webhook-URL (oder nur den neuen geheimen Schlüssel) aus Entwicklerressourcen &gt; Integrationen &gt; Webhook &gt; Bearbeiten ein:</translation>
    </message>
    <message>
        <source>Paste the webhook URL from Developer resources &gt; Integrations:</source>
        <translation>Fügen Sie die Webhook-URL aus Entwicklerressourcen &gt; Integrationen ein:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this webhook, its secret from the keyring and its history?</source>
        <translation>Diesen Webhook, seinen geheimen Schlüssel im Schlüsselbund und seinen Verlauf entfernen?</translation>
    </message>
    <message>
        <source>Remove webhook</source>
        <translation>Webhook entfernen</translation>
    </message>
    <message>
        <source>Rename webhook</source>
        <translation>Webhook umbenennen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Sandbox portal (local demo data)</source>
        <translation>Sandbox-Portal (lokale Demodaten)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test connection failed: {title} ({code}). {meaning} {action}</source>
        <translation>Verbindungstest fehlgeschlagen: {title} ({code}). {meaning} {action}</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Schlüssel aktualisieren</translation>
    </message>
    <message>
        <source>Update secret…</source>
        <translation>Schlüssel aktualisieren…</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook notes</source>
        <translation>Notizen zum Webhook</translation>
    </message>
    <message>
        <source>Webhook…</source>
        <translation>Webhook…</translation>
    </message>
    <message>
        <source>{problem}

Use this webhook for this session only? Nothing is written to disk; you will paste it again next time.</source>
        <translation>{problem}

Diesen Webhook nur für diese Sitzung verwenden? Es wird nichts auf die Festplatte geschrieben; beim nächsten Mal fügen Sie ihn erneut ein.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Wert erwartet</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (wählen Sie aus %(choices)s)</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>The method catalogue cannot be read ({reason}): {path}</source>
        <translation>Der Methodenkatalog kann nicht gelesen werden ({reason}): {path}</translation>
    </message>
    <message>
        <source>The method catalogue is missing: {path}</source>
        <translation>Der Methodenkatalog fehlt: {path}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>(none reported)</source>
        <translation>(keine gemeldet)</translation>
    </message>
    <message>
        <source>(not recorded in the history: {reason})</source>
        <translation>(nicht im Verlauf gespeichert: {reason})</translation>
    </message>
    <message>
        <source>(secret unreadable)</source>
        <translation>(Schlüssel nicht lesbar)</translation>
    </message>
    <message>
        <source>(secret, not set on this machine)</source>
        <translation>(geheim, auf diesem Rechner nicht gesetzt)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* Pflichtangabe</translation>
    </message>
    <message>
        <source>--csv needs a list result (rows of fields); {method} gave something else.</source>
        <translation>--csv braucht ein Listenergebnis (Zeilen mit Feldern); {method} lieferte etwas anderes.</translation>
    </message>
    <message>
        <source>--event-handler {arg!r} is not EVENT[,EVENT...]=URL (for example ONCRMLEADADD=http://127.0.0.1:9000/).</source>
        <translation>--event-handler {arg!r} hat nicht die Form EVENT[,EVENT...]=URL (zum Beispiel ONCRMLEADADD=http://127.0.0.1:9000/).</translation>
    </message>
    <message>
        <source>--params-json is not valid JSON: {reason}.</source>
        <translation>--params-json ist kein gültiges JSON: {reason}.</translation>
    </message>
    <message>
        <source>--params-json must be a JSON object, like {example}.</source>
        <translation>--params-json muss ein JSON-Objekt sein, etwa {example}.</translation>
    </message>
    <message>
        <source>--timezone {value!r} is not a UTC offset such as +03:00 or -05:30.</source>
        <translation>--timezone {value!r} ist kein UTC-Versatz wie +03:00 oder -05:30.</translation>
    </message>
    <message>
        <source>--xlsx needs a list result (rows of fields); {method} gave something else.</source>
        <translation>--xlsx braucht ein Listenergebnis (Zeilen mit Feldern); {method} lieferte etwas anderes.</translation>
    </message>
    <message>
        <source>A process stopped in the middle of {count} change(s) to saved webhooks (a secret in the keyring without its entry, or an entry without its secret). Run b24desk webhooks clean to finish them.</source>
        <translation>Ein Prozess wurde mitten in {count} Änderung(en) an gespeicherten Webhooks beendet (ein Geheimnis im Schlüsselbund ohne Eintrag oder ein Eintrag ohne Geheimnis). Führen Sie b24desk webhooks clean aus, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>Bitrix24 REST request builder. Without arguments, opens the desktop app.</source>
        <translation>Anfrage-Editor für die Bitrix24-REST-API. Ohne Argumente öffnet er die Desktop-App.</translation>
    </message>
    <message>
        <source>Busiest methods:</source>
        <translation>Häufigste Methoden:</translation>
    </message>
    <message>
        <source>Call a method through a webhook; portal errors exit 1 with an explanation.</source>
        <translation>Eine Methode über einen Webhook aufrufen; Portalfehler beenden mit Status 1 und einer Erklärung.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}.</source>
        <translation>Lauschen auf {host}:{port} nicht möglich: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Checking events against the application token {masked}.</source>
        <translation>Ereignisse werden gegen das Anwendungstoken {masked} geprüft.</translation>
    </message>
    <message>
        <source>Cleared the history of {name!r} ({count} requests).</source>
        <translation>Verlauf von {name!r} geleert ({count} Anfragen).</translation>
    </message>
    <message>
        <source>Connection OK: {portal}, user {user_id} ({person}).</source>
        <translation>Verbindung OK: {portal}, Benutzer {user_id} ({person}).</translation>
    </message>
    <message>
        <source>Control endpoints (/sandbox/faults, /sandbox/events) need the header X-B24desk-Token: {token}</source>
        <translation>Steuer-Endpunkte (/sandbox/faults, /sandbox/events) brauchen den Header X-B24desk-Token: {token}</translation>
    </message>
    <message>
        <source>Did you mean: {names}?</source>
        <translation>Meinten Sie: {names}?</translation>
    </message>
    <message>
        <source>Events print here as JSON lines. A cloud portal cannot reach this computer behind NAT: give it a public HTTPS URL (a tunnel you run) that forwards here. Press Ctrl+C to stop.</source>
        <translation>Ereignisse werden hier als JSON-Zeilen ausgegeben. Ein Cloud-Portal kann diesen Computer hinter NAT nicht erreichen: Geben Sie ihm eine öffentliche HTTPS-URL (einen von Ihnen betriebenen Tunnel), die hierher weiterleitet. Mit Strg+C beenden.</translation>
    </message>
    <message>
        <source>Find Bitrix24 webhook URLs with their secret and outgoing-webhook application tokens in files and folders (plain, URL-encoded, JSON-escaped, base64). Exit status 1 when one is found.</source>
        <translation>Bitrix24-Webhook-URLs mit ihrem Geheimnis und Anwendungstoken ausgehender Webhooks in Dateien und Ordnern finden (im Klartext, URL-kodiert, JSON-maskiert, base64). Exit-Status 1, wenn etwas gefunden wird.</translation>
    </message>
    <message>
        <source>Finished {count} half-done change(s): no orphan secret or entry is left.</source>
        <translation>{count} halb fertige Änderung(en) abgeschlossen: kein verwaistes Geheimnis und kein Eintrag ohne Geheimnis bleibt.</translation>
    </message>
    <message>
        <source>HTTPS with the sandbox&apos;s own CA: {path} (trust it with --ca-file {path}, or in your SDK or tool).</source>
        <translation>HTTPS mit der eigenen Zertifizierungsstelle der Sandbox: {path} (vertrauen Sie ihr mit --ca-file {path} oder in Ihrem SDK bzw. Werkzeug).</translation>
    </message>
    <message>
        <source>Handler URL: {url}</source>
        <translation>Handler-URL: {url}</translation>
    </message>
    <message>
        <source>JSON lines file of events (&apos;-&apos; for stdin)</source>
        <translation>Datei mit Ereignissen als JSON Lines (&apos;-&apos; für die Standardeingabe)</translation>
    </message>
    <message>
        <source>No --token: the events carry their saved, masked token; a handler that checks it answers 401.</source>
        <translation>Kein --token: Die Ereignisse tragen ihr gespeichertes, maskiertes Token; ein Handler, der es prüft, antwortet mit 401.</translation>
    </message>
    <message>
        <source>No application token (--token or {env}): events are shown as unchecked, none is rejected.</source>
        <translation>Kein Anwendungstoken (--token oder {env}): Ereignisse werden als ungeprüft angezeigt, keines wird abgelehnt.</translation>
    </message>
    <message>
        <source>No environments in {root} (b24desk env set ENV NAME VALUE makes one).</source>
        <translation>Keine Umgebungen in {root} (b24desk env set ENV NAME VALUE legt eine an).</translation>
    </message>
    <message>
        <source>No method has the scope {scope!r}. Scopes: {scopes}.</source>
        <translation>Keine Methode hat die Berechtigung {scope!r}. Berechtigungen: {scopes}.</translation>
    </message>
    <message>
        <source>No method matches {query!r}.</source>
        <translation>Keine Methode passt zu {query!r}.</translation>
    </message>
    <message>
        <source>No parameters.</source>
        <translation>Keine Parameter.</translation>
    </message>
    <message>
        <source>No recorded request has the id {id}.</source>
        <translation>Keine gespeicherte Anfrage hat die ID {id}.</translation>
    </message>
    <message>
        <source>No recorded request matches.</source>
        <translation>Keine gespeicherte Anfrage passt.</translation>
    </message>
    <message>
        <source>No request files (*.b24.json) in {paths}.</source>
        <translation>Keine Anfragedateien (*.b24.json) in {paths}.</translation>
    </message>
    <message>
        <source>No requests recorded for {name!r}.</source>
        <translation>Für {name!r} sind keine Anfragen aufgezeichnet.</translation>
    </message>
    <message>
        <source>No saved webhooks yet: add one with b24desk webhooks add NAME URL.</source>
        <translation>Noch keine gespeicherten Webhooks: Fügen Sie einen mit b24desk webhooks add NAME URL hinzu.</translation>
    </message>
    <message>
        <source>No webhook given: pass --webhook URL (or the name of a saved webhook) or set the B24_WEBHOOK environment variable.</source>
        <translation>Kein Webhook angegeben: Übergeben Sie --webhook URL (oder den Namen eines gespeicherten Webhooks) oder setzen Sie die Umgebungsvariable B24_WEBHOOK.</translation>
    </message>
    <message>
        <source>Not sent: some parameters look wrong (--no-check sends anyway):</source>
        <translation>Nicht gesendet: Einige Parameter sehen falsch aus (--no-check sendet trotzdem):</translation>
    </message>
    <message>
        <source>POST each event saved by `b24desk listen` (or the Events tab) to URL, as the portal would.</source>
        <translation>Jedes von `b24desk listen` (oder dem Tab „Ereignisse“) gespeicherte Ereignis an die URL senden, wie es das Portal tun würde.</translation>
    </message>
    <message>
        <source>POST these events to URL, e.g. ONCRMLEADADD,ONTASKADD=http://127.0.0.1:9000/ (repeatable)</source>
        <translation>diese Ereignisse per POST an URL senden, z. B. ONCRMLEADADD,ONTASKADD=http://127.0.0.1:9000/ (wiederholbar)</translation>
    </message>
    <message>
        <source>Parameter {arg!r} is not KEY=VALUE (for example fields[TITLE]=Acme).</source>
        <translation>Parameter {arg!r} hat nicht die Form SCHLÜSSEL=WERT (zum Beispiel fields[TITLE]=Acme).</translation>
    </message>
    <message>
        <source>Parameters not in the catalogue: see the documentation page.</source>
        <translation>Parameter nicht im Katalog: siehe die Dokumentationsseite.</translation>
    </message>
    <message>
        <source>Print a method&apos;s scope, flags, documentation link and parameters.</source>
        <translation>Berechtigung, Merkmale, Dokumentationslink und Parameter einer Methode ausgeben.</translation>
    </message>
    <message>
        <source>Print an outgoing-webhook handler script; it reads the token from ${env}.</source>
        <translation>Ein Handler-Skript für ausgehende Webhooks ausgeben; es liest das Token aus ${env}.</translation>
    </message>
    <message>
        <source>Print code that makes this call. By default it reads the webhook URL from B24_WEBHOOK_URL.</source>
        <translation>Code ausgeben, der diesen Aufruf macht. Standardmäßig liest er die Webhook-URL aus B24_WEBHOOK_URL.</translation>
    </message>
    <message>
        <source>Print the portal, user id, secret (masked), method and parameters of a URL.</source>
        <translation>Portal, Benutzer-ID, geheimen Schlüssel (maskiert), Methode und Parameter einer URL ausgeben.</translation>
    </message>
    <message>
        <source>Print the webhook call URL exactly as sent (secret masked unless --reveal).</source>
        <translation>Die Aufruf-URL genau so ausgeben, wie sie gesendet wird (Schlüssel maskiert, außer mit --reveal).</translation>
    </message>
    <message>
        <source>REST method, e.g. crm.lead.add</source>
        <translation>REST-Methode, z. B. crm.lead.add</translation>
    </message>
    <message>
        <source>REST method, e.g. crm.lead.list</source>
        <translation>REST-Methode, z. B. crm.lead.list</translation>
    </message>
    <message>
        <source>Receive Bitrix24 outgoing-webhook events (POSTs) and print each as a JSON line.</source>
        <translation>Ereignisse ausgehender Bitrix24-Webhooks (POSTs) empfangen und jedes als JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Removed webhook {name!r}, its secret and its history.</source>
        <translation>Webhook {name!r}, sein geheimer Schlüssel und sein Verlauf wurden entfernt.</translation>
    </message>
    <message>
        <source>Renamed webhook {old!r} to {new!r}.</source>
        <translation>Webhook {old!r} in {new!r} umbenannt.</translation>
    </message>
    <message>
        <source>Run the sandbox portal; its first line of output is the demo webhook URL.</source>
        <translation>Das Sandbox-Portal starten; die erste Ausgabezeile ist die Demo-Webhook-URL.</translation>
    </message>
    <message>
        <source>Runs each request file, and every request file (*.b24.json) under each folder in the tree&apos;s order; prints one line per request: HTTP status, method, time, error code, file.</source>
        <translation>Führt jede Anfragedatei und jede Anfragedatei (*.b24.json) in jedem Ordner in der Reihenfolge des Baums aus; gibt eine Zeile pro Anfrage aus: HTTP-Status, Methode, Zeit, Fehlercode, Datei.</translation>
    </message>
    <message>
        <source>Sandbox portal on {url} with {leads} leads; statistics at {stats}. Press Ctrl+C to stop.</source>
        <translation>Sandbox-Portal unter {url} mit {leads} Leads; Statistik unter {stats}. Strg+C beendet es.</translation>
    </message>
    <message>
        <source>Save webhooks by name; secrets live only in the OS keyring (service b24desk).</source>
        <translation>Webhooks unter einem Namen speichern; die Schlüssel liegen nur im Schlüsselbund des Systems (Dienst b24desk).</translation>
    </message>
    <message>
        <source>Saved webhook {name!r}: {url} (secret in {backend}).</source>
        <translation>Webhook {name!r} gespeichert: {url} (Schlüssel in {backend}).</translation>
    </message>
    <message>
        <source>Scopes: {scopes}</source>
        <translation>Berechtigungen: {scopes}</translation>
    </message>
    <message>
        <source>Search the bundled method catalogue by name words, scope and parameter names.</source>
        <translation>Den mitgelieferten Methodenkatalog nach Namensteilen, Berechtigung und Parameternamen durchsuchen.</translation>
    </message>
    <message>
        <source>Test connection of {name!r} ({portal}) failed:</source>
        <translation>Verbindungstest von {name!r} ({portal}) fehlgeschlagen:</translation>
    </message>
    <message>
        <source>The answer ({size} bytes) was larger than the history keeps; it was not kept.</source>
        <translation>Die Antwort ({size} Bytes) war größer, als der Verlauf aufbewahrt; sie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The answer nests too deep to print as indented JSON; use --raw.</source>
        <translation>Die Antwort ist zu tief verschachtelt für eingerücktes JSON; verwenden Sie --raw.</translation>
    </message>
    <message>
        <source>The catalogue has no method {name!r}.</source>
        <translation>Der Katalog enthält keine Methode {name!r}.</translation>
    </message>
    <message>
        <source>The command holds the webhook {webhook} (not written to any file). To keep it: b24desk webhooks add NAME - (then paste the URL).</source>
        <translation>Der Befehl enthält den Webhook {webhook} (in keine Datei geschrieben). Zum Behalten: b24desk webhooks add NAME - (dann die URL einfügen).</translation>
    </message>
    <message>
        <source>The data file {path} cannot be used: {reason}.</source>
        <translation>Die Datendatei {path} ist nicht verwendbar: {reason}.</translation>
    </message>
    <message>
        <source>The environment {environment} has no variable {name}.</source>
        <translation>Die Umgebung {environment} hat keine Variable {name}.</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on {host}:{port}: {reason}.</source>
        <translation>Die Sandbox kann nicht auf {host}:{port} lauschen: {reason}.</translation>
    </message>
    <message>
        <source>The webhook is saved as {name!r}: the request refers to it by that name.</source>
        <translation>Der Webhook ist als {name!r} gespeichert: die Anfrage verweist mit diesem Namen auf ihn.</translation>
    </message>
    <message>
        <source>Then store the new secret here: b24desk webhooks rotate {name!r} NEW_URL</source>
        <translation>Speichern Sie danach den neuen geheimen Schlüssel hier: b24desk webhooks rotate {name!r} NEW_URL</translation>
    </message>
    <message>
        <source>Total: {requests} requests, {errors} errors, {total:.0f} ms, {avg:.0f} ms avg</source>
        <translation>Gesamt: {requests} Anfragen, {errors} Fehler, {total:.0f} ms, im Schnitt {avg:.0f} ms</translation>
    </message>
    <message>
        <source>Try &apos;{prog} --help&apos;.</source>
        <translation>Hilfe: &apos;{prog} --help&apos;.</translation>
    </message>
    <message>
        <source>Variables the collection uses (set them in an environment): {names}</source>
        <translation>Variablen, die die Sammlung verwendet (in einer Umgebung setzen): {names}</translation>
    </message>
    <message>
        <source>Warning: listening on {host}, not only on this computer: anyone on the network can post events to it. Keep the token check on (--token or {env}).</source>
        <translation>Warnung: Lauschen auf {host}, nicht nur auf diesem Computer: Jeder im Netzwerk kann Ereignisse dorthin senden. Lassen Sie die Token-Prüfung eingeschaltet (--token oder {env}).</translation>
    </message>
    <message>
        <source>Warning: the sandbox listens on {host}, not only on this computer; anyone who can reach it can call it.</source>
        <translation>Warnung: Die Sandbox lauscht auf {host}, nicht nur auf diesem Computer; jeder, der sie erreicht, kann sie aufrufen.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Geschrieben: {path}</translation>
    </message>
    <message>
        <source>a Postman collection v2.1 (on stdout)</source>
        <translation>eine Postman-Sammlung v2.1 (auf stdout)</translation>
    </message>
    <message>
        <source>a Postman collection v2.1 file</source>
        <translation>eine Postman-Sammlungsdatei v2.1</translation>
    </message>
    <message>
        <source>a cURL command or call URL (- reads it from stdin)</source>
        <translation>ein cURL-Befehl oder eine Aufruf-URL (- liest von stdin)</translation>
    </message>
    <message>
        <source>a collection&apos;s environments (variables for {{name}})</source>
        <translation>die Umgebungen einer Sammlung (Variablen für {{name}})</translation>
    </message>
    <message>
        <source>a request file or a collection folder</source>
        <translation>eine Anfragedatei oder ein Sammlungsordner</translation>
    </message>
    <message>
        <source>a saved webhook&apos;s name, &apos;sandbox&apos;, or a webhook URL</source>
        <translation>der Name eines gespeicherten Webhooks, &apos;sandbox&apos; oder eine Webhook-URL</translation>
    </message>
    <message>
        <source>a saved webhook&apos;s request history (newest first)</source>
        <translation>Anfrageverlauf eines gespeicherten Webhooks (neueste zuerst)</translation>
    </message>
    <message>
        <source>a saved webhook&apos;s statistics over the last 14 days</source>
        <translation>Statistik eines gespeicherten Webhooks über die letzten 14 Tage</translation>
    </message>
    <message>
        <source>a webhook base URL, a full call URL, or a saved webhook&apos;s name</source>
        <translation>eine Webhook-Basis-URL, eine vollständige Aufruf-URL oder der Name eines gespeicherten Webhooks</translation>
    </message>
    <message>
        <source>address to bind (default: 127.0.0.1)</source>
        <translation>Adresse zum Binden (Standard: 127.0.0.1)</translation>
    </message>
    <message>
        <source>address to bind (default: {host})</source>
        <translation>Adresse, an die gebunden wird (Standard: {host})</translation>
    </message>
    <message>
        <source>also accept this Host name (a tunnel&apos;s); loopback names and the bound address always</source>
        <translation>auch diesen Host-Namen annehmen (den eines Tunnels); Loopback-Namen und die gebundene Adresse immer</translation>
    </message>
    <message>
        <source>also scan the git history of each PATH</source>
        <translation>auch den Git-Verlauf jedes PATH prüfen</translation>
    </message>
    <message>
        <source>answer plain-HTTP calls 400 INVALID_REQUEST &quot;Https required&quot;, as a cloud portal does</source>
        <translation>Aufrufe über einfaches HTTP mit 400 INVALID_REQUEST &quot;Https required&quot; beantworten, wie ein Cloud-Portal</translation>
    </message>
    <message>
        <source>application token sent with events (default: random)</source>
        <translation>mit Ereignissen gesendetes Anwendungstoken (Standard: zufällig)</translation>
    </message>
    <message>
        <source>application token to put in each event (default: ${env})</source>
        <translation>Anwendungstoken, das in jedes Ereignis gesetzt wird (Standard: ${env})</translation>
    </message>
    <message>
        <source>at most this many (0: all; default 50)</source>
        <translation>höchstens so viele (0: alle; Standard 50)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>b24desk: unexpected error ({kind}): {error}</source>
        <translation>b24desk: unerwarteter Fehler ({kind}): {error}</translation>
    </message>
    <message>
        <source>burst the plan allows</source>
        <translation>vom Tarif erlaubter Schub</translation>
    </message>
    <message>
        <source>bytes a body may have (default: {size})</source>
        <translation>Bytes, die ein Body haben darf (Standard: {size})</translation>
    </message>
    <message>
        <source>call a REST method and print the result as JSON</source>
        <translation>eine REST-Methode aufrufen und das Ergebnis als JSON ausgeben</translation>
    </message>
    <message>
        <source>call profile and scope; store the scopes the portal reports</source>
        <translation>profile und scope aufrufen; die vom Portal gemeldeten Berechtigungen speichern</translation>
    </message>
    <message>
        <source>delete a saved webhook, its keyring secret and its history</source>
        <translation>einen gespeicherten Webhook, seinen Schlüssel im Schlüsselbund und seinen Verlauf löschen</translation>
    </message>
    <message>
        <source>delete the whole history of this webhook</source>
        <translation>den ganzen Verlauf dieses Webhooks löschen</translation>
    </message>
    <message>
        <source>demo webhook scopes (default: {scopes})</source>
        <translation>Berechtigungen des Demo-Webhooks (Standard: {scopes})</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>e.g. fields[TITLE]=Acme</source>
        <translation>z. B. fields[TITLE]=Acme</translation>
    </message>
    <message>
        <source>e.g. filter[&gt;ID]=10</source>
        <translation>z. B. filter[&gt;ID]=10</translation>
    </message>
    <message>
        <source>environments and their variables (secrets masked)</source>
        <translation>Umgebungen und ihre Variablen (Geheimnisse maskiert)</translation>
    </message>
    <message>
        <source>every row of a list method (as few requests as possible)</source>
        <translation>alle Zeilen einer Listenmethode (mit möglichst wenigen Anfragen)</translation>
    </message>
    <message>
        <source>files or folders to scan</source>
        <translation>zu prüfende Dateien oder Ordner</translation>
    </message>
    <message>
        <source>find Bitrix24 webhook secrets and application tokens in files</source>
        <translation>Bitrix24-Webhook-Geheimnisse und Anwendungstoken in Dateien finden</translation>
    </message>
    <message>
        <source>finish changes a killed process left half done (keyring and settings)</source>
        <translation>Änderungen abschließen, die ein beendeter Prozess halb fertig ließ (Schlüsselbund und Einstellungen)</translation>
    </message>
    <message>
        <source>free text kept with the entry</source>
        <translation>freier Text, der beim Eintrag gespeichert wird</translation>
    </message>
    <message>
        <source>how many leads to seed (default: {seed})</source>
        <translation>wie viele Leads angelegt werden (Standard: {seed})</translation>
    </message>
    <message>
        <source>how many requests to show (default 50)</source>
        <translation>wie viele Anfragen angezeigt werden (Standard 50)</translation>
    </message>
    <message>
        <source>keep the data in this SQLite file</source>
        <translation>die Daten in dieser SQLite-Datei halten</translation>
    </message>
    <message>
        <source>keep the value in the system keyring, not the folder</source>
        <translation>den Wert im System-Schlüsselbund speichern, nicht im Ordner</translation>
    </message>
    <message>
        <source>language (default php)</source>
        <translation>Sprache (Standard php)</translation>
    </message>
    <message>
        <source>largest answer to read, decoded, in MiB (default 64)</source>
        <translation>größte Antwort, die gelesen wird, entpackt, in MiB (Standard 64)</translation>
    </message>
    <message>
        <source>leave out files or folders matching GLOB (repeatable)</source>
        <translation>Dateien oder Ordner auslassen, die auf GLOB passen (wiederholbar)</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>list REST methods matching a query (offline catalogue)</source>
        <translation>REST-Methoden zu einer Suche auflisten (Offline-Katalog)</translation>
    </message>
    <message>
        <source>list saved webhooks (secrets masked)</source>
        <translation>gespeicherte Webhooks auflisten (Schlüssel maskiert)</translation>
    </message>
    <message>
        <source>loop over every page of a list method</source>
        <translation>alle Seiten einer Listenmethode durchlaufen</translation>
    </message>
    <message>
        <source>mark what this webhook (URL or saved name) may call</source>
        <translation>markieren, was dieser Webhook (URL oder gespeicherter Name) aufrufen darf</translation>
    </message>
    <message>
        <source>nested too deep</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>no webhook: the request names none; pass --webhook NAME_OR_URL or set B24_WEBHOOK</source>
        <translation>kein Webhook: die Anfrage nennt keinen; --webhook NAME_ODER_URL angeben oder B24_WEBHOOK setzen</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>not served by this portal</source>
        <translation>von diesem Portal nicht bedient</translation>
    </message>
    <message>
        <source>only calls that failed</source>
        <translation>nur fehlgeschlagene Aufrufe</translation>
    </message>
    <message>
        <source>only calls that succeeded</source>
        <translation>nur erfolgreiche Aufrufe</translation>
    </message>
    <message>
        <source>only methods of this scope, e.g. crm</source>
        <translation>nur Methoden dieser Berechtigung, z. B. crm</translation>
    </message>
    <message>
        <source>or - to read it from standard input (keeps the secret out of the shell history)</source>
        <translation>oder -, um ihn von der Standardeingabe zu lesen (so bleibt der Schlüssel aus dem Shell-Verlauf)</translation>
    </message>
    <message>
        <source>parameters as a JSON object</source>
        <translation>Parameter als JSON-Objekt</translation>
    </message>
    <message>
        <source>part of the method name</source>
        <translation>Teil des Methodennamens</translation>
    </message>
    <message>
        <source>php or python</source>
        <translation>php oder python</translation>
    </message>
    <message>
        <source>port (default: a free one)</source>
        <translation>Port (Standard: ein freier)</translation>
    </message>
    <message>
        <source>port (default: {port}; 0: a free one)</source>
        <translation>Port (Standard: {port}; 0: ein freier)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>print JSON instead of lines</source>
        <translation>JSON statt Zeilen ausgeben</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>JSON statt Text ausgeben</translation>
    </message>
    <message>
        <source>print a PHP or Python event handler that verifies the token and decodes the event</source>
        <translation>einen PHP- oder Python-Ereignis-Handler ausgeben, der das Token prüft und das Ereignis dekodiert</translation>
    </message>
    <message>
        <source>print a list result as CSV; &apos;excel&apos;: with a byte order mark and the locale&apos;s separator (;)</source>
        <translation>ein Listenergebnis als CSV ausgeben; &apos;excel&apos;: mit Byte-Order-Mark und dem Trennzeichen des Gebietsschemas (;)</translation>
    </message>
    <message>
        <source>print a method&apos;s parameters (offline catalogue)</source>
        <translation>die Parameter einer Methode ausgeben (Offline-Katalog)</translation>
    </message>
    <message>
        <source>print one call&apos;s request file and kept answer</source>
        <translation>Anfragedatei und gespeicherte Antwort eines Aufrufs ausgeben</translation>
    </message>
    <message>
        <source>print the call URL for a method and parameters</source>
        <translation>die Aufruf-URL für eine Methode und Parameter ausgeben</translation>
    </message>
    <message>
        <source>print the call as PHP, Python, JavaScript, Go or cURL code</source>
        <translation>den Aufruf als PHP-, Python-, JavaScript-, Go- oder cURL-Code ausgeben</translation>
    </message>
    <message>
        <source>print the findings as JSON</source>
        <translation>Funde als JSON ausgeben</translation>
    </message>
    <message>
        <source>print the whole answer, not only `result`</source>
        <translation>die ganze Antwort ausgeben, nicht nur `result`</translation>
    </message>
    <message>
        <source>receive outgoing-webhook events and print them as JSON lines</source>
        <translation>Ereignisse ausgehender Webhooks empfangen und als JSON-Zeilen ausgeben</translation>
    </message>
    <message>
        <source>remove a variable (and its keyring entry)</source>
        <translation>eine Variable entfernen (und ihren Schlüsselbund-Eintrag)</translation>
    </message>
    <message>
        <source>rename a saved webhook (history is kept)</source>
        <translation>einen gespeicherten Webhook umbenennen (der Verlauf bleibt erhalten)</translation>
    </message>
    <message>
        <source>requests a second per sender address (default: {rate:g})</source>
        <translation>Anfragen pro Sekunde und Absenderadresse (Standard: {rate:g})</translation>
    </message>
    <message>
        <source>requests before QUERY_LIMIT_EXCEEDED (default: 50)</source>
        <translation>Anfragen bis QUERY_LIMIT_EXCEEDED (Standard: 50)</translation>
    </message>
    <message>
        <source>requests per second drained (default: 2)</source>
        <translation>pro Sekunde abgebaute Anfragen (Standard: 2)</translation>
    </message>
    <message>
        <source>requests per second the plan allows</source>
        <translation>vom Tarif erlaubte Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>retried {count} time(s) after {codes}</source>
        <translation>{count}-mal wiederholt nach {codes}</translation>
    </message>
    <message>
        <source>run a local Bitrix24-compatible portal (for the demo and tests)</source>
        <translation>ein lokales Bitrix24-kompatibles Portal starten (für Demo und Tests)</translation>
    </message>
    <message>
        <source>run request files or collection folders in order (exit 1 if any failed)</source>
        <translation>Anfragedateien oder Sammlungsordner der Reihe nach ausführen (Exit 1, wenn eine fehlschlug)</translation>
    </message>
    <message>
        <source>save a webhook under a name</source>
        <translation>einen Webhook unter einem Namen speichern</translation>
    </message>
    <message>
        <source>saved webhooks (secrets in the OS keyring)</source>
        <translation>gespeicherte Webhooks (Schlüssel im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>scope: {scopes}</source>
        <translation>Berechtigung: {scopes}</translation>
    </message>
    <message>
        <source>search the history of every call (saved, pasted and sandbox webhooks)</source>
        <translation>den Verlauf aller Aufrufe durchsuchen (gespeicherte, eingefügte und Sandbox-Webhooks)</translation>
    </message>
    <message>
        <source>seconds each call may take in all, and the read timeout (default 60)</source>
        <translation>Sekunden, die jeder Aufruf insgesamt dauern darf, und das Lese-Timeout (Standard 60)</translation>
    </message>
    <message>
        <source>seconds per call (default 15)</source>
        <translation>Sekunden pro Aufruf (Standard 15)</translation>
    </message>
    <message>
        <source>seconds per method per 10 minutes</source>
        <translation>Sekunden pro Methode je 10 Minuten</translation>
    </message>
    <message>
        <source>send as GET with the query in the URL</source>
        <translation>als GET mit den Parametern in der URL senden</translation>
    </message>
    <message>
        <source>send even when required parameters are empty or values do not fit their types</source>
        <translation>auch senden, wenn Pflichtparameter leer sind oder Werte nicht zu ihren Typen passen</translation>
    </message>
    <message>
        <source>send saved events (JSON lines from `listen`) to a handler URL</source>
        <translation>gespeicherte Ereignisse (JSON-Zeilen von `listen`) an eine Handler-URL senden</translation>
    </message>
    <message>
        <source>serve HTTPS with a local CA made on first use (its path is printed)</source>
        <translation>HTTPS mit einer lokalen Zertifizierungsstelle anbieten, die beim ersten Start erzeugt wird (ihr Pfad wird ausgegeben)</translation>
    </message>
    <message>
        <source>set a variable (- reads the value from stdin)</source>
        <translation>eine Variable setzen (- liest den Wert von stdin)</translation>
    </message>
    <message>
        <source>show or change a saved webhook&apos;s notes</source>
        <translation>die Notizen eines gespeicherten Webhooks anzeigen oder ändern</translation>
    </message>
    <message>
        <source>show the secret in full</source>
        <translation>den geheimen Schlüssel vollständig zeigen</translation>
    </message>
    <message>
        <source>simulated seconds each call costs (default: measured)</source>
        <translation>simulierte Sekunden pro Aufruf (Standard: gemessen)</translation>
    </message>
    <message>
        <source>skip files larger than this (default 20 MB)</source>
        <translation>größere Dateien überspringen (Standard 20 MB)</translation>
    </message>
    <message>
        <source>take a webhook URL apart (JSON)</source>
        <translation>eine Webhook-URL zerlegen (JSON)</translation>
    </message>
    <message>
        <source>text in the parameters</source>
        <translation>Text in den Parametern</translation>
    </message>
    <message>
        <source>the collection folder</source>
        <translation>der Sammlungsordner</translation>
    </message>
    <message>
        <source>the collection folder (default: the one holding the current folder)</source>
        <translation>der Sammlungsordner (Standard: der, der den aktuellen Ordner enthält)</translation>
    </message>
    <message>
        <source>the collection&apos;s name (default: the folder&apos;s)</source>
        <translation>der Name der Sammlung (Standard: der des Ordners)</translation>
    </message>
    <message>
        <source>the command, quoted as one argument, or -</source>
        <translation>der Befehl, als ein Argument in Anführungszeichen, oder -</translation>
    </message>
    <message>
        <source>the demo webhook secret (default: random for each run)</source>
        <translation>der geheime Schlüssel des Demo-Webhooks (Standard: bei jedem Start zufällig)</translation>
    </message>
    <message>
        <source>the environment whose variables to use</source>
        <translation>die Umgebung, deren Variablen verwendet werden</translation>
    </message>
    <message>
        <source>the handler to send them to</source>
        <translation>der Handler, an den sie gesendet werden</translation>
    </message>
    <message>
        <source>the new notes (without it: print them)</source>
        <translation>die neuen Notizen (ohne: die aktuellen ausgeben)</translation>
    </message>
    <message>
        <source>the new webhook URL or secret, {stdin}</source>
        <translation>die neue Webhook-URL oder der neue Schlüssel, {stdin}</translation>
    </message>
    <message>
        <source>the outgoing webhook&apos;s application token (default: ${env})</source>
        <translation>das Anwendungstoken des ausgehenden Webhooks (Standard: ${env})</translation>
    </message>
    <message>
        <source>the portal&apos;s UTC offset in every date it answers (default: {offset})</source>
        <translation>UTC-Versatz des Portals in jedem Datum seiner Antworten (Standard: {offset})</translation>
    </message>
    <message>
        <source>the request&apos;s name (default: the method)</source>
        <translation>der Name der Anfrage (Standard: die Methode)</translation>
    </message>
    <message>
        <source>this HTTP status</source>
        <translation>dieser HTTP-Status</translation>
    </message>
    <message>
        <source>this error code</source>
        <translation>dieser Fehlercode</translation>
    </message>
    <message>
        <source>trust this CA (on-premise portal)</source>
        <translation>dieser CA vertrauen (On-Premise-Portal)</translation>
    </message>
    <message>
        <source>turn a cURL command or a Postman collection into request files</source>
        <translation>einen cURL-Befehl oder eine Postman-Sammlung in Anfragedateien umwandeln</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>unbekannte Argumente: {arguments}</translation>
    </message>
    <message>
        <source>update the secret after the portal regenerated it</source>
        <translation>den Schlüssel aktualisieren, nachdem das Portal ihn neu erzeugt hat</translation>
    </message>
    <message>
        <source>waited {seconds:.1f} s for the portal&apos;s rate limit</source>
        <translation>{seconds:.1f} s auf das Anfragelimit des Portals gewartet</translation>
    </message>
    <message>
        <source>warning: the snippet holds the webhook secret; Bitrix24 blocks a webhook whose secret is found in public.</source>
        <translation>Warnung: Das Snippet enthält den geheimen Schlüssel des Webhooks; Bitrix24 sperrt einen Webhook, dessen Schlüssel öffentlich gefunden wird.</translation>
    </message>
    <message>
        <source>webhook URL (default: $B24_WEBHOOK)</source>
        <translation>Webhook-URL (Standard: $B24_WEBHOOK)</translation>
    </message>
    <message>
        <source>webhook URL in any form `parse` reads, {stdin}</source>
        <translation>Webhook-URL in jeder Form, die `parse` liest, {stdin}</translation>
    </message>
    <message>
        <source>webhook URL or saved webhook name (default: $B24_WEBHOOK)</source>
        <translation>Webhook-URL oder Name eines gespeicherten Webhooks (Standard: $B24_WEBHOOK)</translation>
    </message>
    <message>
        <source>webhook URL, only needed with --embed-secret (default: $B24_WEBHOOK)</source>
        <translation>Webhook-URL, nur mit --embed-secret nötig (Standard: $B24_WEBHOOK)</translation>
    </message>
    <message>
        <source>words of the name or a parameter: lead add, crm.deal., TITLE</source>
        <translation>Namensteile oder ein Parameter: lead add, crm.deal., TITLE</translation>
    </message>
    <message>
        <source>write a collection folder in another format</source>
        <translation>einen Sammlungsordner in einem anderen Format schreiben</translation>
    </message>
    <message>
        <source>write a list result to an Excel workbook FILE (numbers as numbers)</source>
        <translation>ein Listenergebnis in die Excel-Arbeitsmappe FILE schreiben (Zahlen als Zahlen)</translation>
    </message>
    <message>
        <source>write a request file into this folder</source>
        <translation>eine Anfragedatei in diesen Ordner schreiben</translation>
    </message>
    <message>
        <source>write the real webhook URL into the code</source>
        <translation>die echte Webhook-URL in den Code schreiben</translation>
    </message>
    <message>
        <source>{count} requests, {failed} failed, {ms:.0f} ms</source>
        <translation>{count} Anfragen, {failed} fehlgeschlagen, {ms:.0f} ms</translation>
    </message>
    <message>
        <source>{fetched} of {total} rows, {requests} requests</source>
        <translation>{fetched} von {total} Zeilen, {requests} Anfragen</translation>
    </message>
    <message>
        <source>{flag} must be a positive number.</source>
        <translation>{flag} muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>{not_saved} (b24desk webhooks list shows them.) Nor is it a webhook URL: {not_url}</source>
        <translation>{not_saved} (b24desk webhooks list zeigt sie an.) Es ist auch keine Webhook-URL: {not_url}</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}</source>
        <translation>{path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{path} was not written: {reason}</source>
        <translation>{path} wurde nicht geschrieben: {reason}</translation>
    </message>
    <message>
        <source>{path}: line {line} is not a saved event ({reason}).</source>
        <translation>{path}: Zeile {line} ist kein gespeichertes Ereignis ({reason}).</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>{rows} rows written to {path}</source>
        <translation>{rows} Zeilen in {path} geschrieben</translation>
    </message>
    <message>
        <source>{url} is not an http:// or https:// URL.</source>
        <translation>{url} ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>{value!r} is not a number above 0</source>
        <translation>{value!r} ist keine Zahl über 0</translation>
    </message>
    <message>
        <source>{value!r} is not a port (0 to 65535; 0: a free one)</source>
        <translation>{value!r} ist kein Port (0 bis 65535; 0: ein freier)</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number above 0</source>
        <translation>{value!r} ist keine ganze Zahl über 0</translation>
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
        <translation>Die CA-Datei {path} ist nicht verwendbar ({detail}); geben Sie eine PEM-Datei mit dem CA-Zertifikat des Portals an.</translation>
    </message>
    <message>
        <source>an HTML page came back instead of JSON (HTTP {status})</source>
        <translation>statt JSON kam eine HTML-Seite zurück (HTTP {status})</translation>
    </message>
    <message>
        <source>the JSON has neither &apos;result&apos; nor &apos;error&apos;</source>
        <translation>das JSON enthält weder &apos;result&apos; noch &apos;error&apos;</translation>
    </message>
    <message>
        <source>the JSON holds a number too large to read exactly (over 4,300 digits, or past 1.8e308)</source>
        <translation>das JSON enthält eine Zahl, die zu groß ist, um sie genau zu lesen (über 4.300 Ziffern oder über 1.8e308)</translation>
    </message>
    <message>
        <source>the JSON is cut off or malformed at character {pos}</source>
        <translation>das JSON ist bei Zeichen {pos} abgeschnitten oder fehlerhaft</translation>
    </message>
    <message>
        <source>the JSON nests deeper than {depth} levels; b24desk does not read it</source>
        <translation>das JSON ist tiefer als {depth} Ebenen verschachtelt; b24desk liest es nicht</translation>
    </message>
    <message>
        <source>the answer is empty (HTTP {status})</source>
        <translation>die Antwort ist leer (HTTP {status})</translation>
    </message>
    <message>
        <source>the answer is larger than {limit} MiB; b24desk stopped reading it (the limit is a client option)</source>
        <translation>die Antwort ist größer als {limit} MiB; b24desk hat aufgehört, sie zu lesen (die Grenze ist eine Client-Option)</translation>
    </message>
    <message>
        <source>the compressed answer is damaged ({detail})</source>
        <translation>die komprimierte Antwort ist beschädigt ({detail})</translation>
    </message>
    <message>
        <source>the compressed answer unpacks to more than {limit} MiB; b24desk stopped unpacking it (a decompression bomb, or an answer past the limit set in the client options)</source>
        <translation>die komprimierte Antwort entpackt sich zu mehr als {limit} MiB; b24desk hat das Entpacken abgebrochen (eine Dekompressionsbombe oder eine Antwort über der Grenze der Client-Optionen)</translation>
    </message>
    <message>
        <source>the portal moved to {location} (HTTP {status})</source>
        <translation>das Portal ist nach {location} umgezogen (HTTP {status})</translation>
    </message>
    <message>
        <source>the portal&apos;s TLS certificate was not accepted ({detail}); for an on-premise portal with its own certificate authority, give b24desk that CA file</source>
        <translation>das TLS-Zertifikat des Portals wurde nicht akzeptiert ({detail}); geben Sie b24desk bei einem On-Premise-Portal mit eigener Zertifizierungsstelle deren CA-Datei</translation>
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
        <translation>{seconds:g} s (die Frist für den ganzen Aufruf)</translation>
    </message>
</context>
<context>
    <name>collection</name>
    <message>
        <source>&apos;{name}&apos; cannot be a name here: use letters, digits, spaces, dots, - and _ (no / or \).</source>
        <translation>&apos;{name}&apos; kann hier kein Name sein: Buchstaben, Ziffern, Leerzeichen, Punkte, - und _ verwenden (kein / oder \).</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself.</source>
        <translation>Ein Ordner kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} existiert bereits; einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>{path} does not exist (renamed or deleted outside b24desk?).</source>
        <translation>{path} existiert nicht (außerhalb von b24desk umbenannt oder gelöscht?).</translation>
    </message>
    <message>
        <source>{path} is not inside the collection {root}.</source>
        <translation>{path} liegt nicht in der Sammlung {root}.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
</context>
<context>
    <name>curl_import</name>
    <message>
        <source>No curl command found: paste a command that starts with curl.</source>
        <translation>Kein curl-Befehl gefunden: einen Befehl einfügen, der mit curl beginnt.</translation>
    </message>
    <message>
        <source>The JSON body is not a JSON object: {reason}</source>
        <translation>Der JSON-Body ist kein JSON-Objekt: {reason}</translation>
    </message>
    <message>
        <source>The URL {url} names no REST method (it should end in /METHOD.json, e.g. /crm.lead.list.json).</source>
        <translation>Die URL {url} nennt keine REST-Methode (sie sollte auf /METHOD.json enden, z. B. /crm.lead.list.json).</translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation>Der curl-Befehl hat keine URL.</translation>
    </message>
    <message>
        <source>The curl option {option} is not one b24desk reads; remove it and paste again.</source>
        <translation>Die curl-Option {option} liest b24desk nicht; entfernen und erneut einfügen.</translation>
    </message>
    <message>
        <source>The curl option {option} needs a value.</source>
        <translation>Die curl-Option {option} braucht einen Wert.</translation>
    </message>
    <message>
        <source>{option} {value}: b24desk does not read files named in a command; paste the values instead.</source>
        <translation>{option} {value}: b24desk liest keine in einem Befehl genannten Dateien; stattdessen die Werte einfügen.</translation>
    </message>
</context>
<context>
    <name>environment</name>
    <message>
        <source>&apos;{name}&apos; cannot be a variable name: start with a letter or _, then letters, digits, _ . -</source>
        <translation>&apos;{name}&apos; kann kein Variablenname sein: mit einem Buchstaben oder _ beginnen, dann Buchstaben, Ziffern, _ . -</translation>
    </message>
    <message>
        <source>There is no environment {name!r} in {root} (environments: {known}).</source>
        <translation>Es gibt keine Umgebung {name!r} in {root} (Umgebungen: {known}).</translation>
    </message>
    <message>
        <source>{name} holds a webhook URL, whose secret must not be written in the folder: mark {name} as secret.</source>
        <translation>{name} enthält eine Webhook-URL, deren Geheimnis nicht in den Ordner geschrieben werden darf: {name} als geheim markieren.</translation>
    </message>
    <message>
        <source>{path} is not a b24desk environment: {reason}</source>
        <translation>{path} ist keine b24desk-Umgebung: {reason}</translation>
    </message>
</context>
<context>
    <name>explanations</name>
    <message>
        <source>A batch may hold at most 50 commands.</source>
        <translation>Ein batch darf höchstens 50 Befehle enthalten.</translation>
    </message>
    <message>
        <source>A parameter is missing or wrong</source>
        <translation>Ein Parameter fehlt oder ist falsch</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Ask for less per call (fewer fields in select, a narrower filter, &apos;Fetch all pages&apos;), or raise the answer size limit (CLI: --max-body).</source>
        <translation>Fordern Sie pro Aufruf weniger an (weniger Felder in select, ein engerer Filter, &apos;Alle Seiten abrufen&apos;) oder erhöhen Sie die Grenze der Antwortgröße (CLI: --max-body).</translation>
    </message>
    <message>
        <source>Ask the portal administrator to give this user access.</source>
        <translation>Bitten Sie den Portaladministrator, diesem Benutzer Zugriff zu geben.</translation>
    </message>
    <message>
        <source>Bitrix24 blocked this portal&apos;s REST API manually after heavy load.</source>
        <translation>Bitrix24 hat die REST-API dieses Portals nach hoher Last manuell gesperrt.</translation>
    </message>
    <message>
        <source>Call this method from a Bitrix24 application (OAuth), not through a webhook.</source>
        <translation>Rufen Sie diese Methode aus einer Bitrix24-Anwendung (OAuth) auf, nicht über einen Webhook.</translation>
    </message>
    <message>
        <source>Call this method on its own.</source>
        <translation>Rufen Sie diese Methode einzeln auf.</translation>
    </message>
    <message>
        <source>Calls to this method took too much server time in the last 10 minutes, so the portal blocks it for a while. Other methods still work.</source>
        <translation>Aufrufe dieser Methode haben in den letzten 10 Minuten zu viel Serverzeit verbraucht, daher sperrt das Portal sie eine Weile. Andere Methoden funktionieren weiter.</translation>
    </message>
    <message>
        <source>Change the webhook URL to start with https://.</source>
        <translation>Ändern Sie die Webhook-URL so, dass sie mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Check that the address points to a Bitrix24 portal; look at the raw answer. Try again if the answer was cut off.</source>
        <translation>Prüfen Sie, ob die Adresse auf ein Bitrix24-Portal zeigt; sehen Sie sich die rohe Antwort an. Versuchen Sie es erneut, wenn die Antwort abgeschnitten war.</translation>
    </message>
    <message>
        <source>Check the ID.</source>
        <translation>Prüfen Sie die ID.</translation>
    </message>
    <message>
        <source>Check the address, your network, a proxy or VPN, and the portal&apos;s certificate.</source>
        <translation>Prüfen Sie die Adresse, Ihr Netzwerk, einen Proxy oder VPN und das Zertifikat des Portals.</translation>
    </message>
    <message>
        <source>Check the parameters against the method&apos;s documentation.</source>
        <translation>Prüfen Sie die Parameter anhand der Dokumentation der Methode.</translation>
    </message>
    <message>
        <source>Check the parameters against the method&apos;s documentation; often an ID does not exist.</source>
        <translation>Prüfen Sie die Parameter anhand der Dokumentation der Methode; oft existiert eine ID nicht.</translation>
    </message>
    <message>
        <source>Check the portal address.</source>
        <translation>Prüfen Sie die Portaladresse.</translation>
    </message>
    <message>
        <source>Check the portal&apos;s plan (the REST API needs a commercial plan or a trial) and the user&apos;s access rights.</source>
        <translation>Prüfen Sie den Tarif des Portals (die REST-API braucht einen kommerziellen Tarif oder eine Testphase) und die Zugriffsrechte des Benutzers.</translation>
    </message>
    <message>
        <source>Check the required parameters (marked *) and their types in the grid.</source>
        <translation>Prüfen Sie die Pflichtparameter (mit * markiert) und ihre Typen in der Tabelle.</translation>
    </message>
    <message>
        <source>Check the spelling in the method browser, or pick the method from the list.</source>
        <translation>Prüfen Sie die Schreibweise im Methodenbrowser oder wählen Sie die Methode aus der Liste.</translation>
    </message>
    <message>
        <source>Cloud portals accept REST calls only over https://.</source>
        <translation>Cloud-Portale nehmen REST-Aufrufe nur über https:// an.</translation>
    </message>
    <message>
        <source>Copy the webhook URL again from the portal&apos;s {integrations} and paste it here.</source>
        <translation>Kopieren Sie die Webhook-URL erneut aus {integrations} des Portals und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>Developer resources &gt; Integrations</source>
        <translation>Entwicklerressourcen &gt; Integrationen</translation>
    </message>
    <message>
        <source>Fetching every page stopped</source>
        <translation>Das Abrufen aller Seiten wurde angehalten</translation>
    </message>
    <message>
        <source>If the new address is the portal&apos;s, save the webhook again with it; otherwise check it.</source>
        <translation>Wenn die neue Adresse die des Portals ist, speichern Sie den Webhook damit neu; sonst prüfen Sie sie.</translation>
    </message>
    <message>
        <source>In the portal&apos;s {integrations}, edit the webhook, tick the permission this method needs, and save. The secret stays the same.</source>
        <translation>Bearbeiten Sie in {integrations} des Portals den Webhook, aktivieren Sie die Berechtigung, die diese Methode braucht, und speichern Sie. Der geheime Schlüssel bleibt gleich.</translation>
    </message>
    <message>
        <source>Nested batches and file uploads or downloads are not allowed in a batch.</source>
        <translation>Verschachtelte batch-Aufrufe sowie Datei-Uploads und -Downloads sind in einem batch nicht erlaubt.</translation>
    </message>
    <message>
        <source>No answer within {detail}.</source>
        <translation>Keine Antwort innerhalb von {detail}.</translation>
    </message>
    <message>
        <source>No connection: {detail}</source>
        <translation>Keine Verbindung: {detail}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>OAuth tokens of applications live one hour; webhooks do not use them.</source>
        <translation>OAuth-Tokens von Anwendungen gelten eine Stunde; Webhooks verwenden sie nicht.</translation>
    </message>
    <message>
        <source>Only Bitrix24 support can lift this block; contact them.</source>
        <translation>Nur der Bitrix24-Support kann diese Sperre aufheben; wenden Sie sich an ihn.</translation>
    </message>
    <message>
        <source>Open the portal&apos;s {integrations}, edit the webhook, regenerate its secret, and store the new secret with {update_secret}. Update it in every other program that uses it too.</source>
        <translation>Öffnen Sie im Portal {integrations}, bearbeiten Sie den Webhook, erzeugen Sie ein neues Geheimnis und speichern Sie es mit {update_secret}. Aktualisieren Sie es auch in allen anderen Programmen, die es verwenden.</translation>
    </message>
    <message>
        <source>Read the portal&apos;s message; often an ID does not exist or a value is invalid.</source>
        <translation>Lesen Sie die Meldung des Portals; oft existiert eine ID nicht oder ein Wert ist ungültig.</translation>
    </message>
    <message>
        <source>Run the call without &apos;Fetch all pages&apos; and look at what the portal sends for start=50.</source>
        <translation>Führen Sie den Aufruf ohne &apos;Alle Seiten abrufen&apos; aus und sehen Sie nach, was das Portal für start=50 sendet.</translation>
    </message>
    <message>
        <source>Some methods work only for installed applications, not for webhooks.</source>
        <translation>Manche Methoden funktionieren nur für installierte Anwendungen, nicht für Webhooks.</translation>
    </message>
    <message>
        <source>Something failed on the portal&apos;s side.</source>
        <translation>Auf der Seite des Portals ist etwas fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Split the batch; b24desk&apos;s batch splits long lists for you.</source>
        <translation>Teilen Sie den batch auf; der batch von b24desk teilt lange Listen selbst.</translation>
    </message>
    <message>
        <source>The REST API is not available on this portal&apos;s plan, or the webhook&apos;s user has no access to this data.</source>
        <translation>Die REST-API ist im Tarif dieses Portals nicht verfügbar, oder der Benutzer des Webhooks hat keinen Zugriff auf diese Daten.</translation>
    </message>
    <message>
        <source>The access token expired</source>
        <translation>Das Zugriffstoken ist abgelaufen</translation>
    </message>
    <message>
        <source>The access token is not valid</source>
        <translation>Das Zugriffstoken ist ungültig</translation>
    </message>
    <message>
        <source>The answer is an error page, not a Bitrix24 answer: the portal or a proxy in front of it is failing or overloaded.</source>
        <translation>Die Antwort ist eine Fehlerseite, keine Bitrix24-Antwort: Das Portal oder ein Proxy davor ist gestört oder überlastet.</translation>
    </message>
    <message>
        <source>The answer is not a Bitrix24 answer</source>
        <translation>Die Antwort ist keine Bitrix24-Antwort</translation>
    </message>
    <message>
        <source>The answer is too large</source>
        <translation>Die Antwort ist zu groß</translation>
    </message>
    <message>
        <source>The application is limited to other users</source>
        <translation>Die Anwendung ist auf andere Benutzer beschränkt</translation>
    </message>
    <message>
        <source>The method belongs to a permission (scope) that the webhook was not given.</source>
        <translation>Die Methode gehört zu einer Berechtigung (Scope), die der Webhook nicht erhalten hat.</translation>
    </message>
    <message>
        <source>The method did not accept the parameters: {description}</source>
        <translation>Die Methode hat die Parameter nicht akzeptiert: {description}</translation>
    </message>
    <message>
        <source>The method name is misspelled, belongs to a module this portal does not have, or exists only in a newer version of Bitrix24.</source>
        <translation>Der Methodenname ist falsch geschrieben, gehört zu einem Modul, das dieses Portal nicht hat, oder existiert erst in einer neueren Version von Bitrix24.</translation>
    </message>
    <message>
        <source>The method refused the request</source>
        <translation>Die Methode hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The method reported an error</source>
        <translation>Die Methode hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The pages did not move through the list: {detail}.</source>
        <translation>Die Seiten sind nicht durch die Liste vorangekommen: {detail}.</translation>
    </message>
    <message>
        <source>The portal allows about 2 requests per second (more on Enterprise plans) after a short burst, and refused this one.</source>
        <translation>Das Portal erlaubt nach einem kurzen Schub etwa 2 Anfragen pro Sekunde (mehr in Enterprise-Tarifen) und hat diese abgelehnt.</translation>
    </message>
    <message>
        <source>The portal allows this application only for certain users.</source>
        <translation>Das Portal erlaubt diese Anwendung nur bestimmten Benutzern.</translation>
    </message>
    <message>
        <source>The portal blocked REST calls for overload</source>
        <translation>Das Portal hat REST-Aufrufe wegen Überlastung gesperrt</translation>
    </message>
    <message>
        <source>The portal could not be reached</source>
        <translation>Das Portal ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The portal could not do what was asked: {description}</source>
        <translation>Das Portal konnte die Anfrage nicht ausführen: {description}</translation>
    </message>
    <message>
        <source>The portal did not answer in time</source>
        <translation>Das Portal hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The portal did not recognise the webhook</source>
        <translation>Das Portal hat den Webhook nicht erkannt</translation>
    </message>
    <message>
        <source>The portal had an internal error</source>
        <translation>Interner Fehler des Portals</translation>
    </message>
    <message>
        <source>The portal has no such method</source>
        <translation>Das Portal hat keine solche Methode</translation>
    </message>
    <message>
        <source>The portal is gone</source>
        <translation>Das Portal existiert nicht mehr</translation>
    </message>
    <message>
        <source>The portal moved</source>
        <translation>Das Portal ist umgezogen</translation>
    </message>
    <message>
        <source>The portal refused this webhook</source>
        <translation>Das Portal hat diesen Webhook abgelehnt</translation>
    </message>
    <message>
        <source>The portal reported {code}</source>
        <translation>Das Portal meldete {code}</translation>
    </message>
    <message>
        <source>The portal requires HTTPS</source>
        <translation>Das Portal verlangt HTTPS</translation>
    </message>
    <message>
        <source>The portal says: {description}</source>
        <translation>Das Portal meldet: {description}</translation>
    </message>
    <message>
        <source>The portal sent something that is not the expected JSON (an HTML page or a cut-off answer): {detail}</source>
        <translation>Das Portal hat nicht das erwartete JSON gesendet (eine HTML-Seite oder eine abgeschnittene Antwort): {detail}</translation>
    </message>
    <message>
        <source>The portal was deleted, or its public part is closed.</source>
        <translation>Das Portal wurde gelöscht, oder sein öffentlicher Teil ist geschlossen.</translation>
    </message>
    <message>
        <source>The record does not exist (or you cannot see it): {description}</source>
        <translation>Der Datensatz existiert nicht (oder Sie können ihn nicht sehen): {description}</translation>
    </message>
    <message>
        <source>The server answered with HTTP {status}</source>
        <translation>Der Server antwortete mit HTTP {status}</translation>
    </message>
    <message>
        <source>The server answered: {detail}. b24desk does not follow redirects.</source>
        <translation>Der Server antwortete: {detail}. b24desk folgt keinen Weiterleitungen.</translation>
    </message>
    <message>
        <source>The token is wrong or was revoked.</source>
        <translation>Das Token ist falsch oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>The user id or the secret in the URL is wrong.</source>
        <translation>Die Benutzer-ID oder der geheime Schlüssel in der URL ist falsch.</translation>
    </message>
    <message>
        <source>The webhook was deleted, its secret was regenerated, the portal blocked it because the secret was found in public, or the user who made it lacks the rights for this call.</source>
        <translation>Der Webhook wurde gelöscht, sein geheimer Schlüssel neu erzeugt, das Portal hat ihn gesperrt, weil der Schlüssel öffentlich gefunden wurde, oder dem Benutzer, der ihn angelegt hat, fehlen die Rechte für diesen Aufruf.</translation>
    </message>
    <message>
        <source>This method cannot run inside a batch</source>
        <translation>Diese Methode kann nicht in einem batch laufen</translation>
    </message>
    <message>
        <source>This method needs an application</source>
        <translation>Diese Methode braucht eine Anwendung</translation>
    </message>
    <message>
        <source>This method used up its time budget</source>
        <translation>Diese Methode hat ihr Zeitbudget aufgebraucht</translation>
    </message>
    <message>
        <source>This webhook may not call this method</source>
        <translation>Dieser Webhook darf diese Methode nicht aufrufen</translation>
    </message>
    <message>
        <source>Too many commands in one batch</source>
        <translation>Zu viele Befehle in einem batch</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Try again in a minute. If it repeats, check the portal address.</source>
        <translation>Versuchen Sie es in einer Minute erneut. Wenn es sich wiederholt, prüfen Sie die Portaladresse.</translation>
    </message>
    <message>
        <source>Try again in a minute; if it persists, contact the portal&apos;s administrator.</source>
        <translation>Versuchen Sie es in einer Minute erneut; bleibt der Fehler, wenden Sie sich an den Administrator des Portals.</translation>
    </message>
    <message>
        <source>Try again; for big lists ask for fewer fields or use &apos;Fetch all pages&apos;, which fetches in small pieces.</source>
        <translation>Versuchen Sie es erneut; fragen Sie bei großen Listen weniger Felder ab oder nutzen Sie „Alle Seiten abrufen“, das in kleinen Stücken lädt.</translation>
    </message>
    <message>
        <source>Update secret… (the button below, or the Webhook… menu)</source>
        <translation>„Schlüssel aktualisieren…“ (die Schaltfläche unten oder das Menü „Webhook…“)</translation>
    </message>
    <message>
        <source>Use an incoming webhook URL from the portal&apos;s {integrations}.</source>
        <translation>Verwenden Sie die URL eines eingehenden Webhooks aus {integrations} des Portals.</translation>
    </message>
    <message>
        <source>Use an incoming webhook URL, or refresh the application&apos;s token.</source>
        <translation>Verwenden Sie die URL eines eingehenden Webhooks oder erneuern Sie das Token der Anwendung.</translation>
    </message>
    <message>
        <source>Wait a few seconds and try again. b24desk paces requests itself; use batch or &apos;Fetch all pages&apos; to need fewer requests.</source>
        <translation>Warten Sie einige Sekunden und versuchen Sie es erneut. b24desk taktet Anfragen selbst; mit batch oder „Alle Seiten abrufen“ brauchen Sie weniger Anfragen.</translation>
    </message>
    <message>
        <source>Wait until the budget resets (the answer&apos;s operating_reset_at), then ask for less per call: fewer fields in select, narrower filters.</source>
        <translation>Warten Sie, bis das Budget zurückgesetzt ist (operating_reset_at in der Antwort), und fragen Sie dann weniger pro Aufruf ab: weniger Felder in select, engere Filter.</translation>
    </message>
    <message>
        <source>b24desk webhooks rotate NAME NEW_URL (or a new --webhook URL)</source>
        <translation>b24desk webhooks rotate NAME NEUE_URL (oder einer neuen URL in --webhook)</translation>
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
        <translation>Die Feldliste des Portals hat eine unerwartete Form ({found}).</translation>
    </message>
</context>
<context>
    <name>json_codec</name>
    <message>
        <source>{reason} at line {line}, column {column}</source>
        <translation>{reason} in Zeile {line}, Spalte {column}</translation>
    </message>
</context>
<context>
    <name>leak_scan</name>
    <message>
        <source>Developer resources &gt; Integrations &gt; the webhook &gt; Edit</source>
        <translation>Entwicklerressourcen &gt; Integrationen &gt; der Webhook &gt; Bearbeiten</translation>
    </message>
    <message>
        <source>JSON-escaped</source>
        <translation>JSON-maskiert</translation>
    </message>
    <message>
        <source>No Bitrix24 secrets found; {files} files read, {skipped} skipped (binary or too large), {commits} commits.</source>
        <translation>Keine Bitrix24-Geheimnisse gefunden; {files} Dateien gelesen, {skipped} übersprungen (binär oder zu groß), {commits} Commits.</translation>
    </message>
    <message>
        <source>The git command is not installed, so the history cannot be scanned.</source>
        <translation>Der Befehl git ist nicht installiert, daher kann der Verlauf nicht geprüft werden.</translation>
    </message>
    <message>
        <source>This is an earlier secret of saved webhook {name!r} (already replaced): remove it from the file.</source>
        <translation>Das ist ein früheres Geheimnis des gespeicherten Webhooks {name!r} (bereits ersetzt): Entfernen Sie es aus der Datei.</translation>
    </message>
    <message>
        <source>This is the secret of saved webhook {name!r}. Bitrix24 blocks a webhook whose secret is public: make a new secret in the portal ({portal_path}), then store it: b24desk webhooks rotate {name!r} NEW_URL</source>
        <translation>Das ist das Geheimnis des gespeicherten Webhooks {name!r}. Bitrix24 sperrt einen Webhook, dessen Geheimnis öffentlich ist: Erzeugen Sie im Portal ein neues Geheimnis ({portal_path}) und speichern Sie es: b24desk webhooks rotate {name!r} NEW_URL</translation>
    </message>
    <message>
        <source>URL-encoded</source>
        <translation>URL-kodiert</translation>
    </message>
    <message>
        <source>as plain text</source>
        <translation>im Klartext</translation>
    </message>
    <message>
        <source>base64-encoded</source>
        <translation>base64-kodiert</translation>
    </message>
    <message>
        <source>git could not read the history of {path}: {reason}</source>
        <translation>git konnte den Verlauf von {path} nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>outgoing-webhook application token</source>
        <translation>Anwendungstoken eines ausgehenden Webhooks</translation>
    </message>
    <message>
        <source>webhook URL with its secret</source>
        <translation>Webhook-URL mit Geheimnis</translation>
    </message>
    <message>
        <source>{count} secret(s) found; {files} files read, {skipped} skipped (binary or too large), {commits} commits.</source>
        <translation>{count} Geheimnis(se) gefunden; {files} Dateien gelesen, {skipped} übersprungen (binär oder zu groß), {commits} Commits.</translation>
    </message>
    <message>
        <source>{path} is not inside a git repository, so it has no history to scan.</source>
        <translation>{path} liegt in keinem Git-Repository und hat daher keinen Verlauf zum Prüfen.</translation>
    </message>
</context>
<context>
    <name>method_suggestions</name>
    <message>
        <source>Did you mean one of: {names}?</source>
        <translation>Meinten Sie einen davon: {names}?</translation>
    </message>
    <message>
        <source>Did you mean {name}?</source>
        <translation>Meinten Sie {name}?</translation>
    </message>
</context>
<context>
    <name>operating_time</name>
    <message>
        <source>{method} has used {used:.0f} s of its {limit:.0f} s operating-time budget; the portal will block it past the limit. The budget starts to recover at {reset}.</source>
        <translation>{method} hat {used:.0f} s seines Zeitbudgets von {limit:.0f} s verbraucht; über dem Limit sperrt das Portal die Methode. Das Budget erholt sich ab {reset}.</translation>
    </message>
</context>
<context>
    <name>paging</name>
    <message>
        <source>the portal kept sending new rows past {total} without saying a total; paging stopped</source>
        <translation>das Portal schickte weiter neue Zeilen über {total} hinaus, ohne eine Gesamtzahl zu nennen; das Blättern wurde angehalten</translation>
    </message>
    <message>
        <source>the portal sent IDs outside the range asked for ({low} to {high}); paging stopped</source>
        <translation>das Portal schickte IDs außerhalb des angefragten Bereichs ({low} bis {high}); das Blättern wurde angehalten</translation>
    </message>
    <message>
        <source>the portal sent only rows already fetched at offset {start}; paging stopped after {fetched} rows</source>
        <translation>das Portal schickte bei Offset {start} nur schon abgerufene Zeilen; das Blättern wurde nach {fetched} Zeilen angehalten</translation>
    </message>
    <message>
        <source>the portal sent the same page again (the last ID did not move past {last}); paging stopped</source>
        <translation>das Portal schickte dieselbe Seite erneut (die letzte ID kam nicht über {last} hinaus); das Blättern wurde angehalten</translation>
    </message>
</context>
<context>
    <name>param_rows</name>
    <message>
        <source>&apos;{key}&apos; is not a parameter name (for example fields[TITLE]).</source>
        <translation>&apos;{key}&apos; ist kein Parametername (zum Beispiel fields[TITLE]).</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a date and time like 2026-11-25T14:30:00+03:00.</source>
        <translation>{key}: &apos;{value}&apos; ist kein Datum mit Uhrzeit wie 2026-11-25T14:30:00+03:00.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a date like 2026-11-25.</source>
        <translation>{key}: &apos;{value}&apos; ist kein Datum wie 2026-11-25.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a number.</source>
        <translation>{key}: &apos;{value}&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{key}: &apos;{value}&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not yes/no (true, false, 1, 0, Y, N).</source>
        <translation>{key}: &apos;{value}&apos; ist kein Ja/Nein (true, false, 1, 0, Y, N).</translation>
    </message>
    <message>
        <source>{key}: the JSON value is not valid ({reason}).</source>
        <translation>{key}: der JSON-Wert ist ungültig ({reason}).</translation>
    </message>
    <message>
        <source>{key}: unknown type &apos;{type}&apos;.</source>
        <translation>{key}: unbekannter Typ &apos;{type}&apos;.</translation>
    </message>
</context>
<context>
    <name>postman</name>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{source} is not JSON: {reason}</source>
        <translation>{source} ist kein JSON: {reason}</translation>
    </message>
    <message>
        <source>{source} is not a Postman collection v2.1 (no info.schema naming v2.1 and no item list).</source>
        <translation>{source} ist keine Postman-Sammlung v2.1 (kein info.schema mit v2.1 und keine item-Liste).</translation>
    </message>
</context>
<context>
    <name>query</name>
    <message>
        <source>A parameter holds text that is not valid Unicode: {text!r}.</source>
        <translation>Ein Parameter enthält Text, der kein gültiges Unicode ist: {text!r}.</translation>
    </message>
    <message>
        <source>Parameters nest deeper than {limit} levels (at {key}); PHP, and so the portal, reads at most {limit}.</source>
        <translation>Die Parameter sind tiefer als {limit} Ebenen verschachtelt (bei {key}); PHP und damit das Portal liest höchstens {limit}.</translation>
    </message>
    <message>
        <source>The value of {key} is a {type}; parameters can hold text, numbers, yes/no, lists and groups.</source>
        <translation>Der Wert von {key} ist vom Typ {type}; Parameter können Text, Zahlen, Ja/Nein, Listen und Gruppen enthalten.</translation>
    </message>
    <message>
        <source>The value of {key} is not a finite number.</source>
        <translation>Der Wert von {key} ist keine endliche Zahl.</translation>
    </message>
</context>
<context>
    <name>receiver</name>
    <message>
        <source>The event could not be sent to {url}: {reason}</source>
        <translation>Das Ereignis konnte nicht an {url} gesendet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>request_checks</name>
    <message>
        <source>{key} is required and empty.</source>
        <translation>{key} ist Pflicht und leer.</translation>
    </message>
    <message>
        <source>{key} is required and missing.</source>
        <translation>{key} ist Pflicht und fehlt.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not one of the field&apos;s values ({values}).</source>
        <translation>{key}: „{value}“ ist keiner der Werte des Felds ({values}).</translation>
    </message>
</context>
<context>
    <name>request_file</name>
    <message>
        <source>A request file names its webhook by a saved webhook&apos;s name or a {{{{variable}}}}, never by its URL (the URL holds the secret). Save the webhook and use its name.</source>
        <translation>Eine Anfragedatei nennt ihren Webhook über den Namen eines gespeicherten Webhooks oder eine {{{{variable}}}}, nie über die URL (die URL enthält das Geheimnis). Den Webhook speichern und seinen Namen verwenden.</translation>
    </message>
    <message>
        <source>The request cannot be written as a file: {reason}.</source>
        <translation>Die Anfrage kann nicht als Datei geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>it was written by a newer b24desk (format {found}; this one reads up to {known}): update b24desk</source>
        <translation>sie wurde von einem neueren b24desk geschrieben (Format {found}; dieses liest bis {known}): b24desk aktualisieren</translation>
    </message>
    <message>
        <source>{path} is not a saved b24desk request: {reason}</source>
        <translation>{path} ist keine gespeicherte b24desk-Anfrage: {reason}</translation>
    </message>
</context>
<context>
    <name>shell_words</name>
    <message>
        <source>A quote is not closed in the command: {text}</source>
        <translation>Im Befehl ist ein Anführungszeichen nicht geschlossen: {text}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>A saved webhook is already named {name!r}.</source>
        <translation>Es gibt bereits einen gespeicherten Webhook namens {name!r}.</translation>
    </message>
    <message>
        <source>A saved webhook needs a name.</source>
        <translation>Ein gespeicherter Webhook braucht einen Namen.</translation>
    </message>
    <message>
        <source>A webhook name cannot look like a URL or contain control characters.</source>
        <translation>Ein Webhook-Name darf nicht wie eine URL aussehen und keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A webhook name may have at most {max} characters.</source>
        <translation>Ein Webhook-Name darf höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>No saved webhook is named {name!r}.</source>
        <translation>Es gibt keinen gespeicherten Webhook namens {name!r}.</translation>
    </message>
    <message>
        <source>No system keyring is available (backend: {backend}), so the webhook&apos;s secret cannot be {action}. Install or start one: on Linux GNOME Keyring or KWallet (any Secret Service provider, such as KeePassXC), on macOS the Keychain, on Windows the Credential Manager.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar (Backend: {backend}), daher kann der geheime Schlüssel des Webhooks nicht {action} werden. Installieren oder starten Sie einen: unter Linux GNOME Keyring oder KWallet (jeder Secret-Service-Anbieter, etwa KeePassXC), unter macOS den Schlüsselbund, unter Windows die Anmeldeinformationsverwaltung.</translation>
    </message>
    <message>
        <source>Paste the new webhook URL or the bare secret (letters and digits, no spaces).</source>
        <translation>Fügen Sie die neue Webhook-URL oder nur den geheimen Schlüssel ein (Buchstaben und Ziffern, keine Leerzeichen).</translation>
    </message>
    <message>
        <source>Secret of {name!r} updated; its history is kept.</source>
        <translation>Schlüssel von {name!r} aktualisiert; der Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>The history database {path} could not be used: {reason}.</source>
        <translation>Die Verlaufsdatenbank {path} ist nicht verwendbar: {reason}.</translation>
    </message>
    <message>
        <source>The history database {path} was damaged ({reason}); it was kept as {backup} and a new, empty history was started.</source>
        <translation>Die Verlaufsdatenbank {path} war beschädigt ({reason}); sie wurde als {backup} aufbewahrt und ein neuer, leerer Verlauf begonnen.</translation>
    </message>
    <message>
        <source>The new URL belongs to user {new} (it was user {old}): calls now run with that user&apos;s rights.</source>
        <translation>Die neue URL gehört Benutzer {new} (bisher Benutzer {old}): Aufrufe laufen jetzt mit dessen Rechten.</translation>
    </message>
    <message>
        <source>The portal address changed from {old} to {new}.</source>
        <translation>Die Portaladresse hat sich von {old} zu {new} geändert.</translation>
    </message>
    <message>
        <source>The secret of webhook {name!r} is not in {backend}. Paste the webhook URL again with Update secret (b24desk webhooks rotate).</source>
        <translation>Der geheime Schlüssel von Webhook {name!r} ist nicht in {backend}. Fügen Sie die Webhook-URL mit „Schlüssel aktualisieren“ erneut ein (b24desk webhooks rotate).</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); it was kept as {backup} and b24desk started with empty settings. Saved secrets are still in the system keyring.</source>
        <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden ({reason}); sie wurde als {backup} aufbewahrt, und b24desk wurde mit leeren Einstellungen gestartet. Gespeicherte Schlüssel befinden sich weiterhin im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read: {reason}.</source>
        <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be written: {reason}.</source>
        <translation>Die Einstellungsdatei {path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) could not be opened, so the webhook&apos;s secret cannot be {action}: {reason}. Check that its service is running (on Linux: a D-Bus session with GNOME Keyring or KWallet) and try again.</source>
        <translation>Der System-Schlüsselbund ({backend}) konnte nicht geöffnet werden, daher kann der geheime Schlüssel des Webhooks nicht {action} werden: {reason}. Prüfen Sie, ob sein Dienst läuft (unter Linux: eine D-Bus-Sitzung mit GNOME Keyring oder KWallet), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) is locked, so the webhook&apos;s secret cannot be {action}. Unlock it (log in again, or open your keyring manager such as Seahorse) and try again.</source>
        <translation>Der System-Schlüsselbund ({backend}) ist gesperrt, daher kann der geheime Schlüssel des Webhooks nicht {action} werden. Entsperren Sie ihn (melden Sie sich erneut an oder öffnen Sie Ihre Schlüsselbundverwaltung, etwa Seahorse) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) refused, so the webhook&apos;s secret cannot be {action}: {reason}. Check the keyring manager (it may ask for permission or be full) and try again.</source>
        <translation>Der System-Schlüsselbund ({backend}) hat abgelehnt, daher kann der geheime Schlüssel des Webhooks nicht {action} werden: {reason}. Prüfen Sie die Schlüsselbundverwaltung (sie fragt vielleicht nach einer Erlaubnis oder ist voll) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Until then you can use the webhook for this session only: its secret is kept in memory and forgotten when b24desk closes.</source>
        <translation>Bis dahin können Sie den Webhook nur für diese Sitzung verwenden: Sein geheimer Schlüssel wird im Arbeitsspeicher gehalten und beim Beenden von b24desk verworfen.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
</context>
<context>
    <name>variables</name>
    <message>
        <source>(none chosen)</source>
        <translation>(keine gewählt)</translation>
    </message>
    <message>
        <source>The request uses variables with no value in the environment {environment}: {names}.</source>
        <translation>Die Anfrage verwendet Variablen ohne Wert in der Umgebung {environment}: {names}.</translation>
    </message>
</context>
<context>
    <name>webhook</name>
    <message>
        <source>A webhook URL looks like {example}</source>
        <translation>Eine Webhook-URL sieht so aus: {example}</translation>
    </message>
    <message>
        <source>REST 3.0 addresses (/rest/api/...) are not supported yet; use the classic /rest/ URL.</source>
        <translation>REST-3.0-Adressen (/rest/api/...) werden noch nicht unterstützt; verwenden Sie die klassische /rest/-URL.</translation>
    </message>
    <message>
        <source>The address contains a user name or password before the host; remove it.</source>
        <translation>Die Adresse enthält vor dem Host einen Benutzernamen oder ein Passwort; entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The address has a broken IPv6 host (an unclosed [ or ]).</source>
        <translation>Die Adresse hat einen kaputten IPv6-Host (ein nicht geschlossenes [ oder ]).</translation>
    </message>
    <message>
        <source>The address has extra parts after the method name.</source>
        <translation>Die Adresse hat zusätzliche Teile nach dem Methodennamen.</translation>
    </message>
    <message>
        <source>The address has no /rest/USER_ID/SECRET/ part, so it is not an incoming webhook.</source>
        <translation>Der Adresse fehlt der Teil /rest/USER_ID/SECRET/, sie ist also kein eingehender Webhook.</translation>
    </message>
    <message>
        <source>The address has no portal name (host).</source>
        <translation>Der Adresse fehlt der Portalname (Host).</translation>
    </message>
    <message>
        <source>The address holds bytes that are not valid UTF-8 text.</source>
        <translation>Die Adresse enthält Bytes, die kein gültiger UTF-8-Text sind.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for an on-premise portal).</source>
        <translation>Die Adresse muss mit https:// beginnen (oder http:// bei einem On-Premise-Portal).</translation>
    </message>
    <message>
        <source>The method name is {length} characters long; method names have at most {limit}.</source>
        <translation>Der Methodenname ist {length} Zeichen lang; Methodennamen haben höchstens {limit}.</translation>
    </message>
    <message>
        <source>The method name may hold only letters, digits, dots and underscores.</source>
        <translation>Der Methodenname darf nur Buchstaben, Ziffern, Punkte und Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>The port in the address is not a number from 1 to 65535.</source>
        <translation>Der Port in der Adresse ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The secret after the user id is missing.</source>
        <translation>Der geheime Schlüssel nach der Benutzer-ID fehlt.</translation>
    </message>
    <message>
        <source>The user id after /rest/ must be a number.</source>
        <translation>Die Benutzer-ID nach /rest/ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The webhook URL is empty.</source>
        <translation>Die Webhook-URL ist leer.</translation>
    </message>
    <message>
        <source>This is an application (OAuth) address without a user id and secret; b24desk needs an incoming webhook.</source>
        <translation>Dies ist eine Anwendungsadresse (OAuth) ohne Benutzer-ID und Schlüssel; b24desk braucht einen eingehenden Webhook.</translation>
    </message>
    <message>
        <source>b24desk reads JSON answers; use the .json suffix instead of .xml.</source>
        <translation>b24desk liest JSON-Antworten; verwenden Sie die Endung .json statt .xml.</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>The open tabs could not be restored from {path} ({reason}); b24desk starts with one empty tab.</source>
        <translation>Die offenen Tabs konnten nicht aus {path} wiederhergestellt werden ({reason}); b24desk beginnt mit einem leeren Tab.</translation>
    </message>
</context>
</TS>
