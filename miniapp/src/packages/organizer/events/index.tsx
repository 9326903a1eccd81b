import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { EventSummary } from '@szkc/shared';
import { useCallback, useState } from 'react';
import { errorMessage } from '../../../api/errors';
import { StateView } from '../../../components/StateView';
import { openPage } from '../../../navigation';
import { canOrganize } from '../../../events/roles';
import { seatLabel } from '../../../events/seats';
import { formatTimeRange } from '../../../events/time';
import { listMyEvents } from '../api';
import { RoleGate } from '../RoleGate';
import { eventStatusNames } from '../statusNames';
import '../../../events/events.css';
import '../organizer.css';

export default function MyEventsPage() {
  return (
    <View className="page org-page">
      <RoleGate allow={canOrganize}>
        <MyEvents />
      </RoleGate>
    </View>
  );
}

function MyEvents() {
  const [events, setEvents] = useState<EventSummary[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const page = await listMyEvents();
      setEvents(page.items);
      setNextCursor(page.nextCursor);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  const loadMore = async () => {
    if (!nextCursor) return;
    try {
      const page = await listMyEvents(nextCursor);
      setEvents((prev) => [...(prev ?? []), ...page.items]);
      setNextCursor(page.nextCursor);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  // Also after coming back from the form or the manage page.
  useDidShow(() => void load());
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));

  return (
    <View>
      <Button className="btn btn-primary" onClick={() => openPage('organizerEdit')}>
        创建活动
      </Button>
      {error && <StateView kind="error" text={error} onRetry={() => void load()} />}
      {!error && !events && <StateView kind="loading" text="正在加载我的活动…" />}
      {events?.length === 0 && <StateView kind="empty" text="您还没有创建活动" />}
      {events?.map((event) => (
        <View
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
        </View>
      ))}
      {nextCursor && (
        <Button className="btn btn-secondary" onClick={() => void loadMore()}>
          加载更多
        </Button>
      )}
    </View>
  );
}
