import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { listEvents, type EventListFilters } from '../../api/events';
import { StateView } from '../../components/StateView';
import { dateRange } from '../../events/dateRanges';
import { usePagedList } from '../../hooks/usePagedList';
import { openPage } from '../../navigation';
import { EventCard } from './EventCard';
import { Filters, noFilters, type FilterValues } from './Filters';
import '../../events/events.css';
import './index.css';
import { BusyButton } from '../../components/BusyButton';
import { PageRoot } from '../../components/PageRoot';
import { Tap } from '../../components/Tap';

function toQuery(filters: FilterValues): EventListFilters {
  return {
    district: filters.district || undefined,
    category: filters.category || undefined,
    ...dateRange(filters.range),
  };
}

export default function EventsPage() {
  const [filters, setFilters] = useState<FilterValues>(noFilters);
  // First page on every filter change; late answers of old filters are dropped.
  const list = usePagedList((cursor) => listEvents(toQuery(filters), cursor), [filters]);
  const shownOnce = useRef(false);

  // Seats change while the person looks at a detail page: refresh quietly on coming back.
  useDidShow(() => {
    if (shownOnce.current) void list.reload({ quiet: true });
    shownOnce.current = true;
  });
  usePullDownRefresh(() => {
    void list.reload({ quiet: true }).finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());

  const filtered = filters.district !== '' || filters.category !== '' || filters.range !== 'all';

  return (
    <PageRoot className="page ev-page">
      <View className="ev-head">
        <Text className="ev-head-title">科普活动</Text>
        <Tap
          className="ev-head-link"
          hoverClass="ev-head-link-pressed"
          onClick={() => openPage('myRegistrations')}
        >
          我的报名 ›
        </Tap>
      </View>
      <Filters value={filters} onChange={setFilters} />

      {list.state === 'loading' && <StateView kind="loading" text="正在加载活动…" />}
      {list.state === 'error' && (
        <StateView kind="error" text={list.error ?? undefined} onRetry={() => void list.reload()} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <View className="state">
          <Text className="state-text">
            {filtered ? '没有符合条件的活动，换个条件试试' : '近期暂无活动，敬请期待'}
          </Text>
          {filtered && (
            <Button className="btn btn-secondary" onClick={() => setFilters(noFilters)}>
              清除筛选
            </Button>
          )}
        </View>
      )}
      {list.state === 'ready' && list.items.map((event) => <EventCard key={event.id} event={event} />)}

      {list.state === 'ready' && list.items.length > 0 && (
        <View className="ev-list-foot">
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
            <Text className="ev-list-end">没有更多活动了</Text>
          )}
        </View>
      )}
    </PageRoot>
  );
}
