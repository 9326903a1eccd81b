// 统一社会信用代码 per GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, S, V, Z);
// the last one is a check character over the first 17 (weights 3^i mod 31).

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const shape = /^[0-9A-HJ-NP-RT-UW-Y]{2}\d{6}[0-9A-HJ-NP-RT-UW-Y]{10}$/;

export type CreditCodeProblem = 'length' | 'characters' | 'checkDigit';

/** Why a code is not a valid 统一社会信用代码, or null when it is. Upper-cases first. */
export function creditCodeProblem(input: string): CreditCodeProblem | null {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return 'length';
  if (!shape.test(code)) return 'characters';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(code[i]!) * weights[i]!;
  const expected = alphabet[(31 - (sum % 31)) % 31];
  return code[17] === expected ? null : 'checkDigit';
}

export const isValidCreditCode = (input: string): boolean => creditCodeProblem(input) === null;

export const creditCodeMessages: Record<CreditCodeProblem, string> = {
  length: '统一社会信用代码应为 18 位',
  characters: '统一社会信用代码含有无效字符（不使用 I、O、S、V、Z）',
  checkDigit: '统一社会信用代码校验位不正确，请核对',
};
