// Seed events over the coming weeks, at real places in 石嘴山, published by the seeded organiser;
// some nearly full and one with a waitlist, filled by seeded residents through the real seat code.
import { eventCreateSchema, parseIsoInstant, shanghaiDate, toShanghaiIso, z } from '@szkc/shared';
import { readSeed } from './read-seed';

const seedEventSchema = z.object({
  seedKey: z.string(),
  title: z.string(),
  description: z.string(),
  category: z.string(),
  district: z.string(),
  venueName: z.string().optional(),
  venueId: z.string().optional(),
  address: z.string(),
  location: z.object({ lat: z.number(), lng: z.number() }).optional(),
  startInDays: z.number().int(),
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  durationMinutes: z.number().int(),
  capacity: z.number().int(),
  waitlistLimit: z.number().int(),
  maxPartySize: z.number().int(),
  signupOpensInDays: z.number().int().optional(),
  signupOpensTime: z.string().optional(),
  fill: z.object({ seats: z.number().int(), waiting: z.number().int().optional() }).optional(),
});

const day = 24 * 3600 * 1000;
const at = (daysFromNow: number, time: string, now: number) =>
  parseIsoInstant(`${shanghaiDate(now + daysFromNow * day)}T${time}:00+08:00`)!;

const partySizes = [2, 1, 3, 2, 1, 2, 3, 1];

export async function loadSeedEvents(
  organizerId: string,
  organizerName: string,
  now = Date.now(),
): Promise<number> {
  const { documents } = await import('../functions/src/store/document');
  const { tableNames } = await import('../functions/src/config');
  const events = await import('../functions/src/events/events.repository');
  const seats = await import('../functions/src/events/seats');
  const users = await import('../functions/src/users/users');

  const seeds = z.array(seedEventSchema).parse(readSeed('events.json'));
  let created = 0;
  let resident = 0;
  for (const seed of seeds) {
    const marker = { pk: `SEED#${seed.seedKey}`, sk: 'META' };
    const { Item } = await documents.get({ TableName: tableNames.events, Key: marker });
    if (Item) continue;
    const start = at(seed.startInDays, seed.startTime, now);
    // Signup opened two days ago at 09:00 unless the seed says otherwise.
    const opens = at(seed.signupOpensInDays ?? -2, seed.signupOpensTime ?? '09:00', now);
    const input = eventCreateSchema.parse({
      title: seed.title,
      description: seed.description,
      category: seed.category,
      district: seed.district,
      venueName: seed.venueName,
      venueId: seed.venueId,
      address: seed.address,
      location: seed.location,
      startAt: toShanghaiIso(start),
      endAt: toShanghaiIso(start + seed.durationMinutes * 60_000),
      signupOpensAt: toShanghaiIso(opens),
      signupClosesAt: toShanghaiIso(start - 2 * 3600_000),
      capacity: seed.capacity,
      waitlistLimit: seed.waitlistLimit,
      maxPartySize: seed.maxPartySize,
    });
    const event = await events.publishEvent(
      await events.createEvent(input, { id: organizerId, name: organizerName }),
    );
    // Residents fill the seats (and the waitlist) one registration at a time, like real people.
    let seatsToFill = seed.fill?.seats ?? 0;
    let waitingToFill = seed.fill?.waiting ?? 0;
    while (seatsToFill > 0 || waitingToFill > 0) {
      resident++;
      const name = `resident${String(resident).padStart(3, '0')}`;
      const { user } = await users.findOrCreateByOpenid(`dev-${name}`, { nickname: `居民${resident}` });
      const wanted = partySizes[resident % partySizes.length]!;
      const partySize = Math.min(wanted, seed.maxPartySize, seatsToFill > 0 ? seatsToFill : waitingToFill);
      await seats.register(event.id, user.id, {
        partySize,
        contactName: `居民${resident}`,
        contactPhone: `139${String(51000000 + resident).padStart(8, '0')}`,
      });
      if (seatsToFill > 0) seatsToFill -= partySize;
      else waitingToFill -= partySize;
    }
    await documents.put({ TableName: tableNames.events, Item: { ...marker, eventId: event.id } });
    created++;
  }
  return created;
}
