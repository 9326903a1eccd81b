// A person's registrations, for their data export, and their removal when the account is deleted:
// upcoming seats are cancelled (so they go to the waitlist), then name and phone are erased. The
// registration items stay, anonymous, so the event's counts and check-in history stay right.
import type { PersonalDataOwner } from '../account/personal-data';
import { tableNames } from '../config';
import { DomainError } from '../errors';
import { documents } from '../store/document';
import { inPartition, queryAll, updateIf } from '../store/operations';
import { eventKey, personPartition, registrationKey, type EventItem, type RegistrationItem } from './items';
import { cancel } from './seats';

const registrationsOf = (userId: string) =>
  queryAll<RegistrationItem>({
    TableName: tableNames.events,
    IndexName: 'gsi2',
    ...inPartition(personPartition(userId)),
  });

async function eventsById(ids: string[]): Promise<Map<string, EventItem>> {
  const byId = new Map<string, EventItem>();
  for (let i = 0; i < ids.length; i += 100) {
    const batch = await documents.batchGet({
      RequestItems: { [tableNames.events]: { Keys: ids.slice(i, i + 100).map(eventKey) } },
    });
    for (const item of (batch.Responses?.[tableNames.events] ?? []) as EventItem[]) byId.set(item.id, item);
  }
  return byId;
}

export async function exportRegistrations(userId: string) {
  const regs = await registrationsOf(userId);
  const events = await eventsById([...new Set(regs.map((r) => r.eventId))]);
  return regs.map((reg) => ({
    registrationId: reg.id,
    eventId: reg.eventId,
    eventTitle: events.get(reg.eventId)?.title ?? '',
    status: reg.status,
    partySize: reg.partySize,
    contactName: reg.contactName,
    contactPhone: reg.contactPhone ?? null,
    createdAt: reg.createdAt,
    checkedInAt: reg.checkedInAt ?? null,
  }));
}

export async function anonymiseRegistrations(userId: string): Promise<number> {
  const regs = await registrationsOf(userId);
  const events = await eventsById([...new Set(regs.map((r) => r.eventId))]);
  for (const reg of regs) {
    const event = events.get(reg.eventId);
    const upcoming = event && event.endMs > Date.now();
    if (upcoming && reg.status !== 'cancelled') {
      // A pending one the event now refuses is dropped by the refusal itself; go on either way.
      await cancel(reg.eventId, reg.userId).catch((error: unknown) => {
        if (!(error instanceof DomainError)) throw error;
      });
    }
    await updateIf({
      TableName: tableNames.events,
      Key: registrationKey(reg.eventId, reg.userId),
      UpdateExpression: 'SET contactName = :gone REMOVE contactPhone, gsi2pk, gsi2sk',
      ConditionExpression: 'attribute_exists(pk)', // never re-create one the repair removed
      ExpressionAttributeValues: { ':gone': '已注销用户' },
    });
  }
  return regs.length;
}

export const eventsPersonalData: PersonalDataOwner = {
  export: async (userId) => ({ registrations: await exportRegistrations(userId) }),
  erase: async (userId) => void (await anonymiseRegistrations(userId)),
};
