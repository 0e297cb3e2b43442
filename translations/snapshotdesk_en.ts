<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SnapshotRequest</name>
    <message numerus="yes">
        <source>The name is too long: shorten it to %n characters or fewer.</source>
        <translation>
            <numerusform>The name is too long: shorten it to %n character or fewer.</numerusform>
            <numerusform>The name is too long: shorten it to %n characters or fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The expiration date is too far ahead: the API allows at most %n years from now, so choose %1 or earlier.</source>
        <extracomment>%1 is the latest allowed expiration, local time, yyyy-MM-dd HH:mm</extracomment>
        <translation>
            <numerusform>The expiration date is too far ahead: the API allows at most %n year from now, so choose %1 or earlier.</numerusform>
            <numerusform>The expiration date is too far ahead: the API allows at most %n years from now, so choose %1 or earlier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The range is longer than %n days; ThousandEyes keeps test data for about 90 days, so most of the snapshot will be empty.</source>
        <translation>
            <numerusform>The range is longer than %n day; ThousandEyes keeps test data for about 90 days, so most of the snapshot will be empty.</numerusform>
            <numerusform>The range is longer than %n days; ThousandEyes keeps test data for about 90 days, so most of the snapshot will be empty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::BatchDialog</name>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hourly snapshot limit is reached: the remaining %n go at %1, by themselves if this app stays open.</source>
        <translation>
            <numerusform>The hourly snapshot limit is reached: the remaining %n goes at %1, by itself if this app stays open.</numerusform>
            <numerusform>The hourly snapshot limit is reached: the remaining %n go at %1, by themselves if this app stays open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being checked</source>
        <translation>
            <numerusform>%n being checked</numerusform>
            <numerusform>%n being checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ExpirationDialog</name>
    <message numerus="yes">
        <source>At most %n years ahead.</source>
        <translation>
            <numerusform>At most %n year ahead.</numerusform>
            <numerusform>At most %n years ahead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::HistoryView</name>
    <message numerus="yes">
        <source>Copied %n snapshot IDs.</source>
        <translation>
            <numerusform>Copied %n snapshot ID.</numerusform>
            <numerusform>Copied %n snapshot IDs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n link(s).</source>
        <translation>
            <numerusform>Copied %n link.</numerusform>
            <numerusform>Copied %n links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select at most %n entries to open at once.</source>
        <translation>
            <numerusform>Select at most %n entry to open at once.</numerusform>
            <numerusform>Select at most %n entries to open at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n history entries? The snapshots themselves stay on ThousandEyes.</source>
        <translation>
            <numerusform>Delete %n history entry? The snapshot itself stays on ThousandEyes.</numerusform>
            <numerusform>Delete %n history entries? The snapshots themselves stay on ThousandEyes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n history entries? The snapshots themselves stay on ThousandEyes.</source>
        <translation>
            <numerusform>Delete the %n history entry? The snapshot itself stays on ThousandEyes.</numerusform>
            <numerusform>Delete all %n history entries? The snapshots themselves stay on ThousandEyes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n history entries could not be read and were skipped (%1).</source>
        <translation>
            <numerusform>%n history entry could not be read and was skipped (%1).</numerusform>
            <numerusform>%n history entries could not be read and were skipped (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hourly snapshot limit is reached. The remaining %n snapshots of the batch will be created at %1, by themselves if the app stays open.</source>
        <translation>
            <numerusform>The hourly snapshot limit is reached. The remaining %n snapshot of the batch will be created at %1, by itself if the app stays open.</numerusform>
            <numerusform>The hourly snapshot limit is reached. The remaining %n snapshots of the batch will be created at %1, by themselves if the app stays open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch finished: %n created</source>
        <translation>
            <numerusform>Batch finished: %n created</numerusform>
            <numerusform>Batch finished: %n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running &quot;%1&quot;: %n snapshots, one after another.</source>
        <translation>
            <numerusform>Running &quot;%1&quot;: %n snapshot.</numerusform>
            <numerusform>Running &quot;%1&quot;: %n snapshots, one after another.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RateLimitIndicator</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: retrying in %n s</source>
        <translation>
            <numerusform>Rate limited: retrying in %n s</numerusform>
            <numerusform>Rate limited: retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limit reached: sending in %n s</source>
        <translation>
            <numerusform>Rate limit reached: sending in %n s</numerusform>
            <numerusform>Rate limit reached: sending in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry in %n s</source>
        <extracomment>Status bar, short form of &quot;Rate limited: retrying in %n s&quot;</extracomment>
        <translation>
            <numerusform>Retry in %n s</numerusform>
            <numerusform>Retry in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s</source>
        <extracomment>Status bar, short form of &quot;Rate limit reached: sending in %n s&quot;</extracomment>
        <translation>
            <numerusform>Sending in %n s</numerusform>
            <numerusform>Sending in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RoutineStore</name>
    <message numerus="yes">
        <source>%1 is too large to be a routines file (more than %n MiB): choose a file that Snapshot Desk exported.</source>
        <translation>
            <numerusform>%1 is too large to be a routines file (more than %n MiB): choose a file that Snapshot Desk exported.</numerusform>
            <numerusform>%1 is too large to be a routines file (more than %n MiB): choose a file that Snapshot Desk exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::RoutinesDialog</name>
    <message numerus="yes">
        <source>%1 — %n sources, %2</source>
        <translation>
            <numerusform>%1 — %n source, %2</numerusform>
            <numerusform>%1 — %n sources, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines imported.</source>
        <translation>
            <numerusform>%n routine imported.</numerusform>
            <numerusform>%n routines imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::ServerSnapshotsView</name>
    <message numerus="yes">
        <source>Loading… %n snapshots so far</source>
        <translation>
            <numerusform>Loading… %n snapshot so far</numerusform>
            <numerusform>Loading… %n snapshots so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots on the server</source>
        <translation>
            <numerusform>%n snapshot on the server</numerusform>
            <numerusform>%n snapshots on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created elsewhere</source>
        <translation>
            <numerusform>%n created elsewhere</numerusform>
            <numerusform>%n created elsewhere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the history gone</source>
        <translation>
            <numerusform>%n from the history gone</numerusform>
            <numerusform>%n from the history gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshots on the ThousandEyes server: %1? Anyone with the link loses access. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the snapshot on the ThousandEyes server: %1? Anyone with the link loses access. This cannot be undone.</numerusform>
            <numerusform>Delete %n snapshots on the ThousandEyes server: %1? Anyone with the link loses access. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::SettingsDialog</name>
    <message numerus="yes">
        <source>Connected: %n account group(s); rate limit %1 of %2 remaining</source>
        <translation>
            <numerusform>Connected: %n account group; rate limit %1 of %2 remaining</numerusform>
            <numerusform>Connected: %n account groups; rate limit %1 of %2 remaining</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n account group(s)</source>
        <translation>
            <numerusform>Connected: %n account group</numerusform>
            <numerusform>Connected: %n account groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::Command</name>
    <message numerus="yes">
        <source>The API answered 429 (rate limit): waiting %n second(s), until %1, then trying once more.</source>
        <translation>
            <numerusform>The API answered 429 (rate limit): waiting %n second, until %1, then trying once more.</numerusform>
            <numerusform>The API answered 429 (rate limit): waiting %n seconds, until %1, then trying once more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation&apos;s rate limit is used up: waiting %n second(s), until %1, before the next request.</source>
        <translation>
            <numerusform>The organisation&apos;s rate limit is used up: waiting %n second, until %1, before the next request.</numerusform>
            <numerusform>The organisation&apos;s rate limit is used up: waiting %n seconds, until %1, before the next request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::DeleteCommand</name>
    <message numerus="yes">
        <source>Delete %n snapshot(s) from the server: %1? This cannot be undone. [y/N] </source>
        <translation>
            <numerusform>Delete %n snapshot from the server: %1? This cannot be undone. [y/N] </numerusform>
            <numerusform>Delete %n snapshots from the server: %1? This cannot be undone. [y/N] </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::HistoryCommand</name>
    <message numerus="yes">
        <source>%n entry(s) could not be read and are left out (%1).</source>
        <translation>
            <numerusform>%n entry could not be read and are left out (%1).</numerusform>
            <numerusform>%n entries could not be read and are left out (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::RoutinesCommand</name>
    <message numerus="yes">
        <source>Imported %n routine(s).</source>
        <translation>
            <numerusform>Imported %n routine.</numerusform>
            <numerusform>Imported %n routines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotdesk::cli::RunRoutineCommand</name>
    <message numerus="yes">
        <source>(about %n second(s) left)</source>
        <translation>
            <numerusform>(about %n second left)</numerusform>
            <numerusform>(about %n seconds left)</numerusform>
        </translation>
    </message>
</context>
</TS>
