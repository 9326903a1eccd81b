import { cleanup } from '@testing-library/react';
import { resetTaroDouble } from './taro-double';

beforeEach(() => resetTaroDouble());
afterEach(() => cleanup());
