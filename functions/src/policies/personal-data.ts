// The saved enterprise profile is the policies capability's personal data.
import type { PersonalDataOwner } from '../account/personal-data';
import { deleteEnterpriseProfile, getEnterpriseProfile } from './enterprise.repository';

export const policiesPersonalData: PersonalDataOwner = {
  export: async (userId) => ({ enterpriseProfile: await getEnterpriseProfile(userId) }),
  erase: deleteEnterpriseProfile,
};
