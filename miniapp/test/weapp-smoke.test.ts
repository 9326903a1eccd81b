/** @jest-environment <rootDir>/scripts/jest/node-environment.mjs */
// Loads the BUILT WeChat package (miniapp/dist) and renders pages with miniprogram-simulate,
// which runs WeChat's own template compiler over Taro's base.wxml. The test runner builds weapp
// first; a missing build is an error here, never a skip.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { allPolicies, toPolicySummary } from '@szkc/shared';

const require = createRequire(import.meta.url);
const dist = path.resolve(import.meta.dirname, '../dist');

interface SimulatedComponent {
  dom: HTMLElement;
  attach(parent: Element): void;
}
interface Simulate {
  load(componentPath: string, tagName: string, options: Record<string, unknown>): string;
  render(id: string): SimulatedComponent;
  sleep(ms: number): Promise<void>;
}

type Options = Record<string, unknown> & {
  success?: (res: unknown) => void;
  complete?: (res: unknown) => void;
};
const ok =
  (name: string, extra: Record<string, unknown> = {}) =>
  (options: Options = {}) => {
    const res = { errMsg: `${name}:ok`, ...extra };
    options.success?.(res);
    options.complete?.(res);
  };

const systemInfo = {
  platform: 'devtools',
  system: 'iOS 10.0.1',
  model: 'iPhone 6',
  pixelRatio: 2,
  screenWidth: 375,
  screenHeight: 667,
  windowWidth: 375,
  windowHeight: 603,
  statusBarHeight: 20,
  language: 'zh_CN',
  version: '8.0.5',
  SDKVersion: '3.6.0',
};

/** The parts of the WeChat runtime that Taro touches while it starts and renders. */
function installWeChatShims(): void {
  const storage = new Map<string, unknown>();
  const wx: Record<string, unknown> = {
    getSystemInfoSync: () => systemInfo,
    getSystemInfo: ok('getSystemInfo', systemInfo),
    getWindowInfo: () => systemInfo,
    getDeviceInfo: () => systemInfo,
    getAppBaseInfo: () => systemInfo,
    getMenuButtonBoundingClientRect: () => ({
      top: 24,
      bottom: 56,
      left: 280,
      right: 367,
      width: 87,
      height: 32,
    }),
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    // GET /events and GET /venues answer what the test set, GET /policies the catalogue, GET
    // /contests one contest with its detail and group check; everything else is a signed-out 401.
    request: (options: Options & { url?: string }) =>
      ok(
        'request',
        /\/events(\?|$)/.test(String(options.url))
          ? { statusCode: 200, data: eventListAnswer }
          : /\/venues(\?|$)/.test(String(options.url))
            ? { statusCode: 200, data: venueListAnswer }
            : /\/policies(\?|$)/.test(String(options.url))
              ? { statusCode: 200, data: policyListAnswer }
              : /\/contests(\?|$)/.test(String(options.url))
                ? { statusCode: 200, data: contestListAnswer }
                : /\/contests\/(c1)?$/.test(String(options.url))
                  ? { statusCode: 200, data: contestDetailAnswer }
                  : /\/contests\/(c1)?\/eligibility$/.test(String(options.url))
                    ? { statusCode: 200, data: groupCheckAnswer }
                    : { statusCode: 401, data: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } } },
      )(options),
    canIUse: () => true,
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    onAppRoute: () => undefined,
    onAppShow: () => undefined,
    onAppHide: () => undefined,
    showToast: ok('showToast'),
    createSelectorQuery: () => ({
      select: () => ({ boundingClientRect: () => ({ exec: () => undefined }) }),
    }),
  };
  let app: Record<string, unknown> | undefined;
  const g = globalThis as Record<string, unknown>;
  g.wx = wx;
  g.App = (config: Record<string, unknown>) => {
    app = config;
    (config.onLaunch as ((o: unknown) => void) | undefined)?.call(config, {
      path: 'pages/home/index',
      query: {},
      scene: 1001,
    });
    (config.onShow as ((o: unknown) => void) | undefined)?.call(config, {
      path: 'pages/home/index',
      query: {},
    });
  };
  g.getApp = () => app;
  g.getCurrentPages = () => [];
}

let simulate: Simulate;
let eventListAnswer: unknown = { items: [], nextCursor: null };
const venueListAnswer = {
  items: [
    {
      id: 'v1',
      name: '石嘴山科技馆',
      kind: 'science-center',
      district: '640202',
      districtName: '大武口区',
      address: '石嘴山市大武口区朝阳西街',
      location: { lat: 39.0135, lng: 106.3829 },
      openingHours: '周二至周日 9:00–17:00',
      checkinMode: 'screen',
      distanceM: null,
    },
  ],
  nextCursor: null,
};
const policyListAnswer = { items: allPolicies.map(toPolicySummary), nextCursor: null };
const contestListAnswer = {
  items: [
    {
      id: 'c1',
      title: '石嘴山市创新创业大赛',
      kind: 'startup',
      organizerName: '石嘴山市科学技术局',
      status: 'open',
      signupOpensAt: '2099-11-01T09:00:00+08:00',
      signupClosesAt: '2099-12-31T18:00:00+08:00',
      tracks: [{ id: 'materials', name: '新材料' }],
      entryCount: 3,
    },
  ],
  nextCursor: null,
};
const contestDetailAnswer = {
  ...contestListAnswer.items[0],
  description: '面向“六新”产业的创新创业项目。',
  teamMin: 1,
  teamMax: 3,
  groups: [{ id: 'startup', name: '初创组', rules: { registeredOnOrAfter: '2025-01-01' } }],
  rubric: [{ id: 'tech', label: '技术创新', weight: 100 }],
  rounds: [{ n: 1, name: '初赛', status: 'open' }],
};
const groupCheckAnswer = {
  groups: [
    {
      groupId: 'startup',
      verdict: 'incomplete',
      criteria: [{ id: 'registered', label: '注册时间', outcome: 'unknown', detail: '请填写成立日期' }],
      missingFields: ['establishedOn'],
    },
  ],
};

beforeAll(() => {
  if (!existsSync(path.join(dist, 'app.js'))) {
    throw new Error(`No WeChat build at ${dist}. Build it first: cd miniapp && npx taro build --type weapp`);
  }
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  // miniprogram-simulate renders into a DOM; Taro's own runtime never sees this window.
  for (const key of [
    'window',
    'document',
    'Node',
    'Element',
    'HTMLElement',
    'Event',
    'CustomEvent',
    'MutationObserver',
  ]) {
    g[key] = key === 'window' ? window : (window as unknown as Record<string, unknown>)[key];
  }
  installWeChatShims();
  simulate = require('miniprogram-simulate') as Simulate;
  // WeChat registers pages with Page(); simulate knows Component(). Taro's page config puts the
  // lifecycle on the top level, so expose it as methods and run onLoad/onShow when attached.
  const registerComponent = g.Component as (options: Record<string, unknown>) => void;
  g.Page = (config: Record<string, unknown>) => {
    const methods: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value;
    registerComponent({
      data: config.data,
      methods,
      lifetimes: {
        attached(this: Record<string, (o?: unknown) => void>) {
          this.onLoad?.({});
          this.onShow?.();
          this.onReady?.();
        },
      },
    });
  };
  require(path.join(dist, 'app.js'));
});

/** The page's text once `until` shows (data arrives asynchronously; a loaded machine is slow). */
async function renderPage(page: string, until: string): Promise<string> {
  const id = simulate.load(path.join(dist, page), 'page', { rootPath: dist });
  const component = simulate.render(id);
  component.attach(document.body);
  for (let waited = 0; waited < 4_000; waited += 100) {
    await simulate.sleep(100);
    if ((component.dom.textContent ?? '').includes(until)) break;
  }
  return component.dom.textContent ?? '';
}

/** Bytes WeChat counts for the main package: every file outside the subpackage roots, maps aside. */
function mainPackageBytes(): number {
  const appJson = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')) as {
    subPackages: Array<{ root: string }>;
  };
  const roots = new Set(appJson.subPackages.map((p) => path.join(dist, p.root)));
  const walk = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((bytes, entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return roots.has(full) ? bytes : bytes + walk(full);
      return entry.name.endsWith('.map') ? bytes : bytes + statSync(full).size;
    }, 0);
  return walk(dist);
}

describe('the built WeChat package', () => {
  it('keeps its main package within the 700 KB budget (scripts/bench/sizes.ts; npm run weapp:report)', () => {
    expect(mainPackageBytes()).toBeLessThanOrEqual(700 * 1024);
  });

  it('renders the home page', async () => {
    const text = await renderPage('pages/home/index', '石嘴山市科学技术局');
    expect(text).toContain('石嘴山科创');
    expect(text).toContain('石嘴山市科学技术局');
    expect(text).toContain('创新大赛');
  });

  it('renders the 我的 page with the WeChat login button', async () => {
    const text = await renderPage('pages/me/index', '用户隐私保护指引');
    expect(text).toContain('微信一键登录');
    expect(text).toContain('用户隐私保护指引');
  });

  it('renders the 活动 list with its filters and a seeded-looking event', async () => {
    eventListAnswer = {
      items: [
        {
          id: 'ev1',
          title: '石嘴山科技馆机器人讲座',
          category: 'lecture',
          district: '640202',
          districtName: '大武口区',
          venueName: '石嘴山科技馆',
          startAt: '2099-12-05T09:30:00+08:00',
          endAt: '2099-12-05T11:30:00+08:00',
          signupOpensAt: '2026-11-01T09:00:00+08:00',
          signupClosesAt: '2099-12-04T18:00:00+08:00',
          capacity: 100,
          seatsLeft: 12,
          waitlistOpen: true,
          status: 'published',
          coverUrl: null,
        },
      ],
      nextCursor: null,
    };
    const text = await renderPage('pages/events/index', '余 12 席');
    expect(text).toContain('科普活动');
    expect(text).toContain('惠农区');
    expect(text).toContain('本周');
    expect(text).toContain('石嘴山科技馆机器人讲座');
    expect(text).toContain('余 12 席');
  });

  it('renders the 政策 list with levels and verified badges', async () => {
    const text = await renderPage('pages/policies/index', '石嘴山市科技创新贷');
    expect(text).toContain('政策匹配自测');
    expect(text).toContain('高新技术企业认定');
    expect(text).toContain('国家级');
    expect(text).toContain('已核对');
    expect(text).toContain('待核对：以主管部门最新文件为准');
    expect(text).toContain('石嘴山市科技创新贷');
  });

  it('renders the eligibility form and the results on the phone', async () => {
    const text = await renderPage('packages/policies/match/index', '生成结果图片');
    expect(text).toContain('第 1 步（共 6 步）：基本信息');
    expect(text).toContain('统一社会信用代码');
    expect(text).toContain('信息不全');
    expect(text).toContain('生成结果图片');
  });

  it('renders the 场馆 tab with its filters and a venue', async () => {
    const text = await renderPage('pages/venues/index', '周二至周日 9:00–17:00');
    expect(text).toContain('科普场馆');
    expect(text).toContain('科普教育基地');
    expect(text).toContain('离我最近的场馆');
    expect(text).toContain('石嘴山科技馆');
    expect(text).toContain('周二至周日 9:00–17:00');
  });

  it('renders the privacy guide from its subpackage', async () => {
    const text = await renderPage('packages/account/privacy/index', '2026年12月1日');
    expect(text).toContain('石嘴山市科学技术局');
    expect(text).toContain('2026年12月1日');
  });

  it('renders the 创新大赛 list from its subpackage', async () => {
    const text = await renderPage('packages/contests/list/index', '石嘴山市创新创业大赛');
    expect(text).toContain('石嘴山市创新创业大赛');
    expect(text).toContain('新材料');
  });

  it('renders a contest with its groups and the group check, which reuses the policy form', async () => {
    // The simulator opens a page without its query, so the page asks for contest '' here.
    // The group check asks the server once the figures have settled (500 ms).
    const text = await renderPage('packages/contests/detail/index', '请填写成立日期');
    expect(text).toContain('企业在2025年1月1日及以后注册成立');
    expect(text).toContain('检查我属于哪个组别');
    expect(text).toContain('请填写成立日期');
  });

  it('loads the ticket page from its subpackage, QR encoder and all, and asks a signed-out person to sign in', async () => {
    const text = await renderPage('packages/tickets/registration/index', '请先登录，再查看您的报名');
    expect(text).toContain('请先登录，再查看您的报名');
    expect(text).toContain('去登录');
  });

  it('loads the 数据看板 subpackage, chart library and all, and asks a signed-out person to sign in', async () => {
    const text = await renderPage('packages/stats/overview/index', '请先登录管理员账号');
    expect(text).toContain('请先登录管理员账号');
    expect(text).toContain('去登录');
  });
});
