import { useDidShow, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { eventCategoryNames, formatShanghai } from '@szkc/shared';
import { useState } from 'react';
import { fetchEvent } from '../../../api/events';
import { toastError, toastSuccess } from '../../../api/feedback';
import { StateView } from '../../../components/StateView';
import { openPage } from '../../../navigation';
import { canOrganize } from '../../../events/roles';
import { seatLabel } from '../../../events/seats';
import { formatTimeRange } from '../../../events/time';
import { useRequest } from '../../../hooks/useRequest';
import { cancelEvent, publishEvent } from '../api';
import { RoleGate } from '../RoleGate';
import { eventStatusNames } from '../statusNames';
import '../../../events/events.css';
import '../organizer.css';
import { BusyButton } from '../../../components/BusyButton';
import { ask, askTwice } from '../../../components/confirm';
import { PageRoot } from '../../../components/PageRoot';

export default function ManageEventPage() {
  const { params } = useRouter();
  return (
    <PageRoot className="page org-page">
      <RoleGate allow={canOrganize}>
        <ManageEvent id={params.id ?? ''} />
      </RoleGate>
    </PageRoot>
  );
}

function ManageEvent({ id }: { id: string }) {
  const loaded = useRequest(() => fetchEvent(id), [id]);
  const [busy, setBusy] = useState<'publish' | 'cancel' | null>(null);
  // Re-read after coming back from the edit form or the roster, keeping the page meanwhile.
  useDidShow(() => {
    if (loaded.state !== 'loading') void loaded.reload({ quiet: true });
  });

  const { data: event, error, setData: setEvent } = loaded;
  if (error) return <StateView kind="error" text={error} onRetry={() => void loaded.reload()} />;
  if (!event) return <StateView kind="loading" text="正在加载活动…" />;

  const publish = async () => {
    const sure = await ask({
      title: '发布活动',
      content: '发布后市民即可看到并在报名时间内报名。确定发布吗？',
      confirmText: '发布',
    });
    if (!sure) return;
    setBusy('publish');
    try {
      setEvent(await publishEvent(event.id));
      toastSuccess('已发布');
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(null);
    }
  };

  // Cancelling notifies everyone registered and cannot be undone: asked twice.
  const cancel = async () => {
    const sure = await askTwice(
      {
        title: '取消活动',
        content: '取消后所有报名和候补都将失效，已报名的市民会收到取消通知。',
        confirmText: '继续',
      },
      {
        title: '请再次确认',
        content: `确定取消“${event.title}”吗？此操作无法撤销。`,
        confirmText: '取消活动',
      },
    );
    if (!sure) return;
    setBusy('cancel');
    try {
      setEvent(await cancelEvent(event.id));
      toastSuccess('活动已取消');
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(null);
    }
  };

  const seats = seatLabel(event);
  return (
    <View>
      <View className="card">
        <View>
          <Text className={`org-badge org-badge-${event.status}`}>{eventStatusNames[event.status]}</Text>
          <Text className="ev-tag">{eventCategoryNames[event.category]}</Text>
          <Text className="ev-tag ev-tag-plain">{event.districtName}</Text>
        </View>
        <Text className="org-card-title">{event.title}</Text>
        <Text className="org-line">{formatTimeRange(event.startAt, event.endAt)}</Text>
        <Text className="org-line">{[event.venueName, event.address].filter(Boolean).join(' · ')}</Text>
        <Text className="org-line">
          报名：{formatShanghai(event.signupOpensAt)} 至 {formatShanghai(event.signupClosesAt)}
        </Text>
        <Text className="org-line">
          名额 {event.capacity} 人 · 候补上限 {event.waitlistLimit} 人 · 每单最多 {event.maxPartySize} 人
        </Text>
        {event.status === 'published' && (
          <Text className={`ev-seats ev-seats-${seats.tone}`}>{seats.text}</Text>
        )}
      </View>

      {event.status === 'draft' && (
        <BusyButton
          busy={busy === 'publish'}
          busyText="正在发布…"
          disabled={busy !== null}
          onClick={() => void publish()}
        >
          发布活动
        </BusyButton>
      )}
      {event.status !== 'cancelled' && (
        <Button className="btn btn-secondary" onClick={() => openPage('organizerEdit', { id: event.id })}>
          编辑活动信息
        </Button>
      )}
      {event.status !== 'draft' && (
        <View>
          <Button className="btn btn-secondary" onClick={() => openPage('organizerRoster', { id: event.id })}>
            报名名单与导出
          </Button>
          <Button
            className="btn btn-secondary"
            onClick={() => openPage('organizerCheckin', { eventId: event.id })}
          >
            现场签到
          </Button>
        </View>
      )}
      {event.status === 'published' && (
        <Button className="btn btn-secondary" onClick={() => openPage('eventDetail', { id: event.id })}>
          以市民视角查看
        </Button>
      )}
      {event.status !== 'cancelled' && (
        <BusyButton
          busy={busy === 'cancel'}
          busyText="正在取消…"
          kind="danger"
          disabled={busy !== null}
          onClick={() => void cancel()}
        >
          取消活动
        </BusyButton>
      )}
    </View>
  );
}
