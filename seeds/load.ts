// Loads the seed data through the same repositories the functions use, so keys and shapes match.
// Idempotent: running it again changes nothing. Needs the store settings in process.env first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { roleSchema, z } from '@szkc/shared';

const seedUsersSchema = z.array(
  z.object({ devName: z.string(), nickname: z.string(), roles: z.array(roleSchema) }),
);

const readSeed = (file: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, file), 'utf8')) as unknown;

export async function loadSeeds(): Promise<{ users: number }> {
  const users = await import('../functions/src/auth/users.repository');
  const seedUsers = seedUsersSchema.parse(readSeed('users.json'));
  for (const seed of seedUsers) {
    const { user } = await users.findOrCreateByOpenid(`dev-${seed.devName}`, seed);
    const missing = seed.roles.filter((role) => !user.roles.includes(role));
    if (missing.length > 0) await users.setRoles(user.id, [...user.roles, ...missing]);
  }
  return { users: seedUsers.length };
}
