<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Gatescope</source>
        <translation>Über Gatescope</translation>
    </message>
    <message>
        <source>Gatescope %1</source>
        <translation>Gatescope %1</translation>
    </message>
    <message>
        <source>A desktop log browser for AI gateway traffic.</source>
        <translation>Ein Desktop-Log-Browser für den Datenverkehr von KI-Gateways.</translation>
    </message>
    <message>
        <source>Gatescope is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with NO WARRANTY.</source>
        <translation>Gatescope ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (%1), weitergeben und/oder verändern. Sie wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Lizenz lesen</translation>
    </message>
    <message>
        <source>Homepage:</source>
        <translation>Homepage:</translation>
    </message>
    <message>
        <source>Report bugs:</source>
        <translation>Fehler melden:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Licences of the libraries:</source>
        <translation>Lizenzen der Bibliotheken:</translation>
    </message>
    <message>
        <source>Runs with:</source>
        <translation>Läuft mit:</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License</source>
        <translation>Lizenz: GNU General Public License</translation>
    </message>
</context>
<context>
    <name>AnalyticsWindow</name>
    <message>
        <source>Analytics — Gatescope</source>
        <translation>Analytics — Gatescope</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>The range ends at the newest log that matches the filter</source>
        <translation>Der Bereich endet beim neuesten Log, der zum Filter passt</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>(UTC)</source>
        <translation>(UTC)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Latency (ms): average, p50, p90, p99</source>
        <translation>Latenz (ms): Durchschnitt, p50, p90, p99</translation>
    </message>
    <message>
        <source>Errors (status 400 and above)</source>
        <translation>Fehler (Status 400 und höher)</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>Fehlerrate (%)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Top users by requests</source>
        <translation>Top-Benutzer nach Anfragen</translation>
    </message>
    <message>
        <source>Top users by cost (USD)</source>
        <translation>Top-Benutzer nach Kosten (USD)</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <source>Error status codes</source>
        <translation>Fehler-Statuscodes</translation>
    </message>
    <message>
        <source>Requests rescued by retries and by fallbacks</source>
        <translation>Durch Retries und Fallbacks gerettete Anfragen</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>&amp;Cache</translation>
    </message>
    <message>
        <source>Cache hit rate (%)</source>
        <translation>Cache-Trefferrate (%)</translation>
    </message>
    <message>
        <source>Simple and semantic cache hits</source>
        <translation>Einfache und semantische Cache-Treffer</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>Fee&amp;dback</translation>
    </message>
    <message>
        <source>Feedback count</source>
        <translation>Anzahl Feedback</translation>
    </message>
    <message>
        <source>Distribution of feedback values</source>
        <translation>Verteilung der Feedback-Werte</translation>
    </message>
    <message>
        <source>Weighted feedback</source>
        <translation>Gewichtetes Feedback</translation>
    </message>
    <message>
        <source>Average weighted feedback per model</source>
        <translation>Durchschnittliches gewichtetes Feedback pro Modell</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>Alle Logs</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>Der Speicher konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No logs match the filter.</source>
        <translation>Keine Logs passen zum Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
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
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Buckets of %1 · computed in %2 ms</source>
        <translation>Intervalle von %1 · berechnet in %2 ms</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>%1: %2 %3 ms</source>
        <translation>%1: %2 %3 ms</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>%1: %2% errors</source>
        <translation>%1: %2% Fehler</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; requests · &lt;b&gt;%2&lt;/b&gt; cost · &lt;b&gt;%3&lt;/b&gt; tokens · latency average &lt;b&gt;%4 ms&lt;/b&gt;, p50 &lt;b&gt;%5&lt;/b&gt;, p90 &lt;b&gt;%6&lt;/b&gt;, p99 &lt;b&gt;%7&lt;/b&gt; · &lt;b&gt;%8&lt;/b&gt; errors (%9%)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Anfragen · &lt;b&gt;%2&lt;/b&gt; Kosten · &lt;b&gt;%3&lt;/b&gt; Token · Latenz Durchschnitt &lt;b&gt;%4 ms&lt;/b&gt;, p50 &lt;b&gt;%5&lt;/b&gt;, p90 &lt;b&gt;%6&lt;/b&gt;, p99 &lt;b&gt;%7&lt;/b&gt; · &lt;b&gt;%8&lt;/b&gt; Fehler (%9%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; users (from the &lt;tt&gt;_user&lt;/tt&gt; metadata key); the top %2 are shown.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Benutzer (aus dem Metadaten-Schlüssel &lt;tt&gt;_user&lt;/tt&gt;); die Top %2 werden angezeigt.</translation>
    </message>
    <message>
        <source>By retries</source>
        <translation>Durch Retries</translation>
    </message>
    <message>
        <source>By fallbacks</source>
        <translation>Durch Fallbacks</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; errors of %2 requests with a status · rescued by retries &lt;b&gt;%3&lt;/b&gt; · by fallbacks &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Fehler bei %2 Anfragen mit Status · durch Retries gerettet &lt;b&gt;%3&lt;/b&gt; · durch Fallbacks &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferrate</translation>
    </message>
    <message>
        <source>%1: %2% of cacheable requests hit</source>
        <translation>%1: %2% der cachebaren Anfragen getroffen</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>Semantisch</translation>
    </message>
    <message>
        <source>Hit rate &lt;b&gt;%1%&lt;/b&gt; (%2 simple and %3 semantic hits of %4 cacheable requests) · average latency of a hit &lt;b&gt;%5 ms&lt;/b&gt; against &lt;b&gt;%6 ms&lt;/b&gt; · saved about &lt;b&gt;%7 s&lt;/b&gt; of latency and &lt;b&gt;%8&lt;/b&gt; (estimated from the same model&apos;s requests not served from the cache)</source>
        <translation>Trefferrate &lt;b&gt;%1%&lt;/b&gt; (%2 einfache und %3 semantische Treffer bei %4 cachebaren Anfragen) · durchschnittliche Latenz eines Treffers &lt;b&gt;%5 ms&lt;/b&gt; gegenüber &lt;b&gt;%6 ms&lt;/b&gt; · etwa &lt;b&gt;%7 s&lt;/b&gt; Latenz und &lt;b&gt;%8&lt;/b&gt; gespart (geschätzt aus den nicht aus dem Cache bedienten Anfragen desselben Modells)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Gewichteter Durchschnitt</translation>
    </message>
    <message>
        <source>%1: weighted average %2</source>
        <translation>%1: gewichteter Durchschnitt %2</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Average weighted feedback</source>
        <translation>Durchschnittliches gewichtetes Feedback</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; feedback entries on the logs in range (each entry once, on the log it was given on; it shows on every log of its trace). Weighted average = sum(value × weight) / sum(weight).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Feedback-Einträge zu den Logs im Bereich (jeder Eintrag einmal, beim Log, zu dem er gegeben wurde; er erscheint bei jedem Log seines Trace). Gewichteter Durchschnitt = Summe(Wert × Gewicht) / Summe(Gewicht).</translation>
    </message>
    <message>
        <source>Draw a Portkey connection&apos;s own analytics for the same range beside the numbers of this store</source>
        <translation>Die eigenen Analysen einer Portkey-Verbindung für denselben Bereich neben den Zahlen dieses Speichers zeichnen</translation>
    </message>
    <message>
        <source>Server numbers:</source>
        <translation>Server-Zahlen:</translation>
    </message>
    <message>
        <source>as of just now</source>
        <translation>Stand: gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>as of %n min ago</source>
        <translation>
            <numerusform>Stand: vor %n Min.</numerusform>
            <numerusform>Stand: vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as of %n h ago</source>
        <translation>
            <numerusform>Stand: vor %n Std.</numerusform>
            <numerusform>Stand: vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as of %n day(s) ago</source>
        <translation>
            <numerusform>Stand: vor %n Tag</numerusform>
            <numerusform>Stand: vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No Portkey connection yet: add one in the main window with File &gt; Connections to see the server&apos;s numbers beside these.</source>
        <translation>Noch keine Portkey-Verbindung: Im Hauptfenster über Datei &gt; Verbindungen eine hinzufügen, um die Zahlen des Servers neben diesen zu sehen.</translation>
    </message>
    <message>
        <source>There is no connection named %1.</source>
        <translation>Es gibt keine Verbindung namens %1.</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read: %2</source>
        <translation>Der API-Schlüssel von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Choose a connection to draw its numbers beside these.</source>
        <translation>Eine Verbindung wählen, um ihre Zahlen neben diesen zu zeichnen.</translation>
    </message>
    <message>
        <source>Fetching the numbers of %1…</source>
        <translation>Die Zahlen von %1 werden abgerufen…</translation>
    </message>
    <message>
        <source>Showing the last numbers fetched for this range, %1.</source>
        <translation>Gezeigt werden die zuletzt für diesen Bereich abgerufenen Zahlen, %1.</translation>
    </message>
    <message>
        <source>Dashed: %1 on the server, %2.</source>
        <translation>Gestrichelt: %1 auf dem Server, %2.</translation>
    </message>
    <message>
        <source>Dashed: %1 on the server, fetched in %2 ms.</source>
        <translation>Gestrichelt: %1 auf dem Server, in %2 ms abgerufen.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Portkey (server)</source>
        <translation>Portkey (Server)</translation>
    </message>
    <message>
        <source>The server answered in buckets wider than the local ones, so only its totals are shown.</source>
        <translation>Der Server hat in breiteren Intervallen als den lokalen geantwortet, daher werden nur seine Summen gezeigt.</translation>
    </message>
    <message>
        <source>The server&apos;s finer buckets are added up into the local ones (averages, percentiles and rates: the mean of its buckets).</source>
        <translation>Die feineren Intervalle des Servers werden in den lokalen zusammengefasst (Durchschnitte, Perzentile und Raten: der Mittelwert seiner Intervalle).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portkey (server)&lt;/b&gt;, %1, %2: %3.</source>
        <translation>&lt;b&gt;Portkey (Server)&lt;/b&gt;, %1 (%2): %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portkey (server)&lt;/b&gt;, %1: %2.</source>
        <translation>&lt;b&gt;Portkey (Server)&lt;/b&gt;, %1: %2.</translation>
    </message>
    <message>
        <source>Its answer has no total to compare with this store&apos;s.</source>
        <translation>Seine Antwort enthält keine Summe zum Vergleich mit diesem Speicher.</translation>
    </message>
    <message>
        <source>The same as in this store.</source>
        <translation>Derselbe Wert wie in diesem Speicher.</translation>
    </message>
    <message>
        <source>%1 points higher than in this store.</source>
        <translation>%1 Prozentpunkte höher als in diesem Speicher.</translation>
    </message>
    <message>
        <source>%1 points lower than in this store.</source>
        <translation>%1 Prozentpunkte niedriger als in diesem Speicher.</translation>
    </message>
    <message>
        <source>Logs not yet synced may explain it: %1 has never been synced into a store (File &gt; Connections &gt; Sync Now).</source>
        <translation>Noch nicht synchronisierte Logs können das erklären: %1 wurde noch nie in einen Speicher synchronisiert (Datei &gt; Verbindungen &gt; Jetzt synchronisieren).</translation>
    </message>
    <message>
        <source>Logs not yet synced may explain it: %1 is synced up to %2 UTC.</source>
        <translation>Noch nicht synchronisierte Logs können das erklären: %1 ist bis %2 UTC synchronisiert.</translation>
    </message>
    <message>
        <source>Logs the server counts but this store lacks (removed here, or synced into another store) may explain it.</source>
        <translation>Das können Logs erklären, die der Server zählt, die diesem Speicher aber fehlen (hier entfernt oder in einen anderen Speicher synchronisiert).</translation>
    </message>
    <message>
        <source>This store holds logs the server does not count here: imported from elsewhere, from another workspace, or not yet processed by Portkey.</source>
        <translation>Dieser Speicher enthält Logs, die der Server hier nicht zählt: von anderswo importiert, aus einem anderen Workspace oder von Portkey noch nicht verarbeitet.</translation>
    </message>
    <message>
        <source>The server&apos;s numbers ignore the part of the filter its graphs have no parameter for: %1.</source>
        <translation>Die Zahlen des Servers lassen den Teil des Filters außer Acht, für den seine Graphen keinen Parameter haben: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; unique users</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; eindeutige Benutzer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; errors with %2 distinct status codes · rescued by retries &lt;b&gt;%3&lt;/b&gt; · by fallbacks &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Fehler mit %2 verschiedenen Statuscodes · durch Retries gerettet &lt;b&gt;%3&lt;/b&gt; · durch Fallbacks &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>hit rate &lt;b&gt;%1%&lt;/b&gt; (total %2)</source>
        <translation>Trefferrate &lt;b&gt;%1%&lt;/b&gt; (gesamt %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; feedback entries, weighted average &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Feedback-Einträge, gewichteter Durchschnitt &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>server average</source>
        <translation>Server-Durchschnitt</translation>
    </message>
    <message>
        <source>server p50</source>
        <translation>Server-p50</translation>
    </message>
    <message>
        <source>server p90</source>
        <translation>Server-p90</translation>
    </message>
    <message>
        <source>server p99</source>
        <translation>Server-p99</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;Dieser Speicher&lt;/b&gt;: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Dieser Speicher&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>server: by retries</source>
        <translation>Server: durch Retries</translation>
    </message>
    <message>
        <source>server: by fallbacks</source>
        <translation>Server: durch Fallbacks</translation>
    </message>
    <message>
        <source>server: simple</source>
        <translation>Server: einfach</translation>
    </message>
    <message>
        <source>server: semantic</source>
        <translation>Server: semantisch</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more requests than in this store.</source>
        <translation>
            <numerusform>%Ln Anfrage mehr als in diesem Speicher.</numerusform>
            <numerusform>%Ln Anfragen mehr als in diesem Speicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer requests than in this store.</source>
        <translation>
            <numerusform>%Ln Anfrage weniger als in diesem Speicher.</numerusform>
            <numerusform>%Ln Anfragen weniger als in diesem Speicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more users than in this store.</source>
        <translation>
            <numerusform>%Ln Benutzer mehr als in diesem Speicher.</numerusform>
            <numerusform>%Ln Benutzer mehr als in diesem Speicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer users than in this store.</source>
        <translation>
            <numerusform>%Ln Benutzer weniger als in diesem Speicher.</numerusform>
            <numerusform>%Ln Benutzer weniger als in diesem Speicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors than in this store.</source>
        <translation>
            <numerusform>%Ln Fehler mehr als in diesem Speicher.</numerusform>
            <numerusform>%Ln Fehler mehr als in diesem Speicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer errors than in this store.</source>
        <translation>
            <numerusform>%Ln Fehler weniger als in diesem Speicher.</numerusform>
            <numerusform>%Ln Fehler weniger als in diesem Speicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more feedback entries than in this store.</source>
        <translation>
            <numerusform>%Ln Feedback-Eintrag mehr als in diesem Speicher.</numerusform>
            <numerusform>%Ln Feedback-Einträge mehr als in diesem Speicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer feedback entries than in this store.</source>
        <translation>
            <numerusform>%Ln Feedback-Eintrag weniger als in diesem Speicher.</numerusform>
            <numerusform>%Ln Feedback-Einträge weniger als in diesem Speicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln requests</source>
        <translation>
            <numerusform>%1: %Ln Anfrage</numerusform>
            <numerusform>%1: %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln tokens</source>
        <translation>
            <numerusform>%1: %Ln Token</numerusform>
            <numerusform>%1: %Ln Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln errors</source>
        <translation>
            <numerusform>%1: %Ln Fehler</numerusform>
            <numerusform>%1: %Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln requests, %2</source>
        <translation>
            <numerusform>%1: %Ln Anfrage, %2</numerusform>
            <numerusform>%1: %Ln Anfragen, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status %1: %Ln requests</source>
        <translation>
            <numerusform>Status %1: %Ln Anfrage</numerusform>
            <numerusform>Status %1: %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rescued by retries</source>
        <translation>
            <numerusform>%1: %Ln durch Retries gerettet</numerusform>
            <numerusform>%1: %Ln durch Retries gerettet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rescued by fallbacks</source>
        <translation>
            <numerusform>%1: %Ln durch Fallbacks gerettet</numerusform>
            <numerusform>%1: %Ln durch Fallbacks gerettet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln simple hits</source>
        <translation>
            <numerusform>%1: %Ln einfacher Treffer</numerusform>
            <numerusform>%1: %Ln einfache Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln semantic hits</source>
        <translation>
            <numerusform>%1: %Ln semantischer Treffer</numerusform>
            <numerusform>%1: %Ln semantische Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln feedback entries</source>
        <translation>
            <numerusform>%1: %Ln Feedback-Eintrag</numerusform>
            <numerusform>%1: %Ln Feedback-Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Value %1: %Ln entries</source>
        <translation>
            <numerusform>Wert %1: %Ln Eintrag</numerusform>
            <numerusform>Wert %1: %Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 over %Ln entries</source>
        <translation>
            <numerusform>%1: %2 aus %Ln Eintrag</numerusform>
            <numerusform>%1: %2 aus %Ln Einträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureGapBanner</name>
    <message>
        <source>All Gaps</source>
        <translation>Alle Lücken</translation>
    </message>
    <message>
        <source>Hide until the next gap</source>
        <translation>Bis zur nächsten Lücke ausblenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n gap(s) in this session.</source>
        <translation>
            <numerusform>%1. %n Lücke in dieser Sitzung.</numerusform>
            <numerusform>%1. %n Lücken in dieser Sitzung.</numerusform>
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
    <name>ChartPanel</name>
    <message>
        <source>Point at a bar or a point for its values; click it to filter the list.</source>
        <translation>Auf einen Balken oder Punkt zeigen für seine Werte; klicken, um die Liste zu filtern.</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the data of this chart as CSV</source>
        <translation>Die Daten dieses Diagramms als CSV speichern</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
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
    <name>CompareWindow</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Headers (x-portkey-*)</source>
        <translation>Header (x-portkey-*)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cache (what the simple cache keys on)</source>
        <translation>Cache (woraus der einfache Cache seinen Schlüssel bildet)</translation>
    </message>
    <message>
        <source>Tokens, cost and latency</source>
        <translation>Token, Kosten und Latenz</translation>
    </message>
    <message>
        <source>Compare %1 and %2</source>
        <translation>%1 und %2 vergleichen</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Answers, word by word</source>
        <translation>Antworten, Wort für Wort</translation>
    </message>
    <message>
        <source>Answers (the same)</source>
        <translation>Antworten (gleich)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Cache: %1 / %2</source>
        <translation>Cache: %1 / %2</translation>
    </message>
    <message>
        <source>Same simple-cache key (request body and provider URL).</source>
        <translation>Gleicher Schlüssel im einfachen Cache (Body der Anfrage und URL des Anbieters).</translation>
    </message>
    <message>
        <source>The simple-cache keys differ in: %1.</source>
        <translation>Die Schlüssel im einfachen Cache unterscheiden sich in: %1.</translation>
    </message>
</context>
<context>
    <name>ConfigView</name>
    <message>
        <source>Config %1 - Gatescope</source>
        <translation>Config %1 - Gatescope</translation>
    </message>
    <message>
        <source>(inline)</source>
        <translation>(inline)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The config this request sent inline (x-portkey-config).</source>
        <translation>Die Config, die diese Anfrage inline gesendet hat (x-portkey-config).</translation>
    </message>
    <message>
        <source>This log was served by %1.</source>
        <translation>Dieser Log wurde von %1 bedient.</translation>
    </message>
    <message>
        <source>config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>strategy %1</source>
        <translation>Strategie %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>retry %1 times on %2</source>
        <translation>%1 Retries bei %2</translation>
    </message>
    <message>
        <source>retry %1 times</source>
        <translation>%1 Retries</translation>
    </message>
    <message>
        <source>cache %1, max age %2 s</source>
        <translation>Cache %1, max. Alter %2 s</translation>
    </message>
    <message>
        <source>cache %1</source>
        <translation>Cache %1</translation>
    </message>
    <message>
        <source>override %1</source>
        <translation>Override %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>This log</source>
        <translation>Dieser Log</translation>
    </message>
    <message>
        <source>Fetch the saved config from the control plane</source>
        <translation>Die gespeicherte Config von der Control Plane abrufen</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read: %2</source>
        <translation>Der API-Schlüssel von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The config this request carried inline in its body.</source>
        <translation>Die Config, die diese Anfrage inline in ihrem Body mitgeführt hat.</translation>
    </message>
    <message>
        <source>Config %1 from the control-plane cache of %2, %3.</source>
        <translation>Config %1 aus dem Control-Plane-Cache von %2, %3.</translation>
    </message>
    <message>
        <source>This log names config %1, which is not in the control-plane cache. Below is what the log itself knows: the targets the gateway tried or served, with the options it logged for each.</source>
        <translation>Dieser Log nennt Config %1, die nicht im Control-Plane-Cache ist. Unten steht, was der Log selbst weiß: die Ziele, die das Gateway versucht oder genutzt hat, mit den für jedes protokollierten Optionen.</translation>
    </message>
    <message>
        <source>This log carries no config, only the targets the gateway tried or served, with the options it logged for each (the gateway&apos;s log stream does not record the config).</source>
        <translation>Dieser Log enthält keine Config, nur die Ziele, die das Gateway versucht oder genutzt hat, mit den für jedes protokollierten Optionen (der Log-Stream des Gateways zeichnet die Config nicht auf).</translation>
    </message>
    <message>
        <source>The request sent an x-portkey-config that is not a JSON object, so the gateway could not use it:</source>
        <translation>Die Anfrage hat als x-portkey-config kein JSON-Objekt gesendet, daher konnte das Gateway den Wert nicht verwenden:</translation>
    </message>
    <message>
        <source>This log names config %1, but the config is not in the control-plane cache and the log carries no copy of it.</source>
        <translation>Dieser Log nennt Config %1, aber die Config ist nicht im Control-Plane-Cache und der Log enthält keine Kopie davon.</translation>
    </message>
    <message>
        <source>This log carries no config and names none.</source>
        <translation>Dieser Log enthält keine Config und nennt keine.</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>bedient von %1</translation>
    </message>
    <message>
        <source>What the log knows: %1.</source>
        <translation>Was der Log weiß: %1.</translation>
    </message>
    <message>
        <source>To fetch config %1, add a Portkey connection with File &gt; Connections… and open this view again.</source>
        <translation>Um Config %1 abzurufen, fügen Sie unter Datei &gt; Verbindungen… eine Portkey-Verbindung hinzu und öffnen Sie diese Ansicht erneut.</translation>
    </message>
    <message>
        <source>Fetching config %1 from %2…</source>
        <translation>Config %1 wird von %2 abgerufen…</translation>
    </message>
    <message>
        <source>Could not refresh it: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Config %1 as saved on %2, fetched %3.</source>
        <translation>Config %1, wie auf %2 gespeichert, abgerufen %3.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Could not fetch config %1: %2</source>
        <translation>Config %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Attempts: %1, failed: %2.</source>
        <translation>Versuche: %1, fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Attempts: %1.</source>
        <translation>Versuche: %1.</translation>
    </message>
    <message>
        <source>if %1 then %2</source>
        <translation>wenn %1, dann %2</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>attempt %1 ok</source>
        <translation>Versuch %1 ok</translation>
    </message>
    <message>
        <source>attempt %1 failed</source>
        <translation>Versuch %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>served this log</source>
        <translation>hat diesen Log bedient</translation>
    </message>
    <message>
        <source>not tried: the log says nothing more of it</source>
        <translation>nicht versucht: Der Log sagt nichts weiter darüber</translation>
    </message>
</context>
<context>
    <name>ConnectGatewayDialog</name>
    <message>
        <source>Connect to Gateway</source>
        <translation>Mit Gateway verbinden</translation>
    </message>
    <message>
        <source>Capture requests as they happen. New logs appear at the top of the list and are kept in the store.</source>
        <translation>Anfragen erfassen, während sie passieren. Neue Logs erscheinen oben in der Liste und werden im Speicher behalten.</translation>
    </message>
    <message>
        <source>Log stream (zero set-up)</source>
        <translation>Log-Stream (ohne Einrichtung)</translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation>&amp;Gateway-URL:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787</source>
        <translation>http://127.0.0.1:8787</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>Admin-&amp;Token:</translation>
    </message>
    <message>
        <source>optional; gateways after 1.15.2 require one</source>
        <translation>optional; Gateways nach 1.15.2 verlangen einen</translation>
    </message>
    <message>
        <source>Recording proxy (complete: trace ids, metadata, retries, Do-Not-Track)</source>
        <translation>Aufzeichnender Proxy (vollständig: Trace-IDs, Metadaten, Retries, Do-Not-Track)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Listen-Adresse:</translation>
    </message>
    <message>
        <source>127.0.0.1:8788</source>
        <translation>127.0.0.1:8788</translation>
    </message>
    <message>
        <source>&amp;Upstream URL:</source>
        <translation>&amp;Upstream-URL:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Reads the gateway&apos;s GET /log/stream; nothing to change in your clients. The stream keeps no history, carries no trace ids, metadata or retry counts, logs streamed answers without their content, and cannot honour Do-Not-Track: requests sent with x-portkey-debug: false are stored with their prompts and answers.</source>
        <translation>Liest GET /log/stream des Gateways; an den Clients ist nichts zu ändern. Der Stream speichert keinen Verlauf, enthält keine Trace-IDs, Metadaten oder Retry-Zahlen, protokolliert gestreamte Antworten ohne ihren Inhalt und kann Do-Not-Track nicht beachten: Mit x-portkey-debug: false gesendete Anfragen werden mit Prompts und Antworten gespeichert.</translation>
    </message>
    <message>
        <source>Point your client or SDK at the listen address (for the Portkey SDK, baseURL http://%1/v1). Every request is forwarded unchanged to the upstream and stored as the client saw it, with trace ids, metadata, retries and streamed answers; Do-Not-Track requests are kept as statistics only.</source>
        <translation>Den Client oder das SDK auf die Listen-Adresse richten (beim Portkey-SDK baseURL http://%1/v1). Jede Anfrage wird unverändert an den Upstream weitergeleitet und so gespeichert, wie der Client sie sah, mit Trace-IDs, Metadaten, Retries und gestreamten Antworten; Do-Not-Track-Anfragen werden nur als Statistik behalten.</translation>
    </message>
    <message>
        <source>The gateway URL must be an http:// or https:// address, e.g. %1.</source>
        <translation>Die Gateway-URL muss eine http://- oder https://-Adresse sein, z. B. %1.</translation>
    </message>
    <message>
        <source>Listen on takes HOST:PORT with an IP address, e.g. %1.</source>
        <translation>„Listen-Adresse“ erwartet HOST:PORT mit einer IP-Adresse, z. B. %1.</translation>
    </message>
    <message>
        <source>The upstream URL must be an http:// or https:// address, e.g. %1.</source>
        <translation>Die Upstream-URL muss eine http://- oder https://-Adresse sein, z. B. %1.</translation>
    </message>
    <message>
        <source>Connect when Gatescope &amp;starts</source>
        <translation>Beim &amp;Start von Gatescope verbinden</translation>
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
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>No system keychain service is running on this computer (%1).

Keep the API key in a file that only you can read (%2)? Anyone who can log in as you, or read your backups, can read it.</source>
        <translation>Auf diesem Computer läuft kein System-Schlüsselbunddienst (%1).

Den API-Schlüssel in einer Datei ablegen, die nur Sie lesen können (%2)? Jeder, der sich als Sie anmelden oder Ihre Backups lesen kann, kann ihn lesen.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>stored; type a new key to replace it</source>
        <translation>gespeichert; zum Ersetzen einen neuen Schlüssel eingeben</translation>
    </message>
    <message>
        <source>Give the connection a name: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Geben Sie der Verbindung einen Namen: Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Enter the API key (app.portkey.ai &gt; API Keys).</source>
        <translation>Den API-Schlüssel eingeben (app.portkey.ai &gt; API Keys).</translation>
    </message>
    <message>
        <source>Not saved: no keychain service is running, and the key was not to be kept in a file.</source>
        <translation>Nicht gespeichert: Es läuft kein Schlüsselbunddienst und der Schlüssel sollte nicht in einer Datei abgelegt werden.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Removed %1 and its key.</source>
        <translation>%1 und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>Save the connection first.</source>
        <translation>Zuerst die Verbindung speichern.</translation>
    </message>
    <message numerus="yes">
        <source>The control plane accepted the key (%n virtual key(s) visible).</source>
        <translation>
            <numerusform>Die Control Plane hat den Schlüssel akzeptiert (%n virtueller Schlüssel sichtbar).</numerusform>
            <numerusform>Die Control Plane hat den Schlüssel akzeptiert (%n virtuelle Schlüssel sichtbar).</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Fetch the logs since the last sync through Portkey&apos;s log export (Enterprise plan)</source>
        <translation>Die Logs seit der letzten Synchronisierung über den Log-Export von Portkey abrufen (Enterprise-Plan)</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A-Zertifikat:</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>A certificate file (PEM or DER) to trust for this connection, for a self-hosted control plane with a self-signed or private-CA certificate. Verification always stays on.</source>
        <translation>Eine Zertifikatsdatei (PEM oder DER), der diese Verbindung vertraut, für eine selbst gehostete Control Plane mit einem selbstsignierten Zertifikat oder dem einer privaten CA. Die Prüfung bleibt immer aktiv.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <source>Send &amp;feedback given in Gatescope to this connection</source>
        <translation>In Gatescope gegebenes &amp;Feedback an diese Verbindung senden</translation>
    </message>
    <message>
        <source>Feedback is saved locally first and sent when the control plane answers. One connection at a time receives it; without one, feedback stays local.</source>
        <translation>Feedback wird zuerst lokal gespeichert und gesendet, sobald die Control Plane antwortet. Es empfängt immer nur eine Verbindung; ohne eine bleibt Feedback lokal.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
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
        <source>the CA certificate file %1 holds no readable certificate</source>
        <translation>die CA-Zertifikatsdatei %1 enthält kein lesbares Zertifikat</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Verification stays on: if the server&apos;s certificate is self-signed or from a private CA, give the connection that CA certificate (File &gt; Connections, or gatescope-cli connection add --ca-file FILE); otherwise check the URL.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Die Prüfung bleibt aktiv: Ist das Zertifikat des Servers selbstsigniert oder von einer privaten CA, geben Sie der Verbindung dieses CA-Zertifikat (Datei &gt; Verbindungen oder gatescope-cli connection add --ca-file FILE); andernfalls prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>The download link of the export file has expired: %1 answered %2%3. (No API key is sent there; the link carries its own signature.)</source>
        <translation>Der Download-Link der Exportdatei ist abgelaufen: %1 hat mit %2%3 geantwortet. (Dorthin wird kein API-Schlüssel gesendet; der Link trägt seine eigene Signatur.)</translation>
    </message>
    <message>
        <source>list configs</source>
        <translation>Configs auflisten</translation>
    </message>
    <message>
        <source>The host %1 is unknown (its name does not resolve), so could not %2. Check the connection&apos;s URL.</source>
        <translation>Der Host %1 ist unbekannt (sein Name lässt sich nicht auflösen), daher nicht möglich: %2. Prüfen Sie die URL der Verbindung.</translation>
    </message>
</context>
<context>
    <name>CostExplanation</name>
    <message>
        <source>$%1/M</source>
        <translation>$%1/M</translation>
    </message>
    <message>
        <source>%1 %2/M</source>
        <translation>%1 %2/M</translation>
    </message>
    <message>
        <source>(estimated from the pricing table)</source>
        <translation>(aus der Preistabelle geschätzt)</translation>
    </message>
    <message>
        <source>(from the source; the table gives %1)</source>
        <translation>(aus der Quelle; die Tabelle ergibt %1)</translation>
    </message>
    <message>
        <source>(from the source)</source>
        <translation>(aus der Quelle)</translation>
    </message>
    <message>
        <source>%1 is not in the pricing table</source>
        <translation>%1 steht nicht in der Preistabelle</translation>
    </message>
    <message>
        <source>Uncached</source>
        <translation>Ohne Cache</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Prices of %1 (%2).</source>
        <translation>Preise von %1 (%2).</translation>
    </message>
    <message>
        <source>any provider</source>
        <translation>alle Anbieter</translation>
    </message>
    <message>
        <source>Cached input is part of the prompt tokens.</source>
        <translation>Gecachte Eingabe ist Teil der Prompt-Tokens.</translation>
    </message>
    <message>
        <source>Cached input comes on top of the prompt tokens.</source>
        <translation>Gecachte Eingabe kommt zu den Prompt-Tokens hinzu.</translation>
    </message>
    <message>
        <source>Reasoning is part of the completion tokens.</source>
        <translation>Reasoning ist Teil der Completion-Tokens.</translation>
    </message>
    <message>
        <source>Reasoning comes on top of the completion tokens.</source>
        <translation>Reasoning kommt zu den Completion-Tokens hinzu.</translation>
    </message>
    <message>
        <source>* No price of its own in the table: the input or output price.</source>
        <translation>* Kein eigener Preis in der Tabelle: der Eingabe- oder Ausgabepreis.</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <source>Save as Dataset</source>
        <translation>Als Datensatz speichern</translation>
    </message>
    <message numerus="yes">
        <source>All %n logs</source>
        <translation>
            <numerusform>Der %n Log</numerusform>
            <numerusform>Alle %n Logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n logs of the filter %1</source>
        <translation>
            <numerusform>Der %n Log des Filters %1</numerusform>
            <numerusform>Die %n Logs des Filters %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected log</source>
        <translation>Der ausgewählte Log</translation>
    </message>
    <message>
        <source>OpenAI chat fine-tuning (JSONL)</source>
        <translation>OpenAI-Chat-Fine-Tuning (JSONL)</translation>
    </message>
    <message>
        <source>Evaluation: input, expected output, feedback (JSONL)</source>
        <translation>Evaluierung: Eingabe, erwartete Ausgabe, Feedback (JSONL)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Inline, as data URLs</source>
        <translation>Inline, als Data-URLs</translation>
    </message>
    <message>
        <source>As files in a folder beside the dataset</source>
        <translation>Als Dateien in einem Ordner neben dem Datensatz</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Do-Not-Track logs have no content: they are never included, and the summary says how many were left out.</source>
        <translation>Do-Not-Track-Logs haben keinen Inhalt: Sie werden nie aufgenommen, und die Zusammenfassung nennt, wie viele ausgelassen wurden.</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Logs:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Bilder:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
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
        <translation>Erneute Sendung von</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Edit and send this request again (Ctrl+R)</source>
        <translation>Diese Anfrage bearbeiten und erneut senden (Strg+R)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Add feedback…</source>
        <translation>Feedback hinzufügen…</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Sent to Portkey</source>
        <translation>An Portkey gesendet</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source>Remove here</source>
        <translation>Hier entfernen</translation>
    </message>
    <message>
        <source>Opened %1 in the browser</source>
        <translation>%1 im Browser geöffnet</translation>
    </message>
    <message>
        <source>No browser could open %1</source>
        <translation>Kein Browser konnte %1 öffnen</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>„%1“ kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Content removed on %1</source>
        <translation>Inhalt am %1 entfernt</translation>
    </message>
    <message>
        <source>Its bodies, source record and images were removed on request; only its statistics were kept.</source>
        <translation>Bodies, Quelldatensatz und Bilder wurden auf Wunsch entfernt; nur die Statistik wurde behalten.</translation>
    </message>
    <message>
        <source>Cache read tokens</source>
        <translation>Cache-Lese-Tokens</translation>
    </message>
    <message>
        <source>Cache write tokens</source>
        <translation>Cache-Schreib-Tokens</translation>
    </message>
    <message>
        <source>no (content removed on %1)</source>
        <translation>nein (Inhalt am %1 entfernt)</translation>
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
        <translation>Anfragen live aus dem Log-Stream eines Portkey-Gateways erfassen oder über einen aufzeichnenden Proxy.</translation>
    </message>
</context>
<context>
    <name>ExportLogsDialog</name>
    <message>
        <source>&amp;Gatescope JSONL (every field and the bodies; imports back unchanged)</source>
        <translation>&amp;Gatescope JSONL (alle Felder und die Bodies; lässt sich unverändert wieder importieren)</translation>
    </message>
    <message>
        <source>&amp;CSV (the columns of Portkey&apos;s export, for spreadsheets)</source>
        <translation>&amp;CSV (die Spalten des Portkey-Exports, für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export Logs</source>
        <translation>Logs exportieren</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln logs of this store.</source>
        <translation>
            <numerusform>Der %Ln Log dieses Speichers.</numerusform>
            <numerusform>Alle %Ln Logs dieses Speichers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln logs that match the filter %1</source>
        <translation>
            <numerusform>Der %Ln Log, der zum Filter %1 passt</numerusform>
            <numerusform>Die %Ln Logs, die zum Filter %1 passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Gatescope JSONL (*.jsonl)</source>
        <translation>Gatescope JSONL (*.jsonl)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Wählen Sie eine Datei in einem vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported %1 of %2…</source>
        <translation>%1 von %2 exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln logs to %1.</source>
        <translation>
            <numerusform>%Ln Log nach %1 exportiert.</numerusform>
            <numerusform>%Ln Logs nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackController</name>
    <message>
        <source>Add Feedback</source>
        <translation>Feedback hinzufügen</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>Feedback bearbeiten</translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation>Feedback löschen</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>Der Speicher konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Feedback not saved: %1</source>
        <translation>Feedback nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>no log %1 in the store</source>
        <translation>kein Log %1 im Speicher</translation>
    </message>
    <message>
        <source>This log has no trace id, and Portkey attaches feedback to a trace: the feedback is kept in this store only.</source>
        <translation>Dieser Log hat keine Trace-ID, und Portkey hängt Feedback an einen Trace: Das Feedback wird nur in diesem Speicher behalten.</translation>
    </message>
    <message>
        <source>Feedback removed here only: Portkey already has it, and its API cannot delete feedback, so it stays there.</source>
        <translation>Feedback nur hier entfernt: Portkey hat es bereits, und seine API kann kein Feedback löschen, daher bleibt es dort.</translation>
    </message>
    <message>
        <source>Feedback removed here. It was being sent to Portkey at that moment; if it arrived, it stays there (Portkey&apos;s API cannot delete feedback).</source>
        <translation>Feedback hier entfernt. Es wurde gerade an Portkey gesendet; falls es angekommen ist, bleibt es dort (die API von Portkey kann kein Feedback löschen).</translation>
    </message>
    <message>
        <source>Feedback stays local: %1</source>
        <translation>Feedback bleibt lokal: %1</translation>
    </message>
    <message>
        <source>the API key of %1 could not be read: %2</source>
        <translation>der API-Schlüssel von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no connection named %1</source>
        <translation>es gibt keine Verbindung namens %1</translation>
    </message>
    <message>
        <source>Feedback is saved here and waits: %1</source>
        <translation>Feedback wird hier gespeichert und wartet: %1</translation>
    </message>
    <message>
        <source>Pending — will be sent when %1 answers</source>
        <translation>Ausstehend — wird gesendet, sobald %1 antwortet</translation>
    </message>
    <message>
        <source>Pending — not sent: %1</source>
        <translation>Ausstehend — nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sent to Portkey</source>
        <translation>An Portkey gesendet</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>Thumbs up (+)</source>
        <translation>Daumen hoch (+)</translation>
    </message>
    <message>
        <source>Sets the value to 1 (shortcut +)</source>
        <translation>Setzt den Wert auf 1 (Kürzel +)</translation>
    </message>
    <message>
        <source>Thumbs down (−)</source>
        <translation>Daumen runter (−)</translation>
    </message>
    <message>
        <source>Sets the value to -1 (shortcut -)</source>
        <translation>Setzt den Wert auf -1 (Kürzel -)</translation>
    </message>
    <message>
        <source>How much this entry counts when a trace has several (0 to 1)</source>
        <translation>Wie stark dieser Eintrag zählt, wenn ein Trace mehrere hat (0 bis 1)</translation>
    </message>
    <message>
        <source>What was good or wrong about this answer</source>
        <translation>Was an dieser Antwort gut oder falsch war</translation>
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
        <source>_user, _organisation, _prompt and _environment are indexed by Portkey</source>
        <translation>_user, _organisation, _prompt und _environment werden von Portkey indiziert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Feedback belongs to the trace: it shows on every log of it.</source>
        <translation>Feedback gehört zum Trace: Es erscheint bei jedem seiner Logs.</translation>
    </message>
    <message>
        <source>Add Feedback</source>
        <translation>Feedback hinzufügen</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>Feedback bearbeiten</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>Kept in this store only: no connection receives feedback (File &gt; Connections).</source>
        <translation>Nur in diesem Speicher behalten: Keine Verbindung empfängt Feedback (Datei &gt; Verbindungen).</translation>
    </message>
    <message>
        <source>Saved here first, then sent to Portkey through %1; while it does not answer, the feedback waits and is retried.</source>
        <translation>Zuerst hier gespeichert, dann über %1 an Portkey gesendet; solange %1 nicht antwortet, wartet das Feedback und wird erneut gesendet.</translation>
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
        <translation>Zuvor verwendete Filter (Hoch und Herunter in der Leiste)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply the filter (Enter)</source>
        <translation>Filter anwenden (Enter)</translation>
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
    <name>FilterParser</name>
    <message>
        <source>&apos;%1&apos; takes a number, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; erwartet eine Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a date like 2026-01-01 or 2026-01-01T12:00, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; erwartet ein Datum wie 2026-01-01 oder 2026-01-01T12:00, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one of %2, got &apos;%3&apos;</source>
        <translation>&apos;%1&apos; erwartet einen der Werte %2, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number or one of %2, got &apos;%3&apos;</source>
        <translation>&apos;%1&apos; erwartet eine Zahl oder einen der Werte %2, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>unclosed quote</source>
        <translation>Anführungszeichen nicht geschlossen</translation>
    </message>
    <message>
        <source>OR needs a term on both sides</source>
        <translation>OR braucht auf beiden Seiten einen Begriff</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a term after it</source>
        <translation>&apos;-&apos; braucht einen Begriff dahinter</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meinten Sie &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source> (put text containing &apos;:&apos; in quotes to search for it)</source>
        <translation> (setzen Sie Text mit &apos;:&apos; in Anführungszeichen, um danach zu suchen)</translation>
    </message>
    <message>
        <source>&apos;meta.&apos; needs a key: meta.KEY:value</source>
        <translation>&apos;meta.&apos; braucht einen Schlüssel: meta.KEY:value</translation>
    </message>
    <message>
        <source>expected a space after the closing quote</source>
        <translation>nach dem schließenden Anführungszeichen fehlt ein Leerzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; braucht einen Wert</translation>
    </message>
    <message>
        <source>a quote may only start a phrase or a value</source>
        <translation>ein Anführungszeichen darf nur eine Phrase oder einen Wert beginnen</translation>
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
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import Stopped</source>
        <translation>Import gestoppt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the store refused the first batch.</source>
        <translation>der Speicher hat den ersten Stapel abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>none of the %Ln lines could be read as a log.</source>
        <translation>
            <numerusform>die %Ln Zeile konnte nicht als Log gelesen werden.</numerusform>
            <numerusform>keine der %Ln Zeilen konnte als Log gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logs imported</source>
        <translation>
            <numerusform>%Ln Log importiert</numerusform>
            <numerusform>%Ln Logs importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the store</source>
        <translation>
            <numerusform>%Ln bereits im Speicher</numerusform>
            <numerusform>%Ln bereits im Speicher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines skipped</source>
        <translation>
            <numerusform>%Ln Zeile übersprungen</numerusform>
            <numerusform>%Ln Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
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
        <translation>Suchen (Enter für nächsten Treffer)</translation>
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
    <name>LogConfig</name>
    <message>
        <source>inline config</source>
        <translation>Inline-Config</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>bedient von %1</translation>
    </message>
</context>
<context>
    <name>LogDiff</name>
    <message>
        <source>%1: the cache was not enabled (no cache mode in the config or x-portkey-cache header), so it could not hit.</source>
        <translation>%1: Der Cache war nicht aktiviert (kein Cache-Modus in der Config oder im Header x-portkey-cache), daher konnte es keinen Treffer geben.</translation>
    </message>
    <message>
        <source>%1: cache mode %2 was asked for but the gateway reported DISABLED: its build has the cache compiled out (the npm 1.15.2 package does), so no request through it can hit.</source>
        <translation>%1: Cache-Modus %2 war angefordert, aber das Gateway meldete DISABLED: Sein Build enthält keinen Cache (so das npm-Paket 1.15.2), daher kann keine Anfrage darüber einen Treffer erzielen.</translation>
    </message>
    <message>
        <source>%1: semantic mode, which the open-source gateway never serves from the cache.</source>
        <translation>%1: semantischer Modus, den das Open-Source-Gateway nie aus dem Cache bedient.</translation>
    </message>
    <message>
        <source>%1: sent x-portkey-cache-force-refresh, which skips the lookup (REFRESH) and stores the new answer.</source>
        <translation>%1: hat x-portkey-cache-force-refresh gesendet, das die Suche überspringt (REFRESH) und die neue Antwort speichert.</translation>
    </message>
    <message>
        <source>%1: a stream; the gateway never stores streamed answers.</source>
        <translation>%1: ein Stream; das Gateway speichert gestreamte Antworten nie.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Both requests have the same simple-cache key (SHA-256 of body and provider URL: %1).</source>
        <translation>Beide Anfragen haben denselben Schlüssel im einfachen Cache (SHA-256 von Body und URL des Anbieters: %1).</translation>
    </message>
    <message>
        <source>Same key, so the one that missed either came first and filled the cache, found the entry expired (max_age), skipped it with force-refresh, or went through another gateway process (the open-source cache is in memory, per process).</source>
        <translation>Gleicher Schlüssel, also kam die Anfrage ohne Treffer entweder zuerst und füllte den Cache, fand den Eintrag abgelaufen (max_age), übersprang ihn mit force-refresh oder lief über einen anderen Gateway-Prozess (der Open-Source-Cache liegt im Speicher, je Prozess).</translation>
    </message>
    <message>
        <source>The simple-cache keys differ (%1 vs %2) in: %3. A request only hits an entry stored under its exact key.</source>
        <translation>Die Schlüssel im einfachen Cache unterscheiden sich (%1 gegenüber %2) in: %3. Eine Anfrage trifft nur einen Eintrag, der unter genau ihrem Schlüssel gespeichert ist.</translation>
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
    <message>
        <source>Do-Not-Track: only the statistics were kept, not the content</source>
        <translation>Do-Not-Track: Nur die Statistik wurde behalten, nicht der Inhalt</translation>
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
        <source>The store could not be read: %1</source>
        <translation>Der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Counting logs…</source>
        <translation>Logs werden gezählt…</translation>
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
        <source>Co&amp;nnect to Gateway…</source>
        <translation>Mit &amp;Gateway verbinden…</translation>
    </message>
    <message>
        <source>Disc&amp;onnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Follow Live</source>
        <translation>Live &amp;folgen</translation>
    </message>
    <message>
        <source>Keep the newest live logs in view; off, the list stays where you read</source>
        <translation>Die neuesten Live-Logs im Blick behalten; aus bleibt die Liste, wo Sie lesen</translation>
    </message>
    <message numerus="yes">
        <source>%n live log(s)</source>
        <translation>
            <numerusform>%n Live-Log</numerusform>
            <numerusform>%n Live-Logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n Lücke</numerusform>
            <numerusform>%n Lücken</numerusform>
        </translation>
    </message>
    <message>
        <source>following</source>
        <translation>folgt</translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new above</source>
        <translation>
            <numerusform>pausiert, %n neuer oben</numerusform>
            <numerusform>pausiert, %n neue oben</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Recording proxy: point clients at http://%1</source>
        <translation>Aufzeichnender Proxy: Clients auf http://%1 richten</translation>
    </message>
    <message>
        <source>Gateway log stream</source>
        <translation>Gateway-Log-Stream</translation>
    </message>
    <message>
        <source>Connect to Gateway</source>
        <translation>Mit Gateway verbinden</translation>
    </message>
    <message>
        <source>The live capture could not start: %1</source>
        <translation>Die Live-Erfassung konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>&amp;Erneut senden…</translation>
    </message>
    <message>
        <source>Select a log to replay it</source>
        <translation>Einen Log auswählen, um ihn erneut zu senden</translation>
    </message>
    <message>
        <source>Saved the run as log %1</source>
        <translation>Lauf als Log %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save the run: %1</source>
        <translation>Lauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This trace is not in the local store: %1
Portkey has no API to fetch a trace by id; sync the time range with File &gt; Connections or &apos;gatescope-cli sync&apos;.</source>
        <translation>Dieser Trace ist nicht im lokalen Speicher: %1
Portkey hat keine API, um einen Trace nach ID abzurufen; den Zeitraum mit Datei &gt; Verbindungen oder &apos;gatescope-cli sync&apos; synchronisieren.</translation>
    </message>
    <message>
        <source>Fetching log %1 from the control plane…</source>
        <translation>Log %1 wird von der Control Plane abgerufen…</translation>
    </message>
    <message>
        <source>This log is not in the local store and could not be fetched: %1
%2</source>
        <translation>Dieser Log ist nicht im lokalen Speicher und konnte nicht abgerufen werden: %1
%2</translation>
    </message>
    <message>
        <source>No connection named %1.</source>
        <translation>Keine Verbindung namens %1.</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <source>Sync Logs</source>
        <translation>Logs synchronisieren</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Sync of %1 cancelled; Sync Now resumes it.</source>
        <translation>Synchronisierung von %1 abgebrochen; „Jetzt synchronisieren“ setzt sie fort.</translation>
    </message>
    <message>
        <source>Sync of %1 stopped: %2</source>
        <translation>Synchronisierung von %1 gestoppt: %2</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Analytics…</source>
        <translation>&amp;Analytics…</translation>
    </message>
    <message>
        <source>Add &amp;Feedback…</source>
        <translation>&amp;Feedback hinzufügen…</translation>
    </message>
    <message>
        <source>Select a log to give feedback on.</source>
        <translation>Einen Log auswählen, um Feedback dazu zu geben.</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Kein Speicher geöffnet</translation>
    </message>
    <message>
        <source>PostgreSQL database %1</source>
        <translation>PostgreSQL-Datenbank %1</translation>
    </message>
    <message>
        <source>Open &amp;Store…</source>
        <translation>&amp;Speicher öffnen…</translation>
    </message>
    <message>
        <source>Shared store: not connected</source>
        <translation>Gemeinsamer Speicher: nicht verbunden</translation>
    </message>
    <message>
        <source>Shared store: logs others add are not shown (%1)</source>
        <translation>Gemeinsamer Speicher: Logs, die andere hinzufügen, werden nicht angezeigt (%1)</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>Gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>Shared store · following</source>
        <translation>Gemeinsamer Speicher · folgt</translation>
    </message>
    <message numerus="yes">
        <source>Shared store · paused, %n new above</source>
        <translation>
            <numerusform>Gemeinsamer Speicher · pausiert, %n neuer oben</numerusform>
            <numerusform>Gemeinsamer Speicher · pausiert, %n neue oben</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared store · paused</source>
        <translation>Gemeinsamer Speicher · pausiert</translation>
    </message>
    <message>
        <source>Logs and feedback that collectors and other desktops store in this PostgreSQL database appear as they are committed. View &gt; Follow Live keeps the newest in view.</source>
        <translation>Logs und Feedback, die Collector und andere Desktops in dieser PostgreSQL-Datenbank speichern, erscheinen, sobald sie festgeschrieben sind. Ansicht &gt; Live folgen behält die neuesten im Blick.</translation>
    </message>
    <message>
        <source>%1 is the store open now.</source>
        <translation>%1 ist der gerade geöffnete Speicher.</translation>
    </message>
    <message>
        <source>An import or sync is writing to this store: let it finish (or cancel it), then open %1.</source>
        <translation>Ein Import oder eine Synchronisierung schreibt in diesen Speicher: Den Vorgang abschließen lassen (oder abbrechen), dann %1 öffnen.</translation>
    </message>
    <message>
        <source>Another Gatescope window shows %1; it was brought to the front.</source>
        <translation>Ein anderes Gatescope-Fenster zeigt %1; es wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <source>Live capture is writing into this store. Open %1 and stop capturing? What was captured so far stays in this store.</source>
        <translation>Die Live-Erfassung schreibt in diesen Speicher. %1 öffnen und die Erfassung beenden? Das bisher Erfasste bleibt in diesem Speicher.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Shared store: connection lost — reconnecting…</source>
        <translation>Gemeinsamer Speicher: Verbindung verloren — neue Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>The connection to the store was lost: %1

Gatescope connects again by itself, waiting longer after each failed try (up to 30 s), and then shows what was stored meanwhile. View &gt; Reload tries at once.</source>
        <translation>Die Verbindung zum Speicher ist verloren gegangen: %1

Gatescope verbindet sich von selbst neu, wartet nach jedem fehlgeschlagenen Versuch länger (bis zu 30 s) und zeigt dann, was inzwischen gespeichert wurde. Ansicht &gt; Neu laden versucht es sofort.</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung ist verloren gegangen</translation>
    </message>
    <message>
        <source>&amp;Export Logs…</source>
        <translation>Logs e&amp;xportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logs</source>
        <translation>
            <numerusform>%Ln Log</numerusform>
            <numerusform>%Ln Logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logs match the filter</source>
        <translation>
            <numerusform>%Ln Log passt zum Filter</numerusform>
            <numerusform>%Ln Logs passen zum Filter</numerusform>
        </translation>
    </message>
    <message>
        <source>Export job %1 of %2, %3: %4</source>
        <translation>Export-Job %1 von %2, %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new logs</source>
        <translation>
            <numerusform>%Ln neuer Log</numerusform>
            <numerusform>%Ln neue Logs</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1: %2, %3.</source>
        <translation>%1 synchronisiert: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already stored</source>
        <translation>
            <numerusform>%Ln bereits gespeichert</numerusform>
            <numerusform>%Ln bereits gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>The window on %1 opened the link.</source>
        <translation>Das Fenster für %1 hat den Link geöffnet.</translation>
    </message>
    <message>
        <source>the link names the store &quot;%1&quot;, which was not opened here before; this window shows %2</source>
        <translation>der Link nennt den Speicher „%1“, der hier noch nie geöffnet wurde; dieses Fenster zeigt %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln demo logs added</source>
        <translation>
            <numerusform>%Ln Demo-Log hinzugefügt</numerusform>
            <numerusform>%Ln Demo-Logs hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln logs to %1</source>
        <translation>
            <numerusform>%Ln Log nach %1 exportiert</numerusform>
            <numerusform>%Ln Logs nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1 (%2 of %3): %Ln logs</source>
        <translation>
            <numerusform>%1 wird importiert (%2 von %3): %Ln Log</numerusform>
            <numerusform>%1 wird importiert (%2 von %3): %Ln Logs</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing trace %1</source>
        <translation>Trace %1 wird angezeigt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>No log matches the filter</source>
        <translation>Kein Log passt zum Filter</translation>
    </message>
    <message>
        <source>The store has no logs.</source>
        <translation>Der Speicher enthält keine Logs.</translation>
    </message>
    <message>
        <source>Nothing in the store matches %1. Change or clear the filter to see logs again.</source>
        <translation>Nichts im Speicher passt zu %1. Ändern oder leeren Sie den Filter, um wieder Logs zu sehen.</translation>
    </message>
    <message>
        <source>Select a log to replay it.</source>
        <translation>Wählen Sie einen Log aus, um ihn erneut zu senden.</translation>
    </message>
    <message>
        <source>This log cannot be replayed: %1</source>
        <translation>Dieser Log kann nicht erneut gesendet werden: %1</translation>
    </message>
    <message>
        <source>The filter %1 was cleared to show log %2; it is in the filter history.</source>
        <translation>Der Filter %1 wurde geleert, um Log %2 anzuzeigen; er steht im Filterverlauf.</translation>
    </message>
    <message>
        <source>Re&amp;view Logs…</source>
        <translation>Logs &amp;bewerten…</translation>
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
    <name>OpenStoreDialog</name>
    <message>
        <source>Open Store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <source>Logs are kept in a store: a SQLite file on this computer, or a PostgreSQL database that collectors write to and a team reads.</source>
        <translation>Logs werden in einem Speicher behalten: einer SQLite-Datei auf diesem Computer oder einer PostgreSQL-Datenbank, in die Collector schreiben und die ein Team liest.</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>&amp;SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>a new or existing .sqlite file</source>
        <translation>eine neue oder vorhandene .sqlite-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL database (team store)</source>
        <translation>&amp;PostgreSQL-Datenbank (Team-Speicher)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/dbname</source>
        <translation>postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>R&amp;ecent stores:</source>
        <translation>&amp;Zuletzt geöffnete Speicher:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Enter the database&apos;s URL: postgresql://user@host:port/dbname</source>
        <translation>Die URL der Datenbank eingeben: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Choose a SQLite file, new or existing.</source>
        <translation>Eine SQLite-Datei wählen, neu oder vorhanden.</translation>
    </message>
    <message>
        <source>The password typed here is used until Gatescope quits, unless it is saved in the keychain.</source>
        <translation>Das hier eingegebene Passwort wird bis zum Beenden von Gatescope verwendet, sofern es nicht im Schlüsselbund gespeichert wird.</translation>
    </message>
    <message>
        <source>Empty: the password saved in the system keychain for this database.</source>
        <translation>Leer: das für diese Datenbank im System-Schlüsselbund gespeicherte Passwort.</translation>
    </message>
    <message>
        <source>Empty: the password in PGPASSWORD.</source>
        <translation>Leer: das Passwort aus PGPASSWORD.</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass, as for psql; or none when the server trusts you.</source>
        <translation>Leer: PGPASSWORD oder ~/.pgpass wie bei psql; oder keines, wenn der Server Ihnen vertraut.</translation>
    </message>
    <message>
        <source>SQLite Store</source>
        <translation>SQLite-Speicher</translation>
    </message>
    <message>
        <source>SQLite stores (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Speicher (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No file there yet: a new, empty store will be created.</source>
        <translation>Dort gibt es noch keine Datei: Ein neuer, leerer Speicher wird angelegt.</translation>
    </message>
    <message>
        <source>It opens, but its logs could not be counted: %1</source>
        <translation>Er lässt sich öffnen, aber seine Logs konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>No system keychain is running here, so the password was not saved (nor written to a file). Open again to use it until Gatescope quits; to keep it, start a keychain (GNOME Keyring, KWallet) or use PGPASSWORD or ~/.pgpass.</source>
        <translation>Hier läuft kein System-Schlüsselbund, daher wurde das Passwort nicht gespeichert (und auch nicht in eine Datei geschrieben). Erneut öffnen, um es bis zum Beenden von Gatescope zu verwenden; um es zu behalten, einen Schlüsselbund starten (GNOME Keyring, KWallet) oder PGPASSWORD oder ~/.pgpass verwenden.</translation>
    </message>
    <message>
        <source>The system keychain did not save the password: %1</source>
        <translation>Der System-Schlüsselbund hat das Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The saved password could not be removed from the system keychain: %1</source>
        <translation>Das gespeicherte Passwort konnte nicht aus dem System-Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>%1 (this window)</source>
        <translation>%1 (dieses Fenster)</translation>
    </message>
    <message>
        <source>(not a valid PostgreSQL URL)</source>
        <translation>(keine gültige PostgreSQL-URL)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln logs in the store.</source>
        <translation>
            <numerusform>Verbunden: %Ln Log im Speicher.</numerusform>
            <numerusform>Verbunden: %Ln Logs im Speicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A store with %Ln logs.</source>
        <translation>
            <numerusform>Ein Speicher mit %Ln Log.</numerusform>
            <numerusform>Ein Speicher mit %Ln Logs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>%1 is a SQLite database (a Gatescope store or its full-text index?) and is not overwritten: choose another file</source>
        <translation>%1 ist eine SQLite-Datenbank (ein Gatescope-Speicher oder sein Volltextindex?) und wird nicht überschrieben: Wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>%1 belongs to the SQLite database %2 and is not overwritten: choose another file</source>
        <translation>%1 gehört zur SQLite-Datenbank %2 und wird nicht überschrieben: Wählen Sie eine andere Datei</translation>
    </message>
</context>
<context>
    <name>PeerActions</name>
    <message>
        <source>&amp;Mark for Comparison</source>
        <translation>Für Vergleich &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Compare the marked log (M) with the selected one, or a replay with its original</source>
        <translation>Den markierten Log (M) mit dem ausgewählten vergleichen oder eine erneute Sendung mit ihrem Original</translation>
    </message>
    <message>
        <source>Save &amp;as Dataset…</source>
        <translation>&amp;Als Datensatz speichern…</translation>
    </message>
    <message>
        <source>Marked for comparison: select another log and press C</source>
        <translation>Für Vergleich markiert: Wählen Sie einen anderen Log aus und drücken Sie C</translation>
    </message>
    <message>
        <source>Select a log to compare</source>
        <translation>Wählen Sie einen Log zum Vergleichen aus</translation>
    </message>
    <message>
        <source>Mark a log with M first, then select another and press C</source>
        <translation>Markieren Sie zuerst einen Log mit M, wählen Sie dann einen anderen aus und drücken Sie C</translation>
    </message>
    <message>
        <source>The marked log is no longer in the store</source>
        <translation>Der markierte Log ist nicht mehr im Speicher</translation>
    </message>
    <message>
        <source>Saving the dataset…</source>
        <translation>Datensatz wird gespeichert…</translation>
    </message>
    <message>
        <source>Save as Dataset</source>
        <translation>Als Datensatz speichern</translation>
    </message>
    <message>
        <source>The dataset could not be saved: %1</source>
        <translation>Der Datensatz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n logs written to %1.</source>
        <translation>
            <numerusform>%n Log nach %1 geschrieben.</numerusform>
            <numerusform>%n Logs nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Do-Not-Track logs were left out: they have no content.</source>
        <translation>
            <numerusform>%n Do-Not-Track-Log wurde ausgelassen: Er hat keinen Inhalt.</numerusform>
            <numerusform>%n Do-Not-Track-Logs wurden ausgelassen: Sie haben keinen Inhalt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logs were left out that have no conversation or no answer.</source>
        <translation>
            <numerusform>%n Log ohne Konversation oder ohne Antwort wurde ausgelassen.</numerusform>
            <numerusform>%n Logs ohne Konversation oder ohne Antwort wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images were written to %1.</source>
        <translation>
            <numerusform>%n Bild wurde nach %1 geschrieben.</numerusform>
            <numerusform>%n Bilder wurden nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaygroundWindow</name>
    <message>
        <source>Replay %1 - Gatescope</source>
        <translation>Erneut senden: %1 - Gatescope</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Run the request to see the new answer here.</source>
        <translation>Die Anfrage ausführen, um die neue Antwort hier zu sehen.</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Original answer / new answer</source>
        <translation>Ursprüngliche Antwort / neue Antwort</translation>
    </message>
    <message>
        <source>Runs in this session</source>
        <translation>Läufe in dieser Sitzung</translation>
    </message>
    <message>
        <source>Save as &amp;log</source>
        <translation>Als &amp;Log speichern</translation>
    </message>
    <message>
        <source>Store the selected run as a new log linked to %1</source>
        <translation>Den ausgewählten Lauf als neuen Log speichern, verknüpft mit %1</translation>
    </message>
    <message>
        <source>Replaying &lt;b&gt;%1&lt;/b&gt; (%2, %3)</source>
        <translation>Erneute Sendung von &lt;b&gt;%1&lt;/b&gt; (%2, %3)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Local gateway, provider headers</source>
        <translation>Lokales Gateway, Anbieter-Header</translation>
    </message>
    <message>
        <source>Local gateway, config</source>
        <translation>Lokales Gateway, Config</translation>
    </message>
    <message>
        <source>Portkey data plane</source>
        <translation>Portkey Data Plane</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:18081/v1</source>
        <translation>optional, z. B. http://127.0.0.1:18081/v1</translation>
    </message>
    <message>
        <source>provider key (gateway) or Portkey API key (data plane)</source>
        <translation>Anbieterschlüssel (Gateway) oder Portkey-API-Schlüssel (Data Plane)</translation>
    </message>
    <message>
        <source>config JSON or config id</source>
        <translation>Config-JSON oder Config-ID</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Custom host</source>
        <translation>Eigener Host</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>A content that is a JSON array (text and image_url parts) is sent as an array.</source>
        <translation>Ein Inhalt, der ein JSON-Array ist (Teile text und image_url), wird als Array gesendet.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>One input per line</source>
        <translation>Eine Eingabe pro Zeile</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Stream the answer</source>
        <translation>Antwort streamen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Token</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>Antwortformat</translation>
    </message>
    <message>
        <source>Tools (JSON)</source>
        <translation>Tools (JSON)</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2; the form keeps the last valid request.</source>
        <translation>Kein gültiges JSON an Offset %1: %2; das Formular behält die letzte gültige Anfrage.</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>Die Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Läuft...</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Status %1 · latency %2 ms · first token %3 · tokens %4 in, %5 out · cost %6</source>
        <translation>Status %1 · Latenz %2 ms · erstes Token %3 · Token %4 rein, %5 raus · Kosten %6</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>nicht gestreamt</translation>
    </message>
    <message>
        <source>~%1 ¢</source>
        <translation>~%1 ¢</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 ms · %4</source>
        <translation>Lauf %1 · %2 · %3 ms · %4</translation>
    </message>
    <message>
        <source>(the original answer is not stored)</source>
        <translation>(die ursprüngliche Antwort ist nicht gespeichert)</translation>
    </message>
    <message>
        <source> · saved as %1</source>
        <translation> · gespeichert als %1</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>PromptPlaygroundWindow</name>
    <message>
        <source>Re&amp;nder</source>
        <translation>&amp;Rendern</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Prompt %1 - Gatescope</source>
        <translation>Prompt %1 - Gatescope</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Rendered request</source>
        <translation>Gerenderte Anfrage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · version %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · Version %3 · %4</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Loaded from %1.</source>
        <translation>Geladen aus %1.</translation>
    </message>
    <message>
        <source>Rendered.</source>
        <translation>Gerendert.</translation>
    </message>
    <message>
        <source>Answered by %1.</source>
        <translation>Beantwortet von %1.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop waiting for the control plane</source>
        <translation>Nicht länger auf die Control Plane warten</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Loading prompt %1 from %2…</source>
        <translation>Prompt %1 wird von %2 geladen…</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird gerendert…</translation>
    </message>
    <message>
        <source>Waiting for the prompt&apos;s completion…</source>
        <translation>Warten auf die Completion des Prompts…</translation>
    </message>
    <message>
        <source>Needs a Portkey connection (File &gt; Connections…)</source>
        <translation>Erfordert eine Portkey-Verbindung (Datei &gt; Verbindungen…)</translation>
    </message>
    <message>
        <source>The template could not be loaded</source>
        <translation>Die Vorlage konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read: %2</source>
        <translation>Der API-Schlüssel von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no Portkey connection to load prompt %1 from (add one with File &gt; Connections…).</source>
        <translation>Es gibt keine Portkey-Verbindung, von der Prompt %1 geladen werden kann (fügen Sie eine unter Datei &gt; Verbindungen… hinzu).</translation>
    </message>
    <message>
        <source>The log carries no rendered copy of the prompt either.</source>
        <translation>Der Log enthält auch keine gerenderte Kopie des Prompts.</translation>
    </message>
    <message>
        <source>This is the cached template from %1, %2.</source>
        <translation>Dies ist die zwischengespeicherte Vorlage von %1, %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · the log&apos;s rendered copy</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · gerenderte Kopie aus dem Log</translation>
    </message>
    <message>
        <source>Rendered messages (from the log, not the template)</source>
        <translation>Gerenderte Nachrichten (aus dem Log, nicht aus der Vorlage)</translation>
    </message>
    <message>
        <source>The log names no variables.</source>
        <translation>Der Log nennt keine Variablen.</translation>
    </message>
    <message>
        <source>Shown instead: the log&apos;s rendered copy, the messages as sent with the variables filled in. The template itself is on the control plane.</source>
        <translation>Stattdessen angezeigt: die gerenderte Kopie aus dem Log, also die Nachrichten wie gesendet, mit eingesetzten Variablen. Die Vorlage selbst liegt auf der Control Plane.</translation>
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
    <message>
        <source>the request head did not arrive within %1 s</source>
        <translation>der Anfrage-Kopf ist nicht innerhalb von %1 s eingetroffen</translation>
    </message>
    <message>
        <source>the request head is larger than %1 KB</source>
        <translation>der Anfrage-Kopf ist größer als %1 KB</translation>
    </message>
    <message>
        <source>malformed HTTP request: %1</source>
        <translation>fehlerhafte HTTP-Anfrage: %1</translation>
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
    <message>
        <source>at most %1 connections at once: the descriptor limit (ulimit -n) is %2</source>
        <translation>höchstens %1 gleichzeitige Verbindungen: das Deskriptor-Limit (ulimit -n) ist %2</translation>
    </message>
    <message>
        <source>connection limit reached: %1 connections open; new ones are answered 503 until one closes (--max-connections, ulimit -n)</source>
        <translation>Verbindungslimit erreicht: %1 Verbindungen offen; neue werden mit 503 beantwortet, bis eine geschlossen wird (--max-connections, ulimit -n)</translation>
    </message>
    <message>
        <source>too many connections to the recording proxy</source>
        <translation>zu viele Verbindungen zum aufzeichnenden Proxy</translation>
    </message>
    <message>
        <source>cannot accept a connection: %1; retrying (%2 connections open)</source>
        <translation>Verbindung kann nicht angenommen werden: %1; neuer Versuch (%2 Verbindungen offen)</translation>
    </message>
</context>
<context>
    <name>ReplayClient</name>
    <message numerus="yes">
        <source>Stopped after %n ms.</source>
        <translation>
            <numerusform>Nach %n ms gestoppt.</numerusform>
            <numerusform>Nach %n ms gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request did not reach the target %1: %2</source>
        <translation>Die Anfrage hat das Ziel %1 nicht erreicht: %2</translation>
    </message>
    <message>
        <source>The target answered %1: %2</source>
        <translation>Das Ziel hat mit %1 geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>ReplayPolicy</name>
    <message>
        <source>no control-plane connection to ask</source>
        <translation>keine Control-Plane-Verbindung zum Nachfragen</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 auf %2, %3</translation>
    </message>
    <message>
        <source>it is not in the control-plane cache</source>
        <translation>er ist nicht im Control-Plane-Cache</translation>
    </message>
    <message>
        <source>This log is Do-Not-Track: its request body was never stored, so there is nothing to replay.</source>
        <translation>Dieser Log ist Do-Not-Track: Sein Anfrage-Body wurde nie gespeichert, es gibt also nichts erneut zu senden.</translation>
    </message>
    <message>
        <source>This log has no request body, so there is nothing to replay.</source>
        <translation>Dieser Log hat keinen Anfrage-Body, es gibt also nichts erneut zu senden.</translation>
    </message>
    <message>
        <source>an unknown endpoint</source>
        <translation>ein unbekannter Endpunkt</translation>
    </message>
    <message>
        <source>Only /chat/completions, /completions and /embeddings requests can be replayed; this log was sent to %1.</source>
        <translation>Nur Anfragen an /chat/completions, /completions und /embeddings können erneut gesendet werden; dieser Log wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>This request came from prompt template %1 called from inside a config target; replay it from the prompt playground instead.</source>
        <translation>Diese Anfrage stammt aus der Prompt-Vorlage %1, aufgerufen aus einem Config-Ziel; senden Sie sie stattdessen aus dem Prompt-Playground erneut.</translation>
    </message>
    <message>
        <source>This request came from prompt template %1 through config %2 (a prompt called from inside a config target); replay it from the prompt playground instead.</source>
        <translation>Diese Anfrage stammt aus der Prompt-Vorlage %1 über Config %2 (ein aus einem Config-Ziel aufgerufener Prompt); senden Sie sie stattdessen aus dem Prompt-Playground erneut.</translation>
    </message>
    <message>
        <source>The virtual key or provider %1 is archived or no longer exists on the control plane, so the request cannot be sent with it (%2).</source>
        <translation>Der virtuelle Schlüssel oder Anbieter %1 ist archiviert oder existiert auf der Control Plane nicht mehr, daher kann die Anfrage nicht damit gesendet werden (%2).</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>Could not check whether the virtual key %1 is still active.</source>
        <translation>Konnte nicht prüfen, ob der virtuelle Schlüssel %1 noch aktiv ist.</translation>
    </message>
    <message>
        <source>Could not check whether the virtual key %1 is still active: %2</source>
        <translation>Konnte nicht prüfen, ob der virtuelle Schlüssel %1 noch aktiv ist: %2</translation>
    </message>
    <message>
        <source>The content of this log was removed on %1 (forgotten on request), so there is nothing to replay.</source>
        <translation>Der Inhalt dieses Logs wurde am %1 entfernt (auf Wunsch vergessen), es gibt also nichts erneut zu senden.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>&apos;%1&apos; is not an age: give a number of days, hours or weeks, like 30d, 12h or 2w</source>
        <translation>„%1“ ist kein Alter: Geben Sie eine Anzahl Tage, Stunden oder Wochen an, etwa 30d, 12h oder 2w</translation>
    </message>
    <message>
        <source>logs are kept for at least one day</source>
        <translation>Logs werden mindestens einen Tag behalten</translation>
    </message>
</context>
<context>
    <name>RetentionActions</name>
    <message>
        <source>Remove the bodies, source records and images of the logs the filter selects; keep their statistics</source>
        <translation>Bodies, Quelldatensätze und Bilder der vom Filter ausgewählten Logs entfernen; ihre Statistik behalten</translation>
    </message>
    <message>
        <source>&amp;Retention Policy…</source>
        <translation>&amp;Aufbewahrungsrichtlinie…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem aktuellen Stapel beendet…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Forget Content</source>
        <translation>Inhalt vergessen</translation>
    </message>
    <message>
        <source>Set a filter first: the content of the logs it selects is removed. Without a filter every log would be selected.</source>
        <translation>Setzen Sie zuerst einen Filter: Der Inhalt der Logs, die er auswählt, wird entfernt. Ohne Filter wäre jeder Log ausgewählt.</translation>
    </message>
    <message>
        <source>No log the filter selects has content left to remove.</source>
        <translation>Keiner der vom Filter ausgewählten Logs hat noch Inhalt zum Entfernen.</translation>
    </message>
    <message>
        <source>Remove the content of %1 logs?</source>
        <translation>Inhalt von %1 Logs entfernen?</translation>
    </message>
    <message>
        <source>The request and response bodies, source records and images of the logs matching “%1” are deleted from the store and its full-text index; they cannot be brought back. Their statistics (time, model, tokens, cost, latency, status, feedback) stay, and they are shown like Do-Not-Track logs. Giving the space back can take a while on a large store.</source>
        <translation>Die Bodies von Anfrage und Antwort, die Quelldatensätze und die Bilder der Logs, die zu „%1“ passen, werden aus dem Speicher und seinem Volltextindex gelöscht; sie lassen sich nicht wiederherstellen. Ihre Statistik (Zeit, Modell, Tokens, Kosten, Latenz, Status, Feedback) bleibt, und sie werden wie Do-Not-Track-Logs angezeigt. Das Freigeben des Platzes kann bei einem großen Speicher eine Weile dauern.</translation>
    </message>
    <message>
        <source>Remove Content</source>
        <translation>Inhalt entfernen</translation>
    </message>
    <message>
        <source>Removing the content of %1 logs…</source>
        <translation>Inhalt von %1 Logs wird entfernt…</translation>
    </message>
    <message>
        <source>Removed the content of %1 logs.</source>
        <translation>Inhalt von %1 Logs entfernt.</translation>
    </message>
    <message>
        <source>Logs are now kept forever.</source>
        <translation>Logs werden jetzt unbegrenzt behalten.</translation>
    </message>
    <message>
        <source>Retention Policy</source>
        <translation>Aufbewahrungsrichtlinie</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 logs older than %n day(s)?</source>
        <translation>
            <numerusform>%1 Logs älter als %n Tag löschen?</numerusform>
            <numerusform>%1 Logs älter als %n Tage löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are deleted with their bodies, images, feedback and full-text entries, and cannot be brought back. From now on logs older than %n day(s) are deleted when Gatescope starts and once a day. Giving the space back can take a while on a large store.</source>
        <translation>
            <numerusform>Sie werden mit ihren Bodies, Bildern, Feedback und Volltexteinträgen gelöscht und lassen sich nicht wiederherstellen. Ab jetzt werden Logs älter als %n Tag beim Start von Gatescope und einmal täglich gelöscht. Das Freigeben des Platzes kann bei einem großen Speicher eine Weile dauern.</numerusform>
            <numerusform>Sie werden mit ihren Bodies, Bildern, Feedback und Volltexteinträgen gelöscht und lassen sich nicht wiederherstellen. Ab jetzt werden Logs älter als %n Tage beim Start von Gatescope und einmal täglich gelöscht. Das Freigeben des Platzes kann bei einem großen Speicher eine Weile dauern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting %1 logs…</source>
        <translation>%1 Logs werden gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>Logs are kept for %n day(s); %1 older logs were deleted.</source>
        <translation>
            <numerusform>Logs werden %n Tag behalten; %1 ältere Logs wurden gelöscht.</numerusform>
            <numerusform>Logs werden %n Tage behalten; %1 ältere Logs wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying the retention policy: deleting %1 logs older than %n day(s)…</source>
        <translation>
            <numerusform>Aufbewahrungsrichtlinie wird angewendet: %1 Logs älter als %n Tag werden gelöscht…</numerusform>
            <numerusform>Aufbewahrungsrichtlinie wird angewendet: %1 Logs älter als %n Tage werden gelöscht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1 logs older than %n day(s)…</source>
        <translation>
            <numerusform>%1 Logs älter als %n Tag werden gelöscht…</numerusform>
            <numerusform>%1 Logs älter als %n Tage werden gelöscht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention policy: %1 logs older than %n day(s) were deleted.</source>
        <translation>
            <numerusform>Aufbewahrungsrichtlinie: %1 Logs älter als %n Tag wurden gelöscht.</numerusform>
            <numerusform>Aufbewahrungsrichtlinie: %1 Logs älter als %n Tage wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>For&amp;get Content of Matching Logs…</source>
        <translation>Inhalt passender Logs &amp;vergessen…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Keep logs &amp;forever</source>
        <translation>Logs &amp;unbegrenzt behalten</translation>
    </message>
    <message>
        <source>&amp;Keep logs for</source>
        <translation>Logs &amp;behalten für</translation>
    </message>
    <message>
        <source>&amp;Prune Now</source>
        <translation>Jetzt &amp;löschen</translation>
    </message>
    <message>
        <source>Retention Policy</source>
        <translation>Aufbewahrungsrichtlinie</translation>
    </message>
    <message>
        <source>How long this store keeps its logs. Everyone who opens the store shares the policy; Gatescope applies it when it starts and once a day while it runs, and deletes older logs with their bodies, images and feedback.</source>
        <translation>Wie lange dieser Speicher seine Logs behält. Alle, die den Speicher öffnen, teilen die Richtlinie; Gatescope wendet sie beim Start und während der Laufzeit einmal täglich an und löscht ältere Logs mit ihren Bodies, Bildern und ihrem Feedback.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep this policy and delete the older logs now</source>
        <translation>Diese Richtlinie übernehmen und die älteren Logs jetzt löschen</translation>
    </message>
    <message>
        <source>No log is deleted by age.</source>
        <translation>Es werden keine Logs nach Alter gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Counting the logs older than %n day(s)…</source>
        <translation>
            <numerusform>Logs älter als %n Tag werden gezählt…</numerusform>
            <numerusform>Logs älter als %n Tage werden gezählt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No log is older than %n day(s) now.</source>
        <translation>
            <numerusform>Derzeit ist kein Log älter als %n Tag.</numerusform>
            <numerusform>Derzeit ist kein Log älter als %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 logs are older than %n day(s): they would be deleted now.</source>
        <translation>
            <numerusform>%1 Logs sind älter als %n Tag: Sie würden jetzt gelöscht.</numerusform>
            <numerusform>%1 Logs sind älter als %n Tage: Sie würden jetzt gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>The log could not be loaded.</source>
        <translation>Der Log konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>No log is under review.</source>
        <translation>Kein Log wird gerade bewertet.</translation>
    </message>
    <message>
        <source>Not saved: another reviewer took this log over after your claim ran out, or its trace got feedback meanwhile. Here is the next one.</source>
        <translation>Nicht gespeichert: Ein anderer Bewerter hat diesen Log übernommen, nachdem Ihre Reservierung abgelaufen war, oder sein Trace hat inzwischen Feedback erhalten. Hier ist der nächste.</translation>
    </message>
    <message>
        <source>Feedback not saved: %1</source>
        <translation>Feedback nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The feedback could not be removed: %1</source>
        <translation>Das Feedback konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The feedback was removed; the log has other feedback or another reviewer has it now, so it is not shown again.</source>
        <translation>Das Feedback wurde entfernt; der Log hat anderes Feedback oder ein anderer Bewerter hat ihn jetzt, daher wird er nicht erneut angezeigt.</translation>
    </message>
    <message>
        <source>This log got feedback or another reviewer took it over; here is the next one.</source>
        <translation>Dieser Log hat Feedback erhalten oder ein anderer Bewerter hat ihn übernommen; hier ist der nächste.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review Logs</source>
        <translation>Logs bewerten</translation>
    </message>
    <message>
        <source>Review Logs: %1</source>
        <translation>Logs bewerten: %1</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>Alle Logs</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Reviewing as %1</source>
        <translation>Bewerter: %1</translation>
    </message>
    <message>
        <source>A note for the feedback on this log (N); Enter or Esc goes back to the keys</source>
        <translation>Eine Notiz zum Feedback für diesen Log (N); Enter oder Esc führt zurück zu den Tasten</translation>
    </message>
    <message>
        <source>Thumbs up: +1 (Up, +)</source>
        <translation>Daumen hoch: +1 (Hoch, +)</translation>
    </message>
    <message>
        <source>Skip (S, Right)</source>
        <translation>Überspringen (S, Rechts)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Finding a log without feedback…</source>
        <translation>Log ohne Feedback wird gesucht…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>Der Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>That answer was not saved: the log had changed meanwhile. Here is the one under review now.</source>
        <translation>Diese Antwort wurde nicht gespeichert: Der Log hatte sich inzwischen geändert. Hier ist der Log, der jetzt bewertet wird.</translation>
    </message>
    <message>
        <source>Loading the next log…</source>
        <translation>Nächster Log wird geladen…</translation>
    </message>
    <message>
        <source>No logs to review</source>
        <translation>Keine Logs zu bewerten</translation>
    </message>
    <message>
        <source>The store has no logs.</source>
        <translation>Der Speicher enthält keine Logs.</translation>
    </message>
    <message>
        <source>No log matches the filter %1.</source>
        <translation>Kein Log passt zum Filter %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n logs of this filter have feedback</source>
        <translation>
            <numerusform>Der %n Log dieses Filters hat Feedback</numerusform>
            <numerusform>Alle %n Logs dieses Filters haben Feedback</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left to review. Close this window, or change the filter and review again.</source>
        <translation>Es ist nichts mehr zu bewerten. Schließen Sie dieses Fenster, oder ändern Sie den Filter und bewerten Sie erneut.</translation>
    </message>
    <message>
        <source>Nothing left to review</source>
        <translation>Nichts mehr zu bewerten</translation>
    </message>
    <message>
        <source>%1 of %2 logs of this filter have feedback; the others were skipped in this review or another reviewer has them now.</source>
        <translation>%1 von %2 Logs dieses Filters haben Feedback; die übrigen wurden in dieser Bewertung übersprungen oder ein anderer Bewerter hat sie gerade.</translation>
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
        <source>Progress unknown</source>
        <translation>Fortschritt unbekannt</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message>
        <source>Thumbs down: −1 (Down, −)</source>
        <translation>Daumen runter: −1 (Runter, −)</translation>
    </message>
    <message>
        <source>Keys 0 to 9 give %1 to %2 on the feedback scale of −10 to +10 (4 is −1, 5 is +1)  ·  N: note  ·  Esc: close (the logs not answered go back to the queue)</source>
        <translation>Tasten 0 bis 9 geben %1 bis %2 auf der Feedback-Skala von −10 bis +10 (4 ist −1, 5 ist +1)  ·  N: Notiz  ·  Esc: schließen (unbeantwortete Logs gehen zurück in die Warteschlange)</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>a saved view has no name</source>
        <translation>eine gespeicherte Ansicht hat keinen Namen</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; has an unknown sort: %2:%3</source>
        <translation>die Ansicht „%1“ hat eine unbekannte Sortierung: %2:%3</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; names a column that is not valid</source>
        <translation>die Ansicht „%1“ nennt eine ungültige Spalte</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>A view needs a name.</source>
        <translation>Eine Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>A view&apos;s name is at most %1 characters.</source>
        <translation>Der Name einer Ansicht hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot contain control characters.</source>
        <translation>Der Name einer Ansicht darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot start or end with a space.</source>
        <translation>Der Name einer Ansicht darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The filter is too long for a view (at most %1 characters).</source>
        <translation>Der Filter ist zu lang für eine Ansicht (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The filter does not parse at character %1: %2</source>
        <translation>Der Filter lässt sich bei Zeichen %1 nicht parsen: %2</translation>
    </message>
    <message>
        <source>A view keeps at most %1 columns.</source>
        <translation>Eine Ansicht enthält höchstens %1 Spalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column name.</source>
        <translation>„%1“ ist kein Spaltenname.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is named twice.</source>
        <translation>Die Spalte „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>The saved views could not be read: %1</source>
        <translation>Die gespeicherten Ansichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no view named &quot;%1&quot;.</source>
        <translation>Es gibt keine Ansicht namens „%1“.</translation>
    </message>
    <message>
        <source>The saved views of this store are not readable (%1); they are left as they are.</source>
        <translation>Die gespeicherten Ansichten dieses Speichers sind nicht lesbar (%1); sie bleiben unverändert.</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>kein JSON-Array</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists already.</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>SavedViewsPanel</name>
    <message>
        <source>Delete View “%1”</source>
        <translation>Ansicht „%1“ löschen</translation>
    </message>
    <message>
        <source>The view “%1” is back.</source>
        <translation>Die Ansicht „%1“ ist wieder da.</translation>
    </message>
    <message>
        <source>The view “%1” could not be restored: %2</source>
        <translation>Die Ansicht „%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Save the filter, sort and columns of the list as a view (%1)</source>
        <translation>Filter, Sortierung und Spalten der Liste als Ansicht speichern (%1)</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Sa&amp;ved Views</source>
        <translation>&amp;Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Go to Saved Views</source>
        <translation>Zu gespeicherten Ansichten &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>Ansicht s&amp;peichern…</translation>
    </message>
    <message>
        <source>Filter: none (every log)</source>
        <translation>Filter: keiner (alle Logs)</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Sorted by %1, newest first</source>
        <translation>Sortiert nach %1, neueste zuerst</translation>
    </message>
    <message>
        <source>Sorted by %1, oldest first</source>
        <translation>Sortiert nach %1, älteste zuerst</translation>
    </message>
    <message>
        <source>Sorted by %1, highest first</source>
        <translation>Sortiert nach %1, höchste zuerst</translation>
    </message>
    <message>
        <source>Sorted by %1, lowest first</source>
        <translation>Sortiert nach %1, niedrigste zuerst</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Opened a view link: %1</source>
        <translation>Ansichtslink geöffnet: %1</translation>
    </message>
    <message>
        <source>Opened the view “%1”</source>
        <translation>Ansicht „%1“ geöffnet</translation>
    </message>
    <message>
        <source>A view named “%1” exists already: pick another name, or use Update to Current View in its menu.</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits: Wählen Sie einen anderen Namen, oder verwenden Sie „Mit aktueller Ansicht überschreiben“ in ihrem Menü.</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>Ansicht „%1“ gespeichert</translation>
    </message>
    <message>
        <source>A view named “%1” exists already.</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The view “%1” could not be deleted: %2</source>
        <translation>Die Ansicht „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleted the view “%1”; Edit &gt; Undo (%2) brings it back.</source>
        <translation>Ansicht „%1“ gelöscht; Bearbeiten &gt; Rückgängig (%2) stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>Alle Logs</translation>
    </message>
    <message>
        <source>Every log in the store, newest first</source>
        <translation>Alle Logs im Speicher, neueste zuerst</translation>
    </message>
    <message>
        <source>No saved views yet. Set the filter, sort and columns you want, then choose Save View… (%1) to keep them here, for this store and everyone who opens it.</source>
        <translation>Noch keine gespeicherten Ansichten. Stellen Sie Filter, Sortierung und Spalten ein und wählen Sie dann „Ansicht speichern…“ (%1), um sie hier zu behalten – für diesen Speicher und alle, die ihn öffnen.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy View Link</source>
        <translation>Ansichtslink &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Update to Current View</source>
        <translation>&amp;Mit aktueller Ansicht überschreiben</translation>
    </message>
    <message>
        <source>The view “%1” now shows what the list shows.</source>
        <translation>Die Ansicht „%1“ zeigt jetzt, was die Liste zeigt.</translation>
    </message>
    <message>
        <source>The view “%1” could not be updated: %2</source>
        <translation>Die Ansicht „%1“ konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Filter bar</source>
        <translation>Filterleiste</translation>
    </message>
    <message>
        <source>Apply the filter</source>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <source>Earlier and later filters from the history</source>
        <translation>Frühere und spätere Filter aus dem Verlauf</translation>
    </message>
    <message>
        <source>Back to the filter that is applied</source>
        <translation>Zurück zum angewendeten Filter</translation>
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
    <message>
        <source>Cache Miss (semantic cache)</source>
        <translation>Cache-Fehlschlag (semantischer Cache)</translation>
    </message>
    <message>
        <source>More chips than the column has room for: hover it for the whole list</source>
        <translation>Chips ohne Platz in der Spalte: Maus darauf zeigt alle</translation>
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
    <message>
        <source>the gateway URL is empty</source>
        <translation>die URL des Gateways ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL (%2)</source>
        <translation>&apos;%1&apos; ist keine gültige URL (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no host</source>
        <translation>&apos;%1&apos; nennt keinen Host</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port must be from 1 to 65535</source>
        <translation>&apos;%1&apos;: Der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>an event larger than %1 MB (the limit): skipped up to its end</source>
        <translation>ein Ereignis größer als %1 MB (die Grenze): bis zu seinem Ende übersprungen</translation>
    </message>
    <message>
        <source>events over the size limit of %1 MB skipped: %2</source>
        <translation>Ereignisse über der Größengrenze von %1 MB übersprungen: %2</translation>
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
    <message>
        <source>The image took longer than %1 s to load.</source>
        <translation>Das Laden des Bildes dauerte länger als %1 s.</translation>
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
    <name>main</name>
    <message>
        <source>Desktop log browser for AI gateway traffic</source>
        <translation>Desktop-Log-Browser für den Verkehr von KI-Gateways</translation>
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
    <message>
        <source>The store to open: a SQLite file or postgresql://user@host:port/dbname (default: the last store opened).</source>
        <translation>Der zu öffnende Speicher: eine SQLite-Datei oder postgresql://user@host:port/dbname (Standard: der zuletzt geöffnete Speicher).</translation>
    </message>
</context>
</TS>
