import Taro from '@tarojs/taro';

const tokenKey = 'szkc.token';

export function loadToken(): string | null {
  try {
    const token: unknown = Taro.getStorageSync(tokenKey);
    return typeof token === 'string' && token ? token : null;
  } catch {
    return null;
  }
}

export function saveToken(token: string): void {
  Taro.setStorageSync(tokenKey, token);
}

export function clearToken(): void {
  try {
    Taro.removeStorageSync(tokenKey);
  } catch {
    // Storage unavailable: nothing was kept either.
  }
}
