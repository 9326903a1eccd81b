// Jest's own runner, one test file at a time (vitest's `fileParallelism: false`): the stack
// project's files share one local stack and one machine's chromium. Jest runs this runner's files
// after those of the default runner, in its main process.
import TestRunner from 'jest-runner';

export default class SerialRunner extends TestRunner {
  isSerial = true;
}
