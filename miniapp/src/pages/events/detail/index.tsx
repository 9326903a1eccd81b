import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import { eventCategoryNames, formatShanghai, pageUrl, type Registration } from '@szkc/shared';
import { useState } from 'react';
import { toastError, toastSuccess } from '../../../api/feedback';
import { StateView } from '../../../components/StateView';
import { partyLimitText, seatLabel } from '../../../events/seats';
import { canRegister, signupState } from '../../../events/signupState';
import { formatTimeRange } from '../../../events/time';
import { useEventDetail } from '../../../events/useEventDetail';
import { openPage } from '../../../navigation';
import { logInThenReturn } from '../../../session/returnAfterLogin';
import { useSession } from '../../../session/SessionContext';
import { addToCalendar, hasMap, hasPhoneCalendar, openMap } from './deviceActions';
import { RegisterSheet } from './RegisterSheet';
import { SignupPanel } from './SignupPanel';
import '../../../events/events.css';
import './index.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

const isWeapp = process.env.TARO_ENV === 'weapp';

export default function EventDetailPage() {
  const { params } = useRouter();
  const id = params.id;
  const { status: sessionStatus, loginWithWechat } = useSession();
  const detail = useEventDetail(id);
  const [sheetOpen, setSheetOpen] = useState(false);

  useShareAppMessage(() => ({
    title: detail.data ? `${detail.data.title}｜${formatShanghai(detail.data.startAt)}` : '石嘴山科普活动',
    path: pageUrl('eventDetail', { id: id ?? '' }),
  }));

  if (detail.state === 'loading' && !detail.data)
    return (
      <PageRoot className="page">
        <StateView kind="loading" text="正在加载活动…" />
      </PageRoot>
    );
  if (!detail.data && detail.missing) {
    return (
      <PageRoot className="page">
        <StateView
          kind="empty"
          text="没有找到这个活动，它可能已被删除，或链接不完整。"
          action={{ text: '看看其他活动', onClick: () => openPage('events') }}
        />
      </PageRoot>
    );
  }
  if (!detail.data) {
    return (
      <PageRoot className="page">
        <StateView
          kind="error"
          text={detail.error ?? undefined}
          onRetry={id ? () => void detail.reload() : undefined}
        />
      </PageRoot>
    );
  }
  const event = detail.data;
  const state = signupState(event);
  const signedIn = sessionStatus === 'signedIn';

  const openRegistration = () => openPage('eventRegistration', { eventId: event.id });

  const startRegistration = async () => {
    if (!canRegister(state) && state.kind !== 'pending') return;
    if (!signedIn) {
      // WeChat logs in on the spot; the browser build logs in on 我的.
      if (!isWeapp) {
        void Taro.showToast({ title: '请先登录，登录后将回到本活动', icon: 'none', duration: 2500 });
        logInThenReturn('eventDetail', { id: event.id });
        return;
      }
      try {
        await loginWithWechat();
      } catch (e) {
        toastError(e);
        return;
      }
    }
    setSheetOpen(true);
  };

  const registered = (registration: Registration) => {
    setSheetOpen(false);
    void detail.reload({ quiet: true });
    if (registration.status === 'confirmed') {
      toastSuccess('报名成功');
      openRegistration();
    } else {
      void Taro.showToast({
        title: `已登记候补，第 ${registration.waitlistPosition ?? '-'} 位`,
        icon: 'none',
        duration: 3000,
      });
    }
  };

  return (
    <PageRoot className="page evd-page">
      {event.coverUrl && <Image className="evd-cover" src={event.coverUrl} mode="aspectFill" />}
      <View className="card">
        <View className="evd-tags">
          <Text className="ev-tag">{eventCategoryNames[event.category]}</Text>
          <Text className="ev-tag ev-tag-plain">{event.districtName}</Text>
        </View>
        <Text className="evd-title">{event.title}</Text>
        <Row label="时间" value={formatTimeRange(event.startAt, event.endAt)} />
        <Tap className="evd-row" onClick={hasMap && event.location ? () => openMap(event) : undefined}>
          <Text className="evd-row-label">地点</Text>
          <View className="evd-row-value">
            {event.venueName && <Text className="evd-strong">{event.venueName}</Text>}
            <Text className="evd-address">{event.address}</Text>
            {hasMap && event.location && <Text className="evd-link">查看地图与导航 ›</Text>}
          </View>
        </Tap>
        <View className="evd-row">
          <Text className="evd-row-label">名额</Text>
          <View className="evd-row-value">
            <Text className="evd-strong">共 {event.capacity} 人 </Text>
            <Text className={`ev-seats ev-seats-${seatLabel(event).tone}`}>{seatLabel(event).text}</Text>
          </View>
        </View>
        <Row label="每单人数" value={partyLimitText(event.maxPartySize)} />
        <Row
          label="报名"
          value={`${formatShanghai(event.signupOpensAt)} 至 ${formatShanghai(event.signupClosesAt)}`}
        />
        <Row label="主办" value={event.organizerName} />
      </View>

      <View className="card">
        <Text className="card-title">活动介绍</Text>
        <Text className="evd-description" userSelect>
          {event.description}
        </Text>
      </View>

      {hasPhoneCalendar && event.status === 'published' && (
        <Button className="btn btn-secondary" onClick={() => void addToCalendar(event)}>
          添加到手机日历
        </Button>
      )}
      {isWeapp && (
        <Button className="btn btn-secondary" openType="share">
          分享给家人朋友
        </Button>
      )}

      <SignupPanel
        event={event}
        state={state}
        signedIn={signedIn}
        onRegister={() => void startRegistration()}
        onOpenRegistration={openRegistration}
      />
      {sheetOpen && (
        <RegisterSheet
          event={event}
          initialPartySize={state.kind === 'pending' ? state.registration.partySize : 1}
          onClose={() => setSheetOpen(false)}
          onRegistered={registered}
          onConflict={() => void detail.reload({ quiet: true })}
        />
      )}
    </PageRoot>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="evd-row">
      <Text className="evd-row-label">{label}</Text>
      <Text className="evd-row-value">{value}</Text>
    </View>
  );
}
