// Entries: a team in one track of a contest. One entry per person per contest (their membership
// item, written on condition); team size is the conditional `memberCount`; every write of the
// entry is conditional on its `version`, so two teammates never overwrite each other silently.
import { ulid } from 'ulid';
import {
  can,
  evaluateGroup,
  profileFieldLabels,
  shanghaiDate,
  type EnterpriseProfile,
  type EntryCreate,
  type EntryPatch,
} from '@szkc/shared';
import { currentUser, ensure } from '../access/access';
import { DomainError, conflict, notFound, validationFailed } from '../errors';
import * as limits from '../limits/limits';
import type { UserRecord } from '../users/users';
import * as contests from './contests.repository';
import * as entries from './entries.repository';
import type { ContestItem, EntryItem, MemberItem } from './items';
import { isJoinCodeShaped, joinCodeValidMs, newJoinCode } from './join-codes';
import { managedContest, visibleContest } from './service';
import { toContestSummary, toEntry } from './views';

const entryGone = () => notFound('参赛项目不存在');
const editable = new Set(['draft', 'submitted']);

export function ensureSignupOpen(contest: ContestItem, now = Date.now()) {
  if (now < contest.opensMs) throw new DomainError('SIGNUP_NOT_OPEN');
  if (now >= contest.closesMs) throw new DomainError('SIGNUP_CLOSED', '报名已截止，不能再修改');
}

const isListed = (entry: EntryItem, userId: string) => entry.members.some((m) => m.userId === userId);

/** Longer than any request lives (the function times out at 10 s). */
const inFlightMs = 30_000;

/**
 * The entry the person holds a place in, if any. A place whose entry does not list them is either
 * a request still under way (young: it counts) or what one that died halfway left behind (old: it
 * is removed here, so it never blocks the person).
 */
async function placeOf(contestId: string, userId: string): Promise<string | null> {
  const membership = await entries.getMembership(contestId, userId);
  if (!membership) return null;
  const entry = await entries.getEntry(contestId, membership.entryId, true);
  if (entry && isListed(entry, userId)) return entry.id;
  if (Date.now() - Date.parse(membership.joinedAt) < inFlightMs) return membership.entryId;
  await entries.deleteMembership(contestId, userId, membership.entryId);
  return null;
}

const alreadyEntered = (entryId: string) => new DomainError('ALREADY_ENTERED', undefined, { entryId });

/** Takes the person's one place in the contest for `entryId`, or says where they already are. */
async function claimPlace(contestId: string, userId: string, entryId: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if ((await entries.putMembership(contestId, userId, entryId)) === 'created') return;
    const existing = await placeOf(contestId, userId);
    if (existing) throw alreadyEntered(existing);
  }
  throw conflict('请稍后重试');
}

function checkChoice(contest: ContestItem, trackId: string, groupId: string | null | undefined) {
  if (!contest.tracks.some((t) => t.id === trackId))
    throw validationFailed([{ path: 'trackId', message: '本大赛没有这个赛道' }]);
  if (groupId && !contest.groups.some((g) => g.id === groupId))
    throw validationFailed([{ path: 'groupId', message: '本大赛没有这个组别' }]);
}

/** The group an entry is in: the one chosen (which the profile must not fail), else the first it passes. */
function resolveGroup(
  contest: ContestItem,
  groupId: string | null | undefined,
  profile: EnterpriseProfile | null | undefined,
): string | null {
  if (contest.groups.length === 0) return null;
  const asOf = shanghaiDate();
  if (groupId) {
    if (profile) {
      const result = evaluateGroup(
        contest.groups.find((g) => g.id === groupId)!,
        profile,
        asOf,
      );
      if (result.verdict === 'ineligible')
        throw new DomainError('NOT_ELIGIBLE', `不符合「${result.name}」的参赛条件`, {
          groupId,
          criteria: result.criteria,
        });
    }
    return groupId;
  }
  if (!profile) return null;
  return contest.groups.find((g) => evaluateGroup(g, profile, asOf).verdict === 'eligible')?.id ?? null;
}

const member = (user: UserRecord, isLeader: boolean): MemberItem => ({
  userId: user.id,
  nickname: user.nickname,
  isLeader,
  joinedAt: new Date().toISOString(),
});

async function freshJoinCode(contestId: string, entryId: string) {
  const expiresMs = Date.now() + joinCodeValidMs;
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newJoinCode();
    if ((await entries.putJoinCode(contestId, code, entryId, expiresMs)) === 'created')
      return { code, expiresMs };
  }
  throw conflict('邀请码生成失败，请重试');
}

export async function createEntry(contestId: string, userId: string, input: EntryCreate) {
  const [user, contest] = await Promise.all([currentUser(userId), visibleContest(contestId, userId)]);
  if (!contest.published) throw notFound('大赛不存在');
  ensureSignupOpen(contest);
  checkChoice(contest, input.trackId, input.groupId);
  const groupId = resolveGroup(contest, input.groupId, input.profile);
  const entryId = ulid();
  await claimPlace(contestId, userId, entryId);
  const { code, expiresMs } = await freshJoinCode(contestId, entryId);
  const now = new Date().toISOString();
  const entry: EntryItem = {
    ...entries.entryItemKey(contestId, entryId),
    id: entryId,
    contestId,
    trackId: input.trackId,
    groupId,
    status: 'draft',
    projectName: input.projectName,
    summary: input.summary,
    organizationName: input.organizationName ?? null,
    profile: input.profile ?? null,
    leaderId: user.id,
    members: [member(user, true)],
    memberCount: 1,
    joinCode: code,
    joinCodeExpiresMs: expiresMs,
    plan: null,
    round: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
  };
  await entries.putEntry(entry);
  await contests.addEntryCount(contestId, 1);
  return toEntry(entry);
}

/** The contest and the entry, if this user may see it: its team, the organiser, an admin. */
async function viewableEntry(contestId: string, entryId: string, userId: string) {
  const [user, contest, entry] = await Promise.all([
    currentUser(userId),
    visibleContest(contestId, userId),
    entries.getEntry(contestId, entryId, true),
  ]);
  if (!entry) throw entryGone();
  ensure(can.viewEntry(user, contest, entry), '只有团队成员、大赛组织者或管理员可以查看');
  return { user, contest, entry };
}

export async function entryDetail(contestId: string, entryId: string, userId: string) {
  return toEntry((await viewableEntry(contestId, entryId, userId)).entry);
}

/** Every entry of the contest, for its organiser. */
export async function contestEntries(contestId: string, userId: string) {
  await managedContest(contestId, userId);
  const all = await entries.entriesOfContest(contestId);
  return { items: all.map(toEntry), nextCursor: null };
}

export async function teamEntry(contestId: string, entryId: string, userId: string, rule: 'edit' | 'lead') {
  const [user, contest, entry] = await Promise.all([
    currentUser(userId),
    visibleContest(contestId, userId),
    entries.getEntry(contestId, entryId, true),
  ]);
  if (!entry) throw entryGone();
  if (rule === 'lead') ensure(can.leadEntry(user, entry), '只有队长可以操作');
  else ensure(can.editEntry(user, entry), '只有团队成员可以修改');
  return { user, contest, entry };
}

const versionConflict = (current: EntryItem) =>
  new DomainError('VERSION_CONFLICT', '已被队友修改，请查看最新内容后再保存', { current: toEntry(current) });

/** Saves are limited per person; the counter's UpdateItem runs alongside the entry's reads. */
export async function patchEntry(contestId: string, entryId: string, userId: string, patch: EntryPatch) {
  const [, { contest, entry }] = await Promise.all([
    limits.take('entryEdit', userId),
    teamEntry(contestId, entryId, userId, 'edit'),
  ]);
  ensureSignupOpen(contest);
  if (!editable.has(entry.status)) throw conflict('该项目已撤回或已进入评审，不能修改');
  if (patch.version !== entry.version) throw versionConflict(entry);
  const trackId = patch.trackId ?? entry.trackId;
  const profile = patch.profile === undefined ? entry.profile : patch.profile;
  const chosenGroup = patch.groupId === undefined ? entry.groupId : patch.groupId;
  checkChoice(contest, trackId, chosenGroup);
  const set: Record<string, unknown> = {};
  for (const field of ['trackId', 'projectName', 'summary', 'organizationName', 'profile'] as const) {
    if (patch[field] !== undefined) set[field] = patch[field];
  }
  if (patch.groupId !== undefined || patch.profile !== undefined)
    set.groupId = resolveGroup(contest, chosenGroup, profile);
  const written = await entries.writeEntry(entry, { set });
  if (written) return toEntry(written);
  const now = await entries.getEntry(contestId, entryId, true);
  if (!now) throw entryGone();
  throw versionConflict(now);
}

export async function join(contestId: string, userId: string, joinCode: string) {
  const [user, contest] = await Promise.all([currentUser(userId), visibleContest(contestId, userId)]);
  if (!contest.published) throw notFound('大赛不存在');
  ensureSignupOpen(contest);
  const invalid = () => new DomainError('INVALID_JOIN_CODE');
  if (!isJoinCodeShaped(joinCode)) throw invalid();
  const code = await entries.getJoinCode(contestId, joinCode);
  if (!code || code.expiresMs <= Date.now()) throw invalid();
  const entryId = code.entryId;
  // A membership of this very entry that the entry does not list yet is a join that died halfway:
  // it is finished below, not refused.
  const membership = await entries.getMembership(contestId, userId);
  if (membership?.entryId !== entryId) await claimPlace(contestId, userId, entryId);
  try {
    const joined = await entries.mutateEntry(contestId, entryId, (entry) => {
      if (isListed(entry, userId)) throw alreadyEntered(entry.id);
      if (
        entry.joinCode !== joinCode ||
        (entry.joinCodeExpiresMs ?? 0) <= Date.now() ||
        !editable.has(entry.status)
      )
        throw invalid();
      if (entry.memberCount >= contest.teamMax)
        throw new DomainError('TEAM_FULL', `团队已满 ${contest.teamMax} 人`, { teamMax: contest.teamMax });
      return {
        set: { members: [...entry.members, member(user, false)], memberCount: entry.memberCount + 1 },
        condition: { expression: 'memberCount < :max', values: { ':max': contest.teamMax } },
      };
    });
    return toEntry(joined);
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'ALREADY_ENTERED'))
      await entries.deleteMembership(contestId, userId, entryId);
    throw error;
  }
}

export async function renewJoinCode(contestId: string, entryId: string, userId: string) {
  const { contest, entry } = await teamEntry(contestId, entryId, userId, 'lead');
  ensureSignupOpen(contest);
  if (!editable.has(entry.status)) throw conflict('该项目已撤回，不能再邀请队友');
  const { code, expiresMs } = await freshJoinCode(contestId, entryId);
  const renewed = await entries.mutateEntry(contestId, entryId, () => ({
    set: { joinCode: code, joinCodeExpiresMs: expiresMs },
  }));
  if (entry.joinCode) await entries.deleteJoinCode(contestId, entry.joinCode);
  return toEntry(renewed);
}

/** Takes a member off the team and gives their place in the contest back; counters follow. */
export async function dropMember(contestId: string, entryId: string, memberId: string): Promise<EntryItem> {
  const updated = await entries.mutateEntry(contestId, entryId, (entry) => {
    if (!isListed(entry, memberId)) return 'unchanged';
    const members = entry.members.filter((m) => m.userId !== memberId);
    return { set: { members, memberCount: members.length } };
  });
  await entries.deleteMembership(contestId, memberId, entryId);
  return updated;
}

export async function removeMember(contestId: string, entryId: string, userId: string, memberId: string) {
  const [user, contest, entry] = await Promise.all([
    currentUser(userId),
    visibleContest(contestId, userId),
    entries.getEntry(contestId, entryId, true),
  ]);
  if (!entry) throw entryGone();
  ensure(
    memberId === user.id ? can.editEntry(user, entry) : can.leadEntry(user, entry),
    '只有队长可以移除队员',
  );
  if (!isListed(entry, memberId)) throw notFound('该成员不在团队中');
  if (memberId === entry.leaderId) throw conflict('队长不能退出团队；如不再参赛，请撤回项目');
  ensureSignupOpen(contest);
  return toEntry(await dropMember(contestId, entryId, memberId));
}

/** What the entry still lacks before it can be submitted, in words for the team. */
export function missingForSubmission(contest: ContestItem, entry: EntryItem): string[] {
  const missing: string[] = [];
  if (!entry.plan) missing.push('尚未上传商业计划书');
  if (entry.memberCount < contest.teamMin)
    missing.push(`团队至少需要 ${contest.teamMin} 人，目前 ${entry.memberCount} 人`);
  if (contest.groups.length > 0) {
    const group = contest.groups.find((g) => g.id === entry.groupId);
    if (!group) missing.push('尚未选择参赛组别');
    else {
      const result = evaluateGroup(group, entry.profile ?? {}, shanghaiDate());
      if (result.verdict === 'ineligible') {
        const failed = result.criteria.filter((c) => c.outcome === 'fail').map((c) => c.label);
        missing.push(`不符合「${group.name}」条件：${failed.join('；')}`);
      } else if (result.verdict === 'incomplete') {
        const fields = result.missingFields.map((f) => profileFieldLabels[f]).join('、');
        missing.push(`「${group.name}」条件尚需填写：${fields}`);
      }
    }
  }
  return missing;
}

export async function submit(contestId: string, entryId: string, userId: string) {
  const { contest } = await teamEntry(contestId, entryId, userId, 'lead');
  ensureSignupOpen(contest);
  const submitted = await entries.mutateEntry(contestId, entryId, (entry) => {
    if (entry.status === 'submitted') return 'unchanged';
    if (entry.status !== 'draft') throw conflict('该项目已撤回，不能提交');
    const missing = missingForSubmission(contest, entry);
    if (missing.length)
      throw new DomainError('ENTRY_INCOMPLETE', `参赛材料尚不完整：${missing[0]}`, { missing });
    const now = new Date().toISOString();
    return {
      set: { status: 'submitted', submittedAt: now, round: 1 },
      condition: {
        expression: '#status = :draft',
        values: { ':draft': 'draft' },
        names: { '#status': 'status' },
      },
    };
  });
  return toEntry(submitted);
}

export async function withdraw(contestId: string, entryId: string, userId: string) {
  const { contest } = await teamEntry(contestId, entryId, userId, 'lead');
  if (Date.now() >= contest.closesMs) throw new DomainError('SIGNUP_CLOSED', '报名已截止，不能再撤回');
  let changed = false;
  const withdrawn = await entries.mutateEntry(contestId, entryId, (entry) => {
    if (entry.status === 'withdrawn') return 'unchanged';
    if (!editable.has(entry.status)) throw conflict('该项目已进入评审，不能撤回');
    changed = true;
    return { set: { status: 'withdrawn' } };
  });
  if (changed) await contests.addEntryCount(contestId, -1);
  return toEntry(withdrawn);
}

/** The caller's entries in every contest, each with its contest. */
export async function myEntries(userId: string) {
  const memberships = await entries.membershipsOf(userId);
  const found = await entries.getEntries(
    memberships.map((m) => ({ contestId: m.contestId, entryId: m.entryId })),
  );
  const mine = found.filter((entry) => isListed(entry, userId));
  const byContest = await contests.getContests([...new Set(mine.map((e) => e.contestId))]);
  const order = new Map(memberships.map((m, i) => [m.entryId, i]));
  const items = mine
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .flatMap((entry) => {
      const contest = byContest.get(entry.contestId);
      return contest ? [{ ...toEntry(entry), contest: toContestSummary(contest) }] : [];
    });
  return { items, nextCursor: null };
}
