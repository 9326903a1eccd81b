// The few shapes our workbooks use, written with write-excel-file (fflate only: the whole export
// function stays a small bundle, where exceljs alone was 400 KB zipped).
import type { Row } from 'write-excel-file/node';

type Value = string | number | null | undefined;

export type Sheet = { name: string; rows: Row[]; widths: number[] };

/** A sheet's heading: one bold, larger cell. */
export const titleRow = (text: string): Row => [{ value: text, fontWeight: 'bold', fontSize: 14 }];

/** Column names, in bold. */
export const headerRow = (labels: string[]): Row => labels.map((value) => ({ value, fontWeight: 'bold' }));

/** A row of values; nothing to say is an empty cell, not an empty string. */
export const valueRow = (values: Value[]): Row =>
  values.map((value) => (value === undefined || value === null || value === '' ? null : { value }));

/** The workbook's bytes. The writer loads on the first export, not at every cold start. */
export const workbookOf = async (sheets: Sheet[]): Promise<Buffer> => {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      data: sheet.rows,
      columns: sheet.widths.map((width) => ({ width })),
    })),
    { fontFamily: 'Calibri', fontSize: 11 },
  ).toBuffer();
};
