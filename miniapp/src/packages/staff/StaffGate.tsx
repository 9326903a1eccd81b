import { can } from '@szkc/shared';
import type { ReactNode } from 'react';
import { SignInGate } from '../../components/SignInGate';
import { StateView } from '../../components/StateView';
import { useSession } from '../../session/SessionContext';

/** Venue staff and admins only; whether this venue is theirs the server answers per venue (403). */
export function StaffGate({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return (
    <SignInGate text="请先登录场馆工作人员账号">
      {can.openVenueDesk(user) ? (
        children
      ) : (
        <StateView kind="empty" text="您的账号不是场馆工作人员。如需开通，请联系市科技局。" />
      )}
    </SignInGate>
  );
}
