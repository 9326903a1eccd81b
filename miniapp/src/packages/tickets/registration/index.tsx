import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import {
  eventCategoryNames,
  formatShanghai,
  registrationStatusNames,
  type Event,
  type Registration,
} from '@szkc/shared';
import { useState } from 'react';
import { cancelMyRegistration } from '../../../api/events';
import { toastError, toastSuccess } from '../../../api/feedback';
import { SignInGate } from '../../../components/SignInGate';
import { StateView } from '../../../components/StateView';
import { TicketQr } from '../../../components/TicketQr';
import { formatTimeRange } from '../../../events/time';
import { useEventDetail } from '../../../events/useEventDetail';
import { openPage } from '../../../navigation';
import '../../../events/events.css';
import './index.css';
import { BusyButton } from '../../../components/BusyButton';
import { ask } from '../../../components/confirm';
import { PageRoot } from '../../../components/PageRoot';

// One registration, reached by its event (GET /events/{id} carries myRegistration for the caller).
export default function RegistrationPage() {
  const { params } = useRouter();
  // Without network to check the stored token, the event is still read with it: the ticket may show.
  const registration = <EventRegistration eventId={params.eventId} />;
  return (
    <PageRoot className="page reg-page">
      <SignInGate text="请先登录，再查看您的报名" loadingText="正在加载报名信息…" unreachable={registration}>
        {registration}
      </SignInGate>
    </PageRoot>
  );
}

function EventRegistration({ eventId }: { eventId: string | undefined }) {
  const detail = useEventDetail(eventId);
  if (!detail.data && detail.missing) {
    return (
      <StateView
        kind="empty"
        text="没有找到这个活动的报名，它可能已被删除，或链接不完整。"
        action={{ text: '看看其他活动', onClick: () => openPage('events') }}
      />
    );
  }
  if (!detail.data) {
    return detail.state === 'error' ? (
      <StateView kind="error" text={detail.error ?? undefined} onRetry={() => void detail.reload()} />
    ) : (
      <StateView kind="loading" text="正在加载报名信息…" />
    );
  }
  const event = detail.data;
  const registration = event.myRegistration;
  return (
    <>
      <EventHeader event={event} />
      {registration ? (
        <RegistrationCard
          event={event}
          registration={registration}
          onChanged={() => void detail.reload({ quiet: true })}
        />
      ) : (
        <View className="card">
          <StateView kind="empty" text="您还没有报名这个活动" />
          <OpenEventButton eventId={event.id} />
        </View>
      )}
    </>
  );
}

function EventHeader({ event }: { event: Event }) {
  return (
    <View className="card reg-event">
      <Text className="ev-tag">{eventCategoryNames[event.category]}</Text>
      <Text className="reg-event-title">{event.title}</Text>
      <Text className="reg-event-line">{formatTimeRange(event.startAt, event.endAt)}</Text>
      <Text className="reg-event-line">{[event.venueName, event.address].filter(Boolean).join(' · ')}</Text>
      {event.status === 'cancelled' && <Text className="reg-alert">主办方已取消本次活动</Text>}
    </View>
  );
}

function OpenEventButton({ eventId }: { eventId: string }) {
  return (
    <Button className="btn btn-secondary" onClick={() => openPage('eventDetail', { id: eventId })}>
      查看活动详情
    </Button>
  );
}

function RegistrationCard({
  event,
  registration,
  onChanged,
}: {
  event: Event;
  registration: Registration;
  onChanged: () => void;
}) {
  const [cancelling, setCancelling] = useState(false);

  const cancel = async () => {
    const sure = await ask(
      {
        title: '取消报名',
        content:
          registration.status === 'waitlisted'
            ? '取消后将退出候补名单，再次登记需要重新排队。确定取消吗？'
            : `取消后 ${registration.partySize} 个名额会让给候补的市民，入场码随即失效。确定取消吗？`,
        confirmText: '确定取消',
        cancelText: '再想想',
      },
      true,
    );
    if (!sure) return;
    setCancelling(true);
    try {
      await cancelMyRegistration(event.id);
      toastSuccess('已取消报名');
      onChanged();
    } catch (e) {
      toastError(e);
    } finally {
      setCancelling(false);
    }
  };

  const active = registration.status === 'confirmed' || registration.status === 'waitlisted';
  return (
    <View className="card reg-card">
      <View className="reg-status-line">
        <Text className={`ev-status ev-status-${registration.status}`}>
          {registrationStatusNames[registration.status]}
        </Text>
        <Text className="reg-party">{registration.partySize} 人</Text>
      </View>

      {registration.status === 'confirmed' && registration.checkedInAt && (
        <Text className="reg-checked-in">已于 {formatShanghai(registration.checkedInAt)} 签到入场</Text>
      )}
      {registration.status === 'confirmed' && registration.ticket && (
        <View>
          <TicketQr
            ticket={registration.ticket}
            caption={registration.ticketCode ? { label: '签到码', text: registration.ticketCode } : undefined}
          />
          <Text className="reg-note">
            {`入场时请向工作人员出示此码，${registration.partySize} 人凭一个码入场。截图保存也可使用；无法扫码时，把签到码告诉工作人员即可。`}
          </Text>
          <Button
            className="btn btn-secondary"
            onClick={() => void Taro.setClipboardData({ data: registration.ticket as string })}
          >
            复制完整票码
          </Button>
        </View>
      )}
      {registration.status === 'waitlisted' && (
        <View className="reg-wait">
          <Text className="reg-wait-label">候补顺位</Text>
          <Text className="reg-wait-number">第 {registration.waitlistPosition ?? '-'} 位</Text>
          <Text className="reg-note">
            有人取消时按登记先后依次递补；名额不够您这一单的人数时会先递补后面人数较少的，您的顺位保持不变。递补成功后这里会出现入场码。
          </Text>
        </View>
      )}
      {registration.status === 'pending' && (
        <Text className="reg-note">报名还在处理中，请回到活动详情再提交一次（不会重复报名）。</Text>
      )}
      {registration.status === 'cancelled' && <Text className="reg-note">此报名已取消，入场码已失效。</Text>}

      <OpenEventButton eventId={event.id} />
      {/* Checked in at the door: the seats were used, so there is nothing to give back. */}
      {active && registration.checkedInAt && <Text className="reg-note">已经签到入场的报名不能再取消。</Text>}
      {active && event.status !== 'cancelled' && !registration.checkedInAt && (
        <BusyButton busy={cancelling} busyText="正在取消…" kind="danger" onClick={() => void cancel()}>
          取消报名
        </BusyButton>
      )}
    </View>
  );
}
