import { fetched, openAt } from '../../test/early-gets';

afterEach(() => delete window.__EARLY_GETS__);

describe("index.html's early request", () => {
  const ok = async () => fetched(200, { items: [], nextCursor: null });

  it('asks for the first page of 活动 when the app opens on 活动, as the page would', async () => {
    expect(openAt('#/pages/events/index', ok)).toEqual(['http://api.test/events?limit=20']);
    expect(openAt('#/pages/events/index?from=share', ok)).toEqual(['http://api.test/events?limit=20']);
    await expect(window.__EARLY_GETS__?.['http://api.test/events?limit=20']).resolves.toEqual({
      statusCode: 200,
      data: { items: [], nextCursor: null },
    });
  });

  it('asks the API the static server names, else the one built in', () => {
    expect(openAt('#/pages/events/index', ok, 'http://127.0.0.1:41000/')).toEqual([
      'http://127.0.0.1:41000/events?limit=20',
    ]);
  });

  it('asks for nothing on other pages, nor without fetch', () => {
    expect(openAt('', ok)).toEqual([]);
    expect(openAt('#/pages/home/index', ok)).toEqual([]);
    expect(openAt('#/pages/events/detail/index?id=e1', ok)).toEqual([]);
    expect(openAt('#/toString', ok)).toEqual([]);
    expect(() => openAt('#/pages/events/index', undefined)).not.toThrow();
    expect(window.__EARLY_GETS__).toBeUndefined();
  });

  it('gives null when the request failed, and null data when the body is not JSON', async () => {
    openAt('#/pages/events/index', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(window.__EARLY_GETS__?.['http://api.test/events?limit=20']).resolves.toBeNull();
    openAt('#/pages/events/index', async () => fetched(502, '<html>Bad Gateway</html>'));
    await expect(window.__EARLY_GETS__?.['http://api.test/events?limit=20']).resolves.toEqual({
      statusCode: 502,
      data: null,
    });
  });
});
