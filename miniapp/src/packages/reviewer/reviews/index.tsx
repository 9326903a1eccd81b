import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { can } from '@szkc/shared';
import { useEffect, useState } from 'react';
import { fetchContest } from '../../../api/contests';
import { StateView } from '../../../components/StateView';
import { trackName } from '../../../contests/labels';
import type { Contest, ReviewAssignment } from '../../../contests/schemas';
import { usePagedList } from '../../../hooks/usePagedList';
import { openPage } from '../../../navigation';
import { useSession } from '../../../session/SessionContext';
import { listMyReviews } from '../api';
import { ReviewerGate } from '../RoleGate';
import '../../../contests/contests.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

type Row = ReviewAssignment & { id: string };

const withIds = async (cursor?: string) => {
  const page = await listMyReviews(cursor);
  return {
    ...page,
    items: page.items.map((item) => ({ ...item, id: `${item.contestId}/${item.entryId}/${item.round}` })),
  };
};

/** Titles and track names of the contests in the list (usually one or two). */
function useContests(ids: string[]): Record<string, Contest> {
  const [contests, setContests] = useState<Record<string, Contest>>({});
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    let cancelled = false;
    for (const id of key ? key.split(',') : []) {
      fetchContest(id)
        .then((contest) => !cancelled && setContests((current) => ({ ...current, [id]: contest })))
        .catch(() => undefined); // the list still shows project names without the titles
    }
    return () => {
      cancelled = true;
    };
  }, [key]);
  return contests;
}

export default function MyReviewsPage() {
  const { user } = useSession();
  const allowed = can.review(user);
  const list = usePagedList<Row>(withIds, [], { enabled: allowed });
  const contests = useContests(list.items.map((item) => item.contestId));
  useDidShow(() => {
    if (allowed && list.state === 'ready') void list.reload({ quiet: true });
  });
  usePullDownRefresh(() => {
    void (allowed ? list.reload({ quiet: true }) : Promise.resolve()).finally(() =>
      Taro.stopPullDownRefresh(),
    );
  });

  const done = list.items.filter((item) => item.myScore !== null).length;
  return (
    <PageRoot className="page my-reviews">
      <ReviewerGate>
        {list.state === 'loading' && <StateView kind="loading" text="正在加载评审任务…" />}
        {list.state === 'error' && (
          <StateView kind="error" text={list.error ?? undefined} onRetry={() => void list.reload()} />
        )}
        {list.state === 'ready' && list.items.length === 0 && (
          <StateView kind="empty" text="目前没有分配给您的评审项目。评审开始后，项目会出现在这里。" />
        )}
        {list.state === 'ready' && list.items.length > 0 && (
          <View className="card">
            <Text className="card-title">
              已评 {done} 个，还有 {list.items.length - done} 个待评
            </Text>
            <View className="progress">
              <View
                className="progress-bar"
                style={{ width: `${Math.round((done / list.items.length) * 100)}%` }}
              />
            </View>
            <Text className="hint">与您同一单位的项目已按回避规则自动排除。</Text>
          </View>
        )}
        {list.items.map((item) => {
          const contest = contests[item.contestId];
          return (
            <Tap
              key={item.id}
              className="card contest-card"
              hoverClass="contest-pressed"
              onClick={() =>
                openPage('reviewScore', {
                  contestId: item.contestId,
                  entryId: item.entryId,
                  round: item.round,
                })
              }
            >
              <Text
                className={`contest-status ${item.myScore ? 'contest-status-submitted' : 'contest-status-draft'}`}
              >
                {item.myScore ? `已评 ${item.myScore.total.toFixed(2)} 分` : '待评分'}
              </Text>
              <Text className="contest-title">{item.projectName}</Text>
              {(contest?.title ?? item.contestTitle) && (
                <Text className="contest-line">{contest?.title ?? item.contestTitle}</Text>
              )}
              <Text className="contest-line">
                赛道：{contest ? trackName(contest, item.trackId) : item.trackId}，第 {item.round} 轮
              </Text>
              <Text className="contest-line">{item.myScore ? '修改评分 ›' : '去评分 ›'}</Text>
            </Tap>
          );
        })}
        {list.hasMore && (
          <Button className="btn btn-secondary" onClick={() => void list.loadMore()}>
            {list.loadingMore ? '正在加载…' : '加载更多'}
          </Button>
        )}
      </ReviewerGate>
    </PageRoot>
  );
}
