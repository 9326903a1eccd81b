import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { shanghaiDate } from '@szkc/shared';
import { useRef, useState } from 'react';
import { ApiError, hasErrorCode } from '../../../api/errors';
import { fetchVenue, listVenues } from '../../../api/venues';
import { BusyButton } from '../../../components/BusyButton';
import { StateView } from '../../../components/StateView';
import { usePagedList } from '../../../hooks/usePagedList';
import { useRequest } from '../../../hooks/useRequest';
import { openPage } from '../../../navigation';
import { dayLabel, thisWeek } from '../../../venues/days';
import { checkinModeNames, type VenueStats } from '../../../venues/schemas';
import { fetchVenueStats } from '../api';
import { StaffGate } from '../StaffGate';
import '../staff.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

// The venue a staff member works at is remembered on the phone: next time the page opens on it.
const lastVenueKey = 'szkc.staffVenue';
const notYourVenue =
  '您不是这个场馆的工作人员，看不到它的打卡码和统计。请换一个场馆，或请管理员把您加为本馆工作人员。';

export default function StaffVenuePage() {
  const { params } = useRouter();
  const [venueId, setVenueId] = useState<string>(
    () => params.id || String(Taro.getStorageSync(lastVenueKey) || ''),
  );
  const choose = (id: string) => {
    Taro.setStorageSync(lastVenueKey, id);
    setVenueId(id);
  };
  const forget = () => {
    Taro.removeStorageSync(lastVenueKey);
    setVenueId('');
  };
  return (
    <PageRoot className="page st-page">
      <StaffGate>
        {venueId ? <VenueDesk venueId={venueId} onChange={forget} /> : <VenuePicker onPick={choose} />}
      </StaffGate>
    </PageRoot>
  );
}

function VenuePicker({ onPick }: { onPick: (id: string) => void }) {
  const list = usePagedList((cursor) => listVenues({}, cursor, 100), []);
  if (list.state === 'loading') return <StateView kind="loading" text="正在加载场馆…" />;
  if (list.state === 'error')
    return <StateView kind="error" text={list.error ?? undefined} onRetry={() => void list.reload()} />;
  if (!list.items.length) return <StateView kind="empty" text="还没有场馆，请联系管理员添加" />;
  return (
    <View>
      <Text className="st-section">选择您所在的场馆</Text>
      {list.items.map((venue) => (
        <Tap key={venue.id} className="card st-pick" hoverClass="st-pressed" onClick={() => onPick(venue.id)}>
          <Text className="st-pick-name">{venue.name}</Text>
          <Text className="st-line">
            {venue.districtName} · {checkinModeNames[venue.checkinMode]}
          </Text>
        </Tap>
      ))}
      {list.hasMore && (
        <BusyButton
          busy={list.loadingMore}
          busyText="正在加载…"
          kind="secondary"
          onClick={() => void list.loadMore()}
        >
          加载更多
        </BusyButton>
      )}
    </View>
  );
}

function VenueDesk({ venueId, onChange }: { venueId: string; onChange: () => void }) {
  const venue = useRequest(() => fetchVenue(venueId), [venueId]);
  const week = thisWeek();
  const stats = useRequest(
    () =>
      fetchVenueStats(venueId, week.from, week.to).catch((e: unknown) => {
        throw hasErrorCode(e, 'FORBIDDEN') ? new ApiError(403, 'FORBIDDEN', notYourVenue) : e;
      }),
    [venueId, week.from],
  );
  const shownOnce = useRef(false);
  // Back from the code page: visits have come in meanwhile.
  useDidShow(() => {
    if (shownOnce.current) void stats.reload({ quiet: true });
    shownOnce.current = true;
  });
  usePullDownRefresh(() => {
    void stats.reload({ quiet: true }).finally(() => Taro.stopPullDownRefresh());
  });

  const change = (
    <Button className="btn btn-secondary" onClick={onChange}>
      换一个场馆
    </Button>
  );
  if (venue.state === 'error')
    return (
      <View>
        <StateView kind="error" text={venue.error ?? undefined} onRetry={() => void venue.reload()} />
        {change}
      </View>
    );
  if (!venue.data) return <StateView kind="loading" text="正在加载场馆…" />;
  const { name, checkinMode } = venue.data;

  return (
    <View>
      <View className="card">
        <Text className="st-venue-name">{name}</Text>
        <Text className="st-line">打卡方式：{checkinModeNames[checkinMode]}</Text>
      </View>

      <StatsCard
        state={stats.state}
        stats={stats.data}
        error={stats.error}
        onRetry={() => void stats.reload()}
      />

      {checkinMode === 'screen' && (
        <Button className="btn btn-primary st-big" onClick={() => openPage('staffCode', { id: venueId })}>
          全屏显示打卡二维码
        </Button>
      )}
      {checkinMode === 'poster' && (
        <Button className="btn btn-primary st-big" onClick={() => openPage('staffCode', { id: venueId })}>
          查看并打印张贴的打卡码
        </Button>
      )}
      {checkinMode === 'geo' && (
        <Text className="hint st-geo">
          本馆为到场定位打卡，不需要打卡码：市民在场馆范围内点“定位打卡”即可。
        </Text>
      )}
      {change}
    </View>
  );
}

function StatsCard({
  state,
  stats,
  error,
  onRetry,
}: {
  state: 'loading' | 'ready' | 'error';
  stats: VenueStats | null;
  error: string | null;
  onRetry: () => void;
}) {
  if (state === 'error' || (!stats && error))
    return <StateView kind="error" text={error ?? undefined} onRetry={onRetry} />;
  if (!stats) return <StateView kind="loading" text="正在统计…" />;
  const today = stats.days.find((day) => day.day === shanghaiDate()) ?? { visits: 0, firstTimeVisitors: 0 };
  const most = Math.max(1, ...stats.days.map((day) => day.visits));
  return (
    <View className="card">
      <View className="st-figures">
        <View className="st-figure">
          <Text className="st-figure-value">{today.visits}</Text>
          <Text className="st-figure-label">今日打卡（人次）</Text>
          <Text className="st-figure-note">其中首次到访 {today.firstTimeVisitors}</Text>
        </View>
        <View className="st-figure">
          <Text className="st-figure-value">{stats.visits}</Text>
          <Text className="st-figure-label">本周打卡（人次）</Text>
          <Text className="st-figure-note">其中首次到访 {stats.firstTimeVisitors}</Text>
        </View>
      </View>
      <View className="st-chart" aria-label="本周每日打卡人次">
        {stats.days.map((day) => (
          <View key={day.day} className="st-chart-row">
            <Text className="st-chart-day">{dayLabel(day.day)}</Text>
            <View className="st-chart-track">
              <View className="st-chart-bar" style={{ width: `${Math.round((day.visits / most) * 100)}%` }} />
            </View>
            <Text className="st-chart-value">{day.visits}</Text>
          </View>
        ))}
      </View>
      {error && <Text className="error-text">{error}</Text>}
    </View>
  );
}
