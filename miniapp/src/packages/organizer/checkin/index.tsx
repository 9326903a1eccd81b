import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { fetchEvent, listEvents } from '../../../api/events';
import { StateView } from '../../../components/StateView';
import { canCheckIn } from '../../../events/roles';
import { clock, formatTimeRange } from '../../../events/time';
import { useRequest } from '../../../hooks/useRequest';
import { checkIn } from '../api';
import { RoleGate } from '../RoleGate';
import type { CheckinCandidate } from '@szkc/shared';
import { ambiguousCandidates, checkinFailure, checkinOutcome, entryOf, type CheckinOutcome } from './outcome';
import '../organizer.css';
import './index.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

const isWeapp = process.env.TARO_ENV === 'weapp';

export default function CheckinPage() {
  const { params } = useRouter();
  const [eventId, setEventId] = useState(params.eventId ?? params.id ?? '');
  return (
    <PageRoot className="page org-page">
      <RoleGate allow={canCheckIn}>
        {eventId ? (
          <CheckinDesk eventId={eventId} onChangeEvent={() => setEventId('')} />
        ) : (
          <EventPicker onPick={setEventId} />
        )}
      </RoleGate>
    </PageRoot>
  );
}

/** Venue staff arrive without an event: today's and upcoming published events to choose from. */
function EventPicker({ onPick }: { onPick: (id: string) => void }) {
  const list = useRequest(async () => (await listEvents({}, undefined, 50)).items, []);

  if (list.state === 'error')
    return <StateView kind="error" text={list.error ?? undefined} onRetry={() => void list.reload()} />;
  const events = list.state === 'ready' ? list.data : null;
  if (!events) return <StateView kind="loading" text="正在加载活动…" />;
  if (!events.length) return <StateView kind="empty" text="近期没有可签到的活动" />;
  return (
    <View>
      <Text className="org-section">选择要签到的活动</Text>
      {events.map((event) => (
        <Tap
          key={event.id}
          className="card org-pick"
          hoverClass="org-pressed"
          onClick={() => onPick(event.id)}
        >
          <Text className="org-card-title">{event.title}</Text>
          <Text className="org-line">{formatTimeRange(event.startAt, event.endAt)}</Text>
          {event.venueName && <Text className="org-line">{event.venueName}</Text>}
        </Tap>
      ))}
    </View>
  );
}

function CheckinDesk({ eventId, onChangeEvent }: { eventId: string; onChangeEvent: () => void }) {
  // The title only names the desk: without it the page still checks tickets in.
  const title = useRequest(() => fetchEvent(eventId), [eventId]).data?.title ?? '';
  const [ticket, setTicket] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CheckinOutcome | null>(null);
  const [count, setCount] = useState(0);
  // A code that several registrations share: the person at the door is picked by name and phone.
  const [choice, setChoice] = useState<{ code: string; candidates: CheckinCandidate[] } | null>(null);

  const send = async (entry: Parameters<typeof checkIn>[1]) => {
    setBusy(true);
    setChoice(null);
    try {
      const result = await checkIn(eventId, entry);
      setOutcome(checkinOutcome(result));
      if (!result.alreadyCheckedIn) setCount((n) => n + result.partySize);
      setTicket('');
    } catch (e) {
      const candidates = 'code' in entry ? ambiguousCandidates(e) : null;
      if (candidates && 'code' in entry) {
        setOutcome(null);
        setChoice({ code: entry.code, candidates });
      } else setOutcome(checkinFailure(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (text: string) => {
    const value = text.trim();
    if (!value || busy) {
      if (!value)
        setOutcome({
          tone: 'bad',
          headline: '请输入签到码或票码',
          detail: '输入市民二维码下方的 6 位签到码，或粘贴完整票码',
        });
      return;
    }
    await send(entryOf(value));
  };

  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await submit(result);
    } catch (e) {
      // Closing the camera is not an error.
      if (!String((e as { errMsg?: string })?.errMsg ?? '').includes('cancel')) {
        setOutcome({ tone: 'bad', headline: '未能扫码', detail: '请重试，或在下面输入票码' });
      }
    }
  };

  return (
    <View>
      <View className="card">
        <Text className="org-card-title">{title || '活动签到'}</Text>
        <Text className="org-line">本页已签到 {count} 人，全场人数见报名名单</Text>
        <Tap className="org-text-link" onClick={onChangeEvent}>
          换一个活动 ›
        </Tap>
      </View>

      {outcome && (
        <View className={`ck-result ck-result-${outcome.tone}`}>
          <Text className="ck-result-icon">
            {outcome.tone === 'ok' ? '✓' : outcome.tone === 'again' ? '!' : '✕'}
          </Text>
          <Text className="ck-result-headline">{outcome.headline}</Text>
          <Text className="ck-result-detail">{outcome.detail}</Text>
        </View>
      )}

      {choice && (
        <View className="card ck-choice">
          <Text className="org-card-title">
            签到码 {choice.code} 对应 {choice.candidates.length} 位报名者
          </Text>
          <Text className="org-line">请核对姓名和手机尾号后选择：</Text>
          {choice.candidates.map((candidate) => (
            <Button
              key={candidate.registrationId}
              className="btn btn-secondary ck-candidate"
              disabled={busy || undefined}
              onClick={() => void send({ code: choice.code, registrationId: candidate.registrationId })}
            >
              {candidate.contactName} · {candidate.contactPhoneMasked} · {candidate.partySize} 人
              {candidate.checkedInAt ? `（已于 ${clock(candidate.checkedInAt)} 签到）` : ''}
            </Button>
          ))}
        </View>
      )}

      {isWeapp && (
        <Button
          className={busy ? 'btn btn-primary btn-busy ck-scan' : 'btn btn-primary ck-scan'}
          onClick={() => void scan()}
        >
          扫码签到
        </Button>
      )}
      <View className="card">
        <Text className="label" id="ck-entry-label">
          {isWeapp ? '无法扫码时，输入签到码' : '输入签到码或粘贴票码'}
        </Text>
        <Text className="hint ck-hint">签到码是市民二维码下方的 6 位字母和数字，不分大小写。</Text>
        <Input
          className="input"
          value={ticket}
          aria-labelledby="ck-entry-label"
          placeholder="如 K7M4QX，或完整票码"
          maxlength={512}
          onInput={(e) => setTicket(e.detail.value)}
          onConfirm={(e) => void submit(e.detail.value)}
        />
        <Button
          className={busy ? 'btn btn-secondary btn-busy ck-submit' : 'btn btn-secondary ck-submit'}
          disabled={busy || undefined}
          onClick={() => void submit(ticket)}
        >
          {busy ? '正在核验…' : '核验并签到'}
        </Button>
      </View>
    </View>
  );
}
