// Check-in codes, never stored. Keys are derived from the server secret (like the event tickets),
// one per venue and key version:
//   screen  SZV1.<step>.<mac>  the rotating code: HMAC of the venue and the 30 s step
//   poster  SZP1.<mac>         the printed code: HMAC of the venue; rotating the venue's key
//                              version makes every printed copy invalid
import { createHmac, timingSafeEqual } from 'node:crypto';
import { jwtSecret } from '../config';

export const stepSeconds = 30;
const stepMs = stepSeconds * 1000;

let baseKeyPromise: Promise<Buffer> | undefined;
// A key of its own, so a check-in code can never pass as a login token or a ticket.
const baseKey = () =>
  (baseKeyPromise ??= jwtSecret().then((secret) =>
    createHmac('sha256', secret).update('szkc-venue-code-v1').digest(),
  ));

type KeyedVenue = { id: string; codeKeyVersion: number };

async function mac(venue: KeyedVenue, message: string): Promise<string> {
  const venueKey = createHmac('sha256', await baseKey())
    .update(`${venue.id}#${venue.codeKeyVersion}`)
    .digest();
  return createHmac('sha256', venueKey).update(message).digest('base64url').slice(0, 22);
}

const sameText = (a: string, b: string) => {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
};

export const stepOf = (ms: number) => Math.floor(ms / stepMs);

export async function screenCode(venue: KeyedVenue, now = Date.now()) {
  const step = stepOf(now);
  return {
    code: `SZV1.${step.toString(36)}.${await mac(venue, `screen#${step}`)}`,
    validUntilMs: (step + 1) * stepMs,
  };
}

export const posterCode = async (venue: KeyedVenue) => `SZP1.${await mac(venue, 'poster')}`;

export type CodeVerdict = 'valid' | 'expired' | 'invalid';

/** A rotating code of this venue is valid in its step and the one before and after. */
export async function checkScreenCode(
  venue: KeyedVenue,
  code: string,
  now = Date.now(),
): Promise<CodeVerdict> {
  const parts = code.split('.');
  if (parts.length !== 3 || parts[0] !== 'SZV1' || !/^[0-9a-z]{1,12}$/.test(parts[1]!)) return 'invalid';
  const step = Number.parseInt(parts[1]!, 36);
  if (!sameText(parts[2]!, await mac(venue, `screen#${step}`))) return 'invalid';
  const current = stepOf(now);
  if (step < current - 1) return 'expired';
  if (step > current + 1) return 'invalid';
  return 'valid';
}

export async function checkPosterCode(venue: KeyedVenue, code: string): Promise<CodeVerdict> {
  const parts = code.split('.');
  if (parts.length !== 2 || parts[0] !== 'SZP1') return 'invalid';
  return sameText(parts[1]!, await mac(venue, 'poster')) ? 'valid' : 'invalid';
}
