// Scheduled: recounts the venues' day counters where a check-in's counting was not confirmed.
import { logger } from '../http/logger';
import { repairAll } from './repair';

export const handler = async () => {
  const reports = await repairAll();
  const changed = reports.filter((r) => r.corrected || r.settled);
  logger.info('venues repair finished', { days: reports.length, changed: changed.length });
  return { days: reports.length, changed: changed.length };
};
