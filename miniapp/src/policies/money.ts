// The form takes money in 万元 (as in the financial statements); the engine and the API take
// integer yuan. Conversion works on the digits, never through floats: 0.07 万元 is 700 元, exactly.

export type WanParse =
  { kind: 'empty' } | { kind: 'yuan'; yuan: number } | { kind: 'error'; message: string };

const decimalPattern = /^(-?)(\d+)(?:\.(\d*))?$/;

/** Up to 11 digits of 万元 stay exact as yuan (< 2^53); the schema's own cap (10 万亿元) is lower. */
const maxWholeDigits = 11;

/** `'12.5'` -> 125000 元. Up to two decimals (百元); a comma or a full-width dot is accepted. */
export function parseWan(text: string): WanParse {
  const cleaned = text
    .trim()
    .replace(/[,，\s]/g, '')
    .replace('。', '.');
  if (cleaned === '') return { kind: 'empty' };
  const match = decimalPattern.exec(cleaned);
  if (!match) return { kind: 'error', message: '请输入数字（单位：万元）' };
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > 2) return { kind: 'error', message: '最多保留两位小数（精确到百元）' };
  const digits = whole!.replace(/^0+(?=\d)/, '');
  if (digits.length > maxWholeDigits) return { kind: 'error', message: '金额过大，请核对单位是否为万元' };
  const yuan = Number(digits) * 10000 + Number(fraction.padEnd(2, '0')) * 100;
  return { kind: 'yuan', yuan: sign === '-' && yuan !== 0 ? -yuan : yuan };
}

/** 125000 -> `'12.5'`: the form's text for a saved amount (whole yuan keep all four decimals). */
export function yuanToWanText(yuan: number): string {
  const sign = yuan < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(yuan));
  const whole = Math.floor(abs / 10000);
  const rest = String(abs % 10000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return rest ? `${sign}${whole}.${rest}` : `${sign}${whole}`;
}

/** 1250000 -> `'1,250,000'` (no Intl on WeChat). */
export function groupDigits(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export type CountParse =
  { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'error'; message: string };

/** People, patents, points: any number goes through; the shared schema says what is wrong with it. */
export function parseCount(text: string): CountParse {
  const cleaned = text.trim().replace(/[,，\s]/g, '');
  if (cleaned === '') return { kind: 'empty' };
  if (!/^-?\d+(\.\d+)?$/.test(cleaned) || cleaned.length > 12)
    return { kind: 'error', message: '请输入数字' };
  return { kind: 'number', value: Number(cleaned) };
}
