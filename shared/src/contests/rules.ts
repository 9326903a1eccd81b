// The contests' names, limits and plain checks, without zod: the functions' services use them, and
// need not build every schema of the contests to do so (module init of each function, issue 10).
import { parseIsoInstant } from '../time';

export const contestKinds = ['startup', 'invention'] as const;
export type ContestKind = (typeof contestKinds)[number];
export const contestKindNames: Record<ContestKind, string> = {
  startup: '创新创业大赛',
  invention: '发明创新大赛',
};

export const contestStatuses = ['draft', 'upcoming', 'open', 'closed', 'reviewing', 'finished'] as const;
export type ContestStatus = (typeof contestStatuses)[number];
export const contestStatusNames: Record<ContestStatus, string> = {
  draft: '草稿',
  upcoming: '即将开始报名',
  open: '报名中',
  closed: '报名已截止',
  reviewing: '评审中',
  finished: '已结束',
};

export const entryStatuses = [
  'draft',
  'submitted',
  'withdrawn',
  'advanced',
  'not_advanced',
  'awarded',
] as const;
export type EntryStatus = (typeof entryStatuses)[number];
export const entryStatusNames: Record<EntryStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  withdrawn: '已撤回',
  advanced: '晋级',
  not_advanced: '未晋级',
  awarded: '获奖',
};

export const roundStatuses = ['open', 'closed'] as const;
export type RoundStatus = (typeof roundStatuses)[number];

/** Business plans: PDF or PowerPoint (pptx), up to 20 MiB. */
export const planContentTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
] as const;
export type PlanContentType = (typeof planContentTypes)[number];
export const planMaxBytes = 20 * 1024 * 1024;

/** Join codes: no 0/O or 1/I, so they can be read aloud and typed from a chat without doubt. */
export const joinCodeAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const joinCodeLength = 6;
export const joinCodeValidDays = 7;

export type ContestShapeCheck = Partial<{
  signupOpensAt: string;
  signupClosesAt: string;
  teamMin: number;
  teamMax: number;
}>;

/** Cross-field rules; a patch is checked again after it is merged with the stored contest. */
export function contestIssues(c: ContestShapeCheck): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  const opens = c.signupOpensAt ? parseIsoInstant(c.signupOpensAt) : null;
  const closes = c.signupClosesAt ? parseIsoInstant(c.signupClosesAt) : null;
  if (opens !== null && closes !== null && closes <= opens)
    issues.push({ path: 'signupClosesAt', message: '报名截止时间须晚于报名开始时间' });
  if (c.teamMin !== undefined && c.teamMax !== undefined && c.teamMax < c.teamMin)
    issues.push({ path: 'teamMax', message: '团队人数上限不能小于下限' });
  return issues;
}
