import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatShanghai, registrationStatusNames } from '@szkc/shared';
import { useState } from 'react';
import { toastError } from '../../../api/feedback';
import { fetchEvent } from '../../../api/events';
import { StateView } from '../../../components/StateView';
import { canOrganize } from '../../../events/roles';
import { clock } from '../../../events/time';
import { useRequest } from '../../../hooks/useRequest';
import { fetchWholeRoster, rosterXlsxPath } from '../api';
import { saveWorkbook } from '../../../api/workbook';
import { RoleGate } from '../RoleGate';
import { rosterCounts } from './counts';
import '../../../events/events.css';
import '../organizer.css';
import './index.css';
import { BusyButton } from '../../../components/BusyButton';

export default function RosterPage() {
  const { params } = useRouter();
  return (
    <View className="page org-page">
      <RoleGate allow={canOrganize}>
        <Roster id={params.id ?? ''} />
      </RoleGate>
    </View>
  );
}

function Roster({ id }: { id: string }) {
  const roster = useRequest(async () => {
    const [event, rows] = await Promise.all([fetchEvent(id), fetchWholeRoster(id)]);
    return { title: event.title, rows };
  }, [id]);
  const [exporting, setExporting] = useState(false);
  const title = roster.data?.title ?? '';

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
      {rows.map((row) => (
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
          <Text className="ro-time">报名于 {formatShanghai(row.createdAt)}</Text>
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
