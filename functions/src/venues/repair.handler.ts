// Scheduled: recounts the venues' day counters where a check-in's counting was not confirmed.
import { logger } from '../http/logger';
import { repairAll, repairCityDays } from './repair';

export const handler = async () => {
  const reports = await repairAll();
  const city = await repairCityDays(reports);
  const changed = reports.filter((r) => r.corrected || r.settled);
  const cityChanged = city.filter((r) => r.corrected !== null);
  logger.info('venues repair finished', {
    days: reports.length,
    changed: changed.length,
    cityDaysCorrected: cityChanged.length,
  });
  return { days: reports.length, changed: changed.length, cityDaysCorrected: cityChanged.length };
};
