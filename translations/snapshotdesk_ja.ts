<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApiError</name>
    <message>
        <source>Check the form</source>
        <translation>フォームを確認</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインインに失敗</translation>
    </message>
    <message>
        <source>Insecure address</source>
        <translation>安全でないアドレス</translation>
    </message>
    <message>
        <source>Already creating</source>
        <translation>すでに作成中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Network problem</source>
        <translation>ネットワークの問題</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全な接続に失敗</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>アクセス拒否</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>メンテナンス中</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>リクエスト失敗</translation>
    </message>
    <message>
        <source>The form has a problem: correct the highlighted fields and try again.</source>
        <translation>フォームに問題があります。強調表示された項目を修正して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No API token is set. Open Settings, enter your ThousandEyes API token, and try again.</source>
        <translation>APIトークンが設定されていません。「設定」を開いてThousandEyesのAPIトークンを入力し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The API address must start with https:// (plain http:// is only allowed for this computer). Correct the base URL in Settings.</source>
        <translation>APIアドレスは https:// で始まる必要があります（http:// はこのコンピューターに対してのみ使用できます）。「設定」でベースURLを修正してください。</translation>
    </message>
    <message>
        <source>A snapshot is already being created. Wait for it to finish or cancel it.</source>
        <translation>スナップショットはすでに作成中です。完了するまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>The request was cancelled. Nothing was changed.</source>
        <translation>リクエストはキャンセルされました。何も変更されていません。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again; if it keeps happening, raise the timeout in Settings.</source>
        <translation>サーバーが時間内に応答しませんでした。接続を確認して、もう一度お試しください。繰り返し発生する場合は、「設定」でタイムアウトを長くしてください。</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the base URL in Settings and that the server is running.</source>
        <translation>サーバーが接続を拒否しました。「設定」のベースURLと、サーバーが稼働していることを確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the base URL in Settings and your network connection.</source>
        <translation>サーバー名が見つかりませんでした。「設定」のベースURLとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network and try again.</source>
        <translation>サーバーへの接続に失敗しました。ネットワークを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the base URL, or ask your administrator about a proxy that intercepts HTTPS.</source>
        <translation>サーバーの証明書を検証できなかったため、何も送信されませんでした。ベースURLを確認するか、HTTPSを傍受するプロキシについて管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The server redirected the request too many times, or to an address that is not allowed. Check the base URL in Settings.</source>
        <translation>サーバーがリクエストを何度もリダイレクトしたか、許可されていないアドレスにリダイレクトしました。「設定」のベースURLを確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than expected and was not read. Check the base URL in Settings.</source>
        <translation>サーバーの応答が想定よりはるかに大きかったため、読み込みませんでした。「設定」のベースURLを確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Check that the base URL and API version in Settings point at the ThousandEyes API.</source>
        <translation>サーバーの応答を解釈できませんでした。「設定」のベースURLとAPIバージョンがThousandEyes APIを指していることを確認してください。</translation>
    </message>
    <message>
        <source>The server does not know this API version. Choose the other API version in Settings.</source>
        <translation>サーバーはこのAPIバージョンに対応していません。「設定」でもう一方のAPIバージョンを選択してください。</translation>
    </message>
    <message>
        <source>The server rejected the request as malformed, or the account group is not valid. Check the chosen account group and time range.</source>
        <translation>リクエストの形式が正しくないか、アカウントグループが無効なため、サーバーに拒否されました。選択したアカウントグループと期間を確認してください。</translation>
    </message>
    <message>
        <source>The server did not accept your credentials. Check the API token (and e-mail address) in Settings; the account may also be locked.</source>
        <translation>サーバーが認証情報を受け付けませんでした。「設定」のAPIトークン（とメールアドレス）を確認してください。アカウントがロックされている可能性もあります。</translation>
    </message>
    <message>
        <source>Your role is missing the Edit Snapshots permission, or the account group is not one of yours. Ask your ThousandEyes administrator or pick another account group.</source>
        <translation>ロールに「Edit Snapshots」権限がないか、そのアカウントグループに所属していません。ThousandEyesの管理者に問い合わせるか、別のアカウントグループを選択してください。</translation>
    </message>
    <message>
        <source>The server could not find that report, dashboard or address. Refresh the list and check the base URL in Settings.</source>
        <translation>該当するレポート、ダッシュボード、またはアドレスがサーバーで見つかりませんでした。一覧を更新し、「設定」のベースURLを確認してください。</translation>
    </message>
    <message>
        <source>The server does not allow this operation at this address. Check the base URL and API version in Settings.</source>
        <translation>サーバーはこのアドレスでこの操作を許可していません。「設定」のベースURLとAPIバージョンを確認してください。</translation>
    </message>
    <message>
        <source>The server cannot answer in a format this app reads. Check the API version in Settings.</source>
        <translation>サーバーは、このアプリが読み取れる形式で応答できません。「設定」のAPIバージョンを確認してください。</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s format. Check the API version in Settings.</source>
        <translation>サーバーはリクエストの形式を受け付けませんでした。「設定」のAPIバージョンを確認してください。</translation>
    </message>
    <message>
        <source>The API rate limit is used up. Wait a minute and try again.</source>
        <translation>APIのレート制限に達しました。1分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The API rate limit is used up. It resets at %1; try again then.</source>
        <translation>APIのレート制限に達しました。%1にリセットされるので、その後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The hourly limit for creating snapshots is used up. Try again later.</source>
        <translation>1時間あたりのスナップショット作成数の上限に達しました。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The hourly limit for creating snapshots is used up. It resets at %1; try again then.</source>
        <translation>1時間あたりのスナップショット作成数の上限に達しました。%1にリセットされるので、その後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later; if it keeps happening, contact ThousandEyes support.</source>
        <extracomment>%1 is an HTTP status code such as 500</extracomment>
        <translation>サーバーで内部エラーが発生しました（HTTP %1）。しばらくしてから、もう一度お試しください。繰り返し発生する場合は、ThousandEyesサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The ThousandEyes API is down for maintenance. Try again later.</source>
        <translation>ThousandEyes APIはメンテナンス中です。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check the base URL and API version in Settings.</source>
        <extracomment>%1 is an HTTP status code such as 418</extracomment>
        <translation>サーバーがHTTPステータス%1を返しました。「設定」のベースURLとAPIバージョンを確認してください。</translation>
    </message>
    <message>
        <source>Token saved for another address</source>
        <translation>トークンは別のアドレス用に保存されています</translation>
    </message>
    <message>
        <source>The saved token was saved for another API address, so it is not sent to this one. Type the token for this address to test it, or press OK and confirm once that the saved token may be used here.</source>
        <translation>保存されたトークンは別の API アドレス用に保存されているため、このアドレスには送信されません。このアドレスをテストするにはそのトークンを入力するか、OK を押して、保存されたトークンをここで使ってよいことを一度確認してください。</translation>
    </message>
    <message>
        <source>Outcome not known yet</source>
        <translation>結果はまだ不明</translation>
    </message>
    <message>
        <source>The request was sent, but the connection ended before the server&apos;s answer arrived, so the snapshot may have been made. Snapshot Desk is checking the server&apos;s list of snapshots; do not send it again until that check says it was not made.</source>
        <translation>リクエストは送信されましたが、サーバーの応答が届く前に接続が切れたため、スナップショットが作成された可能性があります。Snapshot Desk がサーバーのスナップショット一覧を確認しています。作成されていないと確認されるまで再送信しないでください。</translation>
    </message>
</context>
<context>
    <name>BatchSpec</name>
    <message>
        <source>Choose at least one report.</source>
        <translation>レポートを1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Choose at least one dashboard.</source>
        <translation>ダッシュボードを1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Enter a name template, for example &quot;{source} {from:yyyy-MM-dd}&quot;.</source>
        <translation>名前テンプレートを入力してください（例: &quot;{source} {from:yyyy-MM-dd}&quot;）。</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>not a JSON object</source>
        <translation>JSONオブジェクトではありません</translation>
    </message>
    <message>
        <source>written by a newer version (schema %1)</source>
        <extracomment>Why a history entry was skipped; %1 is a number</extracomment>
        <translation>新しいバージョンで書き込まれています（スキーマ%1）</translation>
    </message>
    <message>
        <source>no valid creation time</source>
        <translation>有効な作成日時がありません</translation>
    </message>
    <message>
        <source>a created snapshot without an ID</source>
        <translation>IDのない作成済みスナップショットです</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>テキストではありません</translation>
    </message>
    <message>
        <source>not a history record</source>
        <translation>履歴のレコードではありません</translation>
    </message>
    <message>
        <source>a damaged history record</source>
        <translation>破損した履歴レコード</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>プロファイル名の先頭と末尾に空白は使えません。</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters.</source>
        <translation>プロファイル名は最大 %1 文字です。</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \ or control characters.</source>
        <translation>プロファイル名に / や \、制御文字は使えません。</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルは既にあります。</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>it has no &quot;name&quot;.</source>
        <translation>&quot;name&quot;がありません。</translation>
    </message>
    <message>
        <source>&quot;sources&quot; must be a non-empty list of reports or dashboards.</source>
        <translation>&quot;sources&quot;は、レポートまたはダッシュボードの空でないリストである必要があります。</translation>
    </message>
    <message>
        <source>source %1 has no &quot;id&quot;.</source>
        <translation>ソース%1に&quot;id&quot;がありません。</translation>
    </message>
    <message>
        <source>&quot;range&quot; is &quot;%1&quot;; expected one of %2.</source>
        <translation>&quot;range&quot;が&quot;%1&quot;です。%2のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>it has no &quot;nameTemplate&quot;.</source>
        <translation>&quot;nameTemplate&quot;がありません。</translation>
    </message>
    <message>
        <source>&quot;apiVersion&quot; is &quot;%1&quot;; expected &quot;v6&quot; or &quot;v7&quot;.</source>
        <translation>&quot;apiVersion&quot;が&quot;%1&quot;です。&quot;v6&quot;または&quot;v7&quot;である必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 sources; a routine can have at most %3: split it into several routines.</source>
        <translation>「%1」にはソースが %2 個あります。ルーチンに含められるのは最大 %3 個です。複数のルーチンに分けてください。</translation>
    </message>
    <message>
        <source>source %1 of &quot;%2&quot; has &quot;id&quot; %3, which is not a whole number from 0 to %4: write the id as ThousandEyes shows it, in quotes, e.g. &quot;1234&quot;.</source>
        <translation>「%2」のソース %1 の「id」%3 は 0 から %4 までの整数ではありません。ThousandEyes の表示どおりに引用符で囲んで書いてください（例: &quot;1234&quot;）。</translation>
    </message>
    <message>
        <source>&quot;aid&quot; of &quot;%1&quot; is %2, which is not a whole number from 0 to %3: write the account group ID as ThousandEyes shows it, in quotes, e.g. &quot;1234&quot;.</source>
        <translation>「%1」の「aid」%2 は 0 から %3 までの整数ではありません。アカウントグループ ID を ThousandEyes の表示どおりに引用符で囲んで書いてください（例: &quot;1234&quot;）。</translation>
    </message>
</context>
<context>
    <name>ServerSnapshot</name>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>サーバーの応答がJSONオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;dashboardSnapshots&quot; list.</source>
        <translation>サーバーの応答に&quot;dashboardSnapshots&quot;リストがありません。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>APIバージョン(&amp;V):</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>APIバージョン</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベースURL(&amp;B):</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベースURL</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>認証方式(&amp;A):</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>APIトークン(&amp;T):</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>APIトークン</translation>
    </message>
    <message>
        <source>The token comes from the environment (TE_TOKEN or TE_BASIC_TOKEN) for this run; it is not saved and cannot be changed here.</source>
        <translation>このトークンは今回の実行に限り環境変数（TE_TOKENまたはTE_BASIC_TOKEN）から取得されています。保存されず、ここでは変更できません。</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>接続テスト(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>タイムアウト(&amp;I):</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;History limit:</source>
        <translation>履歴の上限(&amp;H):</translation>
    </message>
    <message>
        <source>History limit</source>
        <translation>履歴の上限</translation>
    </message>
    <message>
        <source> entries</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>再起動後に有効になります。</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>サーバーの応答が空でした。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>サーバーの応答がJSONオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no snapshot ID.</source>
        <translation>サーバーの応答にスナップショットIDがありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an empty (null) snapshot ID.</source>
        <translation>サーバーの応答に含まれるスナップショットIDが空（null）です。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a snapshot ID that is not text.</source>
        <translation>サーバーの応答に含まれるスナップショットIDがテキストではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an empty snapshot ID.</source>
        <translation>サーバーの応答に含まれるスナップショットIDが空です。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an implausibly long snapshot ID.</source>
        <translation>サーバーの応答に含まれるスナップショットIDが異常に長いです。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a snapshot ID that is not a whole number.</source>
        <translation>サーバーの応答のスナップショット ID が整数ではありません。</translation>
    </message>
</context>
<context>
    <name>SnapshotForm</name>
    <message>
        <source>&amp;Account group:</source>
        <translation>アカウントグループ(&amp;A):</translation>
    </message>
    <message>
        <source>Account group</source>
        <translation>アカウントグループ</translation>
    </message>
    <message>
        <source>The account group the snapshot is created in</source>
        <translation>スナップショットを作成するアカウントグループ</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>ダッシュボード(&amp;D):</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Reload the list from the server (F5)</source>
        <translation>サーバーから一覧を再読み込みします（F5）</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>一覧を更新</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>表示名(&amp;N):</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>期間(&amp;T):</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>開始(&amp;M):</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>終了(&amp;O):</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>E&amp;xpiration date:</source>
        <translation>有効期限(&amp;X):</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Anon&amp;ymize data</source>
        <translation>データを匿名化(&amp;Y)</translation>
    </message>
    <message>
        <source>Anonymize data</source>
        <translation>データを匿名化</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>スナップショットを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>スナップショットを作成</translation>
    </message>
    <message>
        <source>Create the snapshot (Ctrl+Return)</source>
        <translation>スナップショットを作成します（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Canc&amp;el</source>
        <translation>キャンセル(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the request (Esc)</source>
        <translation>リクエストを中止します（Esc）</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>作成中</translation>
    </message>
</context>
<context>
    <name>SnapshotRequest</name>
    <message>
        <source>Enter a name for the snapshot.</source>
        <translation>スナップショットの名前を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: shorten it to %n characters or fewer.</source>
        <translation>
            <numerusform>名前が長すぎます。%n文字以内に短くしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>レポートを選択してください。</translation>
    </message>
    <message>
        <source>Choose a dashboard.</source>
        <translation>ダッシュボードを選択してください。</translation>
    </message>
    <message>
        <source>Enter a start date and time.</source>
        <translation>開始日時を入力してください。</translation>
    </message>
    <message>
        <source>Enter an end date and time.</source>
        <translation>終了日時を入力してください。</translation>
    </message>
    <message>
        <source>The start must be earlier than the end.</source>
        <translation>開始日時は終了日時より前にしてください。</translation>
    </message>
    <message>
        <source>The end is in the future: choose a time no later than now.</source>
        <translation>終了日時が未来になっています。現在以前の日時を選択してください。</translation>
    </message>
    <message>
        <source>The expiration date has passed: choose a later date.</source>
        <translation>有効期限が過ぎています。もっと後の日付を選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone: use a name like Europe/Berlin.</source>
        <translation>「%1」は既知のタイムゾーンではありません。Asia/Tokyoのような名前を使用してください。</translation>
    </message>
    <message>
        <source>The name contains a tab, line break or other control character: remove it.</source>
        <translation>名前にタブ、改行、またはその他の制御文字が含まれています。削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>The expiration date is too far ahead: the API allows at most %n years from now, so choose %1 or earlier.</source>
        <extracomment>%1 is the latest allowed expiration, local time, yyyy-MM-dd HH:mm</extracomment>
        <translation>
            <numerusform>有効期限が先すぎます。API で指定できるのは今から最大 %n 年までです。%1 以前を選んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The range is longer than %n days; ThousandEyes keeps test data for about 90 days, so most of the snapshot will be empty.</source>
        <translation>
            <numerusform>期間が%n日を超えています。ThousandEyesはテストデータを約90日間しか保持しないため、スナップショットの大部分は空になります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>&quot;%1&quot; is not a valid API address. Use a URL such as https://api.thousandeyes.com/v7.</source>
        <translation>「%1」は有効なAPIアドレスではありません。https://api.thousandeyes.com/v7 のようなURLを使用してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http:// to another computer. Use https://; http:// is only allowed for this computer.</source>
        <translation>「%1」は別のコンピューターに対して暗号化されない http:// を使用しています。https:// を使用してください。http:// はこのコンピューターに対してのみ使用できます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API version. Use v6 or v7.</source>
        <translation>「%1」はAPIバージョンではありません。v6またはv7を使用してください。</translation>
    </message>
    <message>
        <source>Create ThousandEyes report and dashboard snapshots.

Environment: TE_API_URL, TE_API_VERSION (v6 or v7), TE_TOKEN (bearer token), TE_EMAIL with TE_BASIC_TOKEN (v6 basic authentication). Tokens from the environment are used for this run and never saved.</source>
        <translation>ThousandEyesのレポートとダッシュボードのスナップショットを作成します。

環境変数: TE_API_URL、TE_API_VERSION（v6またはv7）、TE_TOKEN（ベアラートークン）、TE_EMAILとTE_BASIC_TOKEN（v6のBasic認証）。環境変数のトークンは今回の実行にのみ使用され、保存されることはありません。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Start with the built-in simulated API; no account needed.</source>
        <translation>組み込みのシミュレートAPIで起動します。アカウントは不要です。</translation>
    </message>
    <message>
        <source>Use this API base URL.</source>
        <translation>このAPIベースURLを使用します。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use this API version: v6 or v7.</source>
        <translation>このAPIバージョンを使用します（v6またはv7）。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Keep settings and history in this INI file.</source>
        <translation>設定と履歴をこのINIファイルに保存します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help.</source>
        <translation>予期しない引数「%1」です。--help を参照してください。</translation>
    </message>
    <message>
        <source>TE_EMAIL and TE_BASIC_TOKEN must be set together.</source>
        <translation>TE_EMAILとTE_BASIC_TOKENは両方とも設定する必要があります。</translation>
    </message>
    <message>
        <source>Use this profile (account) for this run.</source>
        <translation>この実行でこのプロファイル（アカウント）を使用します。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>--profile needs the name of a profile.</source>
        <translation>--profile にはプロファイル名が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a user name or password in it. Leave them out: the token goes in TE_TOKEN or the keychain.</source>
        <translation>「%1」にユーザー名またはパスワードが含まれています。削除してください。トークンは TE_TOKEN またはキーチェーンに入れます。</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Last hour</source>
        <translation>過去1時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去24時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>先週</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>プロファイル「%1」はありません。プロファイル: %2。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::BatchDialog</name>
    <message>
        <source>less than a minute</source>
        <translation>1分未満</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>約%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>約%1時間%2分</translation>
    </message>
    <message>
        <source>Batch of snapshots</source>
        <translation>スナップショットのバッチ</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Name template</source>
        <translation>名前テンプレート</translation>
    </message>
    <message>
        <source>{source}, {group}, {from:yyyy-MM-dd} and {to:yyyy-MM-dd} are filled in for each snapshot; any QDateTime format may follow the colon.</source>
        <translation>{source}、{group}、{from:yyyy-MM-dd}、{to:yyyy-MM-dd} はスナップショットごとに置き換えられます。コロンの後には任意のQDateTime形式を指定できます。</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>レポート(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Dashboards:</source>
        <translation>ダッシュボード(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>期間(&amp;T):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>開始(&amp;M):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>終了(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Name template:</source>
        <translation>名前テンプレート(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>バッチを開始(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ancel batch</source>
        <translation>バッチをキャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>失敗分を再試行(&amp;Y)</translation>
    </message>
    <message>
        <source>Send again every snapshot that failed or was not sent</source>
        <translation>失敗したスナップショットと送信されなかったスナップショットをすべて再送信します</translation>
    </message>
    <message>
        <source>Save as ro&amp;utine…</source>
        <translation>ルーチンとして保存(&amp;U)…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>結果(&amp;L):</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n件選択済み</numerusform>
        </translation>
    </message>
    <message>
        <source>First name: %1</source>
        <translation>最初の名前: %1</translation>
    </message>
    <message>
        <source>Choose the sources and press Start.</source>
        <translation>ソースを選択して「バッチを開始」を押してください。</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2件中%1件完了</translation>
    </message>
    <message numerus="yes">
        <source>The hourly snapshot limit is reached: the remaining %n go at %1, by themselves if this app stays open.</source>
        <translation>
            <numerusform>1時間あたりのスナップショット作成数の上限に達しました。このアプリを開いたままにしておくと、残りの%n件は%1に自動的に送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り%1</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>作成済み%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>未送信%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>created, ID %1</source>
        <translation>作成済み、ID %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Enter a name for the routine.</source>
        <translation>ルーチンの名前を入力してください。</translation>
    </message>
    <message>
        <source>A routine needs a relative time range, such as Last week; choose one instead of Custom.</source>
        <translation>ルーチンには「先週」のような相対的な期間が必要です。「カスタム」ではなく、いずれかを選択してください。</translation>
    </message>
    <message>
        <source>Choose at least one report.</source>
        <translation>レポートを1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Choose at least one dashboard.</source>
        <translation>ダッシュボードを1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Save as routine</source>
        <translation>ルーチンとして保存</translation>
    </message>
    <message>
        <source>Routine &amp;name:</source>
        <translation>ルーチン名(&amp;N):</translation>
    </message>
    <message>
        <source>Routine &quot;%1&quot; saved; run it from the Routines menu.</source>
        <translation>ルーチン「%1」を保存しました。「ルーチン」メニューから実行してください。</translation>
    </message>
    <message>
        <source>Stopped at the first refusal, so that the rest are not refused too: %1</source>
        <translation>残りも拒否されないよう、最初の拒否で停止しました: %1</translation>
    </message>
    <message>
        <source>A routine can have at most %1 reports, and %2 are chosen: uncheck some, or save them as several routines.</source>
        <translation>ルーチンに含められるレポートは最大 %1 件ですが、%2 件選ばれています。いくつかのチェックを外すか、複数のルーチンとして保存してください。</translation>
    </message>
    <message>
        <source>A routine can have at most %1 dashboards, and %2 are chosen: uncheck some, or save them as several routines.</source>
        <translation>ルーチンに含められるダッシュボードは最大 %1 件ですが、%2 件選ばれています。いくつかのチェックを外すか、複数のルーチンとして保存してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n being checked</source>
        <translation>
            <numerusform>%n 件確認中</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome unknown, checking the server&apos;s list…</source>
        <translation>結果不明、サーバーの一覧を確認中…</translation>
    </message>
    <message>
        <source>{source} the report or dashboard, {group} the account group, {from:yyyy-MM-dd} and {to:HH:mm} the range in any date format.</source>
        <translation>{source} はレポートまたはダッシュボード、{group} はアカウントグループ、{from:yyyy-MM-dd} と {to:HH:mm} は任意の日付形式の期間です。</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Anonymize data</source>
        <translation>データを匿名化</translation>
    </message>
    <message>
        <source>Account group:</source>
        <translation>アカウントグループ:</translation>
    </message>
    <message>
        <source>E&amp;xpiration date:</source>
        <translation>有効期限(&amp;X):</translation>
    </message>
    <message>
        <source>Anonymi&amp;ze data</source>
        <translation>データを匿名化(&amp;Z)</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::CredentialStore</name>
    <message>
        <source>No keychain is available on this system, so the token is kept for this session only.</source>
        <translation>このシステムでは利用できるキーチェーンがないため、トークンはこのセッションの間のみ保持されます。</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access, so the token is kept for this session only. Unlock it and save again to keep it.</source>
        <translation>キーチェーンがロックされているか、アクセスが拒否されたため、トークンはこのセッションの間のみ保持されます。保持するには、キーチェーンのロックを解除してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>The keychain reported a problem (%1), so the token is kept for this session only.</source>
        <extracomment>%1 is the keychain&apos;s own error text (often English)</extracomment>
        <translation>キーチェーンで問題が発生したため（%1）、トークンはこのセッションの間のみ保持されます。</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>このシステムではキーチェーンを利用できません。</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again.</source>
        <translation>キーチェーンがロックされているか、アクセスが拒否されました。ロックを解除してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain reported a problem (%1).</source>
        <extracomment>%1 is the keychain&apos;s own error text (often English)</extracomment>
        <translation>キーチェーンが問題を報告しました（%1）。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ExpirationDialog</name>
    <message>
        <source>Change expiration</source>
        <translation>有効期限の変更</translation>
    </message>
    <message>
        <source>Keep the snapshot &quot;%1&quot; until the end of:</source>
        <translation>スナップショット「%1」を次の日付の終わりまで保持します:</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>有効期限(&amp;E):</translation>
    </message>
    <message numerus="yes">
        <source>At most %n years ahead.</source>
        <translation>
            <numerusform>最長で%n年先まで指定できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryModel</name>
    <message>
        <source>Created</source>
        <comment>snapshot status</comment>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the snapshot was made</comment>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Report or dashboard</source>
        <translation>レポート/ダッシュボード</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Account group</source>
        <translation>アカウントグループ</translation>
    </message>
    <message>
        <source>Snapshot ID</source>
        <translation>スナップショットID</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Unknown — checking…</source>
        <comment>snapshot status: sent, answer lost</comment>
        <translation>不明 — 確認中…</translation>
    </message>
    <message>
        <source>The request was sent, but its answer was lost, so the snapshot may exist. Snapshot Desk looks for it in the server&apos;s list (again at every refresh) and shows the outcome here; do not send it again until then.</source>
        <translation>リクエストは送信されましたが応答が失われたため、スナップショットが存在する可能性があります。Snapshot Desk はサーバーの一覧でそれを探し（更新のたびに再確認）、結果をここに表示します。それまで再送信しないでください。</translation>
    </message>
    <message>
        <source>%1
Snapshot ID: %2</source>
        <translation>%1
スナップショットID: %2</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryStore</name>
    <message>
        <source>The history file %1 is damaged; new entries are kept until the app closes.</source>
        <translation>履歴ファイル%1が破損しています。新しい項目はアプリを閉じるまで保持されます。</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: check that the file and its folder are writable.</source>
        <translation>履歴を%1に保存できませんでした。ファイルとそのフォルダーが書き込み可能であることを確認してください。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryView</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;U):</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Name, ID, report, account group…</source>
        <translation>名前、ID、レポート、アカウントグループ…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>ブラウザーで開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>IDをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Use these settings again</source>
        <translation>この設定を再利用(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Clea&amp;r history…</source>
        <translation>履歴を消去(&amp;R)…</translation>
    </message>
    <message>
        <source>Fill in the form with this entry&apos;s report or dashboard, times and options</source>
        <translation>この項目のレポートまたはダッシュボード、日時、オプションをフォームに入力します</translation>
    </message>
    <message>
        <source>Remove the selected entries from this list; the snapshots stay on ThousandEyes</source>
        <translation>選択した項目をこの一覧から削除します。スナップショットはThousandEyesに残ります</translation>
    </message>
    <message>
        <source>Copied the snapshot ID %1.</source>
        <translation>スナップショットID %1をコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n snapshot IDs.</source>
        <translation>
            <numerusform>%n件のスナップショットIDをコピーしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n link(s).</source>
        <translation>
            <numerusform>%n件のリンクをコピーしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select at most %n entries to open at once.</source>
        <translation>
            <numerusform>一度に開く項目は%n件以内で選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete History Entries</source>
        <translation>履歴の項目を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n history entries? The snapshots themselves stay on ThousandEyes.</source>
        <translation>
            <numerusform>%n件の履歴項目を削除しますか？スナップショット自体はThousandEyesに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>履歴を消去</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n history entries? The snapshots themselves stay on ThousandEyes.</source>
        <translation>
            <numerusform>%n件の履歴項目をすべて削除しますか？スナップショット自体はThousandEyesに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear History</source>
        <translation>履歴を消去(&amp;L)</translation>
    </message>
    <message>
        <source>Could not export the history to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>履歴を%1にエクスポートできませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n件の項目を%1にエクスポートしました。</numerusform>
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
        <translation>選択項目をCSVにエクスポート</translation>
    </message>
    <message>
        <source>Export History to CSV</source>
        <translation>履歴をCSVにエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No snapshots yet. Every snapshot you create, and every attempt that fails, is listed here.</source>
        <translation>スナップショットはまだありません。作成したスナップショットと失敗した試行は、すべてここに表示されます。</translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation>フィルターに一致する項目はありません。</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>履歴を読み込んでいます…</translation>
    </message>
    <message>
        <source>Export &amp;selected entries to CSV…</source>
        <translation>選択した項目をCSVにエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Export the &amp;whole history to CSV…</source>
        <translation>履歴全体をCSVにエクスポート(&amp;W)…</translation>
    </message>
    <message>
        <source>Write the selected entries to a CSV file</source>
        <translation>選択した項目をCSVファイルに書き出します</translation>
    </message>
    <message>
        <source>Write every entry of the history to a CSV file, whatever the filter shows</source>
        <translation>フィルターに関係なく、履歴のすべての項目をCSVファイルに書き出します</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n history entries could not be read and were skipped (%1).</source>
        <translation>
            <numerusform>%n件の履歴項目を読み込めなかったため、スキップしました（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file had damaged lines, which were left out.</source>
        <translation>設定ファイルに破損した行があったため、それらを除外しました。</translation>
    </message>
    <message>
        <source>A copy of the damaged file could not be kept.</source>
        <translation>破損したファイルのコピーを保存できませんでした。</translation>
    </message>
    <message>
        <source>A copy of the damaged file was kept as %1.</source>
        <translation>破損したファイルのコピーを%1として保存しました。</translation>
    </message>
    <message>
        <source>Everything readable was kept.</source>
        <translation>読み取り可能な内容はすべて保持しました。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>デモを試す(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>スナップショット(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create snapshot</source>
        <translation>スナップショットを作成(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>キャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refresh lists</source>
        <translation>一覧を更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Snapshot Desk</source>
        <translation>Snapshot Deskについて(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <source>Your account has no account groups that can create snapshots.</source>
        <translation>お使いのアカウントには、スナップショットを作成できるアカウントグループがありません。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>サーバーからのメッセージ: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;V)</translation>
    </message>
    <message>
        <source>Open &amp;settings</source>
        <translation>設定を開く(&amp;G)</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; created with ID %2.</source>
        <translation>スナップショット「%1」をID %2で作成しました。</translation>
    </message>
    <message>
        <source>The form now holds the settings of &quot;%1&quot;. Check the time range, then create.</source>
        <translation>フォームに「%1」の設定を読み込みました。期間を確認してから作成してください。</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>このまま作成(&amp;W)</translation>
    </message>
    <message>
        <source>No ThousandEyes account is set up yet. Try the demo with a simulated API, or enter your API token in Settings.</source>
        <translation>ThousandEyesアカウントがまだ設定されていません。シミュレートAPIでデモを試すか、「設定」でAPIトークンを入力してください。</translation>
    </message>
    <message>
        <source>dashboard snapshots (v7)</source>
        <translation>ダッシュボードのスナップショット（v7）</translation>
    </message>
    <message>
        <source>report snapshots (v6)</source>
        <translation>レポートのスナップショット（v6）</translation>
    </message>
    <message>
        <source>Demo mode: simulated API, nothing is sent to ThousandEyes</source>
        <translation>デモモード: シミュレートAPIを使用中のため、ThousandEyesには何も送信されません</translation>
    </message>
    <message>
        <source>Connected to %1 — %2</source>
        <translation>%1に接続済み — %2</translation>
    </message>
    <message>
        <source>About Snapshot Desk</source>
        <translation>Snapshot Deskについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Snapshot Desk %1&lt;/h3&gt;&lt;p&gt;Create ThousandEyes report and dashboard snapshots in one step, keep a searchable history, and see how much of the API rate limit is left.&lt;/p&gt;&lt;p&gt;API tokens are kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Snapshot Desk %1&lt;/h3&gt;&lt;p&gt;ThousandEyesのレポートとダッシュボードのスナップショットをワンステップで作成し、検索可能な履歴を保持して、APIのレート制限の残りを確認できます。&lt;/p&gt;&lt;p&gt;APIトークンはシステムのキーチェーンに保存されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Server snapshots</source>
        <translation>サーバー上のスナップショット</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>ルーチン(&amp;Z)</translation>
    </message>
    <message numerus="yes">
        <source>The hourly snapshot limit is reached. The remaining %n snapshots of the batch will be created at %1, by themselves if the app stays open.</source>
        <translation>
            <numerusform>1時間あたりのスナップショット作成数の上限に達しました。アプリを開いたままにしておくと、バッチの残り%n件のスナップショットは%1に自動的に作成されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;batch</source>
        <translation>バッチを表示(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>Batch finished: %n created</source>
        <translation>
            <numerusform>バッチ完了: 作成済み%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>未送信%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>失敗分を再試行(&amp;V)</translation>
    </message>
    <message>
        <source>New &amp;batch…</source>
        <translation>新しいバッチ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Manage routines…</source>
        <translation>ルーチンを管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot;</source>
        <translation>「%1」を実行</translation>
    </message>
    <message numerus="yes">
        <source>Running &quot;%1&quot;: %n snapshots, one after another.</source>
        <translation>
            <numerusform>「%1」を実行中: %n件のスナップショットを順番に作成します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved API token was saved for %1, but the app is set to use %2 (by Settings, the command line or TE_API_URL), so the token was not sent. Send it to %2 only if you trust that address.</source>
        <translation>保存された API トークンは %1 用に保存されていますが、アプリは %2 を使うように設定されています (設定、コマンドライン、または TE_API_URL による)。そのためトークンは送信されませんでした。%2 を信頼できる場合にのみ送信してください。</translation>
    </message>
    <message>
        <source>&amp;Use the token for %1</source>
        <translation>%1 にトークンを使用(&amp;U)</translation>
    </message>
    <message>
        <source>The server did make &quot;%1&quot; before the connection ended: ID %2.</source>
        <translation>接続が切れる前に、サーバーは「%1」を作成していました: ID %2。</translation>
    </message>
    <message>
        <source>Checked &quot;%1&quot;: %2</source>
        <translation>「%1」を確認しました: %2</translation>
    </message>
    <message>
        <source>Whether &quot;%1&quot; was made is still unknown: the server&apos;s list could not be read. %2</source>
        <translation>「%1」が作成されたかどうかはまだ不明です: サーバーの一覧を読み込めませんでした。%2</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Not connected: no API token for %1</source>
        <translation>未接続: %1 の API トークンがありません</translation>
    </message>
    <message>
        <source>No ThousandEyes account is set up: enter your API token in Settings, or try the demo.</source>
        <translation>ThousandEyes アカウントが設定されていません。設定で API トークンを入力するか、デモをお試しください。</translation>
    </message>
    <message>
        <source>No web browser could be opened. The link is copied: paste it into a browser&apos;s address bar. %1</source>
        <translation>Web ブラウザーを開けませんでした。リンクをコピーしました。ブラウザーのアドレスバーに貼り付けてください。%1</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>新しいプロファイル(&amp;N)…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>A profile is one ThousandEyes account: its API version, address and token.
Name:</source>
        <translation>プロファイルは 1 つの ThousandEyes アカウントです（API バージョン、アドレス、トークン）。
名前:</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>ドキュメント(&amp;D)</translation>
    </message>
    <message>
        <source>Open the user guide in the browser</source>
        <translation>ユーザーガイドをブラウザーで開きます</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>問題を報告(&amp;R)…</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Snapshot Desk %1 (Qt %2) on %3
API: %4, %5
Settings: %6
History: %7
Messages: written to the terminal the app was started from (standard error); start it with QT_LOGGING_RULES=&quot;snapshotdesk.*.debug=true&quot; for more.</source>
        <translation>Snapshot Desk %1 (Qt %2) / %3
API: %4、%5
設定: %6
履歴: %7
メッセージ: アプリを起動した端末（標準エラー出力）に出力されます。詳しくは QT_LOGGING_RULES=&quot;snapshotdesk.*.debug=true&quot; を付けて起動してください。</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Report a Problem</source>
        <translation>問題を報告</translation>
    </message>
    <message>
        <source>Please describe what you did, what you expected and what happened, and paste these details into the report:</source>
        <translation>行った操作、期待した結果、実際に起きたことを記述し、次の情報を報告に貼り付けてください:</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>詳細をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Issue Tracker</source>
        <translation>課題トラッカーを開く(&amp;O)</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::OutcomeCheck</name>
    <message>
        <source>The connection ended before the server answered, and the server&apos;s list has no snapshot of this name and range: it was not made, and can be sent again.</source>
        <translation>サーバーが応答する前に接続が切れ、サーバーの一覧にこの名前と期間のスナップショットはありません。作成されていないため、再送信できます。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RateLimitIndicator</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop waiting and cancel the request</source>
        <translation>待機を中止してリクエストをキャンセルします</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>レート制限</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: retrying in %n s</source>
        <translation>
            <numerusform>レート制限中: %n秒後に再試行します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limit reached: sending in %n s</source>
        <translation>
            <numerusform>レート制限に到達: %n秒後に送信します</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <extracomment>Status bar: %1 requests remaining of %2 allowed per minute</extracomment>
        <translation>レート制限: 残り%1/%2</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left, resets in %3</source>
        <extracomment>Status bar: %1 remaining of %2 per minute; %3 a duration such as &quot;42 s&quot; or &quot;3 min&quot;</extracomment>
        <translation>レート制限: 残り%1/%2、%3後にリセット</translation>
    </message>
    <message>
        <source> (low)</source>
        <translation>（残りわずか）</translation>
    </message>
    <message>
        <source>Rate limit: not known yet</source>
        <translation>レート制限: まだ不明</translation>
    </message>
    <message>
        <source>Snapshots this hour: %1 of %2 left</source>
        <extracomment>Status bar, v7 only: %1 snapshot creations remaining of %2 per hour</extracomment>
        <translation>この1時間のスナップショット: 残り%1/%2</translation>
    </message>
    <message>
        <source>Snapshots this hour: none left, resets in %1</source>
        <extracomment>%1 is a duration such as &quot;42 s&quot; or &quot;3 min&quot;</extracomment>
        <translation>この1時間のスナップショット: 残りなし、%1後にリセット</translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <extracomment>Status bar, short form of &quot;Rate limited: retrying in %n s&quot;</extracomment>
        <translation>
            <numerusform>%n秒後に再試行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s</source>
        <extracomment>Status bar, short form of &quot;Rate limit reached: sending in %n s&quot;</extracomment>
        <translation>
            <numerusform>%n秒後に送信</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests: %1/%2</source>
        <extracomment>Status bar, short: %1 API requests left of %2 this minute</extracomment>
        <translation>リクエスト: %1/%2</translation>
    </message>
    <message>
        <source>Requests: %1/%2, reset in %3</source>
        <extracomment>Status bar, short: %1 of %2 requests left; %3 a duration such as &quot;42 s&quot;</extracomment>
        <translation>リクエスト: %1/%2、%3後にリセット</translation>
    </message>
    <message>
        <source>Requests: not known yet</source>
        <extracomment>Status bar, short form of &quot;Rate limit: not known yet&quot;</extracomment>
        <translation>リクエスト: まだ不明</translation>
    </message>
    <message>
        <source>Snapshots: %1/%2</source>
        <extracomment>Status bar, short: %1 snapshot creations left of %2 this hour</extracomment>
        <translation>スナップショット: %1/%2</translation>
    </message>
    <message>
        <source>Snapshots: 0, reset in %1</source>
        <extracomment>Status bar, short: no snapshot creations left; %1 a duration such as &quot;42 s&quot;</extracomment>
        <translation>スナップショット: 0、%1後にリセット</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Snapshot &amp;ID:</source>
        <translation>スナップショットID(&amp;I):</translation>
    </message>
    <message>
        <source>Snapshot ID</source>
        <translation>スナップショットID</translation>
    </message>
    <message>
        <source>Create a snapshot to see its ID here</source>
        <translation>スナップショットを作成すると、ここにIDが表示されます</translation>
    </message>
    <message>
        <source>Co&amp;py ID</source>
        <translation>IDをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>IDをコピー</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>ブラウザーで開く(&amp;B)</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
    <message>
        <source>Snapshot ID copied.</source>
        <translation>スナップショットIDをコピーしました。</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>リンクをコピーしました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, created %2</source>
        <extracomment>Under the snapshot ID: %1 the snapshot&apos;s name, %2 when it was made (2026-12-03 14:09)</extracomment>
        <translation>「%1」、%2 に作成</translation>
    </message>
    <message>
        <source>Outcome unknown: checking the server&apos;s list for &quot;%1&quot;.</source>
        <translation>結果不明: サーバーの一覧で「%1」を確認しています。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RoutineStore</name>
    <message>
        <source>The routine could not be saved to %1: check that the file and its folder are writable.</source>
        <translation>ルーチンを%1に保存できませんでした。ファイルとそのフォルダーが書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>This is not a routines file: it is not valid JSON (%1 at character %2).</source>
        <translation>ルーチンファイルではありません。有効なJSONではありません（%2文字目: %1）。</translation>
    </message>
    <message>
        <source>This is not a routines file: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>ルーチンファイルではありません。&quot;format&quot;は&quot;%1&quot;である必要があります。</translation>
    </message>
    <message>
        <source>The routines file has no valid &quot;version&quot;.</source>
        <translation>ルーチンファイルに有効な&quot;version&quot;がありません。</translation>
    </message>
    <message>
        <source>The routines file was written by a newer Snapshot Desk (format %1); this version reads format %2.</source>
        <translation>このルーチンファイルは新しいバージョンのSnapshot Desk（形式%1）で書き込まれています。このバージョンで読み取れるのは形式%2です。</translation>
    </message>
    <message>
        <source>The routines file has no &quot;routines&quot; list.</source>
        <translation>ルーチンファイルに&quot;routines&quot;リストがありません。</translation>
    </message>
    <message>
        <source>Routine %1 in the file is not an object.</source>
        <translation>ファイル内のルーチン%1はオブジェクトではありません。</translation>
    </message>
    <message>
        <source>Routine %1 in the file cannot be read: %2</source>
        <translation>ファイル内のルーチン%1を読み取れません: %2</translation>
    </message>
    <message>
        <source>The routines could not be written to %1: %2</source>
        <translation>ルーチンを%1に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1を開けませんでした: %2</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1（インポート済み）</translation>
    </message>
    <message>
        <source>The routine could not be deleted from %1: check that the file and its folder are writable.</source>
        <translation>%1 からルーチンを削除できませんでした。ファイルとそのフォルダーに書き込みできるか確認してください。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe or a device): choose a routines file that Snapshot Desk exported.</source>
        <translation>%1 は通常のファイルではありません（フォルダー、パイプ、またはデバイスです）。Snapshot Desk でエクスポートしたルーチンファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too large to be a routines file (more than %n MiB): choose a file that Snapshot Desk exported.</source>
        <translation>
            <numerusform>%1 はルーチンファイルとしては大きすぎます（%n MiB を超えています）。Snapshot Desk でエクスポートしたファイルを選んでください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RoutinesDialog</name>
    <message>
        <source>Routines</source>
        <translation>ルーチン</translation>
    </message>
    <message>
        <source>&amp;Routines:</source>
        <translation>ルーチン(&amp;R):</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>実行(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Export routines</source>
        <translation>ルーチンをエクスポート</translation>
    </message>
    <message>
        <source>Routines (*.json)</source>
        <translation>ルーチン (*.json)</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>ルーチンをインポート</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n sources, %2</source>
        <translation>
            <numerusform>%1 — ソース%n件、%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Name template: %1
Account group: %2
API: %3</source>
        <translation>名前テンプレート: %1
アカウントグループ: %2
API: %3</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>ルーチン名の変更</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>ルーチンを削除</translation>
    </message>
    <message>
        <source>Delete the routine &quot;%1&quot;? Snapshots it made stay.</source>
        <translation>ルーチン「%1」を削除しますか？作成済みのスナップショットは残ります。</translation>
    </message>
    <message>
        <source>Routines exported to %1.</source>
        <translation>ルーチンを%1にエクスポートしました。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>何もインポートされませんでした。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n routines imported.</source>
        <translation>
            <numerusform>%n件のルーチンをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotCatalog</name>
    <message>
        <source>The snapshot ID &quot;%1&quot; is not valid.</source>
        <translation>スナップショットID「%1」は無効です。</translation>
    </message>
    <message>
        <source>Choose an expiration date.</source>
        <translation>有効期限を選択してください。</translation>
    </message>
    <message>
        <source>The expiration date must be in the future.</source>
        <translation>有効期限は未来の日付にしてください。</translation>
    </message>
    <message>
        <source>Report snapshots (v6) do not expire, so there is no date to change.</source>
        <translation>レポートのスナップショット（v6）には有効期限がないため、変更する日付はありません。</translation>
    </message>
    <message>
        <source>Not sent: the server refused the credentials for &quot;%1&quot;.</source>
        <translation>送信されませんでした: サーバーが「%1」の認証情報を拒否しました。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotModel</name>
    <message>
        <source>In history</source>
        <translation>履歴にあり</translation>
    </message>
    <message>
        <source>Created elsewhere</source>
        <translation>他で作成</translation>
    </message>
    <message>
        <source>Gone from the server</source>
        <translation>サーバーから削除済み</translation>
    </message>
    <message>
        <source>This snapshot is in your history but no longer on the server: it was deleted or has expired.</source>
        <translation>このスナップショットは履歴にありますが、サーバー上にはもうありません。削除されたか、有効期限が切れています。</translation>
    </message>
    <message>
        <source>Double-click to open in the browser</source>
        <translation>ダブルクリックするとブラウザーで開きます</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotsView</name>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Read the list of snapshots from the server again</source>
        <translation>サーバーからスナップショットの一覧を再読み込みします</translation>
    </message>
    <message>
        <source>&amp;Delete on server…</source>
        <translation>サーバー上で削除(&amp;Q)…</translation>
    </message>
    <message>
        <source>Delete on server…</source>
        <translation>サーバー上で削除…</translation>
    </message>
    <message>
        <source>Change e&amp;xpiration…</source>
        <translation>有効期限を変更(&amp;W)…</translation>
    </message>
    <message>
        <source>Change expiration…</source>
        <translation>有効期限を変更…</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>フィルター(&amp;U):</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Name, dashboard, status…</source>
        <translation>名前、ダッシュボード、ステータス…</translation>
    </message>
    <message>
        <source>Server snapshots</source>
        <translation>サーバー上のスナップショット</translation>
    </message>
    <message>
        <source>Stop &amp;loading</source>
        <translation>読み込みを中止(&amp;J)</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>読み込みを中止</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n snapshots so far</source>
        <translation>
            <numerusform>読み込み中… これまでに%n件のスナップショット</numerusform>
        </translation>
    </message>
    <message>
        <source>(page %1)</source>
        <translation>（%1ページ目）</translation>
    </message>
    <message>
        <source>Loading stopped; the list shown is the previous one.</source>
        <translation>読み込みを中止しました。表示されているのは前回の一覧です。</translation>
    </message>
    <message>
        <source>The server snapshots could not be listed: %1</source>
        <translation>サーバー上のスナップショットの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>サーバーからのメッセージ: %1</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be deleted: %2</source>
        <translation>「%1」を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>The expiration of &quot;%1&quot; could not be changed: %2</source>
        <translation>「%1」の有効期限を変更できませんでした: %2</translation>
    </message>
    <message>
        <source>Snapshot %1 was deleted on the server.</source>
        <translation>スナップショット%1をサーバー上で削除しました。</translation>
    </message>
    <message>
        <source>Snapshot %1 now expires on %2.</source>
        <translation>スナップショット%1の有効期限を%2に変更しました。</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>まだ読み込まれていません。</translation>
    </message>
    <message>
        <source>Set up an account (or try the demo) to see the snapshots on the server.</source>
        <translation>サーバー上のスナップショットを表示するには、アカウントを設定するか、デモを試してください。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots on the server</source>
        <translation>
            <numerusform>サーバー上のスナップショット%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created elsewhere</source>
        <translation>
            <numerusform>他で作成%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the history gone</source>
        <translation>
            <numerusform>履歴のうちサーバーから削除済み%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshots on the ThousandEyes server: %1? Anyone with the link loses access. This cannot be undone.</source>
        <translation>
            <numerusform>ThousandEyesサーバー上の%n件のスナップショット（%1）を削除しますか？リンクを知っているユーザーはアクセスできなくなります。この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete on server</source>
        <translation>サーバー上で削除</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::Session</name>
    <message>
        <source>A batch is already running; wait for it or cancel it first.</source>
        <translation>バッチはすでに実行中です。完了するまで待つか、先にキャンセルしてください。</translation>
    </message>
    <message>
        <source>The batch could not start.</source>
        <translation>バッチを開始できませんでした。</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; is for the %2 API, but the app is set up for %3. Change the API version in Settings to run it.</source>
        <translation>ルーチン「%1」は%2 API用ですが、アプリは%3用に設定されています。実行するには、「設定」でAPIバージョンを変更してください。</translation>
    </message>
    <message>
        <source>The demo could not start: no local port was free.</source>
        <translation>デモを開始できませんでした。空いているローカルポートがありません。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::SettingsDialog</name>
    <message>
        <source>v7 – dashboard snapshots (current)</source>
        <translation>v7 – ダッシュボードのスナップショット（現行）</translation>
    </message>
    <message>
        <source>v6 – report snapshots (legacy)</source>
        <translation>v6 – レポートのスナップショット（レガシー）</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>ベアラートークン</translation>
    </message>
    <message>
        <source>Basic (e-mail + token)</source>
        <translation>Basic（メールアドレス + トークン）</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Basic authentication is only available with API v6.</source>
        <translation>Basic認証はAPI v6でのみ使用できます。</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>トークンを隠す</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>トークンを表示</translation>
    </message>
    <message>
        <source>Enter a full address such as %1, or leave the field empty for the official one.</source>
        <translation>%1 のような完全なアドレスを入力するか、公式のアドレスを使う場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Use https://. Plain http:// is only allowed to this computer (localhost or 127.0.0.1), since the token would travel unencrypted.</source>
        <translation>https:// を使用してください。トークンが暗号化されずに送信されるため、http:// はこのコンピューター（localhostまたは127.0.0.1）に対してのみ使用できます。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>アドレスは https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Basic authentication needs the e-mail address of your ThousandEyes account.</source>
        <translation>Basic認証には、ThousandEyesアカウントのメールアドレスが必要です。</translation>
    </message>
    <message>
        <source>Enter a full e-mail address, such as name@example.com.</source>
        <translation>name@example.com のような完全なメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n account group(s); rate limit %1 of %2 remaining</source>
        <translation>
            <numerusform>接続成功: アカウントグループ%n件、レート制限の残り%1/%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n account group(s)</source>
        <translation>
            <numerusform>接続成功: アカウントグループ%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>サーバーからのメッセージ: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: check that the file and its folder are writable, then press OK again.</source>
        <translation>設定を %1 に保存できませんでした。ファイルとそのフォルダーに書き込みできるか確認してから、もう一度 OK を押してください。</translation>
    </message>
    <message>
        <source>Paste your API token</source>
        <translation>API トークンを貼り付けてください</translation>
    </message>
    <message>
        <source>Saved in the keychain — leave empty to keep it</source>
        <translation>キーチェーンに保存済み — 空のままにすると保持されます</translation>
    </message>
    <message>
        <source>No API token: enter your ThousandEyes API token above, then test again.</source>
        <translation>API トークンがありません。上に ThousandEyes の API トークンを入力してから、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>The server could not be reached: check the base URL above and your network connection, then test again.</source>
        <translation>サーバーに接続できませんでした。上のベース URL とネットワーク接続を確認してから、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (plain http:// only for this computer): correct it above.</source>
        <translation>ベース URL は https:// で始まる必要があります (http:// はこのコンピューターに対してのみ)。上で修正してください。</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>トークンを削除(&amp;F)</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s saved API token from the keychain</source>
        <translation>このプロファイルの保存済み API トークンをキーチェーンから削除します</translation>
    </message>
    <message>
        <source>The saved token of the profile &quot;%1&quot; was removed from the keychain.</source>
        <translation>プロファイル「%1」の保存済みトークンをキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>No token was saved for the profile &quot;%1&quot;.</source>
        <translation>プロファイル「%1」にはトークンが保存されていませんでした。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: the token field is for the token.</source>
        <translation>アドレスからユーザー名とパスワードを削除してください。トークンはトークン欄に入力します。</translation>
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
        <translation>入力して検索</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>ダッシュボード(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>レポート(&amp;R):</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>An account group in the list; %1 is its name</extracomment>
        <translation>%1（既定）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Tooltip of an account group: %1 is the organisation, %2 the account group</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <extracomment>A report or dashboard that ThousandEyes ships; %1 is its name.</extracomment>
        <translation>%1（組み込み）</translation>
    </message>
    <message>
        <source>This account group has no dashboards. Create one in ThousandEyes, then refresh the list.</source>
        <translation>このアカウントグループにはダッシュボードがありません。ThousandEyesでダッシュボードを作成してから、一覧を更新してください。</translation>
    </message>
    <message>
        <source>This account group has no reports. Create one in ThousandEyes, then refresh the list.</source>
        <translation>このアカウントグループにはレポートがありません。ThousandEyesでレポートを作成してから、一覧を更新してください。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>A snapshot is being created: wait for it, or cancel it.</source>
        <translation>スナップショットを作成中です。完了を待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>The dashboards are still loading.</source>
        <translation>ダッシュボードをまだ読み込んでいます。</translation>
    </message>
    <message>
        <source>The reports are still loading.</source>
        <translation>レポートをまだ読み込んでいます。</translation>
    </message>
    <message>
        <source>Create the snapshot (Ctrl+Return)</source>
        <translation>スナップショットを作成します（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]

Creates ThousandEyes report (API v6) and dashboard (API v7) snapshots from scripts, cron and CI, with the settings, token, profiles and history of the Snapshot Desk window.

Commands:
</source>
        <translation>使い方: %1 [オプション] コマンド [コマンドのオプション]

スクリプト、cron、CI から ThousandEyes のレポート（API v6）とダッシュボード（API v7）のスナップショットを作成します。Snapshot Desk ウィンドウの設定、トークン、プロファイル、履歴を使います。

コマンド:
</translation>
    </message>
    <message>
        <source>Create a snapshot and print its ID</source>
        <translation>スナップショットを作成して ID を出力</translation>
    </message>
    <message>
        <source>List the account groups</source>
        <translation>アカウントグループを一覧表示</translation>
    </message>
    <message>
        <source>List the reports or dashboards of an account group</source>
        <translation>アカウントグループのレポートまたはダッシュボードを一覧表示</translation>
    </message>
    <message>
        <source>List the snapshots on the server</source>
        <translation>サーバー上のスナップショットを一覧表示</translation>
    </message>
    <message>
        <source>Delete snapshots on the server</source>
        <translation>サーバー上のスナップショットを削除</translation>
    </message>
    <message>
        <source>Print the history of snapshots</source>
        <translation>スナップショットの履歴を出力</translation>
    </message>
    <message>
        <source>List the saved routines</source>
        <translation>保存済みルーチンを一覧表示</translation>
    </message>
    <message>
        <source>Run a saved routine now</source>
        <translation>保存済みルーチンを今すぐ実行</translation>
    </message>
    <message>
        <source>List, add or remove profiles (accounts)</source>
        <translation>プロファイル（アカウント）の一覧・追加・削除</translation>
    </message>
    <message>
        <source>Save a profile&apos;s API token in the keychain (read from standard input)</source>
        <translation>プロファイルの API トークンをキーチェーンに保存（標準入力から読み取り）</translation>
    </message>
    <message>
        <source>Remove a profile&apos;s API token from the keychain</source>
        <translation>プロファイルの API トークンをキーチェーンから削除</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>
Environment: TE_API_URL, TE_API_VERSION (v6 or v7), TE_TOKEN (bearer token), TE_EMAIL with TE_BASIC_TOKEN (v6 basic authentication); tokens from the environment are used for this run and never saved.

Exit status: 0 success; 1 API or network failure; 2 bad usage or input; 3 authentication or permission (401/403, no token); 4 rate limit not recovered; 5 some items of a batch failed.

`%1 COMMAND --help` describes a command; `man %1` has more.
</source>
        <translation>
環境変数: TE_API_URL、TE_API_VERSION（v6 または v7）、TE_TOKEN（ベアラートークン）、TE_EMAIL と TE_BASIC_TOKEN（v6 の Basic 認証）。環境変数のトークンはこの実行だけに使われ、保存されません。

終了ステータス: 0 成功、1 API またはネットワークの障害、2 使い方または入力の誤り、3 認証または権限（401/403、トークンなし）、4 レート制限が回復しない、5 バッチの一部の項目が失敗。

`%1 コマンド --help` でコマンドの説明、`man %1` で詳細を表示します。
</translation>
    </message>
    <message>
        <source>See `%1 --help`.</source>
        <translation>`%1 --help` を参照してください。</translation>
    </message>
    <message>
        <source>Give a command: %1.</source>
        <translation>コマンドを指定してください: %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command. Commands: %2.</source>
        <translation>「%1」はコマンドではありません。コマンド: %2。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::Command</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <extracomment>%1 is a sentence of ours, %2 what the server said</extracomment>
        <translation>%1（サーバーの応答: %2）</translation>
    </message>
    <message>
        <source>The history could not be written (%1); the entry is kept and written again next time.</source>
        <translation>履歴を書き込めませんでした（%1）。エントリは保持され、次回もう一度書き込まれます。</translation>
    </message>
    <message>
        <source>--profile: there is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>--profile: プロファイル「%1」はありません。プロファイル: %2。</translation>
    </message>
    <message>
        <source>No API token for the profile &quot;%1&quot;: set TE_TOKEN, or save one with `snapshot-desk-cli login` or in the window (File → Settings).</source>
        <translation>プロファイル「%1」の API トークンがありません。TE_TOKEN を設定するか、`snapshot-desk-cli login` またはウィンドウ（ファイル → 設定）で保存してください。</translation>
    </message>
    <message>
        <source>The saved token of the profile &quot;%1&quot; was saved for %2, not for %3, so it was not sent. Confirm it once in the window, or set TE_TOKEN.</source>
        <translation>プロファイル「%1」の保存済みトークンは %3 ではなく %2 用に保存されたため、送信しませんでした。ウィンドウで一度確認するか、TE_TOKEN を設定してください。</translation>
    </message>
    <message numerus="yes">
        <source>The API answered 429 (rate limit): waiting %n second(s), until %1, then trying once more.</source>
        <translation>
            <numerusform>API が 429（レート制限）を返しました。%1 まで %n 秒待ってから、もう一度試します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation&apos;s rate limit is used up: waiting %n second(s), until %1, before the next request.</source>
        <translation>
            <numerusform>組織のレート制限を使い切りました。次のリクエストまで %1 まで %n 秒待ちます。</numerusform>
        </translation>
    </message>
    <message>
        <source>--account-group: &quot;%1&quot; names more than one account group: %2. Give its ID.</source>
        <translation>--account-group: 「%1」は複数のアカウントグループに該当します: %2。ID を指定してください。</translation>
    </message>
    <message>
        <source>--account-group: there is no account group &quot;%1&quot;. Account groups: %2.</source>
        <translation>--account-group: アカウントグループ「%1」はありません。アカウントグループ: %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::CreateCommand</name>
    <message>
        <source>Creates a snapshot of a report (API v6) or dashboard (API v7) and prints its ID.</source>
        <translation>レポート（API v6）またはダッシュボード（API v7）のスナップショットを作成し、ID を出力します。</translation>
    </message>
    <message>
        <source>The report or dashboard, by name or ID.</source>
        <translation>レポートまたはダッシュボード（名前または ID）。</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>名前|ID</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>アカウントグループ（名前または ID。既定: ウィンドウで使うもの）。</translation>
    </message>
    <message>
        <source>A time range relative to now: last-hour, last-24h, last-7d, yesterday, last-week or last-30d.</source>
        <translation>現在からの相対期間: last-hour、last-24h、last-7d、yesterday、last-week、last-30d。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Start: &quot;yyyy-MM-dd HH:mm&quot; in local time, or ISO 8601 with Z or an offset.</source>
        <translation>開始: ローカル時刻の「yyyy-MM-dd HH:mm」、または Z かオフセット付きの ISO 8601。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>End, in the same forms as --from.</source>
        <translation>終了（--from と同じ形式）。</translation>
    </message>
    <message>
        <source>The snapshot&apos;s display name (default: from the name template in Settings).</source>
        <translation>スナップショットの表示名（既定: 設定の名前テンプレートから）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>v7: the last day (yyyy-MM-dd) the snapshot is kept (default: one year).</source>
        <translation>v7: スナップショットを保持する最終日（yyyy-MM-dd。既定: 1 年）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>v7: anonymize the snapshot&apos;s data.</source>
        <translation>v7: スナップショットのデータを匿名化します。</translation>
    </message>
    <message>
        <source>Go ahead despite a warning, such as a range of more than 93 days.</source>
        <translation>警告（93 日を超える期間など）があっても続行します。</translation>
    </message>
    <message>
        <source>Print a JSON object instead of the ID alone.</source>
        <translation>ID だけでなく JSON オブジェクトを出力します。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」。</translation>
    </message>
    <message>
        <source>--source is required: the report or dashboard to snapshot, by name or ID.</source>
        <translation>--source は必須です: スナップショットを作るレポートまたはダッシュボード（名前または ID）。</translation>
    </message>
    <message>
        <source>--range cannot be combined with --from and --to: give one or the other.</source>
        <translation>--range は --from、--to と一緒に使えません。どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>A time range is required: --range KEY, or --from and --to.</source>
        <translation>期間が必要です: --range キー、または --from と --to。</translation>
    </message>
    <message>
        <source>--range: &quot;%1&quot; is not a range. Use last-hour, last-24h, last-7d, yesterday, last-week or last-30d.</source>
        <translation>--range: 「%1」は期間ではありません。last-hour、last-24h、last-7d、yesterday、last-week、last-30d を使ってください。</translation>
    </message>
    <message>
        <source>--to is required with --from.</source>
        <translation>--from を使うときは --to が必要です。</translation>
    </message>
    <message>
        <source>--from is required with --to.</source>
        <translation>--to を使うときは --from が必要です。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time. Use &quot;yyyy-MM-dd HH:mm&quot; (local time) or ISO 8601 with Z or an offset, e.g. 2026-03-02T18:00:00Z.</source>
        <translation>--%1: 「%2」は時刻ではありません。「yyyy-MM-dd HH:mm」（ローカル時刻）か、Z またはオフセット付きの ISO 8601（例: 2026-03-02T18:00:00Z）を使ってください。</translation>
    </message>
    <message>
        <source>--name: the name cannot be empty.</source>
        <translation>--name: 名前を空にはできません。</translation>
    </message>
    <message>
        <source>--expires: &quot;%1&quot; is not a date. Use yyyy-MM-dd.</source>
        <translation>--expires: 「%1」は日付ではありません。yyyy-MM-dd を使ってください。</translation>
    </message>
    <message>
        <source>Add --yes to create it anyway.</source>
        <translation>それでも作成するには --yes を付けてください。</translation>
    </message>
    <message>
        <source>%1 is only for API v7 (dashboard snapshots); the profile uses v6.</source>
        <translation>%1 は API v7（ダッシュボードのスナップショット）専用です。このプロファイルは v6 を使います。</translation>
    </message>
    <message>
        <source>--source: &quot;%1&quot; names more than one report: %2. Give its ID.</source>
        <translation>--source: 「%1」は複数のレポートに該当します: %2。ID を指定してください。</translation>
    </message>
    <message>
        <source>--source: &quot;%1&quot; names more than one dashboard: %2. Give its ID.</source>
        <translation>--source: 「%1」は複数のダッシュボードに該当します: %2。ID を指定してください。</translation>
    </message>
    <message>
        <source>--source: there is no report &quot;%1&quot; in %2. Reports: %3.</source>
        <translation>--source: %2 にレポート「%1」はありません。レポート: %3。</translation>
    </message>
    <message>
        <source>--source: there is no dashboard &quot;%1&quot; in %2. Dashboards: %3.</source>
        <translation>--source: %2 にダッシュボード「%1」はありません。ダッシュボード: %3。</translation>
    </message>
    <message>
        <source>The snapshot was not made: %1</source>
        <translation>スナップショットは作成されませんでした: %1</translation>
    </message>
    <message>
        <source>The answer to the create was lost and the server&apos;s list could not be read (%1), so it is not known whether the snapshot was made. The history shows it as unknown; the window checks again at its next start. Do not create it again before.</source>
        <translation>作成への応答が失われ、サーバーの一覧も読めなかったため（%1）、スナップショットが作成されたかどうか分かりません。履歴には不明として表示され、ウィンドウが次回起動時に再確認します。それまでもう一度作成しないでください。</translation>
    </message>
    <message>
        <source>The answer to the create was lost; asking the server&apos;s list whether the snapshot was made.</source>
        <translation>作成への応答が失われました。スナップショットが作成されたかサーバーの一覧に問い合わせています。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::DeleteCommand</name>
    <message>
        <source>Deletes snapshots on the server, after asking unless --yes is given.</source>
        <translation>サーバー上のスナップショットを削除します（--yes がなければ確認します）。</translation>
    </message>
    <message>
        <source>The IDs of the snapshots to delete.</source>
        <translation>削除するスナップショットの ID。</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>アカウントグループ（名前または ID。既定: ウィンドウで使うもの）。</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>名前|ID</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>確認せずに削除します。</translation>
    </message>
    <message>
        <source>Give the ID of at least one snapshot to delete (see `snapshot-desk-cli snapshots`).</source>
        <translation>削除するスナップショットの ID を 1 つ以上指定してください（`snapshot-desk-cli snapshots` を参照）。</translation>
    </message>
    <message>
        <source>Deleting cannot be undone, and there is nobody to ask: add --yes to delete without asking.</source>
        <translation>削除は元に戻せず、確認する相手もいません。確認なしで削除するには --yes を付けてください。</translation>
    </message>
    <message>
        <source>There is no snapshot &quot;%1&quot; in the account group %2.</source>
        <translation>アカウントグループ %2 にスナップショット「%1」はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s) from the server: %1? This cannot be undone. [y/N] </source>
        <translation>
            <numerusform>サーバーから %n 件のスナップショットを削除しますか: %1？ 元に戻せません。[y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>何も削除されませんでした。</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 は削除されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::HistoryCommand</name>
    <message>
        <source>created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Prints the history of snapshots, newest first: the window&apos;s history, from the same file. With --profile, only that profile&apos;s entries.</source>
        <translation>スナップショットの履歴を新しい順に出力します（ウィンドウと同じファイルの履歴）。--profile を付けると、そのプロファイルのエントリだけを出力します。</translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation>table（既定）、csv、json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Print at most this many entries, the newest.</source>
        <translation>最新のものから最大この件数だけ出力します。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」。</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format. Use table, csv or json.</source>
        <translation>--format: 「%1」は形式ではありません。table、csv、json を使ってください。</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number of entries (1 or more).</source>
        <translation>--limit: 「%1」はエントリ数（1 以上）ではありません。</translation>
    </message>
    <message>
        <source>--profile: there is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>--profile: プロファイル「%1」はありません。プロファイル: %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be read and are left out (%1).</source>
        <translation>
            <numerusform>%n 件のエントリを読めなかったため省きました（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>SNAPSHOT ID</source>
        <translation>スナップショット ID</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::ListCommand</name>
    <message>
        <source>Lists the account groups the token can use.</source>
        <translation>トークンで使えるアカウントグループを一覧表示します。</translation>
    </message>
    <message>
        <source>Lists the reports (API v6) or dashboards (API v7) of an account group.</source>
        <translation>アカウントグループのレポート（API v6）またはダッシュボード（API v7）を一覧表示します。</translation>
    </message>
    <message>
        <source>Lists the snapshots on the server for an account group.</source>
        <translation>アカウントグループのサーバー上のスナップショットを一覧表示します。</translation>
    </message>
    <message>
        <source>The account group, by name or ID (default: the one the window uses).</source>
        <translation>アカウントグループ（名前または ID。既定: ウィンドウで使うもの）。</translation>
    </message>
    <message>
        <source>name|id</source>
        <translation>名前|ID</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」。</translation>
    </message>
    <message>
        <source>AID</source>
        <extracomment>Column headers of a table printed by snapshot-desk-cli; * marks the group used by default</extracomment>
        <translation>AID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::ProfilesCommand</name>
    <message>
        <source>Lists the profiles (one per ThousandEyes account), or adds or removes one. A new profile takes --api-version, --api-url, --auth and --email; save its token with `snapshot-desk-cli login --profile NAME`.</source>
        <translation>プロファイル（ThousandEyes アカウントごとに 1 つ）を一覧表示、追加、削除します。新しいプロファイルには --api-version、--api-url、--auth、--email を指定できます。トークンは `snapshot-desk-cli login --profile 名前` で保存します。</translation>
    </message>
    <message>
        <source>list (the default), add or remove.</source>
        <translation>list（既定）、add、remove。</translation>
    </message>
    <message>
        <source>add: bearer (the default) or basic (v6: e-mail and basic token).</source>
        <translation>add: bearer（既定）または basic（v6: メールアドレスと Basic トークン）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>add: the account&apos;s e-mail address, for basic authentication.</source>
        <translation>add: Basic 認証に使うアカウントのメールアドレス。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>remove: without asking.</source>
        <translation>remove: 確認しません。</translation>
    </message>
    <message>
        <source>list: print JSON instead of a table.</source>
        <translation>list: 表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」。</translation>
    </message>
    <message>
        <source>Give the profile&apos;s name: snapshot-desk-cli profiles %1 NAME.</source>
        <translation>プロファイル名を指定してください: snapshot-desk-cli profiles %1 名前。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of profiles. Use list, add or remove.</source>
        <translation>「%1」は profiles の操作ではありません。list、add、remove を使ってください。</translation>
    </message>
    <message>
        <source>--auth: &quot;%1&quot; is not a kind of authentication. Use bearer or basic.</source>
        <translation>--auth: 「%1」は認証の種類ではありません。bearer または basic を使ってください。</translation>
    </message>
    <message>
        <source>--auth basic is for API v6 and needs --email: add --api-version v6 --email ADDRESS.</source>
        <translation>--auth basic は API v6 用で、--email が必要です。--api-version v6 --email アドレス を付けてください。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>設定を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>Added the profile &quot;%1&quot;. Save its token with: snapshot-desk-cli login --profile &quot;%1&quot;</source>
        <translation>プロファイル「%1」を追加しました。トークンの保存: snapshot-desk-cli login --profile &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>プロファイル「%1」はありません。プロファイル: %2。</translation>
    </message>
    <message>
        <source>The profile &quot;Default&quot; cannot be removed.</source>
        <translation>プロファイル「Default」は削除できません。</translation>
    </message>
    <message>
        <source>Removing a profile forgets its token; there is nobody to ask: add --yes.</source>
        <translation>プロファイルを削除するとトークンも削除されますが、確認する相手がいません。--yes を付けてください。</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its saved token? [y/N] </source>
        <translation>プロファイル「%1」と保存済みトークンを削除しますか？ [y/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>何も削除されませんでした。</translation>
    </message>
    <message>
        <source>Removed the profile &quot;%1&quot;.</source>
        <translation>プロファイル「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::RoutinesCommand</name>
    <message>
        <source>Lists the saved routines (Routines in the window), or imports those of a file the window exported (Routines → Export).</source>
        <translation>保存済みルーチン（ウィンドウのルーチン）を一覧表示するか、ウィンドウがエクスポートしたファイル（ルーチン → エクスポート）から取り込みます。</translation>
    </message>
    <message>
        <source>list (the default), or import FILE.</source>
        <translation>list（既定）または import ファイル。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Give the file to import: snapshot-desk-cli routines import FILE.</source>
        <translation>取り込むファイルを指定してください: snapshot-desk-cli routines import ファイル。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s).</source>
        <translation>
            <numerusform>%n 件のルーチンを取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>ソース数</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>プロファイル</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::RunRoutineCommand</name>
    <message>
        <source>Runs a saved routine now: one snapshot per report or dashboard, its relative range resolved now, paced by the rate limit as the window&apos;s batch is. Prints the IDs made, one per line.</source>
        <translation>保存済みルーチンを今すぐ実行します。レポートまたはダッシュボードごとに 1 つのスナップショットを作り、相対期間は今の時点で決まり、ウィンドウのバッチと同じくレート制限に合わせて送信します。作成した ID を 1 行に 1 つ出力します。</translation>
    </message>
    <message>
        <source>The routine&apos;s name.</source>
        <translation>ルーチンの名前。</translation>
    </message>
    <message>
        <source>Print a JSON object with every item instead of the IDs.</source>
        <translation>ID の代わりに、各項目を含む JSON オブジェクトを出力します。</translation>
    </message>
    <message>
        <source>Give the name of the routine to run (see `snapshot-desk-cli routines`).</source>
        <translation>実行するルーチンの名前を指定してください（`snapshot-desk-cli routines` を参照）。</translation>
    </message>
    <message>
        <source>Give one routine; put a name with spaces in quotes.</source>
        <translation>ルーチンを 1 つ指定してください。空白を含む名前は引用符で囲んでください。</translation>
    </message>
    <message>
        <source>There is no routine &quot;%1&quot;. Routines: %2.</source>
        <translation>ルーチン「%1」はありません。ルーチン: %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one routine: %2.</source>
        <translation>「%1」は複数のルーチンに該当します: %2。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %3 件中 %2 件完了</translation>
    </message>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>（残り約 %n 秒）</numerusform>
        </translation>
    </message>
    <message>
        <source>The hourly snapshot limit is spent; the rest go at %1, by themselves.</source>
        <translation>1 時間あたりのスナップショット上限に達しました。残りは %1 に自動で送信されます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not made: %2</source>
        <translation>「%1」は作成されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::TokenCommand</name>
    <message>
        <source>Reads an API token from standard input (one line) and saves it in the keychain for the profile, bound to its API address. For example: snapshot-desk-cli login &lt; token.txt</source>
        <translation>標準入力から API トークン（1 行）を読み取り、プロファイル用に API アドレスに結び付けてキーチェーンに保存します。例: snapshot-desk-cli login &lt; token.txt</translation>
    </message>
    <message>
        <source>Removes the profile&apos;s saved API token from the keychain.</source>
        <translation>プロファイルの保存済み API トークンをキーチェーンから削除します。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」。</translation>
    </message>
    <message>
        <source>--demo needs no token.</source>
        <translation>--demo にトークンは不要です。</translation>
    </message>
    <message>
        <source>Removed the saved token of the profile &quot;%1&quot; from the keychain.</source>
        <translation>プロファイル「%1」の保存済みトークンをキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>No token was saved for the profile &quot;%1&quot;.</source>
        <translation>プロファイル「%1」にはトークンが保存されていませんでした。</translation>
    </message>
    <message>
        <source>Paste the API token of the profile &quot;%1&quot; and press Enter: </source>
        <translation>プロファイル「%1」の API トークンを貼り付けて Enter キーを押してください: </translation>
    </message>
    <message>
        <source>No token on standard input.</source>
        <translation>標準入力にトークンがありません。</translation>
    </message>
    <message>
        <source>Saved the token of the profile &quot;%1&quot; in the keychain, for %2.</source>
        <translation>プロファイル「%1」のトークンを %2 用にキーチェーンに保存しました。</translation>
    </message>
</context>
<context>
    <name>snapshotdesk::json</name>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation>サーバーの応答が有効なJSONではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list.</source>
        <translation>サーバーの応答がリストではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no &quot;%1&quot; list.</source>
        <translation>サーバーの応答に&quot;%1&quot;リストがありません。</translation>
    </message>
</context>
</TS>
