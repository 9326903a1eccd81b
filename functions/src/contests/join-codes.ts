// Join codes: six characters from an alphabet without 0/O and 1/I, so a leader can read one aloud
// or a colleague type it from a chat without doubt. Random from the platform's CSPRNG.
import { randomInt } from 'node:crypto';
import { joinCodeAlphabet, joinCodeLength, joinCodeValidDays } from '@szkc/shared';

export const joinCodeValidMs = joinCodeValidDays * 24 * 3600 * 1000;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < joinCodeLength; i++) code += joinCodeAlphabet[randomInt(joinCodeAlphabet.length)];
  return code;
}

/** Whether a text could be a code at all (so a wrong one costs no store call). */
export const isJoinCodeShaped = (text: string) =>
  text.length === joinCodeLength && [...text].every((ch) => joinCodeAlphabet.includes(ch));
