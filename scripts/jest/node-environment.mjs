// Jest's node environment with two things vitest projects had and jest lacks, both given in the
// project's testEnvironmentOptions (jest.config.mjs):
// - `env`: variables set in each test file's process.env before its modules load;
// - `hookTimeout`: the timeout of a beforeAll/beforeEach/afterAll/afterEach that names none
//   (jest otherwise gives hooks the test timeout);
// - `testTimeout`: the same for tests (jest's own `testTimeout` is global, not per project).
import NodeEnvironment from 'jest-environment-node';

/**
 * @template {new (...args: any[]) => any} Base
 * @param {Base} Base
 */
export function withVitestOptions(Base) {
  return class extends Base {
    /** @param {any} config @param {any} context */
    constructor(config, context) {
      const { env = {}, hookTimeout, testTimeout, ...options } = config.projectConfig.testEnvironmentOptions;
      super(
        { ...config, projectConfig: { ...config.projectConfig, testEnvironmentOptions: options } },
        context,
      );
      Object.assign(this.global.process.env, env);
      this.hookTimeout = hookTimeout;
      this.testTimeout = testTimeout;
    }

    /** @param {any} event @param {any} state */
    handleTestEvent(event, state) {
      // The hook was just added to the block being declared; give it the default timeout.
      if (event.name === 'add_hook' && event.timeout === undefined && this.hookTimeout) {
        state.currentDescribeBlock.hooks.at(-1).timeout = this.hookTimeout;
      }
      if (event.name === 'add_test' && event.timeout === undefined && this.testTimeout) {
        const test = state.currentDescribeBlock.children.at(-1);
        if (test?.type === 'test') test.timeout = this.testTimeout;
      }
      return super.handleTestEvent?.(event, state);
    }
  };
}

export default withVitestOptions(NodeEnvironment);
