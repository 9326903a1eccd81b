import Taro from '@tarojs/taro';
import { clientErrorCodes, type z } from '@szkc/shared';
import { takeEarlyAnswer } from '../early/take';
import { apiBase } from './base';
import { ApiError, errorFromResponse, networkError } from './errors';
import { queryString } from './query';
import { clearToken, loadToken } from './token';

// Whatever came back: parsed JSON, text the runtime could not parse, or nothing (204).
type RawBody = string | Record<string, unknown>;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions<S extends z.ZodType | undefined> {
  body?: Record<string, unknown> | unknown[];
  query?: Record<string, string | number | undefined>;
  /** Validates a 2xx body; the result is typed from it. */
  schema?: S;
}

type Result<S> = S extends z.ZodType ? z.output<S> : unknown;

const unauthorizedListeners = new Set<() => void>();

/** The session hears of every 401 so the app signs out wherever it happened. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** One request to the API: token in, API.md error shape out as ApiError. */
export async function request<S extends z.ZodType | undefined = undefined>(
  method: Method,
  path: string,
  options: RequestOptions<S> = {},
): Promise<Result<S>> {
  const token = loadToken();
  const header: Record<string, string> = { Accept: 'application/json' };
  if (token) header.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) header['Content-Type'] = 'application/json';

  const url = apiBase() + path + queryString(options.query);
  let response: { statusCode: number; data: RawBody } | null = null;
  try {
    // H5 opened on a page whose first GET index.html started: its answer, when it came.
    const early = method === 'GET' ? takeEarlyAnswer(url) : null;
    if (early) response = (await early) as typeof response;
    if (!response)
      response = await Taro.request<RawBody>({ url, method, header, data: options.body, timeout: 15000 });
  } catch {
    throw networkError();
  }

  const { statusCode, data } = response;
  if (statusCode < 200 || statusCode >= 300) {
    if (statusCode === 401) {
      clearToken();
      unauthorizedListeners.forEach((listener) => listener());
    }
    throw errorFromResponse(statusCode, data);
  }
  if (!options.schema) return data as Result<S>;
  const parsed = options.schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(statusCode, clientErrorCodes.BAD_RESPONSE, '服务返回的数据有误，请稍后重试');
  }
  return parsed.data as Result<S>;
}
