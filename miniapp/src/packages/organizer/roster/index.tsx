import { useRouter } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { formatShanghai, registrationStatusNames, type RosterRow } from '@szkc/shared';
import { useState } from 'react';
import { ask } from '../../../components/confirm';
import { toastError } from '../../../api/feedback';
import { fetchEvent } from '../../../api/events';
import { StateView } from '../../../components/StateView';
import { canOrganize } from '../../../events/roles';
import { clock } from '../../../events/time';
import { useRequest } from '../../../hooks/useRequest';
import { checkInByHand, fetchWholeRoster, rosterXlsxPath } from '../api';
import { checkinFailure, checkinOutcome, type CheckinOutcome } from '../checkin/outcome';
import { saveWorkbook } from '../../../api/workbook';
import { RoleGate } from '../RoleGate';
import { matchesRoster, rosterCounts, rosterFilters, type RosterFilter } from './counts';
import '../../../events/events.css';
import '../organizer.css';
import '../checkin/index.css';
import './index.css';
import { BusyButton } from '../../../components/BusyButton';
import { PageRoot } from '../../../components/PageRoot';

export default function RosterPage() {
  const { params } = useRouter();
  return (
    <PageRoot className="page org-page">
      <RoleGate allow={canOrganize}>
        <Roster id={params.id ?? ''} />
      </RoleGate>
    </PageRoot>
  );
}

function Roster({ id }: { id: string }) {
  const roster = useRequest(async () => {
    const [event, rows] = await Promise.all([fetchEvent(id), fetchWholeRoster(id)]);
    return { title: event.title, rows };
  }, [id]);
  const [exporting, setExporting] = useState(false);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<RosterFilter>('all');
  const [checking, setChecking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<CheckinOutcome | null>(null);
  const title = roster.data?.title ?? '';

  /** By hand at the door: asked once (the name and party read out), then the same once-only rule. */
  const checkInRow = async (row: RosterRow) => {
    if (checking || !roster.data) return;
    const sure = await ask({
      title: '确认签到',
      content: `${row.contactName}（${row.contactPhoneMasked}）· ${row.partySize} 人`,
      confirmText: '签到',
    });
    if (!sure) return;
    setChecking(row.id);
    try {
      const result = await checkInByHand(id, row.id);
      setOutcome(checkinOutcome(result));
      const data = roster.data;
      roster.setData({
        ...data,
        rows: data.rows.map((r) => (r.id === row.id ? { ...r, checkedInAt: result.checkedInAt } : r)),
      });
    } catch (e) {
      setOutcome(checkinFailure(e));
    } finally {
      setChecking(null);
    }
  };

  const doExport = async () => {
    setExporting(true);
    try {
      await saveWorkbook(rosterXlsxPath(id), `${(title || '活动').slice(0, 40)}_报名名单`);
    } catch (e) {
      toastError(e);
    } finally {
      setExporting(false);
    }
  };

  if (roster.state === 'error')
    return <StateView kind="error" text={roster.error ?? undefined} onRetry={() => void roster.reload()} />;
  if (roster.state === 'loading' || !roster.data) return <StateView kind="loading" text="正在加载名单…" />;
  const { rows } = roster.data;
  const counts = rosterCounts(rows);
  const shown = rows.filter((row) => matchesRoster(row, query, filter));

  return (
    <View>
      <View className="card">
        <Text className="org-card-title">{title}</Text>
        <View className="org-counts">
          <Count label="报名成功" value={counts.confirmed} />
          <Count label="候补" value={counts.waitlisted} />
          <Count label="已签到" value={counts.checkedIn} />
        </View>
        <Text className="hint">以上均按人数统计；手机号已隐去中间四位。</Text>
      </View>
      <BusyButton busy={exporting} busyText="正在导出…" onClick={() => void doExport()}>
        导出 Excel 名单
      </BusyButton>
      {rows.length === 0 && <StateView kind="empty" text="还没有人报名" />}
      {rows.length > 0 && (
        <View className="card ro-search">
          <Text className="label" id="ro-search-label">
            查找报名者
          </Text>
          <Input
            className="input"
            value={query}
            aria-labelledby="ro-search-label"
            placeholder="姓名、手机后四位或签到码"
            maxlength={20}
            onInput={(e) => setQuery(e.detail.value)}
          />
          <View className="ro-chips" role="group" aria-label="按签到状态筛选">
            {rosterFilters.map((f) => (
              <Button
                key={f.key}
                className={filter === f.key ? 'ro-chip ro-chip-on' : 'ro-chip'}
                aria-pressed={filter === f.key}
                onClick={() => setFilter(f.key)}
              >
                {f.label} {rows.filter((row) => matchesRoster(row, '', f.key)).length}
              </Button>
            ))}
          </View>
        </View>
      )}
      {outcome && (
        <View className={`ck-result ck-result-${outcome.tone}`} role="status">
          <Text className="ck-result-headline">{outcome.headline}</Text>
          <Text className="ck-result-detail">{outcome.detail}</Text>
        </View>
      )}
      {rows.length > 0 && shown.length === 0 && <StateView kind="empty" text="没有符合条件的报名者" />}
      {shown.map((row) => (
        <View key={row.id} className={row.status === 'cancelled' ? 'card ro-row ro-row-off' : 'card ro-row'}>
          <View className="ro-main">
            <Text className="ro-name">{row.contactName}</Text>
            <Text className="ro-phone">{row.contactPhoneMasked}</Text>
          </View>
          <View className="ro-side">
            <Text className={`ev-status ev-status-${row.status}`}>{registrationStatusNames[row.status]}</Text>
            <Text className="ro-party">{row.partySize} 人</Text>
            {row.checkedInAt && <Text className="ro-checked">{clock(row.checkedInAt)} 已签到</Text>}
          </View>
          <Text className="ro-time">
            报名于 {formatShanghai(row.createdAt)}
            {row.ticketCode ? ` · 签到码 ${row.ticketCode}` : ''}
          </Text>
          {row.status === 'confirmed' && !row.checkedInAt && (
            <Button
              className={
                checking === row.id ? 'btn btn-secondary btn-busy ro-checkin' : 'btn btn-secondary ro-checkin'
              }
              disabled={checking !== null || undefined}
              aria-label={`为 ${row.contactName} 签到`}
              onClick={() => void checkInRow(row)}
            >
              {checking === row.id ? '正在签到…' : '签到'}
            </Button>
          )}
        </View>
      ))}
    </View>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <View className="org-count">
      <Text className="org-count-number">{value}</Text>
      <Text className="org-count-label">{label}</Text>
    </View>
  );
}
