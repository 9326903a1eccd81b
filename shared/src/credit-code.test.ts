import { creditCodeProblem, isValidCreditCode } from './credit-code';

// Codes published on the national enterprise credit system for well-known companies.
const published = [
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '91330100716105852F', // 阿里巴巴（中国）有限公司
  '914403001922038216', // 华为技术有限公司
  '91110000802100433B', // 北京百度网讯科技有限公司
  '91110108551385082Q', // 北京小米科技有限责任公司
  '91310000607206953D', // 上海大众汽车有限公司 (上汽大众)
];

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it.each(published)('accepts the published code %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(isValidCreditCode(code.toLowerCase())).toBe(true);
  });

  it('rejects every single-character alteration of a published code', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (const code of published) {
      for (let i = 0; i < 18; i++) {
        for (const c of alphabet) {
          if (c === code[i]) continue;
          const altered = code.slice(0, i) + c + code.slice(i + 1);
          // Positions 3-8 must stay digits: a letter there is caught as a character problem.
          expect(isValidCreditCode(altered), altered).toBe(false);
        }
      }
    }
  });

  it('rejects swapped neighbours', () => {
    const code = published[0]!;
    const swapped = code.slice(0, 9) + code[10] + code[9] + code.slice(11);
    expect(isValidCreditCode(swapped)).toBe(false);
  });

  it('names the problem', () => {
    expect(creditCodeProblem('9144030070846113')).toBe('length');
    expect(creditCodeProblem('91440300708461136I')).toBe('characters');
    expect(creditCodeProblem('9144O300708461136T')).toBe('characters');
    expect(creditCodeProblem('91440300708461136A')).toBe('checkDigit');
  });
});
