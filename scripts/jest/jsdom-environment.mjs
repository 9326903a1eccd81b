// jest-environment-jsdom with the project's `env` and `hookTimeout` (see node-environment.mjs).
import JSDOMEnvironment from 'jest-environment-jsdom';
import { withVitestOptions } from './node-environment.mjs';

export default withVitestOptions(JSDOMEnvironment);
