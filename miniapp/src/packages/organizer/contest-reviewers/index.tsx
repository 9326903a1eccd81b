import { useRouter } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { can } from '@szkc/shared';
import { useState } from 'react';
import { fetchContest } from '../../../api/contests';
import { errorMessage } from '../../../api/errors';
import { BusyButton } from '../../../components/BusyButton';
import { StateView } from '../../../components/StateView';
import { fieldIssuesOf } from '../../../contests/errorDetails';
import type { Contest } from '../../../contests/schemas';
import { useRequest } from '../../../hooks/useRequest';
import { ChoiceChips } from '../../../policies/ChoiceChips';
import { replaceReviewers, type ReviewerAssignment } from '../contestApi';
import { RoleGate } from '../RoleGate';
import '../../../contests/contests.css';
import { PageRoot } from '../../../components/PageRoot';

interface Row {
  key: number;
  userId: string;
  trackIds: string[];
  organizationName: string;
}

export default function ContestReviewersPage() {
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
        {contest.data && <ReviewersForm contest={contest.data} />}
      </RoleGate>
    </PageRoot>
  );
}

let nextKey = 1;
const emptyRow = (): Row => ({ key: nextKey++, userId: '', trackIds: [], organizationName: '' });

function ReviewersForm({ contest }: { contest: Contest }) {
  const [rows, setRows] = useState<Row[]>([emptyRow()]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});

  const update = (key: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const save = async () => {
    const filled = rows.filter((row) => row.userId.trim());
    const missingTracks = filled.filter((row) => row.trackIds.length === 0);
    if (filled.length === 0) return setMessage({ error: true, text: '请至少填写一位评审专家的用户编号' });
    if (missingTracks.length > 0) return setMessage({ error: true, text: '每位评审专家至少选择一个赛道' });
    setBusy(true);
    setMessage(null);
    setIssues({});
    try {
      const reviewers: ReviewerAssignment[] = filled.map((row) => ({
        userId: row.userId.trim(),
        trackIds: row.trackIds,
        ...(row.organizationName.trim() ? { organizationName: row.organizationName.trim() } : {}),
      }));
      await replaceReviewers(contest.id, reviewers);
      setMessage({ error: false, text: `已保存 ${reviewers.length} 位评审专家的分配。` });
    } catch (e) {
      setIssues(fieldIssuesOf(e));
      setMessage({ error: true, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <View className="card">
        <Text className="contest-title">{contest.title}</Text>
        <Text className="muted">
          填写评审专家的用户编号（账号需已由管理员开通“评审专家”身份）、负责的赛道和所在单位。所在单位与参赛项目相同的，系统会自动回避。保存会替换本大赛现有的全部分配。
        </Text>
      </View>
      {rows.map((row, index) => (
        <View key={row.key} className="card">
          <Text className="card-title">评审专家 {index + 1}</Text>
          <View className="contest-field">
            <Text className="contest-label">用户编号</Text>
            <Input
              className="input"
              value={row.userId}
              placeholder="例如：01JABC…"
              onInput={(e) => update(row.key, { userId: e.detail.value })}
            />
          </View>
          <View className="contest-field">
            <Text className="contest-label">负责的赛道</Text>
            <ChoiceChips
              choices={contest.tracks.map((track) => ({
                key: track.id,
                label: track.name,
                selected: row.trackIds.includes(track.id),
                onPick: () =>
                  update(row.key, {
                    trackIds: row.trackIds.includes(track.id)
                      ? row.trackIds.filter((t) => t !== track.id)
                      : [...row.trackIds, track.id],
                  }),
              }))}
            />
          </View>
          <View className="contest-field">
            <Text className="contest-label">所在单位（用于回避）</Text>
            <Input
              className="input"
              value={row.organizationName}
              placeholder="例如：北方民族大学"
              onInput={(e) => update(row.key, { organizationName: e.detail.value })}
            />
          </View>
          {issues.reviewers && <Text className="error-text">{issues.reviewers}</Text>}
          {rows.length > 1 && (
            <Button
              className="btn btn-secondary"
              onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
            >
              删除这位评审专家
            </Button>
          )}
        </View>
      ))}
      <Button className="btn btn-secondary" onClick={() => setRows((current) => [...current, emptyRow()])}>
        再添加一位评审专家
      </Button>
      {message && <Text className={message.error ? 'error-text' : 'hint'}>{message.text}</Text>}
      <BusyButton busy={busy} busyText="正在保存…" onClick={() => void save()}>
        保存评审分配
      </BusyButton>
    </View>
  );
}
