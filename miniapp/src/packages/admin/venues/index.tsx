import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useRef } from 'react';
import { listVenues } from '../../../api/venues';
import { BusyButton } from '../../../components/BusyButton';
import { StateView } from '../../../components/StateView';
import { usePagedList } from '../../../hooks/usePagedList';
import { openPage } from '../../../navigation';
import { checkinModeNames, venueKindNames } from '../../../venues/schemas';
import { AdminGate } from '../AdminGate';
import '../admin.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

export default function AdminVenuesPage() {
  return (
    <PageRoot className="page ad-page">
      <AdminGate>
        <VenueList />
      </AdminGate>
    </PageRoot>
  );
}

function VenueList() {
  const list = usePagedList((cursor) => listVenues({}, cursor, 50), []);
  const shownOnce = useRef(false);
  // Back from the edit page: show what was saved.
  useDidShow(() => {
    if (shownOnce.current) void list.reload({ quiet: true });
    shownOnce.current = true;
  });
  usePullDownRefresh(() => {
    void list.reload({ quiet: true }).finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());

  return (
    <View>
      <Button className="btn btn-primary" onClick={() => openPage('adminVenueEdit')}>
        新建场馆
      </Button>
      <Button className="btn btn-secondary" onClick={() => openPage('adminVenueStats')}>
        各场馆打卡统计与导出
      </Button>
      {list.state === 'loading' && <StateView kind="loading" text="正在加载场馆…" />}
      {list.state === 'error' && (
        <StateView kind="error" text={list.error ?? undefined} onRetry={() => void list.reload()} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <StateView kind="empty" text="还没有场馆，点“新建场馆”添加第一个" />
      )}
      {list.items.map((venue) => (
        <Tap
          key={venue.id}
          className="card ad-row"
          hoverClass="ad-pressed"
          onClick={() => openPage('adminVenueEdit', { id: venue.id })}
        >
          <Text className="ad-row-title">{venue.name}</Text>
          <Text className="ad-line">
            {venueKindNames[venue.kind]} · {venue.districtName}
          </Text>
          <Text className="ad-line">{checkinModeNames[venue.checkinMode]}</Text>
          <Text className="ad-more">编辑 ›</Text>
        </Tap>
      ))}
      {list.state === 'ready' && list.hasMore && (
        <BusyButton
          busy={list.loadingMore}
          busyText="正在加载…"
          kind="secondary"
          onClick={() => void list.loadMore()}
        >
          加载更多
        </BusyButton>
      )}
      {list.moreError && <Text className="error-text">{list.moreError}</Text>}
    </View>
  );
}
