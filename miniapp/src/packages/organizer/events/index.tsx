import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { StateView } from '../../../components/StateView';
import { openPage } from '../../../navigation';
import { canOrganize } from '../../../events/roles';
import { seatLabel } from '../../../events/seats';
import { byEventDate } from '../../../events/dateOrder';
import { formatTimeRange } from '../../../events/time';
import { usePagedList } from '../../../hooks/usePagedList';
import { listMyEvents } from '../api';
import { RoleGate } from '../RoleGate';
import { eventStatusNames } from '../statusNames';
import '../../../events/events.css';
import '../organizer.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

export default function MyEventsPage() {
  return (
    <PageRoot className="page org-page">
      <RoleGate allow={canOrganize}>
        <MyEvents />
      </RoleGate>
    </PageRoot>
  );
}

function MyEvents() {
  const list = usePagedList(listMyEvents, []);
  // Also after coming back from the form or the manage page; the list stays while it is re-read.
  useDidShow(() => {
    if (list.state !== 'loading') void list.reload({ quiet: true });
  });
  usePullDownRefresh(() => void list.reload({ quiet: true }).finally(() => Taro.stopPullDownRefresh()));
  // A failed refresh or next page is said above the events already shown.
  const error = list.error ?? list.moreError;

  return (
    <View>
      <Button className="btn btn-primary" onClick={() => openPage('organizerEdit')}>
        创建活动
      </Button>
      {error && (
        <StateView
          kind="error"
          text={error}
          onRetry={() => void list.reload({ quiet: list.state === 'ready' })}
        />
      )}
      {list.state === 'loading' && <StateView kind="loading" text="正在加载我的活动…" />}
      {list.state === 'ready' && list.items.length === 0 && (
        <StateView kind="empty" text="您还没有创建活动" />
      )}
      {byEventDate(list.items, (event) => event).map((event) => (
        <Tap
          key={event.id}
          className="card org-pick"
          hoverClass="org-pressed"
          onClick={() => openPage('organizerManage', { id: event.id })}
        >
          <View>
            <Text className={`org-badge org-badge-${event.status}`}>{eventStatusNames[event.status]}</Text>
            <Text className="ev-tag ev-tag-plain">{event.districtName}</Text>
          </View>
          <Text className="org-card-title">{event.title}</Text>
          <Text className="org-line">{formatTimeRange(event.startAt, event.endAt)}</Text>
          {event.status === 'published' && (
            <Text className={`ev-seats ev-seats-${seatLabel(event).tone}`}>
              {seatLabel(event).text}（共 {event.capacity} 席）
            </Text>
          )}
        </Tap>
      ))}
      {list.hasMore && (
        <Button className="btn btn-secondary" onClick={() => void list.loadMore()}>
          加载更多
        </Button>
      )}
    </View>
  );
}
