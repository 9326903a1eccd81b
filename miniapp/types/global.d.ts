/// <reference types="@tarojs/taro" />

declare module '*.css';
declare module '*.png';
declare module '*.svg';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'harmony' | 'rn';
    /** API origin baked in at build time (H5 may override it at run time, see src/api/base.ts). */
    TARO_APP_API_BASE: string;
    /** '1' only in builds for the local stack: shows the dev login form. */
    TARO_APP_DEV_LOGIN: string;
    /** Comma-separated subscribe-message template ids; empty: never ask. */
    TARO_APP_SUBSCRIBE_TEMPLATES?: string;
  }
}

interface Window {
  /** Injected into index.html by the local static server. */
  __API_BASE__?: string;
  /** H5: first GETs index.html started, by URL (src/early/script.ts). */
  __EARLY_GETS__?: Record<string, Promise<import('../src/early/take').EarlyAnswer | null>>;
}
