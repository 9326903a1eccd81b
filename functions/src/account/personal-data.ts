// Every capability that holds personal data names it here, once: the account service walks this
// list for GET /me/export and DELETE /me and knows nothing else of the capabilities. A new
// capability is not done until it has its entry.
import type { PersonalDataExport } from '@szkc/shared';
import { contestsPersonalData } from '../contests/personal-data';
import { eventsPersonalData } from '../events/personal-data';
import { policiesPersonalData } from '../policies/personal-data';
import { venuesPersonalData } from '../venues/personal-data';

/** What one capability holds about a person: its part of the export, and how it is erased. */
export interface PersonalDataOwner {
  export(userId: string): Promise<Partial<PersonalDataExport>>;
  /** Leaves nothing that names the person; counts and history stay right. Safe to run again. */
  erase(userId: string): Promise<void>;
}

/**
 * In the order they are erased: registrations first, so upcoming seats go to the waitlist.
 * Not here: the rate-limit counters (limits/limits.ts), keyed by a keyed hash that names nobody
 * without the server secret and gone with their window.
 */
export const personalDataOwners: readonly PersonalDataOwner[] = [
  eventsPersonalData,
  policiesPersonalData,
  venuesPersonalData,
  contestsPersonalData,
];
