import { Button } from '@tarojs/components';
import type { ReactNode } from 'react';
import { openPage } from '../navigation';
import { useSession } from '../session/SessionContext';
import { StateView } from './StateView';

interface SignInGateProps {
  /** This page's words for why to sign in first. */
  text: string;
  /** Shown while a stored token is being checked; the plain loading text by default. */
  loadingText?: string;
  /** Shown when the stored token could not be checked for want of network; the sign-in prompt by default. */
  unreachable?: ReactNode;
  children: ReactNode;
}

/** Its children for a signed-in person; anyone else sees why to sign in and a 去登录 button to 我的. */
export function SignInGate({ text, loadingText, unreachable, children }: SignInGateProps) {
  const { status } = useSession();
  if (status === 'signedIn') return <>{children}</>;
  if (status === 'checking') return <StateView kind="loading" text={loadingText} />;
  if (status === 'unreachable' && unreachable !== undefined) return <>{unreachable}</>;
  return (
    <>
      <StateView kind="empty" text={text} />
      <Button className="btn btn-primary" onClick={() => openPage('me')}>
        去登录
      </Button>
    </>
  );
}
