// Seed venues with fixed ids (the mini-program and tests may name them), and `dev-staff` as staff
// of 石嘴山科技馆. Through the venues repository, so keys and shapes match; idempotent.
import { venueCreateSchema, z } from '@szkc/shared';
import { readSeed } from './read-seed';

const seedVenuesSchema = z.object({
  note: z.string(),
  venues: z.array(z.object({ id: z.string() }).passthrough()),
});

/** 石嘴山科技馆, the seeded `screen` venue `dev-staff` runs. */
export const scienceCenterId = '01KBSZKCVN0000000000000001';

export async function loadSeedVenues(staffUserId: string): Promise<number> {
  const venues = await import('../functions/src/venues/venues.repository');
  const { venues: seeds } = seedVenuesSchema.parse(readSeed('venues.json'));
  let created = 0;
  for (const { id, ...fields } of seeds) {
    if (await venues.getVenue(id, true)) continue;
    await venues.createVenue(venueCreateSchema.parse(fields), id);
    created++;
  }
  const center = await venues.getVenue(scienceCenterId, true);
  if (center && !center.staffIds.includes(staffUserId))
    await venues.setStaff(scienceCenterId, [...center.staffIds, staffUserId]);
  return created;
}
