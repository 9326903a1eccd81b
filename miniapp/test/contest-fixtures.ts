// Contests and entries as the API answers them (API.md "Innovation contests"), for page tests.
import type { User } from '@szkc/shared';
import type { Contest, ContestSummary, Entry, ReviewAssignment } from '../src/contests/schemas';
import { at } from './event-fixtures';
import type { FakeResponse } from './taro-double';

export const founder: User = { id: 'u-lead', nickname: '创业者张总', roles: ['citizen'], phoneMasked: null };
export const teammate: User = { id: 'u-mate', nickname: '队友小李', roles: ['citizen'], phoneMasked: null };
export const reviewer: User = {
  id: 'u-rev',
  nickname: '评审刘教授',
  roles: ['citizen', 'reviewer'],
  phoneMasked: null,
};

export function contest(overrides: Partial<Contest> = {}): Contest {
  return {
    id: 'c1',
    title: '2026 年石嘴山市创新创业大赛',
    kind: 'startup',
    organizerName: '石嘴山市科学技术局',
    status: 'open',
    signupOpensAt: at(-240),
    signupClosesAt: at(240),
    tracks: [
      { id: 'materials', name: '新材料' },
      { id: 'energy', name: '新能源' },
    ],
    entryCount: 12,
    description: '面向“六新”产业的创新创业项目。',
    teamMin: 1,
    teamMax: 3,
    groups: [
      {
        id: 'startup',
        name: '初创组',
        rules: { registeredOnOrAfter: '2025-01-01', revenueMaxYuan: 10_000_000 },
      },
      { id: 'growth', name: '成长组', rules: { registeredOnOrBefore: '2024-12-31' } },
    ],
    rubric: [
      { id: 'tech', label: '技术创新', weight: 40 },
      { id: 'market', label: '市场前景', weight: 35 },
      { id: 'team', label: '团队能力', weight: 25 },
    ],
    rounds: [{ n: 1, name: '初赛', status: 'open' }],
    myEntry: null,
    ...overrides,
  };
}

/** The contest as lists carry it. */
export function summaryOf(full: Contest): ContestSummary {
  const { id, title, kind, organizerName, status, signupOpensAt, signupClosesAt, tracks, entryCount } = full;
  return { id, title, kind, organizerName, status, signupOpensAt, signupClosesAt, tracks, entryCount };
}

export function entry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: 'e1',
    contestId: 'c1',
    trackId: 'materials',
    groupId: 'startup',
    status: 'draft',
    projectName: '高纯硅基负极材料',
    summary: '用本地工业硅做锂电负极。',
    organizationName: '石嘴山硅材科技有限公司',
    members: [{ userId: founder.id, nickname: founder.nickname, isLeader: true }],
    joinCode: 'K7Q2MP',
    joinCodeExpiresAt: at(24 * 7),
    plan: null,
    version: 3,
    createdAt: at(-48),
    updatedAt: at(-1),
    submittedAt: null,
    ...overrides,
  };
}

export function assignment(overrides: Partial<ReviewAssignment> = {}): ReviewAssignment {
  return {
    contestId: 'c1',
    entryId: 'e1',
    projectName: '高纯硅基负极材料',
    trackId: 'materials',
    round: 1,
    myScore: null,
    ...overrides,
  };
}

export const apiError = (
  statusCode: number,
  code: string,
  message: string,
  details?: unknown,
): FakeResponse => ({
  statusCode,
  data: { error: { code, message, ...(details ? { details } : {}) } },
});
