// HTTP load figures with autocannon: latency percentiles and throughput of one route.
import autocannon from 'autocannon';

export type HttpFigures = {
  label: string;
  requests: number;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
};

export async function measureRoute(options: {
  label: string;
  url: string;
  method?: 'GET' | 'POST' | 'PUT';
  /** A JSON body, sent with `content-type: application/json`. */
  body?: string;
  headers?: Record<string, string>;
  amount: number;
  connections: number;
}): Promise<HttpFigures> {
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    ...(options.body !== undefined ? { body: options.body } : {}),
    headers:
      options.body !== undefined
        ? { 'content-type': 'application/json', ...options.headers }
        : options.headers,
    amount: options.amount,
    connections: options.connections,
  });
  return {
    label: options.label,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
  };
}

export const formatHttp = (f: HttpFigures) =>
  `${f.label.padEnd(28)} p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   ` +
  `${f.rps.toFixed(0).padStart(5)} req/s   (${f.requests} 次, ${f.errors} 次失败)`;
