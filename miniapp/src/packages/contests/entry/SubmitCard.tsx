import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatShanghai } from '@szkc/shared';
import { useState } from 'react';
import { submitEntry, withdrawEntry } from '../../../api/contests';
import { errorMessage, hasErrorCode } from '../../../api/errors';
import { BusyButton } from '../../../components/BusyButton';
import { missingOf } from '../../../contests/errorDetails';
import type { Contest, Entry } from '../../../contests/schemas';

/** What the phone can already tell is missing; the server's list (ENTRY_INCOMPLETE) has the last word. */
export function checklist(contest: Contest, entry: Entry): Array<{ label: string; done: boolean }> {
  return [
    { label: '填写项目名称和简介', done: Boolean(entry.projectName.trim() && entry.summary.trim()) },
    {
      label: `团队至少 ${contest.teamMin} 人（现有 ${entry.members.length} 人）`,
      done: entry.members.length >= contest.teamMin,
    },
    { label: '上传商业计划书（PDF 或 PPTX）', done: entry.plan !== null },
  ];
}

/** 提交 and 撤回, for the leader. */
export function SubmitCard({
  contest,
  entry,
  onChanged,
}: {
  contest: Contest;
  entry: Entry;
  onChanged(entry: Entry): void;
}) {
  const [busy, setBusy] = useState<'submit' | 'withdraw' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const items = checklist(contest, entry);

  const submit = async () => {
    setBusy('submit');
    setError(null);
    setMissing([]);
    try {
      onChanged(await submitEntry(contest.id, entry.id));
      void Taro.showToast({ title: '已提交', icon: 'success' });
    } catch (e) {
      if (hasErrorCode(e, 'ENTRY_INCOMPLETE')) setMissing(missingOf(e));
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回参赛',
      content: '撤回后项目不再参加本届大赛，团队成员也会看到“已撤回”。确定撤回吗？',
      confirmText: '撤回',
      confirmColor: '#b3261e',
    });
    if (!confirm) return;
    setBusy('withdraw');
    setError(null);
    try {
      onChanged(await withdrawEntry(contest.id, entry.id));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <View className="card">
      <Text className="card-title">提交与撤回</Text>
      {entry.status === 'submitted' ? (
        <Text className="contest-line">
          已于 {entry.submittedAt ? formatShanghai(entry.submittedAt) : ''} 提交。报名截止（
          {formatShanghai(contest.signupClosesAt)}）前仍可修改，修改后无需再次提交。
        </Text>
      ) : (
        <View>
          {items.map((item) => (
            <Text key={item.label} className={item.done ? 'contest-line' : 'missing-line'}>
              {item.done ? '✓' : '✗'} {item.label}
            </Text>
          ))}
          <BusyButton
            busy={busy === 'submit'}
            busyText="正在提交…"
            disabled={busy !== null}
            onClick={() => void submit()}
          >
            提交参赛
          </BusyButton>
        </View>
      )}
      {error && <Text className="error-text">{error}</Text>}
      {missing.length > 0 && (
        <View>
          <Text className="contest-line">还缺：</Text>
          {missing.map((line) => (
            <Text key={line} className="missing-line">
              ✗ {line}
            </Text>
          ))}
        </View>
      )}
      <BusyButton
        kind="danger"
        busy={busy === 'withdraw'}
        busyText="正在撤回…"
        disabled={busy !== null}
        onClick={() => void withdraw()}
      >
        撤回参赛
      </BusyButton>
    </View>
  );
}
