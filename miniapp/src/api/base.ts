const fallbackBase = 'http://127.0.0.1:3000';

/**
 * The API origin. On H5 the static server may inject `window.__API_BASE__` into index.html, so
 * one build serves any stack; otherwise (and always on WeChat) the value baked in at build time.
 */
export function apiBase(): string {
  let base = process.env.TARO_APP_API_BASE || fallbackBase;
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && window.__API_BASE__) {
    base = window.__API_BASE__;
  }
  return base.replace(/\/+$/, '');
}

/** The dev login form exists only in builds made for the local stack, never in production. */
export const devLoginEnabled = process.env.TARO_APP_DEV_LOGIN === '1';
