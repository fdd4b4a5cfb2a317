<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Gatescope</source>
        <translation>About Gatescope</translation>
    </message>
    <message>
        <source>Gatescope %1</source>
        <translation>Gatescope %1</translation>
    </message>
    <message>
        <source>A desktop log browser for AI gateway traffic.</source>
        <translation>A desktop log browser for AI gateway traffic.</translation>
    </message>
    <message>
        <source>Gatescope is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with NO WARRANTY.</source>
        <translation>Gatescope is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with NO WARRANTY.</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Read the licence</translation>
    </message>
    <message>
        <source>Homepage:</source>
        <translation>Homepage:</translation>
    </message>
    <message>
        <source>Report bugs:</source>
        <translation>Report bugs:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Licences of the libraries:</source>
        <translation>Licences of the libraries:</translation>
    </message>
    <message>
        <source>Runs with:</source>
        <translation>Runs with:</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>Copy Versions</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License</source>
        <translation>Licence: GNU General Public License</translation>
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
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Last week</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>The range ends at the newest log that matches the filter</source>
        <translation>The range ends at the newest log that matches the filter</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Range:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>(UTC)</source>
        <translation>(UTC)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Cost (USD)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Latency (ms): average, p50, p90, p99</source>
        <translation>Latency (ms): average, p50, p90, p99</translation>
    </message>
    <message>
        <source>Errors (status 400 and above)</source>
        <translation>Errors (status 400 and above)</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>Error rate (%)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>Top users by requests</source>
        <translation>Top users by requests</translation>
    </message>
    <message>
        <source>Top users by cost (USD)</source>
        <translation>Top users by cost (USD)</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>&amp;Errors</translation>
    </message>
    <message>
        <source>Error status codes</source>
        <translation>Error status codes</translation>
    </message>
    <message>
        <source>Requests rescued by retries and by fallbacks</source>
        <translation>Requests rescued by retries and by fallbacks</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>&amp;Cache</translation>
    </message>
    <message>
        <source>Cache hit rate (%)</source>
        <translation>Cache hit rate (%)</translation>
    </message>
    <message>
        <source>Simple and semantic cache hits</source>
        <translation>Simple and semantic cache hits</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <source>Feedback count</source>
        <translation>Feedback count</translation>
    </message>
    <message>
        <source>Distribution of feedback values</source>
        <translation>Distribution of feedback values</translation>
    </message>
    <message>
        <source>Weighted feedback</source>
        <translation>Weighted feedback</translation>
    </message>
    <message>
        <source>Average weighted feedback per model</source>
        <translation>Average weighted feedback per model</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>All logs</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>The store could not be opened.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>No logs match the filter.</source>
        <translation>No logs match the filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
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
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Buckets of %1 · computed in %2 ms</source>
        <translation>Buckets of %1 · computed in %2 ms</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>average</source>
        <translation>average</translation>
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
        <translation>Errors</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Error rate</translation>
    </message>
    <message>
        <source>%1: %2% errors</source>
        <translation>%1: %2% errors</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; requests · &lt;b&gt;%2&lt;/b&gt; cost · &lt;b&gt;%3&lt;/b&gt; tokens · latency average &lt;b&gt;%4 ms&lt;/b&gt;, p50 &lt;b&gt;%5&lt;/b&gt;, p90 &lt;b&gt;%6&lt;/b&gt;, p99 &lt;b&gt;%7&lt;/b&gt; · &lt;b&gt;%8&lt;/b&gt; errors (%9%)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; requests · &lt;b&gt;%2&lt;/b&gt; cost · &lt;b&gt;%3&lt;/b&gt; tokens · latency average &lt;b&gt;%4 ms&lt;/b&gt;, p50 &lt;b&gt;%5&lt;/b&gt;, p90 &lt;b&gt;%6&lt;/b&gt;, p99 &lt;b&gt;%7&lt;/b&gt; · &lt;b&gt;%8&lt;/b&gt; errors (%9%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; users (from the &lt;tt&gt;_user&lt;/tt&gt; metadata key); the top %2 are shown.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; users (from the &lt;tt&gt;_user&lt;/tt&gt; metadata key); the top %2 are shown.</translation>
    </message>
    <message>
        <source>By retries</source>
        <translation>By retries</translation>
    </message>
    <message>
        <source>By fallbacks</source>
        <translation>By fallbacks</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; errors of %2 requests with a status · rescued by retries &lt;b&gt;%3&lt;/b&gt; · by fallbacks &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; errors of %2 requests with a status · rescued by retries &lt;b&gt;%3&lt;/b&gt; · by fallbacks &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Hit rate</translation>
    </message>
    <message>
        <source>%1: %2% of cacheable requests hit</source>
        <translation>%1: %2% of cacheable requests hit</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>Semantic</translation>
    </message>
    <message>
        <source>Hit rate &lt;b&gt;%1%&lt;/b&gt; (%2 simple and %3 semantic hits of %4 cacheable requests) · average latency of a hit &lt;b&gt;%5 ms&lt;/b&gt; against &lt;b&gt;%6 ms&lt;/b&gt; · saved about &lt;b&gt;%7 s&lt;/b&gt; of latency and &lt;b&gt;%8&lt;/b&gt; (estimated from the same model&apos;s requests not served from the cache)</source>
        <translation>Hit rate &lt;b&gt;%1%&lt;/b&gt; (%2 simple and %3 semantic hits of %4 cacheable requests) · average latency of a hit &lt;b&gt;%5 ms&lt;/b&gt; against &lt;b&gt;%6 ms&lt;/b&gt; · saved about &lt;b&gt;%7 s&lt;/b&gt; of latency and &lt;b&gt;%8&lt;/b&gt; (estimated from the same model&apos;s requests not served from the cache)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Weighted average</translation>
    </message>
    <message>
        <source>%1: weighted average %2</source>
        <translation>%1: weighted average %2</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Average weighted feedback</source>
        <translation>Average weighted feedback</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; feedback entries on the logs in range (each entry once, on the log it was given on; it shows on every log of its trace). Weighted average = sum(value × weight) / sum(weight).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; feedback entries on the logs in range (each entry once, on the log it was given on; it shows on every log of its trace). Weighted average = sum(value × weight) / sum(weight).</translation>
    </message>
    <message>
        <source>Draw a Portkey connection&apos;s own analytics for the same range beside the numbers of this store</source>
        <translation>Draw a Portkey connection&apos;s own analytics for the same range beside the numbers of this store</translation>
    </message>
    <message>
        <source>Server numbers:</source>
        <translation>Server numbers:</translation>
    </message>
    <message>
        <source>as of just now</source>
        <translation>as of just now</translation>
    </message>
    <message numerus="yes">
        <source>as of %n min ago</source>
        <translation>
            <numerusform>as of %n min ago</numerusform>
            <numerusform>as of %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as of %n h ago</source>
        <translation>
            <numerusform>as of %n h ago</numerusform>
            <numerusform>as of %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as of %n day(s) ago</source>
        <translation>
            <numerusform>as of %n day ago</numerusform>
            <numerusform>as of %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>No Portkey connection yet: add one in the main window with File &gt; Connections to see the server&apos;s numbers beside these.</source>
        <translation>No Portkey connection yet: add one in the main window with File &gt; Connections to see the server&apos;s numbers beside these.</translation>
    </message>
    <message>
        <source>There is no connection named %1.</source>
        <translation>There is no connection named %1.</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read: %2</source>
        <translation>The API key of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Choose a connection to draw its numbers beside these.</source>
        <translation>Choose a connection to draw its numbers beside these.</translation>
    </message>
    <message>
        <source>Fetching the numbers of %1…</source>
        <translation>Fetching the numbers of %1…</translation>
    </message>
    <message>
        <source>Showing the last numbers fetched for this range, %1.</source>
        <translation>Showing the last numbers fetched for this range, %1.</translation>
    </message>
    <message>
        <source>Dashed: %1 on the server, %2.</source>
        <translation>Dashed: %1 on the server, %2.</translation>
    </message>
    <message>
        <source>Dashed: %1 on the server, fetched in %2 ms.</source>
        <translation>Dashed: %1 on the server, fetched in %2 ms.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Portkey (server)</source>
        <translation>Portkey (server)</translation>
    </message>
    <message>
        <source>The server answered in buckets wider than the local ones, so only its totals are shown.</source>
        <translation>The server answered in buckets wider than the local ones, so only its totals are shown.</translation>
    </message>
    <message>
        <source>The server&apos;s finer buckets are added up into the local ones (averages, percentiles and rates: the mean of its buckets).</source>
        <translation>The server&apos;s finer buckets are added up into the local ones (averages, percentiles and rates: the mean of its buckets).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portkey (server)&lt;/b&gt;, %1, %2: %3.</source>
        <translation>&lt;b&gt;Portkey (server)&lt;/b&gt;, %1, %2: %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portkey (server)&lt;/b&gt;, %1: %2.</source>
        <translation>&lt;b&gt;Portkey (server)&lt;/b&gt;, %1: %2.</translation>
    </message>
    <message>
        <source>Its answer has no total to compare with this store&apos;s.</source>
        <translation>Its answer has no total to compare with this store&apos;s.</translation>
    </message>
    <message>
        <source>The same as in this store.</source>
        <translation>The same as in this store.</translation>
    </message>
    <message>
        <source>%1 points higher than in this store.</source>
        <translation>%1 points higher than in this store.</translation>
    </message>
    <message>
        <source>%1 points lower than in this store.</source>
        <translation>%1 points lower than in this store.</translation>
    </message>
    <message>
        <source>Logs not yet synced may explain it: %1 has never been synced into a store (File &gt; Connections &gt; Sync Now).</source>
        <translation>Logs not yet synced may explain it: %1 has never been synced into a store (File &gt; Connections &gt; Sync Now).</translation>
    </message>
    <message>
        <source>Logs not yet synced may explain it: %1 is synced up to %2 UTC.</source>
        <translation>Logs not yet synced may explain it: %1 is synced up to %2 UTC.</translation>
    </message>
    <message>
        <source>Logs the server counts but this store lacks (removed here, or synced into another store) may explain it.</source>
        <translation>Logs the server counts but this store lacks (removed here, or synced into another store) may explain it.</translation>
    </message>
    <message>
        <source>This store holds logs the server does not count here: imported from elsewhere, from another workspace, or not yet processed by Portkey.</source>
        <translation>This store holds logs the server does not count here: imported from elsewhere, from another workspace, or not yet processed by Portkey.</translation>
    </message>
    <message>
        <source>The server&apos;s numbers ignore the part of the filter its graphs have no parameter for: %1.</source>
        <translation>The server&apos;s numbers ignore the part of the filter its graphs have no parameter for: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; unique users</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; unique users</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; errors with %2 distinct status codes · rescued by retries &lt;b&gt;%3&lt;/b&gt; · by fallbacks &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; errors with %2 distinct status codes · rescued by retries &lt;b&gt;%3&lt;/b&gt; · by fallbacks &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>hit rate &lt;b&gt;%1%&lt;/b&gt; (total %2)</source>
        <translation>hit rate &lt;b&gt;%1%&lt;/b&gt; (total %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; feedback entries, weighted average &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; feedback entries, weighted average &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>server average</source>
        <translation>server average</translation>
    </message>
    <message>
        <source>server p50</source>
        <translation>server p50</translation>
    </message>
    <message>
        <source>server p90</source>
        <translation>server p90</translation>
    </message>
    <message>
        <source>server p99</source>
        <translation>server p99</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;This store&lt;/b&gt;: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;This store&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>server: by retries</source>
        <translation>server: by retries</translation>
    </message>
    <message>
        <source>server: by fallbacks</source>
        <translation>server: by fallbacks</translation>
    </message>
    <message>
        <source>server: simple</source>
        <translation>server: simple</translation>
    </message>
    <message>
        <source>server: semantic</source>
        <translation>server: semantic</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more requests than in this store.</source>
        <translation>
            <numerusform>%Ln more request than in this store.</numerusform>
            <numerusform>%Ln more requests than in this store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer requests than in this store.</source>
        <translation>
            <numerusform>%Ln fewer request than in this store.</numerusform>
            <numerusform>%Ln fewer requests than in this store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more users than in this store.</source>
        <translation>
            <numerusform>%Ln more user than in this store.</numerusform>
            <numerusform>%Ln more users than in this store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer users than in this store.</source>
        <translation>
            <numerusform>%Ln fewer user than in this store.</numerusform>
            <numerusform>%Ln fewer users than in this store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors than in this store.</source>
        <translation>
            <numerusform>%Ln more error than in this store.</numerusform>
            <numerusform>%Ln more errors than in this store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer errors than in this store.</source>
        <translation>
            <numerusform>%Ln fewer error than in this store.</numerusform>
            <numerusform>%Ln fewer errors than in this store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more feedback entries than in this store.</source>
        <translation>
            <numerusform>%Ln more feedback entry than in this store.</numerusform>
            <numerusform>%Ln more feedback entries than in this store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer feedback entries than in this store.</source>
        <translation>
            <numerusform>%Ln fewer feedback entry than in this store.</numerusform>
            <numerusform>%Ln fewer feedback entries than in this store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln requests</source>
        <translation>
            <numerusform>%1: %Ln request</numerusform>
            <numerusform>%1: %Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln tokens</source>
        <translation>
            <numerusform>%1: %Ln token</numerusform>
            <numerusform>%1: %Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln errors</source>
        <translation>
            <numerusform>%1: %Ln error</numerusform>
            <numerusform>%1: %Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln requests, %2</source>
        <translation>
            <numerusform>%1: %Ln request, %2</numerusform>
            <numerusform>%1: %Ln requests, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status %1: %Ln requests</source>
        <translation>
            <numerusform>Status %1: %Ln request</numerusform>
            <numerusform>Status %1: %Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rescued by retries</source>
        <translation>
            <numerusform>%1: %Ln rescued by retries</numerusform>
            <numerusform>%1: %Ln rescued by retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rescued by fallbacks</source>
        <translation>
            <numerusform>%1: %Ln rescued by fallbacks</numerusform>
            <numerusform>%1: %Ln rescued by fallbacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln simple hits</source>
        <translation>
            <numerusform>%1: %Ln simple hit</numerusform>
            <numerusform>%1: %Ln simple hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln semantic hits</source>
        <translation>
            <numerusform>%1: %Ln semantic hit</numerusform>
            <numerusform>%1: %Ln semantic hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln feedback entries</source>
        <translation>
            <numerusform>%1: %Ln feedback entry</numerusform>
            <numerusform>%1: %Ln feedback entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Value %1: %Ln entries</source>
        <translation>
            <numerusform>Value %1: %Ln entry</numerusform>
            <numerusform>Value %1: %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 over %Ln entries</source>
        <translation>
            <numerusform>%1: %2 over %Ln entry</numerusform>
            <numerusform>%1: %2 over %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureGapBanner</name>
    <message>
        <source>All Gaps</source>
        <translation>All Gaps</translation>
    </message>
    <message>
        <source>Hide until the next gap</source>
        <translation>Hide until the next gap</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n gap(s) in this session.</source>
        <translation>
            <numerusform>%1. %n gap in this session.</numerusform>
            <numerusform>%1. %n gaps in this session.</numerusform>
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
    <name>ChartPanel</name>
    <message>
        <source>Point at a bar or a point for its values; click it to filter the list.</source>
        <translation>Point at a bar or a point for its values; click it to filter the list.</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Save this chart as a PNG image</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the data of this chart as CSV</source>
        <translation>Save the data of this chart as CSV</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Export Data</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
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
    <name>CompareWindow</name>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Headers (x-portkey-*)</source>
        <translation>Headers (x-portkey-*)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cache (what the simple cache keys on)</source>
        <translation>Cache (what the simple cache keys on)</translation>
    </message>
    <message>
        <source>Tokens, cost and latency</source>
        <translation>Tokens, cost and latency</translation>
    </message>
    <message>
        <source>Compare %1 and %2</source>
        <translation>Compare %1 and %2</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>Only &amp;differences</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Answers, word by word</source>
        <translation>Answers, word by word</translation>
    </message>
    <message>
        <source>Answers (the same)</source>
        <translation>Answers (the same)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Cache: %1 / %2</source>
        <translation>Cache: %1 / %2</translation>
    </message>
    <message>
        <source>Same simple-cache key (request body and provider URL).</source>
        <translation>Same simple-cache key (request body and provider URL).</translation>
    </message>
    <message>
        <source>The simple-cache keys differ in: %1.</source>
        <translation>The simple-cache keys differ in: %1.</translation>
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
        <translation>Node</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The config this request sent inline (x-portkey-config).</source>
        <translation>The config this request sent inline (x-portkey-config).</translation>
    </message>
    <message>
        <source>This log was served by %1.</source>
        <translation>This log was served by %1.</translation>
    </message>
    <message>
        <source>config</source>
        <translation>config</translation>
    </message>
    <message>
        <source>strategy %1</source>
        <translation>strategy %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>retry %1 times on %2</source>
        <translation>retry %1 times on %2</translation>
    </message>
    <message>
        <source>retry %1 times</source>
        <translation>retry %1 times</translation>
    </message>
    <message>
        <source>cache %1, max age %2 s</source>
        <translation>cache %1, max age %2 s</translation>
    </message>
    <message>
        <source>cache %1</source>
        <translation>cache %1</translation>
    </message>
    <message>
        <source>override %1</source>
        <translation>override %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Fetch</translation>
    </message>
    <message>
        <source>This log</source>
        <translation>This log</translation>
    </message>
    <message>
        <source>Fetch the saved config from the control plane</source>
        <translation>Fetch the saved config from the control plane</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read: %2</source>
        <translation>The API key of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The config this request carried inline in its body.</source>
        <translation>The config this request carried inline in its body.</translation>
    </message>
    <message>
        <source>Config %1 from the control-plane cache of %2, %3.</source>
        <translation>Config %1 from the control-plane cache of %2, %3.</translation>
    </message>
    <message>
        <source>This log names config %1, which is not in the control-plane cache. Below is what the log itself knows: the targets the gateway tried or served, with the options it logged for each.</source>
        <translation>This log names config %1, which is not in the control-plane cache. Below is what the log itself knows: the targets the gateway tried or served, with the options it logged for each.</translation>
    </message>
    <message>
        <source>This log carries no config, only the targets the gateway tried or served, with the options it logged for each (the gateway&apos;s log stream does not record the config).</source>
        <translation>This log carries no config, only the targets the gateway tried or served, with the options it logged for each (the gateway&apos;s log stream does not record the config).</translation>
    </message>
    <message>
        <source>The request sent an x-portkey-config that is not a JSON object, so the gateway could not use it:</source>
        <translation>The request sent an x-portkey-config that is not a JSON object, so the gateway could not use it:</translation>
    </message>
    <message>
        <source>This log names config %1, but the config is not in the control-plane cache and the log carries no copy of it.</source>
        <translation>This log names config %1, but the config is not in the control-plane cache and the log carries no copy of it.</translation>
    </message>
    <message>
        <source>This log carries no config and names none.</source>
        <translation>This log carries no config and names none.</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>served by %1</translation>
    </message>
    <message>
        <source>What the log knows: %1.</source>
        <translation>What the log knows: %1.</translation>
    </message>
    <message>
        <source>To fetch config %1, add a Portkey connection with File &gt; Connections… and open this view again.</source>
        <translation>To fetch config %1, add a Portkey connection with File &gt; Connections… and open this view again.</translation>
    </message>
    <message>
        <source>Fetching config %1 from %2…</source>
        <translation>Fetching config %1 from %2…</translation>
    </message>
    <message>
        <source>Could not refresh it: %1</source>
        <translation>Could not refresh it: %1</translation>
    </message>
    <message>
        <source>Config %1 as saved on %2, fetched %3.</source>
        <translation>Config %1 as saved on %2, fetched %3.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Could not fetch config %1: %2</source>
        <translation>Could not fetch config %1: %2</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <source>Attempts: %1, failed: %2.</source>
        <translation>Attempts: %1, failed: %2.</translation>
    </message>
    <message>
        <source>Attempts: %1.</source>
        <translation>Attempts: %1.</translation>
    </message>
    <message>
        <source>if %1 then %2</source>
        <translation>if %1 then %2</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>default %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>attempt %1</translation>
    </message>
    <message>
        <source>attempt %1 ok</source>
        <translation>attempt %1 ok</translation>
    </message>
    <message>
        <source>attempt %1 failed</source>
        <translation>attempt %1 failed</translation>
    </message>
    <message>
        <source>served this log</source>
        <translation>served this log</translation>
    </message>
    <message>
        <source>not tried: the log says nothing more of it</source>
        <translation>not tried: the log says nothing more of it</translation>
    </message>
</context>
<context>
    <name>ConnectGatewayDialog</name>
    <message>
        <source>Connect to Gateway</source>
        <translation>Connect to Gateway</translation>
    </message>
    <message>
        <source>Capture requests as they happen. New logs appear at the top of the list and are kept in the store.</source>
        <translation>Capture requests as they happen. New logs appear at the top of the list and are kept in the store.</translation>
    </message>
    <message>
        <source>Log stream (zero set-up)</source>
        <translation>Log stream (zero set-up)</translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation>&amp;Gateway URL:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787</source>
        <translation>http://127.0.0.1:8787</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>Admin &amp;token:</translation>
    </message>
    <message>
        <source>optional; gateways after 1.15.2 require one</source>
        <translation>optional; gateways after 1.15.2 require one</translation>
    </message>
    <message>
        <source>Recording proxy (complete: trace ids, metadata, retries, Do-Not-Track)</source>
        <translation>Recording proxy (complete: trace ids, metadata, retries, Do-Not-Track)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Listen on:</translation>
    </message>
    <message>
        <source>127.0.0.1:8788</source>
        <translation>127.0.0.1:8788</translation>
    </message>
    <message>
        <source>&amp;Upstream URL:</source>
        <translation>&amp;Upstream URL:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Reads the gateway&apos;s GET /log/stream; nothing to change in your clients. The stream keeps no history, carries no trace ids, metadata or retry counts, logs streamed answers without their content, and cannot honour Do-Not-Track: requests sent with x-portkey-debug: false are stored with their prompts and answers.</source>
        <translation>Reads the gateway&apos;s GET /log/stream; nothing to change in your clients. The stream keeps no history, carries no trace ids, metadata or retry counts, logs streamed answers without their content, and cannot honour Do-Not-Track: requests sent with x-portkey-debug: false are stored with their prompts and answers.</translation>
    </message>
    <message>
        <source>Point your client or SDK at the listen address (for the Portkey SDK, baseURL http://%1/v1). Every request is forwarded unchanged to the upstream and stored as the client saw it, with trace ids, metadata, retries and streamed answers; Do-Not-Track requests are kept as statistics only.</source>
        <translation>Point your client or SDK at the listen address (for the Portkey SDK, baseURL http://%1/v1). Every request is forwarded unchanged to the upstream and stored as the client saw it, with trace ids, metadata, retries and streamed answers; Do-Not-Track requests are kept as statistics only.</translation>
    </message>
    <message>
        <source>The gateway URL must be an http:// or https:// address, e.g. %1.</source>
        <translation>The gateway URL must be an http:// or https:// address, e.g. %1.</translation>
    </message>
    <message>
        <source>Listen on takes HOST:PORT with an IP address, e.g. %1.</source>
        <translation>Listen on takes HOST:PORT with an IP address, e.g. %1.</translation>
    </message>
    <message>
        <source>The upstream URL must be an http:// or https:// address, e.g. %1.</source>
        <translation>The upstream URL must be an http:// or https:// address, e.g. %1.</translation>
    </message>
    <message>
        <source>Connect when Gatescope &amp;starts</source>
        <translation>Connect when Gatescope &amp;starts</translation>
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
        <translation>No Keychain</translation>
    </message>
    <message>
        <source>No system keychain service is running on this computer (%1).

Keep the API key in a file that only you can read (%2)? Anyone who can log in as you, or read your backups, can read it.</source>
        <translation>No system keychain service is running on this computer (%1).

Keep the API key in a file that only you can read (%2)? Anyone who can log in as you, or read your backups, can read it.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>stored; type a new key to replace it</source>
        <translation>stored; type a new key to replace it</translation>
    </message>
    <message>
        <source>Give the connection a name: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Give the connection a name: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Enter the API key (app.portkey.ai &gt; API Keys).</source>
        <translation>Enter the API key (app.portkey.ai &gt; API Keys).</translation>
    </message>
    <message>
        <source>Not saved: no keychain service is running, and the key was not to be kept in a file.</source>
        <translation>Not saved: no keychain service is running, and the key was not to be kept in a file.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Removed %1 and its key.</source>
        <translation>Removed %1 and its key.</translation>
    </message>
    <message>
        <source>Save the connection first.</source>
        <translation>Save the connection first.</translation>
    </message>
    <message numerus="yes">
        <source>The control plane accepted the key (%n virtual key(s) visible).</source>
        <translation>
            <numerusform>The control plane accepted the key (%n virtual key visible).</numerusform>
            <numerusform>The control plane accepted the key (%n virtual keys visible).</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ync Now</translation>
    </message>
    <message>
        <source>Fetch the logs since the last sync through Portkey&apos;s log export (Enterprise plan)</source>
        <translation>Fetch the logs since the last sync through Portkey&apos;s log export (Enterprise plan)</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A certificate:</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>the system&apos;s certificate authorities</translation>
    </message>
    <message>
        <source>A certificate file (PEM or DER) to trust for this connection, for a self-hosted control plane with a self-signed or private-CA certificate. Verification always stays on.</source>
        <translation>A certificate file (PEM or DER) to trust for this connection, for a self-hosted control plane with a self-signed or private-CA certificate. Verification always stays on.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Feedback:</translation>
    </message>
    <message>
        <source>Send &amp;feedback given in Gatescope to this connection</source>
        <translation>Send &amp;feedback given in Gatescope to this connection</translation>
    </message>
    <message>
        <source>Feedback is saved locally first and sent when the control plane answers. One connection at a time receives it; without one, feedback stays local.</source>
        <translation>Feedback is saved locally first and sent when the control plane answers. One connection at a time receives it; without one, feedback stays local.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA Certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Not saved: %1.</translation>
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
        <source>the CA certificate file %1 holds no readable certificate</source>
        <translation>the CA certificate file %1 holds no readable certificate</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Verification stays on: if the server&apos;s certificate is self-signed or from a private CA, give the connection that CA certificate (File &gt; Connections, or gatescope-cli connection add --ca-file FILE); otherwise check the URL.</source>
        <translation>The secure connection to %1 failed: %2. Verification stays on: if the server&apos;s certificate is self-signed or from a private CA, give the connection that CA certificate (File &gt; Connections, or gatescope-cli connection add --ca-file FILE); otherwise check the URL.</translation>
    </message>
    <message>
        <source>The download link of the export file has expired: %1 answered %2%3. (No API key is sent there; the link carries its own signature.)</source>
        <translation>The download link of the export file has expired: %1 answered %2%3. (No API key is sent there; the link carries its own signature.)</translation>
    </message>
    <message>
        <source>list configs</source>
        <translation>list configs</translation>
    </message>
    <message>
        <source>The host %1 is unknown (its name does not resolve), so could not %2. Check the connection&apos;s URL.</source>
        <translation>The host %1 is unknown (its name does not resolve), so could not %2. Check the connection&apos;s URL.</translation>
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
        <translation>(estimated from the pricing table)</translation>
    </message>
    <message>
        <source>(from the source; the table gives %1)</source>
        <translation>(from the source; the table gives %1)</translation>
    </message>
    <message>
        <source>(from the source)</source>
        <translation>(from the source)</translation>
    </message>
    <message>
        <source>%1 is not in the pricing table</source>
        <translation>%1 is not in the pricing table</translation>
    </message>
    <message>
        <source>Uncached</source>
        <translation>Uncached</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache read</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache write</translation>
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
        <translation>Prices of %1 (%2).</translation>
    </message>
    <message>
        <source>any provider</source>
        <translation>any provider</translation>
    </message>
    <message>
        <source>Cached input is part of the prompt tokens.</source>
        <translation>Cached input is part of the prompt tokens.</translation>
    </message>
    <message>
        <source>Cached input comes on top of the prompt tokens.</source>
        <translation>Cached input comes on top of the prompt tokens.</translation>
    </message>
    <message>
        <source>Reasoning is part of the completion tokens.</source>
        <translation>Reasoning is part of the completion tokens.</translation>
    </message>
    <message>
        <source>Reasoning comes on top of the completion tokens.</source>
        <translation>Reasoning comes on top of the completion tokens.</translation>
    </message>
    <message>
        <source>* No price of its own in the table: the input or output price.</source>
        <translation>* No price of its own in the table: the input or output price.</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <source>Save as Dataset</source>
        <translation>Save as Dataset</translation>
    </message>
    <message numerus="yes">
        <source>All %n logs</source>
        <translation>
            <numerusform>The %n log</numerusform>
            <numerusform>All %n logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n logs of the filter %1</source>
        <translation>
            <numerusform>The %n log of the filter %1</numerusform>
            <numerusform>The %n logs of the filter %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected log</source>
        <translation>The selected log</translation>
    </message>
    <message>
        <source>OpenAI chat fine-tuning (JSONL)</source>
        <translation>OpenAI chat fine-tuning (JSONL)</translation>
    </message>
    <message>
        <source>Evaluation: input, expected output, feedback (JSONL)</source>
        <translation>Evaluation: input, expected output, feedback (JSONL)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Inline, as data URLs</source>
        <translation>Inline, as data URLs</translation>
    </message>
    <message>
        <source>As files in a folder beside the dataset</source>
        <translation>As files in a folder beside the dataset</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Do-Not-Track logs have no content: they are never included, and the summary says how many were left out.</source>
        <translation>Do-Not-Track logs have no content: they are never included, and the summary says how many were left out.</translation>
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
        <translation>&amp;Images:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
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
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Edit and send this request again (Ctrl+R)</source>
        <translation>Edit and send this request again (Ctrl+R)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Add feedback…</source>
        <translation>Add feedback…</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Sent to Portkey</source>
        <translation>Sent to Portkey</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Local only</translation>
    </message>
    <message>
        <source>Remove here</source>
        <translation>Remove here</translation>
    </message>
    <message>
        <source>Opened %1 in the browser</source>
        <translation>Opened %1 in the browser</translation>
    </message>
    <message>
        <source>No browser could open %1</source>
        <translation>No browser could open %1</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>Copy “%1”</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>Content removed on %1</source>
        <translation>Content removed on %1</translation>
    </message>
    <message>
        <source>Its bodies, source record and images were removed on request; only its statistics were kept.</source>
        <translation>Its bodies, source record and images were removed on request; only its statistics were kept.</translation>
    </message>
    <message>
        <source>Cache read tokens</source>
        <translation>Cache read tokens</translation>
    </message>
    <message>
        <source>Cache write tokens</source>
        <translation>Cache write tokens</translation>
    </message>
    <message>
        <source>no (content removed on %1)</source>
        <translation>no (content removed on %1)</translation>
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
        <translation>Capture requests live from a Portkey gateway&apos;s log stream, or through a recording proxy.</translation>
    </message>
</context>
<context>
    <name>ExportLogsDialog</name>
    <message>
        <source>&amp;Gatescope JSONL (every field and the bodies; imports back unchanged)</source>
        <translation>&amp;Gatescope JSONL (every field and the bodies; imports back unchanged)</translation>
    </message>
    <message>
        <source>&amp;CSV (the columns of Portkey&apos;s export, for spreadsheets)</source>
        <translation>&amp;CSV (the columns of Portkey&apos;s export, for spreadsheets)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Export Logs</source>
        <translation>Export Logs</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln logs of this store.</source>
        <translation>
            <numerusform>The %Ln log of this store.</numerusform>
            <numerusform>All %Ln logs of this store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln logs that match the filter %1</source>
        <translation>
            <numerusform>The %Ln log that matches the filter %1</numerusform>
            <numerusform>The %Ln logs that match the filter %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Gatescope JSONL (*.jsonl)</source>
        <translation>Gatescope JSONL (*.jsonl)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Cancel Export</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Choose a file in a folder that exists.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exported %1 of %2…</source>
        <translation>Exported %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln logs to %1.</source>
        <translation>
            <numerusform>Exported %Ln log to %1.</numerusform>
            <numerusform>Exported %Ln logs to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackController</name>
    <message>
        <source>Add Feedback</source>
        <translation>Add Feedback</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>Edit Feedback</translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation>Delete Feedback</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>The store could not be opened.</translation>
    </message>
    <message>
        <source>Feedback not saved: %1</source>
        <translation>Feedback not saved: %1</translation>
    </message>
    <message>
        <source>no log %1 in the store</source>
        <translation>no log %1 in the store</translation>
    </message>
    <message>
        <source>This log has no trace id, and Portkey attaches feedback to a trace: the feedback is kept in this store only.</source>
        <translation>This log has no trace id, and Portkey attaches feedback to a trace: the feedback is kept in this store only.</translation>
    </message>
    <message>
        <source>Feedback removed here only: Portkey already has it, and its API cannot delete feedback, so it stays there.</source>
        <translation>Feedback removed here only: Portkey already has it, and its API cannot delete feedback, so it stays there.</translation>
    </message>
    <message>
        <source>Feedback removed here. It was being sent to Portkey at that moment; if it arrived, it stays there (Portkey&apos;s API cannot delete feedback).</source>
        <translation>Feedback removed here. It was being sent to Portkey at that moment; if it arrived, it stays there (Portkey&apos;s API cannot delete feedback).</translation>
    </message>
    <message>
        <source>Feedback stays local: %1</source>
        <translation>Feedback stays local: %1</translation>
    </message>
    <message>
        <source>the API key of %1 could not be read: %2</source>
        <translation>the API key of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>there is no connection named %1</source>
        <translation>there is no connection named %1</translation>
    </message>
    <message>
        <source>Feedback is saved here and waits: %1</source>
        <translation>Feedback is saved here and waits: %1</translation>
    </message>
    <message>
        <source>Pending — will be sent when %1 answers</source>
        <translation>Pending — will be sent when %1 answers</translation>
    </message>
    <message>
        <source>Pending — not sent: %1</source>
        <translation>Pending — not sent: %1</translation>
    </message>
    <message>
        <source>Sent to Portkey</source>
        <translation>Sent to Portkey</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Local only</translation>
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
        <translation>Thumbs up (+)</translation>
    </message>
    <message>
        <source>Sets the value to 1 (shortcut +)</source>
        <translation>Sets the value to 1 (shortcut +)</translation>
    </message>
    <message>
        <source>Thumbs down (−)</source>
        <translation>Thumbs down (−)</translation>
    </message>
    <message>
        <source>Sets the value to -1 (shortcut -)</source>
        <translation>Sets the value to -1 (shortcut -)</translation>
    </message>
    <message>
        <source>How much this entry counts when a trace has several (0 to 1)</source>
        <translation>How much this entry counts when a trace has several (0 to 1)</translation>
    </message>
    <message>
        <source>What was good or wrong about this answer</source>
        <translation>What was good or wrong about this answer</translation>
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
        <source>_user, _organisation, _prompt and _environment are indexed by Portkey</source>
        <translation>_user, _organisation, _prompt and _environment are indexed by Portkey</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadata:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Feedback belongs to the trace: it shows on every log of it.</source>
        <translation>Feedback belongs to the trace: it shows on every log of it.</translation>
    </message>
    <message>
        <source>Add Feedback</source>
        <translation>Add Feedback</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>Edit Feedback</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <source>Kept in this store only: no connection receives feedback (File &gt; Connections).</source>
        <translation>Kept in this store only: no connection receives feedback (File &gt; Connections).</translation>
    </message>
    <message>
        <source>Saved here first, then sent to Portkey through %1; while it does not answer, the feedback waits and is retried.</source>
        <translation>Saved here first, then sent to Portkey through %1; while it does not answer, the feedback waits and is retried.</translation>
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
    <name>FilterParser</name>
    <message>
        <source>&apos;%1&apos; takes a number, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; takes a number, got &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a date like 2026-01-01 or 2026-01-01T12:00, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; takes a date like 2026-01-01 or 2026-01-01T12:00, got &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one of %2, got &apos;%3&apos;</source>
        <translation>&apos;%1&apos; takes one of %2, got &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number or one of %2, got &apos;%3&apos;</source>
        <translation>&apos;%1&apos; takes a number or one of %2, got &apos;%3&apos;</translation>
    </message>
    <message>
        <source>unclosed quote</source>
        <translation>unclosed quote</translation>
    </message>
    <message>
        <source>OR needs a term on both sides</source>
        <translation>OR needs a term on both sides</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a term after it</source>
        <translation>&apos;-&apos; needs a term after it</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unknown field &apos;%1&apos;</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (did you mean &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source> (put text containing &apos;:&apos; in quotes to search for it)</source>
        <translation> (put text containing &apos;:&apos; in quotes to search for it)</translation>
    </message>
    <message>
        <source>&apos;meta.&apos; needs a key: meta.KEY:value</source>
        <translation>&apos;meta.&apos; needs a key: meta.KEY:value</translation>
    </message>
    <message>
        <source>expected a space after the closing quote</source>
        <translation>expected a space after the closing quote</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; needs a value</translation>
    </message>
    <message>
        <source>a quote may only start a phrase or a value</source>
        <translation>a quote may only start a phrase or a value</translation>
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
    <message>
        <source>Import Failed</source>
        <translation>Import Failed</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Import Cancelled</translation>
    </message>
    <message>
        <source>Import Stopped</source>
        <translation>Import Stopped</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the store refused the first batch.</source>
        <translation>the store refused the first batch.</translation>
    </message>
    <message numerus="yes">
        <source>none of the %Ln lines could be read as a log.</source>
        <translation>
            <numerusform>the %Ln line could not be read as a log.</numerusform>
            <numerusform>none of the %Ln lines could be read as a log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logs imported</source>
        <translation>
            <numerusform>%Ln log imported</numerusform>
            <numerusform>%Ln logs imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the store</source>
        <translation>
            <numerusform>%Ln already in the store</numerusform>
            <numerusform>%Ln already in the store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines skipped</source>
        <translation>
            <numerusform>%Ln line skipped</numerusform>
            <numerusform>%Ln lines skipped</numerusform>
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
    <name>LogConfig</name>
    <message>
        <source>inline config</source>
        <translation>inline config</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>served by %1</translation>
    </message>
</context>
<context>
    <name>LogDiff</name>
    <message>
        <source>%1: the cache was not enabled (no cache mode in the config or x-portkey-cache header), so it could not hit.</source>
        <translation>%1: the cache was not enabled (no cache mode in the config or x-portkey-cache header), so it could not hit.</translation>
    </message>
    <message>
        <source>%1: cache mode %2 was asked for but the gateway reported DISABLED: its build has the cache compiled out (the npm 1.15.2 package does), so no request through it can hit.</source>
        <translation>%1: cache mode %2 was asked for but the gateway reported DISABLED: its build has the cache compiled out (the npm 1.15.2 package does), so no request through it can hit.</translation>
    </message>
    <message>
        <source>%1: semantic mode, which the open-source gateway never serves from the cache.</source>
        <translation>%1: semantic mode, which the open-source gateway never serves from the cache.</translation>
    </message>
    <message>
        <source>%1: sent x-portkey-cache-force-refresh, which skips the lookup (REFRESH) and stores the new answer.</source>
        <translation>%1: sent x-portkey-cache-force-refresh, which skips the lookup (REFRESH) and stores the new answer.</translation>
    </message>
    <message>
        <source>%1: a stream; the gateway never stores streamed answers.</source>
        <translation>%1: a stream; the gateway never stores streamed answers.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Both requests have the same simple-cache key (SHA-256 of body and provider URL: %1).</source>
        <translation>Both requests have the same simple-cache key (SHA-256 of body and provider URL: %1).</translation>
    </message>
    <message>
        <source>Same key, so the one that missed either came first and filled the cache, found the entry expired (max_age), skipped it with force-refresh, or went through another gateway process (the open-source cache is in memory, per process).</source>
        <translation>Same key, so the one that missed either came first and filled the cache, found the entry expired (max_age), skipped it with force-refresh, or went through another gateway process (the open-source cache is in memory, per process).</translation>
    </message>
    <message>
        <source>The simple-cache keys differ (%1 vs %2) in: %3. A request only hits an entry stored under its exact key.</source>
        <translation>The simple-cache keys differ (%1 vs %2) in: %3. A request only hits an entry stored under its exact key.</translation>
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
    <message>
        <source>Do-Not-Track: only the statistics were kept, not the content</source>
        <translation>Do-Not-Track: only the statistics were kept, not the content</translation>
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
        <source>The store could not be read: %1</source>
        <translation>The store could not be read: %1</translation>
    </message>
    <message>
        <source>Counting logs…</source>
        <translation>Counting logs…</translation>
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
        <source>Co&amp;nnect to Gateway…</source>
        <translation>Co&amp;nnect to Gateway…</translation>
    </message>
    <message>
        <source>Disc&amp;onnect</source>
        <translation>Disc&amp;onnect</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connections…</translation>
    </message>
    <message>
        <source>&amp;Follow Live</source>
        <translation>&amp;Follow Live</translation>
    </message>
    <message>
        <source>Keep the newest live logs in view; off, the list stays where you read</source>
        <translation>Keep the newest live logs in view; off, the list stays where you read</translation>
    </message>
    <message numerus="yes">
        <source>%n live log(s)</source>
        <translation>
            <numerusform>%n live log</numerusform>
            <numerusform>%n live logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>following</source>
        <translation>following</translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new above</source>
        <translation>
            <numerusform>paused, %n new above</numerusform>
            <numerusform>paused, %n new above</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>Recording proxy: point clients at http://%1</source>
        <translation>Recording proxy: point clients at http://%1</translation>
    </message>
    <message>
        <source>Gateway log stream</source>
        <translation>Gateway log stream</translation>
    </message>
    <message>
        <source>Connect to Gateway</source>
        <translation>Connect to Gateway</translation>
    </message>
    <message>
        <source>The live capture could not start: %1</source>
        <translation>The live capture could not start: %1</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>&amp;Replay…</translation>
    </message>
    <message>
        <source>Select a log to replay it</source>
        <translation>Select a log to replay it</translation>
    </message>
    <message>
        <source>Saved the run as log %1</source>
        <translation>Saved the run as log %1</translation>
    </message>
    <message>
        <source>Could not save the run: %1</source>
        <translation>Could not save the run: %1</translation>
    </message>
    <message>
        <source>This trace is not in the local store: %1
Portkey has no API to fetch a trace by id; sync the time range with File &gt; Connections or &apos;gatescope-cli sync&apos;.</source>
        <translation>This trace is not in the local store: %1
Portkey has no API to fetch a trace by id; sync the time range with File &gt; Connections or &apos;gatescope-cli sync&apos;.</translation>
    </message>
    <message>
        <source>Fetching log %1 from the control plane…</source>
        <translation>Fetching log %1 from the control plane…</translation>
    </message>
    <message>
        <source>This log is not in the local store and could not be fetched: %1
%2</source>
        <translation>This log is not in the local store and could not be fetched: %1
%2</translation>
    </message>
    <message>
        <source>No connection named %1.</source>
        <translation>No connection named %1.</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Syncing %1…</translation>
    </message>
    <message>
        <source>Sync Logs</source>
        <translation>Sync Logs</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>The store is not open.</translation>
    </message>
    <message>
        <source>Sync of %1 cancelled; Sync Now resumes it.</source>
        <translation>Sync of %1 cancelled; Sync Now resumes it.</translation>
    </message>
    <message>
        <source>Sync of %1 stopped: %2</source>
        <translation>Sync of %1 stopped: %2</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Analytics…</source>
        <translation>&amp;Analytics…</translation>
    </message>
    <message>
        <source>Add &amp;Feedback…</source>
        <translation>Add &amp;Feedback…</translation>
    </message>
    <message>
        <source>Select a log to give feedback on.</source>
        <translation>Select a log to give feedback on.</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>No store open</translation>
    </message>
    <message>
        <source>PostgreSQL database %1</source>
        <translation>PostgreSQL database %1</translation>
    </message>
    <message>
        <source>Open &amp;Store…</source>
        <translation>Open &amp;Store…</translation>
    </message>
    <message>
        <source>Shared store: not connected</source>
        <translation>Shared store: not connected</translation>
    </message>
    <message>
        <source>Shared store: logs others add are not shown (%1)</source>
        <translation>Shared store: logs others add are not shown (%1)</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>Shared store</translation>
    </message>
    <message>
        <source>Shared store · following</source>
        <translation>Shared store · following</translation>
    </message>
    <message numerus="yes">
        <source>Shared store · paused, %n new above</source>
        <translation>
            <numerusform>Shared store · paused, %n new above</numerusform>
            <numerusform>Shared store · paused, %n new above</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared store · paused</source>
        <translation>Shared store · paused</translation>
    </message>
    <message>
        <source>Logs and feedback that collectors and other desktops store in this PostgreSQL database appear as they are committed. View &gt; Follow Live keeps the newest in view.</source>
        <translation>Logs and feedback that collectors and other desktops store in this PostgreSQL database appear as they are committed. View &gt; Follow Live keeps the newest in view.</translation>
    </message>
    <message>
        <source>%1 is the store open now.</source>
        <translation>%1 is the store open now.</translation>
    </message>
    <message>
        <source>An import or sync is writing to this store: let it finish (or cancel it), then open %1.</source>
        <translation>An import or sync is writing to this store: let it finish (or cancel it), then open %1.</translation>
    </message>
    <message>
        <source>Another Gatescope window shows %1; it was brought to the front.</source>
        <translation>Another Gatescope window shows %1; it was brought to the front.</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Open Store</translation>
    </message>
    <message>
        <source>Live capture is writing into this store. Open %1 and stop capturing? What was captured so far stays in this store.</source>
        <translation>Live capture is writing into this store. Open %1 and stop capturing? What was captured so far stays in this store.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Shared store: connection lost — reconnecting…</source>
        <translation>Shared store: connection lost — reconnecting…</translation>
    </message>
    <message>
        <source>The connection to the store was lost: %1

Gatescope connects again by itself, waiting longer after each failed try (up to 30 s), and then shows what was stored meanwhile. View &gt; Reload tries at once.</source>
        <translation>The connection to the store was lost: %1

Gatescope connects again by itself, waiting longer after each failed try (up to 30 s), and then shows what was stored meanwhile. View &gt; Reload tries at once.</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>the connection was lost</translation>
    </message>
    <message>
        <source>&amp;Export Logs…</source>
        <translation>&amp;Export Logs…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logs</source>
        <translation>
            <numerusform>%Ln log</numerusform>
            <numerusform>%Ln logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logs match the filter</source>
        <translation>
            <numerusform>%Ln log matches the filter</numerusform>
            <numerusform>%Ln logs match the filter</numerusform>
        </translation>
    </message>
    <message>
        <source>Export job %1 of %2, %3: %4</source>
        <translation>Export job %1 of %2, %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new logs</source>
        <translation>
            <numerusform>%Ln new log</numerusform>
            <numerusform>%Ln new logs</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1: %2, %3.</source>
        <translation>Synced %1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already stored</source>
        <translation>
            <numerusform>%Ln already stored</numerusform>
            <numerusform>%Ln already stored</numerusform>
        </translation>
    </message>
    <message>
        <source>The window on %1 opened the link.</source>
        <translation>The window on %1 opened the link.</translation>
    </message>
    <message>
        <source>the link names the store &quot;%1&quot;, which was not opened here before; this window shows %2</source>
        <translation>the link names the store &quot;%1&quot;, which was not opened here before; this window shows %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln demo logs added</source>
        <translation>
            <numerusform>%Ln demo log added</numerusform>
            <numerusform>%Ln demo logs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln logs to %1</source>
        <translation>
            <numerusform>Exported %Ln log to %1</numerusform>
            <numerusform>Exported %Ln logs to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1 (%2 of %3): %Ln logs</source>
        <translation>
            <numerusform>Importing %1 (%2 of %3): %Ln log</numerusform>
            <numerusform>Importing %1 (%2 of %3): %Ln logs</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing trace %1</source>
        <translation>Showing trace %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>No log matches the filter</source>
        <translation>No log matches the filter</translation>
    </message>
    <message>
        <source>The store has no logs.</source>
        <translation>The store has no logs.</translation>
    </message>
    <message>
        <source>Nothing in the store matches %1. Change or clear the filter to see logs again.</source>
        <translation>Nothing in the store matches %1. Change or clear the filter to see logs again.</translation>
    </message>
    <message>
        <source>Select a log to replay it.</source>
        <translation>Select a log to replay it.</translation>
    </message>
    <message>
        <source>This log cannot be replayed: %1</source>
        <translation>This log cannot be replayed: %1</translation>
    </message>
    <message>
        <source>The filter %1 was cleared to show log %2; it is in the filter history.</source>
        <translation>The filter %1 was cleared to show log %2; it is in the filter history.</translation>
    </message>
    <message>
        <source>Re&amp;view Logs…</source>
        <translation>Re&amp;view Logs…</translation>
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
    <name>OpenStoreDialog</name>
    <message>
        <source>Open Store</source>
        <translation>Open Store</translation>
    </message>
    <message>
        <source>Logs are kept in a store: a SQLite file on this computer, or a PostgreSQL database that collectors write to and a team reads.</source>
        <translation>Logs are kept in a store: a SQLite file on this computer, or a PostgreSQL database that collectors write to and a team reads.</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>&amp;SQLite file on this computer</translation>
    </message>
    <message>
        <source>a new or existing .sqlite file</source>
        <translation>a new or existing .sqlite file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL database (team store)</source>
        <translation>&amp;PostgreSQL database (team store)</translation>
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
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>R&amp;ecent stores:</source>
        <translation>R&amp;ecent stores:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Enter the database&apos;s URL: postgresql://user@host:port/dbname</source>
        <translation>Enter the database&apos;s URL: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Choose a SQLite file, new or existing.</source>
        <translation>Choose a SQLite file, new or existing.</translation>
    </message>
    <message>
        <source>The password typed here is used until Gatescope quits, unless it is saved in the keychain.</source>
        <translation>The password typed here is used until Gatescope quits, unless it is saved in the keychain.</translation>
    </message>
    <message>
        <source>Empty: the password saved in the system keychain for this database.</source>
        <translation>Empty: the password saved in the system keychain for this database.</translation>
    </message>
    <message>
        <source>Empty: the password in PGPASSWORD.</source>
        <translation>Empty: the password in PGPASSWORD.</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass, as for psql; or none when the server trusts you.</source>
        <translation>Empty: PGPASSWORD or ~/.pgpass, as for psql; or none when the server trusts you.</translation>
    </message>
    <message>
        <source>SQLite Store</source>
        <translation>SQLite Store</translation>
    </message>
    <message>
        <source>SQLite stores (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite stores (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>The folder %1 cannot be written to.</translation>
    </message>
    <message>
        <source>No file there yet: a new, empty store will be created.</source>
        <translation>No file there yet: a new, empty store will be created.</translation>
    </message>
    <message>
        <source>It opens, but its logs could not be counted: %1</source>
        <translation>It opens, but its logs could not be counted: %1</translation>
    </message>
    <message>
        <source>No system keychain is running here, so the password was not saved (nor written to a file). Open again to use it until Gatescope quits; to keep it, start a keychain (GNOME Keyring, KWallet) or use PGPASSWORD or ~/.pgpass.</source>
        <translation>No system keychain is running here, so the password was not saved (nor written to a file). Open again to use it until Gatescope quits; to keep it, start a keychain (GNOME Keyring, KWallet) or use PGPASSWORD or ~/.pgpass.</translation>
    </message>
    <message>
        <source>The system keychain did not save the password: %1</source>
        <translation>The system keychain did not save the password: %1</translation>
    </message>
    <message>
        <source>The saved password could not be removed from the system keychain: %1</source>
        <translation>The saved password could not be removed from the system keychain: %1</translation>
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
        <translation>%1 (this window)</translation>
    </message>
    <message>
        <source>(not a valid PostgreSQL URL)</source>
        <translation>(not a valid PostgreSQL URL)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln logs in the store.</source>
        <translation>
            <numerusform>Connected: %Ln log in the store.</numerusform>
            <numerusform>Connected: %Ln logs in the store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A store with %Ln logs.</source>
        <translation>
            <numerusform>A store with %Ln log.</numerusform>
            <numerusform>A store with %Ln logs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>%1 is a SQLite database (a Gatescope store or its full-text index?) and is not overwritten: choose another file</source>
        <translation>%1 is a SQLite database (a Gatescope store or its full-text index?) and is not overwritten: choose another file</translation>
    </message>
    <message>
        <source>%1 belongs to the SQLite database %2 and is not overwritten: choose another file</source>
        <translation>%1 belongs to the SQLite database %2 and is not overwritten: choose another file</translation>
    </message>
</context>
<context>
    <name>PeerActions</name>
    <message>
        <source>&amp;Mark for Comparison</source>
        <translation>&amp;Mark for Comparison</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <source>Compare the marked log (M) with the selected one, or a replay with its original</source>
        <translation>Compare the marked log (M) with the selected one, or a replay with its original</translation>
    </message>
    <message>
        <source>Save &amp;as Dataset…</source>
        <translation>Save &amp;as Dataset…</translation>
    </message>
    <message>
        <source>Marked for comparison: select another log and press C</source>
        <translation>Marked for comparison: select another log and press C</translation>
    </message>
    <message>
        <source>Select a log to compare</source>
        <translation>Select a log to compare</translation>
    </message>
    <message>
        <source>Mark a log with M first, then select another and press C</source>
        <translation>Mark a log with M first, then select another and press C</translation>
    </message>
    <message>
        <source>The marked log is no longer in the store</source>
        <translation>The marked log is no longer in the store</translation>
    </message>
    <message>
        <source>Saving the dataset…</source>
        <translation>Saving the dataset…</translation>
    </message>
    <message>
        <source>Save as Dataset</source>
        <translation>Save as Dataset</translation>
    </message>
    <message>
        <source>The dataset could not be saved: %1</source>
        <translation>The dataset could not be saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n logs written to %1.</source>
        <translation>
            <numerusform>%n log written to %1.</numerusform>
            <numerusform>%n logs written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Do-Not-Track logs were left out: they have no content.</source>
        <translation>
            <numerusform>%n Do-Not-Track log was left out: it has no content.</numerusform>
            <numerusform>%n Do-Not-Track logs were left out: they have no content.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logs were left out that have no conversation or no answer.</source>
        <translation>
            <numerusform>%n log was left out that has no conversation or no answer.</numerusform>
            <numerusform>%n logs were left out that have no conversation or no answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images were written to %1.</source>
        <translation>
            <numerusform>%n image was written to %1.</numerusform>
            <numerusform>%n images were written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaygroundWindow</name>
    <message>
        <source>Replay %1 - Gatescope</source>
        <translation>Replay %1 - Gatescope</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Raw JSON</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Run the request to see the new answer here.</source>
        <translation>Run the request to see the new answer here.</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Not run yet.</translation>
    </message>
    <message>
        <source>Original answer / new answer</source>
        <translation>Original answer / new answer</translation>
    </message>
    <message>
        <source>Runs in this session</source>
        <translation>Runs in this session</translation>
    </message>
    <message>
        <source>Save as &amp;log</source>
        <translation>Save as &amp;log</translation>
    </message>
    <message>
        <source>Store the selected run as a new log linked to %1</source>
        <translation>Store the selected run as a new log linked to %1</translation>
    </message>
    <message>
        <source>Replaying &lt;b&gt;%1&lt;/b&gt; (%2, %3)</source>
        <translation>Replaying &lt;b&gt;%1&lt;/b&gt; (%2, %3)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Local gateway, provider headers</source>
        <translation>Local gateway, provider headers</translation>
    </message>
    <message>
        <source>Local gateway, config</source>
        <translation>Local gateway, config</translation>
    </message>
    <message>
        <source>Portkey data plane</source>
        <translation>Portkey data plane</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:18081/v1</source>
        <translation>optional, e.g. http://127.0.0.1:18081/v1</translation>
    </message>
    <message>
        <source>provider key (gateway) or Portkey API key (data plane)</source>
        <translation>provider key (gateway) or Portkey API key (data plane)</translation>
    </message>
    <message>
        <source>config JSON or config id</source>
        <translation>config JSON or config id</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Custom host</source>
        <translation>Custom host</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>A content that is a JSON array (text and image_url parts) is sent as an array.</source>
        <translation>A content that is a JSON array (text and image_url parts) is sent as an array.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>One input per line</source>
        <translation>One input per line</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Stream the answer</source>
        <translation>Stream the answer</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max tokens</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>Response format</translation>
    </message>
    <message>
        <source>Tools (JSON)</source>
        <translation>Tools (JSON)</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2; the form keeps the last valid request.</source>
        <translation>Not valid JSON at offset %1: %2; the form keeps the last valid request.</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>The request must be a JSON object.</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Running...</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Status %1 · latency %2 ms · first token %3 · tokens %4 in, %5 out · cost %6</source>
        <translation>Status %1 · latency %2 ms · first token %3 · tokens %4 in, %5 out · cost %6</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>not streamed</translation>
    </message>
    <message>
        <source>~%1 ¢</source>
        <translation>~%1 ¢</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 ms · %4</source>
        <translation>Run %1 · %2 · %3 ms · %4</translation>
    </message>
    <message>
        <source>(the original answer is not stored)</source>
        <translation>(the original answer is not stored)</translation>
    </message>
    <message>
        <source> · saved as %1</source>
        <translation> · saved as %1</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>The run failed: %1</translation>
    </message>
</context>
<context>
    <name>PromptPlaygroundWindow</name>
    <message>
        <source>Re&amp;nder</source>
        <translation>Re&amp;nder</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Prompt %1 - Gatescope</source>
        <translation>Prompt %1 - Gatescope</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Rendered request</source>
        <translation>Rendered request</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · version %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · version %3 · %4</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Loaded from %1.</source>
        <translation>Loaded from %1.</translation>
    </message>
    <message>
        <source>Rendered.</source>
        <translation>Rendered.</translation>
    </message>
    <message>
        <source>Answered by %1.</source>
        <translation>Answered by %1.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop waiting for the control plane</source>
        <translation>Stop waiting for the control plane</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Loading prompt %1 from %2…</source>
        <translation>Loading prompt %1 from %2…</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
    <message>
        <source>Waiting for the prompt&apos;s completion…</source>
        <translation>Waiting for the prompt&apos;s completion…</translation>
    </message>
    <message>
        <source>Needs a Portkey connection (File &gt; Connections…)</source>
        <translation>Needs a Portkey connection (File &gt; Connections…)</translation>
    </message>
    <message>
        <source>The template could not be loaded</source>
        <translation>The template could not be loaded</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read: %2</source>
        <translation>The API key of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>There is no Portkey connection to load prompt %1 from (add one with File &gt; Connections…).</source>
        <translation>There is no Portkey connection to load prompt %1 from (add one with File &gt; Connections…).</translation>
    </message>
    <message>
        <source>The log carries no rendered copy of the prompt either.</source>
        <translation>The log carries no rendered copy of the prompt either.</translation>
    </message>
    <message>
        <source>This is the cached template from %1, %2.</source>
        <translation>This is the cached template from %1, %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · the log&apos;s rendered copy</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · the log&apos;s rendered copy</translation>
    </message>
    <message>
        <source>Rendered messages (from the log, not the template)</source>
        <translation>Rendered messages (from the log, not the template)</translation>
    </message>
    <message>
        <source>The log names no variables.</source>
        <translation>The log names no variables.</translation>
    </message>
    <message>
        <source>Shown instead: the log&apos;s rendered copy, the messages as sent with the variables filled in. The template itself is on the control plane.</source>
        <translation>Shown instead: the log&apos;s rendered copy, the messages as sent with the variables filled in. The template itself is on the control plane.</translation>
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
    <message>
        <source>the request head did not arrive within %1 s</source>
        <translation>the request head did not arrive within %1 s</translation>
    </message>
    <message>
        <source>the request head is larger than %1 KB</source>
        <translation>the request head is larger than %1 KB</translation>
    </message>
    <message>
        <source>malformed HTTP request: %1</source>
        <translation>malformed HTTP request: %1</translation>
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
    <message>
        <source>at most %1 connections at once: the descriptor limit (ulimit -n) is %2</source>
        <translation>at most %1 connections at once: the descriptor limit (ulimit -n) is %2</translation>
    </message>
    <message>
        <source>connection limit reached: %1 connections open; new ones are answered 503 until one closes (--max-connections, ulimit -n)</source>
        <translation>connection limit reached: %1 connections open; new ones are answered 503 until one closes (--max-connections, ulimit -n)</translation>
    </message>
    <message>
        <source>too many connections to the recording proxy</source>
        <translation>too many connections to the recording proxy</translation>
    </message>
    <message>
        <source>cannot accept a connection: %1; retrying (%2 connections open)</source>
        <translation>cannot accept a connection: %1; retrying (%2 connections open)</translation>
    </message>
</context>
<context>
    <name>ReplayClient</name>
    <message numerus="yes">
        <source>Stopped after %n ms.</source>
        <translation>
            <numerusform>Stopped after %n ms.</numerusform>
            <numerusform>Stopped after %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request did not reach the target %1: %2</source>
        <translation>The request did not reach the target %1: %2</translation>
    </message>
    <message>
        <source>The target answered %1: %2</source>
        <translation>The target answered %1: %2</translation>
    </message>
</context>
<context>
    <name>ReplayPolicy</name>
    <message>
        <source>no control-plane connection to ask</source>
        <translation>no control-plane connection to ask</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 on %2, %3</translation>
    </message>
    <message>
        <source>it is not in the control-plane cache</source>
        <translation>it is not in the control-plane cache</translation>
    </message>
    <message>
        <source>This log is Do-Not-Track: its request body was never stored, so there is nothing to replay.</source>
        <translation>This log is Do-Not-Track: its request body was never stored, so there is nothing to replay.</translation>
    </message>
    <message>
        <source>This log has no request body, so there is nothing to replay.</source>
        <translation>This log has no request body, so there is nothing to replay.</translation>
    </message>
    <message>
        <source>an unknown endpoint</source>
        <translation>an unknown endpoint</translation>
    </message>
    <message>
        <source>Only /chat/completions, /completions and /embeddings requests can be replayed; this log was sent to %1.</source>
        <translation>Only /chat/completions, /completions and /embeddings requests can be replayed; this log was sent to %1.</translation>
    </message>
    <message>
        <source>This request came from prompt template %1 called from inside a config target; replay it from the prompt playground instead.</source>
        <translation>This request came from prompt template %1 called from inside a config target; replay it from the prompt playground instead.</translation>
    </message>
    <message>
        <source>This request came from prompt template %1 through config %2 (a prompt called from inside a config target); replay it from the prompt playground instead.</source>
        <translation>This request came from prompt template %1 through config %2 (a prompt called from inside a config target); replay it from the prompt playground instead.</translation>
    </message>
    <message>
        <source>The virtual key or provider %1 is archived or no longer exists on the control plane, so the request cannot be sent with it (%2).</source>
        <translation>The virtual key or provider %1 is archived or no longer exists on the control plane, so the request cannot be sent with it (%2).</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>Could not check whether the virtual key %1 is still active.</source>
        <translation>Could not check whether the virtual key %1 is still active.</translation>
    </message>
    <message>
        <source>Could not check whether the virtual key %1 is still active: %2</source>
        <translation>Could not check whether the virtual key %1 is still active: %2</translation>
    </message>
    <message>
        <source>The content of this log was removed on %1 (forgotten on request), so there is nothing to replay.</source>
        <translation>The content of this log was removed on %1 (forgotten on request), so there is nothing to replay.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>&apos;%1&apos; is not an age: give a number of days, hours or weeks, like 30d, 12h or 2w</source>
        <translation>&apos;%1&apos; is not an age: give a number of days, hours or weeks, like 30d, 12h or 2w</translation>
    </message>
    <message>
        <source>logs are kept for at least one day</source>
        <translation>logs are kept for at least one day</translation>
    </message>
</context>
<context>
    <name>RetentionActions</name>
    <message>
        <source>Remove the bodies, source records and images of the logs the filter selects; keep their statistics</source>
        <translation>Remove the bodies, source records and images of the logs the filter selects; keep their statistics</translation>
    </message>
    <message>
        <source>&amp;Retention Policy…</source>
        <translation>&amp;Retention Policy…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Stopping after the current batch…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Forget Content</source>
        <translation>Forget Content</translation>
    </message>
    <message>
        <source>Set a filter first: the content of the logs it selects is removed. Without a filter every log would be selected.</source>
        <translation>Set a filter first: the content of the logs it selects is removed. Without a filter every log would be selected.</translation>
    </message>
    <message>
        <source>No log the filter selects has content left to remove.</source>
        <translation>No log the filter selects has content left to remove.</translation>
    </message>
    <message>
        <source>Remove the content of %1 logs?</source>
        <translation>Remove the content of %1 logs?</translation>
    </message>
    <message>
        <source>The request and response bodies, source records and images of the logs matching “%1” are deleted from the store and its full-text index; they cannot be brought back. Their statistics (time, model, tokens, cost, latency, status, feedback) stay, and they are shown like Do-Not-Track logs. Giving the space back can take a while on a large store.</source>
        <translation>The request and response bodies, source records and images of the logs matching “%1” are deleted from the store and its full-text index; they cannot be brought back. Their statistics (time, model, tokens, cost, latency, status, feedback) stay, and they are shown like Do-Not-Track logs. Giving the space back can take a while on a large store.</translation>
    </message>
    <message>
        <source>Remove Content</source>
        <translation>Remove Content</translation>
    </message>
    <message>
        <source>Removing the content of %1 logs…</source>
        <translation>Removing the content of %1 logs…</translation>
    </message>
    <message>
        <source>Removed the content of %1 logs.</source>
        <translation>Removed the content of %1 logs.</translation>
    </message>
    <message>
        <source>Logs are now kept forever.</source>
        <translation>Logs are now kept forever.</translation>
    </message>
    <message>
        <source>Retention Policy</source>
        <translation>Retention Policy</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 logs older than %n day(s)?</source>
        <translation>
            <numerusform>Delete %1 logs older than %n day?</numerusform>
            <numerusform>Delete %1 logs older than %n days?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are deleted with their bodies, images, feedback and full-text entries, and cannot be brought back. From now on logs older than %n day(s) are deleted when Gatescope starts and once a day. Giving the space back can take a while on a large store.</source>
        <translation>
            <numerusform>They are deleted with their bodies, images, feedback and full-text entries, and cannot be brought back. From now on logs older than %n day are deleted when Gatescope starts and once a day. Giving the space back can take a while on a large store.</numerusform>
            <numerusform>They are deleted with their bodies, images, feedback and full-text entries, and cannot be brought back. From now on logs older than %n days are deleted when Gatescope starts and once a day. Giving the space back can take a while on a large store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deleting %1 logs…</source>
        <translation>Deleting %1 logs…</translation>
    </message>
    <message numerus="yes">
        <source>Logs are kept for %n day(s); %1 older logs were deleted.</source>
        <translation>
            <numerusform>Logs are kept for %n day; %1 older logs were deleted.</numerusform>
            <numerusform>Logs are kept for %n days; %1 older logs were deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying the retention policy: deleting %1 logs older than %n day(s)…</source>
        <translation>
            <numerusform>Applying the retention policy: deleting %1 logs older than %n day…</numerusform>
            <numerusform>Applying the retention policy: deleting %1 logs older than %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1 logs older than %n day(s)…</source>
        <translation>
            <numerusform>Deleting %1 logs older than %n day…</numerusform>
            <numerusform>Deleting %1 logs older than %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention policy: %1 logs older than %n day(s) were deleted.</source>
        <translation>
            <numerusform>Retention policy: %1 logs older than %n day were deleted.</numerusform>
            <numerusform>Retention policy: %1 logs older than %n days were deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>For&amp;get Content of Matching Logs…</source>
        <translation>For&amp;get Content of Matching Logs…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Keep logs &amp;forever</source>
        <translation>Keep logs &amp;forever</translation>
    </message>
    <message>
        <source>&amp;Keep logs for</source>
        <translation>&amp;Keep logs for</translation>
    </message>
    <message>
        <source>&amp;Prune Now</source>
        <translation>&amp;Prune Now</translation>
    </message>
    <message>
        <source>Retention Policy</source>
        <translation>Retention Policy</translation>
    </message>
    <message>
        <source>How long this store keeps its logs. Everyone who opens the store shares the policy; Gatescope applies it when it starts and once a day while it runs, and deletes older logs with their bodies, images and feedback.</source>
        <translation>How long this store keeps its logs. Everyone who opens the store shares the policy; Gatescope applies it when it starts and once a day while it runs, and deletes older logs with their bodies, images and feedback.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Keep this policy and delete the older logs now</source>
        <translation>Keep this policy and delete the older logs now</translation>
    </message>
    <message>
        <source>No log is deleted by age.</source>
        <translation>No log is deleted by age.</translation>
    </message>
    <message numerus="yes">
        <source>Counting the logs older than %n day(s)…</source>
        <translation>
            <numerusform>Counting the logs older than %n day…</numerusform>
            <numerusform>Counting the logs older than %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No log is older than %n day(s) now.</source>
        <translation>
            <numerusform>No log is older than %n day now.</numerusform>
            <numerusform>No log is older than %n days now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 logs are older than %n day(s): they would be deleted now.</source>
        <translation>
            <numerusform>%1 logs are older than %n day: they would be deleted now.</numerusform>
            <numerusform>%1 logs are older than %n days: they would be deleted now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>The log could not be loaded.</source>
        <translation>The log could not be loaded.</translation>
    </message>
    <message>
        <source>No log is under review.</source>
        <translation>No log is under review.</translation>
    </message>
    <message>
        <source>Not saved: another reviewer took this log over after your claim ran out, or its trace got feedback meanwhile. Here is the next one.</source>
        <translation>Not saved: another reviewer took this log over after your claim ran out, or its trace got feedback meanwhile. Here is the next one.</translation>
    </message>
    <message>
        <source>Feedback not saved: %1</source>
        <translation>Feedback not saved: %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>The feedback could not be removed: %1</source>
        <translation>The feedback could not be removed: %1</translation>
    </message>
    <message>
        <source>The feedback was removed; the log has other feedback or another reviewer has it now, so it is not shown again.</source>
        <translation>The feedback was removed; the log has other feedback or another reviewer has it now, so it is not shown again.</translation>
    </message>
    <message>
        <source>This log got feedback or another reviewer took it over; here is the next one.</source>
        <translation>This log got feedback or another reviewer took it over; here is the next one.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review Logs</source>
        <translation>Review Logs</translation>
    </message>
    <message>
        <source>Review Logs: %1</source>
        <translation>Review Logs: %1</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>All logs</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Reviewing as %1</source>
        <translation>Reviewing as %1</translation>
    </message>
    <message>
        <source>A note for the feedback on this log (N); Enter or Esc goes back to the keys</source>
        <translation>A note for the feedback on this log (N); Enter or Esc goes back to the keys</translation>
    </message>
    <message>
        <source>Thumbs up: +1 (Up, +)</source>
        <translation>Thumbs up: +1 (Up, +)</translation>
    </message>
    <message>
        <source>Skip (S, Right)</source>
        <translation>Skip (S, Right)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Finding a log without feedback…</source>
        <translation>Finding a log without feedback…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>The store could not be opened: %1</translation>
    </message>
    <message>
        <source>That answer was not saved: the log had changed meanwhile. Here is the one under review now.</source>
        <translation>That answer was not saved: the log had changed meanwhile. Here is the one under review now.</translation>
    </message>
    <message>
        <source>Loading the next log…</source>
        <translation>Loading the next log…</translation>
    </message>
    <message>
        <source>No logs to review</source>
        <translation>No logs to review</translation>
    </message>
    <message>
        <source>The store has no logs.</source>
        <translation>The store has no logs.</translation>
    </message>
    <message>
        <source>No log matches the filter %1.</source>
        <translation>No log matches the filter %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n logs of this filter have feedback</source>
        <translation>
            <numerusform>The %n log of this filter has feedback</numerusform>
            <numerusform>All %n logs of this filter have feedback</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left to review. Close this window, or change the filter and review again.</source>
        <translation>Nothing is left to review. Close this window, or change the filter and review again.</translation>
    </message>
    <message>
        <source>Nothing left to review</source>
        <translation>Nothing left to review</translation>
    </message>
    <message>
        <source>%1 of %2 logs of this filter have feedback; the others were skipped in this review or another reviewer has them now.</source>
        <translation>%1 of %2 logs of this filter have feedback; the others were skipped in this review or another reviewer has them now.</translation>
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
        <source>Progress unknown</source>
        <translation>Progress unknown</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 of %2 reviewed</translation>
    </message>
    <message>
        <source>Thumbs down: −1 (Down, −)</source>
        <translation>Thumbs down: −1 (Down, −)</translation>
    </message>
    <message>
        <source>Keys 0 to 9 give %1 to %2 on the feedback scale of −10 to +10 (4 is −1, 5 is +1)  ·  N: note  ·  Esc: close (the logs not answered go back to the queue)</source>
        <translation>Keys 0 to 9 give %1 to %2 on the feedback scale of −10 to +10 (4 is −1, 5 is +1)  ·  N: note  ·  Esc: close (the logs not answered go back to the queue)</translation>
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
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>a saved view has no name</source>
        <translation>a saved view has no name</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; has an unknown sort: %2:%3</source>
        <translation>the view &quot;%1&quot; has an unknown sort: %2:%3</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; names a column that is not valid</source>
        <translation>the view &quot;%1&quot; names a column that is not valid</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>A view needs a name.</source>
        <translation>A view needs a name.</translation>
    </message>
    <message>
        <source>A view&apos;s name is at most %1 characters.</source>
        <translation>A view&apos;s name is at most %1 characters.</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot contain control characters.</source>
        <translation>A view&apos;s name cannot contain control characters.</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot start or end with a space.</source>
        <translation>A view&apos;s name cannot start or end with a space.</translation>
    </message>
    <message>
        <source>The filter is too long for a view (at most %1 characters).</source>
        <translation>The filter is too long for a view (at most %1 characters).</translation>
    </message>
    <message>
        <source>The filter does not parse at character %1: %2</source>
        <translation>The filter does not parse at character %1: %2</translation>
    </message>
    <message>
        <source>A view keeps at most %1 columns.</source>
        <translation>A view keeps at most %1 columns.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column name.</source>
        <translation>&quot;%1&quot; is not a column name.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is named twice.</source>
        <translation>The column &quot;%1&quot; is named twice.</translation>
    </message>
    <message>
        <source>The saved views could not be read: %1</source>
        <translation>The saved views could not be read: %1</translation>
    </message>
    <message>
        <source>There is no view named &quot;%1&quot;.</source>
        <translation>There is no view named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The saved views of this store are not readable (%1); they are left as they are.</source>
        <translation>The saved views of this store are not readable (%1); they are left as they are.</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>not a JSON array</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists already.</source>
        <translation>A view named &quot;%1&quot; exists already.</translation>
    </message>
</context>
<context>
    <name>SavedViewsPanel</name>
    <message>
        <source>Delete View “%1”</source>
        <translation>Delete View “%1”</translation>
    </message>
    <message>
        <source>The view “%1” is back.</source>
        <translation>The view “%1” is back.</translation>
    </message>
    <message>
        <source>The view “%1” could not be restored: %2</source>
        <translation>The view “%1” could not be restored: %2</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Save View…</translation>
    </message>
    <message>
        <source>Save the filter, sort and columns of the list as a view (%1)</source>
        <translation>Save the filter, sort and columns of the list as a view (%1)</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>Saved Views</translation>
    </message>
    <message>
        <source>Sa&amp;ved Views</source>
        <translation>Sa&amp;ved Views</translation>
    </message>
    <message>
        <source>&amp;Go to Saved Views</source>
        <translation>&amp;Go to Saved Views</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>&amp;Save View…</translation>
    </message>
    <message>
        <source>Filter: none (every log)</source>
        <translation>Filter: none (every log)</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Sorted by %1, newest first</source>
        <translation>Sorted by %1, newest first</translation>
    </message>
    <message>
        <source>Sorted by %1, oldest first</source>
        <translation>Sorted by %1, oldest first</translation>
    </message>
    <message>
        <source>Sorted by %1, highest first</source>
        <translation>Sorted by %1, highest first</translation>
    </message>
    <message>
        <source>Sorted by %1, lowest first</source>
        <translation>Sorted by %1, lowest first</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Columns: %1</translation>
    </message>
    <message>
        <source>Opened a view link: %1</source>
        <translation>Opened a view link: %1</translation>
    </message>
    <message>
        <source>Opened the view “%1”</source>
        <translation>Opened the view “%1”</translation>
    </message>
    <message>
        <source>A view named “%1” exists already: pick another name, or use Update to Current View in its menu.</source>
        <translation>A view named “%1” exists already: pick another name, or use Update to Current View in its menu.</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Save View</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>Saved the view “%1”</translation>
    </message>
    <message>
        <source>A view named “%1” exists already.</source>
        <translation>A view named “%1” exists already.</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Rename View</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>The store is not open.</translation>
    </message>
    <message>
        <source>The view “%1” could not be deleted: %2</source>
        <translation>The view “%1” could not be deleted: %2</translation>
    </message>
    <message>
        <source>Deleted the view “%1”; Edit &gt; Undo (%2) brings it back.</source>
        <translation>Deleted the view “%1”; Edit &gt; Undo (%2) brings it back.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>All logs</translation>
    </message>
    <message>
        <source>Every log in the store, newest first</source>
        <translation>Every log in the store, newest first</translation>
    </message>
    <message>
        <source>No saved views yet. Set the filter, sort and columns you want, then choose Save View… (%1) to keep them here, for this store and everyone who opens it.</source>
        <translation>No saved views yet. Set the filter, sort and columns you want, then choose Save View… (%1) to keep them here, for this store and everyone who opens it.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Copy View Link</source>
        <translation>&amp;Copy View Link</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Update to Current View</source>
        <translation>&amp;Update to Current View</translation>
    </message>
    <message>
        <source>The view “%1” now shows what the list shows.</source>
        <translation>The view “%1” now shows what the list shows.</translation>
    </message>
    <message>
        <source>The view “%1” could not be updated: %2</source>
        <translation>The view “%1” could not be updated: %2</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Filter bar</source>
        <translation>Filter bar</translation>
    </message>
    <message>
        <source>Apply the filter</source>
        <translation>Apply the filter</translation>
    </message>
    <message>
        <source>Earlier and later filters from the history</source>
        <translation>Earlier and later filters from the history</translation>
    </message>
    <message>
        <source>Back to the filter that is applied</source>
        <translation>Back to the filter that is applied</translation>
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
    <message>
        <source>Cache Miss (semantic cache)</source>
        <translation>Cache Miss (semantic cache)</translation>
    </message>
    <message>
        <source>More chips than the column has room for: hover it for the whole list</source>
        <translation>More chips than the column has room for: hover it for the whole list</translation>
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
    <message>
        <source>the gateway URL is empty</source>
        <translation>the gateway URL is empty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; is not an http:// or https:// URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL (%2)</source>
        <translation>&apos;%1&apos; is not a valid URL (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no host</source>
        <translation>&apos;%1&apos; names no host</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port must be from 1 to 65535</source>
        <translation>&apos;%1&apos;: the port must be from 1 to 65535</translation>
    </message>
    <message>
        <source>an event larger than %1 MB (the limit): skipped up to its end</source>
        <translation>an event larger than %1 MB (the limit): skipped up to its end</translation>
    </message>
    <message>
        <source>events over the size limit of %1 MB skipped: %2</source>
        <translation>events over the size limit of %1 MB skipped: %2</translation>
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
    <message>
        <source>The image took longer than %1 s to load.</source>
        <translation>The image took longer than %1 s to load.</translation>
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
    <name>main</name>
    <message>
        <source>Desktop log browser for AI gateway traffic</source>
        <translation>Desktop log browser for AI gateway traffic</translation>
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
    <message>
        <source>The store to open: a SQLite file or postgresql://user@host:port/dbname (default: the last store opened).</source>
        <translation>The store to open: a SQLite file or postgresql://user@host:port/dbname (default: the last store opened).</translation>
    </message>
</context>
</TS>
