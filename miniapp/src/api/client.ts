import Taro from '@tarojs/taro';
import { clientErrorCodes, type z } from '@szkc/shared';
import { apiBase } from './base';
import { ApiError, errorFromResponse, networkError } from './errors';
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

  let response: Taro.request.SuccessCallbackResult<RawBody>;
  try {
    response = await Taro.request<RawBody>({
      url: apiBase() + path + queryString(options.query),
      method,
      header,
      data: options.body,
      timeout: 15000,
    });
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

// No URLSearchParams on WeChat: encode by hand.
function queryString(query: RequestOptions<undefined>['query']): string {
  if (!query) return '';
  const parts = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
