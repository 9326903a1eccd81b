// Scheduled: finishes what crashed requests left and recounts seats (see repair.ts).
import { logger } from '../http/logger';
import { repairAll } from './repair';

export const handler = async () => {
  const reports = await repairAll();
  const changed = reports.filter(
    (r) => r.opsResolved || r.pendingDropped || r.releasesFinished || r.promoted,
  );
  logger.info('repair finished', { events: reports.length, changed });
  return { events: reports.length, changed: changed.length };
};
