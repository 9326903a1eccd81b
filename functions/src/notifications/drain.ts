// Drains the outbox: each registration owing notices gets them sent in order; an event that was
// cancelled fans a 活动取消 notice out to everyone registered; events starting in about 24 hours
// queue a 活动提醒 for everyone confirmed. Every step is idempotent, so a crash anywhere only
// means the next run does the rest. Failed sends are retried with backoff, never dropped silently.
import { formatShanghai, pageLink } from '@szkc/shared';
import { tableNames } from '../config';
import { logger } from '../http/logger';
import { documents } from '../store/document';
import { updateIf } from '../store/operations';
import { getEvent } from '../events/events.repository';
import { eventRegistrations } from '../events/seats';
import {
  outboxDueUntil,
  outboxKeys,
  outboxPartition,
  publishedPartition,
  registrationKey,
  sortableMs,
  type EventItem,
  type RegistrationItem,
} from '../events/items';
import { queueNoticeClause, queueNoticeValues, type NoticeKind } from './outbox';
import { sendNotice, thing, type Notice } from './notice';

const TableName = () => tableNames.events;
export const maxAttempts = 8;
const backoffMs = (attempt: number) => Math.min(60_000 * 2 ** attempt, 6 * 3600_000);

const notes: Record<NoticeKind, string> = {
  signup: '报名成功，请凭电子票入场',
  promoted: '候补成功，已为您保留名额',
  reminder: '活动明天开始，请准时到场',
  cancelled: '活动已取消，敬请谅解',
};

const templateSettings: Record<NoticeKind, string> = {
  signup: 'WECHAT_TEMPLATE_SIGNUP',
  promoted: 'WECHAT_TEMPLATE_PROMOTED',
  reminder: 'WECHAT_TEMPLATE_REMINDER',
  cancelled: 'WECHAT_TEMPLATE_CANCELLED',
};

export type DrainReport = {
  sent: number;
  refused: number;
  retried: number;
  failed: number;
  fannedOut: number;
  remindersQueued: number;
};

/** The plain notice a registration owes, composed from its event as it is now. */
function eventNotice(kind: NoticeKind, reg: RegistrationItem, event: EventItem): Notice {
  return {
    recipient: reg.userId,
    templateSetting: templateSettings[kind],
    page: pageLink('eventDetail', { id: event.id }),
    data: {
      thing1: thing(event.title),
      time2: { value: formatShanghai(event.startAt) },
      thing3: thing(event.venueName ?? event.address),
      thing4: thing(notes[kind]),
    },
  };
}

/** Removes the first owed notice, and the outbox entry with the last one. */
async function popNotice(reg: RegistrationItem, kind: string, failed: boolean) {
  const last = (reg.notices?.length ?? 0) <= 1;
  // Refused when it changed meanwhile: the next run sees it anew.
  await updateIf({
    TableName: TableName(),
    Key: registrationKey(reg.eventId, reg.userId),
    UpdateExpression:
      (last ? 'REMOVE notices, gsi1pk, gsi1sk, noticeAttempts' : 'REMOVE notices[0], noticeAttempts') +
      (failed ? ' SET noticesFailed = list_append(if_not_exists(noticesFailed, :none), :kind)' : ''),
    ConditionExpression: 'notices[0] = :first AND size(notices) = :size',
    ExpressionAttributeValues: {
      ':first': kind,
      ':size': reg.notices?.length ?? 0,
      ...(failed ? { ':none': [], ':kind': [kind] } : {}),
    },
  });
}

async function postpone(reg: RegistrationItem, now: number) {
  const attempts = (reg.noticeAttempts ?? 0) + 1;
  // Refused when cancelled or sent meanwhile: nothing left to postpone.
  await updateIf({
    TableName: TableName(),
    Key: registrationKey(reg.eventId, reg.userId),
    UpdateExpression: 'SET noticeAttempts = :attempts, gsi1sk = :due',
    ConditionExpression: 'gsi1pk = :outbox',
    ExpressionAttributeValues: {
      ':attempts': attempts,
      ':due': outboxKeys(reg.id, now + backoffMs(attempts)).gsi1sk,
      ':outbox': outboxPartition.gsi1pk,
    },
  });
}

/** Queues `kind` for each registration of the event in `statuses`, once (marker attribute). */
async function fanOut(
  event: EventItem,
  kind: NoticeKind,
  statuses: string[],
  marker: string,
): Promise<number> {
  let queued = 0;
  for (const reg of await eventRegistrations(event.id)) {
    if (!statuses.includes(reg.status)) continue;
    const marked = await updateIf({
      TableName: TableName(),
      Key: registrationKey(reg.eventId, reg.userId),
      UpdateExpression: `SET ${queueNoticeClause}, ${marker} = :true`,
      ConditionExpression: `attribute_not_exists(${marker}) AND #status IN (${statuses.map((_, i) => `:s${i}`).join(', ')})`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ...queueNoticeValues(kind, reg.id),
        ':true': true,
        ...Object.fromEntries(statuses.map((s, i) => [`:s${i}`, s])),
      },
    });
    if (marked) queued++;
  }
  return queued;
}

/** Events starting 23 to 25 hours from now get their 活动提醒 queued (the job runs more often). */
export async function queueReminders(now = Date.now()): Promise<number> {
  const page = await documents.query({
    TableName: TableName(),
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':pk': publishedPartition.gsi1pk,
      ':from': sortableMs(now + 23 * 3600_000),
      ':to': `${sortableMs(now + 25 * 3600_000)}#~`,
    },
  });
  let queued = 0;
  for (const event of (page.Items ?? []) as EventItem[]) {
    if ((event as EventItem & { remindersQueuedAt?: string }).remindersQueuedAt) continue;
    queued += await fanOut(event, 'reminder', ['confirmed'], 'reminderQueued');
    await documents.update({
      TableName: TableName(),
      Key: { pk: event.pk, sk: event.sk },
      UpdateExpression: 'SET remindersQueuedAt = :now',
      ExpressionAttributeValues: { ':now': new Date(now).toISOString() },
    });
  }
  return queued;
}

export async function drainOutbox(now = Date.now()): Promise<DrainReport> {
  const report: DrainReport = {
    sent: 0,
    refused: 0,
    retried: 0,
    failed: 0,
    fannedOut: 0,
    remindersQueued: 0,
  };
  report.remindersQueued = await queueReminders(now);
  const events = new Map<string, EventItem | null>();
  const eventOf = async (id: string) => {
    if (!events.has(id)) events.set(id, await getEvent(id));
    return events.get(id)!;
  };
  // Always read the head of the outbox again instead of paging on: what was handled has left it
  // (or moved later), so the head is the next work. Bounded, and each state is handled once.
  const handled = new Set<string>();
  for (let round = 0; round < 100; round++) {
    const page = await documents.query({
      TableName: TableName(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :due',
      ExpressionAttributeValues: { ':pk': outboxPartition.gsi1pk, ':due': outboxDueUntil(now) },
      Limit: 100,
    });
    const fresh = (page.Items ?? []).filter((item) => {
      const state = `${item.pk}|${item.sk}|${(item.notices as string[] | undefined)?.length ?? 0}`;
      if (handled.has(state)) return false;
      handled.add(state);
      return true;
    });
    if (fresh.length === 0) break;
    for (const item of fresh) {
      if (item.sk === 'META') {
        // A cancelled event: everyone registered is told, then the event leaves the outbox.
        const event = item as EventItem;
        report.fannedOut += await fanOut(
          event,
          'cancelled',
          ['confirmed', 'waitlisted'],
          'cancelNoticeQueued',
        );
        await documents.update({
          TableName: TableName(),
          Key: { pk: event.pk, sk: event.sk },
          UpdateExpression: 'REMOVE gsi1pk, gsi1sk',
        });
        continue;
      }
      const reg = item as RegistrationItem;
      const kind = reg.notices?.[0] as NoticeKind | undefined;
      if (!kind) continue;
      const event = await eventOf(reg.eventId);
      // An event gone: nothing can be sent, now or later.
      const outcome = event ? await sendNotice(eventNotice(kind, reg, event)) : 'refused';
      if (outcome === 'sent') report.sent++;
      if (outcome === 'refused') report.refused++;
      if (outcome === 'retry' && (reg.noticeAttempts ?? 0) + 1 >= maxAttempts) {
        logger.error('notice given up after retries', { registrationId: reg.id, kind });
        report.failed++;
        await popNotice(reg, kind, true);
      } else if (outcome === 'retry') {
        report.retried++;
        await postpone(reg, now);
      } else {
        await popNotice(reg, kind, false);
      }
    }
  }
  return report;
}
