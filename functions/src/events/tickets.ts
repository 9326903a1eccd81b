// Tickets: opaque strings shown as QR codes, HMAC-signed and bound to event, user and
// registration, so a changed character or another event's ticket is refused.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { jwtSecret } from '../config';

let keyPromise: Promise<Buffer> | undefined;
// A key of its own, derived from the server secret, so a ticket can never pass as a login token.
const ticketKey = () =>
  (keyPromise ??= jwtSecret().then((secret) =>
    createHmac('sha256', secret).update('szkc-ticket-v1').digest(),
  ));

const mac = async (payload: string) =>
  createHmac('sha256', await ticketKey())
    .update(payload)
    .digest('base64url')
    .slice(0, 22);

export type TicketClaims = { eventId: string; userId: string; registrationId: string };

export async function issueTicket(claims: TicketClaims): Promise<string> {
  const payload = Buffer.from(`${claims.eventId}.${claims.userId}.${claims.registrationId}`).toString(
    'base64url',
  );
  return `SZ1.${payload}.${await mac(payload)}`;
}

/** The claims of a genuine ticket, or null for anything forged, altered or malformed. */
export async function readTicket(ticket: string): Promise<TicketClaims | null> {
  const parts = ticket.trim().split('.');
  if (parts.length !== 3 || parts[0] !== 'SZ1') return null;
  const [, payload, signature] = parts as [string, string, string];
  const expected = Buffer.from(await mac(payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const fields = Buffer.from(payload, 'base64url').toString().split('.');
  if (fields.length !== 3 || fields.some((f) => !/^[0-9A-Z]{26}$/.test(f))) return null;
  const [eventId, userId, registrationId] = fields as [string, string, string];
  return { eventId, userId, registrationId };
}
