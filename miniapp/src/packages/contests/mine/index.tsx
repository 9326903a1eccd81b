import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { listMyEntries } from '../../../api/contests';
import { SignInGate } from '../../../components/SignInGate';
import { StateView } from '../../../components/StateView';
import { entryStatusNames, trackName } from '../../../contests/labels';
import type { MyEntry } from '../../../contests/schemas';
import { usePagedList } from '../../../hooks/usePagedList';
import { openPage } from '../../../navigation';
import { useSession } from '../../../session/SessionContext';
import '../../../contests/contests.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

export default function MyEntriesPage() {
  const { status } = useSession();
  const signedIn = status === 'signedIn';
  const list = usePagedList(listMyEntries, [], { enabled: signedIn });
  useDidShow(() => {
    if (signedIn && list.state === 'ready') void list.reload({ quiet: true });
  });
  usePullDownRefresh(() => {
    void (signedIn ? list.reload({ quiet: true }) : Promise.resolve()).finally(() =>
      Taro.stopPullDownRefresh(),
    );
  });
  useReachBottom(() => void list.loadMore());

  return (
    <PageRoot className="page my-entries">
      <SignInGate text="登录后可查看您参加的大赛项目">
        {list.state === 'loading' && <StateView kind="loading" text="正在加载我的参赛…" />}
        {list.state === 'error' && (
          <StateView kind="error" text={list.error ?? undefined} onRetry={() => void list.reload()} />
        )}
        {list.state === 'ready' && list.items.length === 0 && (
          <View>
            <StateView kind="empty" text="您还没有参加任何大赛" />
            <Button className="btn btn-primary" onClick={() => openPage('contestList')}>
              去看看创新大赛
            </Button>
          </View>
        )}
        {list.items.map((item) => (
          <EntryItem key={item.id} item={item} />
        ))}
        {list.hasMore && (
          <Button className="btn btn-secondary" onClick={() => void list.loadMore()}>
            {list.loadingMore ? '正在加载…' : '加载更多'}
          </Button>
        )}
      </SignInGate>
    </PageRoot>
  );
}

function EntryItem({ item }: { item: MyEntry }) {
  return (
    <Tap
      className="card contest-card"
      hoverClass="contest-pressed"
      onClick={() => openPage('contestEntry', { contestId: item.contestId, entryId: item.id })}
    >
      <Text className={`contest-status contest-status-${item.status}`}>{entryStatusNames[item.status]}</Text>
      <Text className="contest-title">{item.projectName}</Text>
      <Text className="contest-line">{item.contest.title}</Text>
      <Text className="contest-line">
        赛道：{trackName(item.contest, item.trackId)}，队员 {item.members.length} 人
      </Text>
      <Text className="contest-line">{item.plan ? '✓ 已上传商业计划书' : '✗ 尚未上传商业计划书'} ›</Text>
    </Tap>
  );
}
