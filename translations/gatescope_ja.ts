<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Gatescope</source>
        <translation>Gatescope について</translation>
    </message>
    <message>
        <source>Gatescope %1</source>
        <translation>Gatescope %1</translation>
    </message>
    <message>
        <source>A desktop log browser for AI gateway traffic.</source>
        <translation>AI ゲートウェイのトラフィックを閲覧するデスクトップ用ログブラウザーです。</translation>
    </message>
    <message>
        <source>Gatescope is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with NO WARRANTY.</source>
        <translation>Gatescope はフリーソフトウェアです。GNU General Public License バージョン 3、または (任意で) それ以降のバージョン (%1) の条件の下で再配布および改変できます。一切の保証はありません。</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>ライセンスを読む</translation>
    </message>
    <message>
        <source>Homepage:</source>
        <translation>ホームページ:</translation>
    </message>
    <message>
        <source>Report bugs:</source>
        <translation>バグ報告:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>連絡先:</translation>
    </message>
    <message>
        <source>Licences of the libraries:</source>
        <translation>ライブラリのライセンス:</translation>
    </message>
    <message>
        <source>Runs with:</source>
        <translation>動作環境:</translation>
    </message>
    <message>
        <source>Copy Versions</source>
        <translation>バージョンをコピー</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License</source>
        <translation>ライセンス: GNU General Public License</translation>
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
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>過去 1 日</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>過去 1 週間</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>過去 1 か月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>The range ends at the newest log that matches the filter</source>
        <translation>範囲はフィルターに一致する最新のログで終わります</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>範囲:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>(UTC)</source>
        <translation>(UTC)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>コスト (USD)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Latency (ms): average, p50, p90, p99</source>
        <translation>レイテンシ (ms): 平均、p50、p90、p99</translation>
    </message>
    <message>
        <source>Errors (status 400 and above)</source>
        <translation>エラー (ステータス 400 以上)</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>エラー率 (%)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>Top users by requests</source>
        <translation>リクエスト数の多いユーザー</translation>
    </message>
    <message>
        <source>Top users by cost (USD)</source>
        <translation>コストの多いユーザー (USD)</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>エラー(&amp;E)</translation>
    </message>
    <message>
        <source>Error status codes</source>
        <translation>エラーのステータスコード</translation>
    </message>
    <message>
        <source>Requests rescued by retries and by fallbacks</source>
        <translation>リトライとフォールバックで救済されたリクエスト</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>キャッシュ(&amp;C)</translation>
    </message>
    <message>
        <source>Cache hit rate (%)</source>
        <translation>キャッシュヒット率 (%)</translation>
    </message>
    <message>
        <source>Simple and semantic cache hits</source>
        <translation>シンプルおよびセマンティックのキャッシュヒット</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>フィードバック(&amp;F)</translation>
    </message>
    <message>
        <source>Feedback count</source>
        <translation>フィードバック数</translation>
    </message>
    <message>
        <source>Distribution of feedback values</source>
        <translation>フィードバック値の分布</translation>
    </message>
    <message>
        <source>Weighted feedback</source>
        <translation>加重フィードバック</translation>
    </message>
    <message>
        <source>Average weighted feedback per model</source>
        <translation>モデル別の平均加重フィードバック</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>すべてのログ</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>フィルター: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>ストアを開けませんでした。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
    <message>
        <source>No logs match the filter.</source>
        <translation>フィルターに一致するログはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Buckets of %1 · computed in %2 ms</source>
        <translation>%1 ごとの区間 · %2 ms で計算</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
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
        <translation>%1: %2 %3 ms</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>エラー率</translation>
    </message>
    <message>
        <source>%1: %2% errors</source>
        <translation>%1: エラー %2%</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; requests · &lt;b&gt;%2&lt;/b&gt; cost · &lt;b&gt;%3&lt;/b&gt; tokens · latency average &lt;b&gt;%4 ms&lt;/b&gt;, p50 &lt;b&gt;%5&lt;/b&gt;, p90 &lt;b&gt;%6&lt;/b&gt;, p99 &lt;b&gt;%7&lt;/b&gt; · &lt;b&gt;%8&lt;/b&gt; errors (%9%)</source>
        <translation>リクエスト &lt;b&gt;%1&lt;/b&gt; 件 · コスト &lt;b&gt;%2&lt;/b&gt; · トークン &lt;b&gt;%3&lt;/b&gt; · レイテンシ 平均 &lt;b&gt;%4 ms&lt;/b&gt;、p50 &lt;b&gt;%5&lt;/b&gt;、p90 &lt;b&gt;%6&lt;/b&gt;、p99 &lt;b&gt;%7&lt;/b&gt; · エラー &lt;b&gt;%8&lt;/b&gt; 件 (%9%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; users (from the &lt;tt&gt;_user&lt;/tt&gt; metadata key); the top %2 are shown.</source>
        <translation>ユーザー &lt;b&gt;%1&lt;/b&gt; 人 (メタデータキー &lt;tt&gt;_user&lt;/tt&gt; から)。上位 %2 人を表示しています。</translation>
    </message>
    <message>
        <source>By retries</source>
        <translation>リトライによる</translation>
    </message>
    <message>
        <source>By fallbacks</source>
        <translation>フォールバックによる</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; errors of %2 requests with a status · rescued by retries &lt;b&gt;%3&lt;/b&gt; · by fallbacks &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>ステータスのある %2 件のリクエスト中エラー &lt;b&gt;%1&lt;/b&gt; 件 · リトライで救済 &lt;b&gt;%3&lt;/b&gt; · フォールバックで救済 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>ヒット率</translation>
    </message>
    <message>
        <source>%1: %2% of cacheable requests hit</source>
        <translation>%1: キャッシュ可能なリクエストの %2% がヒット</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>シンプル</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>セマンティック</translation>
    </message>
    <message>
        <source>Hit rate &lt;b&gt;%1%&lt;/b&gt; (%2 simple and %3 semantic hits of %4 cacheable requests) · average latency of a hit &lt;b&gt;%5 ms&lt;/b&gt; against &lt;b&gt;%6 ms&lt;/b&gt; · saved about &lt;b&gt;%7 s&lt;/b&gt; of latency and &lt;b&gt;%8&lt;/b&gt; (estimated from the same model&apos;s requests not served from the cache)</source>
        <translation>ヒット率 &lt;b&gt;%1%&lt;/b&gt; (キャッシュ可能な %4 件のリクエスト中、シンプル %2 件、セマンティック %3 件がヒット) · ヒット時の平均レイテンシ &lt;b&gt;%5 ms&lt;/b&gt; (非ヒット時 &lt;b&gt;%6 ms&lt;/b&gt;) · 約 &lt;b&gt;%7 秒&lt;/b&gt;のレイテンシと &lt;b&gt;%8&lt;/b&gt; を節約 (同じモデルのキャッシュを使わないリクエストから推定)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>加重平均</translation>
    </message>
    <message>
        <source>%1: weighted average %2</source>
        <translation>%1: 加重平均 %2</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Average weighted feedback</source>
        <translation>平均加重フィードバック</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; feedback entries on the logs in range (each entry once, on the log it was given on; it shows on every log of its trace). Weighted average = sum(value × weight) / sum(weight).</source>
        <translation>範囲内のログに対するフィードバック &lt;b&gt;%1&lt;/b&gt; 件 (各エントリは付けられたログで 1 回だけ数えます。トレースのすべてのログに表示されます)。加重平均 = sum(値 × 重み) / sum(重み)。</translation>
    </message>
    <message>
        <source>Draw a Portkey connection&apos;s own analytics for the same range beside the numbers of this store</source>
        <translation>同じ範囲について Portkey 接続自体の分析を、このストアの数値と並べて描画します</translation>
    </message>
    <message>
        <source>Server numbers:</source>
        <translation>サーバーの数値:</translation>
    </message>
    <message>
        <source>as of just now</source>
        <translation>たった今の時点</translation>
    </message>
    <message numerus="yes">
        <source>as of %n min ago</source>
        <translation>
            <numerusform>%n 分前の時点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as of %n h ago</source>
        <translation>
            <numerusform>%n 時間前の時点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as of %n day(s) ago</source>
        <translation>
            <numerusform>%n 日前の時点</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No Portkey connection yet: add one in the main window with File &gt; Connections to see the server&apos;s numbers beside these.</source>
        <translation>Portkey 接続がまだありません。サーバーの数値をここに並べて表示するには、メインウィンドウの ファイル &gt; 接続 で接続を追加してください。</translation>
    </message>
    <message>
        <source>There is no connection named %1.</source>
        <translation>%1 という名前の接続はありません。</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read: %2</source>
        <translation>%1 の API キーを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Choose a connection to draw its numbers beside these.</source>
        <translation>接続を選ぶと、その数値をここに並べて描画します。</translation>
    </message>
    <message>
        <source>Fetching the numbers of %1…</source>
        <translation>%1 の数値を取得しています…</translation>
    </message>
    <message>
        <source>Showing the last numbers fetched for this range, %1.</source>
        <translation>この範囲について最後に取得した数値を表示しています (%1)。</translation>
    </message>
    <message>
        <source>Dashed: %1 on the server, %2.</source>
        <translation>破線: サーバー上の %1 (%2)。</translation>
    </message>
    <message>
        <source>Dashed: %1 on the server, fetched in %2 ms.</source>
        <translation>破線: サーバー上の %1 (%2 ms で取得)。</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Portkey (server)</source>
        <translation>Portkey (サーバー)</translation>
    </message>
    <message>
        <source>The server answered in buckets wider than the local ones, so only its totals are shown.</source>
        <translation>サーバーはローカルより広い区間で応答したため、合計のみを表示しています。</translation>
    </message>
    <message>
        <source>The server&apos;s finer buckets are added up into the local ones (averages, percentiles and rates: the mean of its buckets).</source>
        <translation>サーバーのより細かい区間はローカルの区間に合算しています (平均・パーセンタイル・率はその区間の平均値)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portkey (server)&lt;/b&gt;, %1, %2: %3.</source>
        <translation>&lt;b&gt;Portkey (サーバー)&lt;/b&gt;、%1 (%2): %3。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portkey (server)&lt;/b&gt;, %1: %2.</source>
        <translation>&lt;b&gt;Portkey (サーバー)&lt;/b&gt;、%1: %2。</translation>
    </message>
    <message>
        <source>Its answer has no total to compare with this store&apos;s.</source>
        <translation>サーバーの応答には、このストアと比較できる合計がありません。</translation>
    </message>
    <message>
        <source>The same as in this store.</source>
        <translation>このストアと同じです。</translation>
    </message>
    <message>
        <source>%1 points higher than in this store.</source>
        <translation>このストアより %1 ポイント高くなっています。</translation>
    </message>
    <message>
        <source>%1 points lower than in this store.</source>
        <translation>このストアより %1 ポイント低くなっています。</translation>
    </message>
    <message>
        <source>Logs not yet synced may explain it: %1 has never been synced into a store (File &gt; Connections &gt; Sync Now).</source>
        <translation>未同期のログが原因かもしれません: %1 はまだ一度もストアに同期されていません (ファイル &gt; 接続 &gt; 今すぐ同期)。</translation>
    </message>
    <message>
        <source>Logs not yet synced may explain it: %1 is synced up to %2 UTC.</source>
        <translation>未同期のログが原因かもしれません: %1 は %2 UTC まで同期済みです。</translation>
    </message>
    <message>
        <source>Logs the server counts but this store lacks (removed here, or synced into another store) may explain it.</source>
        <translation>サーバーが数えていて、このストアにないログ (ここで削除したもの、または別のストアに同期したもの) が原因かもしれません。</translation>
    </message>
    <message>
        <source>This store holds logs the server does not count here: imported from elsewhere, from another workspace, or not yet processed by Portkey.</source>
        <translation>このストアには、サーバーがここで数えていないログがあります: 他の場所からインポートしたもの、別のワークスペースのもの、または Portkey がまだ処理していないものです。</translation>
    </message>
    <message>
        <source>The server&apos;s numbers ignore the part of the filter its graphs have no parameter for: %1.</source>
        <translation>サーバーの数値では、グラフにパラメーターのないフィルター部分は無視されます: %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; unique users</source>
        <translation>ユニークユーザー &lt;b&gt;%1&lt;/b&gt; 人</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; errors with %2 distinct status codes · rescued by retries &lt;b&gt;%3&lt;/b&gt; · by fallbacks &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>エラー &lt;b&gt;%1&lt;/b&gt; 件 (ステータスコード %2 種類) · リトライで救済 &lt;b&gt;%3&lt;/b&gt; · フォールバックで救済 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>hit rate &lt;b&gt;%1%&lt;/b&gt; (total %2)</source>
        <translation>ヒット率 &lt;b&gt;%1%&lt;/b&gt; (合計 %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; feedback entries, weighted average &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>フィードバック &lt;b&gt;%1&lt;/b&gt; 件、加重平均 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>server average</source>
        <translation>サーバー平均</translation>
    </message>
    <message>
        <source>server p50</source>
        <translation>サーバー p50</translation>
    </message>
    <message>
        <source>server p90</source>
        <translation>サーバー p90</translation>
    </message>
    <message>
        <source>server p99</source>
        <translation>サーバー p99</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store&lt;/b&gt;: %1.</source>
        <translation>&lt;b&gt;このストア&lt;/b&gt;: %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;このストア&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>server: by retries</source>
        <translation>サーバー: リトライによる</translation>
    </message>
    <message>
        <source>server: by fallbacks</source>
        <translation>サーバー: フォールバックによる</translation>
    </message>
    <message>
        <source>server: simple</source>
        <translation>サーバー: シンプル</translation>
    </message>
    <message>
        <source>server: semantic</source>
        <translation>サーバー: セマンティック</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more requests than in this store.</source>
        <translation>
            <numerusform>リクエスト数がこのストアより %Ln 多くなっています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer requests than in this store.</source>
        <translation>
            <numerusform>リクエスト数がこのストアより %Ln 少なくなっています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more users than in this store.</source>
        <translation>
            <numerusform>ユーザー数がこのストアより %Ln 多くなっています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer users than in this store.</source>
        <translation>
            <numerusform>ユーザー数がこのストアより %Ln 少なくなっています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors than in this store.</source>
        <translation>
            <numerusform>エラー数がこのストアより %Ln 多くなっています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer errors than in this store.</source>
        <translation>
            <numerusform>エラー数がこのストアより %Ln 少なくなっています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more feedback entries than in this store.</source>
        <translation>
            <numerusform>フィードバック数がこのストアより %Ln 多くなっています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer feedback entries than in this store.</source>
        <translation>
            <numerusform>フィードバック数がこのストアより %Ln 少なくなっています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln requests</source>
        <translation>
            <numerusform>%1: %Ln 件のリクエスト</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln tokens</source>
        <translation>
            <numerusform>%1: %Ln トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln errors</source>
        <translation>
            <numerusform>%1: %Ln 件のエラー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln requests, %2</source>
        <translation>
            <numerusform>%1: %Ln 件のリクエスト、%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status %1: %Ln requests</source>
        <translation>
            <numerusform>ステータス %1: %Ln 件のリクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rescued by retries</source>
        <translation>
            <numerusform>%1: リトライで %Ln 件救済</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rescued by fallbacks</source>
        <translation>
            <numerusform>%1: フォールバックで %Ln 件救済</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln simple hits</source>
        <translation>
            <numerusform>%1: シンプルヒット %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln semantic hits</source>
        <translation>
            <numerusform>%1: セマンティックヒット %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln feedback entries</source>
        <translation>
            <numerusform>%1: フィードバック %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Value %1: %Ln entries</source>
        <translation>
            <numerusform>値 %1: %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 over %Ln entries</source>
        <translation>
            <numerusform>%1: %2 (%Ln 件)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureGapBanner</name>
    <message>
        <source>All Gaps</source>
        <translation>すべてのギャップ</translation>
    </message>
    <message>
        <source>Hide until the next gap</source>
        <translation>次のギャップまで非表示</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n gap(s) in this session.</source>
        <translation>
            <numerusform>%1。このセッションのギャップ: %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <source>the store refused %1 records: %2</source>
        <translation>ストアが %1 件のレコードを拒否しました: %2</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Point at a bar or a point for its values; click it to filter the list.</source>
        <translation>棒や点にポインターを合わせると値を表示し、クリックすると一覧を絞り込みます。</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>このグラフを PNG 画像として保存</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the data of this chart as CSV</source>
        <translation>このグラフのデータを CSV として保存</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>グラフをエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>データをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChatDocument</name>
    <message>
        <source>prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>response</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>response, finish reason: %1</source>
        <translation>応答、終了理由: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n embedding(s)</source>
        <translation>
            <numerusform>%n 件の埋め込み</numerusform>
        </translation>
    </message>
    <message>
        <source>generated images</source>
        <translation>生成された画像</translation>
    </message>
    <message>
        <source>Revised prompt: %1</source>
        <translation>修正されたプロンプト: %1</translation>
    </message>
    <message>
        <source>No messages in this log.</source>
        <translation>このログにはメッセージがありません。</translation>
    </message>
    <message>
        <source>message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>[remote image: %1]</source>
        <translation>[リモート画像: %1]</translation>
    </message>
    <message>
        <source>[image that could not be decoded]</source>
        <translation>[デコードできなかった画像]</translation>
    </message>
    <message>
        <source>Click to open the image (%1 × %2 px)</source>
        <translation>クリックして画像を開く (%1 × %2 px)</translation>
    </message>
    <message>
        <source>Tool call %1: %2</source>
        <translation>ツール呼び出し %1: %2</translation>
    </message>
    <message>
        <source>Tool result for %1</source>
        <translation>%1 のツール結果</translation>
    </message>
    <message>
        <source>[audio input]</source>
        <translation>[音声入力]</translation>
    </message>
    <message>
        <source>result of %1</source>
        <translation>%1 の結果</translation>
    </message>
    <message>
        <source>Refusal: %1</source>
        <translation>拒否: %1</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Headers (x-portkey-*)</source>
        <translation>ヘッダー (x-portkey-*)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Cache (what the simple cache keys on)</source>
        <translation>キャッシュ (シンプルキャッシュのキーになる項目)</translation>
    </message>
    <message>
        <source>Tokens, cost and latency</source>
        <translation>トークン、コスト、レイテンシ</translation>
    </message>
    <message>
        <source>Compare %1 and %2</source>
        <translation>%1 と %2 の比較</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>差分のみ(&amp;D)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Answers, word by word</source>
        <translation>回答 (単語ごとの比較)</translation>
    </message>
    <message>
        <source>Answers (the same)</source>
        <translation>回答 (同一)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Cache: %1 / %2</source>
        <translation>キャッシュ: %1 / %2</translation>
    </message>
    <message>
        <source>Same simple-cache key (request body and provider URL).</source>
        <translation>シンプルキャッシュのキーは同じです (リクエスト本文とプロバイダー URL)。</translation>
    </message>
    <message>
        <source>The simple-cache keys differ in: %1.</source>
        <translation>シンプルキャッシュのキーが異なる箇所: %1。</translation>
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
        <translation>(インライン)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The config this request sent inline (x-portkey-config).</source>
        <translation>このリクエストがインラインで送信した Config (x-portkey-config)。</translation>
    </message>
    <message>
        <source>This log was served by %1.</source>
        <translation>このログは %1 が処理しました。</translation>
    </message>
    <message>
        <source>config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>strategy %1</source>
        <translation>ストラテジー %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1 の場合</translation>
    </message>
    <message>
        <source>retry %1 times on %2</source>
        <translation>%2 の場合 %1 回リトライ</translation>
    </message>
    <message>
        <source>retry %1 times</source>
        <translation>%1 回リトライ</translation>
    </message>
    <message>
        <source>cache %1, max age %2 s</source>
        <translation>キャッシュ %1、最大有効期間 %2 秒</translation>
    </message>
    <message>
        <source>cache %1</source>
        <translation>キャッシュ %1</translation>
    </message>
    <message>
        <source>override %1</source>
        <translation>オーバーライド %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>ターゲット %1</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>取得(&amp;F)</translation>
    </message>
    <message>
        <source>This log</source>
        <translation>このログ</translation>
    </message>
    <message>
        <source>Fetch the saved config from the control plane</source>
        <translation>コントロールプレーンから保存済みの Config を取得します</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read: %2</source>
        <translation>%1 の API キーを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The config this request carried inline in its body.</source>
        <translation>このリクエストが本文にインラインで含めていた Config。</translation>
    </message>
    <message>
        <source>Config %1 from the control-plane cache of %2, %3.</source>
        <translation>%2 のコントロールプレーンキャッシュにある Config %1、%3。</translation>
    </message>
    <message>
        <source>This log names config %1, which is not in the control-plane cache. Below is what the log itself knows: the targets the gateway tried or served, with the options it logged for each.</source>
        <translation>このログは Config %1 を指定していますが、コントロールプレーンキャッシュにありません。以下はログ自体が把握している情報です: ゲートウェイが試行または使用したターゲットと、それぞれについて記録されたオプション。</translation>
    </message>
    <message>
        <source>This log carries no config, only the targets the gateway tried or served, with the options it logged for each (the gateway&apos;s log stream does not record the config).</source>
        <translation>このログには Config がなく、ゲートウェイが試行または使用したターゲットと、それぞれについて記録されたオプションのみが含まれます (ゲートウェイのログストリームは Config を記録しません)。</translation>
    </message>
    <message>
        <source>The request sent an x-portkey-config that is not a JSON object, so the gateway could not use it:</source>
        <translation>リクエストが送信した x-portkey-config は JSON オブジェクトではないため、ゲートウェイはそれを使用できませんでした:</translation>
    </message>
    <message>
        <source>This log names config %1, but the config is not in the control-plane cache and the log carries no copy of it.</source>
        <translation>このログは Config %1 を指定していますが、その Config はコントロールプレーンキャッシュになく、ログにもコピーがありません。</translation>
    </message>
    <message>
        <source>This log carries no config and names none.</source>
        <translation>このログには Config が含まれておらず、指定もありません。</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>%1 が処理</translation>
    </message>
    <message>
        <source>What the log knows: %1.</source>
        <translation>ログが把握している情報: %1。</translation>
    </message>
    <message>
        <source>To fetch config %1, add a Portkey connection with File &gt; Connections… and open this view again.</source>
        <translation>Config %1 を取得するには、ファイル &gt; 接続… で Portkey 接続を追加してから、このビューを開き直してください。</translation>
    </message>
    <message>
        <source>Fetching config %1 from %2…</source>
        <translation>%2 から Config %1 を取得しています…</translation>
    </message>
    <message>
        <source>Could not refresh it: %1</source>
        <translation>更新できませんでした: %1</translation>
    </message>
    <message>
        <source>Config %1 as saved on %2, fetched %3.</source>
        <translation>%2 に保存されている Config %1 (取得: %3)。</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Could not fetch config %1: %2</source>
        <translation>Config %1 を取得できませんでした: %2</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>再試行(&amp;A)</translation>
    </message>
    <message>
        <source>Attempts: %1, failed: %2.</source>
        <translation>試行: %1 回、失敗: %2 回。</translation>
    </message>
    <message>
        <source>Attempts: %1.</source>
        <translation>試行: %1 回。</translation>
    </message>
    <message>
        <source>if %1 then %2</source>
        <translation>%1 の場合は %2</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>デフォルト %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>試行 %1</translation>
    </message>
    <message>
        <source>attempt %1 ok</source>
        <translation>試行 %1 成功</translation>
    </message>
    <message>
        <source>attempt %1 failed</source>
        <translation>試行 %1 失敗</translation>
    </message>
    <message>
        <source>served this log</source>
        <translation>このログを処理</translation>
    </message>
    <message>
        <source>not tried: the log says nothing more of it</source>
        <translation>未試行: ログにはこれ以上の情報がありません</translation>
    </message>
</context>
<context>
    <name>ConnectGatewayDialog</name>
    <message>
        <source>Connect to Gateway</source>
        <translation>ゲートウェイに接続</translation>
    </message>
    <message>
        <source>Capture requests as they happen. New logs appear at the top of the list and are kept in the store.</source>
        <translation>リクエストを発生と同時にキャプチャします。新しいログは一覧の先頭に表示され、ストアに保存されます。</translation>
    </message>
    <message>
        <source>Log stream (zero set-up)</source>
        <translation>ログストリーム (セットアップ不要)</translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation>ゲートウェイ URL(&amp;G):</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8787</source>
        <translation>http://127.0.0.1:8787</translation>
    </message>
    <message>
        <source>Admin &amp;token:</source>
        <translation>管理トークン(&amp;T):</translation>
    </message>
    <message>
        <source>optional; gateways after 1.15.2 require one</source>
        <translation>省略可。1.15.2 より後のゲートウェイでは必須</translation>
    </message>
    <message>
        <source>Recording proxy (complete: trace ids, metadata, retries, Do-Not-Track)</source>
        <translation>記録プロキシ (完全: トレース ID、メタデータ、リトライ、Do-Not-Track)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>待ち受けアドレス(&amp;L):</translation>
    </message>
    <message>
        <source>127.0.0.1:8788</source>
        <translation>127.0.0.1:8788</translation>
    </message>
    <message>
        <source>&amp;Upstream URL:</source>
        <translation>アップストリーム URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Reads the gateway&apos;s GET /log/stream; nothing to change in your clients. The stream keeps no history, carries no trace ids, metadata or retry counts, logs streamed answers without their content, and cannot honour Do-Not-Track: requests sent with x-portkey-debug: false are stored with their prompts and answers.</source>
        <translation>ゲートウェイの GET /log/stream を読み取ります。クライアント側の変更は不要です。ストリームは履歴を保持せず、トレース ID・メタデータ・リトライ回数を含まず、ストリーミングされた回答は内容なしで記録され、Do-Not-Track を守れません: x-portkey-debug: false で送信されたリクエストもプロンプトと回答ごと保存されます。</translation>
    </message>
    <message>
        <source>Point your client or SDK at the listen address (for the Portkey SDK, baseURL http://%1/v1). Every request is forwarded unchanged to the upstream and stored as the client saw it, with trace ids, metadata, retries and streamed answers; Do-Not-Track requests are kept as statistics only.</source>
        <translation>クライアントや SDK の接続先を待ち受けアドレスにしてください (Portkey SDK では baseURL http://%1/v1)。各リクエストはそのままアップストリームに転送され、トレース ID・メタデータ・リトライ・ストリーミングされた回答を含め、クライアントが見たとおりに保存されます。Do-Not-Track のリクエストは統計としてのみ保持されます。</translation>
    </message>
    <message>
        <source>The gateway URL must be an http:// or https:// address, e.g. %1.</source>
        <translation>ゲートウェイ URL は http:// または https:// のアドレスにしてください (例: %1)。</translation>
    </message>
    <message>
        <source>Listen on takes HOST:PORT with an IP address, e.g. %1.</source>
        <translation>待ち受けアドレスは IP アドレスの HOST:PORT で指定してください (例: %1)。</translation>
    </message>
    <message>
        <source>The upstream URL must be an http:// or https:// address, e.g. %1.</source>
        <translation>アップストリーム URL は http:// または https:// のアドレスにしてください (例: %1)。</translation>
    </message>
    <message>
        <source>Connect when Gatescope &amp;starts</source>
        <translation>Gatescope の起動時に接続(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Portkey Connections</source>
        <translation>Portkey 接続</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>prod</source>
        <translation>prod</translation>
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation>コントロールプレーン(&amp;C):</translation>
    </message>
    <message>
        <source>https://api.portkey.ai/v1</source>
        <translation>https://api.portkey.ai/v1</translation>
    </message>
    <message>
        <source>&amp;Data plane:</source>
        <translation>データプレーン(&amp;D):</translation>
    </message>
    <message>
        <source>the same as the control plane</source>
        <translation>コントロールプレーンと同じ</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>ワークスペース(&amp;W):</translation>
    </message>
    <message>
        <source>the key&apos;s own workspace</source>
        <translation>キー自身のワークスペース</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>Synced up to:</source>
        <translation>同期済み:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>確認(&amp;H)</translation>
    </message>
    <message>
        <source>Ask the control plane whether the key is accepted</source>
        <translation>キーが受け入れられるかコントロールプレーンに確認します</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>キーチェーンなし</translation>
    </message>
    <message>
        <source>No system keychain service is running on this computer (%1).

Keep the API key in a file that only you can read (%2)? Anyone who can log in as you, or read your backups, can read it.</source>
        <translation>このコンピューターではシステムのキーチェーンサービスが動作していません (%1)。

API キーを自分だけが読めるファイル (%2) に保存しますか? あなたとしてログインできる人や、バックアップを読める人は誰でも読み取れます。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>stored; type a new key to replace it</source>
        <translation>保存済み。置き換えるには新しいキーを入力</translation>
    </message>
    <message>
        <source>Give the connection a name: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>接続に名前を付けてください: 英字、数字、&apos;.&apos;、&apos;-&apos;、&apos;_&apos;。</translation>
    </message>
    <message>
        <source>Enter the API key (app.portkey.ai &gt; API Keys).</source>
        <translation>API キーを入力してください (app.portkey.ai &gt; API Keys)。</translation>
    </message>
    <message>
        <source>Not saved: no keychain service is running, and the key was not to be kept in a file.</source>
        <translation>保存されませんでした: キーチェーンサービスが動作しておらず、キーをファイルに保存しない設定です。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Removed %1 and its key.</source>
        <translation>%1 とそのキーを削除しました。</translation>
    </message>
    <message>
        <source>Save the connection first.</source>
        <translation>先に接続を保存してください。</translation>
    </message>
    <message numerus="yes">
        <source>The control plane accepted the key (%n virtual key(s) visible).</source>
        <translation>
            <numerusform>コントロールプレーンがキーを受け入れました (仮想キー %n 件が表示可能)。</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>今すぐ同期(&amp;Y)</translation>
    </message>
    <message>
        <source>Fetch the logs since the last sync through Portkey&apos;s log export (Enterprise plan)</source>
        <translation>前回の同期以降のログを Portkey のログエクスポートで取得 (Enterprise プラン)</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 証明書(&amp;A):</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>システムの認証局</translation>
    </message>
    <message>
        <source>A certificate file (PEM or DER) to trust for this connection, for a self-hosted control plane with a self-signed or private-CA certificate. Verification always stays on.</source>
        <translation>この接続で信頼する証明書ファイル (PEM または DER)。自己署名証明書やプライベート CA の証明書を使うセルフホストのコントロールプレーン用です。検証は常に有効のままです。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>フィードバック:</translation>
    </message>
    <message>
        <source>Send &amp;feedback given in Gatescope to this connection</source>
        <translation>Gatescope で付けたフィードバックをこの接続に送信(&amp;F)</translation>
    </message>
    <message>
        <source>Feedback is saved locally first and sent when the control plane answers. One connection at a time receives it; without one, feedback stays local.</source>
        <translation>フィードバックはまずローカルに保存され、コントロールプレーンが応答したときに送信されます。受け取る接続は一度に 1 つだけで、接続がなければフィードバックはローカルに留まります。</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer *.der);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>保存されませんでした: %1。</translation>
    </message>
</context>
<context>
    <name>ControlPlaneClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Cannot write the downloaded export to %1: %2</source>
        <translation>ダウンロードしたエクスポートを %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>download the export file</source>
        <translation>エクスポートファイルをダウンロード</translation>
    </message>
    <message>
        <source>The control plane answered %1 without %2.</source>
        <translation>コントロールプレーンは %2 なしで %1 を返しました。</translation>
    </message>
    <message>
        <source>export logs</source>
        <translation>ログをエクスポート</translation>
    </message>
    <message>
        <source>an export id</source>
        <translation>エクスポート ID</translation>
    </message>
    <message>
        <source>start a log export</source>
        <translation>ログのエクスポートを開始</translation>
    </message>
    <message>
        <source>check a log export</source>
        <translation>ログのエクスポートを確認</translation>
    </message>
    <message>
        <source>a known export status (got &apos;%1&apos;)</source>
        <translation>既知のエクスポート状態 (受信: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>cancel a log export</source>
        <translation>ログのエクスポートをキャンセル</translation>
    </message>
    <message>
        <source>download a log export</source>
        <translation>ログのエクスポートをダウンロード</translation>
    </message>
    <message>
        <source>a download URL (signed_url)</source>
        <translation>ダウンロード URL (signed_url)</translation>
    </message>
    <message>
        <source>open log %1</source>
        <translation>ログ %1 を開く</translation>
    </message>
    <message>
        <source>a readable log object (%1)</source>
        <translation>読み取り可能なログオブジェクト (%1)</translation>
    </message>
    <message>
        <source>send feedback</source>
        <translation>フィードバックを送信</translation>
    </message>
    <message>
        <source>The control plane rejected the feedback: %1</source>
        <translation>コントロールプレーンがフィードバックを拒否しました: %1</translation>
    </message>
    <message>
        <source>update feedback</source>
        <translation>フィードバックを更新</translation>
    </message>
    <message>
        <source>read config %1</source>
        <translation>Config %1 を読み込む</translation>
    </message>
    <message>
        <source>a config object</source>
        <translation>Config オブジェクト</translation>
    </message>
    <message>
        <source>read prompt %1</source>
        <translation>プロンプト %1 を読み込む</translation>
    </message>
    <message>
        <source>list the versions of prompt %1</source>
        <translation>プロンプト %1 のバージョンを一覧表示</translation>
    </message>
    <message>
        <source>render prompt %1</source>
        <translation>プロンプト %1 をレンダリング</translation>
    </message>
    <message>
        <source>run prompt %1</source>
        <translation>プロンプト %1 を実行</translation>
    </message>
    <message>
        <source>list virtual keys</source>
        <translation>仮想キーを一覧表示</translation>
    </message>
    <message>
        <source>read virtual key %1</source>
        <translation>仮想キー %1 を読み込む</translation>
    </message>
    <message>
        <source>read provider %1</source>
        <translation>プロバイダー %1 を読み込む</translation>
    </message>
    <message>
        <source>read the %1 analytics</source>
        <translation>%1 の分析を読み込む</translation>
    </message>
    <message>
        <source>an analytics graph</source>
        <translation>分析グラフ</translation>
    </message>
    <message>
        <source> after %1 attempts</source>
        <translation>（%1 回試行後）</translation>
    </message>
    <message>
        <source>401%1 from %2: the API key was rejected. Check the connection&apos;s key (a workspace or admin key from app.portkey.ai/api-keys).</source>
        <translation>%2 から 401%1: API キーが拒否されました。接続のキー (app.portkey.ai/api-keys のワークスペースキーまたは管理者キー) を確認してください。</translation>
    </message>
    <message>
        <source>403%1 from %2: the API key may not %3</source>
        <translation>%2 から 403%1: この API キーでは次の操作ができません: %3</translation>
    </message>
    <message>
        <source>: it lacks the scope %1</source>
        <translation>: スコープ %1 がありません</translation>
    </message>
    <message>
        <source>, or the plan has no log export (log export needs the Enterprise plan)</source>
        <translation>、またはプランにログのエクスポートが含まれていません (Enterprise プランが必要です)</translation>
    </message>
    <message>
        <source>, or the resource does not exist in this workspace</source>
        <translation>、またはこのワークスペースにリソースが存在しません</translation>
    </message>
    <message>
        <source>402%1 from %2: the Portkey subscription is exhausted, so it will not %3. Raise the plan&apos;s limits or wait for the next billing period.</source>
        <translation>%2 から 402%1: Portkey のサブスクリプションの上限に達したため、%3 を実行できません。プランの上限を引き上げるか、次の請求期間までお待ちください。</translation>
    </message>
    <message>
        <source>404%1 from %2: not found, could not %3. Check the id and the connection&apos;s workspace.</source>
        <translation>%2 から 404%1: 見つからないため %3 できませんでした。ID と接続のワークスペースを確認してください。</translation>
    </message>
    <message>
        <source>429%1 from %2: rate limit exceeded%3, so could not %4. Try again %5.</source>
        <translation>%2 から 429%1: レート制限を超えました%3。%4 できませんでした。%5 に再試行してください。</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>%1 秒後</translation>
    </message>
    <message>
        <source>later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>%1%2 from %3: the request to %4 was refused%5.</source>
        <translation>%3 から %1%2: %4 のリクエストが拒否されました%5。</translation>
    </message>
    <message>
        <source>%1 from %2%3: the control plane failed, could not %4. Try again later.</source>
        <translation>%2%3 から %1: コントロールプレーンでエラーが発生し、%4 できませんでした。後で再試行してください。</translation>
    </message>
    <message>
        <source>No answer from %1%2, could not %3. Check the network or try again later.</source>
        <translation>%1%2 から応答がなく、%3 できませんでした。ネットワークを確認するか、後で再試行してください。</translation>
    </message>
    <message>
        <source>Cannot reach %1%2 (%3), could not %4. Check the URL and the network.</source>
        <translation>%1%2 に到達できません (%3)。%4 できませんでした。URL とネットワークを確認してください。</translation>
    </message>
    <message>
        <source>the CA certificate file %1 holds no readable certificate</source>
        <translation>CA 証明書ファイル %1 に読み取れる証明書がありません</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Verification stays on: if the server&apos;s certificate is self-signed or from a private CA, give the connection that CA certificate (File &gt; Connections, or gatescope-cli connection add --ca-file FILE); otherwise check the URL.</source>
        <translation>%1 への安全な接続に失敗しました: %2。検証は無効にしません。サーバーの証明書が自己署名またはプライベート CA のものである場合は、その CA 証明書を接続に設定してください (ファイル &gt; 接続、または gatescope-cli connection add --ca-file FILE)。それ以外の場合は URL を確認してください。</translation>
    </message>
    <message>
        <source>The download link of the export file has expired: %1 answered %2%3. (No API key is sent there; the link carries its own signature.)</source>
        <translation>エクスポートファイルのダウンロードリンクの有効期限が切れています: %1 が %2%3 を返しました。(そこには API キーは送信されません。リンク自体に署名が含まれています。)</translation>
    </message>
    <message>
        <source>list configs</source>
        <translation>Config を一覧表示</translation>
    </message>
    <message>
        <source>The host %1 is unknown (its name does not resolve), so could not %2. Check the connection&apos;s URL.</source>
        <translation>ホスト %1 は不明です (名前を解決できません)。%2 できませんでした。接続の URL を確認してください。</translation>
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
        <translation>(料金表からの推定)</translation>
    </message>
    <message>
        <source>(from the source; the table gives %1)</source>
        <translation>(ソースの値。料金表では %1)</translation>
    </message>
    <message>
        <source>(from the source)</source>
        <translation>(ソースの値)</translation>
    </message>
    <message>
        <source>%1 is not in the pricing table</source>
        <translation>%1 は料金表にありません</translation>
    </message>
    <message>
        <source>Uncached</source>
        <translation>キャッシュなし</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>キャッシュ読み取り</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>キャッシュ書き込み</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>補完</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Prices of %1 (%2).</source>
        <translation>%1 の料金 (%2)。</translation>
    </message>
    <message>
        <source>any provider</source>
        <translation>全プロバイダー共通</translation>
    </message>
    <message>
        <source>Cached input is part of the prompt tokens.</source>
        <translation>キャッシュされた入力はプロンプトトークンに含まれます。</translation>
    </message>
    <message>
        <source>Cached input comes on top of the prompt tokens.</source>
        <translation>キャッシュされた入力はプロンプトトークンとは別に加算されます。</translation>
    </message>
    <message>
        <source>Reasoning is part of the completion tokens.</source>
        <translation>推論は補完トークンに含まれます。</translation>
    </message>
    <message>
        <source>Reasoning comes on top of the completion tokens.</source>
        <translation>推論は補完トークンとは別に加算されます。</translation>
    </message>
    <message>
        <source>* No price of its own in the table: the input or output price.</source>
        <translation>* 料金表に個別の料金がないため、入力または出力の料金です。</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <source>Save as Dataset</source>
        <translation>データセットとして保存</translation>
    </message>
    <message numerus="yes">
        <source>All %n logs</source>
        <translation>
            <numerusform>全 %n 件のログ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n logs of the filter %1</source>
        <translation>
            <numerusform>フィルター %1 の %n 件のログ</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected log</source>
        <translation>選択したログ</translation>
    </message>
    <message>
        <source>OpenAI chat fine-tuning (JSONL)</source>
        <translation>OpenAI チャットのファインチューニング (JSONL)</translation>
    </message>
    <message>
        <source>Evaluation: input, expected output, feedback (JSONL)</source>
        <translation>評価: 入力、期待される出力、フィードバック (JSONL)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Inline, as data URLs</source>
        <translation>インライン (data URL として)</translation>
    </message>
    <message>
        <source>As files in a folder beside the dataset</source>
        <translation>データセットの隣のフォルダーにファイルとして</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Do-Not-Track logs have no content: they are never included, and the summary says how many were left out.</source>
        <translation>Do-Not-Track のログには内容がないため、含まれることはありません。除外した件数は概要に表示されます。</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>ログ:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>画像(&amp;I):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
</context>
<context>
    <name>DeepLink</name>
    <message>
        <source>The link is empty.</source>
        <translation>リンクが空です。</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>リンクが長すぎます。</translation>
    </message>
    <message>
        <source>Not a Gatescope link: it must start with gatescope://log/ or gatescope://trace/.</source>
        <translation>Gatescope のリンクではありません: gatescope://log/ または gatescope://trace/ で始まる必要があります。</translation>
    </message>
    <message>
        <source>A Gatescope link has no #fragment.</source>
        <translation>Gatescope のリンクに #フラグメントは使えません。</translation>
    </message>
    <message>
        <source>A Gatescope link names a log or a trace: gatescope://log/&lt;id&gt; or gatescope://trace/&lt;trace-id&gt;.</source>
        <translation>Gatescope のリンクはログまたはトレースを指します: gatescope://log/&lt;id&gt; または gatescope://trace/&lt;trace-id&gt;。</translation>
    </message>
    <message>
        <source>The link has no id.</source>
        <translation>リンクに ID がありません。</translation>
    </message>
    <message>
        <source>An id in a link cannot contain &quot;/&quot;.</source>
        <translation>リンク内の ID に &quot;/&quot; は使えません。</translation>
    </message>
    <message>
        <source>The id in the link is not valid: ids are up to %1 letters, digits and the characters . _ : - (no &quot;..&quot;).</source>
        <translation>リンク内の ID が無効です: ID は最大 %1 文字の英字、数字、および . _ : - のみです (&quot;..&quot; は不可)。</translation>
    </message>
    <message>
        <source>The only option a link may have is ?store=&lt;name&gt;.</source>
        <translation>リンクに指定できるオプションは ?store=&lt;name&gt; だけです。</translation>
    </message>
    <message>
        <source>The link names the store twice.</source>
        <translation>リンクでストアが 2 回指定されています。</translation>
    </message>
    <message>
        <source>The store name in the link is not valid.</source>
        <translation>リンク内のストア名が無効です。</translation>
    </message>
    <message>
        <source>A template is an http(s) URL, for example %1.</source>
        <translation>テンプレートは http(s) の URL です。例: %1</translation>
    </message>
    <message>
        <source>A template names exactly one {logId} or {traceId}.</source>
        <translation>テンプレートには {logId} または {traceId} をちょうど 1 つ含めます。</translation>
    </message>
    <message>
        <source>Not a Portkey link.</source>
        <translation>Portkey のリンクではありません。</translation>
    </message>
    <message>
        <source>The link has a malformed %-escape.</source>
        <translation>リンクに不正な %-エスケープがあります。</translation>
    </message>
    <message>
        <source>This Portkey link names no log or trace that Gatescope knows how to open (the Portkey URL templates are in Settings).</source>
        <translation>この Portkey のリンクは、Gatescope が開けるログやトレースを指していません (Portkey URL テンプレートは設定にあります)。</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Close the panel (Esc)</source>
        <translation>パネルを閉じる (Esc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>No log selected</source>
        <translation>ログが選択されていません</translation>
    </message>
    <message>
        <source>Select a log in the list to see its request, response and what the gateway did.</source>
        <translation>一覧でログを選択すると、リクエスト、レスポンス、ゲートウェイの処理内容が表示されます。</translation>
    </message>
    <message>
        <source>This request was sent with x-portkey-debug: false (Do-Not-Track); only its statistics were kept.</source>
        <translation>このリクエストは x-portkey-debug: false (Do-Not-Track) で送信されたため、統計情報のみが保存されています。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>The log could not be loaded.</source>
        <translation>ログを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not load the log</source>
        <translation>ログを読み込めませんでした</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>不明なモデル</translation>
    </message>
    <message>
        <source>Content not tracked</source>
        <translation>コンテンツは記録されていません</translation>
    </message>
    <message>
        <source>No source record</source>
        <translation>ソースレコードなし</translation>
    </message>
    <message>
        <source>This log was stored without its original record.</source>
        <translation>このログは元のレコードなしで保存されました。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>ストリーミング</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP ステータス</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>最初のトークンまでの時間</translation>
    </message>
    <message>
        <source>Log id</source>
        <translation>ログ ID</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>プロンプトトークン</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>補完トークン</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>推論トークン</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>合計トークン</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>リトライ</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <translation>負荷分散</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>戦略</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>応答元</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>結果不明</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>試行 %1</translation>
    </message>
    <message>
        <source>%1 %2/%3, %4, %5</source>
        <translation>%1 %2/%3、%4、%5</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Virtual key</source>
        <translation>仮想キー</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>トレース</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>トレース ID</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>スパン</translation>
    </message>
    <message>
        <source>Parent span</source>
        <translation>親スパン</translation>
    </message>
    <message>
        <source>Span name</source>
        <translation>スパン名</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>エントリー</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>no (Do-Not-Track)</source>
        <translation>いいえ (Do-Not-Track)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay of</source>
        <translation>リプレイ元</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <source>Edit and send this request again (Ctrl+R)</source>
        <translation>このリクエストを編集して再送信 (Ctrl+R)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>Add feedback…</source>
        <translation>フィードバックを追加…</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>投稿者: %1</translation>
    </message>
    <message>
        <source>Sent to Portkey</source>
        <translation>Portkey に送信済み</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>ローカルのみ</translation>
    </message>
    <message>
        <source>Remove here</source>
        <translation>ここから削除</translation>
    </message>
    <message>
        <source>Opened %1 in the browser</source>
        <translation>%1 をブラウザーで開きました</translation>
    </message>
    <message>
        <source>No browser could open %1</source>
        <translation>%1 を開けるブラウザーがありません</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>「%1」をコピー</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>Content removed on %1</source>
        <translation>コンテンツは %1 に削除されました</translation>
    </message>
    <message>
        <source>Its bodies, source record and images were removed on request; only its statistics were kept.</source>
        <translation>本文、ソースレコード、画像は要求により削除され、統計情報のみが保持されています。</translation>
    </message>
    <message>
        <source>Cache read tokens</source>
        <translation>キャッシュ読み取りトークン</translation>
    </message>
    <message>
        <source>Cache write tokens</source>
        <translation>キャッシュ書き込みトークン</translation>
    </message>
    <message>
        <source>no (content removed on %1)</source>
        <translation>いいえ (コンテンツは %1 に削除)</translation>
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
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>in a few seconds</source>
        <translation>数秒後</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n か月</numerusform>
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
        <translation>%1後</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>時刻不明</translation>
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
        <translation>エンドポイント不明</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>ストリーミング</translation>
    </message>
    <message>
        <source>Not streamed</source>
        <translation>ストリーミングなし</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>プロバイダー: %1</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>応答元: %1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>プロンプト: %1</translation>
    </message>
    <message>
        <source>Completion: %1</source>
        <translation>補完: %1</translation>
    </message>
    <message>
        <source>Reasoning: %1</source>
        <translation>推論: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計: %1</translation>
    </message>
    <message>
        <source>Cost unknown</source>
        <translation>コスト不明</translation>
    </message>
    <message>
        <source>%1 cents, estimated from the pricing table</source>
        <translation>%1 セント (料金表からの推定)</translation>
    </message>
    <message>
        <source>%1 cents, as reported by the gateway</source>
        <translation>%1 セント (ゲートウェイの報告値)</translation>
    </message>
    <message>
        <source>Time to first token: %1</source>
        <translation>最初のトークンまで: %1</translation>
    </message>
    <message>
        <source>No feedback</source>
        <translation>フィードバックなし</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback entry(s), weighted average %1</source>
        <translation>
            <numerusform>フィードバック %n 件、加重平均 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No trace id</source>
        <translation>トレース ID なし</translation>
    </message>
    <message>
        <source>Trace: %1</source>
        <translation>トレース: %1</translation>
    </message>
    <message>
        <source>Span: %1</source>
        <translation>スパン: %1</translation>
    </message>
    <message>
        <source>Parent span: %1</source>
        <translation>親スパン: %1</translation>
    </message>
    <message>
        <source>Span name: %1</source>
        <translation>スパン名: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No logs yet</source>
        <translation>まだログがありません</translation>
    </message>
    <message>
        <source>Gatescope shows every request your AI gateway handled. Start with an exported log file, or look around with demo data.</source>
        <translation>Gatescope は AI ゲートウェイが処理したすべてのリクエストを表示します。エクスポートしたログファイルから始めるか、デモデータで試してみてください。</translation>
    </message>
    <message>
        <source>Open an export file…</source>
        <translation>エクスポートファイルを開く…</translation>
    </message>
    <message>
        <source>Connect to a gateway</source>
        <translation>ゲートウェイに接続</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>デモデータを読み込む</translation>
    </message>
    <message>
        <source>You can also drop export files (JSONL, CSV, JSON) anywhere on this window.</source>
        <translation>エクスポートファイル (JSONL、CSV、JSON) をこのウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <source>Capture requests live from a Portkey gateway&apos;s log stream, or through a recording proxy.</source>
        <translation>Portkey ゲートウェイのログストリームから、または記録プロキシ経由でリクエストをライブキャプチャします。</translation>
    </message>
</context>
<context>
    <name>ExportLogsDialog</name>
    <message>
        <source>&amp;Gatescope JSONL (every field and the bodies; imports back unchanged)</source>
        <translation>Gatescope JSONL (全フィールドと本文。そのまま再インポート可能)(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;CSV (the columns of Portkey&apos;s export, for spreadsheets)</source>
        <translation>CSV (Portkey のエクスポートと同じ列。表計算ソフト向け)(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export Logs</source>
        <translation>ログをエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln logs of this store.</source>
        <translation>
            <numerusform>このストアの全 %Ln 件のログ。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln logs that match the filter %1</source>
        <translation>
            <numerusform>フィルター %1 に一致する %Ln 件のログ</numerusform>
        </translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Gatescope JSONL (*.jsonl)</source>
        <translation>Gatescope JSONL (*.jsonl)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>エクスポートをキャンセル</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>既存のフォルダー内のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Exported %1 of %2…</source>
        <translation>%2 件中 %1 件をエクスポートしました…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln logs to %1.</source>
        <translation>
            <numerusform>%Ln 件のログを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートをキャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackController</name>
    <message>
        <source>Add Feedback</source>
        <translation>フィードバックを追加</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>フィードバックを編集</translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation>フィードバックを削除</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>ストアを開けませんでした。</translation>
    </message>
    <message>
        <source>Feedback not saved: %1</source>
        <translation>フィードバックを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>no log %1 in the store</source>
        <translation>ストアにログ %1 がありません</translation>
    </message>
    <message>
        <source>This log has no trace id, and Portkey attaches feedback to a trace: the feedback is kept in this store only.</source>
        <translation>このログにはトレース ID がなく、Portkey はフィードバックをトレースに付けるため、このフィードバックはこのストアにのみ保存されます。</translation>
    </message>
    <message>
        <source>Feedback removed here only: Portkey already has it, and its API cannot delete feedback, so it stays there.</source>
        <translation>フィードバックはここでのみ削除されました: Portkey には既にあり、その API ではフィードバックを削除できないため、Portkey 側には残ります。</translation>
    </message>
    <message>
        <source>Feedback removed here. It was being sent to Portkey at that moment; if it arrived, it stays there (Portkey&apos;s API cannot delete feedback).</source>
        <translation>フィードバックをここで削除しました。その時点で Portkey に送信中だったため、届いていれば Portkey 側に残ります (Portkey の API ではフィードバックを削除できません)。</translation>
    </message>
    <message>
        <source>Feedback stays local: %1</source>
        <translation>フィードバックはローカルに留まります: %1</translation>
    </message>
    <message>
        <source>the API key of %1 could not be read: %2</source>
        <translation>%1 の API キーを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>there is no connection named %1</source>
        <translation>%1 という名前の接続はありません</translation>
    </message>
    <message>
        <source>Feedback is saved here and waits: %1</source>
        <translation>フィードバックはここに保存され、送信を待っています: %1</translation>
    </message>
    <message>
        <source>Pending — will be sent when %1 answers</source>
        <translation>保留中 — %1 が応答したら送信されます</translation>
    </message>
    <message>
        <source>Pending — not sent: %1</source>
        <translation>保留中 — 未送信: %1</translation>
    </message>
    <message>
        <source>Sent to Portkey</source>
        <translation>Portkey に送信済み</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>ローカルのみ</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>ニュートラル</translation>
    </message>
    <message>
        <source>Thumbs up (+)</source>
        <translation>高評価 (+)</translation>
    </message>
    <message>
        <source>Sets the value to 1 (shortcut +)</source>
        <translation>値を 1 に設定 (ショートカット +)</translation>
    </message>
    <message>
        <source>Thumbs down (−)</source>
        <translation>低評価 (−)</translation>
    </message>
    <message>
        <source>Sets the value to -1 (shortcut -)</source>
        <translation>値を -1 に設定 (ショートカット -)</translation>
    </message>
    <message>
        <source>How much this entry counts when a trace has several (0 to 1)</source>
        <translation>トレースに複数ある場合のこのエントリの重み (0 ～ 1)</translation>
    </message>
    <message>
        <source>What was good or wrong about this answer</source>
        <translation>この回答の良かった点・悪かった点</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>_user, _organisation, _prompt and _environment are indexed by Portkey</source>
        <translation>_user、_organisation、_prompt、_environment は Portkey でインデックス化されます</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>重み(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>メタデータ(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Feedback belongs to the trace: it shows on every log of it.</source>
        <translation>フィードバックはトレースに属し、そのすべてのログに表示されます。</translation>
    </message>
    <message>
        <source>Add Feedback</source>
        <translation>フィードバックを追加</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>フィードバックを編集</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>ポジティブ</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>ネガティブ</translation>
    </message>
    <message>
        <source>Kept in this store only: no connection receives feedback (File &gt; Connections).</source>
        <translation>このストアにのみ保存されます: フィードバックを受け取る接続がありません (ファイル &gt; 接続)。</translation>
    </message>
    <message>
        <source>Saved here first, then sent to Portkey through %1; while it does not answer, the feedback waits and is retried.</source>
        <translation>まずここに保存され、その後 %1 経由で Portkey に送信されます。%1 が応答しない間、フィードバックは待機して再試行されます。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: model:gpt-4o status:&gt;=400 cache:hit user:alice &quot;exact phrase&quot; (Ctrl+F)</source>
        <translation>フィルター: model:gpt-4o status:&gt;=400 cache:hit user:alice &quot;完全一致&quot; (Ctrl+F)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Filters used before (Up and Down in the bar)</source>
        <translation>以前に使ったフィルター (バーで ↑ / ↓ キー)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Apply the filter (Enter)</source>
        <translation>フィルターを適用 (Enter)</translation>
    </message>
    <message>
        <source>No filters used yet</source>
        <translation>まだフィルターを使っていません</translation>
    </message>
    <message>
        <source>%1 (at “%2”, column %3)</source>
        <translation>%1 (「%2」、%3 文字目)</translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>&apos;%1&apos; takes a number, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; には数値を指定してください (&apos;%2&apos; が指定されました)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a date like 2026-01-01 or 2026-01-01T12:00, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; には 2026-01-01 や 2026-01-01T12:00 のような日付を指定してください (&apos;%2&apos; が指定されました)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one of %2, got &apos;%3&apos;</source>
        <translation>&apos;%1&apos; には %2 のいずれかを指定してください (&apos;%3&apos; が指定されました)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number or one of %2, got &apos;%3&apos;</source>
        <translation>&apos;%1&apos; には数値または %2 のいずれかを指定してください (&apos;%3&apos; が指定されました)</translation>
    </message>
    <message>
        <source>unclosed quote</source>
        <translation>引用符が閉じられていません</translation>
    </message>
    <message>
        <source>OR needs a term on both sides</source>
        <translation>OR の両側に条件が必要です</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a term after it</source>
        <translation>&apos;-&apos; の後に条件が必要です</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>不明なフィールド &apos;%1&apos;</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (&apos;%1&apos; のことですか?)</translation>
    </message>
    <message>
        <source> (put text containing &apos;:&apos; in quotes to search for it)</source>
        <translation> (&apos;:&apos; を含むテキストを検索するには引用符で囲んでください)</translation>
    </message>
    <message>
        <source>&apos;meta.&apos; needs a key: meta.KEY:value</source>
        <translation>&apos;meta.&apos; にはキーが必要です: meta.KEY:value</translation>
    </message>
    <message>
        <source>expected a space after the closing quote</source>
        <translation>閉じ引用符の後に空白が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; には値が必要です</translation>
    </message>
    <message>
        <source>a quote may only start a phrase or a value</source>
        <translation>引用符はフレーズまたは値の先頭にのみ使用できます</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>実際のサイズ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 px, %4%5</source>
        <translation>%1 — %2 × %3 px、%4%5</translation>
    </message>
    <message>
        <source>Image — %1%</source>
        <translation>画像 — %1%</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>画像を保存</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>インポート完了</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>スキップした理由</translation>
    </message>
    <message>
        <source>The import was cancelled; everything before it was kept.</source>
        <translation>インポートはキャンセルされました。それまでの内容は保持されています。</translation>
    </message>
    <message>
        <source>The store refused a batch; the import stopped there.</source>
        <translation>ストアがバッチを拒否したため、インポートはそこで停止しました。</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>ファイル全体</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>インポート失敗</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>インポートのキャンセル</translation>
    </message>
    <message>
        <source>Import Stopped</source>
        <translation>インポート停止</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the store refused the first batch.</source>
        <translation>ストアが最初のバッチを拒否しました。</translation>
    </message>
    <message numerus="yes">
        <source>none of the %Ln lines could be read as a log.</source>
        <translation>
            <numerusform>%Ln 行のいずれもログとして読み取れませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logs imported</source>
        <translation>
            <numerusform>%Ln 件のログをインポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the store</source>
        <translation>
            <numerusform>%Ln 件はストアに既存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines skipped</source>
        <translation>
            <numerusform>%Ln 行をスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
        <translation>‹%1、%2 base64›</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n 個のキー}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 個の要素]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s); Copy Value copies all of it</source>
        <translation>
            <numerusform>%n 文字。「値をコピー」ですべてコピーします</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>‹base64, %1›</source>
        <translation>‹base64、%1›</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Tree</source>
        <translation>ツリー</translation>
    </message>
    <message>
        <source>Show the JSON as a tree</source>
        <translation>JSON をツリーで表示</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Show the text</source>
        <translation>テキストを表示</translation>
    </message>
    <message>
        <source>Find (Enter for next)</source>
        <translation>検索 (Enter で次へ)</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Expand every node</source>
        <translation>すべてのノードを展開</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation>選択した値をコピー</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Copy the selected node&apos;s path</source>
        <translation>選択したノードのパスをコピー</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save the body as it was recorded</source>
        <translation>記録されたとおりに本文を保存</translation>
    </message>
    <message>
        <source>Open Raw</source>
        <translation>テキストで開く</translation>
    </message>
    <message>
        <source>No body recorded</source>
        <translation>本文は記録されていません</translation>
    </message>
    <message>
        <source>The source did not include this body.</source>
        <translation>ソースにこの本文は含まれていませんでした。</translation>
    </message>
    <message>
        <source>This body is %1, too large to show as a tree. The preview shows its beginning; Open Raw shows all of it as text.</source>
        <translation>この本文は %1 あり、ツリーで表示するには大きすぎます。プレビューには先頭部分を表示します。「テキストで開く」で全体をテキスト表示します。</translation>
    </message>
    <message>
        <source>Save Body</source>
        <translation>本文を保存</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>ストアを開けませんでした: %1</translation>
    </message>
    <message>
        <source>Recording proxy on http://%1, forwarding to %2</source>
        <translation>記録プロキシ http://%1 (転送先 %2)</translation>
    </message>
    <message>
        <source>An event could not be read: %1</source>
        <translation>イベントを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
</context>
<context>
    <name>LogConfig</name>
    <message>
        <source>inline config</source>
        <translation>インライン Config</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>%1 が処理</translation>
    </message>
</context>
<context>
    <name>LogDiff</name>
    <message>
        <source>%1: the cache was not enabled (no cache mode in the config or x-portkey-cache header), so it could not hit.</source>
        <translation>%1: キャッシュが有効になっていなかったため (Config にも x-portkey-cache ヘッダーにもキャッシュモードがない)、ヒットできませんでした。</translation>
    </message>
    <message>
        <source>%1: cache mode %2 was asked for but the gateway reported DISABLED: its build has the cache compiled out (the npm 1.15.2 package does), so no request through it can hit.</source>
        <translation>%1: キャッシュモード %2 が指定されましたが、ゲートウェイは DISABLED を返しました。このビルドではキャッシュが除外されている (npm 1.15.2 パッケージがそう) ため、このゲートウェイ経由のリクエストはヒットしません。</translation>
    </message>
    <message>
        <source>%1: semantic mode, which the open-source gateway never serves from the cache.</source>
        <translation>%1: セマンティックモード。オープンソース版ゲートウェイはこれをキャッシュから返すことはありません。</translation>
    </message>
    <message>
        <source>%1: sent x-portkey-cache-force-refresh, which skips the lookup (REFRESH) and stores the new answer.</source>
        <translation>%1: x-portkey-cache-force-refresh を送信しました。これは検索をスキップし (REFRESH)、新しい回答を保存します。</translation>
    </message>
    <message>
        <source>%1: a stream; the gateway never stores streamed answers.</source>
        <translation>%1: ストリームです。ゲートウェイはストリーミングされた回答を保存しません。</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>両方</translation>
    </message>
    <message>
        <source>Both requests have the same simple-cache key (SHA-256 of body and provider URL: %1).</source>
        <translation>両方のリクエストのシンプルキャッシュのキーは同じです (本文とプロバイダー URL の SHA-256: %1)。</translation>
    </message>
    <message>
        <source>Same key, so the one that missed either came first and filled the cache, found the entry expired (max_age), skipped it with force-refresh, or went through another gateway process (the open-source cache is in memory, per process).</source>
        <translation>キーが同じなので、ミスした方は、先に来てキャッシュを埋めたか、エントリーの期限切れ (max_age) に当たったか、force-refresh でスキップしたか、別のゲートウェイプロセスを経由しました (オープンソース版のキャッシュはプロセスごとのメモリ内にあります)。</translation>
    </message>
    <message>
        <source>The simple-cache keys differ (%1 vs %2) in: %3. A request only hits an entry stored under its exact key.</source>
        <translation>シンプルキャッシュのキー (%1 と %2) が異なる箇所: %3。リクエストがヒットするのは、まったく同じキーで保存されたエントリーだけです。</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>The store could not be opened.</source>
        <translation>ストアを開けませんでした。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in UTC</source>
        <translation>時刻は UTC</translation>
    </message>
    <message>
        <source>Times in the local time zone</source>
        <translation>時刻はローカルタイムゾーン</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>トレース</translation>
    </message>
    <message>
        <source>Do-Not-Track: only the statistics were kept, not the content</source>
        <translation>Do-Not-Track: 統計情報のみ保持し、内容は保存していません</translation>
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
        <translation>クエリに失敗しました: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>ストア: %1</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>ストアを開けませんでした: %1</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>この列では並べ替えできません。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Logs…</source>
        <translation>ログをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation>デモデータを読み込む(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Copy Log &amp;Link</source>
        <translation>ログのリンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open Link…</source>
        <translation>リンクを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>フィルター(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Detail Panel</source>
        <translation>詳細パネル(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Trace View</source>
        <translation>トレース表示(&amp;T)</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>時刻を UTC で表示(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>Dar&amp;k Theme</source>
        <translation>ダークテーマ(&amp;K)</translation>
    </message>
    <message>
        <source>Allow &amp;Network Images</source>
        <translation>ネットワーク上の画像を許可(&amp;N)</translation>
    </message>
    <message>
        <source>Fetch images that logs reference by URL (up to 8 MB each)</source>
        <translation>ログが URL で参照する画像を取得します (1 枚あたり最大 8 MB)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Log</source>
        <translation>次のログ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Log</source>
        <translation>前のログ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open Log</source>
        <translation>ログを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close Panel</source>
        <translation>パネルを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Page &amp;Up</source>
        <translation>前のページ(&amp;U)</translation>
    </message>
    <message>
        <source>Page &amp;Down</source>
        <translation>次のページ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;First Log</source>
        <translation>最初のログ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last Log</source>
        <translation>最後のログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Status Column &amp;Legend</source>
        <translation>ステータス列の凡例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Filter Language</source>
        <translation>フィルター言語(&amp;F)</translation>
    </message>
    <message>
        <source>Filter Language</source>
        <translation>フィルター言語</translation>
    </message>
    <message>
        <source>Terms are ANDed; OR between two terms; - negates.

model:gpt-4o  provider:openai  status:&gt;=400  status:5xx  type:chat
cache:hit  retry:failed  fallback:active  lb:active  trace:ID
user:alice  meta.env:prod  tokens:&gt;1000  cost:0.5..2  latency:&gt;2000
tracked:false  after:2026-01-01  &quot;exact phrase&quot;  word  -model:gpt-3.5

field:value matches the whole value; value* matches a prefix.</source>
        <translation>条件はすべて AND で結合されます。2 つの条件の間に OR、- で否定します。

model:gpt-4o  provider:openai  status:&gt;=400  status:5xx  type:chat
cache:hit  retry:failed  fallback:active  lb:active  trace:ID
user:alice  meta.env:prod  tokens:&gt;1000  cost:0.5..2  latency:&gt;2000
tracked:false  after:2026-01-01  &quot;完全一致の語句&quot;  単語  -model:gpt-3.5

field:value は値全体に一致し、value* は前方一致です。</translation>
    </message>
    <message>
        <source>&amp;About Gatescope</source>
        <translation>Gatescope について(&amp;A)</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>ストアを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Counting logs…</source>
        <translation>ログを数えています…</translation>
    </message>
    <message>
        <source>Select a log first.</source>
        <translation>先にログを選択してください。</translation>
    </message>
    <message>
        <source>This log&apos;s id cannot be put in a link: %1</source>
        <translation>このログの ID はリンクにできません: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <source>Cannot open the link: %1</source>
        <translation>リンクを開けません: %1</translation>
    </message>
    <message>
        <source>the link names the store &quot;%1&quot;; this window shows %2</source>
        <translation>リンクはストア「%1」を指していますが、このウィンドウは %2 を表示しています</translation>
    </message>
    <message>
        <source>This log is not in the local store (%1): %2
No control-plane connection is set up to fetch it.</source>
        <translation>このログはローカルストア (%1) にありません: %2
取得するためのコントロールプレーン接続が設定されていません。</translation>
    </message>
    <message>
        <source>This trace is not in the local store (%1): %2
No control-plane connection is set up to fetch it.</source>
        <translation>このトレースはローカルストア (%1) にありません: %2
取得するためのコントロールプレーン接続が設定されていません。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Generating %1 demo logs…</source>
        <translation>%1 件のデモログを生成しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>デモデータを読み込む</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>デモデータを読み込んでいます…</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>ストアを開けませんでした。</translation>
    </message>
    <message>
        <source>Demo data failed: %1</source>
        <translation>デモデータの作成に失敗しました: %1</translation>
    </message>
    <message>
        <source>Import Logs</source>
        <translation>ログをインポート</translation>
    </message>
    <message>
        <source>Log exports (*.jsonl *.json *.csv *.ndjson);;All files (*)</source>
        <translation>ログのエクスポート (*.jsonl *.json *.csv *.ndjson);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <source>Co&amp;nnect to Gateway…</source>
        <translation>ゲートウェイに接続(&amp;N)…</translation>
    </message>
    <message>
        <source>Disc&amp;onnect</source>
        <translation>切断(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Follow Live</source>
        <translation>ライブを追従(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the newest live logs in view; off, the list stays where you read</source>
        <translation>最新のライブログを表示し続けます。オフにすると一覧は読んでいる位置に留まります</translation>
    </message>
    <message numerus="yes">
        <source>%n live log(s)</source>
        <translation>
            <numerusform>ライブログ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>ギャップ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>following</source>
        <translation>追従中</translation>
    </message>
    <message numerus="yes">
        <source>paused, %n new above</source>
        <translation>
            <numerusform>一時停止中、上に新着 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Recording proxy: point clients at http://%1</source>
        <translation>記録プロキシ: クライアントの接続先を http://%1 に</translation>
    </message>
    <message>
        <source>Gateway log stream</source>
        <translation>ゲートウェイのログストリーム</translation>
    </message>
    <message>
        <source>Connect to Gateway</source>
        <translation>ゲートウェイに接続</translation>
    </message>
    <message>
        <source>The live capture could not start: %1</source>
        <translation>ライブキャプチャを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>リプレイ(&amp;R)…</translation>
    </message>
    <message>
        <source>Select a log to replay it</source>
        <translation>リプレイするログを選択してください</translation>
    </message>
    <message>
        <source>Saved the run as log %1</source>
        <translation>実行結果をログ %1 として保存しました</translation>
    </message>
    <message>
        <source>Could not save the run: %1</source>
        <translation>実行結果を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>This trace is not in the local store: %1
Portkey has no API to fetch a trace by id; sync the time range with File &gt; Connections or &apos;gatescope-cli sync&apos;.</source>
        <translation>このトレースはローカルストアにありません: %1
Portkey には ID でトレースを取得する API がありません。ファイル &gt; 接続 または &apos;gatescope-cli sync&apos; でその期間を同期してください。</translation>
    </message>
    <message>
        <source>Fetching log %1 from the control plane…</source>
        <translation>コントロールプレーンからログ %1 を取得しています…</translation>
    </message>
    <message>
        <source>This log is not in the local store and could not be fetched: %1
%2</source>
        <translation>このログはローカルストアになく、取得もできませんでした: %1
%2</translation>
    </message>
    <message>
        <source>No connection named %1.</source>
        <translation>%1 という名前の接続はありません。</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 を同期しています…</translation>
    </message>
    <message>
        <source>Sync Logs</source>
        <translation>ログを同期</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>ストアが開かれていません。</translation>
    </message>
    <message>
        <source>Sync of %1 cancelled; Sync Now resumes it.</source>
        <translation>%1 の同期をキャンセルしました。「今すぐ同期」で再開します。</translation>
    </message>
    <message>
        <source>Sync of %1 stopped: %2</source>
        <translation>%1 の同期が停止しました: %2</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Analytics…</source>
        <translation>分析(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Feedback…</source>
        <translation>フィードバックを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Select a log to give feedback on.</source>
        <translation>フィードバックするログを選択してください。</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>ストアが開かれていません</translation>
    </message>
    <message>
        <source>PostgreSQL database %1</source>
        <translation>PostgreSQL データベース %1</translation>
    </message>
    <message>
        <source>Open &amp;Store…</source>
        <translation>ストアを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>Shared store: not connected</source>
        <translation>共有ストア: 未接続</translation>
    </message>
    <message>
        <source>Shared store: logs others add are not shown (%1)</source>
        <translation>共有ストア: 他のユーザーが追加したログは表示されません (%1)</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>共有ストア</translation>
    </message>
    <message>
        <source>Shared store · following</source>
        <translation>共有ストア · 追従中</translation>
    </message>
    <message numerus="yes">
        <source>Shared store · paused, %n new above</source>
        <translation>
            <numerusform>共有ストア · 一時停止中、上に新着 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared store · paused</source>
        <translation>共有ストア · 一時停止中</translation>
    </message>
    <message>
        <source>Logs and feedback that collectors and other desktops store in this PostgreSQL database appear as they are committed. View &gt; Follow Live keeps the newest in view.</source>
        <translation>コレクターや他のデスクトップがこの PostgreSQL データベースに保存したログとフィードバックは、コミットされると表示されます。表示 &gt; ライブを追従 で最新のものを表示し続けます。</translation>
    </message>
    <message>
        <source>%1 is the store open now.</source>
        <translation>%1 は現在開いているストアです。</translation>
    </message>
    <message>
        <source>An import or sync is writing to this store: let it finish (or cancel it), then open %1.</source>
        <translation>インポートまたは同期がこのストアに書き込み中です。完了を待つ (またはキャンセルする) か、その後で %1 を開いてください。</translation>
    </message>
    <message>
        <source>Another Gatescope window shows %1; it was brought to the front.</source>
        <translation>別の Gatescope ウィンドウが %1 を表示しているため、そのウィンドウを前面に表示しました。</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>ストアを開く</translation>
    </message>
    <message>
        <source>Live capture is writing into this store. Open %1 and stop capturing? What was captured so far stays in this store.</source>
        <translation>ライブキャプチャがこのストアに書き込み中です。%1 を開いてキャプチャを停止しますか? これまでにキャプチャした内容はこのストアに残ります。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Shared store: connection lost — reconnecting…</source>
        <translation>共有ストア: 接続が切れました — 再接続しています…</translation>
    </message>
    <message>
        <source>The connection to the store was lost: %1

Gatescope connects again by itself, waiting longer after each failed try (up to 30 s), and then shows what was stored meanwhile. View &gt; Reload tries at once.</source>
        <translation>ストアへの接続が切れました: %1

Gatescope は自動的に再接続します。失敗するたびに待ち時間を延ばし (最大 30 秒)、再接続後はその間に保存された内容を表示します。表示 &gt; 再読み込み ですぐに再試行します。</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>&amp;Export Logs…</source>
        <translation>ログをエクスポート(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logs</source>
        <translation>
            <numerusform>%Ln 件のログ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logs match the filter</source>
        <translation>
            <numerusform>フィルターに一致するログ %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export job %1 of %2, %3: %4</source>
        <translation>エクスポートジョブ %1/%2、%3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new logs</source>
        <translation>
            <numerusform>新しいログ %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1: %2, %3.</source>
        <translation>%1 を同期しました: %2、%3。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already stored</source>
        <translation>
            <numerusform>保存済み %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The window on %1 opened the link.</source>
        <translation>%1 のウィンドウがリンクを開きました。</translation>
    </message>
    <message>
        <source>the link names the store &quot;%1&quot;, which was not opened here before; this window shows %2</source>
        <translation>リンクはここで開いたことのないストア「%1」を指していますが、このウィンドウは %2 を表示しています</translation>
    </message>
    <message numerus="yes">
        <source>%Ln demo logs added</source>
        <translation>
            <numerusform>%Ln 件のデモログを追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln logs to %1</source>
        <translation>
            <numerusform>%Ln 件のログを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>エクスポートをキャンセルしました</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1 (%2 of %3): %Ln logs</source>
        <translation>
            <numerusform>%1 をインポートしています (%2/%3): %Ln 件のログ</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing trace %1</source>
        <translation>トレース %1 を表示しています</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>No log matches the filter</source>
        <translation>フィルターに一致するログはありません</translation>
    </message>
    <message>
        <source>The store has no logs.</source>
        <translation>ストアにログがありません。</translation>
    </message>
    <message>
        <source>Nothing in the store matches %1. Change or clear the filter to see logs again.</source>
        <translation>ストア内に %1 に一致するものはありません。ログを再び表示するには、フィルターを変更するかクリアしてください。</translation>
    </message>
    <message>
        <source>Select a log to replay it.</source>
        <translation>リプレイするログを選択してください。</translation>
    </message>
    <message>
        <source>This log cannot be replayed: %1</source>
        <translation>このログはリプレイできません: %1</translation>
    </message>
    <message>
        <source>The filter %1 was cleared to show log %2; it is in the filter history.</source>
        <translation>ログ %2 を表示するためにフィルター %1 をクリアしました。フィルター履歴に残っています。</translation>
    </message>
    <message>
        <source>Re&amp;view Logs…</source>
        <translation>ログをレビュー(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>OpenLinkDialog</name>
    <message>
        <source>Open Link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <source>Paste a Gatescope link (gatescope://log/…) or a Portkey app URL that names a log or a trace:</source>
        <translation>Gatescope のリンク (gatescope://log/…) か、ログまたはトレースを指す Portkey アプリの URL を貼り付けてください:</translation>
    </message>
    <message>
        <source>gatescope://log/&lt;id&gt;</source>
        <translation>gatescope://log/&lt;id&gt;</translation>
    </message>
    <message>
        <source>Opens log %1.</source>
        <translation>ログ %1 を開きます。</translation>
    </message>
    <message>
        <source>Opens trace %1.</source>
        <translation>トレース %1 を開きます。</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <source>Open Store</source>
        <translation>ストアを開く</translation>
    </message>
    <message>
        <source>Logs are kept in a store: a SQLite file on this computer, or a PostgreSQL database that collectors write to and a team reads.</source>
        <translation>ログはストアに保存されます。このコンピューター上の SQLite ファイルか、コレクターが書き込みチームが読み取る PostgreSQL データベースです。</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>このコンピューター上の SQLite ファイル(&amp;S)</translation>
    </message>
    <message>
        <source>a new or existing .sqlite file</source>
        <translation>新規または既存の .sqlite ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL database (team store)</source>
        <translation>PostgreSQL データベース (チームストア)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/dbname</source>
        <translation>postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>パスワードをシステムのキーチェーンに保存(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>R&amp;ecent stores:</source>
        <translation>最近のストア(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Enter the database&apos;s URL: postgresql://user@host:port/dbname</source>
        <translation>データベースの URL を入力してください: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Choose a SQLite file, new or existing.</source>
        <translation>新規または既存の SQLite ファイルを選択してください。</translation>
    </message>
    <message>
        <source>The password typed here is used until Gatescope quits, unless it is saved in the keychain.</source>
        <translation>ここに入力したパスワードは、キーチェーンに保存しない限り、Gatescope を終了するまで使用されます。</translation>
    </message>
    <message>
        <source>Empty: the password saved in the system keychain for this database.</source>
        <translation>空欄: このデータベース用にシステムのキーチェーンに保存されたパスワードを使います。</translation>
    </message>
    <message>
        <source>Empty: the password in PGPASSWORD.</source>
        <translation>空欄: PGPASSWORD のパスワードを使います。</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass, as for psql; or none when the server trusts you.</source>
        <translation>空欄: psql と同様に PGPASSWORD または ~/.pgpass を使います。サーバーが信頼している場合はパスワードなしです。</translation>
    </message>
    <message>
        <source>SQLite Store</source>
        <translation>SQLite ストア</translation>
    </message>
    <message>
        <source>SQLite stores (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite ストア (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>フォルダー %1 に書き込めません。</translation>
    </message>
    <message>
        <source>No file there yet: a new, empty store will be created.</source>
        <translation>そこにはまだファイルがありません。新しい空のストアが作成されます。</translation>
    </message>
    <message>
        <source>It opens, but its logs could not be counted: %1</source>
        <translation>開くことはできますが、ログを数えられませんでした: %1</translation>
    </message>
    <message>
        <source>No system keychain is running here, so the password was not saved (nor written to a file). Open again to use it until Gatescope quits; to keep it, start a keychain (GNOME Keyring, KWallet) or use PGPASSWORD or ~/.pgpass.</source>
        <translation>ここではシステムのキーチェーンが動作していないため、パスワードは保存されませんでした (ファイルにも書き込んでいません)。Gatescope を終了するまで使うには、もう一度開いてください。保持するには、キーチェーン (GNOME Keyring、KWallet) を起動するか、PGPASSWORD または ~/.pgpass を使ってください。</translation>
    </message>
    <message>
        <source>The system keychain did not save the password: %1</source>
        <translation>システムのキーチェーンにパスワードを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The saved password could not be removed from the system keychain: %1</source>
        <translation>保存されたパスワードをシステムのキーチェーンから削除できませんでした: %1</translation>
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
        <translation>%1 (このウィンドウ)</translation>
    </message>
    <message>
        <source>(not a valid PostgreSQL URL)</source>
        <translation>(有効な PostgreSQL URL ではありません)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln logs in the store.</source>
        <translation>
            <numerusform>接続しました: ストアに %Ln 件のログがあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A store with %Ln logs.</source>
        <translation>
            <numerusform>%Ln 件のログがあるストアです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>%1 is a SQLite database (a Gatescope store or its full-text index?) and is not overwritten: choose another file</source>
        <translation>%1 は SQLite データベース（Gatescope のストアまたはその全文インデックス？）のため上書きしません。別のファイルを選んでください</translation>
    </message>
    <message>
        <source>%1 belongs to the SQLite database %2 and is not overwritten: choose another file</source>
        <translation>%1 は SQLite データベース %2 の一部のため上書きしません。別のファイルを選んでください</translation>
    </message>
</context>
<context>
    <name>PeerActions</name>
    <message>
        <source>&amp;Mark for Comparison</source>
        <translation>比較用にマーク(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the marked log (M) with the selected one, or a replay with its original</source>
        <translation>マークしたログ (M) を選択中のログと、またはリプレイを元のログと比較</translation>
    </message>
    <message>
        <source>Save &amp;as Dataset…</source>
        <translation>データセットとして保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Marked for comparison: select another log and press C</source>
        <translation>比較用にマークしました: 別のログを選択して C を押してください</translation>
    </message>
    <message>
        <source>Select a log to compare</source>
        <translation>比較するログを選択してください</translation>
    </message>
    <message>
        <source>Mark a log with M first, then select another and press C</source>
        <translation>まず M でログをマークし、別のログを選択して C を押してください</translation>
    </message>
    <message>
        <source>The marked log is no longer in the store</source>
        <translation>マークしたログはもうストアにありません</translation>
    </message>
    <message>
        <source>Saving the dataset…</source>
        <translation>データセットを保存しています…</translation>
    </message>
    <message>
        <source>Save as Dataset</source>
        <translation>データセットとして保存</translation>
    </message>
    <message>
        <source>The dataset could not be saved: %1</source>
        <translation>データセットを保存できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n logs written to %1.</source>
        <translation>
            <numerusform>%n 件のログを %1 に書き込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Do-Not-Track logs were left out: they have no content.</source>
        <translation>
            <numerusform>Do-Not-Track のログ %n 件は内容がないため除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logs were left out that have no conversation or no answer.</source>
        <translation>
            <numerusform>会話または回答のないログ %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images were written to %1.</source>
        <translation>
            <numerusform>%n 枚の画像を %1 に書き込みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaygroundWindow</name>
    <message>
        <source>Replay %1 - Gatescope</source>
        <translation>リプレイ %1 - Gatescope</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>生 JSON</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
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
        <translation>リクエストを実行すると、新しい回答がここに表示されます。</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>まだ実行していません。</translation>
    </message>
    <message>
        <source>Original answer / new answer</source>
        <translation>元の回答 / 新しい回答</translation>
    </message>
    <message>
        <source>Runs in this session</source>
        <translation>このセッションの実行</translation>
    </message>
    <message>
        <source>Save as &amp;log</source>
        <translation>ログとして保存(&amp;L)</translation>
    </message>
    <message>
        <source>Store the selected run as a new log linked to %1</source>
        <translation>選択した実行を %1 にリンクした新しいログとして保存</translation>
    </message>
    <message>
        <source>Replaying &lt;b&gt;%1&lt;/b&gt; (%2, %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; をリプレイ中 (%2、%3)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Local gateway, provider headers</source>
        <translation>ローカルゲートウェイ、プロバイダーヘッダー</translation>
    </message>
    <message>
        <source>Local gateway, config</source>
        <translation>ローカルゲートウェイ、Config</translation>
    </message>
    <message>
        <source>Portkey data plane</source>
        <translation>Portkey データプレーン</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:18081/v1</source>
        <translation>省略可、例: http://127.0.0.1:18081/v1</translation>
    </message>
    <message>
        <source>provider key (gateway) or Portkey API key (data plane)</source>
        <translation>プロバイダーキー (ゲートウェイ) または Portkey API キー (データプレーン)</translation>
    </message>
    <message>
        <source>config JSON or config id</source>
        <translation>Config JSON または Config ID</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>送信先</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Custom host</source>
        <translation>カスタムホスト</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>A content that is a JSON array (text and image_url parts) is sent as an array.</source>
        <translation>JSON 配列の内容 (text と image_url のパート) は配列として送信されます。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>One input per line</source>
        <translation>1 行に 1 つの入力</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Stream the answer</source>
        <translation>回答をストリーミング</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
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
        <translation>レスポンス形式</translation>
    </message>
    <message>
        <source>Tools (JSON)</source>
        <translation>ツール (JSON)</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2; the form keeps the last valid request.</source>
        <translation>オフセット %1 で JSON が無効です: %2。フォームは最後の有効なリクエストを保持します。</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>リクエストは JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>実行中...</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Status %1 · latency %2 ms · first token %3 · tokens %4 in, %5 out · cost %6</source>
        <translation>ステータス %1 · レイテンシ %2 ms · 最初のトークン %3 · トークン 入力 %4、出力 %5 · コスト %6</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>ストリーミングなし</translation>
    </message>
    <message>
        <source>~%1 ¢</source>
        <translation>~%1 ¢</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 ms · %4</source>
        <translation>実行 %1 · %2 · %3 ms · %4</translation>
    </message>
    <message>
        <source>(the original answer is not stored)</source>
        <translation>(元の回答は保存されていません)</translation>
    </message>
    <message>
        <source> · saved as %1</source>
        <translation> · %1 として保存</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>実行に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>PromptPlaygroundWindow</name>
    <message>
        <source>Re&amp;nder</source>
        <translation>レンダリング(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Prompt %1 - Gatescope</source>
        <translation>プロンプト %1 - Gatescope</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Rendered request</source>
        <translation>レンダリングされたリクエスト</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · version %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · バージョン %3 · %4</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>バージョン %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Loaded from %1.</source>
        <translation>%1 から読み込みました。</translation>
    </message>
    <message>
        <source>Rendered.</source>
        <translation>レンダリングしました。</translation>
    </message>
    <message>
        <source>Answered by %1.</source>
        <translation>%1 が回答しました。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop waiting for the control plane</source>
        <translation>コントロールプレーンの応答待ちを中止します</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Loading prompt %1 from %2…</source>
        <translation>%2 からプロンプト %1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>レンダリング中…</translation>
    </message>
    <message>
        <source>Waiting for the prompt&apos;s completion…</source>
        <translation>プロンプトの補完を待っています…</translation>
    </message>
    <message>
        <source>Needs a Portkey connection (File &gt; Connections…)</source>
        <translation>Portkey 接続が必要です (ファイル &gt; 接続…)</translation>
    </message>
    <message>
        <source>The template could not be loaded</source>
        <translation>テンプレートを読み込めませんでした</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read: %2</source>
        <translation>%1 の API キーを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>There is no Portkey connection to load prompt %1 from (add one with File &gt; Connections…).</source>
        <translation>プロンプト %1 を読み込むための Portkey 接続がありません (ファイル &gt; 接続… で追加してください)。</translation>
    </message>
    <message>
        <source>The log carries no rendered copy of the prompt either.</source>
        <translation>ログにもプロンプトのレンダリング済みコピーはありません。</translation>
    </message>
    <message>
        <source>This is the cached template from %1, %2.</source>
        <translation>これは %1 からキャッシュしたテンプレートです (%2)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · the log&apos;s rendered copy</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · ログのレンダリング済みコピー</translation>
    </message>
    <message>
        <source>Rendered messages (from the log, not the template)</source>
        <translation>レンダリング済みメッセージ (テンプレートではなくログから)</translation>
    </message>
    <message>
        <source>The log names no variables.</source>
        <translation>ログには変数が記録されていません。</translation>
    </message>
    <message>
        <source>Shown instead: the log&apos;s rendered copy, the messages as sent with the variables filled in. The template itself is on the control plane.</source>
        <translation>代わりに、ログのレンダリング済みコピー (変数を埋め込んで送信されたメッセージ) を表示しています。テンプレート自体はコントロールプレーンにあります。</translation>
    </message>
</context>
<context>
    <name>ProxyConnection</name>
    <message>
        <source>the upstream closed the connection</source>
        <translation>アップストリームが接続を閉じました</translation>
    </message>
    <message>
        <source>the upstream sent a malformed response (%1)</source>
        <translation>アップストリームが不正なレスポンスを送信しました (%1)</translation>
    </message>
    <message>
        <source>the upstream broke off the response: %1</source>
        <translation>アップストリームがレスポンスを中断しました: %1</translation>
    </message>
    <message>
        <source>the upstream %1 could not be reached: %2</source>
        <translation>アップストリーム %1 に到達できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>the request head did not arrive within %1 s</source>
        <translation>リクエストヘッドが %1 秒以内に届きませんでした</translation>
    </message>
    <message>
        <source>the request head is larger than %1 KB</source>
        <translation>リクエストヘッドが %1 KB を超えています</translation>
    </message>
    <message>
        <source>malformed HTTP request: %1</source>
        <translation>不正な HTTP リクエスト: %1</translation>
    </message>
</context>
<context>
    <name>RecordingProxy</name>
    <message>
        <source>the upstream must be an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation>アップストリームは http:// または https:// の URL である必要があります (指定値: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>%1:%2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>at most %1 connections at once: the descriptor limit (ulimit -n) is %2</source>
        <translation>同時接続は最大 %1 件です: ディスクリプターの上限 (ulimit -n) は %2 です</translation>
    </message>
    <message>
        <source>connection limit reached: %1 connections open; new ones are answered 503 until one closes (--max-connections, ulimit -n)</source>
        <translation>接続数の上限に達しました: %1 件の接続が開いています。いずれかが閉じるまで新しい接続には 503 を返します (--max-connections、ulimit -n)</translation>
    </message>
    <message>
        <source>too many connections to the recording proxy</source>
        <translation>記録プロキシへの接続が多すぎます</translation>
    </message>
    <message>
        <source>cannot accept a connection: %1; retrying (%2 connections open)</source>
        <translation>接続を受け付けられません: %1。再試行します (%2 件の接続が開いています)</translation>
    </message>
</context>
<context>
    <name>ReplayClient</name>
    <message numerus="yes">
        <source>Stopped after %n ms.</source>
        <translation>
            <numerusform>%n ms 後に停止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request did not reach the target %1: %2</source>
        <translation>リクエストはターゲット %1 に届きませんでした: %2</translation>
    </message>
    <message>
        <source>The target answered %1: %2</source>
        <translation>ターゲットは %1 を返しました: %2</translation>
    </message>
</context>
<context>
    <name>ReplayPolicy</name>
    <message>
        <source>no control-plane connection to ask</source>
        <translation>問い合わせるコントロールプレーン接続がありません</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%2 で %1、%3</translation>
    </message>
    <message>
        <source>it is not in the control-plane cache</source>
        <translation>コントロールプレーンキャッシュにありません</translation>
    </message>
    <message>
        <source>This log is Do-Not-Track: its request body was never stored, so there is nothing to replay.</source>
        <translation>このログは Do-Not-Track です。リクエスト本文は保存されていないため、リプレイできるものがありません。</translation>
    </message>
    <message>
        <source>This log has no request body, so there is nothing to replay.</source>
        <translation>このログにはリクエスト本文がないため、リプレイできるものがありません。</translation>
    </message>
    <message>
        <source>an unknown endpoint</source>
        <translation>不明なエンドポイント</translation>
    </message>
    <message>
        <source>Only /chat/completions, /completions and /embeddings requests can be replayed; this log was sent to %1.</source>
        <translation>リプレイできるのは /chat/completions、/completions、/embeddings へのリクエストだけです。このログは %1 に送信されました。</translation>
    </message>
    <message>
        <source>This request came from prompt template %1 called from inside a config target; replay it from the prompt playground instead.</source>
        <translation>このリクエストは Config ターゲット内から呼び出されたプロンプトテンプレート %1 によるものです。代わりにプロンプトプレイグラウンドからリプレイしてください。</translation>
    </message>
    <message>
        <source>This request came from prompt template %1 through config %2 (a prompt called from inside a config target); replay it from the prompt playground instead.</source>
        <translation>このリクエストは Config %2 経由のプロンプトテンプレート %1 によるものです (Config ターゲット内から呼び出されたプロンプト)。代わりにプロンプトプレイグラウンドからリプレイしてください。</translation>
    </message>
    <message>
        <source>The virtual key or provider %1 is archived or no longer exists on the control plane, so the request cannot be sent with it (%2).</source>
        <translation>仮想キーまたはプロバイダー %1 はコントロールプレーン上でアーカイブ済みか、もう存在しないため、それを使ってリクエストを送信できません (%2)。</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>Could not check whether the virtual key %1 is still active.</source>
        <translation>仮想キー %1 がまだ有効か確認できませんでした。</translation>
    </message>
    <message>
        <source>Could not check whether the virtual key %1 is still active: %2</source>
        <translation>仮想キー %1 がまだ有効か確認できませんでした: %2</translation>
    </message>
    <message>
        <source>The content of this log was removed on %1 (forgotten on request), so there is nothing to replay.</source>
        <translation>このログの内容は %1 に削除されている (要求により消去) ため、リプレイできるものがありません。</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>&apos;%1&apos; is not an age: give a number of days, hours or weeks, like 30d, 12h or 2w</source>
        <translation>「%1」は期間ではありません: 30d、12h、2w のように日数、時間数、週数で指定してください</translation>
    </message>
    <message>
        <source>logs are kept for at least one day</source>
        <translation>ログは少なくとも 1 日は保持されます</translation>
    </message>
</context>
<context>
    <name>RetentionActions</name>
    <message>
        <source>Remove the bodies, source records and images of the logs the filter selects; keep their statistics</source>
        <translation>フィルターで選択したログの本文、ソースレコード、画像を削除し、統計情報は残します</translation>
    </message>
    <message>
        <source>&amp;Retention Policy…</source>
        <translation>保持ポリシー(&amp;R)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>現在のバッチの後で停止します…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>ログの保持</translation>
    </message>
    <message>
        <source>Forget Content</source>
        <translation>コンテンツを消去</translation>
    </message>
    <message>
        <source>Set a filter first: the content of the logs it selects is removed. Without a filter every log would be selected.</source>
        <translation>先にフィルターを設定してください。フィルターで選択したログのコンテンツが削除されます。フィルターがないと、すべてのログが選択されてしまいます。</translation>
    </message>
    <message>
        <source>No log the filter selects has content left to remove.</source>
        <translation>フィルターで選択したログに、削除できるコンテンツは残っていません。</translation>
    </message>
    <message>
        <source>Remove the content of %1 logs?</source>
        <translation>%1 件のログのコンテンツを削除しますか?</translation>
    </message>
    <message>
        <source>The request and response bodies, source records and images of the logs matching “%1” are deleted from the store and its full-text index; they cannot be brought back. Their statistics (time, model, tokens, cost, latency, status, feedback) stay, and they are shown like Do-Not-Track logs. Giving the space back can take a while on a large store.</source>
        <translation>「%1」に一致するログのリクエスト本文とレスポンス本文、ソースレコード、画像は、ストアとその全文インデックスから削除され、元に戻せません。統計情報 (時刻、モデル、トークン、コスト、レイテンシ、ステータス、フィードバック) は残り、Do-Not-Track のログと同じように表示されます。大きなストアでは、空き領域の解放にしばらく時間がかかることがあります。</translation>
    </message>
    <message>
        <source>Remove Content</source>
        <translation>コンテンツを削除</translation>
    </message>
    <message>
        <source>Removing the content of %1 logs…</source>
        <translation>%1 件のログのコンテンツを削除しています…</translation>
    </message>
    <message>
        <source>Removed the content of %1 logs.</source>
        <translation>%1 件のログのコンテンツを削除しました。</translation>
    </message>
    <message>
        <source>Logs are now kept forever.</source>
        <translation>ログは今後、無期限に保持されます。</translation>
    </message>
    <message>
        <source>Retention Policy</source>
        <translation>保持ポリシー</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 logs older than %n day(s)?</source>
        <translation>
            <numerusform>%n 日より古い %1 件のログを削除しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are deleted with their bodies, images, feedback and full-text entries, and cannot be brought back. From now on logs older than %n day(s) are deleted when Gatescope starts and once a day. Giving the space back can take a while on a large store.</source>
        <translation>
            <numerusform>これらのログは本文、画像、フィードバック、全文インデックスのエントリとともに削除され、元に戻せません。今後は Gatescope の起動時と 1 日 1 回、%n 日より古いログが削除されます。大きなストアでは、空き領域の解放にしばらく時間がかかることがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleting %1 logs…</source>
        <translation>%1 件のログを削除しています…</translation>
    </message>
    <message numerus="yes">
        <source>Logs are kept for %n day(s); %1 older logs were deleted.</source>
        <translation>
            <numerusform>ログは %n 日間保持されます。それより古いログ %1 件を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying the retention policy: deleting %1 logs older than %n day(s)…</source>
        <translation>
            <numerusform>保持ポリシーを適用しています: %n 日より古い %1 件のログを削除しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1 logs older than %n day(s)…</source>
        <translation>
            <numerusform>%n 日より古い %1 件のログを削除しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention policy: %1 logs older than %n day(s) were deleted.</source>
        <translation>
            <numerusform>保持ポリシー: %n 日より古いログ %1 件を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>For&amp;get Content of Matching Logs…</source>
        <translation>一致するログのコンテンツを消去(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Keep logs &amp;forever</source>
        <translation>ログを無期限に保持(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keep logs for</source>
        <translation>ログの保持期間(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Prune Now</source>
        <translation>今すぐ削除(&amp;P)</translation>
    </message>
    <message>
        <source>Retention Policy</source>
        <translation>保持ポリシー</translation>
    </message>
    <message>
        <source>How long this store keeps its logs. Everyone who opens the store shares the policy; Gatescope applies it when it starts and once a day while it runs, and deletes older logs with their bodies, images and feedback.</source>
        <translation>このストアがログを保持する期間です。ストアを開くすべてのユーザーがこのポリシーを共有します。Gatescope は起動時と、実行中は 1 日 1 回ポリシーを適用し、古いログを本文、画像、フィードバックとともに削除します。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Keep this policy and delete the older logs now</source>
        <translation>このポリシーを保存し、古いログを今すぐ削除します</translation>
    </message>
    <message>
        <source>No log is deleted by age.</source>
        <translation>古さによってログが削除されることはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Counting the logs older than %n day(s)…</source>
        <translation>
            <numerusform>%n 日より古いログを数えています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No log is older than %n day(s) now.</source>
        <translation>
            <numerusform>現在、%n 日より古いログはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 logs are older than %n day(s): they would be deleted now.</source>
        <translation>
            <numerusform>%n 日より古いログが %1 件あります: 今適用すると削除されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>The log could not be loaded.</source>
        <translation>ログを読み込めませんでした。</translation>
    </message>
    <message>
        <source>No log is under review.</source>
        <translation>レビュー中のログはありません。</translation>
    </message>
    <message>
        <source>Not saved: another reviewer took this log over after your claim ran out, or its trace got feedback meanwhile. Here is the next one.</source>
        <translation>保存されませんでした: 確保の期限が切れた後に別のレビュアーがこのログを引き継いだか、その間にトレースにフィードバックが付きました。次のログを表示します。</translation>
    </message>
    <message>
        <source>Feedback not saved: %1</source>
        <translation>フィードバックを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>元に戻す操作はありません。</translation>
    </message>
    <message>
        <source>The feedback could not be removed: %1</source>
        <translation>フィードバックを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The feedback was removed; the log has other feedback or another reviewer has it now, so it is not shown again.</source>
        <translation>フィードバックを削除しました。このログには他のフィードバックがあるか、現在は別のレビュアーが担当しているため、再表示されません。</translation>
    </message>
    <message>
        <source>This log got feedback or another reviewer took it over; here is the next one.</source>
        <translation>このログにフィードバックが付いたか、別のレビュアーが引き継ぎました。次のログを表示します。</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review Logs</source>
        <translation>ログをレビュー</translation>
    </message>
    <message>
        <source>Review Logs: %1</source>
        <translation>ログをレビュー: %1</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>すべてのログ</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>フィルター: %1</translation>
    </message>
    <message>
        <source>Reviewing as %1</source>
        <translation>レビュアー: %1</translation>
    </message>
    <message>
        <source>A note for the feedback on this log (N); Enter or Esc goes back to the keys</source>
        <translation>このログへのフィードバックのメモ (N)。Enter または Esc でキー操作に戻ります</translation>
    </message>
    <message>
        <source>Thumbs up: +1 (Up, +)</source>
        <translation>高評価: +1 (↑, +)</translation>
    </message>
    <message>
        <source>Skip (S, Right)</source>
        <translation>スキップ (S, →)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Finding a log without feedback…</source>
        <translation>フィードバックのないログを探しています…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>数えています…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>ストアを開けませんでした: %1</translation>
    </message>
    <message>
        <source>That answer was not saved: the log had changed meanwhile. Here is the one under review now.</source>
        <translation>その回答は保存されませんでした: その間にログが変更されていました。現在レビュー中のログを表示します。</translation>
    </message>
    <message>
        <source>Loading the next log…</source>
        <translation>次のログを読み込んでいます…</translation>
    </message>
    <message>
        <source>No logs to review</source>
        <translation>レビューするログはありません</translation>
    </message>
    <message>
        <source>The store has no logs.</source>
        <translation>ストアにログがありません。</translation>
    </message>
    <message>
        <source>No log matches the filter %1.</source>
        <translation>フィルター %1 に一致するログはありません。</translation>
    </message>
    <message numerus="yes">
        <source>All %n logs of this filter have feedback</source>
        <translation>
            <numerusform>このフィルターの %n 件のログすべてにフィードバックがあります</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left to review. Close this window, or change the filter and review again.</source>
        <translation>レビューするものは残っていません。このウィンドウを閉じるか、フィルターを変更してもう一度レビューしてください。</translation>
    </message>
    <message>
        <source>Nothing left to review</source>
        <translation>レビューするものは残っていません</translation>
    </message>
    <message>
        <source>%1 of %2 logs of this filter have feedback; the others were skipped in this review or another reviewer has them now.</source>
        <translation>このフィルターの %2 件のログのうち %1 件にフィードバックがあります。残りはこのレビューでスキップしたか、現在別のレビュアーが担当しています。</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>不明なモデル</translation>
    </message>
    <message>
        <source>Content not tracked</source>
        <translation>コンテンツは記録されていません</translation>
    </message>
    <message>
        <source>Progress unknown</source>
        <translation>進捗不明</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 / %2 件レビュー済み</translation>
    </message>
    <message>
        <source>Thumbs down: −1 (Down, −)</source>
        <translation>低評価: −1 (↓, −)</translation>
    </message>
    <message>
        <source>Keys 0 to 9 give %1 to %2 on the feedback scale of −10 to +10 (4 is −1, 5 is +1)  ·  N: note  ·  Esc: close (the logs not answered go back to the queue)</source>
        <translation>0〜9 キーでフィードバック尺度 −10〜+10 の %1〜%2 を付けます (4 は −1、5 は +1)  ·  N: メモ  ·  Esc: 閉じる (未回答のログはキューに戻ります)</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>a saved view has no name</source>
        <translation>保存済みビューに名前がありません</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; has an unknown sort: %2:%3</source>
        <translation>ビュー「%1」の並べ替えが不明です: %2:%3</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; names a column that is not valid</source>
        <translation>ビュー「%1」に無効な列が指定されています</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>A view needs a name.</source>
        <translation>ビューには名前が必要です。</translation>
    </message>
    <message>
        <source>A view&apos;s name is at most %1 characters.</source>
        <translation>ビューの名前は %1 文字以内です。</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot contain control characters.</source>
        <translation>ビューの名前に制御文字は使えません。</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot start or end with a space.</source>
        <translation>ビューの名前の先頭と末尾に空白は使えません。</translation>
    </message>
    <message>
        <source>The filter is too long for a view (at most %1 characters).</source>
        <translation>フィルターがビューには長すぎます (最大 %1 文字)。</translation>
    </message>
    <message>
        <source>The filter does not parse at character %1: %2</source>
        <translation>フィルターの %1 文字目を解析できません: %2</translation>
    </message>
    <message>
        <source>A view keeps at most %1 columns.</source>
        <translation>ビューに保存できる列は最大 %1 個です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column name.</source>
        <translation>「%1」は列名ではありません。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is named twice.</source>
        <translation>列「%1」が 2 回指定されています。</translation>
    </message>
    <message>
        <source>The saved views could not be read: %1</source>
        <translation>保存済みビューを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>There is no view named &quot;%1&quot;.</source>
        <translation>「%1」という名前のビューはありません。</translation>
    </message>
    <message>
        <source>The saved views of this store are not readable (%1); they are left as they are.</source>
        <translation>このストアの保存済みビューを読み取れません (%1)。そのまま残します。</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>JSON 配列ではありません</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists already.</source>
        <translation>「%1」という名前のビューは既にあります。</translation>
    </message>
</context>
<context>
    <name>SavedViewsPanel</name>
    <message>
        <source>Delete View “%1”</source>
        <translation>ビュー「%1」を削除</translation>
    </message>
    <message>
        <source>The view “%1” is back.</source>
        <translation>ビュー「%1」を元に戻しました。</translation>
    </message>
    <message>
        <source>The view “%1” could not be restored: %2</source>
        <translation>ビュー「%1」を復元できませんでした: %2</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>ビューを保存…</translation>
    </message>
    <message>
        <source>Save the filter, sort and columns of the list as a view (%1)</source>
        <translation>一覧のフィルター、並べ替え、列をビューとして保存 (%1)</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>保存済みビュー</translation>
    </message>
    <message>
        <source>Sa&amp;ved Views</source>
        <translation>保存済みビュー(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to Saved Views</source>
        <translation>保存済みビューへ移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>ビューを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Filter: none (every log)</source>
        <translation>フィルター: なし (すべてのログ)</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>フィルター: %1</translation>
    </message>
    <message>
        <source>Sorted by %1, newest first</source>
        <translation>%1 で並べ替え (新しい順)</translation>
    </message>
    <message>
        <source>Sorted by %1, oldest first</source>
        <translation>%1 で並べ替え (古い順)</translation>
    </message>
    <message>
        <source>Sorted by %1, highest first</source>
        <translation>%1 で並べ替え (大きい順)</translation>
    </message>
    <message>
        <source>Sorted by %1, lowest first</source>
        <translation>%1 で並べ替え (小さい順)</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列: %1</translation>
    </message>
    <message>
        <source>Opened a view link: %1</source>
        <translation>ビューのリンクを開きました: %1</translation>
    </message>
    <message>
        <source>Opened the view “%1”</source>
        <translation>ビュー「%1」を開きました</translation>
    </message>
    <message>
        <source>A view named “%1” exists already: pick another name, or use Update to Current View in its menu.</source>
        <translation>「%1」という名前のビューは既にあります。別の名前を選ぶか、そのビューのメニューの「現在の表示で更新」を使ってください。</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <source>Saved the view “%1”</source>
        <translation>ビュー「%1」を保存しました</translation>
    </message>
    <message>
        <source>A view named “%1” exists already.</source>
        <translation>「%1」という名前のビューは既にあります。</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>ビューの名前を変更</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>ストアが開かれていません。</translation>
    </message>
    <message>
        <source>The view “%1” could not be deleted: %2</source>
        <translation>ビュー「%1」を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Deleted the view “%1”; Edit &gt; Undo (%2) brings it back.</source>
        <translation>ビュー「%1」を削除しました。編集 &gt; 元に戻す (%2) で復元できます。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>All logs</source>
        <translation>すべてのログ</translation>
    </message>
    <message>
        <source>Every log in the store, newest first</source>
        <translation>ストア内のすべてのログ (新しい順)</translation>
    </message>
    <message>
        <source>No saved views yet. Set the filter, sort and columns you want, then choose Save View… (%1) to keep them here, for this store and everyone who opens it.</source>
        <translation>保存済みビューはまだありません。フィルター、並べ替え、列を設定してから「ビューを保存…」(%1) を選ぶと、このストアとそれを開くすべてのユーザーのためにここに保存されます。</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy View Link</source>
        <translation>ビューのリンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Update to Current View</source>
        <translation>現在の表示で更新(&amp;U)</translation>
    </message>
    <message>
        <source>The view “%1” now shows what the list shows.</source>
        <translation>ビュー「%1」を一覧の現在の表示に更新しました。</translation>
    </message>
    <message>
        <source>The view “%1” could not be updated: %2</source>
        <translation>ビュー「%1」を更新できませんでした: %2</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time Gatescope starts.</source>
        <translation>新しい言語は Gatescope の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>&amp;Portkey URL templates, one per line. {logId} or {traceId} marks the id; any other {name} matches one part of the URL:</source>
        <translation>Portkey URL テンプレート(&amp;P) (1 行に 1 つ)。{logId} または {traceId} が ID を表し、その他の {name} は URL の一部分に一致します:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>%1
(in: %2)</source>
        <translation>%1
(対象: %2)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Filter bar</source>
        <translation>フィルターバー</translation>
    </message>
    <message>
        <source>Apply the filter</source>
        <translation>フィルターを適用</translation>
    </message>
    <message>
        <source>Earlier and later filters from the history</source>
        <translation>履歴の前後のフィルター</translation>
    </message>
    <message>
        <source>Back to the filter that is applied</source>
        <translation>適用中のフィルターに戻す</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Gatescope window is running on this store.</source>
        <translation>このストアでは別の Gatescope ウィンドウが実行中です。</translation>
    </message>
    <message>
        <source>Cannot create the local socket %1: %2</source>
        <translation>ローカルソケット %1 を作成できません: %2</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>HTTP ?</source>
        <translation>HTTP ?</translation>
    </message>
    <message>
        <source>HTTP status unknown</source>
        <translation>HTTP ステータス不明</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>キャッシュヒット</translation>
    </message>
    <message>
        <source>Semantic hit</source>
        <translation>セマンティックヒット</translation>
    </message>
    <message>
        <source>Cache miss</source>
        <translation>キャッシュミス</translation>
    </message>
    <message>
        <source>Semantic miss</source>
        <translation>セマンティックミス</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>リトライ失敗</translation>
    </message>
    <message>
        <source>Retry ×%1</source>
        <translation>リトライ ×%1</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>Loadbalance</source>
        <translation>負荷分散</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>Cache Disabled</source>
        <translation>キャッシュ無効</translation>
    </message>
    <message>
        <source>Cache Miss</source>
        <translation>キャッシュミス</translation>
    </message>
    <message>
        <source>Cache Refreshed</source>
        <translation>キャッシュ更新</translation>
    </message>
    <message>
        <source>Cache Hit</source>
        <translation>キャッシュヒット</translation>
    </message>
    <message>
        <source>Cache Semantic Hit</source>
        <translation>セマンティックキャッシュヒット</translation>
    </message>
    <message>
        <source>Cache Unknown</source>
        <translation>キャッシュ不明</translation>
    </message>
    <message>
        <source>Retry Unknown</source>
        <translation>リトライ不明</translation>
    </message>
    <message>
        <source>Retry Not Triggered</source>
        <translation>リトライなし</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>リトライ失敗</translation>
    </message>
    <message>
        <source>Retry Success on %1 Tries</source>
        <translation>%1 回目で成功</translation>
    </message>
    <message>
        <source>Fallback Unknown</source>
        <translation>フォールバック不明</translation>
    </message>
    <message>
        <source>Fallback Active</source>
        <translation>フォールバック有効</translation>
    </message>
    <message>
        <source>Fallback Disabled</source>
        <translation>フォールバック無効</translation>
    </message>
    <message>
        <source>Loadbalancer Unknown</source>
        <translation>ロードバランサー不明</translation>
    </message>
    <message>
        <source>Loadbalancer Active</source>
        <translation>ロードバランサー有効</translation>
    </message>
    <message>
        <source>Loadbalancer Disabled</source>
        <translation>ロードバランサー無効</translation>
    </message>
</context>
<context>
    <name>StatusLegendDialog</name>
    <message>
        <source>Status Column Legend</source>
        <translation>ステータス列の凡例</translation>
    </message>
    <message>
        <source>Each chip is one thing the gateway did for the request. Hover a chip in the list for Portkey&apos;s label. States the source could not know share one dashed &quot;Unknown&quot; chip; disabled features show no chip.</source>
        <translation>チップはそれぞれ、ゲートウェイがリクエストに対して行った処理を 1 つ表します。一覧でチップにマウスを重ねると Portkey のラベルが表示されます。ソースから分からない状態は破線の「不明」チップ 1 つにまとめられ、無効な機能にはチップが表示されません。</translation>
    </message>
    <message>
        <source>HTTP status of the answer</source>
        <translation>応答の HTTP ステータス</translation>
    </message>
    <message>
        <source>HTTP client error (4xx)</source>
        <translation>HTTP クライアントエラー (4xx)</translation>
    </message>
    <message>
        <source>HTTP server error (5xx)</source>
        <translation>HTTP サーバーエラー (5xx)</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>キャッシュヒット</translation>
    </message>
    <message>
        <source>Cache Hit</source>
        <translation>キャッシュヒット</translation>
    </message>
    <message>
        <source>Semantic hit</source>
        <translation>セマンティックヒット</translation>
    </message>
    <message>
        <source>Cache Semantic Hit</source>
        <translation>セマンティックキャッシュヒット</translation>
    </message>
    <message>
        <source>Cache miss</source>
        <translation>キャッシュミス</translation>
    </message>
    <message>
        <source>Cache Miss</source>
        <translation>キャッシュミス</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Cache Refreshed</source>
        <translation>キャッシュ更新</translation>
    </message>
    <message>
        <source>Retry Success on 3 Tries</source>
        <translation>3 回目で成功</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>リトライ失敗</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>リトライ失敗</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>Fallback Active</source>
        <translation>フォールバック有効</translation>
    </message>
    <message>
        <source>Loadbalance</source>
        <translation>負荷分散</translation>
    </message>
    <message>
        <source>Loadbalancer Active</source>
        <translation>ロードバランサー有効</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The source could not know it (e.g. the live stream has no retry count)</source>
        <translation>ソースからは分かりません (例: ライブストリームにはリトライ回数がありません)</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>チップ</translation>
    </message>
    <message>
        <source>Meaning (Portkey&apos;s label)</source>
        <translation>意味 (Portkey のラベル)</translation>
    </message>
    <message>
        <source>Retry ×3</source>
        <translation>リトライ ×3</translation>
    </message>
    <message>
        <source>Cache Miss (semantic cache)</source>
        <translation>キャッシュミス (セマンティックキャッシュ)</translation>
    </message>
    <message>
        <source>More chips than the column has room for: hover it for the whole list</source>
        <translation>列に収まらないチップの数: マウスを重ねると一覧全体を表示</translation>
    </message>
</context>
<context>
    <name>StreamSubscriber</name>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <source>%1 from the gateway: it requires an admin token</source>
        <translation>ゲートウェイから %1: 管理者トークンが必要です</translation>
    </message>
    <message>
        <source>%1 from the gateway: the admin token was rejected</source>
        <translation>ゲートウェイから %1: 管理者トークンが拒否されました</translation>
    </message>
    <message>
        <source>404 from the gateway: it has no /log/stream (started with --headless or in production mode?)</source>
        <translation>ゲートウェイから 404: /log/stream がありません (--headless または本番モードで起動していませんか?)</translation>
    </message>
    <message>
        <source>HTTP %1 from the gateway&apos;s /log/stream</source>
        <translation>ゲートウェイの /log/stream から HTTP %1</translation>
    </message>
    <message>
        <source>no data from the gateway for %1 s (not even a heartbeat)</source>
        <translation>%1 秒間ゲートウェイからデータがありません (ハートビートもなし)</translation>
    </message>
    <message>
        <source>the gateway ended the stream</source>
        <translation>ゲートウェイがストリームを終了しました</translation>
    </message>
    <message>
        <source>%1; reconnecting in %2 s</source>
        <translation>%1。%2 秒後に再接続します</translation>
    </message>
    <message>
        <source>the stream broke off (gateway restarted?); it keeps no history</source>
        <translation>ストリームが途切れました (ゲートウェイが再起動?)。履歴は保持されません</translation>
    </message>
    <message>
        <source>the stream was interrupted</source>
        <translation>ストリームが中断されました</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>: the gateway restarted (event ids start again at %1)</source>
        <translation>: ゲートウェイが再起動しました (イベント ID が %1 から再開)</translation>
    </message>
    <message>
        <source>: events %1 to %2 never arrived</source>
        <translation>: イベント %1 から %2 は届きませんでした</translation>
    </message>
    <message>
        <source>events %1 to %2 never arrived</source>
        <translation>イベント %1 から %2 は届きませんでした</translation>
    </message>
    <message>
        <source>event ids started again at %1</source>
        <translation>イベント ID が %1 から再開しました</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>イベント %1: %2</translation>
    </message>
    <message>
        <source>gateway stream %1</source>
        <translation>ゲートウェイストリーム %1</translation>
    </message>
    <message>
        <source>the gateway URL is empty</source>
        <translation>ゲートウェイの URL が空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; は http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL (%2)</source>
        <translation>&apos;%1&apos; は有効な URL ではありません (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no host</source>
        <translation>&apos;%1&apos; にホストがありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port must be from 1 to 65535</source>
        <translation>&apos;%1&apos;: ポートは 1 から 65535 の範囲で指定してください</translation>
    </message>
    <message>
        <source>an event larger than %1 MB (the limit): skipped up to its end</source>
        <translation>%1 MB (上限) を超えるイベント: 終わりまでスキップしました</translation>
    </message>
    <message>
        <source>events over the size limit of %1 MB skipped: %2</source>
        <translation>サイズ上限 %1 MB を超えたためスキップしたイベント: %2</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>The image is larger than the limit of %1 MB.</source>
        <translation>画像が上限の %1 MB を超えています。</translation>
    </message>
    <message>
        <source>This image is on the network (%1). Allow network images in the View menu to load it.</source>
        <translation>この画像はネットワーク上にあります (%1)。読み込むには「表示」メニューでネットワーク上の画像を許可してください。</translation>
    </message>
    <message>
        <source>The image could not be decoded.</source>
        <translation>画像をデコードできませんでした。</translation>
    </message>
    <message>
        <source>The log could not be loaded.</source>
        <translation>ログを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The image is not in the log&apos;s bodies.</source>
        <translation>画像はログの本文に含まれていません。</translation>
    </message>
    <message>
        <source>The image took longer than %1 s to load.</source>
        <translation>画像の読み込みに %1 秒以上かかりました。</translation>
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
        <translation>生成された画像 (レスポンス)</translation>
    </message>
    <message>
        <source>Sent image (request)</source>
        <translation>送信した画像 (リクエスト)</translation>
    </message>
    <message>
        <source>Remote image: allow network images in the View menu to load it</source>
        <translation>リモート画像: 読み込むには「表示」メニューでネットワーク上の画像を許可してください</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>クリックして開く</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>Trace / span</source>
        <translation>トレース / スパン</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Loading traces…</source>
        <translation>トレースを読み込んでいます…</translation>
    </message>
    <message>
        <source>Trace %1</source>
        <translation>トレース %1</translation>
    </message>
    <message numerus="yes">
        <source>%n log(s)</source>
        <translation>
            <numerusform>%n 件のログ</numerusform>
        </translation>
    </message>
    <message>
        <source>span %1</source>
        <translation>スパン %1</translation>
    </message>
    <message>
        <source>log %1</source>
        <translation>ログ %1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>attempt %1: %2</source>
        <translation>試行 %1: %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>No traces: none of the logs in the list has a trace id.</source>
        <translation>トレースがありません: 一覧のログにトレース ID を持つものがありません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop log browser for AI gateway traffic</source>
        <translation>AI ゲートウェイのトラフィック用デスクトップ ログブラウザー</translation>
    </message>
    <message>
        <source>Fill an empty store with demo logs.</source>
        <translation>空のストアにデモログを入れます。</translation>
    </message>
    <message>
        <source>Save a screenshot once loaded, then quit.</source>
        <translation>読み込み後にスクリーンショットを保存して終了します。</translation>
    </message>
    <message>
        <source>Start with this filter.</source>
        <translation>このフィルターで開始します。</translation>
    </message>
    <message>
        <source>Select this row of the list.</source>
        <translation>一覧のこの行を選択します。</translation>
    </message>
    <message>
        <source>Open this detail tab (0-4).</source>
        <translation>この詳細タブを開きます (0-4)。</translation>
    </message>
    <message>
        <source>Start in the trace view.</source>
        <translation>トレース表示で開始します。</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>ダークパレットを使用します。</translation>
    </message>
    <message>
        <source>Use this language (de, ja, zh_CN, en) instead of the system&apos;s.</source>
        <translation>システムの言語の代わりにこの言語 (de, ja, zh_CN, en) を使用します。</translation>
    </message>
    <message>
        <source>Do not hand over to a window already running.</source>
        <translation>実行中のウィンドウに引き渡しません。</translation>
    </message>
    <message>
        <source>A gatescope:// link (or Portkey app URL) to open.</source>
        <translation>開く gatescope:// リンク (または Portkey アプリの URL)。</translation>
    </message>
    <message>
        <source>The store to open: a SQLite file or postgresql://user@host:port/dbname (default: the last store opened).</source>
        <translation>開くストア: SQLite ファイルまたは postgresql://user@host:port/dbname (既定: 最後に開いたストア)。</translation>
    </message>
</context>
</TS>
