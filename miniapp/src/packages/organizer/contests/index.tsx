import { Button, Text, View } from '@tarojs/components';
import { can } from '@szkc/shared';
import { StateView } from '../../../components/StateView';
import { contestStatusNames, signupWindowText } from '../../../contests/labels';
import { usePagedList } from '../../../hooks/usePagedList';
import { openPage } from '../../../navigation';
import { listMyContests } from '../contestApi';
import { RoleGate } from '../RoleGate';
import '../../../contests/contests.css';
import { PageRoot } from '../../../components/PageRoot';

export default function OrganizerContestsPage() {
  return (
    <PageRoot className="page org-page">
      <RoleGate allow={can.organizeContests}>
        <Contests />
      </RoleGate>
    </PageRoot>
  );
}

function Contests() {
  const list = usePagedList(listMyContests, []);
  return (
    <View>
      <Button className="btn btn-primary" onClick={() => openPage('organizerContestEdit', {})}>
        创建大赛
      </Button>
      {list.state === 'loading' && <StateView kind="loading" text="正在加载大赛…" />}
      {list.state === 'error' && (
        <StateView kind="error" text={list.error ?? undefined} onRetry={() => void list.reload()} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <StateView kind="empty" text="您还没有主办的大赛" />
      )}
      {list.items.map((contest) => (
        <View key={contest.id} className="card">
          <Text className={`contest-status contest-status-${contest.status}`}>
            {contestStatusNames[contest.status]}
          </Text>
          <Text className="contest-title">{contest.title}</Text>
          <Text className="contest-line">{signupWindowText(contest)}</Text>
          <Text className="contest-line">已报名 {contest.entryCount} 个项目</Text>
          <Button
            className="btn btn-secondary"
            onClick={() => openPage('organizerContestEdit', { id: contest.id })}
          >
            {contest.status === 'draft' ? '编辑与发布' : '编辑'}
          </Button>
          <Button
            className="btn btn-primary"
            onClick={() => openPage('organizerContestRanking', { id: contest.id })}
          >
            评审进度与排名
          </Button>
          <Button
            className="btn btn-secondary"
            onClick={() => openPage('organizerContestReviewers', { id: contest.id })}
          >
            分配评审专家
          </Button>
        </View>
      ))}
      {list.hasMore && (
        <Button className="btn btn-secondary" onClick={() => void list.loadMore()}>
          {list.loadingMore ? '正在加载…' : '加载更多'}
        </Button>
      )}
    </View>
  );
}
