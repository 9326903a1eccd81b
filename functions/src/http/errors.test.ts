import { errorCodes } from '@szkc/shared';
import { DomainError, rateLimited, validationFailed } from '../errors';
import { createApp } from './app';
import { statusOf } from './errors';

describe('statusOf', () => {
  it('gives every code of the contract a status, as API.md says', () => {
    expect(Object.keys(statusOf).sort()).toEqual([...errorCodes].sort());
    expect(statusOf.VALIDATION_FAILED).toBe(422);
    expect(statusOf.EVENT_FULL).toBe(409);
    expect(statusOf.INVALID_TICKET).toBe(422);
    expect(statusOf.CONFLICT_OF_INTEREST).toBe(403);
    expect(statusOf.UNAVAILABLE).toBe(503);
  });
});

describe('domain errors over HTTP', () => {
  it('answers a thrown domain error with the status of its code, its message and details', async () => {
    const app = createApp();
    app.get('/full', () => {
      throw new DomainError('EVENT_FULL', '活动名额已满', { seatsLeft: 0 });
    });
    const response = await app.request('/full');
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: { code: 'EVENT_FULL', message: '活动名额已满', details: { seatsLeft: 0 } },
    });
  });

  it('says when to retry a rate limit, and words a 422 from its first issue', async () => {
    const app = createApp();
    app.get('/limited', () => {
      throw rateLimited(60);
    });
    app.get('/invalid', () => {
      throw validationFailed([{ path: 'partySize', message: '每单最多 3 人' }]);
    });
    const limited = await app.request('/limited');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    const invalid = await app.request('/invalid');
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'partySize：每单最多 3 人',
        details: { issues: [{ path: 'partySize', message: '每单最多 3 人' }] },
      },
    });
  });
});
