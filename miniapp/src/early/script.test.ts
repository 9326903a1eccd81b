import { fetched, openAt } from '../../test/early-gets';

afterEach(() => {
  delete window.__EARLY_GETS__;
  document.head.innerHTML = '';
});

/** What the script asked the browser to preload, as `as href`. */
const preloads = () =>
  [...document.head.querySelectorAll('link[rel="preload"]')].map(
    (link) => `${link.getAttribute('as')} ${link.getAttribute('href')}`,
  );

describe("index.html's early requests", () => {
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
    expect(openAt('#/pages/events/index', ok, { apiBase: 'http://127.0.0.1:41000/' })).toEqual([
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

  it("preloads the files of the page opened (首页 when none is named), not other pages' or other imports'", () => {
    const lazyFiles = {
      'pages/home/index': ['css/1.aaaaaaaa.css', 'js/1.aaaaaaaa.js', 'js/9.cccccccc.js'],
      'pages/events/index': ['js/2.bbbbbbbb.js', 'js/9.cccccccc.js'],
      qrcode: ['js/3.dddddddd.js'],
    };
    openAt('', ok, { lazyFiles });
    expect(preloads()).toEqual([
      'style ./css/1.aaaaaaaa.css',
      'script ./js/1.aaaaaaaa.js',
      'script ./js/9.cccccccc.js',
    ]);
    document.head.innerHTML = '';
    openAt('#/pages/events/index?from=share', ok, { lazyFiles });
    expect(preloads()).toEqual(['script ./js/2.bbbbbbbb.js', 'script ./js/9.cccccccc.js']);
    document.head.innerHTML = '';
    openAt('#/qrcode', ok, { lazyFiles });
    openAt('#/pages/venues/index', ok, { lazyFiles });
    expect(preloads()).toEqual([]);
  });
});
