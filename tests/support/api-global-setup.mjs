// The api project's globalSetup: api-global-setup.ts, loaded as an ES module (see scripts/jest/global-setup.mjs).
import { globalSetup } from '../../scripts/jest/global-setup.mjs';

export default globalSetup(new URL('./api-global-setup.ts', import.meta.url));
