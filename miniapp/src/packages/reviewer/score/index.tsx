import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { formatShanghai } from '@szkc/shared';
import { createElement, useEffect, useState } from 'react';
import { fetchContest, fetchPlanLink } from '../../../api/contests';
import { errorMessage, hasErrorCode } from '../../../api/errors';
import { BusyButton } from '../../../components/BusyButton';
import { StateView } from '../../../components/StateView';
import { trackName } from '../../../contests/labels';
import type { Contest, ReviewAssignment, RubricItem } from '../../../contests/schemas';
import { useRequest } from '../../../hooks/useRequest';
import { listMyReviews, saveMyScore } from '../api';
import { openPlanOnPhone } from '../openPlan';
import { ReviewerGate } from '../RoleGate';
import { partialTotal, weightedTotal } from '../total';
import '../../../contests/contests.css';
import './index.css';
import { PageRoot } from '../../../components/PageRoot';
import { Tap } from '../../../components/Tap';

const scoreWords = ['', '差', '较差', '一般', '好', '优秀'];

/** This assignment from GET /me/reviews: the reviewer reads no entry (and no member names). */
async function findAssignment(
  contestId: string,
  entryId: string,
  round: number,
): Promise<ReviewAssignment | null> {
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const answer = await listMyReviews(cursor);
    const found = answer.items.find(
      (item) => item.contestId === contestId && item.entryId === entryId && item.round === round,
    );
    if (found) return found;
    if (!answer.nextCursor) return null;
    cursor = answer.nextCursor;
  }
  return null;
}

// Scores typed but not yet saved survive leaving the page (a call, a look at the plan).
const draftKey = (entryId: string, round: number) => `szkc.review.${entryId}.${round}`;

interface Draft {
  scores: Record<string, number>;
  comment: string;
}

export default function ReviewScorePage() {
  const { params } = useRouter();
  const contestId = params.contestId ?? '';
  const entryId = params.entryId ?? '';
  const round = Number(params.round ?? '1');
  const data = useRequest(async () => {
    const [contest, assignment] = await Promise.all([
      fetchContest(contestId),
      findAssignment(contestId, entryId, round),
    ]);
    return { contest, assignment };
  }, [contestId, entryId, round]);

  return (
    <PageRoot className="page review-score">
      <ReviewerGate>
        {data.state === 'loading' && <StateView kind="loading" text="正在加载评分表…" />}
        {data.state === 'error' && (
          <StateView kind="error" text={data.error ?? undefined} onRetry={() => void data.reload()} />
        )}
        {data.state === 'ready' && data.data && !data.data.assignment && (
          <StateView kind="empty" text="这个项目不在您的评审任务中（可能本轮已结束，或需要回避）。" />
        )}
        {data.state === 'ready' && data.data?.assignment && (
          <ScoreSheet contest={data.data.contest} assignment={data.data.assignment} />
        )}
      </ReviewerGate>
    </PageRoot>
  );
}

function ScoreSheet({ contest, assignment }: { contest: Contest; assignment: ReviewAssignment }) {
  const key = draftKey(assignment.entryId, assignment.round);
  const [draft, setDraft] = useState<Draft>(() => {
    const stored = Taro.getStorageSync(key) as Draft | '';
    if (stored) return stored;
    return { scores: assignment.myScore?.scores ?? {}, comment: assignment.myScore?.comment ?? '' };
  });
  const [savedAt, setSavedAt] = useState(assignment.myScore?.updatedAt ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [planUrl, setPlanUrl] = useState<string | null>(null);
  const [planBusy, setPlanBusy] = useState(false);

  useEffect(() => Taro.setStorageSync(key, draft), [key, draft]);

  const rubric = contest.rubric;
  const total = weightedTotal(rubric, draft.scores);
  const unscored = rubric.filter((item) => draft.scores[item.id] === undefined);
  const pick = (item: RubricItem, score: number) =>
    setDraft((current) => ({ ...current, scores: { ...current.scores, [item.id]: score } }));

  const save = async () => {
    if (unscored.length > 0)
      return setError(`还有 ${unscored.length} 项没有打分：${unscored.map((i) => i.label).join('、')}`);
    setBusy(true);
    setError(null);
    try {
      const comment = draft.comment.trim();
      const score = await saveMyScore(contest.id, assignment.entryId, {
        round: assignment.round,
        scores: draft.scores,
        ...(comment ? { comment } : {}),
      });
      setSavedAt(score.updatedAt);
      Taro.removeStorageSync(key);
      void Taro.showToast({ title: '评分已保存', icon: 'success' });
    } catch (e) {
      if (hasErrorCode(e, 'CONFLICT_OF_INTEREST')) {
        setError('该项目与您属于同一单位，按回避规则您不能为它评分，评分未保存。');
      } else if (hasErrorCode(e, 'ROUND_CLOSED')) {
        setError('本轮评审已经结束，评分不能再提交或修改。如有疑问请联系大赛主办方。');
      } else if (hasErrorCode(e, 'FORBIDDEN')) {
        setError('这个项目不在分配给您的赛道内，不能评分。');
      } else {
        setError(errorMessage(e));
      }
    } finally {
      setBusy(false);
    }
  };

  const openPlan = async () => {
    setPlanBusy(true);
    setError(null);
    try {
      const link = await fetchPlanLink(contest.id, assignment.entryId);
      if (process.env.TARO_ENV === 'weapp') await openPlanOnPhone(link.url);
      else setPlanUrl(link.url);
    } catch (e) {
      setError(hasErrorCode(e, 'NOT_FOUND') ? '这个项目还没有上传商业计划书。' : errorMessage(e));
    } finally {
      setPlanBusy(false);
    }
  };

  return (
    <View>
      <View className="card">
        <Text className="contest-title">{assignment.projectName}</Text>
        <Text className="contest-line">{contest.title}</Text>
        <Text className="contest-line">
          赛道：{trackName(contest, assignment.trackId)}，第 {assignment.round} 轮
        </Text>
        {assignment.summary && <Text className="contest-line">{assignment.summary}</Text>}
        {assignment.hasPlan === false ? (
          <Text className="hint">该项目没有上传商业计划书。</Text>
        ) : (
          <BusyButton kind="secondary" busy={planBusy} busyText="正在打开…" onClick={() => void openPlan()}>
            查看商业计划书
          </BusyButton>
        )}
        {planUrl &&
          createElement(
            'a',
            {
              href: planUrl,
              target: '_blank',
              rel: 'noopener noreferrer',
              className: 'btn btn-primary review-plan-link',
            },
            '打开商业计划书（10 分钟内有效）',
          )}
      </View>

      {rubric.map((item) => (
        <View key={item.id} className="card rubric-item">
          <Text className="rubric-label">
            {item.label}（权重 {item.weight}%）
          </Text>
          <View className="rubric-scores">
            {[1, 2, 3, 4, 5].map((score) => (
              <Tap
                key={score}
                className={
                  draft.scores[item.id] === score ? 'rubric-score rubric-score-picked' : 'rubric-score'
                }
                hoverClass="chip-pressed"
                onClick={() => pick(item, score)}
              >
                <Text className="rubric-score-n">{score}</Text>
                <Text className="rubric-score-word">{scoreWords[score]}</Text>
              </Tap>
            ))}
          </View>
        </View>
      ))}

      <View className="card">
        <Text className="contest-label">评语（可不填）</Text>
        <Textarea
          className="contest-textarea"
          value={draft.comment}
          maxlength={1000}
          placeholder="项目的亮点与不足，供主办方参考"
          onInput={(e) => setDraft((current) => ({ ...current, comment: e.detail.value }))}
        />
      </View>

      <View className="card review-total">
        <Text className="review-total-label">加权总分</Text>
        <Text className="review-total-value">{(total ?? partialTotal(rubric, draft.scores)).toFixed(2)}</Text>
        {total === null && <Text className="error-text">还有 {unscored.length} 项未评分</Text>}
        <Text className="hint">总分 = Σ 权重 × 分数 ÷ 5，满分 100。</Text>
        {savedAt && <Text className="hint">上次保存：{formatShanghai(savedAt)}</Text>}
        {error && <Text className="error-text">{error}</Text>}
        <BusyButton busy={busy} busyText="正在保存…" onClick={() => void save()}>
          {savedAt ? '保存修改' : '提交评分'}
        </BusyButton>
      </View>
      <Button className="btn btn-secondary" onClick={() => void Taro.navigateBack()}>
        返回评审列表
      </Button>
    </View>
  );
}
