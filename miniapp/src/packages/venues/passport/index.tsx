import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { districtCodes, districtNames, isDistrictCode } from '@szkc/shared';
import { useRef } from 'react';
import { fetchPassport } from '../../../api/venues';
import { SignInGate } from '../../../components/SignInGate';
import { StateView } from '../../../components/StateView';
import { useRequest } from '../../../hooks/useRequest';
import { openPage } from '../../../navigation';
import { useSession } from '../../../session/SessionContext';
import { venueKindNames, type Passport } from '../../../venues/schemas';
import { BadgeMedal, Stamp } from '../Stamp';
import '../venues.css';
import './index.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

// A slight, fixed tilt per stamp (not random: the page looks the same every time).
const tilts = [-8, 5, -3, 9, -6, 3];

export default function PassportPage() {
  return (
    <PageRoot className="page vp-page">
      <SignInGate text="登录后查看您的科普护照：到场馆打卡，收集印章和徽章">
        <PassportView />
      </SignInGate>
    </PageRoot>
  );
}

function PassportView() {
  const { status } = useSession();
  const passport = useRequest(fetchPassport, [status]);
  const shownOnce = useRef(false);
  // Back from a check-in: the new stamp should be there.
  useDidShow(() => {
    if (shownOnce.current) void passport.reload({ quiet: true });
    shownOnce.current = true;
  });
  usePullDownRefresh(() => {
    void passport.reload({ quiet: true }).finally(() => Taro.stopPullDownRefresh());
  });

  if (passport.state === 'loading' && !passport.data)
    return <StateView kind="loading" text="正在打开护照…" />;
  if (!passport.data)
    return (
      <StateView kind="error" text={passport.error ?? undefined} onRetry={() => void passport.reload()} />
    );
  return <PassportBook passport={passport.data} />;
}

const percent = (progress: number, target: number) =>
  Math.min(100, Math.round((progress / Math.max(1, target)) * 100));

function PassportBook({ passport }: { passport: Passport }) {
  const visited = new Set(passport.districts);
  return (
    <View>
      <View className="vp-cover">
        <Text className="vp-cover-title">科普护照</Text>
        <Text className="vp-cover-sub">石嘴山市科学技术局</Text>
        <View className="vp-totals">
          <Total value={passport.visits} label="打卡次数" />
          <Total value={passport.venues} label="去过的场馆" />
          <Total value={passport.districts.length} label="走过的区县" />
        </View>
        <View className="vp-districts">
          {districtCodes.map((code) => (
            <Text key={code} className={visited.has(code) ? 'vp-district vp-district-on' : 'vp-district'}>
              {visited.has(code) ? `✓ ${districtNames[code]}` : districtNames[code]}
            </Text>
          ))}
        </View>
      </View>

      <View className="card">
        <Text className="card-title">我的徽章</Text>
        {passport.badges.length === 0 ? (
          <Text className="muted">还没有徽章。第一次打卡就能得到第一枚徽章！</Text>
        ) : (
          <View className="vp-medals">
            {passport.badges.map((badge) => (
              <BadgeMedal key={badge.id} id={badge.id} name={badge.name} earned />
            ))}
          </View>
        )}
      </View>

      {passport.next.length > 0 && (
        <View className="card">
          <Text className="card-title">下一个徽章</Text>
          {passport.next.map((goal) => (
            <View key={goal.id} className="vp-goal">
              <View className="vp-goal-medal">
                <BadgeMedal id={goal.id} name="" earned={false} />
              </View>
              <View className="vp-goal-body">
                <Text className="vp-goal-name">{goal.name}</Text>
                <View className="vp-bar">
                  <View
                    className="vp-bar-fill"
                    style={{ width: `${percent(goal.progress, goal.target)}%` }}
                  />
                </View>
                <Text className="vp-goal-count">
                  {goal.progress} / {goal.target}，还差 {Math.max(0, goal.target - goal.progress)}
                </Text>
              </View>
            </View>
          ))}
        </View>
      )}

      <View className="card">
        <Text className="card-title">场馆印章</Text>
        {passport.stamps.length === 0 ? (
          <View className="vp-empty">
            <Text className="muted">护照还是空的。去附近的科技馆、科普教育基地打卡，盖上第一枚印章吧！</Text>
            <Button className="btn btn-primary vp-go" onClick={() => openPage('venues')}>
              去找场馆
            </Button>
          </View>
        ) : (
          <View className="vp-stamps">
            {passport.stamps.map((stamp, i) => (
              <Tap
                key={stamp.venueId}
                className="vp-stamp"
                hoverClass="vp-pressed"
                onClick={() => openPage('venueDetail', { id: stamp.venueId })}
              >
                <Stamp name={stamp.venueName} day={stamp.lastVisitOn} tilt={tilts[i % tilts.length]} />
                <Text className="vp-stamp-name">{stamp.venueName}</Text>
                <Text className="vp-stamp-line">
                  {venueKindNames[stamp.kind]}
                  {isDistrictCode(stamp.district) ? ` · ${districtNames[stamp.district]}` : ''}
                </Text>
                <Text className="vp-stamp-line">来过 {stamp.visits} 次</Text>
                <Text className="vp-stamp-line">首次 {stamp.firstVisitOn}</Text>
              </Tap>
            ))}
          </View>
        )}
      </View>
    </View>
  );
}

function Total({ value, label }: { value: number; label: string }) {
  return (
    <View className="vp-total">
      <Text className="vp-total-value">{value}</Text>
      <Text className="vp-total-label">{label}</Text>
    </View>
  );
}
