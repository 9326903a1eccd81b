import { certificationNames, formatShanghai, formatWan, type Certification } from '@szkc/shared';
import { chineseDate } from '../policies/labels';
import type { Contest, ContestSummary, Entry, GroupRules } from './schemas';

// Words for contests, entries and their rules, as a person reads them.

export const contestStatusNames: Record<ContestSummary['status'], string> = {
  draft: '草稿',
  upcoming: '即将报名',
  open: '报名中',
  closed: '报名已截止',
  reviewing: '评审中',
  finished: '已结束',
};

export const contestKindNames: Record<ContestSummary['kind'], string> = {
  startup: '创新创业大赛',
  invention: '发明创新大赛',
};

export const entryStatusNames: Record<Entry['status'], string> = {
  draft: '草稿（未提交）',
  submitted: '已提交',
  withdrawn: '已撤回',
  advanced: '已晋级',
  not_advanced: '未晋级',
  awarded: '已获奖',
};

export const signupWindowText = (contest: Pick<ContestSummary, 'signupOpensAt' | 'signupClosesAt'>) =>
  `报名时间：${formatShanghai(contest.signupOpensAt)} 至 ${formatShanghai(contest.signupClosesAt)}`;

const certificationName = (id: string) => certificationNames[id as Certification] ?? id;

/** A group's rules in plain words, one sentence each; a group without rules is open to all. */
export function groupRuleLines(rules: GroupRules): string[] {
  const lines: string[] = [];
  const { registeredOnOrAfter: after, registeredOnOrBefore: before } = rules;
  if (after && before) lines.push(`企业在${chineseDate(after)}至${chineseDate(before)}之间注册成立`);
  else if (after) lines.push(`企业在${chineseDate(after)}及以后注册成立`);
  else if (before) lines.push(`企业在${chineseDate(before)}及以前注册成立`);
  if (rules.revenueMaxYuan !== undefined)
    lines.push(`最近一年销售收入不超过${formatWan(rules.revenueMaxYuan)}`);
  if (rules.requiredCertifications?.length) {
    lines.push(`须具备：${rules.requiredCertifications.map(certificationName).join('、')}`);
  }
  if (lines.length === 0) lines.push('不限条件');
  return lines;
}

export const teamSizeText = (contest: Pick<Contest, 'teamMin' | 'teamMax'>) =>
  contest.teamMin === contest.teamMax
    ? `每队 ${contest.teamMin} 人`
    : `每队 ${contest.teamMin}–${contest.teamMax} 人`;

export const trackName = (contest: Pick<ContestSummary, 'tracks'>, trackId: string) =>
  contest.tracks.find((track) => track.id === trackId)?.name ?? trackId;

/** Read aloud or typed in: two groups of three with a space, e.g. `K7Q 2MP`. */
export const spacedJoinCode = (code: string) => code.replace(/(.{3})(?=.)/g, '$1 ');

/** What was typed or pasted, as the server reads a code: no spaces or dashes, capitals. */
export const normaliseJoinCode = (typed: string) => typed.replace(/[\s-]/g, '').toUpperCase();

/** Whether signup is under way now (the server decides; this only picks what to show). */
export const signupOpen = (contest: Pick<ContestSummary, 'status'>) => contest.status === 'open';

export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
