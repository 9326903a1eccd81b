// A small stand-in for @tarojs/taro in page tests: storage in memory, requests answered by a
// handler the test sets, modals answered from a queue, and every call recorded.
import { useEffect, useRef } from 'react';
import { jest } from '@jest/globals';

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
let pickedFiles: Array<{ path: string; name: string; size: number; type: string }> | null = null;
let uploadStatus = 204;

/** What the next Taro.chooseMessageFile returns; null: the person backs out. */
export function pickChatFiles(files: Array<{ path: string; name: string; size: number }> | null): void {
  pickedFiles = files && files.map((file) => ({ ...file, type: 'file' }));
}

/** The status the storage answers the next Taro.uploadFile with; 0 for a network failure. */
export function answerUploads(statusCode: number): void {
  uploadStatus = statusCode;
}

/** What the next Taro.getLocation calls give: a fix, or an error (errMsg as WeChat words it). */
export type FakeLocation = { latitude: number; longitude: number; accuracy: number } | { errMsg: string };
let locationAnswer: FakeLocation = { errMsg: 'getLocation:fail auth deny' };
/** What Taro.scanCode gives: the text of the code, or an error. */
let scanAnswer: { result: string } | { errMsg: string } = { errMsg: 'scanCode:fail cancel' };

export function setLocation(answer: FakeLocation): void {
  locationAnswer = answer;
}

export function setScanResult(answer: { result: string } | { errMsg: string }): void {
  scanAnswer = answer;
}
let modalAnswers: boolean[] = [];
const windowListeners = new Map<unknown, () => void>();
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

// Page lifecycle hooks: useDidShow/useLoad run once on mount; pull-down and reach-bottom
// callbacks are kept so a test can fire them.
let routerParams: Record<string, string> = {};
// The page under test and how many pages the stack holds: none by default, so no H5 title bar.
let routerPath = '';
let pageStack = 1;
const pageCallbacks: { pullDownRefresh?: () => void; reachBottom?: () => void } = {};

/** The query of the page under test, as useRouter().params returns it. */
export function setRouterParams(params: Record<string, string>): void {
  routerParams = params;
}

/** The page under test (`/pages/events/detail/index`) and how deep the page stack is. */
export function setRouterPath(path: string, stackDepth = 1): void {
  routerPath = path;
  pageStack = stackDepth;
}

export function pullDownRefresh(): void {
  pageCallbacks.pullDownRefresh?.();
}

export function reachBottom(): void {
  pageCallbacks.reachBottom?.();
}

function useOnMount(callback: () => void) {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => latest.current(), []);
}

export const useDidShow = (callback: () => void) => useOnMount(callback);
export const useLoad = (callback: (params: Record<string, string>) => void) =>
  useOnMount(() => callback(routerParams));
export const useRouter = () => ({ params: routerParams, path: routerPath });
export const useDidHide = (_callback: () => void) => undefined;
export const usePullDownRefresh = (callback: () => void) => void (pageCallbacks.pullDownRefresh = callback);
export const useReachBottom = (callback: () => void) => void (pageCallbacks.reachBottom = callback);
export const useShareAppMessage = jest.fn();

export function resetTaroDouble(): void {
  apiHandler = notFound;
  modalAnswers = [];
  pickedFiles = null;
  uploadStatus = 204;
  locationAnswer = { errMsg: 'getLocation:fail auth deny' };
  scanAnswer = { errMsg: 'scanCode:fail cancel' };
  storage.clear();
  routerParams = {};
  routerPath = '';
  pageStack = 1;
  pageCallbacks.pullDownRefresh = undefined;
  pageCallbacks.reachBottom = undefined;
  jest.clearAllMocks();
}

const Taro = {
  request: jest.fn(
    async (options: { url: string; method?: string; data?: unknown; header?: Record<string, string> }) => {
      const response = await apiHandler({
        method: options.method ?? 'GET',
        url: options.url,
        data: options.data,
        header: options.header ?? {},
      });
      return { statusCode: response.statusCode, data: response.data ?? '', header: {}, errMsg: 'request:ok' };
    },
  ),
  getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown) => void storage.set(key, value)),
  removeStorageSync: jest.fn((key: string) => void storage.delete(key)),
  login: jest.fn(async () => ({ code: 'wx-code', errMsg: 'login:ok' })),
  showModal: jest.fn(
    async (options: { title?: string; content?: string; confirmText?: string; cancelText?: string }) => {
      // WeChat and Taro's H5 refuse button texts over 4 Chinese characters (the modal never shows).
      for (const text of [options.confirmText, options.cancelText]) {
        if (text && text.replace(/[\u0391-\uFFE5]/g, 'aa').length > 8)
          throw { errMsg: `showModal:fail ${text} is longer than 4 Chinese characters` };
      }
      const confirm = modalAnswers.shift() ?? false;
      return { confirm, cancel: !confirm, errMsg: 'showModal:ok' };
    },
  ),
  showToast: jest.fn(async (_options: { title: string; icon?: string }) => ({ errMsg: 'showToast:ok' })),
  showLoading: jest.fn(async () => ({ errMsg: 'showLoading:ok' })),
  hideLoading: jest.fn(async () => ({ errMsg: 'hideLoading:ok' })),
  navigateTo: jest.fn(async (_options: { url: string }) => ({ errMsg: 'navigateTo:ok' })),
  switchTab: jest.fn(async (_options: { url: string }) => ({ errMsg: 'switchTab:ok' })),
  setClipboardData: jest.fn(async (_options: { data: string }) => ({ errMsg: 'setClipboardData:ok' })),
  redirectTo: jest.fn(async (_options: { url: string }) => ({ errMsg: 'redirectTo:ok' })),
  getCurrentPages: jest.fn(() => Array.from({ length: pageStack }, () => ({}))),
  navigateBack: jest.fn(async () => ({ errMsg: 'navigateBack:ok' })),
  stopPullDownRefresh: jest.fn(),
  setNavigationBarTitle: jest.fn(async () => ({ errMsg: 'setNavigationBarTitle:ok' })),
  requestSubscribeMessage: jest.fn(async () => ({ errMsg: 'requestSubscribeMessage:ok' })),
  scanCode: jest.fn(async (_options?: { onlyFromCamera?: boolean; scanType?: string[] }) => {
    if ('errMsg' in scanAnswer) throw { errMsg: scanAnswer.errMsg };
    return { result: scanAnswer.result, errMsg: 'scanCode:ok' };
  }),
  getLocation: jest.fn(async (_options: { type?: string; isHighAccuracy?: boolean }) => {
    if ('errMsg' in locationAnswer) throw { errMsg: locationAnswer.errMsg };
    return { ...locationAnswer, errMsg: 'getLocation:ok' };
  }),
  openSetting: jest.fn(async () => ({ authSetting: {}, errMsg: 'openSetting:ok' })),
  makePhoneCall: jest.fn(async (_options: { phoneNumber: string }) => ({ errMsg: 'makePhoneCall:ok' })),
  setKeepScreenOn: jest.fn(async (_options: { keepScreenOn: boolean }) => ({ errMsg: 'setKeepScreenOn:ok' })),
  openLocation: jest.fn(async () => ({ errMsg: 'openLocation:ok' })),
  addPhoneCalendar: jest.fn(async () => ({ errMsg: 'addPhoneCalendar:ok' })),
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  pageScrollTo: jest.fn(async (_options: { selector?: string; scrollTop?: number }) => ({
    errMsg: 'pageScrollTo:ok',
  })),
  canIUse: jest.fn((_schema: string) => true),
  // The window: jsdom's size; a test resizes it with window.innerWidth and a resize event.
  getWindowInfo: jest.fn(() => ({
    windowWidth: window.innerWidth,
    windowHeight: window.innerHeight,
    pixelRatio: 2,
  })),
  onWindowResize: jest.fn((listener: (result: { size: { windowWidth: number } }) => void) => {
    // As Taro's H5 does: the screen's size, flat, no `size` (the hook reads the window again).
    const wrapped = () => (listener as unknown as (result: object) => void)({ windowWidth: screen.width });
    windowListeners.set(listener, wrapped);
    window.addEventListener('resize', wrapped);
  }),
  offWindowResize: jest.fn((listener: (result: { size: { windowWidth: number } }) => void) => {
    const wrapped = windowListeners.get(listener);
    if (wrapped) window.removeEventListener('resize', wrapped);
    windowListeners.delete(listener);
  }),
  // Files: what the next chooseMessageFile picks and how the next uploadFile ends, set by the test.
  chooseMessageFile: jest.fn(async (_options: { count: number; type: string; extension?: string[] }) => {
    if (!pickedFiles) throw new Error('chooseMessageFile:fail cancel');
    return { tempFiles: pickedFiles, errMsg: 'chooseMessageFile:ok' };
  }),
  uploadFile: jest.fn(
    (options: {
      url: string;
      filePath: string;
      name: string;
      formData?: Record<string, string>;
      success?: (result: { statusCode: number; data: string }) => void;
      fail?: (error: { errMsg: string }) => void;
    }) => {
      const listeners: Array<(update: { progress: number }) => void> = [];
      setTimeout(() => {
        listeners.forEach((listener) => listener({ progress: 100 }));
        if (uploadStatus === 0) options.fail?.({ errMsg: 'uploadFile:fail' });
        else options.success?.({ statusCode: uploadStatus, data: '' });
      }, 0);
      return {
        onProgressUpdate: (listener: (update: { progress: number }) => void) => void listeners.push(listener),
      };
    },
  ),
  downloadFile: jest.fn(async (_options: { url: string }) => ({
    statusCode: 200,
    tempFilePath: 'wxfile://tmp/plan.pdf',
    errMsg: 'downloadFile:ok',
  })),
  openDocument: jest.fn(async (_options: { filePath: string; fileType?: string; showMenu?: boolean }) => ({
    errMsg: 'openDocument:ok',
  })),
};

export default Taro;
