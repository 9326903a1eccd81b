import { useRouter } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { fetchContest, joinEntry } from '../../../api/contests';
import { errorMessage, hasErrorCode } from '../../../api/errors';
import { BusyButton } from '../../../components/BusyButton';
import { SignInGate } from '../../../components/SignInGate';
import { StateView } from '../../../components/StateView';
import { existingEntryOf } from '../../../contests/errorDetails';
import { normaliseJoinCode, spacedJoinCode } from '../../../contests/labels';
import type { Contest } from '../../../contests/schemas';
import { useRequest } from '../../../hooks/useRequest';
import { openPage, replacePage } from '../../../navigation';
import '../../../contests/contests.css';
import { PageRoot } from '../../../components/PageRoot';

export default function ContestJoinPage() {
  const { params } = useRouter();
  const contestId = params.contestId ?? '';
  const contest = useRequest(() => fetchContest(contestId), [contestId]);

  return (
    <PageRoot className="page contest-join">
      {contest.state === 'loading' && <StateView kind="loading" text="正在加载大赛…" />}
      {contest.state === 'error' && (
        <StateView kind="error" text={contest.error ?? undefined} onRetry={() => void contest.reload()} />
      )}
      {contest.state === 'ready' && contest.data && (
        <SignInGate text="登录后即可用邀请码加入队友的参赛项目">
          <JoinForm contest={contest.data} initialCode={params.code ?? ''} />
        </SignInGate>
      )}
    </PageRoot>
  );
}

type Failure = { message: string; existingEntryId?: string | null };

function JoinForm({ contest, initialCode }: { contest: Contest; initialCode: string }) {
  const [code, setCode] = useState(initialCode ? spacedJoinCode(normaliseJoinCode(initialCode)) : '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const join = async () => {
    const joinCode = normaliseJoinCode(code);
    if (!joinCode) return setFailure({ message: '请输入队长发给您的邀请码' });
    setBusy(true);
    setFailure(null);
    try {
      const entry = await joinEntry(contest.id, joinCode);
      replacePage('contestEntry', { contestId: contest.id, entryId: entry.id });
    } catch (e) {
      if (hasErrorCode(e, 'INVALID_JOIN_CODE')) {
        setFailure({
          message:
            '这个邀请码不对，或已经过期（邀请码 7 天内有效）。请核对后重试，或请队长在项目页点“重新生成邀请码”再发给您。',
        });
      } else if (hasErrorCode(e, 'TEAM_FULL')) {
        setFailure({
          message: `这个团队已经满员（每队最多 ${contest.teamMax} 人），暂时加不进去。可以和队长商量，或者自己创建一个项目。`,
        });
      } else if (hasErrorCode(e, 'ALREADY_ENTERED')) {
        setFailure({
          message:
            '您已经在本大赛的一个项目里了。每人在一个大赛中只能参加一个项目；要换团队，请先退出原来的团队。',
          existingEntryId: existingEntryOf(e),
        });
      } else {
        setFailure({ message: errorMessage(e) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card">
      <Text className="card-title">{contest.title}</Text>
      <Text className="muted">输入队长发给您的邀请码，加入他的参赛项目。</Text>
      <View className="contest-field">
        <Text className="contest-label">邀请码（6 位字母和数字）</Text>
        <Input
          className="input join-input"
          value={code}
          maxlength={20}
          placeholder="例如：K7Q 2MP"
          onInput={(e) => setCode(e.detail.value)}
          onConfirm={() => void join()}
        />
      </View>
      {failure && (
        <View className="join-failure">
          <Text className="error-text">{failure.message}</Text>
          {failure.existingEntryId && (
            <Button
              className="btn btn-secondary"
              onClick={() =>
                openPage('contestEntry', { contestId: contest.id, entryId: failure.existingEntryId! })
              }
            >
              查看我已参加的项目
            </Button>
          )}
        </View>
      )}
      <BusyButton busy={busy} busyText="正在加入…" onClick={() => void join()}>
        加入团队
      </BusyButton>
    </View>
  );
}
