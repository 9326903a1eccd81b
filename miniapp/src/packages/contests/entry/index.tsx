import { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { pageUrl } from '@szkc/shared';
import { fetchContest, fetchEntry } from '../../../api/contests';
import { SignInGate } from '../../../components/SignInGate';
import { StateView } from '../../../components/StateView';
import { contestStatusNames, entryStatusNames, trackName } from '../../../contests/labels';
import type { Contest, Entry } from '../../../contests/schemas';
import { useRequest } from '../../../hooks/useRequest';
import { useSession } from '../../../session/SessionContext';
import { EditCard } from './EditCard';
import { PlanCard } from './PlanCard';
import { SubmitCard } from './SubmitCard';
import { TeamCard } from './TeamCard';
import '../../../contests/contests.css';
import { PageRoot } from '../../../components/PageRoot';

export default function ContestEntryPage() {
  const { params } = useRouter();
  const contestId = params.contestId ?? '';
  const entryId = params.entryId ?? '';
  const { status } = useSession();
  const signedIn = status === 'signedIn';
  const contest = useRequest(() => fetchContest(contestId), [contestId], { enabled: signedIn });
  const entry = useRequest(() => fetchEntry(contestId, entryId), [contestId, entryId], { enabled: signedIn });
  // Back on the page: a teammate may have changed something.
  useDidShow(() => {
    if (entry.state === 'ready') void entry.reload({ quiet: true });
  });

  // The share card carries the code: a colleague who taps it lands on 加入 with it filled in.
  useShareAppMessage(() => ({
    title:
      contest.data && entry.data
        ? `邀请你加入“${entry.data.projectName}”参加${contest.data.title}`
        : '邀请你加入我的参赛团队',
    path: pageUrl('contestJoin', { contestId, code: entry.data?.joinCode ?? undefined }),
  }));

  return (
    <PageRoot className="page contest-entry">
      <SignInGate text="登录后可查看您的参赛项目">
        {(contest.state === 'loading' || entry.state === 'loading') && <StateView kind="loading" />}
        {contest.state === 'error' && (
          <StateView kind="error" text={contest.error ?? undefined} onRetry={() => void contest.reload()} />
        )}
        {entry.state === 'error' && (
          <StateView kind="error" text={entry.error ?? undefined} onRetry={() => void entry.reload()} />
        )}
        {contest.data && entry.data && (
          <EntryView contest={contest.data} entry={entry.data} onChanged={entry.setData} />
        )}
      </SignInGate>
    </PageRoot>
  );
}

function EntryView({
  contest,
  entry,
  onChanged,
}: {
  contest: Contest;
  entry: Entry;
  onChanged(entry: Entry): void;
}) {
  const { user } = useSession();
  const myId = user?.id ?? '';
  const isMember = entry.members.some((member) => member.userId === myId);
  const isLeader = entry.members.some((member) => member.userId === myId && member.isLeader);
  // Until signup closes a draft or submitted entry can still change (API.md); the server decides.
  const editable = contest.status === 'open' && (entry.status === 'draft' || entry.status === 'submitted');
  const group = contest.groups.find((g) => g.id === entry.groupId);

  return (
    <View>
      <View className="card">
        <Text className={`contest-status contest-status-${entry.status}`}>
          {entryStatusNames[entry.status]}
        </Text>
        <Text className="contest-title">{entry.projectName}</Text>
        <Text className="contest-line">
          {contest.title}（{contestStatusNames[contest.status]}）
        </Text>
        <Text className="contest-line">赛道：{trackName(contest, entry.trackId)}</Text>
        {group && <Text className="contest-line">组别：{group.name}</Text>}
        {entry.organizationName && <Text className="contest-line">单位：{entry.organizationName}</Text>}
        <Text className="contest-line">{entry.summary}</Text>
        {!editable && entry.status !== 'withdrawn' && (
          <Text className="hint">报名已截止，项目信息不能再修改。</Text>
        )}
      </View>
      {isMember && editable && (
        <EditCard key={entry.id} contest={contest} entry={entry} onSaved={onChanged} />
      )}
      <TeamCard
        contest={contest}
        entry={entry}
        myId={myId}
        isLeader={isLeader}
        editable={editable && isMember}
        onChanged={onChanged}
      />
      <PlanCard contestId={contest.id} entry={entry} editable={editable && isMember} onUploaded={onChanged} />
      {isLeader && editable && <SubmitCard contest={contest} entry={entry} onChanged={onChanged} />}
    </View>
  );
}
