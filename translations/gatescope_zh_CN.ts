<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Gatescope</source>
        <translation>关于 Gatescope</translation>
    </message>
    <message>
        <source>Gatescope %1</source>
        <translation>Gatescope %1</translation>
    </message>
    <message>
        <source>A desktop log browser for AI gateway traffic.</source>
        <translation>用于浏览 AI 网关流量的桌面日志浏览器。</translation>
    </message>
    <message>
        <source>Gatescope is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with NO WARRANTY.</source>
        <translation>Gatescope 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（%1）的条款重新分发和/或修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>阅读许可证</translation>
    </message>
    <message>
        <source>Homepage:</source>
        <translation>主页：</translation>
    </message>
    <message>
        <source>Report bugs:</source>
        <translation>报告错误：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <source>Licences of the libraries:</source>
        <translation>库的许可证：</translation>
    </message>
    <message>
        <source>Runs with:</source>
        <translation>运行环境：</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License</source>
        <translation>许可证：GNU General Public License</translation>
    </message>
</context>
<context>
    <name>AnalyticsWindow</name>
    <message>
        <source>Analytics — Gatescope</source>
        <translation>分析 — Gatescope</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最近一天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>最近一周</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>最近一个月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>The range ends at the newest log that matches the filter</source>
        <translation>范围截止于与筛选匹配的最新日志</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>(UTC)</source>
        <translation>(UTC)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>费用 (USD)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Latency (ms): average, p50, p90, p99</source>
        <translation>延迟 (ms)：平均、p50、p90、p99</translation>
    </message>
    <message>
        <source>Errors (status 400 and above)</source>
        <translation>错误（状态 400 及以上）</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>错误率 (%)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Top users by requests</source>
        <translation>请求数最多的用户</translation>
    </message>
    <message>
        <source>Top users by cost (USD)</source>
        <translation>费用最高的用户 (USD)</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>错误(&amp;E)</translation>
    </message>
    <message>
        <source>Error status codes</source>
        <translation>错误状态码</translation>
    </message>
    <message>
        <source>Requests rescued by retries and by fallbacks</source>
        <translation>通过重试和 Fallback 挽救的请求</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>缓存(&amp;C)</translation>
    </message>
    <message>
        <source>Cache hit rate (%)</source>
        <translation>缓存命中率 (%)</translation>
    </message>
    <message>
        <source>Simple and semantic cache hits</source>
        <translation>简单缓存命中和语义缓存命中</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>反馈(&amp;F)</translation>
    </message>
    <message>
        <source>Feedback count</source>
        <translation>反馈数</translation>
    </message>
    <message>
        <source>Distribution of feedback values</source>
        <translation>反馈值分布</translation>
    </message>
    <message>
        <source>Weighted feedback</source>
        <translation>加权反馈</translation>
    </message>
    <message>
        <source>Average weighted feedback per model</source>
        <translation>每个模型的平均加权反馈</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>所有日志</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>无法打开存储。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>No logs match the filter.</source>
        <translation>没有与筛选匹配的日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Buckets of %1 · computed in %2 ms</source>
        <translation>区间 %1 · 计算用时 %2 ms</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
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
        <translation>%1：%2 %3 ms</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>%1: %2% errors</source>
        <translation>%1：%2% 错误</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; requests · &lt;b&gt;%2&lt;/b&gt; cost · &lt;b&gt;%3&lt;/b&gt; tokens · latency average &lt;b&gt;%4 ms&lt;/b&gt;, p50 &lt;b&gt;%5&lt;/b&gt;, p90 &lt;b&gt;%6&lt;/b&gt;, p99 &lt;b&gt;%7&lt;/b&gt; · &lt;b&gt;%8&lt;/b&gt; errors (%9%)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个请求 · 费用 &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; 个 Token · 延迟 平均 &lt;b&gt;%4 ms&lt;/b&gt;，p50 &lt;b&gt;%5&lt;/b&gt;，p90 &lt;b&gt;%6&lt;/b&gt;，p99 &lt;b&gt;%7&lt;/b&gt; · &lt;b&gt;%8&lt;/b&gt; 个错误 (%9%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; users (from the &lt;tt&gt;_user&lt;/tt&gt; metadata key); the top %2 are shown.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个用户（来自元数据键 &lt;tt&gt;_user&lt;/tt&gt;）；显示前 %2 个。</translation>
    </message>
    <message>
        <source>By retries</source>
        <translation>通过重试</translation>
    </message>
    <message>
        <source>By fallbacks</source>
        <translation>通过 Fallback</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; errors of %2 requests with a status · rescued by retries &lt;b&gt;%3&lt;/b&gt; · by fallbacks &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>在 %2 个有状态的请求中有 &lt;b&gt;%1&lt;/b&gt; 个错误 · 通过重试挽救 &lt;b&gt;%3&lt;/b&gt; · 通过 Fallback 挽救 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <source>%1: %2% of cacheable requests hit</source>
        <translation>%1：%2% 的可缓存请求命中</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>语义</translation>
    </message>
    <message>
        <source>Hit rate &lt;b&gt;%1%&lt;/b&gt; (%2 simple and %3 semantic hits of %4 cacheable requests) · average latency of a hit &lt;b&gt;%5 ms&lt;/b&gt; against &lt;b&gt;%6 ms&lt;/b&gt; · saved about &lt;b&gt;%7 s&lt;/b&gt; of latency and &lt;b&gt;%8&lt;/b&gt; (estimated from the same model&apos;s requests not served from the cache)</source>
        <translation>命中率 &lt;b&gt;%1%&lt;/b&gt;（%4 个可缓存请求中有 %2 次简单命中和 %3 次语义命中）· 命中的平均延迟 &lt;b&gt;%5 ms&lt;/b&gt;，未命中为 &lt;b&gt;%6 ms&lt;/b&gt; · 约节省 &lt;b&gt;%7 秒&lt;/b&gt;延迟和 &lt;b&gt;%8&lt;/b&gt;（根据同一模型未从缓存提供的请求估算）</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>加权平均</translation>
    </message>
    <message>
        <source>%1: weighted average %2</source>
        <translation>%1：加权平均 %2</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Average weighted feedback</source>
        <translation>平均加权反馈</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; feedback entries on the logs in range (each entry once, on the log it was given on; it shows on every log of its trace). Weighted average = sum(value × weight) / sum(weight).</source>
        <translation>范围内日志的 &lt;b&gt;%1&lt;/b&gt; 条反馈（每条只计一次，计在其所给的日志上；它会显示在其追踪的每个日志上）。加权平均 = sum(值 × 权重) / sum(权重)。</translation>
    </message>
    <message>
        <source>Draw a Portkey connection&apos;s own analytics for the same range beside the numbers of this store</source>
        <translation>在此存储的数据旁绘制 Portkey 连接自身在同一范围内的分析数据</translation>
    </message>
    <message>
        <source>Server numbers:</source>
        <translation>服务器数据：</translation>
    </message>
    <message>
        <source>as of just now</source>
        <translation>截至刚刚</translation>
    </message>
    <message numerus="yes">
        <source>as of %n min ago</source>
        <translation>
            <numerusform>截至 %n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as of %n h ago</source>
        <translation>
            <numerusform>截至 %n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as of %n day(s) ago</source>
        <translation>
            <numerusform>截至 %n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No Portkey connection yet: add one in the main window with File &gt; Connections to see the server&apos;s numbers beside these.</source>
        <translation>尚无 Portkey 连接：请在主窗口中通过 文件 &gt; 连接 添加一个，即可在这些数据旁查看服务器的数据。</translation>
    </message>
    <message>
        <source>There is no connection named %1.</source>
        <translation>没有名为 %1 的连接。</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read: %2</source>
        <translation>无法读取 %1 的 API 密钥：%2</translation>
    </message>
    <message>
        <source>Choose a connection to draw its numbers beside these.</source>
        <translation>选择一个连接，即可在这些数据旁绘制其数据。</translation>
    </message>
    <message>
        <source>Fetching the numbers of %1…</source>
        <translation>正在获取 %1 的数据…</translation>
    </message>
    <message>
        <source>Showing the last numbers fetched for this range, %1.</source>
        <translation>显示的是此范围最近一次获取的数据，%1。</translation>
    </message>
    <message>
        <source>Dashed: %1 on the server, %2.</source>
        <translation>虚线：服务器上的 %1，%2。</translation>
    </message>
    <message>
        <source>Dashed: %1 on the server, fetched in %2 ms.</source>
        <translation>虚线：服务器上的 %1，获取用时 %2 ms。</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>Portkey (server)</source>
        <translation>Portkey（服务器）</translation>
    </message>
    <message>
        <source>The server answered in buckets wider than the local ones, so only its totals are shown.</source>
        <translation>服务器返回的区间比本地区间更宽，因此只显示其总计。</translation>
    </message>
    <message>
        <source>The server&apos;s finer buckets are added up into the local ones (averages, percentiles and rates: the mean of its buckets).</source>
        <translation>服务器更细的区间已合并到本地区间中（平均值、百分位数和比率取其各区间的平均值）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portkey (server)&lt;/b&gt;, %1, %2: %3.</source>
        <translation>&lt;b&gt;Portkey（服务器）&lt;/b&gt;，%1（%2）：%3。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portkey (server)&lt;/b&gt;, %1: %2.</source>
        <translation>&lt;b&gt;Portkey（服务器）&lt;/b&gt;，%1：%2。</translation>
    </message>
    <message>
        <source>Its answer has no total to compare with this store&apos;s.</source>
        <translation>其响应中没有可与此存储比较的总计。</translation>
    </message>
    <message>
        <source>The same as in this store.</source>
        <translation>与此存储中相同。</translation>
    </message>
    <message>
        <source>%1 points higher than in this store.</source>
        <translation>比此存储高 %1 个百分点。</translation>
    </message>
    <message>
        <source>%1 points lower than in this store.</source>
        <translation>比此存储低 %1 个百分点。</translation>
    </message>
    <message>
        <source>Logs not yet synced may explain it: %1 has never been synced into a store (File &gt; Connections &gt; Sync Now).</source>
        <translation>可能是尚未同步的日志所致：%1 从未同步到任何存储（文件 &gt; 连接 &gt; 立即同步）。</translation>
    </message>
    <message>
        <source>Logs not yet synced may explain it: %1 is synced up to %2 UTC.</source>
        <translation>可能是尚未同步的日志所致：%1 已同步至 %2 UTC。</translation>
    </message>
    <message>
        <source>Logs the server counts but this store lacks (removed here, or synced into another store) may explain it.</source>
        <translation>可能是服务器计入了而此存储中没有的日志所致（已在此处删除，或已同步到其他存储）。</translation>
    </message>
    <message>
        <source>This store holds logs the server does not count here: imported from elsewhere, from another workspace, or not yet processed by Portkey.</source>
        <translation>此存储包含服务器在此未计入的日志：从其他地方导入的、来自其他工作区的，或 Portkey 尚未处理的。</translation>
    </message>
    <message>
        <source>The server&apos;s numbers ignore the part of the filter its graphs have no parameter for: %1.</source>
        <translation>服务器的数据忽略了其图表没有对应参数的那部分筛选条件：%1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; unique users</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个独立用户</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; errors with %2 distinct status codes · rescued by retries &lt;b&gt;%3&lt;/b&gt; · by fallbacks &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个错误，涉及 %2 种状态码 · 通过重试挽救 &lt;b&gt;%3&lt;/b&gt; · 通过 Fallback 挽救 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>hit rate &lt;b&gt;%1%&lt;/b&gt; (total %2)</source>
        <translation>命中率 &lt;b&gt;%1%&lt;/b&gt;（总计 %2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; feedback entries, weighted average &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 条反馈，加权平均 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>server average</source>
        <translation>服务器平均</translation>
    </message>
    <message>
        <source>server p50</source>
        <translation>服务器 p50</translation>
    </message>
    <message>
        <source>server p90</source>
        <translation>服务器 p90</translation>
    </message>
    <message>
        <source>server p99</source>
        <translation>服务器 p99</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;此存储&lt;/b&gt;：%1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;此存储&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>server: by retries</source>
        <translation>服务器：通过重试</translation>
    </message>
    <message>
        <source>server: by fallbacks</source>
        <translation>服务器：通过 Fallback</translation>
    </message>
    <message>
        <source>server: simple</source>
        <translation>服务器：简单</translation>
    </message>
    <message>
        <source>server: semantic</source>
        <translation>服务器：语义</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more requests than in this store.</source>
        <translation>
            <numerusform>请求数比此存储多 %Ln。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer requests than in this store.</source>
        <translation>
            <numerusform>请求数比此存储少 %Ln。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more users than in this store.</source>
        <translation>
            <numerusform>用户数比此存储多 %Ln。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer users than in this store.</source>
        <translation>
            <numerusform>用户数比此存储少 %Ln。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors than in this store.</source>
        <translation>
            <numerusform>错误数比此存储多 %Ln。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer errors than in this store.</source>
        <translation>
            <numerusform>错误数比此存储少 %Ln。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more feedback entries than in this store.</source>
        <translation>
            <numerusform>反馈数比此存储多 %Ln。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer feedback entries than in this store.</source>
        <translation>
            <numerusform>反馈数比此存储少 %Ln。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln requests</source>
        <translation>
            <numerusform>%1：%Ln 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln tokens</source>
        <translation>
            <numerusform>%1：%Ln 个 Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln errors</source>
        <translation>
            <numerusform>%1：%Ln 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln requests, %2</source>
        <translation>
            <numerusform>%1：%Ln 个请求，%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status %1: %Ln requests</source>
        <translation>
            <numerusform>状态 %1：%Ln 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rescued by retries</source>
        <translation>
            <numerusform>%1：通过重试挽救 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rescued by fallbacks</source>
        <translation>
            <numerusform>%1：通过 Fallback 挽救 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln simple hits</source>
        <translation>
            <numerusform>%1：%Ln 次简单命中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln semantic hits</source>
        <translation>
            <numerusform>%1：%Ln 次语义命中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln feedback entries</source>
        <translation>
            <numerusform>%1：%Ln 条反馈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Value %1: %Ln entries</source>
        <translation>
            <numerusform>值 %1：%Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 over %Ln entries</source>
        <translation>
            <numerusform>%1：%2（共 %Ln 条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureGapBanner</name>
    <message>
        <source>All Gaps</source>
        <translation>所有间隙</translation>
    </message>
    <message>
        <source>Hide until the next gap</source>
        <translation>隐藏直到下一个间隙</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n gap(s) in this session.</source>
        <translation>
            <numerusform>%1。本次会话中有 %n 个间隙。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <source>the store refused %1 records: %2</source>
        <translation>存储拒绝了 %1 条记录：%2</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Point at a bar or a point for its values; click it to filter the list.</source>
        <translation>指向柱或点可查看其值；单击可筛选列表。</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>将此图表保存为 PNG 图像</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the data of this chart as CSV</source>
        <translation>将此图表的数据保存为 CSV</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChatDocument</name>
    <message>
        <source>prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>response, finish reason: %1</source>
        <translation>响应，结束原因：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n embedding(s)</source>
        <translation>
            <numerusform>%n 个嵌入</numerusform>
        </translation>
    </message>
    <message>
        <source>generated images</source>
        <translation>生成的图像</translation>
    </message>
    <message>
        <source>Revised prompt: %1</source>
        <translation>修订后的提示：%1</translation>
    </message>
    <message>
        <source>No messages in this log.</source>
        <translation>此日志中没有消息。</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>[remote image: %1]</source>
        <translation>[远程图像：%1]</translation>
    </message>
    <message>
        <source>[image that could not be decoded]</source>
        <translation>[无法解码的图像]</translation>
    </message>
    <message>
        <source>Click to open the image (%1 × %2 px)</source>
        <translation>点击打开图像（%1 × %2 像素）</translation>
    </message>
    <message>
        <source>Tool call %1: %2</source>
        <translation>工具调用 %1：%2</translation>
    </message>
    <message>
        <source>Tool result for %1</source>
        <translation>%1 的工具结果</translation>
    </message>
    <message>
        <source>[audio input]</source>
        <translation>[音频输入]</translation>
    </message>
    <message>
        <source>result of %1</source>
        <translation>%1 的结果</translation>
    </message>
    <message>
        <source>Refusal: %1</source>
        <translation>拒绝：%1</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Headers (x-portkey-*)</source>
        <translation>标头（x-portkey-*）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cache (what the simple cache keys on)</source>
        <translation>缓存（简单缓存的键所依据的内容）</translation>
    </message>
    <message>
        <source>Tokens, cost and latency</source>
        <translation>Token、成本和延迟</translation>
    </message>
    <message>
        <source>Compare %1 and %2</source>
        <translation>比较 %1 和 %2</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>仅显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Answers, word by word</source>
        <translation>回答（逐词比较）</translation>
    </message>
    <message>
        <source>Answers (the same)</source>
        <translation>回答（相同）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Cache: %1 / %2</source>
        <translation>缓存：%1 / %2</translation>
    </message>
    <message>
        <source>Same simple-cache key (request body and provider URL).</source>
        <translation>简单缓存键相同（请求正文和提供商 URL）。</translation>
    </message>
    <message>
        <source>The simple-cache keys differ in: %1.</source>
        <translation>简单缓存键的不同之处：%1。</translation>
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
        <translation>（内联）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The config this request sent inline (x-portkey-config).</source>
        <translation>此请求以内联方式发送的 Config (x-portkey-config)。</translation>
    </message>
    <message>
        <source>This log was served by %1.</source>
        <translation>此日志由 %1 提供服务。</translation>
    </message>
    <message>
        <source>config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>strategy %1</source>
        <translation>策略 %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>在 %1 时</translation>
    </message>
    <message>
        <source>retry %1 times on %2</source>
        <translation>在 %2 时重试 %1 次</translation>
    </message>
    <message>
        <source>retry %1 times</source>
        <translation>重试 %1 次</translation>
    </message>
    <message>
        <source>cache %1, max age %2 s</source>
        <translation>缓存 %1，最长有效期 %2 秒</translation>
    </message>
    <message>
        <source>cache %1</source>
        <translation>缓存 %1</translation>
    </message>
    <message>
        <source>override %1</source>
        <translation>覆盖 %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>获取(&amp;F)</translation>
    </message>
    <message>
        <source>This log</source>
        <translation>此日志</translation>
    </message>
    <message>
        <source>Fetch the saved config from the control plane</source>
        <translation>从控制平面获取已保存的 Config</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read: %2</source>
        <translation>无法读取 %1 的 API 密钥：%2</translation>
    </message>
    <message>
        <source>The config this request carried inline in its body.</source>
        <translation>此请求在其正文中以内联方式携带的 Config。</translation>
    </message>
    <message>
        <source>Config %1 from the control-plane cache of %2, %3.</source>
        <translation>来自 %2 控制平面缓存的 Config %1，%3。</translation>
    </message>
    <message>
        <source>This log names config %1, which is not in the control-plane cache. Below is what the log itself knows: the targets the gateway tried or served, with the options it logged for each.</source>
        <translation>此日志指定了 Config %1，但它不在控制平面缓存中。以下是日志本身所知的信息：网关尝试过或使用的目标，以及为每个目标记录的选项。</translation>
    </message>
    <message>
        <source>This log carries no config, only the targets the gateway tried or served, with the options it logged for each (the gateway&apos;s log stream does not record the config).</source>
        <translation>此日志不含 Config，只有网关尝试过或使用的目标，以及为每个目标记录的选项（网关的日志流不记录 Config）。</translation>
    </message>
    <message>
        <source>The request sent an x-portkey-config that is not a JSON object, so the gateway could not use it:</source>
        <translation>请求发送的 x-portkey-config 不是 JSON 对象，因此网关无法使用它：</translation>
    </message>
    <message>
        <source>This log names config %1, but the config is not in the control-plane cache and the log carries no copy of it.</source>
        <translation>此日志指定了 Config %1，但该 Config 不在控制平面缓存中，日志中也没有它的副本。</translation>
    </message>
    <message>
        <source>This log carries no config and names none.</source>
        <translation>此日志不含 Config，也未指定任何 Config。</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>由 %1 提供服务</translation>
    </message>
    <message>
        <source>What the log knows: %1.</source>
        <translation>日志所知：%1。</translation>
    </message>
    <message>
        <source>To fetch config %1, add a Portkey connection with File &gt; Connections… and open this view again.</source>
        <translation>要获取 Config %1，请通过“文件 &gt; 连接…”添加 Portkey 连接，然后重新打开此视图。</translation>
    </message>
    <message>
        <source>Fetching config %1 from %2…</source>
        <translation>正在从 %2 获取 Config %1…</translation>
    </message>
    <message>
        <source>Could not refresh it: %1</source>
        <translation>无法刷新：%1</translation>
    </message>
    <message>
        <source>Config %1 as saved on %2, fetched %3.</source>
        <translation>%2 上保存的 Config %1（获取：%3）。</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Could not fetch config %1: %2</source>
        <translation>无法获取 Config %1：%2</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>重试(&amp;A)</translation>
    </message>
    <message>
        <source>Attempts: %1, failed: %2.</source>
        <translation>尝试：%1 次，失败：%2 次。</translation>
    </message>
    <message>
        <source>Attempts: %1.</source>
        <translation>尝试：%1 次。</translation>
    </message>
    <message>
        <source>if %1 then %2</source>
        <translation>如果 %1 则 %2</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>尝试 %1</translation>
    </message>
    <message>
        <source>attempt %1 ok</source>
        <translation>尝试 %1 成功</translation>
    </message>
    <message>
        <source>attempt %1 failed</source>
        <translation>尝试 %1 失败</translation>
    </message>
    <message>
        <source>served this log</source>
        <translation>为此日志提供服务</translation>
    </message>
    <message>
        <source>not tried: the log says nothing more of it</source>
        <translation>未尝试：日志中没有更多相关信息</translation>
    </message>
</context>
<context>
    <name>ConnectGatewayDialog</name>
    <message>
        <source>Connect to Gateway</source>
        <translation>连接到 Gateway</translation>
    </message>
    <message>
        <source>Capture requests as they happen. New logs appear at the top of the list and are kept in the store.</source>
        <translation>在请求发生时捕获它们。新日志显示在列表顶部并保存在存储中。</translation>
    </message>
    <message>
        <source>Log stream (zero set-up)</source>
        <translation>日志流（无需设置）</translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation>Gateway URL(&amp;G)：</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787</source>
        <translation>http://127.0.0.1:8787</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>管理 Token(&amp;T)：</translation>
    </message>
    <message>
        <source>optional; gateways after 1.15.2 require one</source>
        <translation>可选；1.15.2 之后的 Gateway 必须提供</translation>
    </message>
    <message>
        <source>Recording proxy (complete: trace ids, metadata, retries, Do-Not-Track)</source>
        <translation>录制代理（完整：追踪 ID、元数据、重试、Do-Not-Track）</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>127.0.0.1:8788</source>
        <translation>127.0.0.1:8788</translation>
    </message>
    <message>
        <source>&amp;Upstream URL:</source>
        <translation>上游 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Reads the gateway&apos;s GET /log/stream; nothing to change in your clients. The stream keeps no history, carries no trace ids, metadata or retry counts, logs streamed answers without their content, and cannot honour Do-Not-Track: requests sent with x-portkey-debug: false are stored with their prompts and answers.</source>
        <translation>读取 Gateway 的 GET /log/stream；客户端无需任何更改。该流不保留历史，不含追踪 ID、元数据或重试次数，记录流式回答时不含其内容，且无法遵守 Do-Not-Track：以 x-portkey-debug: false 发送的请求会连同提示和回答一起保存。</translation>
    </message>
    <message>
        <source>Point your client or SDK at the listen address (for the Portkey SDK, baseURL http://%1/v1). Every request is forwarded unchanged to the upstream and stored as the client saw it, with trace ids, metadata, retries and streamed answers; Do-Not-Track requests are kept as statistics only.</source>
        <translation>将客户端或 SDK 指向监听地址（Portkey SDK 使用 baseURL http://%1/v1）。每个请求都会原样转发到上游，并按客户端所见保存，包括追踪 ID、元数据、重试和流式回答；Do-Not-Track 请求仅保留统计信息。</translation>
    </message>
    <message>
        <source>The gateway URL must be an http:// or https:// address, e.g. %1.</source>
        <translation>Gateway URL 必须是 http:// 或 https:// 地址，例如 %1。</translation>
    </message>
    <message>
        <source>Listen on takes HOST:PORT with an IP address, e.g. %1.</source>
        <translation>监听地址须为带 IP 地址的 HOST:PORT，例如 %1。</translation>
    </message>
    <message>
        <source>The upstream URL must be an http:// or https:// address, e.g. %1.</source>
        <translation>上游 URL 必须是 http:// 或 https:// 地址，例如 %1。</translation>
    </message>
    <message>
        <source>Connect when Gatescope &amp;starts</source>
        <translation>Gatescope 启动时连接(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Portkey Connections</source>
        <translation>Portkey 连接</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>prod</source>
        <translation>prod</translation>
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation>控制平面(&amp;C)：</translation>
    </message>
    <message>
        <source>https://api.portkey.ai/v1</source>
        <translation>https://api.portkey.ai/v1</translation>
    </message>
    <message>
        <source>&amp;Data plane:</source>
        <translation>数据平面(&amp;D)：</translation>
    </message>
    <message>
        <source>the same as the control plane</source>
        <translation>与控制平面相同</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>工作区(&amp;W)：</translation>
    </message>
    <message>
        <source>the key&apos;s own workspace</source>
        <translation>密钥所属的工作区</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Synced up to:</source>
        <translation>已同步至：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>Ask the control plane whether the key is accepted</source>
        <translation>询问控制平面是否接受该密钥</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>无钥匙串</translation>
    </message>
    <message>
        <source>No system keychain service is running on this computer (%1).

Keep the API key in a file that only you can read (%2)? Anyone who can log in as you, or read your backups, can read it.</source>
        <translation>此计算机上没有运行系统钥匙串服务 (%1)。

要将 API 密钥保存在只有您能读取的文件中 (%2) 吗？任何能以您的身份登录或能读取您备份的人都可以读取它。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>stored; type a new key to replace it</source>
        <translation>已保存；输入新密钥以替换</translation>
    </message>
    <message>
        <source>Give the connection a name: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>请为连接命名：字母、数字、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;。</translation>
    </message>
    <message>
        <source>Enter the API key (app.portkey.ai &gt; API Keys).</source>
        <translation>请输入 API 密钥 (app.portkey.ai &gt; API Keys)。</translation>
    </message>
    <message>
        <source>Not saved: no keychain service is running, and the key was not to be kept in a file.</source>
        <translation>未保存：没有运行钥匙串服务，且选择了不将密钥保存到文件。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Removed %1 and its key.</source>
        <translation>已删除 %1 及其密钥。</translation>
    </message>
    <message>
        <source>Save the connection first.</source>
        <translation>请先保存连接。</translation>
    </message>
    <message numerus="yes">
        <source>The control plane accepted the key (%n virtual key(s) visible).</source>
        <translation>
            <numerusform>控制平面已接受该密钥（可见 %n 个虚拟密钥）。</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Fetch the logs since the last sync through Portkey&apos;s log export (Enterprise plan)</source>
        <translation>通过 Portkey 的日志导出获取自上次同步以来的日志（Enterprise 套餐）</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 证书(&amp;A)：</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>系统的证书颁发机构</translation>
    </message>
    <message>
        <source>A certificate file (PEM or DER) to trust for this connection, for a self-hosted control plane with a self-signed or private-CA certificate. Verification always stays on.</source>
        <translation>此连接要信任的证书文件（PEM 或 DER），用于使用自签名证书或私有 CA 证书的自托管控制平面。验证始终保持开启。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>反馈：</translation>
    </message>
    <message>
        <source>Send &amp;feedback given in Gatescope to this connection</source>
        <translation>将在 Gatescope 中提交的反馈发送到此连接(&amp;F)</translation>
    </message>
    <message>
        <source>Feedback is saved locally first and sent when the control plane answers. One connection at a time receives it; without one, feedback stays local.</source>
        <translation>反馈会先保存在本地，并在控制平面响应时发送。同一时间只有一个连接接收反馈；没有这样的连接时，反馈只保留在本地。</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>未保存：%1。</translation>
    </message>
</context>
<context>
    <name>ControlPlaneClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot write the downloaded export to %1: %2</source>
        <translation>无法将下载的导出写入 %1：%2</translation>
    </message>
    <message>
        <source>download the export file</source>
        <translation>下载导出文件</translation>
    </message>
    <message>
        <source>The control plane answered %1 without %2.</source>
        <translation>控制平面返回了 %1，但缺少 %2。</translation>
    </message>
    <message>
        <source>export logs</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <source>an export id</source>
        <translation>导出 ID</translation>
    </message>
    <message>
        <source>start a log export</source>
        <translation>开始日志导出</translation>
    </message>
    <message>
        <source>check a log export</source>
        <translation>检查日志导出</translation>
    </message>
    <message>
        <source>a known export status (got &apos;%1&apos;)</source>
        <translation>已知的导出状态（收到 &apos;%1&apos;）</translation>
    </message>
    <message>
        <source>cancel a log export</source>
        <translation>取消日志导出</translation>
    </message>
    <message>
        <source>download a log export</source>
        <translation>下载日志导出</translation>
    </message>
    <message>
        <source>a download URL (signed_url)</source>
        <translation>下载 URL（signed_url）</translation>
    </message>
    <message>
        <source>open log %1</source>
        <translation>打开日志 %1</translation>
    </message>
    <message>
        <source>a readable log object (%1)</source>
        <translation>可读的日志对象（%1）</translation>
    </message>
    <message>
        <source>send feedback</source>
        <translation>发送反馈</translation>
    </message>
    <message>
        <source>The control plane rejected the feedback: %1</source>
        <translation>控制平面拒绝了该反馈：%1</translation>
    </message>
    <message>
        <source>update feedback</source>
        <translation>更新反馈</translation>
    </message>
    <message>
        <source>read config %1</source>
        <translation>读取 Config %1</translation>
    </message>
    <message>
        <source>a config object</source>
        <translation>Config 对象</translation>
    </message>
    <message>
        <source>read prompt %1</source>
        <translation>读取提示 %1</translation>
    </message>
    <message>
        <source>list the versions of prompt %1</source>
        <translation>列出提示 %1 的版本</translation>
    </message>
    <message>
        <source>render prompt %1</source>
        <translation>渲染提示 %1</translation>
    </message>
    <message>
        <source>run prompt %1</source>
        <translation>运行提示 %1</translation>
    </message>
    <message>
        <source>list virtual keys</source>
        <translation>列出虚拟密钥</translation>
    </message>
    <message>
        <source>read virtual key %1</source>
        <translation>读取虚拟密钥 %1</translation>
    </message>
    <message>
        <source>read provider %1</source>
        <translation>读取提供商 %1</translation>
    </message>
    <message>
        <source>read the %1 analytics</source>
        <translation>读取 %1 分析</translation>
    </message>
    <message>
        <source>an analytics graph</source>
        <translation>分析图表</translation>
    </message>
    <message>
        <source> after %1 attempts</source>
        <translation>（尝试 %1 次后）</translation>
    </message>
    <message>
        <source>401%1 from %2: the API key was rejected. Check the connection&apos;s key (a workspace or admin key from app.portkey.ai/api-keys).</source>
        <translation>%2 返回 401%1：API 密钥被拒绝。请检查连接的密钥（来自 app.portkey.ai/api-keys 的工作区密钥或管理员密钥）。</translation>
    </message>
    <message>
        <source>403%1 from %2: the API key may not %3</source>
        <translation>%2 返回 403%1：该 API 密钥无权执行：%3</translation>
    </message>
    <message>
        <source>: it lacks the scope %1</source>
        <translation>：缺少作用域 %1</translation>
    </message>
    <message>
        <source>, or the plan has no log export (log export needs the Enterprise plan)</source>
        <translation>，或当前套餐不含日志导出（日志导出需要 Enterprise 套餐）</translation>
    </message>
    <message>
        <source>, or the resource does not exist in this workspace</source>
        <translation>，或该资源在此工作区中不存在</translation>
    </message>
    <message>
        <source>402%1 from %2: the Portkey subscription is exhausted, so it will not %3. Raise the plan&apos;s limits or wait for the next billing period.</source>
        <translation>%2 返回 402%1：Portkey 订阅额度已用尽，因此无法%3。请提高套餐限额或等待下一个计费周期。</translation>
    </message>
    <message>
        <source>404%1 from %2: not found, could not %3. Check the id and the connection&apos;s workspace.</source>
        <translation>%2 返回 404%1：未找到，无法%3。请检查 ID 和连接的工作区。</translation>
    </message>
    <message>
        <source>429%1 from %2: rate limit exceeded%3, so could not %4. Try again %5.</source>
        <translation>%2 返回 429%1：超出速率限制%3，无法%4。请%5重试。</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>%1 秒后</translation>
    </message>
    <message>
        <source>later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>%1%2 from %3: the request to %4 was refused%5.</source>
        <translation>%3 返回 %1%2：%4 的请求被拒绝%5。</translation>
    </message>
    <message>
        <source>%1 from %2%3: the control plane failed, could not %4. Try again later.</source>
        <translation>%2%3 返回 %1：控制平面出错，无法%4。请稍后重试。</translation>
    </message>
    <message>
        <source>No answer from %1%2, could not %3. Check the network or try again later.</source>
        <translation>%1%2 没有响应，无法%3。请检查网络或稍后重试。</translation>
    </message>
    <message>
        <source>Cannot reach %1%2 (%3), could not %4. Check the URL and the network.</source>
        <translation>无法访问 %1%2（%3），无法%4。请检查 URL 和网络。</translation>
    </message>
    <message>
        <source>the CA certificate file %1 holds no readable certificate</source>
        <translation>CA 证书文件 %1 中没有可读取的证书</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Verification stays on: if the server&apos;s certificate is self-signed or from a private CA, give the connection that CA certificate (File &gt; Connections, or gatescope-cli connection add --ca-file FILE); otherwise check the URL.</source>
        <translation>与 %1 的安全连接失败：%2。验证保持开启：如果服务器的证书是自签名的或来自私有 CA，请为该连接指定该 CA 证书（文件 &gt; 连接，或 gatescope-cli connection add --ca-file FILE）；否则请检查 URL。</translation>
    </message>
    <message>
        <source>The download link of the export file has expired: %1 answered %2%3. (No API key is sent there; the link carries its own signature.)</source>
        <translation>导出文件的下载链接已过期：%1 返回了 %2%3。（不会向该地址发送 API 密钥；链接自带签名。）</translation>
    </message>
    <message>
        <source>list configs</source>
        <translation>列出 Config</translation>
    </message>
    <message>
        <source>The host %1 is unknown (its name does not resolve), so could not %2. Check the connection&apos;s URL.</source>
        <translation>主机 %1 未知（无法解析其名称），因此无法%2。请检查连接的 URL。</translation>
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
        <translation>（根据价格表估算）</translation>
    </message>
    <message>
        <source>(from the source; the table gives %1)</source>
        <translation>（来自来源；价格表为 %1）</translation>
    </message>
    <message>
        <source>(from the source)</source>
        <translation>（来自来源）</translation>
    </message>
    <message>
        <source>%1 is not in the pricing table</source>
        <translation>%1 不在价格表中</translation>
    </message>
    <message>
        <source>Uncached</source>
        <translation>未缓存</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Prices of %1 (%2).</source>
        <translation>%1 的价格（%2）。</translation>
    </message>
    <message>
        <source>any provider</source>
        <translation>任意提供商</translation>
    </message>
    <message>
        <source>Cached input is part of the prompt tokens.</source>
        <translation>缓存的输入包含在提示令牌中。</translation>
    </message>
    <message>
        <source>Cached input comes on top of the prompt tokens.</source>
        <translation>缓存的输入另外计算，不包含在提示令牌中。</translation>
    </message>
    <message>
        <source>Reasoning is part of the completion tokens.</source>
        <translation>推理包含在补全令牌中。</translation>
    </message>
    <message>
        <source>Reasoning comes on top of the completion tokens.</source>
        <translation>推理另外计算，不包含在补全令牌中。</translation>
    </message>
    <message>
        <source>* No price of its own in the table: the input or output price.</source>
        <translation>* 价格表中没有单独的价格：使用输入或输出价格。</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <source>Save as Dataset</source>
        <translation>另存为数据集</translation>
    </message>
    <message numerus="yes">
        <source>All %n logs</source>
        <translation>
            <numerusform>全部 %n 条日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n logs of the filter %1</source>
        <translation>
            <numerusform>筛选 %1 的 %n 条日志</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected log</source>
        <translation>所选日志</translation>
    </message>
    <message>
        <source>OpenAI chat fine-tuning (JSONL)</source>
        <translation>OpenAI 聊天微调（JSONL）</translation>
    </message>
    <message>
        <source>Evaluation: input, expected output, feedback (JSONL)</source>
        <translation>评估：输入、预期输出、反馈（JSONL）</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Inline, as data URLs</source>
        <translation>内联，作为 data URL</translation>
    </message>
    <message>
        <source>As files in a folder beside the dataset</source>
        <translation>作为文件保存在数据集旁的文件夹中</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Do-Not-Track logs have no content: they are never included, and the summary says how many were left out.</source>
        <translation>Do-Not-Track 日志没有内容：它们从不被包含，摘要会说明略过了多少条。</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>日志：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>图像(&amp;I)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
</context>
<context>
    <name>DeepLink</name>
    <message>
        <source>The link is empty.</source>
        <translation>链接为空。</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>链接过长。</translation>
    </message>
    <message>
        <source>Not a Gatescope link: it must start with gatescope://log/ or gatescope://trace/.</source>
        <translation>不是 Gatescope 链接：必须以 gatescope://log/ 或 gatescope://trace/ 开头。</translation>
    </message>
    <message>
        <source>A Gatescope link has no #fragment.</source>
        <translation>Gatescope 链接不能包含 #片段。</translation>
    </message>
    <message>
        <source>A Gatescope link names a log or a trace: gatescope://log/&lt;id&gt; or gatescope://trace/&lt;trace-id&gt;.</source>
        <translation>Gatescope 链接指向一条日志或一个追踪：gatescope://log/&lt;id&gt; 或 gatescope://trace/&lt;trace-id&gt;。</translation>
    </message>
    <message>
        <source>The link has no id.</source>
        <translation>链接中没有 ID。</translation>
    </message>
    <message>
        <source>An id in a link cannot contain &quot;/&quot;.</source>
        <translation>链接中的 ID 不能包含“/”。</translation>
    </message>
    <message>
        <source>The id in the link is not valid: ids are up to %1 letters, digits and the characters . _ : - (no &quot;..&quot;).</source>
        <translation>链接中的 ID 无效：ID 最多 %1 个字符，只能包含字母、数字和 . _ : -（不能包含“..”）。</translation>
    </message>
    <message>
        <source>The only option a link may have is ?store=&lt;name&gt;.</source>
        <translation>链接唯一允许的选项是 ?store=&lt;name&gt;。</translation>
    </message>
    <message>
        <source>The link names the store twice.</source>
        <translation>链接两次指定了存储。</translation>
    </message>
    <message>
        <source>The store name in the link is not valid.</source>
        <translation>链接中的存储名称无效。</translation>
    </message>
    <message>
        <source>A template is an http(s) URL, for example %1.</source>
        <translation>模板是一个 http(s) URL，例如 %1。</translation>
    </message>
    <message>
        <source>A template names exactly one {logId} or {traceId}.</source>
        <translation>模板必须恰好包含一个 {logId} 或 {traceId}。</translation>
    </message>
    <message>
        <source>Not a Portkey link.</source>
        <translation>不是 Portkey 链接。</translation>
    </message>
    <message>
        <source>The link has a malformed %-escape.</source>
        <translation>链接包含格式错误的 % 转义。</translation>
    </message>
    <message>
        <source>This Portkey link names no log or trace that Gatescope knows how to open (the Portkey URL templates are in Settings).</source>
        <translation>此 Portkey 链接没有指向 Gatescope 能打开的日志或追踪（Portkey URL 模板在设置中）。</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Close the panel (Esc)</source>
        <translation>关闭面板 (Esc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No log selected</source>
        <translation>未选择日志</translation>
    </message>
    <message>
        <source>Select a log in the list to see its request, response and what the gateway did.</source>
        <translation>在列表中选择一条日志，查看其请求、响应以及网关的处理过程。</translation>
    </message>
    <message>
        <source>This request was sent with x-portkey-debug: false (Do-Not-Track); only its statistics were kept.</source>
        <translation>此请求以 x-portkey-debug: false（Do-Not-Track）发送，只保留了统计信息。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The log could not be loaded.</source>
        <translation>无法加载该日志。</translation>
    </message>
    <message>
        <source>Could not load the log</source>
        <translation>无法加载日志</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <source>Content not tracked</source>
        <translation>内容未记录</translation>
    </message>
    <message>
        <source>No source record</source>
        <translation>无源记录</translation>
    </message>
    <message>
        <source>This log was stored without its original record.</source>
        <translation>此日志保存时没有其原始记录。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>流式</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首个令牌用时</translation>
    </message>
    <message>
        <source>Log id</source>
        <translation>日志 ID</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>提示令牌</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>补全令牌</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>推理令牌</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>令牌总数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务方</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>第 %1 次尝试</translation>
    </message>
    <message>
        <source>%1 %2/%3, %4, %5</source>
        <translation>%1 %2/%3，%4，%5</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Virtual key</source>
        <translation>虚拟密钥</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>追踪</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>追踪 ID</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <source>Parent span</source>
        <translation>父 Span</translation>
    </message>
    <message>
        <source>Span name</source>
        <translation>Span 名称</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>no (Do-Not-Track)</source>
        <translation>否（Do-Not-Track）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay of</source>
        <translation>重放自</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <source>Edit and send this request again (Ctrl+R)</source>
        <translation>编辑并重新发送此请求 (Ctrl+R)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Add feedback…</source>
        <translation>添加反馈…</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>提交者：%1</translation>
    </message>
    <message>
        <source>Sent to Portkey</source>
        <translation>已发送到 Portkey</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>仅本地</translation>
    </message>
    <message>
        <source>Remove here</source>
        <translation>在此处删除</translation>
    </message>
    <message>
        <source>Opened %1 in the browser</source>
        <translation>已在浏览器中打开 %1</translation>
    </message>
    <message>
        <source>No browser could open %1</source>
        <translation>没有浏览器能打开 %1</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>复制“%1”</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Content removed on %1</source>
        <translation>内容已于 %1 删除</translation>
    </message>
    <message>
        <source>Its bodies, source record and images were removed on request; only its statistics were kept.</source>
        <translation>其正文、源记录和图像已应请求删除；只保留了统计信息。</translation>
    </message>
    <message>
        <source>Cache read tokens</source>
        <translation>缓存读取令牌</translation>
    </message>
    <message>
        <source>Cache write tokens</source>
        <translation>缓存写入令牌</translation>
    </message>
    <message>
        <source>no (content removed on %1)</source>
        <translation>否（内容已于 %1 删除）</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>in a few seconds</source>
        <translation>几秒后</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>时间未知</translation>
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
        <translation>端点未知</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>流式</translation>
    </message>
    <message>
        <source>Not streamed</source>
        <translation>非流式</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>提供商：%1</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>服务方：%1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Completion: %1</source>
        <translation>补全：%1</translation>
    </message>
    <message>
        <source>Reasoning: %1</source>
        <translation>推理：%1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>%1 cents, estimated from the pricing table</source>
        <translation>%1 美分，根据价格表估算</translation>
    </message>
    <message>
        <source>%1 cents, as reported by the gateway</source>
        <translation>%1 美分，由网关报告</translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation>首个令牌用时：%1</translation>
    </message>
    <message>
        <source>No feedback</source>
        <translation>无反馈</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback entry(s), weighted average %1</source>
        <translation>
            <numerusform>%n 条反馈，加权平均 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No trace id</source>
        <translation>无追踪 ID</translation>
    </message>
    <message>
        <source>Trace: %1</source>
        <translation>追踪：%1</translation>
    </message>
    <message>
        <source>Span: %1</source>
        <translation>Span：%1</translation>
    </message>
    <message>
        <source>Parent span: %1</source>
        <translation>父 Span：%1</translation>
    </message>
    <message>
        <source>Span name: %1</source>
        <translation>Span 名称：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No logs yet</source>
        <translation>还没有日志</translation>
    </message>
    <message>
        <source>Gatescope shows every request your AI gateway handled. Start with an exported log file, or look around with demo data.</source>
        <translation>Gatescope 显示 AI 网关处理过的每个请求。可以从导出的日志文件开始，或用演示数据四处看看。</translation>
    </message>
    <message>
        <source>Open an export file…</source>
        <translation>打开导出文件…</translation>
    </message>
    <message>
        <source>Connect to a gateway</source>
        <translation>连接到网关</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>You can also drop export files (JSONL, CSV, JSON) anywhere on this window.</source>
        <translation>也可以将导出文件（JSONL、CSV、JSON）拖放到此窗口的任意位置。</translation>
    </message>
    <message>
        <source>Capture requests live from a Portkey gateway&apos;s log stream, or through a recording proxy.</source>
        <translation>从 Portkey Gateway 的日志流或通过录制代理实时捕获请求。</translation>
    </message>
</context>
<context>
    <name>ExportLogsDialog</name>
    <message>
        <source>&amp;Gatescope JSONL (every field and the bodies; imports back unchanged)</source>
        <translation>Gatescope JSONL（所有字段和正文；可原样重新导入）(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;CSV (the columns of Portkey&apos;s export, for spreadsheets)</source>
        <translation>CSV（Portkey 导出的列，适用于电子表格）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export Logs</source>
        <translation>导出日志</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln logs of this store.</source>
        <translation>
            <numerusform>此存储中的全部 %Ln 条日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln logs that match the filter %1</source>
        <translation>
            <numerusform>与筛选 %1 匹配的 %Ln 条日志</numerusform>
        </translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Gatescope JSONL (*.jsonl)</source>
        <translation>Gatescope JSONL (*.jsonl)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>请选择现有文件夹中的文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported %1 of %2…</source>
        <translation>已导出 %1 条，共 %2 条…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln logs to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条日志导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>FeedbackController</name>
    <message>
        <source>Add Feedback</source>
        <translation>添加反馈</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>编辑反馈</translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation>删除反馈</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>无法打开存储。</translation>
    </message>
    <message>
        <source>Feedback not saved: %1</source>
        <translation>反馈未保存：%1</translation>
    </message>
    <message>
        <source>no log %1 in the store</source>
        <translation>存储中没有日志 %1</translation>
    </message>
    <message>
        <source>This log has no trace id, and Portkey attaches feedback to a trace: the feedback is kept in this store only.</source>
        <translation>此日志没有追踪 ID，而 Portkey 将反馈附加到追踪上：该反馈只保存在此存储中。</translation>
    </message>
    <message>
        <source>Feedback removed here only: Portkey already has it, and its API cannot delete feedback, so it stays there.</source>
        <translation>反馈仅在此处删除：Portkey 已有该反馈，且其 API 无法删除反馈，因此它会保留在 Portkey 上。</translation>
    </message>
    <message>
        <source>Feedback removed here. It was being sent to Portkey at that moment; if it arrived, it stays there (Portkey&apos;s API cannot delete feedback).</source>
        <translation>已在此处删除反馈。当时它正在发送到 Portkey；如果已送达，它会保留在那里（Portkey 的 API 无法删除反馈）。</translation>
    </message>
    <message>
        <source>Feedback stays local: %1</source>
        <translation>反馈保留在本地：%1</translation>
    </message>
    <message>
        <source>the API key of %1 could not be read: %2</source>
        <translation>无法读取 %1 的 API 密钥：%2</translation>
    </message>
    <message>
        <source>there is no connection named %1</source>
        <translation>没有名为 %1 的连接</translation>
    </message>
    <message>
        <source>Feedback is saved here and waits: %1</source>
        <translation>反馈已保存在此处，正在等待发送：%1</translation>
    </message>
    <message>
        <source>Pending — will be sent when %1 answers</source>
        <translation>待发送 — 将在 %1 响应时发送</translation>
    </message>
    <message>
        <source>Pending — not sent: %1</source>
        <translation>待发送 — 未发送：%1</translation>
    </message>
    <message>
        <source>Sent to Portkey</source>
        <translation>已发送到 Portkey</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已被拒绝：%1</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>仅本地</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Thumbs up (+)</source>
        <translation>赞 (+)</translation>
    </message>
    <message>
        <source>Sets the value to 1 (shortcut +)</source>
        <translation>将值设为 1（快捷键 +）</translation>
    </message>
    <message>
        <source>Thumbs down (−)</source>
        <translation>踩 (−)</translation>
    </message>
    <message>
        <source>Sets the value to -1 (shortcut -)</source>
        <translation>将值设为 -1（快捷键 -）</translation>
    </message>
    <message>
        <source>How much this entry counts when a trace has several (0 to 1)</source>
        <translation>当一个追踪有多条反馈时此条目的权重（0 到 1）</translation>
    </message>
    <message>
        <source>What was good or wrong about this answer</source>
        <translation>此回答好在哪里或错在哪里</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>_user, _organisation, _prompt and _environment are indexed by Portkey</source>
        <translation>_user、_organisation、_prompt 和 _environment 会被 Portkey 索引</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>元数据(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Feedback belongs to the trace: it shows on every log of it.</source>
        <translation>反馈属于追踪：它会显示在该追踪的每个日志上。</translation>
    </message>
    <message>
        <source>Add Feedback</source>
        <translation>添加反馈</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>编辑反馈</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>Kept in this store only: no connection receives feedback (File &gt; Connections).</source>
        <translation>仅保存在此存储中：没有接收反馈的连接（文件 &gt; 连接）。</translation>
    </message>
    <message>
        <source>Saved here first, then sent to Portkey through %1; while it does not answer, the feedback waits and is retried.</source>
        <translation>先保存在此处，然后通过 %1 发送到 Portkey；在 %1 无响应期间，反馈会等待并重试。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: model:gpt-4o status:&gt;=400 cache:hit user:alice &quot;exact phrase&quot; (Ctrl+F)</source>
        <translation>筛选：model:gpt-4o status:&gt;=400 cache:hit user:alice &quot;精确短语&quot; (Ctrl+F)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Filters used before (Up and Down in the bar)</source>
        <translation>以前用过的筛选（在栏中按上方向键或下方向键）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply the filter (Enter)</source>
        <translation>应用筛选（回车）</translation>
    </message>
    <message>
        <source>No filters used yet</source>
        <translation>尚未使用过筛选</translation>
    </message>
    <message>
        <source>%1 (at “%2”, column %3)</source>
        <translation>%1（在“%2”处，第 %3 列）</translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>&apos;%1&apos; takes a number, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 需要数字，但得到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a date like 2026-01-01 or 2026-01-01T12:00, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 需要 2026-01-01 或 2026-01-01T12:00 这样的日期，但得到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one of %2, got &apos;%3&apos;</source>
        <translation>&apos;%1&apos; 需要 %2 之一，但得到的是 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number or one of %2, got &apos;%3&apos;</source>
        <translation>&apos;%1&apos; 需要数字或 %2 之一，但得到的是 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>unclosed quote</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>OR needs a term on both sides</source>
        <translation>OR 两侧都需要条件</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a term after it</source>
        <translation>&apos;-&apos; 后面需要条件</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>未知字段 &apos;%1&apos;</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation>（您是指 &apos;%1&apos; 吗？）</translation>
    </message>
    <message>
        <source> (put text containing &apos;:&apos; in quotes to search for it)</source>
        <translation>（要搜索包含 &apos;:&apos; 的文本，请将其放在引号中）</translation>
    </message>
    <message>
        <source>&apos;meta.&apos; needs a key: meta.KEY:value</source>
        <translation>&apos;meta.&apos; 需要键：meta.KEY:value</translation>
    </message>
    <message>
        <source>expected a space after the closing quote</source>
        <translation>右引号后应有空格</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; 需要值</translation>
    </message>
    <message>
        <source>a quote may only start a phrase or a value</source>
        <translation>引号只能用于短语或值的开头</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 px, %4%5</source>
        <translation>%1 — %2 × %3 像素，%4%5</translation>
    </message>
    <message>
        <source>Image — %1%</source>
        <translation>图像 — %1%</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>保存图像</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <source>The import was cancelled; everything before it was kept.</source>
        <translation>导入已取消；此前导入的内容均已保留。</translation>
    </message>
    <message>
        <source>The store refused a batch; the import stopped there.</source>
        <translation>存储拒绝了一个批次；导入在此停止。</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Import Stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the store refused the first batch.</source>
        <translation>存储拒绝了第一个批次。</translation>
    </message>
    <message numerus="yes">
        <source>none of the %Ln lines could be read as a log.</source>
        <translation>
            <numerusform>%Ln 行中没有任何一行可读取为日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logs imported</source>
        <translation>
            <numerusform>已导入 %Ln 条日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the store</source>
        <translation>
            <numerusform>%Ln 条已在存储中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines skipped</source>
        <translation>
            <numerusform>跳过 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>‹%1, %2 base64›</source>
        <translation>‹%1，%2 base64›</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n 个键}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 项]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s); Copy Value copies all of it</source>
        <translation>
            <numerusform>%n 个字符；“复制值”会复制全部内容</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>‹base64, %1›</source>
        <translation>‹base64，%1›</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>Show the JSON as a tree</source>
        <translation>以树形显示 JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>显示文本</translation>
    </message>
    <message>
        <source>Find (Enter for next)</source>
        <translation>查找（按回车查找下一个）</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Expand every node</source>
        <translation>展开所有节点</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation>复制所选的值</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy the selected node&apos;s path</source>
        <translation>复制所选节点的路径</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the body as it was recorded</source>
        <translation>按记录原样保存正文</translation>
    </message>
    <message>
        <source>Open Raw</source>
        <translation>以原始文本打开</translation>
    </message>
    <message>
        <source>No body recorded</source>
        <translation>未记录正文</translation>
    </message>
    <message>
        <source>The source did not include this body.</source>
        <translation>来源中不包含此正文。</translation>
    </message>
    <message>
        <source>This body is %1, too large to show as a tree. The preview shows its beginning; Open Raw shows all of it as text.</source>
        <translation>此正文大小为 %1，太大，无法以树形显示。预览只显示开头部分；“以原始文本打开”可显示全部内容。</translation>
    </message>
    <message>
        <source>Save Body</source>
        <translation>保存正文</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>无法打开存储：%1</translation>
    </message>
    <message>
        <source>Recording proxy on http://%1, forwarding to %2</source>
        <translation>录制代理位于 http://%1，转发到 %2</translation>
    </message>
    <message>
        <source>An event could not be read: %1</source>
        <translation>无法读取事件：%1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
</context>
<context>
    <name>LogConfig</name>
    <message>
        <source>inline config</source>
        <translation>内联 Config</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>由 %1 提供服务</translation>
    </message>
</context>
<context>
    <name>LogDiff</name>
    <message>
        <source>%1: the cache was not enabled (no cache mode in the config or x-portkey-cache header), so it could not hit.</source>
        <translation>%1：缓存未启用（Config 或 x-portkey-cache 标头中没有缓存模式），因此不可能命中。</translation>
    </message>
    <message>
        <source>%1: cache mode %2 was asked for but the gateway reported DISABLED: its build has the cache compiled out (the npm 1.15.2 package does), so no request through it can hit.</source>
        <translation>%1：请求了缓存模式 %2，但网关报告 DISABLED：其构建未编译缓存（npm 1.15.2 包即如此），因此经由它的请求都不可能命中。</translation>
    </message>
    <message>
        <source>%1: semantic mode, which the open-source gateway never serves from the cache.</source>
        <translation>%1：语义模式，开源网关从不从缓存提供此模式。</translation>
    </message>
    <message>
        <source>%1: sent x-portkey-cache-force-refresh, which skips the lookup (REFRESH) and stores the new answer.</source>
        <translation>%1：发送了 x-portkey-cache-force-refresh，它会跳过查找（REFRESH）并存储新回答。</translation>
    </message>
    <message>
        <source>%1: a stream; the gateway never stores streamed answers.</source>
        <translation>%1：流式请求；网关从不存储流式回答。</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>Both requests have the same simple-cache key (SHA-256 of body and provider URL: %1).</source>
        <translation>两个请求的简单缓存键相同（正文和提供商 URL 的 SHA-256：%1）。</translation>
    </message>
    <message>
        <source>Same key, so the one that missed either came first and filled the cache, found the entry expired (max_age), skipped it with force-refresh, or went through another gateway process (the open-source cache is in memory, per process).</source>
        <translation>键相同，因此未命中的那个请求要么先到并填充了缓存，要么发现条目已过期（max_age），要么用 force-refresh 跳过了它，要么经过了另一个网关进程（开源缓存位于内存中，每个进程一份）。</translation>
    </message>
    <message>
        <source>The simple-cache keys differ (%1 vs %2) in: %3. A request only hits an entry stored under its exact key.</source>
        <translation>简单缓存键（%1 与 %2）的不同之处：%3。请求只会命中以其完全相同的键存储的条目。</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>The store could not be opened.</source>
        <translation>无法打开存储。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in UTC</source>
        <translation>时间为 UTC</translation>
    </message>
    <message>
        <source>Times in the local time zone</source>
        <translation>时间为本地时区</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>追踪</translation>
    </message>
    <message>
        <source>Do-Not-Track: only the statistics were kept, not the content</source>
        <translation>Do-Not-Track：只保留了统计信息，未保留内容</translation>
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
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>存储：%1</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>无法打开存储：%1</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>此列无法排序。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Logs…</source>
        <translation>导入日志(&amp;I)…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation>加载演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy Log &amp;Link</source>
        <translation>复制日志链接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open Link…</source>
        <translation>打开链接(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>筛选(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Detail Panel</source>
        <translation>详细信息面板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Trace View</source>
        <translation>追踪视图(&amp;T)</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>以 UTC 显示时间(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>Dar&amp;k Theme</source>
        <translation>深色主题(&amp;K)</translation>
    </message>
    <message>
        <source>Allow &amp;Network Images</source>
        <translation>允许网络图像(&amp;N)</translation>
    </message>
    <message>
        <source>Fetch images that logs reference by URL (up to 8 MB each)</source>
        <translation>获取日志通过 URL 引用的图像（每张最多 8 MB）</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Log</source>
        <translation>下一条日志(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Log</source>
        <translation>上一条日志(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open Log</source>
        <translation>打开日志(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close Panel</source>
        <translation>关闭面板(&amp;C)</translation>
    </message>
    <message>
        <source>Page &amp;Up</source>
        <translation>上一页(&amp;U)</translation>
    </message>
    <message>
        <source>Page &amp;Down</source>
        <translation>下一页(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;First Log</source>
        <translation>第一条日志(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last Log</source>
        <translation>最后一条日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Status Column &amp;Legend</source>
        <translation>状态列图例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Filter Language</source>
        <translation>筛选语言(&amp;F)</translation>
    </message>
    <message>
        <source>Filter Language</source>
        <translation>筛选语言</translation>
    </message>
    <message>
        <source>Terms are ANDed; OR between two terms; - negates.

model:gpt-4o  provider:openai  status:&gt;=400  status:5xx  type:chat
cache:hit  retry:failed  fallback:active  lb:active  trace:ID
user:alice  meta.env:prod  tokens:&gt;1000  cost:0.5..2  latency:&gt;2000
tracked:false  after:2026-01-01  &quot;exact phrase&quot;  word  -model:gpt-3.5

field:value matches the whole value; value* matches a prefix.</source>
        <translation>各条件之间为“与”关系；两个条件之间可用 OR；- 表示取反。

model:gpt-4o  provider:openai  status:&gt;=400  status:5xx  type:chat
cache:hit  retry:failed  fallback:active  lb:active  trace:ID
user:alice  meta.env:prod  tokens:&gt;1000  cost:0.5..2  latency:&gt;2000
tracked:false  after:2026-01-01  &quot;精确短语&quot;  单词  -model:gpt-3.5

field:value 匹配整个值；value* 匹配前缀。</translation>
    </message>
    <message>
        <source>&amp;About Gatescope</source>
        <translation>关于 Gatescope(&amp;A)</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>无法读取存储：%1</translation>
    </message>
    <message>
        <source>Counting logs…</source>
        <translation>正在统计日志…</translation>
    </message>
    <message>
        <source>Select a log first.</source>
        <translation>请先选择一条日志。</translation>
    </message>
    <message>
        <source>This log&apos;s id cannot be put in a link: %1</source>
        <translation>此日志的 ID 无法放入链接：%1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Cannot open the link: %1</source>
        <translation>无法打开链接：%1</translation>
    </message>
    <message>
        <source>the link names the store &quot;%1&quot;; this window shows %2</source>
        <translation>链接指定的存储为“%1”；此窗口显示的是 %2</translation>
    </message>
    <message>
        <source>This log is not in the local store (%1): %2
No control-plane connection is set up to fetch it.</source>
        <translation>此日志不在本地存储（%1）中：%2
尚未设置用于获取它的控制平面连接。</translation>
    </message>
    <message>
        <source>This trace is not in the local store (%1): %2
No control-plane connection is set up to fetch it.</source>
        <translation>此追踪不在本地存储（%1）中：%2
尚未设置用于获取它的控制平面连接。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Generating %1 demo logs…</source>
        <translation>正在生成 %1 条演示日志…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>无法打开存储。</translation>
    </message>
    <message>
        <source>Demo data failed: %1</source>
        <translation>演示数据失败：%1</translation>
    </message>
    <message>
        <source>Import Logs</source>
        <translation>导入日志</translation>
    </message>
    <message>
        <source>Log exports (*.jsonl *.json *.csv *.ndjson);;All files (*)</source>
        <translation>日志导出 (*.jsonl *.json *.csv *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Co&amp;nnect to Gateway…</source>
        <translation>连接到 Gateway(&amp;N)…</translation>
    </message>
    <message>
        <source>Disc&amp;onnect</source>
        <translation>断开连接(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Follow Live</source>
        <translation>跟随实时(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the newest live logs in view; off, the list stays where you read</source>
        <translation>保持显示最新的实时日志；关闭时列表停留在您正在阅读的位置</translation>
    </message>
    <message numerus="yes">
        <source>%n live log(s)</source>
        <translation>
            <numerusform>%n 条实时日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n 个间隙</numerusform>
        </translation>
    </message>
    <message>
        <source>following</source>
        <translation>跟随中</translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new above</source>
        <translation>
            <numerusform>已暂停，上方有 %n 条新日志</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Recording proxy: point clients at http://%1</source>
        <translation>录制代理：将客户端指向 http://%1</translation>
    </message>
    <message>
        <source>Gateway log stream</source>
        <translation>Gateway 日志流</translation>
    </message>
    <message>
        <source>Connect to Gateway</source>
        <translation>连接到 Gateway</translation>
    </message>
    <message>
        <source>The live capture could not start: %1</source>
        <translation>无法启动实时捕获：%1</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>重放(&amp;R)…</translation>
    </message>
    <message>
        <source>Select a log to replay it</source>
        <translation>选择一个日志以重放</translation>
    </message>
    <message>
        <source>Saved the run as log %1</source>
        <translation>已将运行结果保存为日志 %1</translation>
    </message>
    <message>
        <source>Could not save the run: %1</source>
        <translation>无法保存运行结果：%1</translation>
    </message>
    <message>
        <source>This trace is not in the local store: %1
Portkey has no API to fetch a trace by id; sync the time range with File &gt; Connections or &apos;gatescope-cli sync&apos;.</source>
        <translation>此追踪不在本地存储中：%1
Portkey 没有按 ID 获取追踪的 API；请通过 文件 &gt; 连接 或 &apos;gatescope-cli sync&apos; 同步该时间范围。</translation>
    </message>
    <message>
        <source>Fetching log %1 from the control plane…</source>
        <translation>正在从控制平面获取日志 %1…</translation>
    </message>
    <message>
        <source>This log is not in the local store and could not be fetched: %1
%2</source>
        <translation>此日志不在本地存储中，且无法获取：%1
%2</translation>
    </message>
    <message>
        <source>No connection named %1.</source>
        <translation>没有名为 %1 的连接。</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>正在同步 %1…</translation>
    </message>
    <message>
        <source>Sync Logs</source>
        <translation>同步日志</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>存储未打开。</translation>
    </message>
    <message>
        <source>Sync of %1 cancelled; Sync Now resumes it.</source>
        <translation>已取消 %1 的同步；“立即同步”可继续。</translation>
    </message>
    <message>
        <source>Sync of %1 stopped: %2</source>
        <translation>%1 的同步已停止：%2</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Analytics…</source>
        <translation>分析(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Feedback…</source>
        <translation>添加反馈(&amp;F)…</translation>
    </message>
    <message>
        <source>Select a log to give feedback on.</source>
        <translation>选择一个日志以提供反馈。</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>未打开存储</translation>
    </message>
    <message>
        <source>PostgreSQL database %1</source>
        <translation>PostgreSQL 数据库 %1</translation>
    </message>
    <message>
        <source>Open &amp;Store…</source>
        <translation>打开存储(&amp;S)…</translation>
    </message>
    <message>
        <source>Shared store: not connected</source>
        <translation>共享存储：未连接</translation>
    </message>
    <message>
        <source>Shared store: logs others add are not shown (%1)</source>
        <translation>共享存储：不显示他人添加的日志（%1）</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>共享存储</translation>
    </message>
    <message>
        <source>Shared store · following</source>
        <translation>共享存储 · 跟随中</translation>
    </message>
    <message numerus="yes">
        <source>Shared store · paused, %n new above</source>
        <translation>
            <numerusform>共享存储 · 已暂停，上方有 %n 条新日志</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared store · paused</source>
        <translation>共享存储 · 已暂停</translation>
    </message>
    <message>
        <source>Logs and feedback that collectors and other desktops store in this PostgreSQL database appear as they are committed. View &gt; Follow Live keeps the newest in view.</source>
        <translation>收集器和其他桌面端存入此 PostgreSQL 数据库的日志和反馈会在提交后显示。视图 &gt; 跟随实时 可让最新的日志保持在视野中。</translation>
    </message>
    <message>
        <source>%1 is the store open now.</source>
        <translation>%1 就是当前打开的存储。</translation>
    </message>
    <message>
        <source>An import or sync is writing to this store: let it finish (or cancel it), then open %1.</source>
        <translation>导入或同步正在写入此存储：请等待其完成（或将其取消），然后再打开 %1。</translation>
    </message>
    <message>
        <source>Another Gatescope window shows %1; it was brought to the front.</source>
        <translation>另一个 Gatescope 窗口正在显示 %1；已将其切换到前台。</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>打开存储</translation>
    </message>
    <message>
        <source>Live capture is writing into this store. Open %1 and stop capturing? What was captured so far stays in this store.</source>
        <translation>实时捕获正在写入此存储。要打开 %1 并停止捕获吗？目前已捕获的内容会保留在此存储中。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Shared store: connection lost — reconnecting…</source>
        <translation>共享存储：连接已断开 — 正在重新连接…</translation>
    </message>
    <message>
        <source>The connection to the store was lost: %1

Gatescope connects again by itself, waiting longer after each failed try (up to 30 s), and then shows what was stored meanwhile. View &gt; Reload tries at once.</source>
        <translation>与存储的连接已断开：%1

Gatescope 会自动重新连接，每次尝试失败后等待更久（最多 30 秒），然后显示在此期间存储的内容。视图 &gt; 重新加载 会立即重试。</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>&amp;Export Logs…</source>
        <translation>导出日志(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logs</source>
        <translation>
            <numerusform>%Ln 条日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logs match the filter</source>
        <translation>
            <numerusform>%Ln 条日志与筛选匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Export job %1 of %2, %3: %4</source>
        <translation>导出作业 %1/%2，%3：%4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new logs</source>
        <translation>
            <numerusform>%Ln 条新日志</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1: %2, %3.</source>
        <translation>已同步 %1：%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already stored</source>
        <translation>
            <numerusform>%Ln 条已存储</numerusform>
        </translation>
    </message>
    <message>
        <source>The window on %1 opened the link.</source>
        <translation>%1 的窗口已打开该链接。</translation>
    </message>
    <message>
        <source>the link names the store &quot;%1&quot;, which was not opened here before; this window shows %2</source>
        <translation>链接指定的存储“%1”此前未在此处打开过；此窗口显示的是 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln demo logs added</source>
        <translation>
            <numerusform>已添加 %Ln 条演示日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln logs to %1</source>
        <translation>
            <numerusform>已将 %Ln 条日志导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1 (%2 of %3): %Ln logs</source>
        <translation>
            <numerusform>正在导入 %1（第 %2 个，共 %3 个）：%Ln 条日志</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing trace %1</source>
        <translation>正在显示追踪 %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>No log matches the filter</source>
        <translation>没有与筛选匹配的日志</translation>
    </message>
    <message>
        <source>The store has no logs.</source>
        <translation>存储中没有日志。</translation>
    </message>
    <message>
        <source>Nothing in the store matches %1. Change or clear the filter to see logs again.</source>
        <translation>存储中没有与 %1 匹配的内容。更改或清除筛选即可再次看到日志。</translation>
    </message>
    <message>
        <source>Select a log to replay it.</source>
        <translation>请选择一个日志以重放。</translation>
    </message>
    <message>
        <source>This log cannot be replayed: %1</source>
        <translation>此日志无法重放：%1</translation>
    </message>
    <message>
        <source>The filter %1 was cleared to show log %2; it is in the filter history.</source>
        <translation>为显示日志 %2 已清除筛选 %1；它仍在筛选历史中。</translation>
    </message>
    <message>
        <source>Re&amp;view Logs…</source>
        <translation>审阅日志(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>OpenLinkDialog</name>
    <message>
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Paste a Gatescope link (gatescope://log/…) or a Portkey app URL that names a log or a trace:</source>
        <translation>粘贴 Gatescope 链接（gatescope://log/…）或指向日志或追踪的 Portkey 应用 URL：</translation>
    </message>
    <message>
        <source>gatescope://log/&lt;id&gt;</source>
        <translation>gatescope://log/&lt;id&gt;</translation>
    </message>
    <message>
        <source>Opens log %1.</source>
        <translation>将打开日志 %1。</translation>
    </message>
    <message>
        <source>Opens trace %1.</source>
        <translation>将打开追踪 %1。</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <source>Open Store</source>
        <translation>打开存储</translation>
    </message>
    <message>
        <source>Logs are kept in a store: a SQLite file on this computer, or a PostgreSQL database that collectors write to and a team reads.</source>
        <translation>日志保存在存储中：可以是此计算机上的 SQLite 文件，也可以是由收集器写入、供团队读取的 PostgreSQL 数据库。</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>此计算机上的 SQLite 文件(&amp;S)</translation>
    </message>
    <message>
        <source>a new or existing .sqlite file</source>
        <translation>新的或现有的 .sqlite 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL database (team store)</source>
        <translation>PostgreSQL 数据库（团队存储）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/dbname</source>
        <translation>postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>R&amp;ecent stores:</source>
        <translation>最近的存储(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Enter the database&apos;s URL: postgresql://user@host:port/dbname</source>
        <translation>请输入数据库的 URL：postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Choose a SQLite file, new or existing.</source>
        <translation>请选择一个新的或现有的 SQLite 文件。</translation>
    </message>
    <message>
        <source>The password typed here is used until Gatescope quits, unless it is saved in the keychain.</source>
        <translation>此处输入的密码会一直使用到 Gatescope 退出，除非将其保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Empty: the password saved in the system keychain for this database.</source>
        <translation>留空：使用系统钥匙串中为此数据库保存的密码。</translation>
    </message>
    <message>
        <source>Empty: the password in PGPASSWORD.</source>
        <translation>留空：使用 PGPASSWORD 中的密码。</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass, as for psql; or none when the server trusts you.</source>
        <translation>留空：与 psql 相同，使用 PGPASSWORD 或 ~/.pgpass；如果服务器信任您，则不使用密码。</translation>
    </message>
    <message>
        <source>SQLite Store</source>
        <translation>SQLite 存储</translation>
    </message>
    <message>
        <source>SQLite stores (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 存储 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>No file there yet: a new, empty store will be created.</source>
        <translation>该位置还没有文件：将创建一个新的空存储。</translation>
    </message>
    <message>
        <source>It opens, but its logs could not be counted: %1</source>
        <translation>可以打开，但无法统计其中的日志：%1</translation>
    </message>
    <message>
        <source>No system keychain is running here, so the password was not saved (nor written to a file). Open again to use it until Gatescope quits; to keep it, start a keychain (GNOME Keyring, KWallet) or use PGPASSWORD or ~/.pgpass.</source>
        <translation>此处没有运行系统钥匙串，因此未保存密码（也未写入文件）。再次打开即可在 Gatescope 退出前使用它；若要保留密码，请启动钥匙串（GNOME Keyring、KWallet），或使用 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>The system keychain did not save the password: %1</source>
        <translation>系统钥匙串未保存密码：%1</translation>
    </message>
    <message>
        <source>The saved password could not be removed from the system keychain: %1</source>
        <translation>无法从系统钥匙串中删除已保存的密码：%1</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL：%1</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite：%1</translation>
    </message>
    <message>
        <source>%1 (this window)</source>
        <translation>%1（此窗口）</translation>
    </message>
    <message>
        <source>(not a valid PostgreSQL URL)</source>
        <translation>（不是有效的 PostgreSQL URL）</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln logs in the store.</source>
        <translation>
            <numerusform>已连接：存储中有 %Ln 条日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A store with %Ln logs.</source>
        <translation>
            <numerusform>包含 %Ln 条日志的存储。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>%1 is a SQLite database (a Gatescope store or its full-text index?) and is not overwritten: choose another file</source>
        <translation>%1 是 SQLite 数据库（Gatescope 存储或其全文索引？），不会被覆盖：请选择其他文件</translation>
    </message>
    <message>
        <source>%1 belongs to the SQLite database %2 and is not overwritten: choose another file</source>
        <translation>%1 属于 SQLite 数据库 %2，不会被覆盖：请选择其他文件</translation>
    </message>
</context>
<context>
    <name>PeerActions</name>
    <message>
        <source>&amp;Mark for Comparison</source>
        <translation>标记以供比较(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the marked log (M) with the selected one, or a replay with its original</source>
        <translation>将标记的日志（M）与所选日志比较，或将重放与其原始日志比较</translation>
    </message>
    <message>
        <source>Save &amp;as Dataset…</source>
        <translation>另存为数据集(&amp;A)…</translation>
    </message>
    <message>
        <source>Marked for comparison: select another log and press C</source>
        <translation>已标记以供比较：请选择另一条日志并按 C</translation>
    </message>
    <message>
        <source>Select a log to compare</source>
        <translation>请选择要比较的日志</translation>
    </message>
    <message>
        <source>Mark a log with M first, then select another and press C</source>
        <translation>请先按 M 标记一条日志，再选择另一条并按 C</translation>
    </message>
    <message>
        <source>The marked log is no longer in the store</source>
        <translation>标记的日志已不在存储中</translation>
    </message>
    <message>
        <source>Saving the dataset…</source>
        <translation>正在保存数据集…</translation>
    </message>
    <message>
        <source>Save as Dataset</source>
        <translation>另存为数据集</translation>
    </message>
    <message>
        <source>The dataset could not be saved: %1</source>
        <translation>无法保存数据集：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n logs written to %1.</source>
        <translation>
            <numerusform>已将 %n 条日志写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Do-Not-Track logs were left out: they have no content.</source>
        <translation>
            <numerusform>已略过 %n 条 Do-Not-Track 日志：它们没有内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logs were left out that have no conversation or no answer.</source>
        <translation>
            <numerusform>已略过 %n 条没有对话或没有回答的日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images were written to %1.</source>
        <translation>
            <numerusform>已将 %n 张图像写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaygroundWindow</name>
    <message>
        <source>Replay %1 - Gatescope</source>
        <translation>重放 %1 - Gatescope</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Run the request to see the new answer here.</source>
        <translation>运行请求后，新回答将显示在此处。</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <source>Original answer / new answer</source>
        <translation>原始回答 / 新回答</translation>
    </message>
    <message>
        <source>Runs in this session</source>
        <translation>本次会话中的运行</translation>
    </message>
    <message>
        <source>Save as &amp;log</source>
        <translation>保存为日志(&amp;L)</translation>
    </message>
    <message>
        <source>Store the selected run as a new log linked to %1</source>
        <translation>将所选运行保存为链接到 %1 的新日志</translation>
    </message>
    <message>
        <source>Replaying &lt;b&gt;%1&lt;/b&gt; (%2, %3)</source>
        <translation>正在重放 &lt;b&gt;%1&lt;/b&gt;（%2，%3）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Local gateway, provider headers</source>
        <translation>本地 Gateway，提供商请求头</translation>
    </message>
    <message>
        <source>Local gateway, config</source>
        <translation>本地 Gateway，Config</translation>
    </message>
    <message>
        <source>Portkey data plane</source>
        <translation>Portkey 数据平面</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:18081/v1</source>
        <translation>可选，例如 http://127.0.0.1:18081/v1</translation>
    </message>
    <message>
        <source>provider key (gateway) or Portkey API key (data plane)</source>
        <translation>提供商密钥 (Gateway) 或 Portkey API 密钥（数据平面）</translation>
    </message>
    <message>
        <source>config JSON or config id</source>
        <translation>Config JSON 或 Config ID</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Custom host</source>
        <translation>自定义主机</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>A content that is a JSON array (text and image_url parts) is sent as an array.</source>
        <translation>内容若为 JSON 数组（text 和 image_url 部分），则以数组形式发送。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>One input per line</source>
        <translation>每行一个输入</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Stream the answer</source>
        <translation>流式传输回答</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 Token 数</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>响应格式</translation>
    </message>
    <message>
        <source>Tools (JSON)</source>
        <translation>工具 (JSON)</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2; the form keeps the last valid request.</source>
        <translation>偏移 %1 处的 JSON 无效：%2；表单保留最后一个有效请求。</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>请求必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>正在运行...</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Status %1 · latency %2 ms · first token %3 · tokens %4 in, %5 out · cost %6</source>
        <translation>状态 %1 · 延迟 %2 ms · 首个 Token %3 · Token 输入 %4，输出 %5 · 费用 %6</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>非流式</translation>
    </message>
    <message>
        <source>~%1 ¢</source>
        <translation>~%1 ¢</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 ms · %4</source>
        <translation>运行 %1 · %2 · %3 ms · %4</translation>
    </message>
    <message>
        <source>(the original answer is not stored)</source>
        <translation>（原始回答未保存）</translation>
    </message>
    <message>
        <source> · saved as %1</source>
        <translation> · 已保存为 %1</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
</context>
<context>
    <name>PromptPlaygroundWindow</name>
    <message>
        <source>Re&amp;nder</source>
        <translation>渲染(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Prompt %1 - Gatescope</source>
        <translation>提示 %1 - Gatescope</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Rendered request</source>
        <translation>渲染后的请求</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · version %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · 版本 %3 · %4</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>版本 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Loaded from %1.</source>
        <translation>已从 %1 加载。</translation>
    </message>
    <message>
        <source>Rendered.</source>
        <translation>已渲染。</translation>
    </message>
    <message>
        <source>Answered by %1.</source>
        <translation>由 %1 回答。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop waiting for the control plane</source>
        <translation>停止等待控制平面</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Loading prompt %1 from %2…</source>
        <translation>正在从 %2 加载提示 %1…</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message>
        <source>Waiting for the prompt&apos;s completion…</source>
        <translation>正在等待提示的补全…</translation>
    </message>
    <message>
        <source>Needs a Portkey connection (File &gt; Connections…)</source>
        <translation>需要 Portkey 连接（文件 &gt; 连接…）</translation>
    </message>
    <message>
        <source>The template could not be loaded</source>
        <translation>无法加载模板</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read: %2</source>
        <translation>无法读取 %1 的 API 密钥：%2</translation>
    </message>
    <message>
        <source>There is no Portkey connection to load prompt %1 from (add one with File &gt; Connections…).</source>
        <translation>没有可用于加载提示 %1 的 Portkey 连接（请通过“文件 &gt; 连接…”添加）。</translation>
    </message>
    <message>
        <source>The log carries no rendered copy of the prompt either.</source>
        <translation>日志中也没有该提示的渲染副本。</translation>
    </message>
    <message>
        <source>This is the cached template from %1, %2.</source>
        <translation>这是来自 %1 的缓存模板，%2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · the log&apos;s rendered copy</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 日志中的渲染副本</translation>
    </message>
    <message>
        <source>Rendered messages (from the log, not the template)</source>
        <translation>渲染后的消息（来自日志，而非模板）</translation>
    </message>
    <message>
        <source>The log names no variables.</source>
        <translation>日志中未列出任何变量。</translation>
    </message>
    <message>
        <source>Shown instead: the log&apos;s rendered copy, the messages as sent with the variables filled in. The template itself is on the control plane.</source>
        <translation>改为显示：日志中的渲染副本，即填入变量后发送的消息。模板本身位于控制平面上。</translation>
    </message>
</context>
<context>
    <name>ProxyConnection</name>
    <message>
        <source>the upstream closed the connection</source>
        <translation>上游关闭了连接</translation>
    </message>
    <message>
        <source>the upstream sent a malformed response (%1)</source>
        <translation>上游发送了格式错误的响应（%1）</translation>
    </message>
    <message>
        <source>the upstream broke off the response: %1</source>
        <translation>上游中断了响应：%1</translation>
    </message>
    <message>
        <source>the upstream %1 could not be reached: %2</source>
        <translation>无法访问上游 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>the request head did not arrive within %1 s</source>
        <translation>请求头未在 %1 秒内到达</translation>
    </message>
    <message>
        <source>the request head is larger than %1 KB</source>
        <translation>请求头大于 %1 KB</translation>
    </message>
    <message>
        <source>malformed HTTP request: %1</source>
        <translation>HTTP 请求格式错误：%1</translation>
    </message>
</context>
<context>
    <name>RecordingProxy</name>
    <message>
        <source>the upstream must be an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation>上游必须是 http:// 或 https:// URL，收到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>at most %1 connections at once: the descriptor limit (ulimit -n) is %2</source>
        <translation>最多同时 %1 个连接：描述符上限 (ulimit -n) 为 %2</translation>
    </message>
    <message>
        <source>connection limit reached: %1 connections open; new ones are answered 503 until one closes (--max-connections, ulimit -n)</source>
        <translation>已达到连接上限：%1 个连接处于打开状态；在有连接关闭之前，新连接将收到 503 响应（--max-connections、ulimit -n）</translation>
    </message>
    <message>
        <source>too many connections to the recording proxy</source>
        <translation>到录制代理的连接过多</translation>
    </message>
    <message>
        <source>cannot accept a connection: %1; retrying (%2 connections open)</source>
        <translation>无法接受连接：%1；正在重试（%2 个连接处于打开状态）</translation>
    </message>
</context>
<context>
    <name>ReplayClient</name>
    <message numerus="yes">
        <source>Stopped after %n ms.</source>
        <translation>
            <numerusform>%n ms 后停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request did not reach the target %1: %2</source>
        <translation>请求未到达目标 %1：%2</translation>
    </message>
    <message>
        <source>The target answered %1: %2</source>
        <translation>目标返回了 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReplayPolicy</name>
    <message>
        <source>no control-plane connection to ask</source>
        <translation>没有可查询的控制平面连接</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%2 上为 %1，%3</translation>
    </message>
    <message>
        <source>it is not in the control-plane cache</source>
        <translation>它不在控制平面缓存中</translation>
    </message>
    <message>
        <source>This log is Do-Not-Track: its request body was never stored, so there is nothing to replay.</source>
        <translation>此日志为 Do-Not-Track：其请求正文从未保存，因此没有可重放的内容。</translation>
    </message>
    <message>
        <source>This log has no request body, so there is nothing to replay.</source>
        <translation>此日志没有请求正文，因此没有可重放的内容。</translation>
    </message>
    <message>
        <source>an unknown endpoint</source>
        <translation>未知端点</translation>
    </message>
    <message>
        <source>Only /chat/completions, /completions and /embeddings requests can be replayed; this log was sent to %1.</source>
        <translation>只有 /chat/completions、/completions 和 /embeddings 请求可以重放；此日志发送到了 %1。</translation>
    </message>
    <message>
        <source>This request came from prompt template %1 called from inside a config target; replay it from the prompt playground instead.</source>
        <translation>此请求来自在 Config 目标内部调用的提示模板 %1；请改从提示 Playground 重放。</translation>
    </message>
    <message>
        <source>This request came from prompt template %1 through config %2 (a prompt called from inside a config target); replay it from the prompt playground instead.</source>
        <translation>此请求来自通过 Config %2 调用的提示模板 %1（在 Config 目标内部调用的提示）；请改从提示 Playground 重放。</translation>
    </message>
    <message>
        <source>The virtual key or provider %1 is archived or no longer exists on the control plane, so the request cannot be sent with it (%2).</source>
        <translation>虚拟密钥或提供商 %1 已在控制平面上归档或不再存在，因此无法用它发送请求 (%2)。</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>Could not check whether the virtual key %1 is still active.</source>
        <translation>无法检查虚拟密钥 %1 是否仍然有效。</translation>
    </message>
    <message>
        <source>Could not check whether the virtual key %1 is still active: %2</source>
        <translation>无法检查虚拟密钥 %1 是否仍然有效：%2</translation>
    </message>
    <message>
        <source>The content of this log was removed on %1 (forgotten on request), so there is nothing to replay.</source>
        <translation>此日志的内容已于 %1 删除（应请求清除），因此没有可重放的内容。</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>&apos;%1&apos; is not an age: give a number of days, hours or weeks, like 30d, 12h or 2w</source>
        <translation>“%1”不是时长：请给出天数、小时数或周数，如 30d、12h 或 2w</translation>
    </message>
    <message>
        <source>logs are kept for at least one day</source>
        <translation>日志至少保留一天</translation>
    </message>
</context>
<context>
    <name>RetentionActions</name>
    <message>
        <source>Remove the bodies, source records and images of the logs the filter selects; keep their statistics</source>
        <translation>删除筛选所选日志的正文、源记录和图像；保留其统计信息</translation>
    </message>
    <message>
        <source>&amp;Retention Policy…</source>
        <translation>保留策略(&amp;R)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>将在当前批次完成后停止…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>日志保留</translation>
    </message>
    <message>
        <source>Forget Content</source>
        <translation>清除内容</translation>
    </message>
    <message>
        <source>Set a filter first: the content of the logs it selects is removed. Without a filter every log would be selected.</source>
        <translation>请先设置筛选：将删除筛选所选日志的内容。没有筛选时，所有日志都会被选中。</translation>
    </message>
    <message>
        <source>No log the filter selects has content left to remove.</source>
        <translation>筛选所选的日志中没有剩余可删除的内容。</translation>
    </message>
    <message>
        <source>Remove the content of %1 logs?</source>
        <translation>要删除 %1 条日志的内容吗？</translation>
    </message>
    <message>
        <source>The request and response bodies, source records and images of the logs matching “%1” are deleted from the store and its full-text index; they cannot be brought back. Their statistics (time, model, tokens, cost, latency, status, feedback) stay, and they are shown like Do-Not-Track logs. Giving the space back can take a while on a large store.</source>
        <translation>与“%1”匹配的日志的请求和响应正文、源记录和图像将从存储及其全文索引中删除，且无法恢复。其统计信息（时间、模型、令牌、费用、延迟、状态、反馈）会保留，并像 Do-Not-Track 日志一样显示。在大型存储上，释放空间可能需要一段时间。</translation>
    </message>
    <message>
        <source>Remove Content</source>
        <translation>删除内容</translation>
    </message>
    <message>
        <source>Removing the content of %1 logs…</source>
        <translation>正在删除 %1 条日志的内容…</translation>
    </message>
    <message>
        <source>Removed the content of %1 logs.</source>
        <translation>已删除 %1 条日志的内容。</translation>
    </message>
    <message>
        <source>Logs are now kept forever.</source>
        <translation>日志现在将永久保留。</translation>
    </message>
    <message>
        <source>Retention Policy</source>
        <translation>保留策略</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 logs older than %n day(s)?</source>
        <translation>
            <numerusform>要删除 %1 条超过 %n 天的日志吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are deleted with their bodies, images, feedback and full-text entries, and cannot be brought back. From now on logs older than %n day(s) are deleted when Gatescope starts and once a day. Giving the space back can take a while on a large store.</source>
        <translation>
            <numerusform>这些日志将连同其正文、图像、反馈和全文条目一起删除，且无法恢复。此后，Gatescope 会在启动时以及每天一次删除超过 %n 天的日志。在大型存储上，释放空间可能需要一段时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting %1 logs…</source>
        <translation>正在删除 %1 条日志…</translation>
    </message>
    <message numerus="yes">
        <source>Logs are kept for %n day(s); %1 older logs were deleted.</source>
        <translation>
            <numerusform>日志保留 %n 天；已删除 %1 条更早的日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying the retention policy: deleting %1 logs older than %n day(s)…</source>
        <translation>
            <numerusform>正在应用保留策略：正在删除 %1 条超过 %n 天的日志…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1 logs older than %n day(s)…</source>
        <translation>
            <numerusform>正在删除 %1 条超过 %n 天的日志…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention policy: %1 logs older than %n day(s) were deleted.</source>
        <translation>
            <numerusform>保留策略：已删除 %1 条超过 %n 天的日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>For&amp;get Content of Matching Logs…</source>
        <translation>清除匹配日志的内容(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Keep logs &amp;forever</source>
        <translation>永久保留日志(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keep logs for</source>
        <translation>保留日志(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Prune Now</source>
        <translation>立即清理(&amp;P)</translation>
    </message>
    <message>
        <source>Retention Policy</source>
        <translation>保留策略</translation>
    </message>
    <message>
        <source>How long this store keeps its logs. Everyone who opens the store shares the policy; Gatescope applies it when it starts and once a day while it runs, and deletes older logs with their bodies, images and feedback.</source>
        <translation>此存储保留其日志的时长。打开此存储的所有人共享此策略；Gatescope 会在启动时以及运行期间每天一次应用该策略，并将较旧的日志连同其正文、图像和反馈一起删除。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Keep this policy and delete the older logs now</source>
        <translation>保存此策略并立即删除较旧的日志</translation>
    </message>
    <message>
        <source>No log is deleted by age.</source>
        <translation>不会按时间删除任何日志。</translation>
    </message>
    <message numerus="yes">
        <source>Counting the logs older than %n day(s)…</source>
        <translation>
            <numerusform>正在统计超过 %n 天的日志…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No log is older than %n day(s) now.</source>
        <translation>
            <numerusform>目前没有超过 %n 天的日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 logs are older than %n day(s): they would be deleted now.</source>
        <translation>
            <numerusform>%1 条日志超过 %n 天：现在应用将删除它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>The log could not be loaded.</source>
        <translation>无法加载该日志。</translation>
    </message>
    <message>
        <source>No log is under review.</source>
        <translation>没有正在审阅的日志。</translation>
    </message>
    <message>
        <source>Not saved: another reviewer took this log over after your claim ran out, or its trace got feedback meanwhile. Here is the next one.</source>
        <translation>未保存：您的认领过期后，另一位审阅者接手了此日志，或其追踪在此期间已获得反馈。这是下一条。</translation>
    </message>
    <message>
        <source>Feedback not saved: %1</source>
        <translation>反馈未保存：%1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>The feedback could not be removed: %1</source>
        <translation>无法删除该反馈：%1</translation>
    </message>
    <message>
        <source>The feedback was removed; the log has other feedback or another reviewer has it now, so it is not shown again.</source>
        <translation>反馈已删除；该日志还有其他反馈，或现在由另一位审阅者处理，因此不会再次显示。</translation>
    </message>
    <message>
        <source>This log got feedback or another reviewer took it over; here is the next one.</source>
        <translation>此日志已获得反馈，或已由另一位审阅者接手；这是下一条。</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review Logs</source>
        <translation>审阅日志</translation>
    </message>
    <message>
        <source>Review Logs: %1</source>
        <translation>审阅日志：%1</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>全部日志</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>Reviewing as %1</source>
        <translation>审阅者：%1</translation>
    </message>
    <message>
        <source>A note for the feedback on this log (N); Enter or Esc goes back to the keys</source>
        <translation>此日志反馈的备注 (N)；按 Enter 或 Esc 返回按键操作</translation>
    </message>
    <message>
        <source>Thumbs up: +1 (Up, +)</source>
        <translation>赞：+1 (↑, +)</translation>
    </message>
    <message>
        <source>Skip (S, Right)</source>
        <translation>跳过 (S, →)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Finding a log without feedback…</source>
        <translation>正在查找没有反馈的日志…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>无法打开存储：%1</translation>
    </message>
    <message>
        <source>That answer was not saved: the log had changed meanwhile. Here is the one under review now.</source>
        <translation>该回答未保存：日志在此期间已更改。这是当前正在审阅的日志。</translation>
    </message>
    <message>
        <source>Loading the next log…</source>
        <translation>正在加载下一条日志…</translation>
    </message>
    <message>
        <source>No logs to review</source>
        <translation>没有要审阅的日志</translation>
    </message>
    <message>
        <source>The store has no logs.</source>
        <translation>存储中没有日志。</translation>
    </message>
    <message>
        <source>No log matches the filter %1.</source>
        <translation>没有与筛选 %1 匹配的日志。</translation>
    </message>
    <message numerus="yes">
        <source>All %n logs of this filter have feedback</source>
        <translation>
            <numerusform>此筛选的全部 %n 条日志都已有反馈</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left to review. Close this window, or change the filter and review again.</source>
        <translation>没有剩余要审阅的日志。请关闭此窗口，或更改筛选后重新审阅。</translation>
    </message>
    <message>
        <source>Nothing left to review</source>
        <translation>没有剩余要审阅的日志</translation>
    </message>
    <message>
        <source>%1 of %2 logs of this filter have feedback; the others were skipped in this review or another reviewer has them now.</source>
        <translation>此筛选的 %2 条日志中有 %1 条已有反馈；其余的在本次审阅中被跳过，或现在由另一位审阅者处理。</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <source>Content not tracked</source>
        <translation>内容未记录</translation>
    </message>
    <message>
        <source>Progress unknown</source>
        <translation>进度未知</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>已审阅 %1 / %2</translation>
    </message>
    <message>
        <source>Thumbs down: −1 (Down, −)</source>
        <translation>踩：−1 (↓, −)</translation>
    </message>
    <message>
        <source>Keys 0 to 9 give %1 to %2 on the feedback scale of −10 to +10 (4 is −1, 5 is +1)  ·  N: note  ·  Esc: close (the logs not answered go back to the queue)</source>
        <translation>按键 0 到 9 给出反馈刻度 −10 到 +10 上的 %1 到 %2（4 为 −1，5 为 +1）  ·  N：备注  ·  Esc：关闭（未回答的日志回到队列）</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>a saved view has no name</source>
        <translation>某个已保存视图没有名称</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; has an unknown sort: %2:%3</source>
        <translation>视图“%1”的排序未知：%2:%3</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; names a column that is not valid</source>
        <translation>视图“%1”指定了无效的列</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>A view needs a name.</source>
        <translation>视图需要名称。</translation>
    </message>
    <message>
        <source>A view&apos;s name is at most %1 characters.</source>
        <translation>视图名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot contain control characters.</source>
        <translation>视图名称不能包含控制字符。</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot start or end with a space.</source>
        <translation>视图名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The filter is too long for a view (at most %1 characters).</source>
        <translation>筛选对视图而言过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The filter does not parse at character %1: %2</source>
        <translation>筛选在第 %1 个字符处无法解析：%2</translation>
    </message>
    <message>
        <source>A view keeps at most %1 columns.</source>
        <translation>视图最多保存 %1 列。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column name.</source>
        <translation>“%1”不是列名。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is named twice.</source>
        <translation>列“%1”被指定了两次。</translation>
    </message>
    <message>
        <source>The saved views could not be read: %1</source>
        <translation>无法读取已保存的视图：%1</translation>
    </message>
    <message>
        <source>There is no view named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的视图。</translation>
    </message>
    <message>
        <source>The saved views of this store are not readable (%1); they are left as they are.</source>
        <translation>此存储的已保存视图无法读取（%1）；将保持原样。</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>不是 JSON 数组</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的视图已存在。</translation>
    </message>
</context>
<context>
    <name>SavedViewsPanel</name>
    <message>
        <source>Delete View “%1”</source>
        <translation>删除视图“%1”</translation>
    </message>
    <message>
        <source>The view “%1” is back.</source>
        <translation>视图“%1”已恢复。</translation>
    </message>
    <message>
        <source>The view “%1” could not be restored: %2</source>
        <translation>无法恢复视图“%1”：%2</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <source>Save the filter, sort and columns of the list as a view (%1)</source>
        <translation>将列表的筛选、排序和列保存为视图 (%1)</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>已保存视图</translation>
    </message>
    <message>
        <source>Sa&amp;ved Views</source>
        <translation>已保存视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to Saved Views</source>
        <translation>转到已保存视图(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>保存视图(&amp;S)…</translation>
    </message>
    <message>
        <source>Filter: none (every log)</source>
        <translation>筛选：无（所有日志）</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>Sorted by %1, newest first</source>
        <translation>按 %1 排序，最新的在前</translation>
    </message>
    <message>
        <source>Sorted by %1, oldest first</source>
        <translation>按 %1 排序，最早的在前</translation>
    </message>
    <message>
        <source>Sorted by %1, highest first</source>
        <translation>按 %1 排序，最高的在前</translation>
    </message>
    <message>
        <source>Sorted by %1, lowest first</source>
        <translation>按 %1 排序，最低的在前</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
    <message>
        <source>Opened a view link: %1</source>
        <translation>已打开视图链接：%1</translation>
    </message>
    <message>
        <source>Opened the view “%1”</source>
        <translation>已打开视图“%1”</translation>
    </message>
    <message>
        <source>A view named “%1” exists already: pick another name, or use Update to Current View in its menu.</source>
        <translation>名为“%1”的视图已存在：请另选名称，或使用其菜单中的“更新为当前视图”。</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>已保存视图“%1”</translation>
    </message>
    <message>
        <source>A view named “%1” exists already.</source>
        <translation>名为“%1”的视图已存在。</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>存储未打开。</translation>
    </message>
    <message>
        <source>The view “%1” could not be deleted: %2</source>
        <translation>无法删除视图“%1”：%2</translation>
    </message>
    <message>
        <source>Deleted the view “%1”; Edit &gt; Undo (%2) brings it back.</source>
        <translation>已删除视图“%1”；“编辑 &gt; 撤销”(%2) 可将其恢复。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>全部日志</translation>
    </message>
    <message>
        <source>Every log in the store, newest first</source>
        <translation>存储中的所有日志，最新的在前</translation>
    </message>
    <message>
        <source>No saved views yet. Set the filter, sort and columns you want, then choose Save View… (%1) to keep them here, for this store and everyone who opens it.</source>
        <translation>还没有已保存的视图。设置所需的筛选、排序和列，然后选择“保存视图…”(%1)，即可将其保存在此处，供此存储及所有打开它的人使用。</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy View Link</source>
        <translation>复制视图链接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Update to Current View</source>
        <translation>更新为当前视图(&amp;U)</translation>
    </message>
    <message>
        <source>The view “%1” now shows what the list shows.</source>
        <translation>视图“%1”现在显示的内容与列表相同。</translation>
    </message>
    <message>
        <source>The view “%1” could not be updated: %2</source>
        <translation>无法更新视图“%1”：%2</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time Gatescope starts.</source>
        <translation>新语言将在 Gatescope 下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Portkey URL templates, one per line. {logId} or {traceId} marks the id; any other {name} matches one part of the URL:</source>
        <translation>Portkey URL 模板(&amp;P)，每行一个。{logId} 或 {traceId} 标记 ID；其他 {name} 匹配 URL 的一部分：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>%1
(in: %2)</source>
        <translation>%1
（位于：%2）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Filter bar</source>
        <translation>筛选栏</translation>
    </message>
    <message>
        <source>Apply the filter</source>
        <translation>应用筛选</translation>
    </message>
    <message>
        <source>Earlier and later filters from the history</source>
        <translation>历史中的上一个和下一个筛选</translation>
    </message>
    <message>
        <source>Back to the filter that is applied</source>
        <translation>恢复为当前应用的筛选</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Gatescope window is running on this store.</source>
        <translation>另一个 Gatescope 窗口正在使用此存储。</translation>
    </message>
    <message>
        <source>Cannot create the local socket %1: %2</source>
        <translation>无法创建本地套接字 %1：%2</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>HTTP ?</source>
        <translation>HTTP ?</translation>
    </message>
    <message>
        <source>HTTP status unknown</source>
        <translation>HTTP 状态未知</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>缓存命中</translation>
    </message>
    <message>
        <source>Semantic hit</source>
        <translation>语义命中</translation>
    </message>
    <message>
        <source>Cache miss</source>
        <translation>缓存未命中</translation>
    </message>
    <message>
        <source>Semantic miss</source>
        <translation>语义未命中</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>已刷新</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败</translation>
    </message>
    <message>
        <source>Retry ×%1</source>
        <translation>重试 ×%1</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>Loadbalance</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>Cache Disabled</source>
        <translation>缓存已禁用</translation>
    </message>
    <message>
        <source>Cache Miss</source>
        <translation>缓存未命中</translation>
    </message>
    <message>
        <source>Cache Refreshed</source>
        <translation>缓存已刷新</translation>
    </message>
    <message>
        <source>Cache Hit</source>
        <translation>缓存命中</translation>
    </message>
    <message>
        <source>Cache Semantic Hit</source>
        <translation>语义缓存命中</translation>
    </message>
    <message>
        <source>Cache Unknown</source>
        <translation>缓存未知</translation>
    </message>
    <message>
        <source>Retry Unknown</source>
        <translation>重试未知</translation>
    </message>
    <message>
        <source>Retry Not Triggered</source>
        <translation>未触发重试</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>重试失败</translation>
    </message>
    <message>
        <source>Retry Success on %1 Tries</source>
        <translation>第 %1 次尝试成功</translation>
    </message>
    <message>
        <source>Fallback Unknown</source>
        <translation>回退未知</translation>
    </message>
    <message>
        <source>Fallback Active</source>
        <translation>回退已启用</translation>
    </message>
    <message>
        <source>Fallback Disabled</source>
        <translation>回退已禁用</translation>
    </message>
    <message>
        <source>Loadbalancer Unknown</source>
        <translation>负载均衡器未知</translation>
    </message>
    <message>
        <source>Loadbalancer Active</source>
        <translation>负载均衡器已启用</translation>
    </message>
    <message>
        <source>Loadbalancer Disabled</source>
        <translation>负载均衡器已禁用</translation>
    </message>
</context>
<context>
    <name>StatusLegendDialog</name>
    <message>
        <source>Status Column Legend</source>
        <translation>状态列图例</translation>
    </message>
    <message>
        <source>Each chip is one thing the gateway did for the request. Hover a chip in the list for Portkey&apos;s label. States the source could not know share one dashed &quot;Unknown&quot; chip; disabled features show no chip.</source>
        <translation>每个标签表示网关对该请求所做的一件事。在列表中将鼠标悬停在标签上可查看 Portkey 的标签文字。来源无法得知的状态共用一个虚线“未知”标签；已禁用的功能不显示标签。</translation>
    </message>
    <message>
        <source>HTTP status of the answer</source>
        <translation>响应的 HTTP 状态</translation>
    </message>
    <message>
        <source>HTTP client error (4xx)</source>
        <translation>HTTP 客户端错误 (4xx)</translation>
    </message>
    <message>
        <source>HTTP server error (5xx)</source>
        <translation>HTTP 服务器错误 (5xx)</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>缓存命中</translation>
    </message>
    <message>
        <source>Cache Hit</source>
        <translation>缓存命中</translation>
    </message>
    <message>
        <source>Semantic hit</source>
        <translation>语义命中</translation>
    </message>
    <message>
        <source>Cache Semantic Hit</source>
        <translation>语义缓存命中</translation>
    </message>
    <message>
        <source>Cache miss</source>
        <translation>缓存未命中</translation>
    </message>
    <message>
        <source>Cache Miss</source>
        <translation>缓存未命中</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>已刷新</translation>
    </message>
    <message>
        <source>Cache Refreshed</source>
        <translation>缓存已刷新</translation>
    </message>
    <message>
        <source>Retry Success on 3 Tries</source>
        <translation>第 3 次尝试成功</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>重试失败</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>Fallback Active</source>
        <translation>回退已启用</translation>
    </message>
    <message>
        <source>Loadbalance</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <source>Loadbalancer Active</source>
        <translation>负载均衡器已启用</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The source could not know it (e.g. the live stream has no retry count)</source>
        <translation>来源无法得知（例如实时流中没有重试次数）</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Meaning (Portkey&apos;s label)</source>
        <translation>含义（Portkey 的标签）</translation>
    </message>
    <message>
        <source>Retry ×3</source>
        <translation>重试 ×3</translation>
    </message>
    <message>
        <source>Cache Miss (semantic cache)</source>
        <translation>缓存未命中（语义缓存）</translation>
    </message>
    <message>
        <source>More chips than the column has room for: hover it for the whole list</source>
        <translation>标签多于列中可容纳的数量：悬停可查看完整列表</translation>
    </message>
</context>
<context>
    <name>StreamSubscriber</name>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>%1 from the gateway: it requires an admin token</source>
        <translation>网关返回 %1：需要管理员令牌</translation>
    </message>
    <message>
        <source>%1 from the gateway: the admin token was rejected</source>
        <translation>网关返回 %1：管理员令牌被拒绝</translation>
    </message>
    <message>
        <source>404 from the gateway: it has no /log/stream (started with --headless or in production mode?)</source>
        <translation>网关返回 404：没有 /log/stream（是否以 --headless 或生产模式启动？）</translation>
    </message>
    <message>
        <source>HTTP %1 from the gateway&apos;s /log/stream</source>
        <translation>网关的 /log/stream 返回 HTTP %1</translation>
    </message>
    <message>
        <source>no data from the gateway for %1 s (not even a heartbeat)</source>
        <translation>网关已 %1 秒没有数据（连心跳也没有）</translation>
    </message>
    <message>
        <source>the gateway ended the stream</source>
        <translation>网关结束了流</translation>
    </message>
    <message>
        <source>%1; reconnecting in %2 s</source>
        <translation>%1；%2 秒后重新连接</translation>
    </message>
    <message>
        <source>the stream broke off (gateway restarted?); it keeps no history</source>
        <translation>流中断了（网关重启了？）；它不保留历史记录</translation>
    </message>
    <message>
        <source>the stream was interrupted</source>
        <translation>流被中断</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>: the gateway restarted (event ids start again at %1)</source>
        <translation>：网关已重启（事件 ID 从 %1 重新开始）</translation>
    </message>
    <message>
        <source>: events %1 to %2 never arrived</source>
        <translation>：事件 %1 到 %2 从未到达</translation>
    </message>
    <message>
        <source>events %1 to %2 never arrived</source>
        <translation>事件 %1 到 %2 从未到达</translation>
    </message>
    <message>
        <source>event ids started again at %1</source>
        <translation>事件 ID 从 %1 重新开始</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>事件 %1：%2</translation>
    </message>
    <message>
        <source>gateway stream %1</source>
        <translation>网关流 %1</translation>
    </message>
    <message>
        <source>the gateway URL is empty</source>
        <translation>网关 URL 为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; 不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL (%2)</source>
        <translation>&apos;%1&apos; 不是有效的 URL（%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no host</source>
        <translation>&apos;%1&apos; 未指定主机</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port must be from 1 to 65535</source>
        <translation>&apos;%1&apos;：端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>an event larger than %1 MB (the limit): skipped up to its end</source>
        <translation>事件大于 %1 MB（上限）：已跳过至其结尾</translation>
    </message>
    <message>
        <source>events over the size limit of %1 MB skipped: %2</source>
        <translation>因超过 %1 MB 大小上限而跳过的事件：%2</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>The image is larger than the limit of %1 MB.</source>
        <translation>图像超过了 %1 MB 的限制。</translation>
    </message>
    <message>
        <source>This image is on the network (%1). Allow network images in the View menu to load it.</source>
        <translation>此图像位于网络上（%1）。请在“视图”菜单中允许网络图像以加载它。</translation>
    </message>
    <message>
        <source>The image could not be decoded.</source>
        <translation>无法解码该图像。</translation>
    </message>
    <message>
        <source>The log could not be loaded.</source>
        <translation>无法加载该日志。</translation>
    </message>
    <message>
        <source>The image is not in the log&apos;s bodies.</source>
        <translation>该图像不在日志的正文中。</translation>
    </message>
    <message>
        <source>The image took longer than %1 s to load.</source>
        <translation>图片加载时间超过 %1 秒。</translation>
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
        <translation>生成的图像（响应）</translation>
    </message>
    <message>
        <source>Sent image (request)</source>
        <translation>发送的图像（请求）</translation>
    </message>
    <message>
        <source>Remote image: allow network images in the View menu to load it</source>
        <translation>远程图像：请在“视图”菜单中允许网络图像以加载它</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>点击打开</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>Trace / span</source>
        <translation>追踪 / Span</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Loading traces…</source>
        <translation>正在加载追踪…</translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation>追踪 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n log(s)</source>
        <translation>
            <numerusform>%n 条日志</numerusform>
        </translation>
    </message>
    <message>
        <source>span %1</source>
        <translation>Span %1</translation>
    </message>
    <message>
        <source>log %1</source>
        <translation>日志 %1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>attempt %1: %2</source>
        <translation>第 %1 次尝试：%2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>No traces: none of the logs in the list has a trace id.</source>
        <translation>没有追踪：列表中的日志都没有追踪 ID。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop log browser for AI gateway traffic</source>
        <translation>用于 AI 网关流量的桌面日志浏览器</translation>
    </message>
    <message>
        <source>Fill an empty store with demo logs.</source>
        <translation>用演示日志填充空存储。</translation>
    </message>
    <message>
        <source>Save a screenshot once loaded, then quit.</source>
        <translation>加载完成后保存截图并退出。</translation>
    </message>
    <message>
        <source>Start with this filter.</source>
        <translation>以此筛选启动。</translation>
    </message>
    <message>
        <source>Select this row of the list.</source>
        <translation>选择列表中的这一行。</translation>
    </message>
    <message>
        <source>Open this detail tab (0-4).</source>
        <translation>打开此详细信息标签页（0-4）。</translation>
    </message>
    <message>
        <source>Start in the trace view.</source>
        <translation>以追踪视图启动。</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>使用深色配色。</translation>
    </message>
    <message>
        <source>Use this language (de, ja, zh_CN, en) instead of the system&apos;s.</source>
        <translation>使用此语言（de、ja、zh_CN、en）而不是系统语言。</translation>
    </message>
    <message>
        <source>Do not hand over to a window already running.</source>
        <translation>不移交给已在运行的窗口。</translation>
    </message>
    <message>
        <source>A gatescope:// link (or Portkey app URL) to open.</source>
        <translation>要打开的 gatescope:// 链接（或 Portkey 应用 URL）。</translation>
    </message>
    <message>
        <source>The store to open: a SQLite file or postgresql://user@host:port/dbname (default: the last store opened).</source>
        <translation>要打开的存储：SQLite 文件或 postgresql://user@host:port/dbname（默认：上次打开的存储）。</translation>
    </message>
</context>
</TS>
