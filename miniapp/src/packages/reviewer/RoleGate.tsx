import { can } from '@szkc/shared';
import type { ReactNode } from 'react';
import { SignInGate } from '../../components/SignInGate';
import { StateView } from '../../components/StateView';
import { useSession } from '../../session/SessionContext';

/** The review pages are for reviewers; anyone else gets a reason instead of a broken page. */
export function ReviewerGate({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return (
    <SignInGate text="请先登录评审专家账号">
      {can.review(user) ? (
        children
      ) : (
        <StateView kind="empty" text="您的账号不是评审专家账号。如受邀担任评审，请联系大赛主办方开通。" />
      )}
    </SignInGate>
  );
}
