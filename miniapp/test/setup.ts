import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetTaroDouble } from './taro-double';

beforeEach(() => resetTaroDouble());
afterEach(() => cleanup());
