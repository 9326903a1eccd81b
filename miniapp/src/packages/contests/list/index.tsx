import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { listContests } from '../../../api/contests';
import { StateView } from '../../../components/StateView';
import { contestKindNames, contestStatusNames, signupWindowText } from '../../../contests/labels';
import type { ContestSummary } from '../../../contests/schemas';
import { usePagedList } from '../../../hooks/usePagedList';
import { openPage } from '../../../navigation';
import { useSession } from '../../../session/SessionContext';
import '../../../contests/contests.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

export default function ContestListPage() {
  const { status } = useSession();
  const list = usePagedList(listContests, []);
  usePullDownRefresh(() => void list.reload({ quiet: true }).finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.loadMore());

  return (
    <PageRoot className="page contests">
      {status === 'signedIn' && (
        <Button className="btn btn-secondary" onClick={() => openPage('myEntries')}>
          我的参赛
        </Button>
      )}
      {list.state === 'loading' && <StateView kind="loading" text="正在加载大赛…" />}
      {list.state === 'error' && (
        <StateView kind="error" text={list.error ?? undefined} onRetry={() => void list.reload()} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <StateView kind="empty" text="目前没有正在进行的大赛，请稍后再来看看" />
      )}
      {list.items.map((contest) => (
        <ContestCard key={contest.id} contest={contest} />
      ))}
      {list.hasMore && (
        <Button className="btn btn-secondary" onClick={() => void list.loadMore()}>
          {list.loadingMore ? '正在加载…' : '加载更多'}
        </Button>
      )}
      {list.moreError && <Text className="error-text">{list.moreError}</Text>}
    </PageRoot>
  );
}

function ContestCard({ contest }: { contest: ContestSummary }) {
  return (
    <Tap
      className="card contest-card"
      hoverClass="contest-pressed"
      onClick={() => openPage('contestDetail', { id: contest.id })}
    >
      <Text className={`contest-status contest-status-${contest.status}`}>
        {contestStatusNames[contest.status]}
      </Text>
      <Text className="contest-status">{contestKindNames[contest.kind]}</Text>
      <Text className="contest-title">{contest.title}</Text>
      <Text className="contest-line">主办：{contest.organizerName}</Text>
      <Text className="contest-line">{signupWindowText(contest)}</Text>
      <View className="contest-tags">
        {contest.tracks.map((track) => (
          <Text key={track.id} className="contest-tag">
            {track.name}
          </Text>
        ))}
      </View>
      <Text className="contest-line">已报名 {contest.entryCount} 个项目 ›</Text>
    </Tap>
  );
}
