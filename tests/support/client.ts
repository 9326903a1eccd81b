import type { User } from '@szkc/shared';

// A small HTTP client for tests: JSON in, status + JSON out, with an optional token.
export type Reply<T = any> = { status: number; body: T; headers: Headers };

export function client(baseUrl: string) {
  const call = async <T = any>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ): Promise<Reply<T>> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.raw !== undefined) body = options.raw;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // keep the text: a test may assert it is JSON
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  };
  const login = async (name: string) => {
    const reply = await call<{ token: string; user: User }>('POST', '/auth/login', {
      body: { code: `dev:${name}` },
    });
    if (reply.status !== 200) throw new Error(`login ${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  return { call, login };
}

/** A name no other test uses, so tests sharing one store do not see each other's users. */
export const uniqueName = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`.slice(0, 32);
