import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { formatShanghai, parseIsoInstant } from '@szkc/shared';
import { useState } from 'react';
import { removeMember, renewJoinCode } from '../../../api/contests';
import { errorMessage } from '../../../api/errors';
import { BusyButton } from '../../../components/BusyButton';
import { spacedJoinCode, teamSizeText } from '../../../contests/labels';
import type { Contest, Entry } from '../../../contests/schemas';

/** Members, and the join code to pass on: share card on WeChat, copy anywhere, renew by the leader. */
export function TeamCard({
  contest,
  entry,
  myId,
  isLeader,
  editable,
  onChanged,
}: {
  contest: Contest;
  entry: Entry;
  myId: string;
  isLeader: boolean;
  editable: boolean;
  onChanged(entry: Entry): void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const expiresMs = entry.joinCodeExpiresAt ? parseIsoInstant(entry.joinCodeExpiresAt) : null;
  const expired = expiresMs !== null && expiresMs <= Date.now();
  const full = entry.members.length >= contest.teamMax;

  const act = async (key: string, action: () => Promise<Entry>) => {
    setBusy(key);
    setError(null);
    try {
      onChanged(await action());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const remove = async (userId: string, nickname: string, self: boolean) => {
    const { confirm } = await Taro.showModal({
      title: self ? '退出团队' : '移出队员',
      content: self ? '退出后您将不再是这个项目的成员。确定退出吗？' : `确定把“${nickname}”移出团队吗？`,
      confirmText: self ? '退出' : '移出',
    });
    if (confirm) await act(`remove-${userId}`, () => removeMember(contest.id, entry.id, userId));
  };

  const copy = () => {
    if (!entry.joinCode) return;
    void Taro.setClipboardData({ data: `${contest.title} 参赛邀请码：${entry.joinCode}` });
  };

  return (
    <View className="card">
      <Text className="card-title">团队成员（{entry.members.length} 人）</Text>
      <Text className="hint">本大赛{teamSizeText(contest)}。</Text>
      {entry.members.map((member) => (
        <View key={member.userId} className="member-row">
          <Text>
            {member.nickname}
            {member.isLeader && <Text className="member-leader">队长</Text>}
            {member.userId === myId && <Text className="member-leader">（我）</Text>}
          </Text>
          {editable && !member.isLeader && (isLeader || member.userId === myId) && (
            <BusyButton
              kind="secondary"
              busy={busy === `remove-${member.userId}`}
              busyText="处理中…"
              disabled={busy !== null}
              onClick={() => void remove(member.userId, member.nickname, member.userId === myId)}
            >
              {member.userId === myId ? '退出团队' : '移出'}
            </BusyButton>
          )}
        </View>
      ))}

      {editable && entry.joinCode && !full && (
        <View>
          <Text className="contest-section">邀请队友</Text>
          <Text className="muted">把邀请码发给队友，队友在本大赛页面点“我有邀请码”输入即可加入。</Text>
          <Text className="join-code">{spacedJoinCode(entry.joinCode)}</Text>
          <Text className={expired ? 'error-text' : 'hint'}>
            {expired
              ? '邀请码已过期，请队长重新生成。'
              : expiresMs !== null && `有效期至 ${formatShanghai(expiresMs)}（7 天内有效）`}
          </Text>
          {!expired && process.env.TARO_ENV === 'weapp' && (
            <Button className="btn btn-primary" openType="share">
              发给微信好友（点开即可加入）
            </Button>
          )}
          {!expired && (
            <Button className="btn btn-secondary" onClick={copy}>
              复制邀请码
            </Button>
          )}
          {isLeader && (
            <BusyButton
              kind="secondary"
              busy={busy === 'renew'}
              busyText="正在生成…"
              disabled={busy !== null}
              onClick={() => void act('renew', () => renewJoinCode(contest.id, entry.id))}
            >
              重新生成邀请码（旧码作废）
            </BusyButton>
          )}
        </View>
      )}
      {editable && full && <Text className="hint">团队人数已满，无需再邀请。</Text>}
      {error && <Text className="error-text">{error}</Text>}
    </View>
  );
}
