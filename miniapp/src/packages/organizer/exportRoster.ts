import { saveWorkbook } from '../../api/workbook';
import { rosterXlsxPath } from './api';

/** Saves the roster workbook of an event (see saveWorkbook for how each platform does it). */
export const exportRoster = (eventId: string, title: string): Promise<void> =>
  saveWorkbook(rosterXlsxPath(eventId), `${title.slice(0, 40)}_报名名单`);
