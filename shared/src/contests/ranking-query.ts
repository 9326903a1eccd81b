// `?round=` of the ranking and its Excel workbook: its own module, so the workbooks function
// validates it without building every contest schema (module init, issue 10).
import * as z from '../zod';

export const rankingQuerySchema = z.object({ round: z.coerce.number().int().min(1).max(10).default(1) });
