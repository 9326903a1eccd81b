// A person's check-ins, for their data export, and their erasure when the account is deleted.
// The check-in items stay, with nothing but the day and the venue (the account id left in the key
// names an account that no longer exists), so the venue's counts and their recount stay right.
// The first-visit items go: they only answer "first time here?" for the person's next visit.
import type { PersonalDataOwner } from '../account/personal-data';
import { tableNames } from '../config';
import { documents } from '../store/document';
import { updateIf } from '../store/operations';
import { personCheckins } from './checkins.repository';
import { visitorKey } from './items';

export async function exportCheckins(userId: string) {
  const mine = await personCheckins(userId);
  return mine
    .sort((a, b) => a.checkedInMs - b.checkedInMs)
    .map((c) => ({
      checkinId: c.id,
      venueId: c.venueId,
      venueName: c.venueName,
      day: c.day,
      checkedInAt: c.checkedInAt,
    }));
}

export async function eraseCheckins(userId: string): Promise<number> {
  const mine = await personCheckins(userId);
  for (const c of mine) {
    await updateIf({
      TableName: tableNames.venues,
      Key: { pk: c.pk, sk: c.sk },
      UpdateExpression: 'SET erased = :yes REMOVE userId, gsi2pk, gsi2sk',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':yes': true },
    });
  }
  for (const venueId of new Set(mine.map((c) => c.venueId))) {
    await documents.delete({ TableName: tableNames.venues, Key: visitorKey(venueId, userId) });
  }
  return mine.length;
}

export const venuesPersonalData: PersonalDataOwner = {
  export: async (userId) => ({ venueCheckins: await exportCheckins(userId) }),
  erase: async (userId) => void (await eraseCheckins(userId)),
};
