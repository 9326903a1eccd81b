import { can } from '@szkc/shared';
import type { ReactNode } from 'react';
import { SignInGate } from '../../components/SignInGate';
import { StateView } from '../../components/StateView';
import { useSession } from '../../session/SessionContext';

/** Admins only; the server checks again on every call. */
export function AdminGate({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return (
    <SignInGate text="请先登录管理员账号">
      {can.manageVenues(user) ? children : <StateView kind="empty" text="此页面仅供管理员使用。" />}
    </SignInGate>
  );
}
