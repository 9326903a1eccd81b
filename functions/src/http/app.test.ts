import { createApp } from './app';
import { ApiError, isStoreUnavailable } from './errors';

describe('createApp', () => {
  it('turns an unexpected error into a 500 with a request id and nothing internal', async () => {
    const app = createApp();
    app.get('/boom', () => {
      throw new Error('secret internals at /var/task/index.js:1');
    });
    const response = await app.request('/boom', { headers: { 'x-request-id': 'req-123' } });
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({
      error: { code: 'INTERNAL', message: '服务出错了，请稍后重试', details: { requestId: 'req-123' } },
    });
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it('renders thrown ApiErrors with their status, code, details and headers', async () => {
    const app = createApp();
    app.get('/limited', () => {
      throw new ApiError(429, 'RATE_LIMITED', '慢一点', { retryAfterSeconds: 5 }, { 'Retry-After': '5' });
    });
    const response = await app.request('/limited');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({
      error: { code: 'RATE_LIMITED', message: '慢一点', details: { retryAfterSeconds: 5 } },
    });
  });
});

describe('isStoreUnavailable', () => {
  const named = (name: string) => Object.assign(new Error('x'), { name });
  it('recognises throttling, service and network failures, also as causes', () => {
    expect(isStoreUnavailable(named('ProvisionedThroughputExceededException'))).toBe(true);
    expect(isStoreUnavailable(named('ThrottlingException'))).toBe(true);
    expect(isStoreUnavailable(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(
      isStoreUnavailable(
        new Error('wrapped', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }),
      ),
    ).toBe(true);
  });
  it('does not treat bugs or condition failures as unavailability', () => {
    expect(isStoreUnavailable(named('ConditionalCheckFailedException'))).toBe(false);
    expect(isStoreUnavailable(new TypeError('undefined is not a function'))).toBe(false);
    expect(isStoreUnavailable('text')).toBe(false);
  });
});
