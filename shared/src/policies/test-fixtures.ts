// Shared by the policy tests; not exported from the package.
import type { EnterpriseProfile } from './profile';

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The first 17 characters of a 统一社会信用代码 plus their GB 32100 check character. */
export function withCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(body[i]!) * weights[i]!;
  return body + alphabet[(31 - (sum % 31)) % 31];
}

export const creditCodeAlphabet = alphabet;

/** A 大武口区 manufacturer that meets every policy on 2026-06-30. */
export const qualifyingProfile = {
  creditCode: withCheckCharacter('91640200MA76X1234'),
  name: '石嘴山市某新材料有限公司',
  regionCode: '640202',
  establishedOn: '2019-04-01',
  isResidentEnterprise: true,
  employees: 120,
  techStaff: 30,
  revenueLastYear: 60_000_000,
  revenue3Years: 150_000_000,
  rdExpenseLastYear: 3_000_000,
  rdExpense3Years: 7_000_000,
  rdExpenseDomestic3Years: 7_000_000,
  totalCostsLastYear: 50_000_000,
  totalAssets: 90_000_000,
  highTechRevenueLastYear: 40_000_000,
  totalIncomeLastYear: 62_000_000,
  ipClassI: 2,
  ipClassII: 5,
  hasCoreIp: true,
  inSupportedHighTechField: true,
  innovationScore: 78,
  seriousIncident: false,
  creditListed: false,
  restrictedIndustry: false,
  industryCode: 'C39',
  taxCollection: 'audit',
  certifications: ['tech-sme'],
  profitLastYear: 4_000_000,
  nationalAward: false,
  provincialRdInstitution: false,
  ledStandard: false,
  inFinancingDemandPool: false,
  legalRepBadCredit: false,
  paysTaxInShizuishan: true,
} satisfies EnterpriseProfile;
