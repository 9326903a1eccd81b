import { cleanup } from '@testing-library/react';
import { resetTaroDouble } from './taro-double';

beforeEach(() => resetTaroDouble());
afterEach(() => cleanup());

// jsdom has no canvas (it logs "Not implemented" for each getContext): answer as a browser
// without one does. The QR pages draw nothing then, and still show the code as text. (The weapp
// smoke test picks its own environment, without a DOM.)
if (typeof HTMLCanvasElement !== 'undefined')
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
