// Scheduled: recounts the enterprise pipeline of the bureau's figures (see repair.ts).
import { logger } from '../http/logger';
import { recountPipeline } from './repair';

export const handler = async () => {
  const report = await recountPipeline();
  logger.info('pipeline recount finished', {
    recounted: report.recounted,
    corrected: report.corrected !== null,
  });
  return report;
};
