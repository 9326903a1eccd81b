import type { User } from '@szkc/shared';
import type { ReactNode } from 'react';
import { SignInGate } from '../../components/SignInGate';
import { StateView } from '../../components/StateView';
import { useSession } from '../../session/SessionContext';

/** Shows the page to the roles allowed; everyone else gets a clear reason, not a broken page. */
export function RoleGate({
  allow,
  children,
}: {
  allow: (user: User | null) => boolean;
  children: ReactNode;
}) {
  const { user } = useSession();
  return (
    <SignInGate text="请先登录">
      {allow(user) ? (
        children
      ) : (
        <StateView kind="empty" text="您的账号没有此功能的权限，如需开通请联系市科技局。" />
      )}
    </SignInGate>
  );
}
