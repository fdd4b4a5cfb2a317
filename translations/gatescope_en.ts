<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <translation>the store refused %1 records: %2</translation>
    </message>
</context>
<context>
    <name>ChatDocument</name>
    <message>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>response, finish reason: %1</source>
        <translation>response, finish reason: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n embedding(s)</source>
        <translation>
            <numerusform>%n embedding</numerusform>
            <numerusform>%n embeddings</numerusform>
        </translation>
    </message>
    <message>
        <source>generated images</source>
        <translation>generated images</translation>
    </message>
    <message>
        <source>Revised prompt: %1</source>
        <translation>Revised prompt: %1</translation>
    </message>
    <message>
        <source>No messages in this log.</source>
        <translation>No messages in this log.</translation>
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
        <translation>Portkey Connections</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
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
        <translation>&amp;Control plane:</translation>
    </message>
    <message>
        <source>https://api.portkey.ai/v1</source>
        <translation>https://api.portkey.ai/v1</translation>
    </message>
    <message>
        <source>&amp;Data plane:</source>
        <translation>&amp;Data plane:</translation>
    </message>
    <message>
        <source>the same as the control plane</source>
        <translation>the same as the control plane</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Workspace:</translation>
    </message>
    <message>
        <source>the key&apos;s own workspace</source>
        <translation>the key&apos;s own workspace</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>Synced up to:</source>
        <translation>Synced up to:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>Ask the control plane whether the key is accepted</source>
        <translation>Ask the control plane whether the key is accepted</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
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
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot write the downloaded export to %1: %2</source>
        <translation>Cannot write the downloaded export to %1: %2</translation>
    </message>
    <message>
        <source>download the export file</source>
        <translation>download the export file</translation>
    </message>
    <message>
        <source>The control plane answered %1 without %2.</source>
        <translation>The control plane answered %1 without %2.</translation>
    </message>
    <message>
        <source>export logs</source>
        <translation>export logs</translation>
    </message>
    <message>
        <source>an export id</source>
        <translation>an export id</translation>
    </message>
    <message>
        <source>start a log export</source>
        <translation>start a log export</translation>
    </message>
    <message>
        <source>check a log export</source>
        <translation>check a log export</translation>
    </message>
    <message>
        <source>a known export status (got &apos;%1&apos;)</source>
        <translation>a known export status (got &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>cancel a log export</source>
        <translation>cancel a log export</translation>
    </message>
    <message>
        <source>download a log export</source>
        <translation>download a log export</translation>
    </message>
    <message>
        <source>a download URL (signed_url)</source>
        <translation>a download URL (signed_url)</translation>
    </message>
    <message>
        <source>open log %1</source>
        <translation>open log %1</translation>
    </message>
    <message>
        <source>a readable log object (%1)</source>
        <translation>a readable log object (%1)</translation>
    </message>
    <message>
        <source>send feedback</source>
        <translation>send feedback</translation>
    </message>
    <message>
        <source>The control plane rejected the feedback: %1</source>
        <translation>The control plane rejected the feedback: %1</translation>
    </message>
    <message>
        <source>update feedback</source>
        <translation>update feedback</translation>
    </message>
    <message>
        <source>read config %1</source>
        <translation>read config %1</translation>
    </message>
    <message>
        <source>a config object</source>
        <translation>a config object</translation>
    </message>
    <message>
        <source>read prompt %1</source>
        <translation>read prompt %1</translation>
    </message>
    <message>
        <source>list the versions of prompt %1</source>
        <translation>list the versions of prompt %1</translation>
    </message>
    <message>
        <source>render prompt %1</source>
        <translation>render prompt %1</translation>
    </message>
    <message>
        <source>run prompt %1</source>
        <translation>run prompt %1</translation>
    </message>
    <message>
        <source>list virtual keys</source>
        <translation>list virtual keys</translation>
    </message>
    <message>
        <source>read virtual key %1</source>
        <translation>read virtual key %1</translation>
    </message>
    <message>
        <source>read provider %1</source>
        <translation>read provider %1</translation>
    </message>
    <message>
        <source>read the %1 analytics</source>
        <translation>read the %1 analytics</translation>
    </message>
    <message>
        <source>an analytics graph</source>
        <translation>an analytics graph</translation>
    </message>
    <message>
        <source> after %1 attempts</source>
        <translation> after %1 attempts</translation>
    </message>
    <message>
        <source>401%1 from %2: the API key was rejected. Check the connection&apos;s key (a workspace or admin key from app.portkey.ai/api-keys).</source>
        <translation>401%1 from %2: the API key was rejected. Check the connection&apos;s key (a workspace or admin key from app.portkey.ai/api-keys).</translation>
    </message>
    <message>
        <source>403%1 from %2: the API key may not %3</source>
        <translation>403%1 from %2: the API key may not %3</translation>
    </message>
    <message>
        <source>: it lacks the scope %1</source>
        <translation>: it lacks the scope %1</translation>
    </message>
    <message>
        <source>, or the plan has no log export (log export needs the Enterprise plan)</source>
        <translation>, or the plan has no log export (log export needs the Enterprise plan)</translation>
    </message>
    <message>
        <source>, or the resource does not exist in this workspace</source>
        <translation>, or the resource does not exist in this workspace</translation>
    </message>
    <message>
        <source>402%1 from %2: the Portkey subscription is exhausted, so it will not %3. Raise the plan&apos;s limits or wait for the next billing period.</source>
        <translation>402%1 from %2: the Portkey subscription is exhausted, so it will not %3. Raise the plan&apos;s limits or wait for the next billing period.</translation>
    </message>
    <message>
        <source>404%1 from %2: not found, could not %3. Check the id and the connection&apos;s workspace.</source>
        <translation>404%1 from %2: not found, could not %3. Check the id and the connection&apos;s workspace.</translation>
    </message>
    <message>
        <source>429%1 from %2: rate limit exceeded%3, so could not %4. Try again %5.</source>
        <translation>429%1 from %2: rate limit exceeded%3, so could not %4. Try again %5.</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <source>%1%2 from %3: the request to %4 was refused%5.</source>
        <translation>%1%2 from %3: the request to %4 was refused%5.</translation>
    </message>
    <message>
        <source>%1 from %2%3: the control plane failed, could not %4. Try again later.</source>
        <translation>%1 from %2%3: the control plane failed, could not %4. Try again later.</translation>
    </message>
    <message>
        <source>No answer from %1%2, could not %3. Check the network or try again later.</source>
        <translation>No answer from %1%2, could not %3. Check the network or try again later.</translation>
    </message>
    <message>
        <source>Cannot reach %1%2 (%3), could not %4. Check the URL and the network.</source>
        <translation>Cannot reach %1%2 (%3), could not %4. Check the URL and the network.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Verification stays on: install the server&apos;s CA certificate or fix the URL.</source>
        <translation>The secure connection to %1 failed: %2. Verification stays on: install the server&apos;s CA certificate or fix the URL.</translation>
    </message>
</context>
<context>
    <name>DeepLink</name>
    <message>
        <source>The link is empty.</source>
        <translation>The link is empty.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>The link is too long.</translation>
    </message>
    <message>
        <source>Not a Gatescope link: it must start with gatescope://log/ or gatescope://trace/.</source>
        <translation>Not a Gatescope link: it must start with gatescope://log/ or gatescope://trace/.</translation>
    </message>
    <message>
        <source>A Gatescope link has no #fragment.</source>
        <translation>A Gatescope link has no #fragment.</translation>
    </message>
    <message>
        <source>A Gatescope link names a log or a trace: gatescope://log/&lt;id&gt; or gatescope://trace/&lt;trace-id&gt;.</source>
        <translation>A Gatescope link names a log or a trace: gatescope://log/&lt;id&gt; or gatescope://trace/&lt;trace-id&gt;.</translation>
    </message>
    <message>
        <source>The link has no id.</source>
        <translation>The link has no id.</translation>
    </message>
    <message>
        <source>An id in a link cannot contain &quot;/&quot;.</source>
        <translation>An id in a link cannot contain &quot;/&quot;.</translation>
    </message>
    <message>
        <source>The id in the link is not valid: ids are up to %1 letters, digits and the characters . _ : - (no &quot;..&quot;).</source>
        <translation>The id in the link is not valid: ids are up to %1 letters, digits and the characters . _ : - (no &quot;..&quot;).</translation>
    </message>
    <message>
        <source>The only option a link may have is ?store=&lt;name&gt;.</source>
        <translation>The only option a link may have is ?store=&lt;name&gt;.</translation>
    </message>
    <message>
        <source>The link names the store twice.</source>
        <translation>The link names the store twice.</translation>
    </message>
    <message>
        <source>The store name in the link is not valid.</source>
        <translation>The store name in the link is not valid.</translation>
    </message>
    <message>
        <source>A template is an http(s) URL, for example %1.</source>
        <translation>A template is an http(s) URL, for example %1.</translation>
    </message>
    <message>
        <source>A template names exactly one {logId} or {traceId}.</source>
        <translation>A template names exactly one {logId} or {traceId}.</translation>
    </message>
    <message>
        <source>Not a Portkey link.</source>
        <translation>Not a Portkey link.</translation>
    </message>
    <message>
        <source>The link has a malformed %-escape.</source>
        <translation>The link has a malformed %-escape.</translation>
    </message>
    <message>
        <source>This Portkey link names no log or trace that Gatescope knows how to open (the Portkey URL templates are in Settings).</source>
        <translation>This Portkey link names no log or trace that Gatescope knows how to open (the Portkey URL templates are in Settings).</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Close the panel (Esc)</source>
        <translation>Close the panel (Esc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No log selected</source>
        <translation>No log selected</translation>
    </message>
    <message>
        <source>Select a log in the list to see its request, response and what the gateway did.</source>
        <translation>Select a log in the list to see its request, response and what the gateway did.</translation>
    </message>
    <message>
        <source>This request was sent with x-portkey-debug: false (Do-Not-Track); only its statistics were kept.</source>
        <translation>This request was sent with x-portkey-debug: false (Do-Not-Track); only its statistics were kept.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The log could not be loaded.</source>
        <translation>The log could not be loaded.</translation>
    </message>
    <message>
        <source>Could not load the log</source>
        <translation>Could not load the log</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unknown model</translation>
    </message>
    <message>
        <source>Content not tracked</source>
        <translation>Content not tracked</translation>
    </message>
    <message>
        <source>No source record</source>
        <translation>No source record</translation>
    </message>
    <message>
        <source>This log was stored without its original record.</source>
        <translation>This log was stored without its original record.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>Streamed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Time to first token</translation>
    </message>
    <message>
        <source>Log id</source>
        <translation>Log id</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt tokens</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Completion tokens</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>Reasoning tokens</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>Total tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>estimated from the pricing table</source>
        <translation>estimated from the pricing table</translation>
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
        <translation>Retry</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <translation>Load balancing</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Served by</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>outcome unknown</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Attempt %1</translation>
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
        <translation>Virtual key</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace id</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <source>Parent span</source>
        <translation>Parent span</translation>
    </message>
    <message>
        <source>Span name</source>
        <translation>Span name</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1 (weight %2)%3</source>
        <translation>%1 (weight %2)%3</translation>
    </message>
    <message>
        <source>, not synced</source>
        <translation>, not synced</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Tracked</translation>
    </message>
    <message>
        <source>no (Do-Not-Track)</source>
        <translation>no (Do-Not-Track)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay of</source>
        <translation>Replay of</translation>
    </message>
    <message>
        <source>Config %1 copied to the clipboard</source>
        <translation>Config %1 copied to the clipboard</translation>
    </message>
    <message>
        <source>Prompt %1 copied to the clipboard</source>
        <translation>Prompt %1 copied to the clipboard</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 copied to the clipboard</translation>
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
        <translation>in a few seconds</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Time unknown</translation>
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
        <translation>Endpoint unknown</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>Streamed</translation>
    </message>
    <message>
        <source>Not streamed</source>
        <translation>Not streamed</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>Served by: %1</translation>
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
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Cost unknown</source>
        <translation>Cost unknown</translation>
    </message>
    <message>
        <source>%1 cents, estimated from the pricing table</source>
        <translation>%1 cents, estimated from the pricing table</translation>
    </message>
    <message>
        <source>%1 cents, as reported by the gateway</source>
        <translation>%1 cents, as reported by the gateway</translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation>Time to first token: %1</translation>
    </message>
    <message>
        <source>No feedback</source>
        <translation>No feedback</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback entry(s), weighted average %1</source>
        <translation>
            <numerusform>%n feedback entry, weighted average %1</numerusform>
            <numerusform>%n feedback entries, weighted average %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No trace id</source>
        <translation>No trace id</translation>
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
        <translation>Parent span: %1</translation>
    </message>
    <message>
        <source>Span name: %1</source>
        <translation>Span name: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No logs yet</source>
        <translation>No logs yet</translation>
    </message>
    <message>
        <source>Gatescope shows every request your AI gateway handled. Start with an exported log file, or look around with demo data.</source>
        <translation>Gatescope shows every request your AI gateway handled. Start with an exported log file, or look around with demo data.</translation>
    </message>
    <message>
        <source>Open an export file…</source>
        <translation>Open an export file…</translation>
    </message>
    <message>
        <source>Connect to a gateway</source>
        <translation>Connect to a gateway</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>You can also drop export files (JSONL, CSV, JSON) anywhere on this window.</source>
        <translation>You can also drop export files (JSONL, CSV, JSON) anywhere on this window.</translation>
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
        <translation>Filter: model:gpt-4o status:&gt;=400 cache:hit user:alice &quot;exact phrase&quot; (Ctrl+F)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Filters used before (Up and Down in the bar)</source>
        <translation>Filters used before (Up and Down in the bar)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Apply the filter (Enter)</source>
        <translation>Apply the filter (Enter)</translation>
    </message>
    <message>
        <source>No filters used yet</source>
        <translation>No filters used yet</translation>
    </message>
    <message>
        <source>%1 (at “%2”, column %3)</source>
        <translation>%1 (at “%2”, column %3)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 px, %4%5</source>
        <translation>%1 — %2 × %3 px, %4%5</translation>
    </message>
    <message>
        <source>Image — %1%</source>
        <translation>Image — %1%</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>Save Image</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Import Finished</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Why it was skipped</translation>
    </message>
    <message>
        <source>%1 logs imported, %2 already in the store, %3 lines skipped.</source>
        <translation>%1 logs imported, %2 already in the store, %3 lines skipped.</translation>
    </message>
    <message>
        <source>The import was cancelled; everything before it was kept.</source>
        <translation>The import was cancelled; everything before it was kept.</translation>
    </message>
    <message>
        <source>The store refused a batch; the import stopped there.</source>
        <translation>The store refused a batch; the import stopped there.</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>whole file</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>‹%1, %2 base64›</source>
        <translation>‹%1, %2 base64›</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s); Copy Value copies all of it</source>
        <translation>
            <numerusform>%n character; Copy Value copies all of it</numerusform>
            <numerusform>%n characters; Copy Value copies all of it</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>‹base64, %1›</source>
        <translation>‹base64, %1›</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Tree</source>
        <translation>Tree</translation>
    </message>
    <message>
        <source>Show the JSON as a tree</source>
        <translation>Show the JSON as a tree</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>Show the text</translation>
    </message>
    <message>
        <source>Find (Enter for next)</source>
        <translation>Find (Enter for next)</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Expand All</translation>
    </message>
    <message>
        <source>Expand every node</source>
        <translation>Expand every node</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copy Value</translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation>Copy the selected value</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copy Path</translation>
    </message>
    <message>
        <source>Copy the selected node&apos;s path</source>
        <translation>Copy the selected node&apos;s path</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>Save the body as it was recorded</source>
        <translation>Save the body as it was recorded</translation>
    </message>
    <message>
        <source>Open Raw</source>
        <translation>Open Raw</translation>
    </message>
    <message>
        <source>No body recorded</source>
        <translation>No body recorded</translation>
    </message>
    <message>
        <source>The source did not include this body.</source>
        <translation>The source did not include this body.</translation>
    </message>
    <message>
        <source>This body is %1, too large to show as a tree. The preview shows its beginning; Open Raw shows all of it as text.</source>
        <translation>This body is %1, too large to show as a tree. The preview shows its beginning; Open Raw shows all of it as text.</translation>
    </message>
    <message>
        <source>Save Body</source>
        <translation>Save Body</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>The store could not be opened: %1</translation>
    </message>
    <message>
        <source>Recording proxy on http://%1, forwarding to %2</source>
        <translation>Recording proxy on http://%1, forwarding to %2</translation>
    </message>
    <message>
        <source>An event could not be read: %1</source>
        <translation>An event could not be read: %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>The store could not be opened.</source>
        <translation>The store could not be opened.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in UTC</source>
        <translation>Times in UTC</translation>
    </message>
    <message>
        <source>Times in the local time zone</source>
        <translation>Times in the local time zone</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
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
        <translation>Query failed: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>The store could not be opened: %1</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>This column cannot be sorted.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import Logs…</source>
        <translation>&amp;Import Logs…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation>Load &amp;Demo Data</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Copy Log &amp;Link</source>
        <translation>Copy Log &amp;Link</translation>
    </message>
    <message>
        <source>&amp;Open Link…</source>
        <translation>&amp;Open Link…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Detail Panel</source>
        <translation>&amp;Detail Panel</translation>
    </message>
    <message>
        <source>&amp;Trace View</source>
        <translation>&amp;Trace View</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Times in &amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>Dar&amp;k Theme</source>
        <translation>Dar&amp;k Theme</translation>
    </message>
    <message>
        <source>Allow &amp;Network Images</source>
        <translation>Allow &amp;Network Images</translation>
    </message>
    <message>
        <source>Fetch images that logs reference by URL (up to 8 MB each)</source>
        <translation>Fetch images that logs reference by URL (up to 8 MB each)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Next Log</source>
        <translation>&amp;Next Log</translation>
    </message>
    <message>
        <source>&amp;Previous Log</source>
        <translation>&amp;Previous Log</translation>
    </message>
    <message>
        <source>&amp;Open Log</source>
        <translation>&amp;Open Log</translation>
    </message>
    <message>
        <source>&amp;Close Panel</source>
        <translation>&amp;Close Panel</translation>
    </message>
    <message>
        <source>Page &amp;Up</source>
        <translation>Page &amp;Up</translation>
    </message>
    <message>
        <source>Page &amp;Down</source>
        <translation>Page &amp;Down</translation>
    </message>
    <message>
        <source>&amp;First Log</source>
        <translation>&amp;First Log</translation>
    </message>
    <message>
        <source>&amp;Last Log</source>
        <translation>&amp;Last Log</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Status Column &amp;Legend</source>
        <translation>Status Column &amp;Legend</translation>
    </message>
    <message>
        <source>&amp;Filter Language</source>
        <translation>&amp;Filter Language</translation>
    </message>
    <message>
        <source>Filter Language</source>
        <translation>Filter Language</translation>
    </message>
    <message>
        <source>Terms are ANDed; OR between two terms; - negates.

model:gpt-4o  provider:openai  status:&gt;=400  status:5xx  type:chat
cache:hit  retry:failed  fallback:active  lb:active  trace:ID
user:alice  meta.env:prod  tokens:&gt;1000  cost:0.5..2  latency:&gt;2000
tracked:false  after:2026-01-01  &quot;exact phrase&quot;  word  -model:gpt-3.5

field:value matches the whole value; value* matches a prefix.</source>
        <translation>Terms are ANDed; OR between two terms; - negates.

model:gpt-4o  provider:openai  status:&gt;=400  status:5xx  type:chat
cache:hit  retry:failed  fallback:active  lb:active  trace:ID
user:alice  meta.env:prod  tokens:&gt;1000  cost:0.5..2  latency:&gt;2000
tracked:false  after:2026-01-01  &quot;exact phrase&quot;  word  -model:gpt-3.5

field:value matches the whole value; value* matches a prefix.</translation>
    </message>
    <message>
        <source>&amp;About Gatescope</source>
        <translation>&amp;About Gatescope</translation>
    </message>
    <message>
        <source>About Gatescope</source>
        <translation>About Gatescope</translation>
    </message>
    <message>
        <source>Gatescope %1
A desktop log browser for AI gateway traffic.</source>
        <translation>Gatescope %1
A desktop log browser for AI gateway traffic.</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>The store could not be read: %1</translation>
    </message>
    <message>
        <source>Counting logs…</source>
        <translation>Counting logs…</translation>
    </message>
    <message>
        <source>%1 logs</source>
        <translation>%1 logs</translation>
    </message>
    <message>
        <source>%1 logs match the filter</source>
        <translation>%1 logs match the filter</translation>
    </message>
    <message>
        <source>Select a log first.</source>
        <translation>Select a log first.</translation>
    </message>
    <message>
        <source>This log&apos;s id cannot be put in a link: %1</source>
        <translation>This log&apos;s id cannot be put in a link: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Open Link</translation>
    </message>
    <message>
        <source>Cannot open the link: %1</source>
        <translation>Cannot open the link: %1</translation>
    </message>
    <message>
        <source>the link names the store &quot;%1&quot;; this window shows %2</source>
        <translation>the link names the store &quot;%1&quot;; this window shows %2</translation>
    </message>
    <message>
        <source>This log is not in the local store (%1): %2
No control-plane connection is set up to fetch it.</source>
        <translation>This log is not in the local store (%1): %2
No control-plane connection is set up to fetch it.</translation>
    </message>
    <message>
        <source>This trace is not in the local store (%1): %2
No control-plane connection is set up to fetch it.</source>
        <translation>This trace is not in the local store (%1): %2
No control-plane connection is set up to fetch it.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Generating %1 demo logs…</source>
        <translation>Generating %1 demo logs…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>Load Demo Data</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Loading demo data…</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>The store could not be opened.</translation>
    </message>
    <message>
        <source>%1 demo logs added</source>
        <translation>%1 demo logs added</translation>
    </message>
    <message>
        <source>Demo data failed: %1</source>
        <translation>Demo data failed: %1</translation>
    </message>
    <message>
        <source>Import Logs</source>
        <translation>Import Logs</translation>
    </message>
    <message>
        <source>Log exports (*.jsonl *.json *.csv *.ndjson);;All files (*)</source>
        <translation>Log exports (*.jsonl *.json *.csv *.ndjson);;All files (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3): %4 logs</source>
        <translation>Importing %1 (%2 of %3): %4 logs</translation>
    </message>
    <message>
        <source>Imported %1 logs, %2 lines skipped</source>
        <translation>Imported %1 logs, %2 lines skipped</translation>
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
        <translation>Open Link</translation>
    </message>
    <message>
        <source>Paste a Gatescope link (gatescope://log/…) or a Portkey app URL that names a log or a trace:</source>
        <translation>Paste a Gatescope link (gatescope://log/…) or a Portkey app URL that names a log or a trace:</translation>
    </message>
    <message>
        <source>gatescope://log/&lt;id&gt;</source>
        <translation>gatescope://log/&lt;id&gt;</translation>
    </message>
    <message>
        <source>Opens log %1.</source>
        <translation>Opens log %1.</translation>
    </message>
    <message>
        <source>Opens trace %1.</source>
        <translation>Opens trace %1.</translation>
    </message>
</context>
<context>
    <name>ProxyConnection</name>
    <message>
        <source>the upstream closed the connection</source>
        <translation>the upstream closed the connection</translation>
    </message>
    <message>
        <source>the upstream sent a malformed response (%1)</source>
        <translation>the upstream sent a malformed response (%1)</translation>
    </message>
    <message>
        <source>the upstream broke off the response: %1</source>
        <translation>the upstream broke off the response: %1</translation>
    </message>
    <message>
        <source>the upstream %1 could not be reached: %2</source>
        <translation>the upstream %1 could not be reached: %2</translation>
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
        <translation>the upstream must be an http:// or https:// URL, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>cannot listen on %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies the next time Gatescope starts.</source>
        <translation>A new language applies the next time Gatescope starts.</translation>
    </message>
    <message>
        <source>&amp;Portkey URL templates, one per line. {logId} or {traceId} marks the id; any other {name} matches one part of the URL:</source>
        <translation>&amp;Portkey URL templates, one per line. {logId} or {traceId} marks the id; any other {name} matches one part of the URL:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
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
        <translation>Another Gatescope window is running on this store.</translation>
    </message>
    <message>
        <source>Cannot create the local socket %1: %2</source>
        <translation>Cannot create the local socket %1: %2</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>HTTP ?</source>
        <translation>HTTP ?</translation>
    </message>
    <message>
        <source>HTTP status unknown</source>
        <translation>HTTP status unknown</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>Cache hit</translation>
    </message>
    <message>
        <source>Semantic hit</source>
        <translation>Semantic hit</translation>
    </message>
    <message>
        <source>Cache miss</source>
        <translation>Cache miss</translation>
    </message>
    <message>
        <source>Semantic miss</source>
        <translation>Semantic miss</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Refreshed</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <source>Retry ×%1</source>
        <translation>Retry ×%1</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Loadbalance</source>
        <translation>Loadbalance</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>Cache Disabled</source>
        <translation>Cache Disabled</translation>
    </message>
    <message>
        <source>Cache Miss</source>
        <translation>Cache Miss</translation>
    </message>
    <message>
        <source>Cache Refreshed</source>
        <translation>Cache Refreshed</translation>
    </message>
    <message>
        <source>Cache Hit</source>
        <translation>Cache Hit</translation>
    </message>
    <message>
        <source>Cache Semantic Hit</source>
        <translation>Cache Semantic Hit</translation>
    </message>
    <message>
        <source>Cache Unknown</source>
        <translation>Cache Unknown</translation>
    </message>
    <message>
        <source>Retry Unknown</source>
        <translation>Retry Unknown</translation>
    </message>
    <message>
        <source>Retry Not Triggered</source>
        <translation>Retry Not Triggered</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Retry Failed</translation>
    </message>
    <message>
        <source>Retry Success on %1 Tries</source>
        <translation>Retry Success on %1 Tries</translation>
    </message>
    <message>
        <source>Fallback Unknown</source>
        <translation>Fallback Unknown</translation>
    </message>
    <message>
        <source>Fallback Active</source>
        <translation>Fallback Active</translation>
    </message>
    <message>
        <source>Fallback Disabled</source>
        <translation>Fallback Disabled</translation>
    </message>
    <message>
        <source>Loadbalancer Unknown</source>
        <translation>Loadbalancer Unknown</translation>
    </message>
    <message>
        <source>Loadbalancer Active</source>
        <translation>Loadbalancer Active</translation>
    </message>
    <message>
        <source>Loadbalancer Disabled</source>
        <translation>Loadbalancer Disabled</translation>
    </message>
</context>
<context>
    <name>StatusLegendDialog</name>
    <message>
        <source>Status Column Legend</source>
        <translation>Status Column Legend</translation>
    </message>
    <message>
        <source>Each chip is one thing the gateway did for the request. Hover a chip in the list for Portkey&apos;s label. States the source could not know share one dashed &quot;Unknown&quot; chip; disabled features show no chip.</source>
        <translation>Each chip is one thing the gateway did for the request. Hover a chip in the list for Portkey&apos;s label. States the source could not know share one dashed &quot;Unknown&quot; chip; disabled features show no chip.</translation>
    </message>
    <message>
        <source>HTTP status of the answer</source>
        <translation>HTTP status of the answer</translation>
    </message>
    <message>
        <source>HTTP client error (4xx)</source>
        <translation>HTTP client error (4xx)</translation>
    </message>
    <message>
        <source>HTTP server error (5xx)</source>
        <translation>HTTP server error (5xx)</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>Cache hit</translation>
    </message>
    <message>
        <source>Cache Hit</source>
        <translation>Cache Hit</translation>
    </message>
    <message>
        <source>Semantic hit</source>
        <translation>Semantic hit</translation>
    </message>
    <message>
        <source>Cache Semantic Hit</source>
        <translation>Cache Semantic Hit</translation>
    </message>
    <message>
        <source>Cache miss</source>
        <translation>Cache miss</translation>
    </message>
    <message>
        <source>Cache Miss</source>
        <translation>Cache Miss</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Refreshed</translation>
    </message>
    <message>
        <source>Cache Refreshed</source>
        <translation>Cache Refreshed</translation>
    </message>
    <message>
        <source>Retry Success on 3 Tries</source>
        <translation>Retry Success on 3 Tries</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Retry Failed</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Fallback Active</source>
        <translation>Fallback Active</translation>
    </message>
    <message>
        <source>Loadbalance</source>
        <translation>Loadbalance</translation>
    </message>
    <message>
        <source>Loadbalancer Active</source>
        <translation>Loadbalancer Active</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>The source could not know it (e.g. the live stream has no retry count)</source>
        <translation>The source could not know it (e.g. the live stream has no retry count)</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Meaning (Portkey&apos;s label)</source>
        <translation>Meaning (Portkey&apos;s label)</translation>
    </message>
    <message>
        <source>Retry ×3</source>
        <translation>Retry ×3</translation>
    </message>
</context>
<context>
    <name>StreamSubscriber</name>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connecting to %1</translation>
    </message>
    <message>
        <source>%1 from the gateway: it requires an admin token</source>
        <translation>%1 from the gateway: it requires an admin token</translation>
    </message>
    <message>
        <source>%1 from the gateway: the admin token was rejected</source>
        <translation>%1 from the gateway: the admin token was rejected</translation>
    </message>
    <message>
        <source>404 from the gateway: it has no /log/stream (started with --headless or in production mode?)</source>
        <translation>404 from the gateway: it has no /log/stream (started with --headless or in production mode?)</translation>
    </message>
    <message>
        <source>HTTP %1 from the gateway&apos;s /log/stream</source>
        <translation>HTTP %1 from the gateway&apos;s /log/stream</translation>
    </message>
    <message>
        <source>no data from the gateway for %1 s (not even a heartbeat)</source>
        <translation>no data from the gateway for %1 s (not even a heartbeat)</translation>
    </message>
    <message>
        <source>the gateway ended the stream</source>
        <translation>the gateway ended the stream</translation>
    </message>
    <message>
        <source>%1; reconnecting in %2 s</source>
        <translation>%1; reconnecting in %2 s</translation>
    </message>
    <message>
        <source>the stream broke off (gateway restarted?); it keeps no history</source>
        <translation>the stream broke off (gateway restarted?); it keeps no history</translation>
    </message>
    <message>
        <source>the stream was interrupted</source>
        <translation>the stream was interrupted</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>: the gateway restarted (event ids start again at %1)</source>
        <translation>: the gateway restarted (event ids start again at %1)</translation>
    </message>
    <message>
        <source>: events %1 to %2 never arrived</source>
        <translation>: events %1 to %2 never arrived</translation>
    </message>
    <message>
        <source>events %1 to %2 never arrived</source>
        <translation>events %1 to %2 never arrived</translation>
    </message>
    <message>
        <source>event ids started again at %1</source>
        <translation>event ids started again at %1</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>event %1: %2</translation>
    </message>
    <message>
        <source>gateway stream %1</source>
        <translation>gateway stream %1</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>The image is larger than the limit of %1 MB.</source>
        <translation>The image is larger than the limit of %1 MB.</translation>
    </message>
    <message>
        <source>This image is on the network (%1). Allow network images in the View menu to load it.</source>
        <translation>This image is on the network (%1). Allow network images in the View menu to load it.</translation>
    </message>
    <message>
        <source>The image could not be decoded.</source>
        <translation>The image could not be decoded.</translation>
    </message>
    <message>
        <source>The log could not be loaded.</source>
        <translation>The log could not be loaded.</translation>
    </message>
    <message>
        <source>The image is not in the log&apos;s bodies.</source>
        <translation>The image is not in the log&apos;s bodies.</translation>
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
        <translation>Generated image (response)</translation>
    </message>
    <message>
        <source>Sent image (request)</source>
        <translation>Sent image (request)</translation>
    </message>
    <message>
        <source>Remote image: allow network images in the View menu to load it</source>
        <translation>Remote image: allow network images in the View menu to load it</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Click to open</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>Trace / span</source>
        <translation>Trace / span</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Loading traces…</source>
        <translation>Loading traces…</translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message numerus="yes">
        <source>%n log(s)</source>
        <translation>
            <numerusform>%n log</numerusform>
            <numerusform>%n logs</numerusform>
        </translation>
    </message>
    <message>
        <source>span %1</source>
        <translation>span %1</translation>
    </message>
    <message>
        <source>log %1</source>
        <translation>log %1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>attempt %1: %2</source>
        <translation>attempt %1: %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>No traces: none of the logs in the list has a trace id.</source>
        <translation>No traces: none of the logs in the list has a trace id.</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>[remote image: %1]</source>
        <translation>[remote image: %1]</translation>
    </message>
    <message>
        <source>[image that could not be decoded]</source>
        <translation>[image that could not be decoded]</translation>
    </message>
    <message>
        <source>Click to open the image (%1 × %2 px)</source>
        <translation>Click to open the image (%1 × %2 px)</translation>
    </message>
    <message>
        <source>Tool call %1: %2</source>
        <translation>Tool call %1: %2</translation>
    </message>
    <message>
        <source>Tool result for %1</source>
        <translation>Tool result for %1</translation>
    </message>
    <message>
        <source>[audio input]</source>
        <translation>[audio input]</translation>
    </message>
    <message>
        <source>result of %1</source>
        <translation>result of %1</translation>
    </message>
    <message>
        <source>Refusal: %1</source>
        <translation>Refusal: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop log browser for AI gateway traffic</source>
        <translation>Desktop log browser for AI gateway traffic</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>The store to open.</translation>
    </message>
    <message>
        <source>Fill an empty store with demo logs.</source>
        <translation>Fill an empty store with demo logs.</translation>
    </message>
    <message>
        <source>Save a screenshot once loaded, then quit.</source>
        <translation>Save a screenshot once loaded, then quit.</translation>
    </message>
    <message>
        <source>Start with this filter.</source>
        <translation>Start with this filter.</translation>
    </message>
    <message>
        <source>Select this row of the list.</source>
        <translation>Select this row of the list.</translation>
    </message>
    <message>
        <source>Open this detail tab (0-4).</source>
        <translation>Open this detail tab (0-4).</translation>
    </message>
    <message>
        <source>Start in the trace view.</source>
        <translation>Start in the trace view.</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>Use the dark palette.</translation>
    </message>
    <message>
        <source>Use this language (de, ja, zh_CN, en) instead of the system&apos;s.</source>
        <translation>Use this language (de, ja, zh_CN, en) instead of the system&apos;s.</translation>
    </message>
    <message>
        <source>Do not hand over to a window already running.</source>
        <translation>Do not hand over to a window already running.</translation>
    </message>
    <message>
        <source>A gatescope:// link (or Portkey app URL) to open.</source>
        <translation>A gatescope:// link (or Portkey app URL) to open.</translation>
    </message>
</context>
</TS>
