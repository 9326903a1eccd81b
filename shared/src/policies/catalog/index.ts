import type { Policy } from '../types';
import { highTechEnterprise } from './high-tech-enterprise';
import { innovationVoucher } from './innovation-voucher';
import { ningkedai } from './ningkedai';
import { rdSuperDeduction } from './rd-super-deduction';
import { shizuishanTechLoan } from './shizuishan-tech-loan';
import { techSme } from './tech-sme';

export { highTechEnterprise, innovationVoucher, ningkedai, rdSuperDeduction, shizuishanTechLoan, techSme };
export { excludedIndustries } from './common-criteria';
export { techSmeScore, techSmePassScore, techSmeScoreAdvice, type TechSmeScore } from './tech-sme-score';

/** Every policy, in the order the list shows them (API.md order). */
export const allPolicies: readonly Policy[] = [
  highTechEnterprise,
  techSme,
  rdSuperDeduction,
  innovationVoucher,
  ningkedai,
  shizuishanTechLoan,
];
