<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CaptureGapBanner</name>
    <message>
        <source>All Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide until the next gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1. The live source keeps no history: those logs are not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %n gap(s) in this session.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <source>the store refused %1 records: %2</source>
        <translation>der Speicher hat %1 Einträge abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>ChatDocument</name>
    <message>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>response, finish reason: %1</source>
        <translation>Antwort, Abschlussgrund: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n embedding(s)</source>
        <translation>
            <numerusform>%n Embedding</numerusform>
            <numerusform>%n Embeddings</numerusform>
        </translation>
    </message>
    <message>
        <source>generated images</source>
        <translation>erzeugte Bilder</translation>
    </message>
    <message>
        <source>Revised prompt: %1</source>
        <translation>Überarbeiteter Prompt: %1</translation>
    </message>
    <message>
        <source>No messages in this log.</source>
        <translation>Dieser Log enthält keine Nachrichten.</translation>
    </message>
</context>
<context>
    <name>ConnectGatewayDialog</name>
    <message>
        <source>Connect to Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture requests as they happen. New logs appear at the top of the list and are kept in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log stream (zero set-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; gateways after 1.15.2 require one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording proxy (complete: trace ids, metadata, retries, Do-Not-Track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1:8788</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upstream URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the gateway&apos;s GET /log/stream; nothing to change in your clients. The stream keeps no history, carries no trace ids, metadata or retry counts, logs streamed answers without their content, and cannot honour Do-Not-Track: requests sent with x-portkey-debug: false are stored with their prompts and answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your client or SDK at the listen address (for the Portkey SDK, baseURL http://%1/v1). Every request is forwarded unchanged to the upstream and stored as the client saw it, with trace ids, metadata, retries and streamed answers; Do-Not-Track requests are kept as statistics only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway URL must be an http:// or https:// address, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on takes HOST:PORT with an IP address, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream URL must be an http:// or https:// address, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Portkey Connections</source>
        <translation>Portkey-Verbindungen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>prod</source>
        <translation>prod</translation>
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation>&amp;Control Plane:</translation>
    </message>
    <message>
        <source>https://api.portkey.ai/v1</source>
        <translation>https://api.portkey.ai/v1</translation>
    </message>
    <message>
        <source>&amp;Data plane:</source>
        <translation>&amp;Data Plane:</translation>
    </message>
    <message>
        <source>the same as the control plane</source>
        <translation>wie die Control Plane</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Workspace:</translation>
    </message>
    <message>
        <source>the key&apos;s own workspace</source>
        <translation>der Workspace des Schlüssels</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Synced up to:</source>
        <translation>Synchronisiert bis:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Ask the control plane whether the key is accepted</source>
        <translation>Die Control Plane fragen, ob der Schlüssel akzeptiert wird</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain service is running on this computer (%1).

Keep the API key in a file that only you can read (%2)? Anyone who can log in as you, or read your backups, can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored; type a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key (app.portkey.ai &gt; API Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: no keychain service is running, and the key was not to be kept in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The control plane accepted the key (%n virtual key(s) visible).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlPlaneClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write the downloaded export to %1: %2</source>
        <translation>Der heruntergeladene Export kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>download the export file</source>
        <translation>die Exportdatei herunterladen</translation>
    </message>
    <message>
        <source>The control plane answered %1 without %2.</source>
        <translation>Die Control Plane hat %1 ohne %2 geantwortet.</translation>
    </message>
    <message>
        <source>export logs</source>
        <translation>Logs exportieren</translation>
    </message>
    <message>
        <source>an export id</source>
        <translation>eine Export-ID</translation>
    </message>
    <message>
        <source>start a log export</source>
        <translation>einen Log-Export starten</translation>
    </message>
    <message>
        <source>check a log export</source>
        <translation>einen Log-Export prüfen</translation>
    </message>
    <message>
        <source>a known export status (got &apos;%1&apos;)</source>
        <translation>einen bekannten Exportstatus (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>cancel a log export</source>
        <translation>einen Log-Export abbrechen</translation>
    </message>
    <message>
        <source>download a log export</source>
        <translation>einen Log-Export herunterladen</translation>
    </message>
    <message>
        <source>a download URL (signed_url)</source>
        <translation>eine Download-URL (signed_url)</translation>
    </message>
    <message>
        <source>open log %1</source>
        <translation>Log %1 öffnen</translation>
    </message>
    <message>
        <source>a readable log object (%1)</source>
        <translation>ein lesbares Log-Objekt (%1)</translation>
    </message>
    <message>
        <source>send feedback</source>
        <translation>Feedback senden</translation>
    </message>
    <message>
        <source>The control plane rejected the feedback: %1</source>
        <translation>Die Control Plane hat das Feedback abgelehnt: %1</translation>
    </message>
    <message>
        <source>update feedback</source>
        <translation>Feedback aktualisieren</translation>
    </message>
    <message>
        <source>read config %1</source>
        <translation>Config %1 lesen</translation>
    </message>
    <message>
        <source>a config object</source>
        <translation>ein Config-Objekt</translation>
    </message>
    <message>
        <source>read prompt %1</source>
        <translation>Prompt %1 lesen</translation>
    </message>
    <message>
        <source>list the versions of prompt %1</source>
        <translation>die Versionen von Prompt %1 auflisten</translation>
    </message>
    <message>
        <source>render prompt %1</source>
        <translation>Prompt %1 rendern</translation>
    </message>
    <message>
        <source>run prompt %1</source>
        <translation>Prompt %1 ausführen</translation>
    </message>
    <message>
        <source>list virtual keys</source>
        <translation>virtuelle Schlüssel auflisten</translation>
    </message>
    <message>
        <source>read virtual key %1</source>
        <translation>virtuellen Schlüssel %1 lesen</translation>
    </message>
    <message>
        <source>read provider %1</source>
        <translation>Anbieter %1 lesen</translation>
    </message>
    <message>
        <source>read the %1 analytics</source>
        <translation>die Analyse %1 lesen</translation>
    </message>
    <message>
        <source>an analytics graph</source>
        <translation>ein Analysediagramm</translation>
    </message>
    <message>
        <source> after %1 attempts</source>
        <translation> nach %1 Versuchen</translation>
    </message>
    <message>
        <source>401%1 from %2: the API key was rejected. Check the connection&apos;s key (a workspace or admin key from app.portkey.ai/api-keys).</source>
        <translation>401%1 von %2: Der API-Schlüssel wurde abgelehnt. Prüfen Sie den Schlüssel der Verbindung (ein Workspace- oder Admin-Schlüssel von app.portkey.ai/api-keys).</translation>
    </message>
    <message>
        <source>403%1 from %2: the API key may not %3</source>
        <translation>403%1 von %2: Der API-Schlüssel darf nicht: %3</translation>
    </message>
    <message>
        <source>: it lacks the scope %1</source>
        <translation>: ihm fehlt der Scope %1</translation>
    </message>
    <message>
        <source>, or the plan has no log export (log export needs the Enterprise plan)</source>
        <translation>, oder der Tarif enthält keinen Log-Export (Log-Export erfordert den Enterprise-Tarif)</translation>
    </message>
    <message>
        <source>, or the resource does not exist in this workspace</source>
        <translation>, oder die Ressource existiert in diesem Workspace nicht</translation>
    </message>
    <message>
        <source>402%1 from %2: the Portkey subscription is exhausted, so it will not %3. Raise the plan&apos;s limits or wait for the next billing period.</source>
        <translation>402%1 von %2: Das Portkey-Abonnement ist ausgeschöpft, daher wird Folgendes nicht ausgeführt: %3. Erhöhen Sie die Limits des Tarifs oder warten Sie auf den nächsten Abrechnungszeitraum.</translation>
    </message>
    <message>
        <source>404%1 from %2: not found, could not %3. Check the id and the connection&apos;s workspace.</source>
        <translation>404%1 von %2: nicht gefunden, konnte nicht: %3. Prüfen Sie die ID und den Workspace der Verbindung.</translation>
    </message>
    <message>
        <source>429%1 from %2: rate limit exceeded%3, so could not %4. Try again %5.</source>
        <translation>429%1 von %2: Ratenlimit überschritten%3, daher nicht möglich: %4. Versuchen Sie es %5 erneut.</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>%1%2 from %3: the request to %4 was refused%5.</source>
        <translation>%1%2 von %3: Die Anfrage (%4) wurde abgelehnt%5.</translation>
    </message>
    <message>
        <source>%1 from %2%3: the control plane failed, could not %4. Try again later.</source>
        <translation>%1 von %2%3: Die Control Plane ist fehlgeschlagen, konnte nicht: %4. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>No answer from %1%2, could not %3. Check the network or try again later.</source>
        <translation>Keine Antwort von %1%2, konnte nicht: %3. Prüfen Sie das Netzwerk oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cannot reach %1%2 (%3), could not %4. Check the URL and the network.</source>
        <translation>%1%2 ist nicht erreichbar (%3), konnte nicht: %4. Prüfen Sie die URL und das Netzwerk.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Verification stays on: install the server&apos;s CA certificate or fix the URL.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Die Prüfung bleibt aktiv: Installieren Sie das CA-Zertifikat des Servers oder korrigieren Sie die URL.</translation>
    </message>
</context>
<context>
    <name>DeepLink</name>
    <message>
        <source>The link is empty.</source>
        <translation>Der Link ist leer.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Der Link ist zu lang.</translation>
    </message>
    <message>
        <source>Not a Gatescope link: it must start with gatescope://log/ or gatescope://trace/.</source>
        <translation>Kein Gatescope-Link: Er muss mit gatescope://log/ oder gatescope://trace/ beginnen.</translation>
    </message>
    <message>
        <source>A Gatescope link has no #fragment.</source>
        <translation>Ein Gatescope-Link hat kein #Fragment.</translation>
    </message>
    <message>
        <source>A Gatescope link names a log or a trace: gatescope://log/&lt;id&gt; or gatescope://trace/&lt;trace-id&gt;.</source>
        <translation>Ein Gatescope-Link nennt einen Log oder einen Trace: gatescope://log/&lt;id&gt; oder gatescope://trace/&lt;trace-id&gt;.</translation>
    </message>
    <message>
        <source>The link has no id.</source>
        <translation>Der Link enthält keine ID.</translation>
    </message>
    <message>
        <source>An id in a link cannot contain &quot;/&quot;.</source>
        <translation>Eine ID in einem Link darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>The id in the link is not valid: ids are up to %1 letters, digits and the characters . _ : - (no &quot;..&quot;).</source>
        <translation>Die ID im Link ist ungültig: IDs bestehen aus bis zu %1 Buchstaben, Ziffern und den Zeichen . _ : - (kein „..“).</translation>
    </message>
    <message>
        <source>The only option a link may have is ?store=&lt;name&gt;.</source>
        <translation>Die einzige Option eines Links ist ?store=&lt;name&gt;.</translation>
    </message>
    <message>
        <source>The link names the store twice.</source>
        <translation>Der Link nennt den Speicher zweimal.</translation>
    </message>
    <message>
        <source>The store name in the link is not valid.</source>
        <translation>Der Speichername im Link ist ungültig.</translation>
    </message>
    <message>
        <source>A template is an http(s) URL, for example %1.</source>
        <translation>Eine Vorlage ist eine http(s)-URL, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>A template names exactly one {logId} or {traceId}.</source>
        <translation>Eine Vorlage enthält genau ein {logId} oder {traceId}.</translation>
    </message>
    <message>
        <source>Not a Portkey link.</source>
        <translation>Kein Portkey-Link.</translation>
    </message>
    <message>
        <source>The link has a malformed %-escape.</source>
        <translation>Der Link enthält eine fehlerhafte %-Kodierung.</translation>
    </message>
    <message>
        <source>This Portkey link names no log or trace that Gatescope knows how to open (the Portkey URL templates are in Settings).</source>
        <translation>Dieser Portkey-Link nennt keinen Log und keinen Trace, den Gatescope öffnen kann (die Portkey-URL-Vorlagen stehen in den Einstellungen).</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Close the panel (Esc)</source>
        <translation>Bereich schließen (Esc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>No log selected</source>
        <translation>Kein Log ausgewählt</translation>
    </message>
    <message>
        <source>Select a log in the list to see its request, response and what the gateway did.</source>
        <translation>Wählen Sie einen Log in der Liste, um Anfrage, Antwort und das Vorgehen des Gateways zu sehen.</translation>
    </message>
    <message>
        <source>This request was sent with x-portkey-debug: false (Do-Not-Track); only its statistics were kept.</source>
        <translation>Diese Anfrage wurde mit x-portkey-debug: false (Do-Not-Track) gesendet; nur ihre Statistik wurde gespeichert.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The log could not be loaded.</source>
        <translation>Der Log konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the log</source>
        <translation>Log konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unbekanntes Modell</translation>
    </message>
    <message>
        <source>Content not tracked</source>
        <translation>Inhalt nicht erfasst</translation>
    </message>
    <message>
        <source>No source record</source>
        <translation>Kein Quelldatensatz</translation>
    </message>
    <message>
        <source>This log was stored without its original record.</source>
        <translation>Dieser Log wurde ohne seinen ursprünglichen Datensatz gespeichert.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>Gestreamt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Log id</source>
        <translation>Log-ID</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Verbrauch</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Completion-Tokens</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>Reasoning-Tokens</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Tokens gesamt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>estimated from the pricing table</source>
        <translation>aus der Preistabelle geschätzt</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Bedient von</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>%1 %2/%3, %4, %5</source>
        <translation>%1 %2/%3, %4, %5</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Virtual key</source>
        <translation>Virtueller Schlüssel</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace-ID</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <source>Parent span</source>
        <translation>Übergeordneter Span</translation>
    </message>
    <message>
        <source>Span name</source>
        <translation>Span-Name</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1 (weight %2)%3</source>
        <translation>%1 (Gewicht %2)%3</translation>
    </message>
    <message>
        <source>, not synced</source>
        <translation>, nicht synchronisiert</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>no (Do-Not-Track)</source>
        <translation>nein (Do-Not-Track)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay of</source>
        <translation>Wiederholung von</translation>
    </message>
    <message>
        <source>Config %1 copied to the clipboard</source>
        <translation>Config %1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Prompt %1 copied to the clipboard</source>
        <translation>Prompt %1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in a few seconds</source>
        <translation>in wenigen Sekunden</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Endpoint unknown</source>
        <translation>Endpunkt unbekannt</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>Gestreamt</translation>
    </message>
    <message>
        <source>Not streamed</source>
        <translation>Nicht gestreamt</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>Bedient von: %1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <source>Completion: %1</source>
        <translation>Completion: %1</translation>
    </message>
    <message>
        <source>Reasoning: %1</source>
        <translation>Reasoning: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>%1 cents, estimated from the pricing table</source>
        <translation>%1 Cent, aus der Preistabelle geschätzt</translation>
    </message>
    <message>
        <source>%1 cents, as reported by the gateway</source>
        <translation>%1 Cent, vom Gateway gemeldet</translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation>Zeit bis zum ersten Token: %1</translation>
    </message>
    <message>
        <source>No feedback</source>
        <translation>Kein Feedback</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback entry(s), weighted average %1</source>
        <translation>
            <numerusform>%n Feedback-Eintrag, gewichteter Durchschnitt %1</numerusform>
            <numerusform>%n Feedback-Einträge, gewichteter Durchschnitt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No trace id</source>
        <translation>Keine Trace-ID</translation>
    </message>
    <message>
        <source>Trace: %1</source>
        <translation>Trace: %1</translation>
    </message>
    <message>
        <source>Span: %1</source>
        <translation>Span: %1</translation>
    </message>
    <message>
        <source>Parent span: %1</source>
        <translation>Übergeordneter Span: %1</translation>
    </message>
    <message>
        <source>Span name: %1</source>
        <translation>Span-Name: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No logs yet</source>
        <translation>Noch keine Logs</translation>
    </message>
    <message>
        <source>Gatescope shows every request your AI gateway handled. Start with an exported log file, or look around with demo data.</source>
        <translation>Gatescope zeigt jede Anfrage, die Ihr KI-Gateway bearbeitet hat. Beginnen Sie mit einer exportierten Log-Datei oder sehen Sie sich mit Demodaten um.</translation>
    </message>
    <message>
        <source>Open an export file…</source>
        <translation>Exportdatei öffnen…</translation>
    </message>
    <message>
        <source>Connect to a gateway</source>
        <translation>Mit einem Gateway verbinden</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>You can also drop export files (JSONL, CSV, JSON) anywhere on this window.</source>
        <translation>Sie können Exportdateien (JSONL, CSV, JSON) auch einfach auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Capture requests live from a Portkey gateway&apos;s log stream, or through a recording proxy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: model:gpt-4o status:&gt;=400 cache:hit user:alice &quot;exact phrase&quot; (Ctrl+F)</source>
        <translation>Filter: model:gpt-4o status:&gt;=400 cache:hit user:alice &quot;genaue Phrase&quot; (Strg+F)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Filters used before (Up and Down in the bar)</source>
        <translation>Zuvor verwendete Filter (Pfeil hoch/runter in der Leiste)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply the filter (Enter)</source>
        <translation>Filter anwenden (Eingabe)</translation>
    </message>
    <message>
        <source>No filters used yet</source>
        <translation>Noch keine Filter verwendet</translation>
    </message>
    <message>
        <source>%1 (at “%2”, column %3)</source>
        <translation>%1 (bei „%2“, Spalte %3)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 px, %4%5</source>
        <translation>%1 — %2 × %3 px, %4%5</translation>
    </message>
    <message>
        <source>Image — %1%</source>
        <translation>Bild — %1 %</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Grund für das Überspringen</translation>
    </message>
    <message>
        <source>%1 logs imported, %2 already in the store, %3 lines skipped.</source>
        <translation>%1 Logs importiert, %2 bereits im Speicher, %3 Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>The import was cancelled; everything before it was kept.</source>
        <translation>Der Import wurde abgebrochen; alles bis dahin Importierte bleibt erhalten.</translation>
    </message>
    <message>
        <source>The store refused a batch; the import stopped there.</source>
        <translation>Der Speicher hat einen Stapel abgelehnt; der Import wurde dort beendet.</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>ganze Datei</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>‹%1, %2 base64›</source>
        <translation>‹%1, %2 Base64›</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s); Copy Value copies all of it</source>
        <translation>
            <numerusform>%n Zeichen; „Wert kopieren“ kopiert alles</numerusform>
            <numerusform>%n Zeichen; „Wert kopieren“ kopiert alles</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>‹base64, %1›</source>
        <translation>‹Base64, %1›</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Show the JSON as a tree</source>
        <translation>JSON als Baum anzeigen</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>Text anzeigen</translation>
    </message>
    <message>
        <source>Find (Enter for next)</source>
        <translation>Suchen (Eingabe für nächsten Treffer)</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Expand every node</source>
        <translation>Alle Knoten aufklappen</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation>Ausgewählten Wert kopieren</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the selected node&apos;s path</source>
        <translation>Pfad des ausgewählten Knotens kopieren</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the body as it was recorded</source>
        <translation>Den Body so speichern, wie er aufgezeichnet wurde</translation>
    </message>
    <message>
        <source>Open Raw</source>
        <translation>Roh öffnen</translation>
    </message>
    <message>
        <source>No body recorded</source>
        <translation>Kein Body aufgezeichnet</translation>
    </message>
    <message>
        <source>The source did not include this body.</source>
        <translation>Die Quelle enthielt diesen Body nicht.</translation>
    </message>
    <message>
        <source>This body is %1, too large to show as a tree. The preview shows its beginning; Open Raw shows all of it as text.</source>
        <translation>Dieser Body ist %1 groß, zu groß für die Baumansicht. Die Vorschau zeigt den Anfang; „Roh öffnen“ zeigt alles als Text.</translation>
    </message>
    <message>
        <source>Save Body</source>
        <translation>Body speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>Der Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Recording proxy on http://%1, forwarding to %2</source>
        <translation>Aufzeichnender Proxy auf http://%1, leitet weiter an %2</translation>
    </message>
    <message>
        <source>An event could not be read: %1</source>
        <translation>Ein Ereignis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>The store could not be opened.</source>
        <translation>Der Speicher konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>k. A.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in UTC</source>
        <translation>Zeiten in UTC</translation>
    </message>
    <message>
        <source>Times in the local time zone</source>
        <translation>Zeiten in der lokalen Zeitzone</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gatescope</source>
        <translation>Gatescope</translation>
    </message>
    <message>
        <source>Query failed: %1</source>
        <translation>Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>Der Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Logs…</source>
        <translation>Logs &amp;importieren…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation>&amp;Demodaten laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy Log &amp;Link</source>
        <translation>Log-&amp;Link kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Link…</source>
        <translation>Link ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Detail Panel</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>&amp;Trace View</source>
        <translation>&amp;Trace-Ansicht</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Dar&amp;k Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>Allow &amp;Network Images</source>
        <translation>&amp;Netzwerkbilder erlauben</translation>
    </message>
    <message>
        <source>Fetch images that logs reference by URL (up to 8 MB each)</source>
        <translation>Bilder laden, auf die Logs per URL verweisen (je bis zu 8 MB)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Log</source>
        <translation>&amp;Nächster Log</translation>
    </message>
    <message>
        <source>&amp;Previous Log</source>
        <translation>&amp;Vorheriger Log</translation>
    </message>
    <message>
        <source>&amp;Open Log</source>
        <translation>Log ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Close Panel</source>
        <translation>Bereich &amp;schließen</translation>
    </message>
    <message>
        <source>Page &amp;Up</source>
        <translation>Seite &amp;hoch</translation>
    </message>
    <message>
        <source>Page &amp;Down</source>
        <translation>Seite &amp;runter</translation>
    </message>
    <message>
        <source>&amp;First Log</source>
        <translation>&amp;Erster Log</translation>
    </message>
    <message>
        <source>&amp;Last Log</source>
        <translation>&amp;Letzter Log</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Status Column &amp;Legend</source>
        <translation>&amp;Legende der Statusspalte</translation>
    </message>
    <message>
        <source>&amp;Filter Language</source>
        <translation>&amp;Filtersprache</translation>
    </message>
    <message>
        <source>Filter Language</source>
        <translation>Filtersprache</translation>
    </message>
    <message>
        <source>Terms are ANDed; OR between two terms; - negates.

model:gpt-4o  provider:openai  status:&gt;=400  status:5xx  type:chat
cache:hit  retry:failed  fallback:active  lb:active  trace:ID
user:alice  meta.env:prod  tokens:&gt;1000  cost:0.5..2  latency:&gt;2000
tracked:false  after:2026-01-01  &quot;exact phrase&quot;  word  -model:gpt-3.5

field:value matches the whole value; value* matches a prefix.</source>
        <translation>Begriffe werden UND-verknüpft; OR zwischen zwei Begriffen; - verneint.

model:gpt-4o  provider:openai  status:&gt;=400  status:5xx  type:chat
cache:hit  retry:failed  fallback:active  lb:active  trace:ID
user:alice  meta.env:prod  tokens:&gt;1000  cost:0.5..2  latency:&gt;2000
tracked:false  after:2026-01-01  &quot;genaue Phrase&quot;  Wort  -model:gpt-3.5

feld:wert passt auf den ganzen Wert; wert* passt auf einen Anfang.</translation>
    </message>
    <message>
        <source>&amp;About Gatescope</source>
        <translation>Ü&amp;ber Gatescope</translation>
    </message>
    <message>
        <source>About Gatescope</source>
        <translation>Über Gatescope</translation>
    </message>
    <message>
        <source>Gatescope %1
A desktop log browser for AI gateway traffic.</source>
        <translation>Gatescope %1
Ein Desktop-Log-Browser für den Verkehr von KI-Gateways.</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Counting logs…</source>
        <translation>Logs werden gezählt…</translation>
    </message>
    <message>
        <source>%1 logs</source>
        <translation>%1 Logs</translation>
    </message>
    <message>
        <source>%1 logs match the filter</source>
        <translation>%1 Logs passen zum Filter</translation>
    </message>
    <message>
        <source>Select a log first.</source>
        <translation>Wählen Sie zuerst einen Log.</translation>
    </message>
    <message>
        <source>This log&apos;s id cannot be put in a link: %1</source>
        <translation>Die ID dieses Logs kann nicht in einen Link gesetzt werden: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Cannot open the link: %1</source>
        <translation>Der Link kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the link names the store &quot;%1&quot;; this window shows %2</source>
        <translation>der Link nennt den Speicher „%1“; dieses Fenster zeigt %2</translation>
    </message>
    <message>
        <source>This log is not in the local store (%1): %2
No control-plane connection is set up to fetch it.</source>
        <translation>Dieser Log ist nicht im lokalen Speicher (%1): %2
Es ist keine Control-Plane-Verbindung eingerichtet, um ihn abzurufen.</translation>
    </message>
    <message>
        <source>This trace is not in the local store (%1): %2
No control-plane connection is set up to fetch it.</source>
        <translation>Dieser Trace ist nicht im lokalen Speicher (%1): %2
Es ist keine Control-Plane-Verbindung eingerichtet, um ihn abzurufen.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Generating %1 demo logs…</source>
        <translation>%1 Demo-Logs werden erzeugt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Demodaten werden geladen…</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>Der Speicher konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 demo logs added</source>
        <translation>%1 Demo-Logs hinzugefügt</translation>
    </message>
    <message>
        <source>Demo data failed: %1</source>
        <translation>Demodaten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Import Logs</source>
        <translation>Logs importieren</translation>
    </message>
    <message>
        <source>Log exports (*.jsonl *.json *.csv *.ndjson);;All files (*)</source>
        <translation>Log-Exporte (*.jsonl *.json *.csv *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3): %4 logs</source>
        <translation>Importiere %1 (%2 von %3): %4 Logs</translation>
    </message>
    <message>
        <source>Imported %1 logs, %2 lines skipped</source>
        <translation>%1 Logs importiert, %2 Zeilen übersprungen</translation>
    </message>
    <message>
        <source>Co&amp;nnect to Gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest live logs in view; off, the list stays where you read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n live log(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>following</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new above</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording proxy: point clients at http://%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway log stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live capture could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenLinkDialog</name>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Paste a Gatescope link (gatescope://log/…) or a Portkey app URL that names a log or a trace:</source>
        <translation>Fügen Sie einen Gatescope-Link (gatescope://log/…) oder eine Portkey-App-URL ein, die einen Log oder Trace nennt:</translation>
    </message>
    <message>
        <source>gatescope://log/&lt;id&gt;</source>
        <translation>gatescope://log/&lt;id&gt;</translation>
    </message>
    <message>
        <source>Opens log %1.</source>
        <translation>Öffnet Log %1.</translation>
    </message>
    <message>
        <source>Opens trace %1.</source>
        <translation>Öffnet Trace %1.</translation>
    </message>
</context>
<context>
    <name>ProxyConnection</name>
    <message>
        <source>the upstream closed the connection</source>
        <translation>der Upstream hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the upstream sent a malformed response (%1)</source>
        <translation>der Upstream hat eine fehlerhafte Antwort gesendet (%1)</translation>
    </message>
    <message>
        <source>the upstream broke off the response: %1</source>
        <translation>der Upstream hat die Antwort abgebrochen: %1</translation>
    </message>
    <message>
        <source>the upstream %1 could not be reached: %2</source>
        <translation>der Upstream %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>RecordingProxy</name>
    <message>
        <source>the upstream must be an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation>der Upstream muss eine http://- oder https://-URL sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Gatescope starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Gatescope.</translation>
    </message>
    <message>
        <source>&amp;Portkey URL templates, one per line. {logId} or {traceId} marks the id; any other {name} matches one part of the URL:</source>
        <translation>&amp;Portkey-URL-Vorlagen, eine pro Zeile. {logId} oder {traceId} markiert die ID; jedes andere {name} passt auf einen Teil der URL:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>%1
(in: %2)</source>
        <translation>%1
(in: %2)</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Gatescope window is running on this store.</source>
        <translation>Auf diesem Speicher läuft bereits ein anderes Gatescope-Fenster.</translation>
    </message>
    <message>
        <source>Cannot create the local socket %1: %2</source>
        <translation>Der lokale Socket %1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>HTTP ?</source>
        <translation>HTTP ?</translation>
    </message>
    <message>
        <source>HTTP status unknown</source>
        <translation>HTTP-Status unbekannt</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>Semantic hit</source>
        <translation>Semantischer Treffer</translation>
    </message>
    <message>
        <source>Cache miss</source>
        <translation>Cache-Fehlschlag</translation>
    </message>
    <message>
        <source>Semantic miss</source>
        <translation>Semantischer Fehlschlag</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Wiederholung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retry ×%1</source>
        <translation>Wiederholung ×%1</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Loadbalance</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>Cache Disabled</source>
        <translation>Cache deaktiviert</translation>
    </message>
    <message>
        <source>Cache Miss</source>
        <translation>Cache-Fehlschlag</translation>
    </message>
    <message>
        <source>Cache Refreshed</source>
        <translation>Cache aktualisiert</translation>
    </message>
    <message>
        <source>Cache Hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>Cache Semantic Hit</source>
        <translation>Semantischer Cache-Treffer</translation>
    </message>
    <message>
        <source>Cache Unknown</source>
        <translation>Cache unbekannt</translation>
    </message>
    <message>
        <source>Retry Unknown</source>
        <translation>Wiederholung unbekannt</translation>
    </message>
    <message>
        <source>Retry Not Triggered</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Wiederholung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retry Success on %1 Tries</source>
        <translation>Erfolg nach %1 Versuchen</translation>
    </message>
    <message>
        <source>Fallback Unknown</source>
        <translation>Fallback unbekannt</translation>
    </message>
    <message>
        <source>Fallback Active</source>
        <translation>Fallback aktiv</translation>
    </message>
    <message>
        <source>Fallback Disabled</source>
        <translation>Fallback deaktiviert</translation>
    </message>
    <message>
        <source>Loadbalancer Unknown</source>
        <translation>Lastverteiler unbekannt</translation>
    </message>
    <message>
        <source>Loadbalancer Active</source>
        <translation>Lastverteiler aktiv</translation>
    </message>
    <message>
        <source>Loadbalancer Disabled</source>
        <translation>Lastverteiler deaktiviert</translation>
    </message>
</context>
<context>
    <name>StatusLegendDialog</name>
    <message>
        <source>Status Column Legend</source>
        <translation>Legende der Statusspalte</translation>
    </message>
    <message>
        <source>Each chip is one thing the gateway did for the request. Hover a chip in the list for Portkey&apos;s label. States the source could not know share one dashed &quot;Unknown&quot; chip; disabled features show no chip.</source>
        <translation>Jeder Chip steht für etwas, das das Gateway für die Anfrage getan hat. Fahren Sie in der Liste mit der Maus über einen Chip, um die Bezeichnung von Portkey zu sehen. Zustände, die die Quelle nicht kennen konnte, teilen sich einen gestrichelten Chip „Unbekannt“; deaktivierte Funktionen zeigen keinen Chip.</translation>
    </message>
    <message>
        <source>HTTP status of the answer</source>
        <translation>HTTP-Status der Antwort</translation>
    </message>
    <message>
        <source>HTTP client error (4xx)</source>
        <translation>HTTP-Clientfehler (4xx)</translation>
    </message>
    <message>
        <source>HTTP server error (5xx)</source>
        <translation>HTTP-Serverfehler (5xx)</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>Cache Hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>Semantic hit</source>
        <translation>Semantischer Treffer</translation>
    </message>
    <message>
        <source>Cache Semantic Hit</source>
        <translation>Semantischer Cache-Treffer</translation>
    </message>
    <message>
        <source>Cache miss</source>
        <translation>Cache-Fehlschlag</translation>
    </message>
    <message>
        <source>Cache Miss</source>
        <translation>Cache-Fehlschlag</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Cache Refreshed</source>
        <translation>Cache aktualisiert</translation>
    </message>
    <message>
        <source>Retry Success on 3 Tries</source>
        <translation>Erfolg nach 3 Versuchen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Wiederholung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Wiederholung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Fallback Active</source>
        <translation>Fallback aktiv</translation>
    </message>
    <message>
        <source>Loadbalance</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <source>Loadbalancer Active</source>
        <translation>Lastverteiler aktiv</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The source could not know it (e.g. the live stream has no retry count)</source>
        <translation>Die Quelle konnte es nicht wissen (z. B. enthält der Live-Stream keine Wiederholungsanzahl)</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Meaning (Portkey&apos;s label)</source>
        <translation>Bedeutung (Bezeichnung bei Portkey)</translation>
    </message>
    <message>
        <source>Retry ×3</source>
        <translation>Wiederholung ×3</translation>
    </message>
</context>
<context>
    <name>StreamSubscriber</name>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>%1 from the gateway: it requires an admin token</source>
        <translation>%1 vom Gateway: Es verlangt ein Admin-Token</translation>
    </message>
    <message>
        <source>%1 from the gateway: the admin token was rejected</source>
        <translation>%1 vom Gateway: Das Admin-Token wurde abgelehnt</translation>
    </message>
    <message>
        <source>404 from the gateway: it has no /log/stream (started with --headless or in production mode?)</source>
        <translation>404 vom Gateway: Es hat kein /log/stream (mit --headless oder im Produktionsmodus gestartet?)</translation>
    </message>
    <message>
        <source>HTTP %1 from the gateway&apos;s /log/stream</source>
        <translation>HTTP %1 vom /log/stream des Gateways</translation>
    </message>
    <message>
        <source>no data from the gateway for %1 s (not even a heartbeat)</source>
        <translation>seit %1 s keine Daten vom Gateway (nicht einmal ein Heartbeat)</translation>
    </message>
    <message>
        <source>the gateway ended the stream</source>
        <translation>das Gateway hat den Stream beendet</translation>
    </message>
    <message>
        <source>%1; reconnecting in %2 s</source>
        <translation>%1; neue Verbindung in %2 s</translation>
    </message>
    <message>
        <source>the stream broke off (gateway restarted?); it keeps no history</source>
        <translation>der Stream brach ab (Gateway neu gestartet?); er hat keinen Verlauf</translation>
    </message>
    <message>
        <source>the stream was interrupted</source>
        <translation>der Stream wurde unterbrochen</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>: the gateway restarted (event ids start again at %1)</source>
        <translation>: das Gateway wurde neu gestartet (Ereignis-IDs beginnen wieder bei %1)</translation>
    </message>
    <message>
        <source>: events %1 to %2 never arrived</source>
        <translation>: Ereignisse %1 bis %2 sind nie angekommen</translation>
    </message>
    <message>
        <source>events %1 to %2 never arrived</source>
        <translation>Ereignisse %1 bis %2 sind nie angekommen</translation>
    </message>
    <message>
        <source>event ids started again at %1</source>
        <translation>Ereignis-IDs begannen wieder bei %1</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <source>gateway stream %1</source>
        <translation>Gateway-Stream %1</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>The image is larger than the limit of %1 MB.</source>
        <translation>Das Bild überschreitet die Grenze von %1 MB.</translation>
    </message>
    <message>
        <source>This image is on the network (%1). Allow network images in the View menu to load it.</source>
        <translation>Dieses Bild liegt im Netzwerk (%1). Erlauben Sie Netzwerkbilder im Menü „Ansicht“, um es zu laden.</translation>
    </message>
    <message>
        <source>The image could not be decoded.</source>
        <translation>Das Bild konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The log could not be loaded.</source>
        <translation>Der Log konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The image is not in the log&apos;s bodies.</source>
        <translation>Das Bild ist nicht in den Bodies des Logs enthalten.</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Generated image (response)</source>
        <translation>Erzeugtes Bild (Antwort)</translation>
    </message>
    <message>
        <source>Sent image (request)</source>
        <translation>Gesendetes Bild (Anfrage)</translation>
    </message>
    <message>
        <source>Remote image: allow network images in the View menu to load it</source>
        <translation>Entferntes Bild: Erlauben Sie Netzwerkbilder im Menü „Ansicht“, um es zu laden</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Zum Öffnen klicken</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>Trace / span</source>
        <translation>Trace / Span</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Loading traces…</source>
        <translation>Traces werden geladen…</translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message numerus="yes">
        <source>%n log(s)</source>
        <translation>
            <numerusform>%n Log</numerusform>
            <numerusform>%n Logs</numerusform>
        </translation>
    </message>
    <message>
        <source>span %1</source>
        <translation>Span %1</translation>
    </message>
    <message>
        <source>log %1</source>
        <translation>Log %1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>attempt %1: %2</source>
        <translation>Versuch %1: %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>No traces: none of the logs in the list has a trace id.</source>
        <translation>Keine Traces: Keiner der Logs in der Liste hat eine Trace-ID.</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>[remote image: %1]</source>
        <translation>[entferntes Bild: %1]</translation>
    </message>
    <message>
        <source>[image that could not be decoded]</source>
        <translation>[Bild, das nicht dekodiert werden konnte]</translation>
    </message>
    <message>
        <source>Click to open the image (%1 × %2 px)</source>
        <translation>Zum Öffnen des Bildes klicken (%1 × %2 px)</translation>
    </message>
    <message>
        <source>Tool call %1: %2</source>
        <translation>Tool-Aufruf %1: %2</translation>
    </message>
    <message>
        <source>Tool result for %1</source>
        <translation>Tool-Ergebnis für %1</translation>
    </message>
    <message>
        <source>[audio input]</source>
        <translation>[Audioeingabe]</translation>
    </message>
    <message>
        <source>result of %1</source>
        <translation>Ergebnis von %1</translation>
    </message>
    <message>
        <source>Refusal: %1</source>
        <translation>Ablehnung: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop log browser for AI gateway traffic</source>
        <translation>Desktop-Log-Browser für den Verkehr von KI-Gateways</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>Der zu öffnende Speicher.</translation>
    </message>
    <message>
        <source>Fill an empty store with demo logs.</source>
        <translation>Einen leeren Speicher mit Demo-Logs füllen.</translation>
    </message>
    <message>
        <source>Save a screenshot once loaded, then quit.</source>
        <translation>Nach dem Laden ein Bildschirmfoto speichern und beenden.</translation>
    </message>
    <message>
        <source>Start with this filter.</source>
        <translation>Mit diesem Filter starten.</translation>
    </message>
    <message>
        <source>Select this row of the list.</source>
        <translation>Diese Zeile der Liste auswählen.</translation>
    </message>
    <message>
        <source>Open this detail tab (0-4).</source>
        <translation>Diesen Detail-Reiter öffnen (0-4).</translation>
    </message>
    <message>
        <source>Start in the trace view.</source>
        <translation>In der Trace-Ansicht starten.</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>Die dunkle Palette verwenden.</translation>
    </message>
    <message>
        <source>Use this language (de, ja, zh_CN, en) instead of the system&apos;s.</source>
        <translation>Diese Sprache (de, ja, zh_CN, en) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Do not hand over to a window already running.</source>
        <translation>Nicht an ein bereits laufendes Fenster übergeben.</translation>
    </message>
    <message>
        <source>A gatescope:// link (or Portkey app URL) to open.</source>
        <translation>Ein zu öffnender gatescope://-Link (oder eine Portkey-App-URL).</translation>
    </message>
</context>
</TS>
