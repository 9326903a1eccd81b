import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { listVenues } from '../../api/venues';
import { BusyButton } from '../../components/BusyButton';
import { StateView } from '../../components/StateView';
import { usePagedList } from '../../hooks/usePagedList';
import { openPage } from '../../navigation';
import { currentLocation, locationProblem } from '../../venues/location';
import { VenueCard } from './VenueCard';
import { VenueFilters, noVenueFilters, type VenueFilterValues } from './VenueFilters';
import './index.css';
import { PageRoot } from '../../components/PageRoot';
import { Tap } from '../../components/Tap';

type Near = { lat: number; lng: number } | null;

export default function VenuesPage() {
  const [filters, setFilters] = useState<VenueFilterValues>(noVenueFilters);
  // Set only after the person taps 离我最近: the location is asked when needed, never on opening.
  const [near, setNear] = useState<Near>(null);
  const [locating, setLocating] = useState(false);
  const [locationNote, setLocationNote] = useState<string | null>(null);
  const list = usePagedList(
    (cursor) =>
      listVenues(
        { district: filters.district || undefined, kind: filters.kind || undefined, near: near ?? undefined },
        cursor,
      ),
    [filters, near],
  );

  usePullDownRefresh(() => {
    void list.reload({ quiet: true }).finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());

  const sortByDistance = async () => {
    setLocating(true);
    setLocationNote(null);
    const answer = await currentLocation();
    setLocating(false);
    if (answer.ok) setNear({ lat: answer.location.lat, lng: answer.location.lng });
    else setLocationNote(locationProblem(answer.reason));
  };

  const filtered = filters.district !== '' || filters.kind !== '';

  return (
    <PageRoot className="page vn-page">
      <View className="vn-head">
        <Text className="vn-head-title">科普场馆</Text>
        <Tap className="vn-head-link" hoverClass="vn-head-link-pressed" onClick={() => openPage('passport')}>
          科普护照 ›
        </Tap>
      </View>
      <Text className="vn-intro">到科技馆、科普教育基地打卡，集齐印章赢徽章</Text>
      <VenueFilters value={filters} onChange={setFilters} />

      <View className="vn-sort">
        {near ? (
          <View className="vn-sort-row">
            <Text className="vn-sort-text">已按离您的远近排列</Text>
            <Tap className="vn-sort-link" onClick={() => setNear(null)}>
              改为按名称
            </Tap>
          </View>
        ) : (
          <View>
            <BusyButton
              busy={locating}
              busyText="正在获取位置…"
              kind="secondary"
              onClick={() => void sortByDistance()}
            >
              离我最近的场馆
            </BusyButton>
            <Text className="vn-sort-hint">会读取一次您的位置，只用来按远近排列，不会保存</Text>
          </View>
        )}
        {locationNote && <Text className="error-text">{locationNote}</Text>}
      </View>

      {list.state === 'loading' && <StateView kind="loading" text="正在加载场馆…" />}
      {list.state === 'error' && (
        <StateView kind="error" text={list.error ?? undefined} onRetry={() => void list.reload()} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <View className="state">
          <Text className="state-text">
            {filtered ? '没有符合条件的场馆，换个条件试试' : '暂时还没有开放打卡的场馆'}
          </Text>
          {filtered && (
            <Button className="btn btn-secondary" onClick={() => setFilters(noVenueFilters)}>
              清除筛选
            </Button>
          )}
        </View>
      )}
      {list.state === 'ready' && list.items.map((venue) => <VenueCard key={venue.id} venue={venue} />)}

      {list.state === 'ready' && list.items.length > 0 && (
        <View className="vn-list-foot">
          {list.moreError && <Text className="error-text">{list.moreError}</Text>}
          {list.hasMore ? (
            <BusyButton
              busy={list.loadingMore}
              busyText="正在加载…"
              kind="secondary"
              onClick={() => void list.loadMore()}
            >
              加载更多
            </BusyButton>
          ) : (
            <Text className="vn-list-end">没有更多场馆了</Text>
          )}
        </View>
      )}
    </PageRoot>
  );
}
