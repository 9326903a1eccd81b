import { Button, View } from '@tarojs/components';
import type { User } from '@szkc/shared';
import type { ReactNode } from 'react';
import { StateView } from '../../components/StateView';
import { openPage } from '../../navigation';
import { useSession } from '../../session/SessionContext';

/** Shows the page to the roles allowed; everyone else gets a clear reason, not a broken page. */
export function RoleGate({
  allow,
  children,
}: {
  allow: (user: User | null) => boolean;
  children: ReactNode;
}) {
  const { status, user } = useSession();
  if (status === 'checking') return <StateView kind="loading" />;
  if (status !== 'signedIn') {
    return (
      <View>
        <StateView kind="empty" text="请先登录" />
        <Button className="btn btn-primary" onClick={() => openPage('me')}>
          去登录
        </Button>
      </View>
    );
  }
  if (!allow(user))
    return <StateView kind="empty" text="您的账号没有此功能的权限，如需开通请联系市科技局。" />;
  return <>{children}</>;
}
