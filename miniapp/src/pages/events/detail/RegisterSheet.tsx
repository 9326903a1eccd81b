import { Button, Input, Text, View } from '@tarojs/components';
import { registerRequestSchema, type Event, type Registration } from '@szkc/shared';
import { useState } from 'react';
import { errorMessage } from '../../../api/errors';
import { registerForEvent } from '../../../api/events';
import { loadContact, saveContact } from '../../../events/contactMemory';
import { requestEventNotifications } from '../../../events/subscribe';
import { partyLimitText } from '../../../events/seats';
import { Tap } from '../../../components/Tap';

interface RegisterSheetProps {
  event: Event;
  initialPartySize?: number;
  onClose: () => void;
  onRegistered: (registration: Registration) => void;
  /** A 409 means the seats or the window changed under the person: re-read the event. */
  onConflict: () => void;
}

type FieldErrors = Partial<Record<'partySize' | 'contactName' | 'contactPhone', string>>;

export function RegisterSheet({
  event,
  initialPartySize = 1,
  onClose,
  onRegistered,
  onConflict,
}: RegisterSheetProps) {
  const [partySize, setPartySize] = useState(Math.min(initialPartySize, event.maxPartySize));
  const [contact, setContact] = useState(loadContact);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const willWait = event.seatsLeft < partySize;
  // The event as last read: when the seats went while the sheet was open, and no waitlist takes
  // the party, there is nothing to submit.
  const cannotSubmit = willWait && !event.waitlistOpen;
  const title = event.seatsLeft > 0 ? '报名' : event.waitlistOpen ? '登记候补' : '名额已满';
  const step = (delta: number) => setPartySize((n) => Math.min(event.maxPartySize, Math.max(1, n + delta)));

  const submit = async () => {
    if (busy) return;
    // Inside the tap, before anything is awaited: WeChat only shows the prompt from a tap.
    requestEventNotifications();
    const checked = registerRequestSchema.safeParse({ partySize, ...contact });
    const fieldErrors: FieldErrors = {};
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = issue.path[0] as keyof FieldErrors;
        fieldErrors[field] ??= issue.message;
      }
    }
    if (partySize > event.maxPartySize) fieldErrors.partySize = `每单最多 ${event.maxPartySize} 人`;
    setErrors(fieldErrors);
    if (!checked.success || Object.keys(fieldErrors).length) return;

    setBusy(true);
    setServerError(null);
    try {
      const registration = await registerForEvent(event.id, checked.data);
      saveContact({ contactName: checked.data.contactName, contactPhone: checked.data.contactPhone });
      onRegistered(registration);
    } catch (e) {
      setServerError(errorMessage(e));
      setBusy(false);
      onConflict();
    }
  };

  return (
    <View className="ev-sheet-mask" onClick={onClose}>
      {/* Taps inside the sheet must not reach the mask and close it. */}
      <View className="ev-sheet" role="dialog" aria-label="报名" onClick={(e) => e?.stopPropagation?.()}>
        <View className="ev-sheet-head">
          <Text className="ev-sheet-title">{title}</Text>
          <Tap className="ev-sheet-close" label="关闭" onClick={onClose}>
            关闭
          </Tap>
        </View>
        <Text className="ev-sheet-event">{event.title}</Text>

        <Text className="label">参加人数</Text>
        <View className="ev-stepper">
          <Tap
            className={partySize <= 1 ? 'ev-step ev-step-off' : 'ev-step'}
            label="减少人数"
            aria-disabled={partySize <= 1}
            onClick={() => step(-1)}
          >
            －
          </Tap>
          <Text className="ev-step-value" aria-live="polite">
            {partySize} 人
          </Text>
          <Tap
            className={partySize >= event.maxPartySize ? 'ev-step ev-step-off' : 'ev-step'}
            label="增加人数"
            aria-disabled={partySize >= event.maxPartySize}
            onClick={() => step(1)}
          >
            ＋
          </Tap>
        </View>
        <Text className="hint">按实际到场人数填写。{partyLimitText(event.maxPartySize)}。</Text>
        {event.seatsLeft === 0 && !event.waitlistOpen && (
          <Text className="ev-sheet-warn">名额刚刚报满，候补也已满，请关注其他活动。</Text>
        )}
        {willWait && event.seatsLeft > 0 && (
          <Text className="ev-sheet-warn">
            {event.waitlistOpen
              ? `当前仅余 ${event.seatsLeft} 席，${partySize} 人将登记为候补。`
              : `当前仅余 ${event.seatsLeft} 席，请减少人数。`}
          </Text>
        )}
        {errors.partySize && <Text className="error-text">{errors.partySize}</Text>}

        <Text className="label ev-sheet-label">联系人姓名</Text>
        <Input
          className="input"
          value={contact.contactName}
          placeholder="请输入姓名"
          maxlength={20}
          onInput={(e) => setContact((c) => ({ ...c, contactName: e.detail.value }))}
        />
        {errors.contactName && <Text className="error-text">{errors.contactName}</Text>}

        <Text className="label ev-sheet-label">手机号码</Text>
        <Input
          className="input"
          type="number"
          value={contact.contactPhone}
          placeholder="11 位手机号码"
          maxlength={11}
          onInput={(e) => setContact((c) => ({ ...c, contactPhone: e.detail.value }))}
        />
        {errors.contactPhone && <Text className="error-text">{errors.contactPhone}</Text>}
        <Text className="hint">联系人信息仅用于本次活动的签到和通知，主办方只能看到隐去中间四位的号码。</Text>

        {serverError && <Text className="error-text ev-sheet-server-error">{serverError}</Text>}
        <Button
          className={busy ? 'btn btn-primary btn-busy ev-sheet-submit' : 'btn btn-primary ev-sheet-submit'}
          disabled={busy || cannotSubmit || undefined}
          onClick={() => void (cannotSubmit ? undefined : submit())}
        >
          {busy ? '正在提交…' : willWait && event.waitlistOpen ? '确认登记候补' : '确认报名'}
        </Button>
      </View>
    </View>
  );
}
