import { Button, Text, View } from '@tarojs/components';
import { formatShanghai, type Event } from '@szkc/shared';
import type { SignupState } from '../../../events/signupState';
import type { ReactNode } from 'react';
import { useTextSize } from '../../../display/textSize';
import { useWindowWidth } from '../../../hooks/useWindowWidth';

interface SignupPanelProps {
  event: Event;
  state: SignupState;
  signedIn: boolean;
  onRegister: () => void;
  onOpenRegistration: () => void;
}

/** The bar at the bottom of the detail page: where the person stands and the one thing to do next. */
export function SignupPanel({ event, state, signedIn, onRegister, onOpenRegistration }: SignupPanelProps) {
  const closes = formatShanghai(event.signupClosesAt);
  const register = (label: string) => (
    <Button className="btn btn-primary ev-bar-btn" onClick={onRegister}>
      {signedIn ? label : '登录后报名'}
    </Button>
  );
  const open = (label: string) => (
    <Button className="btn btn-secondary ev-bar-btn" onClick={onOpenRegistration}>
      {label}
    </Button>
  );

  switch (state.kind) {
    case 'open':
      return (
        <Bar tone="open" title={`余 ${event.seatsLeft} 席，可以报名`} note={`报名截止：${closes}`}>
          {register('我要报名')}
        </Bar>
      );
    case 'waitlist':
      return (
        <Bar tone="warn" title="名额已满，可登记候补" note="有人取消时，按登记先后依次递补，递补成功会通知您">
          {register('登记候补')}
        </Bar>
      );
    case 'full':
      return <Bar tone="stop" title="名额已满" note="候补名单也已满，请关注其他活动" />;
    case 'notOpen':
      return (
        <Bar
          tone="info"
          title="报名尚未开始"
          note={`${formatShanghai(state.opensAt)} 开始报名，请届时再来`}
        />
      );
    case 'closed':
      return <Bar tone="stop" title="报名已截止" note={`报名已于 ${closes} 截止`} />;
    case 'ended':
      return <Bar tone="stop" title="活动已结束" note="感谢关注，欢迎参加其他活动" />;
    case 'cancelled':
      return <Bar tone="stop" title="活动已取消" note="主办方已取消本次活动，已报名的市民会收到通知" />;
    case 'confirmed':
      return (
        <Bar
          tone="open"
          title={`您已报名成功 · ${state.registration.partySize} 人`}
          note="入场时请出示入场码"
        >
          {open('查看入场码')}
        </Bar>
      );
    case 'waitlisted':
      return (
        <Bar
          tone="warn"
          title={`候补中 · 第 ${state.registration.waitlistPosition ?? '-'} 位`}
          note="有人取消时按顺序递补，递补成功后会生成入场码"
        >
          {open('查看我的报名')}
        </Bar>
      );
    case 'pending':
      return (
        <Bar tone="warn" title="报名正在处理" note="上次提交没有完成，请再提交一次（不会重复报名）">
          {register('继续报名')}
        </Bar>
      );
  }
}

/** Below this many CSS px per unit of text size, title, note and button do not fit side by side. */
const roomyWidth = 340;

/**
 * Where the person stands, fixed at the bottom, with room kept above it. On a narrow phone or at a
 * large text size the bar keeps two lines, the state and a full-width button; the note moves
 * onto the page just above the bar, where it is read once scrolled to the end.
 */
function Bar({
  tone,
  title,
  note,
  children,
}: {
  tone: 'open' | 'warn' | 'stop' | 'info';
  title: string;
  note: string;
  children?: ReactNode;
}) {
  const { scale } = useTextSize();
  const compact = useWindowWidth() / scale < roomyWidth;
  return (
    <>
      {compact && <Text className={`ev-bar-note ev-bar-note-page ev-bar-note-${tone}`}>{note}</Text>}
      <View className={`evd-bar-space${compact ? ' evd-bar-space-compact' : ''}`} />
      <View className={`ev-bar ev-bar-${tone}${compact ? ' ev-bar-compact' : ''}`}>
        <View className="ev-bar-text">
          <Text className="ev-bar-title">{title}</Text>
          {!compact && <Text className="ev-bar-note">{note}</Text>}
        </View>
        {children}
      </View>
    </>
  );
}
