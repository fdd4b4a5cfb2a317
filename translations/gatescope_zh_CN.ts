<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation type="unfinished">%1（%2）</translation>
    </message>
    <message>
        <source>%1. The live source keeps no history: those logs are not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %n gap(s) in this session.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        </translation>
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
        <translation>读取配置 %1</translation>
    </message>
    <message>
        <source>a config object</source>
        <translation>配置对象</translation>
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
        <source>The secure connection to %1 failed: %2. Verification stays on: install the server&apos;s CA certificate or fix the URL.</source>
        <translation>与 %1 的安全连接失败：%2。验证保持开启：请安装服务器的 CA 证书或修正 URL。</translation>
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
        <source>estimated from the pricing table</source>
        <translation>根据价格表估算</translation>
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
        <source>%1 (weight %2)%3</source>
        <translation>%1（权重 %2）%3</translation>
    </message>
    <message>
        <source>, not synced</source>
        <translation>，未同步</translation>
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
        <source>Config %1 copied to the clipboard</source>
        <translation>配置 %1 已复制到剪贴板</translation>
    </message>
    <message>
        <source>Prompt %1 copied to the clipboard</source>
        <translation>提示 %1 已复制到剪贴板</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 已复制到剪贴板</translation>
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
        <translation>%1 毫秒</translation>
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
        <translation type="unfinished"></translation>
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
        <translation>以前用过的筛选（在栏中按上下键）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply the filter (Enter)</source>
        <translation>应用筛选 (Enter)</translation>
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
        <source>%1 logs imported, %2 already in the store, %3 lines skipped.</source>
        <translation>已导入 %1 条日志，%2 条已在存储中，跳过 %3 行。</translation>
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
        <translation>查找（按 Enter 查找下一个）</translation>
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
        <source>About Gatescope</source>
        <translation>关于 Gatescope</translation>
    </message>
    <message>
        <source>Gatescope %1
A desktop log browser for AI gateway traffic.</source>
        <translation>Gatescope %1
用于 AI 网关流量的桌面日志浏览器。</translation>
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
        <source>%1 logs</source>
        <translation>%1 条日志</translation>
    </message>
    <message>
        <source>%1 logs match the filter</source>
        <translation>%1 条日志符合筛选条件</translation>
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
        <source>%1 demo logs added</source>
        <translation>已添加 %1 条演示日志</translation>
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
        <source>Importing %1 (%2 of %3): %4 logs</source>
        <translation>正在导入 %1（第 %2 个，共 %3 个）：%4 条日志</translation>
    </message>
    <message>
        <source>Imported %1 logs, %2 lines skipped</source>
        <translation>已导入 %1 条日志，跳过 %2 行</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation type="unfinished">
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
    <name>Writer</name>
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
    <name>main</name>
    <message>
        <source>Desktop log browser for AI gateway traffic</source>
        <translation>用于 AI 网关流量的桌面日志浏览器</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>要打开的存储。</translation>
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
</context>
</TS>
