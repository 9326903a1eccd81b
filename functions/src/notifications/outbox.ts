// The outbox lives on the registration itself: a state change and the notice it owes are one
// conditional write, so a notice can neither be lost nor sent for a state that did not happen.
// Pending notices put the item in the sparse OUTBOX index (gsi1), ordered by when they are due.
import { outboxKeys } from '../events/items';

export const noticeKinds = ['signup', 'promoted', 'reminder', 'cancelled'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/**
 * The update clause that queues a notice, and its values. Use inside a registration update:
 * `SET ${clause}` with `...values(...)`.
 */
export const queueNoticeClause =
  'notices = list_append(if_not_exists(notices, :noNotices), :notice), gsi1pk = :outboxPk, gsi1sk = :outboxSk';

export const queueNoticeValues = (kind: NoticeKind, registrationId: string, dueMs = Date.now()) => {
  const keys = outboxKeys(registrationId, dueMs);
  return { ':noNotices': [], ':notice': [kind], ':outboxPk': keys.gsi1pk, ':outboxSk': keys.gsi1sk };
};
