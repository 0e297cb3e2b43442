<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>Check the form</source>
        <translation>请检查表单</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Insecure address</source>
        <translation>地址不安全</translation>
    </message>
    <message>
        <source>Already creating</source>
        <translation>正在创建</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>网络问题</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>已达速率限制</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>正在维护</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <source>The form has a problem: correct the highlighted fields and try again.</source>
        <translation>表单有误：请更正突出显示的字段，然后重试。</translation>
    </message>
    <message>
        <source>No API token is set. Open Settings, enter your ThousandEyes API token, and try again.</source>
        <translation>尚未设置 API 令牌。请打开“设置”，输入您的 ThousandEyes API 令牌，然后重试。</translation>
    </message>
    <message>
        <source>The API address must start with https:// (plain http:// is only allowed for this computer). Correct the base URL in Settings.</source>
        <translation>API 地址必须以 https:// 开头（未加密的 http:// 仅允许用于本机）。请在“设置”中更正基础 URL。</translation>
    </message>
    <message>
        <source>A snapshot is already being created. Wait for it to finish or cancel it.</source>
        <translation>已有快照正在创建。请等待其完成，或将其取消。</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing was changed.</source>
        <translation>请求已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again; if it keeps happening, raise the timeout in Settings.</source>
        <translation>服务器未及时响应。请检查网络连接后重试；如果问题持续出现，请在“设置”中增大超时时间。</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the base URL in Settings and that the server is running.</source>
        <translation>服务器拒绝了连接。请检查“设置”中的基础 URL，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the base URL in Settings and your network connection.</source>
        <translation>找不到服务器名称。请检查“设置”中的基础 URL 以及您的网络连接。</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network and try again.</source>
        <translation>无法连接到服务器。请检查网络后重试。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the base URL, or ask your administrator about a proxy that intercepts HTTPS.</source>
        <translation>无法验证服务器的证书，因此未发送任何内容。请检查基础 URL，或向管理员询问是否存在拦截 HTTPS 的代理。</translation>
    </message>
    <message>
        <source>The server redirected the request too many times, or to an address that is not allowed. Check the base URL in Settings.</source>
        <translation>服务器重定向请求的次数过多，或重定向到了不允许的地址。请检查“设置”中的基础 URL。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than expected and was not read. Check the base URL in Settings.</source>
        <translation>服务器的响应远大于预期，因此未读取。请检查“设置”中的基础 URL。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Check that the base URL and API version in Settings point at the ThousandEyes API.</source>
        <translation>无法解析服务器的响应。请检查“设置”中的基础 URL 和 API 版本是否指向 ThousandEyes API。</translation>
    </message>
    <message>
        <source>The server does not know this API version. Choose the other API version in Settings.</source>
        <translation>服务器不支持此 API 版本。请在“设置”中选择另一个 API 版本。</translation>
    </message>
    <message>
        <source>The server rejected the request as malformed, or the account group is not valid. Check the chosen account group and time range.</source>
        <translation>服务器认为请求格式错误而拒绝了它，或账户组无效。请检查所选的账户组和时间范围。</translation>
    </message>
    <message>
        <source>The server did not accept your credentials. Check the API token (and e-mail address) in Settings; the account may also be locked.</source>
        <translation>服务器未接受您的凭据。请检查“设置”中的 API 令牌（及电子邮件地址）；该账户也可能已被锁定。</translation>
    </message>
    <message>
        <source>Your role is missing the Edit Snapshots permission, or the account group is not one of yours. Ask your ThousandEyes administrator or pick another account group.</source>
        <translation>您的角色缺少“Edit Snapshots”（编辑快照）权限，或该账户组不属于您。请联系您的 ThousandEyes 管理员，或选择其他账户组。</translation>
    </message>
    <message>
        <source>The server could not find that report, dashboard or address. Refresh the list and check the base URL in Settings.</source>
        <translation>服务器找不到该报告、仪表板或地址。请刷新列表，并检查“设置”中的基础 URL。</translation>
    </message>
    <message>
        <source>The server does not allow this operation at this address. Check the base URL and API version in Settings.</source>
        <translation>服务器不允许在此地址执行此操作。请检查“设置”中的基础 URL 和 API 版本。</translation>
    </message>
    <message>
        <source>The server cannot answer in a format this app reads. Check the API version in Settings.</source>
        <translation>服务器无法以本应用可读取的格式响应。请检查“设置”中的 API 版本。</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s format. Check the API version in Settings.</source>
        <translation>服务器不接受该请求的格式。请检查“设置”中的 API 版本。</translation>
    </message>
    <message>
        <source>The API rate limit is used up. Wait a minute and try again.</source>
        <translation>API 速率限制已用尽。请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>The API rate limit is used up. It resets at %1; try again then.</source>
        <translation>API 速率限制已用尽，将于 %1 重置；请届时重试。</translation>
    </message>
    <message>
        <source>The hourly limit for creating snapshots is used up. Try again later.</source>
        <translation>每小时创建快照的限额已用尽。请稍后重试。</translation>
    </message>
    <message>
        <source>The hourly limit for creating snapshots is used up. It resets at %1; try again then.</source>
        <translation>每小时创建快照的限额已用尽，将于 %1 重置；请届时重试。</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later; if it keeps happening, contact ThousandEyes support.</source>
        <extracomment>%1 is an HTTP status code such as 500</extracomment>
        <translation>服务器发生内部错误（HTTP %1）。请稍后重试；如果问题持续出现，请联系 ThousandEyes 支持部门。</translation>
    </message>
    <message>
        <source>The ThousandEyes API is down for maintenance. Try again later.</source>
        <translation>ThousandEyes API 正在停机维护。请稍后重试。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check the base URL and API version in Settings.</source>
        <extracomment>%1 is an HTTP status code such as 418</extracomment>
        <translation>服务器返回了 HTTP 状态 %1。请检查“设置”中的基础 URL 和 API 版本。</translation>
    </message>
    <message>
        <source>Token saved for another address</source>
        <translation>令牌是为另一个地址保存的</translation>
    </message>
    <message>
        <source>The saved token was saved for another API address, so it is not sent to this one. Type the token for this address to test it, or press OK and confirm once that the saved token may be used here.</source>
        <translation>已保存的令牌是为另一个 API 地址保存的，因此不会发送到此地址。要测试此地址，请输入此地址的令牌；或按“确定”，并确认一次可以在此处使用已保存的令牌。</translation>
    </message>
    <message>
        <source>Outcome not known yet</source>
        <translation>结果尚不明确</translation>
    </message>
    <message>
        <source>The request was sent, but the connection ended before the server&apos;s answer arrived, so the snapshot may have been made. Snapshot Desk is checking the server&apos;s list of snapshots; do not send it again until that check says it was not made.</source>
        <translation>请求已发送，但在服务器的应答到达之前连接已中断，因此快照可能已经创建。Snapshot Desk 正在检查服务器的快照列表；在确认未创建之前，请不要再次发送。</translation>
    </message>
</context>
<context>
    <name>BatchSpec</name>
    <message>
        <source>Choose at least one report.</source>
        <translation>请至少选择一个报告。</translation>
    </message>
    <message>
        <source>Choose at least one dashboard.</source>
        <translation>请至少选择一个仪表板。</translation>
    </message>
    <message>
        <source>Enter a name template, for example &quot;{source} {from:yyyy-MM-dd}&quot;.</source>
        <translation>请输入名称模板，例如 &quot;{source} {from:yyyy-MM-dd}&quot;。</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>written by a newer version (schema %1)</source>
        <extracomment>Why a history entry was skipped; %1 is a number</extracomment>
        <translation>由较新版本写入（架构 %1）</translation>
    </message>
    <message>
        <source>no valid creation time</source>
        <translation>没有有效的创建时间</translation>
    </message>
    <message>
        <source>a created snapshot without an ID</source>
        <translation>已创建的快照缺少 ID</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>不是文本</translation>
    </message>
    <message>
        <source>not a history record</source>
        <translation>不是历史记录</translation>
    </message>
    <message>
        <source>a damaged history record</source>
        <translation>已损坏的历史记录</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>配置文件需要一个名称。</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>配置文件名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters.</source>
        <translation>配置文件名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \ or control characters.</source>
        <translation>配置文件名称不能包含 /、\ 或控制字符。</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的配置文件。</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>it has no &quot;name&quot;.</source>
        <translation>缺少 &quot;name&quot;。</translation>
    </message>
    <message>
        <source>&quot;sources&quot; must be a non-empty list of reports or dashboards.</source>
        <translation>&quot;sources&quot; 必须是非空的报告或仪表板列表。</translation>
    </message>
    <message>
        <source>source %1 has no &quot;id&quot;.</source>
        <translation>来源 %1 缺少 &quot;id&quot;。</translation>
    </message>
    <message>
        <source>&quot;range&quot; is &quot;%1&quot;; expected one of %2.</source>
        <translation>&quot;range&quot; 为 &quot;%1&quot;；应为 %2 之一。</translation>
    </message>
    <message>
        <source>it has no &quot;nameTemplate&quot;.</source>
        <translation>缺少 &quot;nameTemplate&quot;。</translation>
    </message>
    <message>
        <source>&quot;apiVersion&quot; is &quot;%1&quot;; expected &quot;v6&quot; or &quot;v7&quot;.</source>
        <translation>&quot;apiVersion&quot; 为 &quot;%1&quot;；应为 &quot;v6&quot; 或 &quot;v7&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 sources; a routine can have at most %3: split it into several routines.</source>
        <translation>“%1”有 %2 个来源；一个例程最多只能有 %3 个：请将其拆分为多个例程。</translation>
    </message>
    <message>
        <source>source %1 of &quot;%2&quot; has &quot;id&quot; %3, which is not a whole number from 0 to %4: write the id as ThousandEyes shows it, in quotes, e.g. &quot;1234&quot;.</source>
        <translation>“%2”的来源 %1 的“id”为 %3，不是 0 到 %4 之间的整数：请按 ThousandEyes 显示的样子用引号书写，例如 &quot;1234&quot;。</translation>
    </message>
    <message>
        <source>&quot;aid&quot; of &quot;%1&quot; is %2, which is not a whole number from 0 to %3: write the account group ID as ThousandEyes shows it, in quotes, e.g. &quot;1234&quot;.</source>
        <translation>“%1”的“aid”为 %2，不是 0 到 %3 之间的整数：请按 ThousandEyes 显示的样子用引号书写帐户组 ID，例如 &quot;1234&quot;。</translation>
    </message>
</context>
<context>
    <name>ServerSnapshot</name>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>服务器的响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;dashboardSnapshots&quot; list.</source>
        <translation>服务器的响应中没有 &quot;dashboardSnapshots&quot; 列表。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API 版本(&amp;V):</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API 版本</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B):</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>身份验证(&amp;A):</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E):</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API 令牌(&amp;T):</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>The token comes from the environment (TE_TOKEN or TE_BASIC_TOKEN) for this run; it is not saved and cannot be changed here.</source>
        <translation>本次运行的令牌来自环境变量（TE_TOKEN 或 TE_BASIC_TOKEN）；它不会被保存，也无法在此处更改。</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I):</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;History limit:</source>
        <translation>历史记录上限(&amp;H):</translation>
    </message>
    <message>
        <source>History limit</source>
        <translation>历史记录上限</translation>
    </message>
    <message>
        <source> entries</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>重启后生效。</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>服务器的响应为空。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>服务器的响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no snapshot ID.</source>
        <translation>服务器的响应中没有快照 ID。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an empty (null) snapshot ID.</source>
        <translation>服务器的响应中快照 ID 为空值（null）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a snapshot ID that is not text.</source>
        <translation>服务器的响应中快照 ID 不是文本。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an empty snapshot ID.</source>
        <translation>服务器的响应中快照 ID 为空。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an implausibly long snapshot ID.</source>
        <translation>服务器的响应中快照 ID 长度异常。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a snapshot ID that is not a whole number.</source>
        <translation>服务器的回答中的快照 ID 不是整数。</translation>
    </message>
</context>
<context>
    <name>SnapshotForm</name>
    <message>
        <source>&amp;Account group:</source>
        <translation>账户组(&amp;A):</translation>
    </message>
    <message>
        <source>Account group</source>
        <translation>账户组</translation>
    </message>
    <message>
        <source>The account group the snapshot is created in</source>
        <translation>将在其中创建快照的账户组</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>仪表板(&amp;D):</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Reload the list from the server (F5)</source>
        <translation>从服务器重新加载列表（F5）</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>显示名称(&amp;N):</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>时间范围(&amp;T):</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>开始(&amp;M):</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>结束(&amp;O):</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>E&amp;xpiration date:</source>
        <translation>到期日期(&amp;X):</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Anon&amp;ymize data</source>
        <translation>匿名化数据(&amp;Y)</translation>
    </message>
    <message>
        <source>Anonymize data</source>
        <translation>匿名化数据</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>创建快照(&amp;C)</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <source>Create the snapshot (Ctrl+Return)</source>
        <translation>创建快照（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>取消(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the request (Esc)</source>
        <translation>停止请求（Esc）</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>正在创建</translation>
    </message>
</context>
<context>
    <name>SnapshotRequest</name>
    <message>
        <source>Enter a name for the snapshot.</source>
        <translation>请输入快照名称。</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: shorten it to %n characters or fewer.</source>
        <translation>
            <numerusform>名称过长：请缩短至 %n 个字符以内。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>请选择一个报告。</translation>
    </message>
    <message>
        <source>Choose a dashboard.</source>
        <translation>请选择一个仪表板。</translation>
    </message>
    <message>
        <source>Enter a start date and time.</source>
        <translation>请输入开始日期和时间。</translation>
    </message>
    <message>
        <source>Enter an end date and time.</source>
        <translation>请输入结束日期和时间。</translation>
    </message>
    <message>
        <source>The start must be earlier than the end.</source>
        <translation>开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <source>The end is in the future: choose a time no later than now.</source>
        <translation>结束时间在将来：请选择不晚于当前的时间。</translation>
    </message>
    <message>
        <source>The expiration date has passed: choose a later date.</source>
        <translation>到期日期已过：请选择更晚的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone: use a name like Europe/Berlin.</source>
        <translation>“%1”不是已知的时区：请使用类似 Europe/Berlin 的名称。</translation>
    </message>
    <message>
        <source>The name contains a tab, line break or other control character: remove it.</source>
        <translation>名称包含制表符、换行符或其他控制字符：请将其删除。</translation>
    </message>
    <message numerus="yes">
        <source>The expiration date is too far ahead: the API allows at most %n years from now, so choose %1 or earlier.</source>
        <extracomment>%1 is the latest allowed expiration, local time, yyyy-MM-dd HH:mm</extracomment>
        <translation>
            <numerusform>过期日期太远：API 最多允许从现在起 %n 年，请选择 %1 或更早的时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The range is longer than %n days; ThousandEyes keeps test data for about 90 days, so most of the snapshot will be empty.</source>
        <translation>
            <numerusform>时间范围超过 %n 天；ThousandEyes 仅保留约 90 天的测试数据，因此快照的大部分内容将为空。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>&quot;%1&quot; is not a valid API address. Use a URL such as https://api.thousandeyes.com/v7.</source>
        <translation>“%1”不是有效的 API 地址。请使用类似 https://api.thousandeyes.com/v7 的 URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http:// to another computer. Use https://; http:// is only allowed for this computer.</source>
        <translation>“%1”对其他计算机使用了未加密的 http://。请使用 https://；http:// 仅允许用于本机。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API version. Use v6 or v7.</source>
        <translation>“%1”不是 API 版本。请使用 v6 或 v7。</translation>
    </message>
    <message>
        <source>Create ThousandEyes report and dashboard snapshots.

Environment: TE_API_URL, TE_API_VERSION (v6 or v7), TE_TOKEN (bearer token), TE_EMAIL with TE_BASIC_TOKEN (v6 basic authentication). Tokens from the environment are used for this run and never saved.</source>
        <translation>创建 ThousandEyes 报告和仪表板快照。

环境变量：TE_API_URL、TE_API_VERSION（v6 或 v7）、TE_TOKEN（Bearer 令牌）、TE_EMAIL 与 TE_BASIC_TOKEN（v6 基本身份验证）。来自环境变量的令牌仅用于本次运行，绝不会被保存。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本信息并退出。</translation>
    </message>
    <message>
        <source>Start with the built-in simulated API; no account needed.</source>
        <translation>使用内置的模拟 API 启动；无需账户。</translation>
    </message>
    <message>
        <source>Use this API base URL.</source>
        <translation>使用此 API 基础 URL。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use this API version: v6 or v7.</source>
        <translation>使用此 API 版本：v6 或 v7。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Keep settings and history in this INI file.</source>
        <translation>将设置和历史记录保存在此 INI 文件中。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help.</source>
        <translation>意外的参数“%1”。请参阅 --help。</translation>
    </message>
    <message>
        <source>TE_EMAIL and TE_BASIC_TOKEN must be set together.</source>
        <translation>TE_EMAIL 和 TE_BASIC_TOKEN 必须同时设置。</translation>
    </message>
    <message>
        <source>Use this profile (account) for this run.</source>
        <translation>本次运行使用此配置文件（帐户）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>--profile needs the name of a profile.</source>
        <translation>--profile 需要配置文件名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a user name or password in it. Leave them out: the token goes in TE_TOKEN or the keychain.</source>
        <translation>“%1”中包含用户名或密码。请删除它们：令牌应放在 TE_TOKEN 或钥匙串中。</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Last hour</source>
        <translation>过去 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>过去 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>没有配置文件“%1”。配置文件：%2。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::BatchDialog</name>
    <message>
        <source>less than a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>约 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Batch of snapshots</source>
        <translation>快照批处理</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Name template</source>
        <translation>名称模板</translation>
    </message>
    <message>
        <source>{source}, {group}, {from:yyyy-MM-dd} and {to:yyyy-MM-dd} are filled in for each snapshot; any QDateTime format may follow the colon.</source>
        <translation>将为每个快照填入 {source}、{group}、{from:yyyy-MM-dd} 和 {to:yyyy-MM-dd}；冒号后可使用任意 QDateTime 格式。</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>报告(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Dashboards:</source>
        <translation>仪表板(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>时间范围(&amp;T):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>开始(&amp;M):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>结束(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Name template:</source>
        <translation>名称模板(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始创建(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ancel batch</source>
        <translation>取消批处理(&amp;A)</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>重试失败项(&amp;Y)</translation>
    </message>
    <message>
        <source>Send again every snapshot that failed or was not sent</source>
        <translation>重新发送所有失败或未发送的快照</translation>
    </message>
    <message>
        <source>Save as ro&amp;utine…</source>
        <translation>另存为例程(&amp;U)…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>结果(&amp;L):</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>已选择 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>First name: %1</source>
        <translation>第一个名称：%1</translation>
    </message>
    <message>
        <source>Choose the sources and press Start.</source>
        <translation>请选择来源，然后点击“开始创建”。</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>The hourly snapshot limit is reached: the remaining %n go at %1, by themselves if this app stays open.</source>
        <translation>
            <numerusform>已达到每小时快照限额：如果本应用保持打开，其余 %n 个将于 %1 自动发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余%1</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>已创建 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 个未发送</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>created, ID %1</source>
        <translation>已创建，ID 为 %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Enter a name for the routine.</source>
        <translation>请输入例程名称。</translation>
    </message>
    <message>
        <source>A routine needs a relative time range, such as Last week; choose one instead of Custom.</source>
        <translation>例程需要相对时间范围（例如“上周”）；请选择此类范围，而不是“自定义”。</translation>
    </message>
    <message>
        <source>Choose at least one report.</source>
        <translation>请至少选择一个报告。</translation>
    </message>
    <message>
        <source>Choose at least one dashboard.</source>
        <translation>请至少选择一个仪表板。</translation>
    </message>
    <message>
        <source>Save as routine</source>
        <translation>另存为例程</translation>
    </message>
    <message>
        <source>Routine &amp;name:</source>
        <translation>例程名称(&amp;N):</translation>
    </message>
    <message>
        <source>Routine &quot;%1&quot; saved; run it from the Routines menu.</source>
        <translation>已保存例程“%1”；您可以从“例程”菜单运行它。</translation>
    </message>
    <message>
        <source>Stopped at the first refusal, so that the rest are not refused too: %1</source>
        <translation>已在第一次被拒绝时停止，以免其余请求也被拒绝：%1</translation>
    </message>
    <message>
        <source>A routine can have at most %1 reports, and %2 are chosen: uncheck some, or save them as several routines.</source>
        <translation>一个例程最多可有 %1 个报告，当前选择了 %2 个：请取消勾选一些，或保存为多个例程。</translation>
    </message>
    <message>
        <source>A routine can have at most %1 dashboards, and %2 are chosen: uncheck some, or save them as several routines.</source>
        <translation>一个例程最多可有 %1 个仪表板，当前选择了 %2 个：请取消勾选一些，或保存为多个例程。</translation>
    </message>
    <message numerus="yes">
        <source>%n being checked</source>
        <translation>
            <numerusform>%n 个正在检查</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome unknown, checking the server&apos;s list…</source>
        <translation>结果未知，正在检查服务器列表…</translation>
    </message>
    <message>
        <source>{source} the report or dashboard, {group} the account group, {from:yyyy-MM-dd} and {to:HH:mm} the range in any date format.</source>
        <translation>{source} 为报告或仪表板，{group} 为账户组，{from:yyyy-MM-dd} 和 {to:HH:mm} 为任意日期格式的时间范围。</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Anonymize data</source>
        <translation>匿名化数据</translation>
    </message>
    <message>
        <source>Account group:</source>
        <translation>账户组：</translation>
    </message>
    <message>
        <source>E&amp;xpiration date:</source>
        <translation>到期日期(&amp;X):</translation>
    </message>
    <message>
        <source>Anonymi&amp;ze data</source>
        <translation>匿名化数据(&amp;Z)</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::CredentialStore</name>
    <message>
        <source>No keychain is available on this system, so the token is kept for this session only.</source>
        <translation>此系统上没有可用的钥匙串，因此令牌仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so the token is kept for this session only. Unlock it and save again to keep it.</source>
        <translation>钥匙串已锁定或拒绝访问，因此令牌仅在本次会话中保留。请解锁钥匙串并再次保存，以便长期保留令牌。</translation>
    </message>
    <message>
        <source>The keychain reported a problem (%1), so the token is kept for this session only.</source>
        <extracomment>%1 is the keychain&apos;s own error text (often English)</extracomment>
        <translation>钥匙串报告了问题（%1），因此令牌仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>此系统上没有可用的钥匙串。</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again.</source>
        <translation>钥匙串已锁定或拒绝访问。请解锁后重试。</translation>
    </message>
    <message>
        <source>The keychain reported a problem (%1).</source>
        <extracomment>%1 is the keychain&apos;s own error text (often English)</extracomment>
        <translation>钥匙串报告了一个问题（%1）。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ExpirationDialog</name>
    <message>
        <source>Change expiration</source>
        <translation>更改到期日期</translation>
    </message>
    <message>
        <source>Keep the snapshot &quot;%1&quot; until the end of:</source>
        <translation>将快照“%1”保留至以下日期结束:</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>到期日期(&amp;E):</translation>
    </message>
    <message numerus="yes">
        <source>At most %n years ahead.</source>
        <translation>
            <numerusform>最多可设为 %n 年之后。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryModel</name>
    <message>
        <source>Created</source>
        <comment>snapshot status</comment>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the snapshot was made</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Report or dashboard</source>
        <translation>报告或仪表板</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Account group</source>
        <translation>账户组</translation>
    </message>
    <message>
        <source>Snapshot ID</source>
        <translation>快照 ID</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unknown — checking…</source>
        <comment>snapshot status: sent, answer lost</comment>
        <translation>未知 — 正在检查…</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so the snapshot may exist. Snapshot Desk looks for it in the server&apos;s list (again at every refresh) and shows the outcome here; do not send it again until then.</source>
        <translation>请求已发送，但其应答丢失，因此快照可能已存在。Snapshot Desk 会在服务器列表中查找它（每次刷新时再次查找），并在此显示结果；在此之前请不要再次发送。</translation>
    </message>
    <message>
        <source>%1
Snapshot ID: %2</source>
        <translation>%1
快照 ID：%2</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>column: the account the snapshot was made with</comment>
        <translation>配置文件</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryStore</name>
    <message>
        <source>The history file %1 is damaged; new entries are kept until the app closes.</source>
        <translation>历史记录文件 %1 已损坏；新条目将保留到应用关闭为止。</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: check that the file and its folder are writable.</source>
        <translation>无法将历史记录保存到 %1：请检查该文件及其所在文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryView</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;U):</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Name, ID, report, account group…</source>
        <translation>名称、ID、报告、账户组…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Use these settings again</source>
        <translation>再次使用这些设置(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Clea&amp;r history…</source>
        <translation>清除历史记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Fill in the form with this entry&apos;s report or dashboard, times and options</source>
        <translation>用此条目的报告或仪表板、时间和选项填写表单</translation>
    </message>
    <message>
        <source>Remove the selected entries from this list; the snapshots stay on ThousandEyes</source>
        <translation>从此列表中移除所选条目；快照仍保留在 ThousandEyes 上</translation>
    </message>
    <message>
        <source>Copied the snapshot ID %1.</source>
        <translation>已复制快照 ID %1。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n snapshot IDs.</source>
        <translation>
            <numerusform>已复制 %n 个快照 ID。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n link(s).</source>
        <translation>
            <numerusform>已复制 %n 个链接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select at most %n entries to open at once.</source>
        <translation>
            <numerusform>一次最多只能打开 %n 个条目，请减少选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete History Entries</source>
        <translation>删除历史记录条目</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n history entries? The snapshots themselves stay on ThousandEyes.</source>
        <translation>
            <numerusform>要删除 %n 个历史记录条目吗？快照本身仍保留在 ThousandEyes 上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>清除历史记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n history entries? The snapshots themselves stay on ThousandEyes.</source>
        <translation>
            <numerusform>要删除全部 %n 个历史记录条目吗？快照本身仍保留在 ThousandEyes 上。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear History</source>
        <translation>清除历史记录(&amp;L)</translation>
    </message>
    <message>
        <source>Could not export the history to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法将历史记录导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已将 %n 个条目导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>snapshot-history-selection.csv</source>
        <translation>snapshot-history-selection.csv</translation>
    </message>
    <message>
        <source>snapshot-history.csv</source>
        <translation>snapshot-history.csv</translation>
    </message>
    <message>
        <source>Export Selection to CSV</source>
        <translation>将所选项导出为 CSV</translation>
    </message>
    <message>
        <source>Export History to CSV</source>
        <translation>将历史记录导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No snapshots yet. Every snapshot you create, and every attempt that fails, is listed here.</source>
        <translation>尚无快照。您创建的每个快照以及每次失败的尝试都会列在此处。</translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation>没有与筛选条件匹配的条目。</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <source>Export &amp;selected entries to CSV…</source>
        <translation>将所选条目导出为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Export the &amp;whole history to CSV…</source>
        <translation>将全部历史记录导出为 CSV(&amp;W)…</translation>
    </message>
    <message>
        <source>Write the selected entries to a CSV file</source>
        <translation>将所选条目写入 CSV 文件</translation>
    </message>
    <message>
        <source>Write every entry of the history to a CSV file, whatever the filter shows</source>
        <translation>将历史记录的所有条目写入 CSV 文件，不受筛选条件影响</translation>
    </message>
    <message>
        <source>Prof&amp;ile:</source>
        <translation>配置文件(&amp;I):</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>所有配置文件</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n history entries could not be read and were skipped (%1).</source>
        <translation>
            <numerusform>有 %n 个历史记录条目无法读取，已跳过（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file had damaged lines, which were left out.</source>
        <translation>设置文件中有损坏的行，已将其忽略。</translation>
    </message>
    <message>
        <source>A copy of the damaged file could not be kept.</source>
        <translation>无法保留损坏文件的副本。</translation>
    </message>
    <message>
        <source>A copy of the damaged file was kept as %1.</source>
        <translation>损坏文件的副本已保存为 %1。</translation>
    </message>
    <message>
        <source>Everything readable was kept.</source>
        <translation>所有可读取的内容均已保留。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>快照(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>创建快照(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refresh lists</source>
        <translation>刷新列表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Snapshot Desk</source>
        <translation>关于 Snapshot Desk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Your account has no account groups that can create snapshots.</source>
        <translation>您的账户中没有可以创建快照的账户组。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;V)</translation>
    </message>
    <message>
        <source>Open &amp;settings</source>
        <translation>打开设置(&amp;G)</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; created with ID %2.</source>
        <translation>已创建快照“%1”，ID 为 %2。</translation>
    </message>
    <message>
        <source>The form now holds the settings of &quot;%1&quot;. Check the time range, then create.</source>
        <translation>表单已填入“%1”的设置。请检查时间范围，然后创建。</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>仍然创建(&amp;W)</translation>
    </message>
    <message>
        <source>No ThousandEyes account is set up yet. Try the demo with a simulated API, or enter your API token in Settings.</source>
        <translation>尚未设置 ThousandEyes 账户。请使用模拟 API 试用演示，或在“设置”中输入您的 API 令牌。</translation>
    </message>
    <message>
        <source>dashboard snapshots (v7)</source>
        <translation>仪表板快照（v7）</translation>
    </message>
    <message>
        <source>report snapshots (v6)</source>
        <translation>报告快照（v6）</translation>
    </message>
    <message>
        <source>Demo mode: simulated API, nothing is sent to ThousandEyes</source>
        <translation>演示模式：使用模拟 API，不会向 ThousandEyes 发送任何内容</translation>
    </message>
    <message>
        <source>Connected to %1 — %2</source>
        <translation>已连接到 %1 — %2</translation>
    </message>
    <message>
        <source>About Snapshot Desk</source>
        <translation>关于 Snapshot Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Snapshot Desk %1&lt;/h3&gt;&lt;p&gt;Create ThousandEyes report and dashboard snapshots in one step, keep a searchable history, and see how much of the API rate limit is left.&lt;/p&gt;&lt;p&gt;API tokens are kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Snapshot Desk %1&lt;/h3&gt;&lt;p&gt;一步创建 ThousandEyes 报告和仪表板快照，保留可搜索的历史记录，并查看 API 速率限制的剩余额度。&lt;/p&gt;&lt;p&gt;API 令牌保存在系统钥匙串中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Server snapshots</source>
        <translation>服务器快照</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>例程(&amp;Z)</translation>
    </message>
    <message numerus="yes">
        <source>The hourly snapshot limit is reached. The remaining %n snapshots of the batch will be created at %1, by themselves if the app stays open.</source>
        <translation>
            <numerusform>已达到每小时快照限额。如果应用保持打开，批处理中其余 %n 个快照将于 %1 自动创建。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;batch</source>
        <translation>显示批处理(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>Batch finished: %n created</source>
        <translation>
            <numerusform>批处理已完成：已创建 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 个未发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>重试失败项(&amp;V)</translation>
    </message>
    <message>
        <source>New &amp;batch…</source>
        <translation>新建批处理(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Manage routines…</source>
        <translation>管理例程(&amp;M)…</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot;</source>
        <translation>运行“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Running &quot;%1&quot;: %n snapshots, one after another.</source>
        <translation>
            <numerusform>正在运行“%1”：将逐个创建 %n 个快照。</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved API token was saved for %1, but the app is set to use %2 (by Settings, the command line or TE_API_URL), so the token was not sent. Send it to %2 only if you trust that address.</source>
        <translation>已保存的 API 令牌是为 %1 保存的，但应用被设置为使用 %2（通过设置、命令行或 TE_API_URL），因此未发送该令牌。仅当您信任该地址时才将其发送到 %2。</translation>
    </message>
    <message>
        <source>&amp;Use the token for %1</source>
        <translation>将令牌用于 %1(&amp;U)</translation>
    </message>
    <message>
        <source>The server did make &quot;%1&quot; before the connection ended: ID %2.</source>
        <translation>服务器在连接中断前已创建“%1”：ID %2。</translation>
    </message>
    <message>
        <source>Checked &quot;%1&quot;: %2</source>
        <translation>已检查“%1”：%2</translation>
    </message>
    <message>
        <source>Whether &quot;%1&quot; was made is still unknown: the server&apos;s list could not be read. %2</source>
        <translation>仍不清楚“%1”是否已创建：无法读取服务器列表。%2</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再次检查(&amp;A)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Not connected: no API token for %1</source>
        <translation>未连接：没有 %1 的 API 令牌</translation>
    </message>
    <message>
        <source>No ThousandEyes account is set up: enter your API token in Settings, or try the demo.</source>
        <translation>尚未设置 ThousandEyes 帐户：请在设置中输入您的 API 令牌，或试用演示。</translation>
    </message>
    <message>
        <source>No web browser could be opened. The link is copied: paste it into a browser&apos;s address bar. %1</source>
        <translation>无法打开任何网络浏览器。链接已复制：请将其粘贴到浏览器的地址栏中。%1</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>配置文件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>新建配置文件(&amp;N)…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>A profile is one ThousandEyes account: its API version, address and token.
Name:</source>
        <translation>配置文件对应一个 ThousandEyes 帐户：其 API 版本、地址和令牌。
名称：</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置文件：%1</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>Open the user guide in the browser</source>
        <translation>在浏览器中打开用户指南</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>报告问题(&amp;R)…</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Snapshot Desk %1 (Qt %2) on %3
API: %4, %5
Settings: %6
History: %7
Messages: written to the terminal the app was started from (standard error); start it with QT_LOGGING_RULES=&quot;snapshotdesk.*.debug=true&quot; for more.</source>
        <translation>Snapshot Desk %1 (Qt %2)，运行于 %3
API：%4，%5
设置：%6
历史记录：%7
消息：输出到启动本应用的终端（标准错误）；使用 QT_LOGGING_RULES=&quot;snapshotdesk.*.debug=true&quot; 启动可查看更多信息。</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Report a Problem</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <source>Please describe what you did, what you expected and what happened, and paste these details into the report:</source>
        <translation>请描述您的操作、预期结果和实际发生的情况，并将以下信息粘贴到报告中：</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Issue Tracker</source>
        <translation>打开问题跟踪器(&amp;O)</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::OutcomeCheck</name>
    <message>
        <source>The connection ended before the server answered, and the server&apos;s list has no snapshot of this name and range: it was not made, and can be sent again.</source>
        <translation>在服务器应答前连接已中断，且服务器列表中没有此名称和时间范围的快照：它未被创建，可以再次发送。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RateLimitIndicator</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop waiting and cancel the request</source>
        <translation>停止等待并取消请求</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: retrying in %n s</source>
        <translation>
            <numerusform>已达速率限制：%n 秒后重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limit reached: sending in %n s</source>
        <translation>
            <numerusform>已达速率限制：%n 秒后发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <extracomment>Status bar: %1 requests remaining of %2 allowed per minute</extracomment>
        <translation>速率限制：剩余 %1/%2</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left, resets in %3</source>
        <extracomment>Status bar: %1 remaining of %2 per minute; %3 a duration such as &quot;42 s&quot; or &quot;3 min&quot;</extracomment>
        <translation>速率限制：剩余 %1/%2，%3后重置</translation>
    </message>
    <message>
        <source> (low)</source>
        <translation>（余量不足）</translation>
    </message>
    <message>
        <source>Rate limit: not known yet</source>
        <translation>速率限制：暂不可知</translation>
    </message>
    <message>
        <source>Snapshots this hour: %1 of %2 left</source>
        <extracomment>Status bar, v7 only: %1 snapshot creations remaining of %2 per hour</extracomment>
        <translation>本小时快照：剩余 %1/%2</translation>
    </message>
    <message>
        <source>Snapshots this hour: none left, resets in %1</source>
        <extracomment>%1 is a duration such as &quot;42 s&quot; or &quot;3 min&quot;</extracomment>
        <translation>本小时快照：已用尽，%1后重置</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <extracomment>Status bar, short form of &quot;Rate limited: retrying in %n s&quot;</extracomment>
        <translation>
            <numerusform>%n 秒后重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s</source>
        <extracomment>Status bar, short form of &quot;Rate limit reached: sending in %n s&quot;</extracomment>
        <translation>
            <numerusform>%n 秒后发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests: %1/%2</source>
        <extracomment>Status bar, short: %1 API requests left of %2 this minute</extracomment>
        <translation>请求：%1/%2</translation>
    </message>
    <message>
        <source>Requests: %1/%2, reset in %3</source>
        <extracomment>Status bar, short: %1 of %2 requests left; %3 a duration such as &quot;42 s&quot;</extracomment>
        <translation>请求：%1/%2，%3 后重置</translation>
    </message>
    <message>
        <source>Requests: not known yet</source>
        <extracomment>Status bar, short form of &quot;Rate limit: not known yet&quot;</extracomment>
        <translation>请求：尚不清楚</translation>
    </message>
    <message>
        <source>Snapshots: %1/%2</source>
        <extracomment>Status bar, short: %1 snapshot creations left of %2 this hour</extracomment>
        <translation>快照：%1/%2</translation>
    </message>
    <message>
        <source>Snapshots: 0, reset in %1</source>
        <extracomment>Status bar, short: no snapshot creations left; %1 a duration such as &quot;42 s&quot;</extracomment>
        <translation>快照：0，%1 后重置</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Snapshot &amp;ID:</source>
        <translation>快照 ID(&amp;I):</translation>
    </message>
    <message>
        <source>Snapshot ID</source>
        <translation>快照 ID</translation>
    </message>
    <message>
        <source>Create a snapshot to see its ID here</source>
        <translation>创建快照后，其 ID 将显示在此处</translation>
    </message>
    <message>
        <source>Co&amp;py ID</source>
        <translation>复制 ID(&amp;P)</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Snapshot ID copied.</source>
        <translation>已复制快照 ID。</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>已复制链接。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, created %2</source>
        <extracomment>Under the snapshot ID: %1 the snapshot&apos;s name, %2 when it was made (2026-12-03 14:09)</extracomment>
        <translation>“%1”，创建于 %2</translation>
    </message>
    <message>
        <source>Outcome unknown: checking the server&apos;s list for &quot;%1&quot;.</source>
        <translation>结果未知：正在服务器列表中查找“%1”。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RoutineStore</name>
    <message>
        <source>The routine could not be saved to %1: check that the file and its folder are writable.</source>
        <translation>无法将例程保存到 %1：请检查该文件及其所在文件夹是否可写。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>This is not a routines file: it is not valid JSON (%1 at character %2).</source>
        <translation>这不是例程文件：它不是有效的 JSON（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <source>This is not a routines file: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>这不是例程文件：&quot;format&quot; 必须为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The routines file has no valid &quot;version&quot;.</source>
        <translation>例程文件中没有有效的 &quot;version&quot;。</translation>
    </message>
    <message>
        <source>The routines file was written by a newer Snapshot Desk (format %1); this version reads format %2.</source>
        <translation>例程文件由较新版本的 Snapshot Desk 写入（格式 %1）；此版本只能读取格式 %2。</translation>
    </message>
    <message>
        <source>The routines file has no &quot;routines&quot; list.</source>
        <translation>例程文件中没有 &quot;routines&quot; 列表。</translation>
    </message>
    <message>
        <source>Routine %1 in the file is not an object.</source>
        <translation>文件中的例程 %1 不是对象。</translation>
    </message>
    <message>
        <source>Routine %1 in the file cannot be read: %2</source>
        <translation>无法读取文件中的例程 %1：%2</translation>
    </message>
    <message>
        <source>The routines could not be written to %1: %2</source>
        <translation>无法将例程写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1（已导入）</translation>
    </message>
    <message>
        <source>The routine could not be deleted from %1: check that the file and its folder are writable.</source>
        <translation>无法从 %1 删除例程：请检查该文件及其文件夹是否可写。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe or a device): choose a routines file that Snapshot Desk exported.</source>
        <translation>%1 不是普通文件（而是文件夹、管道或设备）：请选择由 Snapshot Desk 导出的例程文件。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too large to be a routines file (more than %n MiB): choose a file that Snapshot Desk exported.</source>
        <translation>
            <numerusform>%1 太大，不可能是例程文件（超过 %n MiB）：请选择由 Snapshot Desk 导出的文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RoutinesDialog</name>
    <message>
        <source>Routines</source>
        <translation>例程</translation>
    </message>
    <message>
        <source>&amp;Routines:</source>
        <translation>例程(&amp;R):</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>运行(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Export routines</source>
        <translation>导出例程</translation>
    </message>
    <message>
        <source>Routines (*.json)</source>
        <translation>例程 (*.json)</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>导入例程</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n sources, %2</source>
        <translation>
            <numerusform>%1 — %n 个来源，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Name template: %1
Account group: %2
API: %3</source>
        <translation>名称模板：%1
账户组：%2
API：%3</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>重命名例程</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>删除例程</translation>
    </message>
    <message>
        <source>Delete the routine &quot;%1&quot;? Snapshots it made stay.</source>
        <translation>要删除例程“%1”吗？它创建的快照将会保留。</translation>
    </message>
    <message>
        <source>Routines exported to %1.</source>
        <translation>已将例程导出到 %1。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n routines imported.</source>
        <translation>
            <numerusform>已导入 %n 个例程。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotCatalog</name>
    <message>
        <source>The snapshot ID &quot;%1&quot; is not valid.</source>
        <translation>快照 ID“%1”无效。</translation>
    </message>
    <message>
        <source>Choose an expiration date.</source>
        <translation>请选择到期日期。</translation>
    </message>
    <message>
        <source>The expiration date must be in the future.</source>
        <translation>到期日期必须是将来的日期。</translation>
    </message>
    <message>
        <source>Report snapshots (v6) do not expire, so there is no date to change.</source>
        <translation>报告快照（v6）不会过期，因此没有可更改的日期。</translation>
    </message>
    <message>
        <source>Not sent: the server refused the credentials for &quot;%1&quot;.</source>
        <translation>未发送：服务器拒绝了“%1”的凭据。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotModel</name>
    <message>
        <source>In history</source>
        <translation>在历史记录中</translation>
    </message>
    <message>
        <source>Created elsewhere</source>
        <translation>在别处创建</translation>
    </message>
    <message>
        <source>Gone from the server</source>
        <translation>已从服务器消失</translation>
    </message>
    <message>
        <source>This snapshot is in your history but no longer on the server: it was deleted or has expired.</source>
        <translation>此快照在您的历史记录中，但已不在服务器上：它已被删除或已过期。</translation>
    </message>
    <message>
        <source>Double-click to open in the browser</source>
        <translation>双击以在浏览器中打开</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotsView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the list of snapshots from the server again</source>
        <translation>从服务器重新读取快照列表</translation>
    </message>
    <message>
        <source>&amp;Delete on server…</source>
        <translation>在服务器上删除(&amp;Q)…</translation>
    </message>
    <message>
        <source>Delete on server…</source>
        <translation>在服务器上删除…</translation>
    </message>
    <message>
        <source>Change e&amp;xpiration…</source>
        <translation>更改到期日期(&amp;R)…</translation>
    </message>
    <message>
        <source>Change expiration…</source>
        <translation>更改到期日期…</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>筛选(&amp;U):</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Name, dashboard, status…</source>
        <translation>名称、仪表板、状态…</translation>
    </message>
    <message>
        <source>Server snapshots</source>
        <translation>服务器快照</translation>
    </message>
    <message>
        <source>Stop &amp;loading</source>
        <translation>停止加载(&amp;J)</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>停止加载</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n snapshots so far</source>
        <translation>
            <numerusform>正在加载… 目前已获取 %n 个快照</numerusform>
        </translation>
    </message>
    <message>
        <source>(page %1)</source>
        <translation>（第 %1 页）</translation>
    </message>
    <message>
        <source>Loading stopped; the list shown is the previous one.</source>
        <translation>已停止加载；当前显示的是之前的列表。</translation>
    </message>
    <message>
        <source>The server snapshots could not be listed: %1</source>
        <translation>无法列出服务器上的快照：%1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>无法加载列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be deleted: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
    <message>
        <source>The expiration of &quot;%1&quot; could not be changed: %2</source>
        <translation>无法更改“%1”的到期日期：%2</translation>
    </message>
    <message>
        <source>Snapshot %1 was deleted on the server.</source>
        <translation>已在服务器上删除快照 %1。</translation>
    </message>
    <message>
        <source>Snapshot %1 now expires on %2.</source>
        <translation>快照 %1 现在将于 %2 到期。</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>尚未加载。</translation>
    </message>
    <message>
        <source>Set up an account (or try the demo) to see the snapshots on the server.</source>
        <translation>请设置账户（或试用演示）以查看服务器上的快照。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots on the server</source>
        <translation>
            <numerusform>服务器上有 %n 个快照</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created elsewhere</source>
        <translation>
            <numerusform>%n 个在别处创建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the history gone</source>
        <translation>
            <numerusform>历史记录中有 %n 个已不在服务器上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshots on the ThousandEyes server: %1? Anyone with the link loses access. This cannot be undone.</source>
        <translation>
            <numerusform>要在 ThousandEyes 服务器上删除 %n 个快照（%1）吗？持有链接的任何人都将无法再访问。此操作无法撤消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete on server</source>
        <translation>在服务器上删除</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::Session</name>
    <message>
        <source>A batch is already running; wait for it or cancel it first.</source>
        <translation>已有批处理正在运行；请等待其完成，或先将其取消。</translation>
    </message>
    <message>
        <source>The batch could not start.</source>
        <translation>批处理无法启动。</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; is for the %2 API, but the app is set up for %3. Change the API version in Settings to run it.</source>
        <translation>例程“%1”适用于 %2 API，但应用当前设置为 %3。请在“设置”中更改 API 版本后再运行。</translation>
    </message>
    <message>
        <source>The demo could not start: no local port was free.</source>
        <translation>演示无法启动：没有空闲的本地端口。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::SettingsDialog</name>
    <message>
        <source>v7 – dashboard snapshots (current)</source>
        <translation>v7 – 仪表板快照（当前）</translation>
    </message>
    <message>
        <source>v6 – report snapshots (legacy)</source>
        <translation>v6 – 报告快照（旧版）</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>Basic (e-mail + token)</source>
        <translation>基本（电子邮件 + 令牌）</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Basic authentication is only available with API v6.</source>
        <translation>基本身份验证仅适用于 API v6。</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>隐藏令牌</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>显示令牌</translation>
    </message>
    <message>
        <source>Enter a full address such as %1, or leave the field empty for the official one.</source>
        <translation>请输入完整地址（例如 %1），或将此字段留空以使用官方地址。</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed to this computer (localhost or 127.0.0.1), since the token would travel unencrypted.</source>
        <translation>请使用 https://。未加密的 http:// 仅允许用于本机（localhost 或 127.0.0.1），因为令牌将以明文传输。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Basic authentication needs the e-mail address of your ThousandEyes account.</source>
        <translation>基本身份验证需要您的 ThousandEyes 账户的电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter a full e-mail address, such as name@example.com.</source>
        <translation>请输入完整的电子邮件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n account group(s); rate limit %1 of %2 remaining</source>
        <translation>
            <numerusform>已连接：%n 个账户组；速率限制剩余 %1/%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n account group(s)</source>
        <translation>
            <numerusform>已连接：%n 个账户组</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: check that the file and its folder are writable, then press OK again.</source>
        <translation>无法将设置保存到 %1：请检查该文件及其文件夹是否可写，然后再次按“确定”。</translation>
    </message>
    <message>
        <source>Paste your API token</source>
        <translation>粘贴您的 API 令牌</translation>
    </message>
    <message>
        <source>Saved in the keychain — leave empty to keep it</source>
        <translation>已保存在钥匙串中 — 留空即保留</translation>
    </message>
    <message>
        <source>No API token: enter your ThousandEyes API token above, then test again.</source>
        <translation>没有 API 令牌：请在上方输入您的 ThousandEyes API 令牌，然后再次测试。</translation>
    </message>
    <message>
        <source>The server could not be reached: check the base URL above and your network connection, then test again.</source>
        <translation>无法连接到服务器：请检查上方的基础 URL 和您的网络连接，然后再次测试。</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http:// only for this computer): correct it above.</source>
        <translation>基础 URL 必须以 https:// 开头（纯 http:// 仅限本机）：请在上方更正。</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>忘记令牌(&amp;F)</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s saved API token from the keychain</source>
        <translation>从钥匙串中删除此配置文件已保存的 API 令牌</translation>
    </message>
    <message>
        <source>The saved token of the profile &quot;%1&quot; was removed from the keychain.</source>
        <translation>已从钥匙串中删除配置文件“%1”保存的令牌。</translation>
    </message>
    <message>
        <source>No token was saved for the profile &quot;%1&quot;.</source>
        <translation>配置文件“%1”没有保存令牌。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: the token field is for the token.</source>
        <translation>请从地址中删除用户名和密码：令牌请填写在令牌字段中。</translation>
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
        <translation>输入以搜索</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>仪表板(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R):</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>An account group in the list; %1 is its name</extracomment>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Tooltip of an account group: %1 is the organisation, %2 the account group</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <extracomment>A report or dashboard that ThousandEyes ships; %1 is its name.</extracomment>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>This account group has no dashboards. Create one in ThousandEyes, then refresh the list.</source>
        <translation>此账户组没有仪表板。请在 ThousandEyes 中创建一个，然后刷新列表。</translation>
    </message>
    <message>
        <source>This account group has no reports. Create one in ThousandEyes, then refresh the list.</source>
        <translation>此账户组没有报告。请在 ThousandEyes 中创建一个，然后刷新列表。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>A snapshot is being created: wait for it, or cancel it.</source>
        <translation>正在创建快照：请等待其完成，或将其取消。</translation>
    </message>
    <message>
        <source>The dashboards are still loading.</source>
        <translation>仪表板仍在加载。</translation>
    </message>
    <message>
        <source>The reports are still loading.</source>
        <translation>报告仍在加载。</translation>
    </message>
    <message>
        <source>Create the snapshot (Ctrl+Return)</source>
        <translation>创建快照（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]

Creates ThousandEyes report (API v6) and dashboard (API v7) snapshots from scripts, cron and CI, with the settings, token, profiles and history of the Snapshot Desk window.

Commands:
</source>
        <translation>用法：%1 [选项] 命令 [命令选项]

从脚本、cron 和 CI 创建 ThousandEyes 报告（API v6）和仪表板（API v7）快照，使用 Snapshot Desk 窗口的设置、令牌、配置文件和历史记录。

命令：
</translation>
    </message>
    <message>
        <source>Create a snapshot and print its ID</source>
        <translation>创建快照并输出其 ID</translation>
    </message>
    <message>
        <source>List the account groups</source>
        <translation>列出帐户组</translation>
    </message>
    <message>
        <source>List the reports or dashboards of an account group</source>
        <translation>列出帐户组的报告或仪表板</translation>
    </message>
    <message>
        <source>List the snapshots on the server</source>
        <translation>列出服务器上的快照</translation>
    </message>
    <message>
        <source>Delete snapshots on the server</source>
        <translation>删除服务器上的快照</translation>
    </message>
    <message>
        <source>Print the history of snapshots</source>
        <translation>输出快照历史记录</translation>
    </message>
    <message>
        <source>List the saved routines</source>
        <translation>列出已保存的例程</translation>
    </message>
    <message>
        <source>Run a saved routine now</source>
        <translation>立即运行已保存的例程</translation>
    </message>
    <message>
        <source>List, add or remove profiles (accounts)</source>
        <translation>列出、添加或删除配置文件（帐户）</translation>
    </message>
    <message>
        <source>Save a profile&apos;s API token in the keychain (read from standard input)</source>
        <translation>将配置文件的 API 令牌保存到钥匙串（从标准输入读取）</translation>
    </message>
    <message>
        <source>Remove a profile&apos;s API token from the keychain</source>
        <translation>从钥匙串中删除配置文件的 API 令牌</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>
Environment: TE_API_URL, TE_API_VERSION (v6 or v7), TE_TOKEN (bearer token), TE_EMAIL with TE_BASIC_TOKEN (v6 basic authentication); tokens from the environment are used for this run and never saved.

Exit status: 0 success; 1 API or network failure; 2 bad usage or input; 3 authentication or permission (401/403, no token); 4 rate limit not recovered; 5 some items of a batch failed.

`%1 COMMAND --help` describes a command; `man %1` has more.
</source>
        <translation>
环境变量：TE_API_URL、TE_API_VERSION（v6 或 v7）、TE_TOKEN（Bearer 令牌）、TE_EMAIL 与 TE_BASIC_TOKEN（v6 基本认证）；环境中的令牌仅用于本次运行，从不保存。

退出状态：0 成功；1 API 或网络故障；2 用法或输入错误；3 认证或权限问题（401/403，无令牌）；4 速率限制未恢复；5 批处理中部分项目失败。

`%1 命令 --help` 说明某个命令；`man %1` 有更多内容。
</translation>
    </message>
    <message>
        <source>See `%1 --help`.</source>
        <translation>请参阅 `%1 --help`。</translation>
    </message>
    <message>
        <source>Give a command: %1.</source>
        <translation>请指定一个命令：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command. Commands: %2.</source>
        <translation>“%1”不是命令。命令：%2。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::Command</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <extracomment>%1 is a sentence of ours, %2 what the server said</extracomment>
        <translation>%1（服务器返回：%2）</translation>
    </message>
    <message>
        <source>The history could not be written (%1); the entry is kept and written again next time.</source>
        <translation>无法写入历史记录（%1）；该条目会保留，下次再写入。</translation>
    </message>
    <message>
        <source>--profile: there is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>--profile：没有配置文件“%1”。配置文件：%2。</translation>
    </message>
    <message>
        <source>No API token for the profile &quot;%1&quot;: set TE_TOKEN, or save one with `snapshot-desk-cli login` or in the window (File → Settings).</source>
        <translation>配置文件“%1”没有 API 令牌：请设置 TE_TOKEN，或使用 `snapshot-desk-cli login` 或在窗口中（文件 → 设置）保存一个。</translation>
    </message>
    <message>
        <source>The saved token of the profile &quot;%1&quot; was saved for %2, not for %3, so it was not sent. Confirm it once in the window, or set TE_TOKEN.</source>
        <translation>配置文件“%1”保存的令牌是为 %2 而非 %3 保存的，因此未发送。请在窗口中确认一次，或设置 TE_TOKEN。</translation>
    </message>
    <message numerus="yes">
        <source>The API answered 429 (rate limit): waiting %n second(s), until %1, then trying once more.</source>
        <translation>
            <numerusform>API 返回 429（速率限制）：等待 %n 秒，直到 %1，然后再试一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation&apos;s rate limit is used up: waiting %n second(s), until %1, before the next request.</source>
        <translation>
            <numerusform>组织的速率限制已用完：等待 %n 秒，直到 %1，再发送下一个请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>--account-group: &quot;%1&quot; names more than one account group: %2. Give its ID.</source>
        <translation>--account-group：“%1”对应多个帐户组：%2。请指定其 ID。</translation>
    </message>
    <message>
        <source>--account-group: there is no account group &quot;%1&quot;. Account groups: %2.</source>
        <translation>--account-group：没有帐户组“%1”。帐户组：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::CreateCommand</name>
    <message>
        <source>Creates a snapshot of a report (API v6) or dashboard (API v7) and prints its ID.</source>
        <translation>创建报告（API v6）或仪表板（API v7）的快照并输出其 ID。</translation>
    </message>
    <message>
        <source>The report or dashboard, by name or ID.</source>
        <translation>报告或仪表板，按名称或 ID。</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>名称|ID</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>帐户组，按名称或 ID（默认：窗口使用的帐户组）。</translation>
    </message>
    <message>
        <source>A time range relative to now: last-hour, last-24h, last-7d, yesterday, last-week or last-30d.</source>
        <translation>相对于现在的时间范围：last-hour、last-24h、last-7d、yesterday、last-week 或 last-30d。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Start: &quot;yyyy-MM-dd HH:mm&quot; in local time, or ISO 8601 with Z or an offset.</source>
        <translation>开始：本地时间的“yyyy-MM-dd HH:mm”，或带 Z 或偏移量的 ISO 8601。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>End, in the same forms as --from.</source>
        <translation>结束，格式与 --from 相同。</translation>
    </message>
    <message>
        <source>The snapshot&apos;s display name (default: from the name template in Settings).</source>
        <translation>快照的显示名称（默认：来自设置中的名称模板）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>v7: the last day (yyyy-MM-dd) the snapshot is kept (default: one year).</source>
        <translation>v7：快照保留的最后一天（yyyy-MM-dd，默认：一年）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>v7: anonymize the snapshot&apos;s data.</source>
        <translation>v7：将快照数据匿名化。</translation>
    </message>
    <message>
        <source>Go ahead despite a warning, such as a range of more than 93 days.</source>
        <translation>即使有警告（例如时间范围超过 93 天）也继续。</translation>
    </message>
    <message>
        <source>Print a JSON object instead of the ID alone.</source>
        <translation>输出 JSON 对象而不只是 ID。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--source is required: the report or dashboard to snapshot, by name or ID.</source>
        <translation>--source 为必需项：要创建快照的报告或仪表板，按名称或 ID。</translation>
    </message>
    <message>
        <source>--range cannot be combined with --from and --to: give one or the other.</source>
        <translation>--range 不能与 --from 和 --to 同时使用：请二选一。</translation>
    </message>
    <message>
        <source>A time range is required: --range KEY, or --from and --to.</source>
        <translation>需要时间范围：--range 键，或 --from 和 --to。</translation>
    </message>
    <message>
        <source>--range: &quot;%1&quot; is not a range. Use last-hour, last-24h, last-7d, yesterday, last-week or last-30d.</source>
        <translation>--range：“%1”不是时间范围。请使用 last-hour、last-24h、last-7d、yesterday、last-week 或 last-30d。</translation>
    </message>
    <message>
        <source>--to is required with --from.</source>
        <translation>使用 --from 时需要 --to。</translation>
    </message>
    <message>
        <source>--from is required with --to.</source>
        <translation>使用 --to 时需要 --from。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time. Use &quot;yyyy-MM-dd HH:mm&quot; (local time) or ISO 8601 with Z or an offset, e.g. 2026-03-02T18:00:00Z.</source>
        <translation>--%1：“%2”不是时间。请使用“yyyy-MM-dd HH:mm”（本地时间）或带 Z 或偏移量的 ISO 8601，例如 2026-03-02T18:00:00Z。</translation>
    </message>
    <message>
        <source>--name: the name cannot be empty.</source>
        <translation>--name：名称不能为空。</translation>
    </message>
    <message>
        <source>--expires: &quot;%1&quot; is not a date. Use yyyy-MM-dd.</source>
        <translation>--expires：“%1”不是日期。请使用 yyyy-MM-dd。</translation>
    </message>
    <message>
        <source>Add --yes to create it anyway.</source>
        <translation>添加 --yes 以仍然创建。</translation>
    </message>
    <message>
        <source>%1 is only for API v7 (dashboard snapshots); the profile uses v6.</source>
        <translation>%1 仅适用于 API v7（仪表板快照）；该配置文件使用 v6。</translation>
    </message>
    <message>
        <source>--source: &quot;%1&quot; names more than one report: %2. Give its ID.</source>
        <translation>--source：“%1”对应多个报告：%2。请指定其 ID。</translation>
    </message>
    <message>
        <source>--source: &quot;%1&quot; names more than one dashboard: %2. Give its ID.</source>
        <translation>--source：“%1”对应多个仪表板：%2。请指定其 ID。</translation>
    </message>
    <message>
        <source>--source: there is no report &quot;%1&quot; in %2. Reports: %3.</source>
        <translation>--source：%2 中没有报告“%1”。报告：%3。</translation>
    </message>
    <message>
        <source>--source: there is no dashboard &quot;%1&quot; in %2. Dashboards: %3.</source>
        <translation>--source：%2 中没有仪表板“%1”。仪表板：%3。</translation>
    </message>
    <message>
        <source>The snapshot was not made: %1</source>
        <translation>快照未创建：%1</translation>
    </message>
    <message>
        <source>The answer to the create was lost and the server&apos;s list could not be read (%1), so it is not known whether the snapshot was made. The history shows it as unknown; the window checks again at its next start. Do not create it again before.</source>
        <translation>创建请求的应答丢失，且无法读取服务器列表（%1），因此不知道快照是否已创建。历史记录将其显示为未知；窗口会在下次启动时再次检查。在此之前请勿再次创建。</translation>
    </message>
    <message>
        <source>The answer to the create was lost; asking the server&apos;s list whether the snapshot was made.</source>
        <translation>创建请求的应答丢失；正在查询服务器列表以确认快照是否已创建。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::DeleteCommand</name>
    <message>
        <source>Deletes snapshots on the server, after asking unless --yes is given.</source>
        <translation>删除服务器上的快照（除非指定 --yes，否则先询问）。</translation>
    </message>
    <message>
        <source>The IDs of the snapshots to delete.</source>
        <translation>要删除的快照的 ID。</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>帐户组，按名称或 ID（默认：窗口使用的帐户组）。</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>名称|ID</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>不询问直接删除。</translation>
    </message>
    <message>
        <source>Give the ID of at least one snapshot to delete (see `snapshot-desk-cli snapshots`).</source>
        <translation>请至少指定一个要删除的快照 ID（参见 `snapshot-desk-cli snapshots`）。</translation>
    </message>
    <message>
        <source>Deleting cannot be undone, and there is nobody to ask: add --yes to delete without asking.</source>
        <translation>删除无法撤销，且没有人可以询问：添加 --yes 以不询问直接删除。</translation>
    </message>
    <message>
        <source>There is no snapshot &quot;%1&quot; in the account group %2.</source>
        <translation>帐户组 %2 中没有快照“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s) from the server: %1? This cannot be undone. [y/N] </source>
        <translation>
            <numerusform>要从服务器删除 %n 个快照吗：%1？此操作无法撤销。[y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 未删除：%2</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::HistoryCommand</name>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Prints the history of snapshots, newest first: the window&apos;s history, from the same file. With --profile, only that profile&apos;s entries.</source>
        <translation>按从新到旧输出快照历史记录：与窗口相同文件中的历史记录。使用 --profile 时仅输出该配置文件的条目。</translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation>table（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Print at most this many entries, the newest.</source>
        <translation>最多输出这么多条最新的条目。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format. Use table, csv or json.</source>
        <translation>--format：“%1”不是格式。请使用 table、csv 或 json。</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number of entries (1 or more).</source>
        <translation>--limit：“%1”不是条目数（1 或以上）。</translation>
    </message>
    <message>
        <source>--profile: there is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>--profile：没有配置文件“%1”。配置文件：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read and are left out (%1).</source>
        <translation>
            <numerusform>%n 个条目无法读取，已略去（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>组</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SNAPSHOT ID</source>
        <translation>快照 ID</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::ListCommand</name>
    <message>
        <source>Lists the account groups the token can use.</source>
        <translation>列出令牌可以使用的帐户组。</translation>
    </message>
    <message>
        <source>Lists the reports (API v6) or dashboards (API v7) of an account group.</source>
        <translation>列出帐户组的报告（API v6）或仪表板（API v7）。</translation>
    </message>
    <message>
        <source>Lists the snapshots on the server for an account group.</source>
        <translation>列出服务器上某个帐户组的快照。</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>帐户组，按名称或 ID（默认：窗口使用的帐户组）。</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>名称|ID</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>AID</source>
        <extracomment>Column headers of a table printed by snapshot-desk-cli; * marks the group used by default</extracomment>
        <translation>AID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>到期</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::ProfilesCommand</name>
    <message>
        <source>Lists the profiles (one per ThousandEyes account), or adds or removes one. A new profile takes --api-version, --api-url, --auth and --email; save its token with `snapshot-desk-cli login --profile NAME`.</source>
        <translation>列出配置文件（每个 ThousandEyes 帐户一个），或添加、删除配置文件。新配置文件接受 --api-version、--api-url、--auth 和 --email；请用 `snapshot-desk-cli login --profile 名称` 保存其令牌。</translation>
    </message>
    <message>
        <source>list (the default), add or remove.</source>
        <translation>list（默认）、add 或 remove。</translation>
    </message>
    <message>
        <source>add: bearer (the default) or basic (v6: e-mail and basic token).</source>
        <translation>add：bearer（默认）或 basic（v6：电子邮件和基本令牌）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>add: the account&apos;s e-mail address, for basic authentication.</source>
        <translation>add：帐户的电子邮件地址，用于基本认证。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>remove: without asking.</source>
        <translation>remove：不询问。</translation>
    </message>
    <message>
        <source>list: print JSON instead of a table.</source>
        <translation>list：输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Give the profile&apos;s name: snapshot-desk-cli profiles %1 NAME.</source>
        <translation>请指定配置文件名称：snapshot-desk-cli profiles %1 名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of profiles. Use list, add or remove.</source>
        <translation>“%1”不是 profiles 的操作。请使用 list、add 或 remove。</translation>
    </message>
    <message>
        <source>--auth: &quot;%1&quot; is not a kind of authentication. Use bearer or basic.</source>
        <translation>--auth：“%1”不是认证类型。请使用 bearer 或 basic。</translation>
    </message>
    <message>
        <source>--auth basic is for API v6 and needs --email: add --api-version v6 --email ADDRESS.</source>
        <translation>--auth basic 仅用于 API v6，且需要 --email：请添加 --api-version v6 --email 地址。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
    <message>
        <source>Added the profile &quot;%1&quot;. Save its token with: snapshot-desk-cli login --profile &quot;%1&quot;</source>
        <translation>已添加配置文件“%1”。请用以下命令保存其令牌：snapshot-desk-cli login --profile &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>没有配置文件“%1”。配置文件：%2。</translation>
    </message>
    <message>
        <source>The profile &quot;Default&quot; cannot be removed.</source>
        <translation>配置文件“Default”无法删除。</translation>
    </message>
    <message>
        <source>Removing a profile forgets its token; there is nobody to ask: add --yes.</source>
        <translation>删除配置文件会忘记其令牌，且没有人可以询问：请添加 --yes。</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its saved token? [y/N] </source>
        <translation>要删除配置文件“%1”及其保存的令牌吗？[y/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation>已删除配置文件“%1”。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::RoutinesCommand</name>
    <message>
        <source>Lists the saved routines (Routines in the window), or imports those of a file the window exported (Routines → Export).</source>
        <translation>列出已保存的例程（窗口中的例程），或导入窗口导出的文件中的例程（例程 → 导出）。</translation>
    </message>
    <message>
        <source>list (the default), or import FILE.</source>
        <translation>list（默认）或 import 文件。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <source>Give the file to import: snapshot-desk-cli routines import FILE.</source>
        <translation>请指定要导入的文件：snapshot-desk-cli routines import 文件。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s).</source>
        <translation>
            <numerusform>已导入 %n 个例程。</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>来源数</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>组</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>配置文件</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::RunRoutineCommand</name>
    <message>
        <source>Runs a saved routine now: one snapshot per report or dashboard, its relative range resolved now, paced by the rate limit as the window&apos;s batch is. Prints the IDs made, one per line.</source>
        <translation>立即运行已保存的例程：每个报告或仪表板创建一个快照，其相对时间范围按现在解析，并像窗口的批处理一样按速率限制控制节奏。逐行输出创建的 ID。</translation>
    </message>
    <message>
        <source>The routine&apos;s name.</source>
        <translation>例程名称。</translation>
    </message>
    <message>
        <source>Print a JSON object with every item instead of the IDs.</source>
        <translation>输出包含每个项目的 JSON 对象而不是 ID。</translation>
    </message>
    <message>
        <source>Give the name of the routine to run (see `snapshot-desk-cli routines`).</source>
        <translation>请指定要运行的例程名称（参见 `snapshot-desk-cli routines`）。</translation>
    </message>
    <message>
        <source>Give one routine; put a name with spaces in quotes.</source>
        <translation>请只指定一个例程；包含空格的名称请加引号。</translation>
    </message>
    <message>
        <source>There is no routine &quot;%1&quot;. Routines: %2.</source>
        <translation>没有例程“%1”。例程：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one routine: %2.</source>
        <translation>“%1”对应多个例程：%2。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1：已完成 %2/%3</translation>
    </message>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>（剩余约 %n 秒）</numerusform>
        </translation>
    </message>
    <message>
        <source>The hourly snapshot limit is spent; the rest go at %1, by themselves.</source>
        <translation>每小时快照上限已用完；其余将在 %1 自动发送。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not made: %2</source>
        <translation>“%1”未创建：%2</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::TokenCommand</name>
    <message>
        <source>Reads an API token from standard input (one line) and saves it in the keychain for the profile, bound to its API address. For example: snapshot-desk-cli login &lt; token.txt</source>
        <translation>从标准输入读取 API 令牌（一行），并将其绑定到配置文件的 API 地址后保存到钥匙串。例如：snapshot-desk-cli login &lt; token.txt</translation>
    </message>
    <message>
        <source>Removes the profile&apos;s saved API token from the keychain.</source>
        <translation>从钥匙串中删除配置文件已保存的 API 令牌。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--demo needs no token.</source>
        <translation>--demo 不需要令牌。</translation>
    </message>
    <message>
        <source>Removed the saved token of the profile &quot;%1&quot; from the keychain.</source>
        <translation>已从钥匙串中删除配置文件“%1”保存的令牌。</translation>
    </message>
    <message>
        <source>No token was saved for the profile &quot;%1&quot;.</source>
        <translation>配置文件“%1”没有保存令牌。</translation>
    </message>
    <message>
        <source>Paste the API token of the profile &quot;%1&quot; and press Enter: </source>
        <translation>粘贴配置文件“%1”的 API 令牌并按回车：</translation>
    </message>
    <message>
        <source>No token on standard input.</source>
        <translation>标准输入中没有令牌。</translation>
    </message>
    <message>
        <source>Saved the token of the profile &quot;%1&quot; in the keychain, for %2.</source>
        <translation>已将配置文件“%1”的令牌保存到钥匙串，用于 %2。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::json</name>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation>服务器的响应不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list.</source>
        <translation>服务器的响应不是列表。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;%1&quot; list.</source>
        <translation>服务器的响应中没有 &quot;%1&quot; 列表。</translation>
    </message>
</context>
</TS>
