import { useDidShow, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { fetchContest } from '../../../api/contests';
import { StateView } from '../../../components/StateView';
import { GroupCheck } from '../../../contests/GroupCheck';
import {
  contestKindNames,
  contestStatusNames,
  entryStatusNames,
  groupRuleLines,
  signupOpen,
  signupWindowText,
  teamSizeText,
} from '../../../contests/labels';
import type { Contest } from '../../../contests/schemas';
import { useRequest } from '../../../hooks/useRequest';
import { openPage } from '../../../navigation';
import { useSession } from '../../../session/SessionContext';
import '../../../policies/policies.css';
import '../../../contests/contests.css';
import { PageRoot } from '../../../components/PageRoot';

export default function ContestDetailPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { status } = useSession();
  // The same contest seen anew after signing in: with the caller's entry.
  const contest = useRequest(() => fetchContest(id), [id, status], {
    enabled: status !== 'checking',
    quietOnChange: true,
  });
  useDidShow(() => {
    if (contest.state === 'ready') void contest.reload({ quiet: true });
  });

  if (contest.state === 'loading') return <StateView kind="loading" text="正在加载大赛…" />;
  if (contest.state === 'error' || !contest.data) {
    return <StateView kind="error" text={contest.error ?? undefined} onRetry={() => void contest.reload()} />;
  }
  const data = contest.data;
  // Before review a round is 'open' only in the sense of not closed yet: saying 进行中 during
  // signup would mislead.
  const reviewBegun = data.status === 'reviewing' || data.status === 'finished';
  return (
    <PageRoot className="page contest-detail">
      <View className="card">
        <Text className={`contest-status contest-status-${data.status}`}>
          {contestStatusNames[data.status]}
        </Text>
        <Text className="contest-status">{contestKindNames[data.kind]}</Text>
        <Text className="contest-title">{data.title}</Text>
        <Text className="contest-line">主办：{data.organizerName}</Text>
        <Text className="contest-line">{signupWindowText(data)}</Text>
        <Text className="contest-line">{teamSizeText(data)}</Text>
        <Text className="contest-line">{data.description}</Text>
      </View>

      <EntryActions contest={data} signedIn={status === 'signedIn'} />

      <View className="card">
        <Text className="card-title">赛道</Text>
        <View className="contest-tags">
          {data.tracks.map((track) => (
            <Text key={track.id} className="contest-tag">
              {track.name}
            </Text>
          ))}
        </View>
        {data.groups.length > 0 && (
          <View>
            <Text className="card-title">组别与条件</Text>
            {data.groups.map((group) => (
              <View key={group.id}>
                <Text className="contest-section">{group.name}</Text>
                {groupRuleLines(group.rules).map((line) => (
                  <Text key={line} className="contest-rule">
                    · {line}
                  </Text>
                ))}
                {group.source && <Text className="hint">依据：{group.source}</Text>}
                {group.verified === false && (
                  <Text className="policy-badge policy-badge-unverified">待核对：以主办方最新通知为准</Text>
                )}
              </View>
            ))}
          </View>
        )}
        {data.rounds.length > 0 && (
          <View>
            <Text className="card-title">评审轮次</Text>
            {data.rounds.map((round) => (
              <Text key={round.n} className="contest-rule">
                第 {round.n} 轮 {round.name}
                {reviewBegun && `（${round.status === 'open' ? '进行中' : '已结束'}）`}
              </Text>
            ))}
          </View>
        )}
      </View>

      {data.groups.length > 0 && <GroupCheck contest={data} />}
    </PageRoot>
  );
}

function EntryActions({ contest, signedIn }: { contest: Contest; signedIn: boolean }) {
  const mine = contest.myEntry;
  if (mine) {
    return (
      <View className="card contest-actions">
        <Text className="card-title">我的参赛项目</Text>
        <Text className="contest-line">
          {mine.projectName}（{entryStatusNames[mine.status]}）
        </Text>
        <Button
          className="btn btn-primary"
          onClick={() => openPage('contestEntry', { contestId: contest.id, entryId: mine.id })}
        >
          查看我的参赛项目
        </Button>
      </View>
    );
  }
  if (!signupOpen(contest)) {
    return (
      <View className="card">
        <Text className="muted">
          {contest.status === 'upcoming' ? '报名尚未开始，请在报名时间内再来。' : '报名已截止。'}
        </Text>
      </View>
    );
  }
  if (!signedIn) {
    return (
      <View className="card contest-actions">
        <Text className="muted">登录后即可报名参赛，或用队友发来的邀请码加入团队。</Text>
        <Button className="btn btn-primary" onClick={() => openPage('me')}>
          去登录
        </Button>
      </View>
    );
  }
  return (
    <View className="card contest-actions">
      <Button className="btn btn-primary" onClick={() => openPage('contestEnter', { contestId: contest.id })}>
        创建参赛项目（我是队长）
      </Button>
      <Button
        className="btn btn-secondary"
        onClick={() => openPage('contestJoin', { contestId: contest.id })}
      >
        我有邀请码，加入队友的项目
      </Button>
    </View>
  );
}
