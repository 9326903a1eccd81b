// The saved enterprise profile is the policies capability's personal data.
import type { PersonalDataOwner } from '../account/personal-data';
import { getEnterpriseProfile } from './enterprise.repository';
import { deleteCounted } from './pipeline';

export const policiesPersonalData: PersonalDataOwner = {
  export: async (userId) => ({ enterpriseProfile: await getEnterpriseProfile(userId) }),
  // The profile leaves the bureau's pipeline counts with it.
  erase: deleteCounted,
};
