import Taro from '@tarojs/taro';
import { defaultErrorMessages, type User } from '@szkc/shared';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type PropsWithChildren,
} from 'react';
import { onUnauthorized } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import { deleteMe, fetchMe, login } from '../api/me';
import { clearToken, loadToken, saveToken } from '../api/token';

type SessionStatus = 'checking' | 'signedOut' | 'signedIn' | 'unreachable';

interface Session {
  status: SessionStatus;
  user: User | null;
  /** Why the stored token could not be checked (network); null otherwise. */
  error: string | null;
  /** Logs in with a login code: a wx.login code, or `dev:<name>` on the local stack. */
  loginWithCode(code: string): Promise<User>;
  /** Taro.login() then POST /auth/login. */
  loginWithWechat(): Promise<User>;
  /** Re-reads GET /me (after a network failure, or to pick up new roles). */
  refresh(): Promise<void>;
  logout(): void;
  /** DELETE /me, then signs out. */
  deleteAccount(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: PropsWithChildren) {
  const [status, setStatus] = useState<SessionStatus>(() => (loadToken() ? 'checking' : 'signedOut'));
  const [user, setUser] = useState<User | null>(null);
  const [error, setError] = useState<string | null>(null);

  const signOut = useCallback(() => {
    clearToken();
    setUser(null);
    setError(null);
    setStatus('signedOut');
  }, []);

  const refresh = useCallback(async () => {
    if (!loadToken()) return signOut();
    setStatus('checking');
    try {
      setUser(await fetchMe());
      setError(null);
      setStatus('signedIn');
    } catch (e) {
      // 401 already cleared the token; a network failure keeps it for a retry.
      if (e instanceof ApiError && e.status === 401) return signOut();
      setError(errorMessage(e));
      setStatus(loadToken() ? 'unreachable' : 'signedOut');
    }
  }, [signOut]);

  useEffect(() => {
    if (loadToken()) void refresh();
    return onUnauthorized(signOut);
  }, [refresh, signOut]);

  const loginWithCode = useCallback(async (code: string) => {
    const answer = await login(code);
    saveToken(answer.token);
    setUser(answer.user);
    setError(null);
    setStatus('signedIn');
    return answer.user;
  }, []);

  const loginWithWechat = useCallback(async () => {
    let code: string;
    try {
      ({ code } = await Taro.login());
    } catch {
      throw new ApiError(0, 'WECHAT_LOGIN_FAILED', defaultErrorMessages.WECHAT_LOGIN_FAILED);
    }
    return loginWithCode(code);
  }, [loginWithCode]);

  const deleteAccount = useCallback(async () => {
    await deleteMe();
    signOut();
  }, [signOut]);

  const session = useMemo<Session>(
    () => ({ status, user, error, loginWithCode, loginWithWechat, refresh, logout: signOut, deleteAccount }),
    [status, user, error, loginWithCode, loginWithWechat, refresh, signOut, deleteAccount],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside SessionProvider');
  return session;
}
