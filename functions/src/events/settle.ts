// The one write that settles a registration, written once for the seat protocol and the repair:
//   confirm  pending → confirmed, with its ticket and the 报名成功 notice
//   wait     pending → waitlisted, into the event's waitlist index
//   promote  waitlisted → confirmed, with its ticket and the 候补转正 notice (leaves the waitlist
//            index for the outbox)
// Conditional on the state it leaves and on the registration's id: null when that no longer holds
// (another attempt, or the repair, settled it first).
import { tableNames } from '../config';
import { queueNoticeClause, queueNoticeValues } from '../notifications/outbox';
import { updateIf } from '../store/operations';
import { registrationKey, waitlistKeys, type RegistrationItem } from './items';
import { issueTicket } from './tickets';

export type Settlement = 'confirm' | 'wait' | 'promote';

export async function settleRegistration(
  reg: RegistrationItem,
  settlement: Settlement,
): Promise<RegistrationItem | null> {
  const from = settlement === 'promote' ? 'waitlisted' : 'pending';
  let update: string;
  let values: Record<string, unknown>;
  if (settlement === 'wait') {
    const keys = waitlistKeys(reg);
    update = 'SET #status = :to, updatedAt = :iso, gsi1pk = :gpk, gsi1sk = :gsk';
    values = { ':to': 'waitlisted', ':gpk': keys.gsi1pk, ':gsk': keys.gsi1sk };
  } else {
    const ticket = await issueTicket({ eventId: reg.eventId, userId: reg.userId, registrationId: reg.id });
    const promotedAt = settlement === 'promote' ? ', promotedAt = :iso' : '';
    update = `SET #status = :to, ticket = :ticket, updatedAt = :iso${promotedAt}, ${queueNoticeClause}`;
    values = {
      ':to': 'confirmed',
      ':ticket': ticket,
      ...queueNoticeValues(settlement === 'promote' ? 'promoted' : 'signup', reg.id),
    };
  }
  return updateIf<RegistrationItem>({
    TableName: tableNames.events,
    Key: registrationKey(reg.eventId, reg.userId),
    UpdateExpression: update,
    ConditionExpression: '#status = :from AND id = :id',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':from': from, ':id': reg.id, ':iso': new Date().toISOString(), ...values },
  });
}
