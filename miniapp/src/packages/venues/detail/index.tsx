import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { shanghaiDate } from '@szkc/shared';
import type { ReactNode } from 'react';
import { fetchPassport, fetchVenue } from '../../../api/venues';
import { SignInGate } from '../../../components/SignInGate';
import { StateView } from '../../../components/StateView';
import { formatTimeRange } from '../../../events/time';
import { useRequest } from '../../../hooks/useRequest';
import { openPage } from '../../../navigation';
import { useSession } from '../../../session/SessionContext';
import { venueKindNames, type Venue } from '../../../venues/schemas';
import { CheckinPanel } from './CheckinPanel';
import '../venues.css';
import './index.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

const isWeapp = process.env.TARO_ENV === 'weapp';
const missingId = '缺少场馆编号，请从场馆列表进入';

export default function VenueDetailPage() {
  const { params } = useRouter();
  const id = params.id;
  const { status } = useSession();
  const signedIn = status === 'signedIn';
  // `myVisits` depends on who asks: wait for a stored token to be checked, re-read when it changes.
  const venue = useRequest(() => fetchVenue(id ?? ''), [id, status], {
    enabled: Boolean(id) && status !== 'checking',
    quietOnChange: true,
  });
  // Today's stamp, so a second visit today is shown as such before any tap.
  const passport = useRequest(fetchPassport, [status], { enabled: signedIn });

  usePullDownRefresh(() => {
    void Promise.all([
      venue.reload({ quiet: true }),
      signedIn ? passport.reload({ quiet: true }) : null,
    ]).finally(() => Taro.stopPullDownRefresh());
  });

  if (!id)
    return (
      <Page>
        <StateView kind="error" text={missingId} />
      </Page>
    );
  if (venue.state === 'loading' && !venue.data)
    return (
      <Page>
        <StateView kind="loading" text="正在加载场馆…" />
      </Page>
    );
  if (!venue.data && venue.missing)
    return (
      <Page>
        <StateView
          kind="empty"
          text="没有找到这个场馆，它可能已不再开放打卡，或链接不完整。"
          action={{ text: '看看其他场馆', onClick: () => openPage('venues') }}
        />
      </Page>
    );
  if (!venue.data)
    return (
      <Page>
        <StateView kind="error" text={venue.error ?? undefined} onRetry={() => void venue.reload()} />
      </Page>
    );

  const data = venue.data;
  const today = shanghaiDate();
  const checkedInToday = Boolean(
    passport.data?.stamps.some((stamp) => stamp.venueId === data.id && stamp.lastVisitOn === today),
  );

  return (
    <Page>
      <View className="card">
        <View className="vd-tags">
          <Text className="vn-tag">{venueKindNames[data.kind]}</Text>
          <Text className="vn-tag vn-tag-plain">{data.districtName}</Text>
        </View>
        <Text className="vd-title">{data.name}</Text>
        <Place venue={data} />
        <Row label="开放" value={data.openingHours} />
        {data.phone && (
          <Tap
            className="vd-row"
            onClick={
              isWeapp
                ? () => void Taro.makePhoneCall({ phoneNumber: data.phone ?? '' }).catch(() => undefined)
                : undefined
            }
          >
            <Text className="vd-row-label">电话</Text>
            <Text className={isWeapp ? 'vd-row-value vd-link' : 'vd-row-value'}>{data.phone}</Text>
          </Tap>
        )}
        {signedIn && data.myVisits !== undefined && (
          <Row label="我的" value={data.myVisits > 0 ? `已来过 ${data.myVisits} 次` : '还没有在这里打过卡'} />
        )}
      </View>

      <SignInGate text="登录后即可打卡，把印章收进科普护照">
        <CheckinPanel
          venue={data}
          checkedInToday={checkedInToday}
          onCheckedIn={() => {
            void venue.reload({ quiet: true });
            void passport.reload({ quiet: true });
          }}
        />
      </SignInGate>

      <View className="card">
        <Text className="card-title">场馆介绍</Text>
        <Text className="vd-description" userSelect>
          {data.description}
        </Text>
      </View>

      <View className="card">
        <Text className="card-title">近期活动</Text>
        {data.upcomingEvents.length === 0 ? (
          <Text className="muted">近期没有在这里举办的活动</Text>
        ) : (
          data.upcomingEvents.map((event) => (
            <Tap
              key={event.id}
              className="vd-event"
              hoverClass="vd-pressed"
              onClick={() => openPage('eventDetail', { id: event.id })}
            >
              <View className="vd-event-body">
                <Text className="vd-event-title">{event.title}</Text>
                <Text className="vd-event-time">{formatTimeRange(event.startAt, event.endAt)}</Text>
              </View>
              <Text className="vd-arrow">›</Text>
            </Tap>
          ))
        )}
      </View>
    </Page>
  );
}

function Page({ children }: { children: ReactNode }) {
  return <PageRoot className="page vd-page">{children}</PageRoot>;
}

/** The address; on WeChat a tap opens it in the map app for directions. */
function Place({ venue }: { venue: Venue }) {
  const open = () =>
    void Taro.openLocation({
      latitude: venue.location.lat,
      longitude: venue.location.lng,
      name: venue.name,
      address: venue.address,
      scale: 16,
    }).catch(() => undefined);
  return (
    <Tap className="vd-row" onClick={isWeapp ? open : undefined}>
      <Text className="vd-row-label">地址</Text>
      <View className="vd-row-value">
        <Text className="vd-address">{venue.address}</Text>
        {isWeapp && <Text className="vd-link">在地图中打开，查看路线 ›</Text>}
      </View>
    </Tap>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="vd-row">
      <Text className="vd-row-label">{label}</Text>
      <Text className="vd-row-value">{value}</Text>
    </View>
  );
}
