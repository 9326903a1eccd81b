// globalTeardown of every project with a globalSetup: jest runs one teardown module once, so this
// one stops whatever each project's globalSetup started (global-setup.mjs).
import { runTeardowns } from './global-setup.mjs';

export default runTeardowns;
