// Tickets: opaque strings shown as QR codes, sealed with AES-256-GCM under a key of their own, so a
// ticket shows nothing (no event, user or registration id: a fresh random nonce makes every one
// look random) and a changed character, a forged one or another event's ticket is refused.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { ticketCodeAlphabet, ticketCodeLength } from '@szkc/shared';
import { jwtSecret } from '../config';

let keyPromise: Promise<Buffer> | undefined;
// Derived from the server secret, so a ticket can never pass as a login token or a cursor.
const ticketKey = () =>
  (keyPromise ??= jwtSecret().then((secret) =>
    createHmac('sha256', secret).update('szkc-ticket-v2').digest(),
  ));

const prefix = 'SZ2';
const ivBytes = 12;
const tagBytes = 16;

export type TicketClaims = { eventId: string; userId: string; registrationId: string };

export async function issueTicket(claims: TicketClaims): Promise<string> {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', await ticketKey(), iv);
  const plain = `${claims.eventId}.${claims.userId}.${claims.registrationId}`;
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return `${prefix}.${Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url')}`;
}

/** The claims of a genuine ticket, or null for anything forged, altered or malformed. */
export async function readTicket(ticket: string): Promise<TicketClaims | null> {
  const parts = ticket.trim().split('.');
  if (parts.length !== 2 || parts[0] !== prefix || !/^[A-Za-z0-9_-]+$/.test(parts[1]!)) return null;
  const raw = Buffer.from(parts[1]!, 'base64url');
  if (raw.length <= ivBytes + tagBytes) return null;
  let plain: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', await ticketKey(), raw.subarray(0, ivBytes));
    decipher.setAuthTag(raw.subarray(raw.length - tagBytes));
    plain = Buffer.concat([
      decipher.update(raw.subarray(ivBytes, raw.length - tagBytes)),
      decipher.final(),
    ]).toString();
  } catch {
    return null;
  }
  const fields = plain.split('.');
  if (fields.length !== 3 || fields.some((f) => !/^[0-9A-Z]{26}$/.test(f))) return null;
  const [eventId, userId, registrationId] = fields as [string, string, string];
  return { eventId, userId, registrationId };
}

/**
 * The short code printed under a ticket's QR, typed at the door when there is no camera: 6
 * characters (30 bits) of a keyed hash of the event and registration, so it stays the same for
 * the registration's life, says nothing of it and cannot be made up. Codes are not unique by
 * construction: two registrations of one event share one with a chance of about n²/2³¹ (0.05 %
 * for 1 000 registrations), and the door then lists the candidates to choose from.
 */
export async function ticketCoder(eventId: string): Promise<(registrationId: string) => string> {
  const key = await ticketKey();
  return (registrationId) => {
    const digest = createHmac('sha256', key).update(`code.${eventId}.${registrationId}`).digest();
    let bits = digest.readUIntBE(0, 4);
    let code = '';
    for (let i = 0; i < ticketCodeLength; i += 1) {
      code = ticketCodeAlphabet[bits & 31] + code;
      bits >>>= 5;
    }
    return code;
  };
}
