// Scheduled every minute: sends what the outbox owes (see drain.ts).
import { logger } from '../http/logger';
import { drainOutbox } from './drain';

export const handler = async () => {
  const report = await drainOutbox();
  logger.info('outbox drained', report);
  return report;
};
