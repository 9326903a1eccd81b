// The stack project's globalSetup: stack-global-setup.ts, loaded as an ES module (see scripts/jest/global-setup.mjs).
import { globalSetup } from '../../scripts/jest/global-setup.mjs';

export default globalSetup(new URL('./stack-global-setup.ts', import.meta.url));
