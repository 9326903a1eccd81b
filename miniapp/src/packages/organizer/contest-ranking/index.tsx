import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { can } from '@szkc/shared';
import { useState } from 'react';
import { fetchContest } from '../../../api/contests';
import { errorMessage } from '../../../api/errors';
import { BusyButton } from '../../../components/BusyButton';
import { StateView } from '../../../components/StateView';
import { trackName } from '../../../contests/labels';
import type { Contest, RankingRow } from '../../../contests/schemas';
import { useRequest, type Request } from '../../../hooks/useRequest';
import { ChoiceChips } from '../../../policies/ChoiceChips';
import { advanceEntries, closeRound, fetchRanking, listReviewers, rankingXlsxPath } from '../contestApi';
import { saveWorkbook } from '../../../api/workbook';
import { RoleGate } from '../RoleGate';
import '../../../contests/contests.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

type Reviewers = Awaited<ReturnType<typeof listReviewers>>;

/** How a score was reached, in words: the rule of API.md. */
const scoreRule = (reviews: number) =>
  reviews >= 5
    ? `${reviews} 位评审，去掉一个最高分和一个最低分后取平均`
    : `${reviews} 位评审，取平均（不足 5 位不去分）`;

export default function ContestRankingPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const contest = useRequest(() => fetchContest(id), [id]);
  return (
    <PageRoot className="page org-page">
      <RoleGate allow={can.organizeContests}>
        {contest.state === 'loading' && <StateView kind="loading" />}
        {contest.state === 'error' && (
          <StateView kind="error" text={contest.error ?? undefined} onRetry={() => void contest.reload()} />
        )}
        {contest.data && (
          <Ranking contest={contest.data} onChanged={() => void contest.reload({ quiet: true })} />
        )}
      </RoleGate>
    </PageRoot>
  );
}

function Ranking({ contest, onChanged }: { contest: Contest; onChanged(): void }) {
  const [round, setRound] = useState(
    contest.rounds.find((r) => r.status === 'open')?.n ?? contest.rounds[0]?.n ?? 1,
  );
  const ranking = useRequest(() => fetchRanking(contest.id, round), [contest.id, round]);
  const reviewers = useRequest(() => listReviewers(contest.id), [contest.id]);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState<'close' | 'advance' | 'export' | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const roundInfo = contest.rounds.find((r) => r.n === round);

  const act = async (
    kind: 'close' | 'advance' | 'export',
    confirmText: string | null,
    action: () => Promise<unknown>,
    done: string,
  ) => {
    if (confirmText) {
      const { confirm } = await Taro.showModal({ title: '请确认', content: confirmText });
      if (!confirm) return;
    }
    setBusy(kind);
    setMessage(null);
    try {
      await action();
      setMessage({ error: false, text: done });
      if (kind !== 'export') {
        onChanged();
        void ranking.reload({ quiet: true });
      }
    } catch (e) {
      setMessage({ error: true, text: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };

  const toggle = (entryId: string) =>
    setSelected((current) =>
      current.includes(entryId) ? current.filter((e) => e !== entryId) : [...current, entryId],
    );

  const rows = ranking.data?.items ?? [];
  const tracks = contest.tracks.filter((track) => rows.some((row) => row.trackId === track.id));
  const scored = rows.filter((row) => row.reviews > 0).length;

  return (
    <View>
      <View className="card">
        <Text className="contest-title">{contest.title}</Text>
        {contest.rounds.length > 1 && (
          <ChoiceChips
            choices={contest.rounds.map((r) => ({
              key: String(r.n),
              label: `第 ${r.n} 轮 ${r.name}`,
              selected: r.n === round,
              onPick: () => {
                setRound(r.n);
                setSelected([]);
              },
            }))}
          />
        )}
        <Text className="contest-line">
          第 {round} 轮
          {roundInfo ? ` ${roundInfo.name}（${roundInfo.status === 'open' ? '评审中' : '已结束'}）` : ''}
        </Text>
        {ranking.data && (
          <Text className="contest-line">
            评审进度：{rows.length} 个项目中 {scored} 个已有评分
          </Text>
        )}
        <Text className="hint">
          得分为各位评审加权总分的平均；同一项目有 5
          位及以上评审时，去掉一个最高分和一个最低分再平均。按赛道分别排名。
        </Text>
      </View>

      <ReviewerProgress contest={contest} reviewers={reviewers} />

      {ranking.state === 'loading' && <StateView kind="loading" text="正在计算排名…" />}
      {ranking.state === 'error' && (
        <StateView kind="error" text={ranking.error ?? undefined} onRetry={() => void ranking.reload()} />
      )}
      {ranking.state === 'ready' && rows.length === 0 && (
        <StateView kind="empty" text="本轮还没有提交的项目" />
      )}
      {tracks.map((track) => (
        <View key={track.id} className="card">
          <Text className="card-title">{trackName(contest, track.id)}</Text>
          {rows
            .filter((row) => row.trackId === track.id)
            .map((row) => (
              <RankRow
                key={row.entryId}
                contest={contest}
                row={row}
                picked={selected.includes(row.entryId)}
                onToggle={toggle}
              />
            ))}
        </View>
      ))}

      {message && <Text className={message.error ? 'error-text' : 'hint'}>{message.text}</Text>}
      {roundInfo?.status === 'open' && (
        <BusyButton
          kind="danger"
          busy={busy === 'close'}
          busyText="正在结束…"
          disabled={busy !== null}
          onClick={() =>
            void act(
              'close',
              `结束第 ${round} 轮后，评审专家不能再提交或修改评分。确定结束吗？`,
              () => closeRound(contest.id, round),
              `第 ${round} 轮评审已结束。`,
            )
          }
        >
          结束本轮评审
        </BusyButton>
      )}
      <BusyButton
        busy={busy === 'advance'}
        busyText="正在提交…"
        disabled={busy !== null || selected.length === 0}
        onClick={() =>
          void act(
            'advance',
            `将选中的 ${selected.length} 个项目设为晋级，本轮其他项目设为未晋级。确定吗？`,
            () => advanceEntries(contest.id, round, selected),
            `已晋级 ${selected.length} 个项目。`,
          )
        }
      >
        {selected.length > 0 ? `晋级选中的 ${selected.length} 个项目` : '勾选项目后可设为晋级'}
      </BusyButton>
      <BusyButton
        kind="secondary"
        busy={busy === 'export'}
        busyText="正在导出…"
        disabled={busy !== null}
        onClick={() =>
          void act(
            'export',
            null,
            () =>
              saveWorkbook(
                rankingXlsxPath(contest.id, round),
                `${contest.title.slice(0, 40)}_第${round}轮排名`,
              ),
            '排名表已导出。',
          )
        }
      >
        导出排名 Excel
      </BusyButton>
      <Button
        className="btn btn-secondary"
        onClick={() => {
          void ranking.reload();
          void reviewers.reload();
        }}
      >
        刷新
      </Button>
    </View>
  );
}

/** How far each reviewer has got: the scores each has given in the contest's open rounds. */
function ReviewerProgress({ contest, reviewers }: { contest: Contest; reviewers: Request<Reviewers> }) {
  const list = reviewers.data?.items ?? [];
  return (
    <View className="card">
      <Text className="card-title">评审专家进度</Text>
      {reviewers.state === 'loading' && <StateView kind="loading" text="正在加载评审专家…" />}
      {reviewers.state === 'error' && (
        <StateView kind="error" text={reviewers.error ?? undefined} onRetry={() => void reviewers.reload()} />
      )}
      {reviewers.state === 'ready' && list.length === 0 && (
        <Text className="hint">还没有分配评审专家，请先在“分配评审专家”页添加。</Text>
      )}
      {list.map((reviewer) => (
        <View key={reviewer.userId} className="contest-field">
          <Text className="contest-line">
            {reviewer.nickname}
            {reviewer.organizationName ? `（${reviewer.organizationName}）` : ''}：
            {reviewer.scoresGiven > 0 ? `已评 ${reviewer.scoresGiven} 个项目` : '尚未评分'}
          </Text>
          <Text className="hint">
            负责赛道：{reviewer.trackIds.map((trackId) => trackName(contest, trackId)).join('、')}
          </Text>
        </View>
      ))}
      {list.length > 0 && <Text className="hint">计数为进行中的各轮评审里已提交的评分。</Text>}
    </View>
  );
}

function RankRow({
  contest,
  row,
  picked,
  onToggle,
}: {
  contest: Contest;
  row: RankingRow;
  picked: boolean;
  onToggle(entryId: string): void;
}) {
  const group = contest.groups.find((g) => g.id === row.groupId);
  return (
    <Tap className={picked ? 'rank-row rank-row-picked' : 'rank-row'} onClick={() => onToggle(row.entryId)}>
      <Text className="rank-check">{picked ? '☑' : '☐'}</Text>
      <View className="rank-body">
        <Text className="contest-line">
          {row.rank !== null ? `第 ${row.rank} 名` : '未排名'}：{row.projectName}
        </Text>
        {group && <Text className="hint">{group.name}</Text>}
        <Text className="contest-line">
          {row.score !== null ? `${row.score.toFixed(2)} 分` : '暂无评分'}（
          {row.reviews > 0 ? scoreRule(row.reviews) : '还没有评审评分'}）
        </Text>
      </View>
    </Tap>
  );
}
