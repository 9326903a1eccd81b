import { can } from '@szkc/shared';
import type { ReactNode } from 'react';
import { SignInGate } from '../../components/SignInGate';
import { StateView } from '../../components/StateView';
import { useSession } from '../../session/SessionContext';

/** The bureau's figures are for admins; the server checks again on every call. */
export function StatsGate({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return (
    <SignInGate text="请先登录管理员账号">
      {can.managePlanFigures(user) ? (
        children
      ) : (
        <StateView kind="empty" text="数据看板仅供市科技局管理员使用。" />
      )}
    </SignInGate>
  );
}
