// Loads the seed data through the same repositories the functions use, so keys and shapes match.
// Idempotent: running it again changes nothing. Needs the store settings in process.env first.
import { roleSchema, z } from '@szkc/shared';
import { loadSeedEvents } from './events';
import { readSeed } from './read-seed';
import { loadSeedVenues } from './venues';

const seedUsersSchema = z.array(
  z.object({ devName: z.string(), nickname: z.string(), roles: z.array(roleSchema) }),
);

export async function loadSeeds(): Promise<{ users: number; venues: number; events: number }> {
  const users = await import('../functions/src/users/users');
  const seedUsers = seedUsersSchema.parse(readSeed('users.json'));
  for (const seed of seedUsers) {
    const { user } = await users.findOrCreateByOpenid(`dev-${seed.devName}`, seed);
    const missing = seed.roles.filter((role) => !user.roles.includes(role));
    if (missing.length > 0) await users.setRoles(user.id, [...user.roles, ...missing]);
  }
  // Venues first: seed events held at a venue name it.
  const staff = await users.findOrCreateByOpenid('dev-staff', { nickname: '' });
  const venues = await loadSeedVenues(staff.user.id);
  const organizer = await users.findOrCreateByOpenid('dev-organizer', { nickname: '' });
  const events = await loadSeedEvents(organizer.user.id, organizer.user.nickname);
  return { users: seedUsers.length, venues, events };
}
