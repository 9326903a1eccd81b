// A small stand-in for @tarojs/taro in page tests: storage in memory, requests answered by a
// handler the test sets, modals answered from a queue, and every call recorded.
import { vi } from 'vitest';

export interface FakeRequest {
  method: string;
  url: string;
  data: unknown;
  header: Record<string, string>;
}
export interface FakeResponse {
  statusCode: number;
  data?: unknown;
}
type ApiHandler = (request: FakeRequest) => FakeResponse | Promise<FakeResponse>;

const notFound: ApiHandler = () => ({
  statusCode: 404,
  data: { error: { code: 'NOT_FOUND', message: '内容不存在' } },
});

let apiHandler: ApiHandler = notFound;
let modalAnswers: boolean[] = [];
const storage = new Map<string, unknown>();

/** Answers every Taro.request; throw from it to simulate a network failure. */
export function setApiHandler(handler: ApiHandler): void {
  apiHandler = handler;
}

/** Answers for the next Taro.showModal calls, in order (confirm = true). Default: cancel. */
export function answerModals(...answers: boolean[]): void {
  modalAnswers = answers;
}

export const fakeStorage = storage;

export function resetTaroDouble(): void {
  apiHandler = notFound;
  modalAnswers = [];
  storage.clear();
  vi.clearAllMocks();
}

const Taro = {
  request: vi.fn(async (options: { url: string; method?: string; data?: unknown; header?: Record<string, string> }) => {
    const response = await apiHandler({
      method: options.method ?? 'GET',
      url: options.url,
      data: options.data,
      header: options.header ?? {},
    });
    return { statusCode: response.statusCode, data: response.data ?? '', header: {}, errMsg: 'request:ok' };
  }),
  getStorageSync: vi.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: vi.fn((key: string, value: unknown) => void storage.set(key, value)),
  removeStorageSync: vi.fn((key: string) => void storage.delete(key)),
  login: vi.fn(async () => ({ code: 'wx-code', errMsg: 'login:ok' })),
  showModal: vi.fn(async (_options: { title?: string; content?: string }) => {
    const confirm = modalAnswers.shift() ?? false;
    return { confirm, cancel: !confirm, errMsg: 'showModal:ok' };
  }),
  showToast: vi.fn(async (_options: { title: string; icon?: string }) => ({ errMsg: 'showToast:ok' })),
  showLoading: vi.fn(async () => ({ errMsg: 'showLoading:ok' })),
  hideLoading: vi.fn(async () => ({ errMsg: 'hideLoading:ok' })),
  navigateTo: vi.fn(async (_options: { url: string }) => ({ errMsg: 'navigateTo:ok' })),
  switchTab: vi.fn(async (_options: { url: string }) => ({ errMsg: 'switchTab:ok' })),
  setClipboardData: vi.fn(async (_options: { data: string }) => ({ errMsg: 'setClipboardData:ok' })),
};

export default Taro;
