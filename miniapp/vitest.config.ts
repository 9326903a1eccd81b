import path from 'node:path';
import { defineProject } from 'vitest/config';

// Page tests run the real pages against small doubles of Taro's API and components
// (@tarojs/test-utils-react does not work with Taro 4.2). The weapp smoke test loads the built
// package instead and picks its own environment.
export default defineProject({
  resolve: {
    alias: {
      '@tarojs/taro': path.resolve(__dirname, 'test/taro-double.ts'),
      '@tarojs/components': path.resolve(__dirname, 'test/components-double.tsx'),
    },
  },
  test: {
    name: 'miniapp',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    // What an H5 build for the local stack sees.
    env: { TARO_ENV: 'h5', TARO_APP_DEV_LOGIN: '1', TARO_APP_API_BASE: 'http://api.test' },
    setupFiles: ['test/setup.ts'],
    restoreMocks: false,
  },
});
