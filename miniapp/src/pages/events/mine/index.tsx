import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { registrationStatusNames, type MyRegistration } from '@szkc/shared';
import { listMyRegistrations } from '../../../api/events';
import { SignInGate } from '../../../components/SignInGate';
import { StateView } from '../../../components/StateView';
import { byEventDate } from '../../../events/dateOrder';
import { formatTimeRange } from '../../../events/time';
import { usePagedList } from '../../../hooks/usePagedList';
import { openPage } from '../../../navigation';
import { useSession } from '../../../session/SessionContext';
import '../../../events/events.css';
import './index.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

export default function MyRegistrationsPage() {
  const { status: sessionStatus } = useSession();
  const signedIn = sessionStatus === 'signedIn';
  const list = usePagedList(listMyRegistrations, [], { enabled: signedIn });

  // Back from a registration that was just cancelled: show it as cancelled.
  useDidShow(() => {
    if (signedIn && list.state === 'ready') void list.reload({ quiet: true });
  });
  usePullDownRefresh(() => {
    void (signedIn ? list.reload({ quiet: true }) : Promise.resolve()).finally(() =>
      Taro.stopPullDownRefresh(),
    );
  });
  useReachBottom(() => void list.loadMore());

  return (
    <PageRoot className="page myreg-page">
      <SignInGate text="登录后可查看您报名的活动和入场码">
        {list.state === 'loading' && <StateView kind="loading" text="正在加载我的报名…" />}
        {list.state === 'error' && (
          <StateView kind="error" text={list.error ?? undefined} onRetry={() => void list.reload()} />
        )}
        {list.state === 'ready' && list.items.length === 0 && (
          <View>
            <StateView kind="empty" text="您还没有报名任何活动" />
            <Button className="btn btn-primary" onClick={() => openPage('events')}>
              去看看近期活动
            </Button>
          </View>
        )}
        {list.state === 'ready' &&
          byEventDate(list.items, (item) => item.event).map((item) => (
            <RegistrationItem key={item.id} item={item} />
          ))}
        {list.state === 'ready' && list.hasMore && (
          <Button className="btn btn-secondary" onClick={() => void list.loadMore()}>
            {list.loadingMore ? '正在加载…' : '加载更多'}
          </Button>
        )}
      </SignInGate>
    </PageRoot>
  );
}

function RegistrationItem({ item }: { item: MyRegistration }) {
  const eventCancelled = item.event.status === 'cancelled';
  return (
    <Tap
      className={item.status === 'cancelled' ? 'card myreg-card myreg-card-off' : 'card myreg-card'}
      hoverClass="myreg-card-pressed"
      onClick={() => openPage('eventRegistration', { eventId: item.eventId })}
    >
      <View className="myreg-top">
        <Text className={`ev-status ev-status-${item.status}`}>
          {item.status === 'waitlisted'
            ? `候补第 ${item.waitlistPosition ?? '-'} 位`
            : registrationStatusNames[item.status]}
        </Text>
        <Text className="myreg-party">{item.partySize} 人</Text>
      </View>
      <Text className="myreg-title">{item.event.title}</Text>
      <Text className="myreg-line">{formatTimeRange(item.event.startAt, item.event.endAt)}</Text>
      {item.event.venueName && <Text className="myreg-line">{item.event.venueName}</Text>}
      {eventCancelled && <Text className="myreg-alert">活动已取消</Text>}
      {item.status === 'confirmed' && !eventCancelled && <Text className="myreg-more">查看入场码 ›</Text>}
    </Tap>
  );
}
