import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { shanghaiDate } from '@szkc/shared';
import { useState } from 'react';
import { checkInAtVenue } from '../../../api/venues';
import { BusyButton } from '../../../components/BusyButton';
import { openPage } from '../../../navigation';
import { canOpenSettings, currentLocation, locationProblem, openSettings } from '../../../venues/location';
import {
  checkinModeNames,
  type Venue,
  type VenueCheckin,
  type VenueCheckinRequest,
} from '../../../venues/schemas';
import { BadgeMedal, Stamp } from '../Stamp';
import { checkinProblem, type CheckinProblem } from './checkinProblem';
import { Tap } from '../../../components/Tap';

const canScan = process.env.TARO_ENV === 'weapp';

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; checkin: VenueCheckin }
  | { kind: 'failed'; problem: CheckinProblem; locationDenied?: boolean };

const cancelled = (e: unknown) => String((e as { errMsg?: string })?.errMsg ?? '').includes('cancel');

/**
 * The 打卡 panel: one big button that does what the venue's mode needs (scan, locate, or both)
 * and says in plain words why a check-in was refused. On H5, or when the camera fails, the code
 * printed under the QR code can be typed instead.
 */
export function CheckinPanel({
  venue,
  checkedInToday,
  onCheckedIn,
}: {
  venue: Venue;
  /** Known from the passport before any tap: this person already has today's stamp here. */
  checkedInToday: boolean;
  onCheckedIn: (checkin: VenueCheckin) => void;
}) {
  const mode = venue.checkinMode;
  const needsCode = mode !== 'geo';
  const needsLocation = mode !== 'screen';
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [typing, setTyping] = useState(!canScan);
  const [code, setCode] = useState('');
  const busy = phase.kind === 'busy';
  const busyText = phase.kind === 'busy' ? phase.text : '';

  const send = async (typedOrScanned?: string) => {
    const body: VenueCheckinRequest = {};
    if (needsCode) {
      const value = (typedOrScanned ?? '').trim();
      if (!value) {
        setPhase({
          kind: 'failed',
          problem: { headline: '请先输入打卡码', detail: '打卡码在现场二维码的下方。' },
        });
        return;
      }
      body.code = value;
    }
    if (needsLocation) {
      setPhase({ kind: 'busy', text: '正在获取位置…' });
      const answer = await currentLocation();
      if (!answer.ok) {
        setPhase({
          kind: 'failed',
          problem: { headline: '没有获取到位置', detail: locationProblem(answer.reason) },
          locationDenied: answer.reason === 'denied',
        });
        return;
      }
      body.location = answer.location;
    }
    setPhase({ kind: 'busy', text: '正在打卡…' });
    try {
      const checkin = await checkInAtVenue(venue.id, body);
      setPhase({ kind: 'done', checkin });
      setCode('');
      onCheckedIn(checkin);
    } catch (e) {
      setPhase({ kind: 'failed', problem: checkinProblem(e, mode) });
    }
  };

  const scanAndSend = async () => {
    let scanned: string;
    try {
      scanned = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result;
    } catch (e) {
      if (cancelled(e)) return;
      setTyping(true);
      setPhase({
        kind: 'failed',
        problem: {
          headline: '未能扫码',
          detail: '相机没有打开或没有认出二维码。请重试，或在下面输入二维码下方的打卡码。',
        },
      });
      return;
    }
    await send(scanned);
  };

  if (phase.kind === 'done') return <Done venue={venue} checkin={phase.checkin} />;
  if (checkedInToday)
    return (
      <View className="card vd-checkin vd-checkin-done">
        <Text className="card-title">今天已打卡</Text>
        <View className="vd-stamp-row">
          <Stamp name={venue.name} day={shanghaiDate()} tilt={-8} />
        </View>
        <Text className="vd-done-text">
          您今天已经在这里打过卡了，印章已在科普护照里。每个场馆每天可以打卡一次，欢迎改天再来。
        </Text>
        <Button className="btn btn-secondary" onClick={() => openPage('passport')}>
          查看我的科普护照
        </Button>
      </View>
    );

  const mainAction =
    needsCode && canScan ? '扫码打卡' : needsCode ? (needsLocation ? '定位并打卡' : '打卡') : '定位打卡';

  return (
    <View className="card vd-checkin">
      <Text className="card-title">到馆打卡</Text>
      <Text className="vd-mode">本馆打卡方式：{checkinModeNames[mode]}</Text>
      {needsLocation && (
        <Text className="hint">打卡时会读取一次您的位置，只用来确认您在场馆附近，不会保存。</Text>
      )}

      {phase.kind === 'failed' && (
        <View className="vd-problem">
          <Text className="vd-problem-headline">{phase.problem.headline}</Text>
          <Text className="vd-problem-detail">{phase.problem.detail}</Text>
          {phase.locationDenied && canOpenSettings && (
            <Button className="btn btn-secondary" onClick={openSettings}>
              去设置允许位置
            </Button>
          )}
        </View>
      )}

      {needsCode && typing && (
        <View className="vd-code">
          <Text className="label">输入打卡码</Text>
          <Input
            className="input"
            value={code}
            placeholder="二维码下方的打卡码"
            maxlength={200}
            onInput={(e) => setCode(e.detail.value)}
            onConfirm={(e) => void send(e.detail.value)}
          />
        </View>
      )}

      <View className="vd-actions">
        {needsCode && canScan && (
          <BusyButton busy={busy} busyText={busyText} onClick={() => void scanAndSend()}>
            {mainAction}
          </BusyButton>
        )}
        {needsCode && typing && (
          <BusyButton
            busy={busy}
            busyText={busyText}
            kind={canScan ? 'secondary' : 'primary'}
            onClick={() => void send(code)}
          >
            {canScan ? '用输入的码打卡' : mainAction}
          </BusyButton>
        )}
        {!needsCode && (
          <BusyButton busy={busy} busyText={busyText} onClick={() => void send()}>
            {mainAction}
          </BusyButton>
        )}
        {needsCode && canScan && !typing && (
          <Tap className="vd-text-link" onClick={() => setTyping(true)}>
            扫不了码？输入打卡码
          </Tap>
        )}
      </View>
    </View>
  );
}

function Done({ venue, checkin }: { venue: Venue; checkin: VenueCheckin }) {
  return (
    <View className="card vd-checkin vd-checkin-done">
      <Text className="card-title">{checkin.alreadyCheckedIn ? '今天已打卡' : '打卡成功！'}</Text>
      <View className="vd-stamp-row">
        <Stamp name={venue.name} day={checkin.day} tilt={-8} />
      </View>
      <Text className="vd-done-text">
        {checkin.alreadyCheckedIn
          ? '您今天已经在这里打过卡了，印章已在科普护照里。每个场馆每天可以打卡一次，欢迎改天再来。'
          : '印章已经盖进您的科普护照。'}
      </Text>
      {checkin.newBadges.length > 0 && (
        <View className="vd-badges">
          <Text className="vd-badges-title">获得新徽章</Text>
          <View className="vd-badges-row">
            {checkin.newBadges.map((badge) => (
              <BadgeMedal key={badge.id} id={badge.id} name={badge.name} earned />
            ))}
          </View>
        </View>
      )}
      <Button className="btn btn-primary" onClick={() => openPage('passport')}>
        查看我的科普护照
      </Button>
    </View>
  );
}
