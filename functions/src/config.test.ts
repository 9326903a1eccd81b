// A deployed stage reads its secrets from SSM: once, kept for 15 minutes, a failure not kept.
import { jest } from '@jest/globals';

const sent: string[] = [];
let fail = false;
jest.unstable_mockModule('@aws-sdk/client-ssm', () => ({
  GetParameterCommand: class {
    constructor(readonly input: { Name: string; WithDecryption: boolean }) {}
  },
  SSMClient: class {
    async send(command: { input: { Name: string; WithDecryption: boolean } }) {
      sent.push(`${command.input.Name}:${command.input.WithDecryption}`);
      if (fail) throw new Error('ssm unreachable');
      return { Parameter: { Value: `secret-of-${command.input.Name}` } };
    }
  },
}));

beforeAll(() => {
  process.env.STAGE = 'prod';
  process.env.JWT_SECRET = 'never-read-on-prod';
  process.env.JWT_SECRET_PARAM = '/szkc/prod/jwt-secret';
});

it('reads a secret from SSM once, decrypted, and asks again after a failure', async () => {
  const { jwtSecret } = await import('./config');
  fail = true;
  await expect(jwtSecret()).rejects.toThrow('ssm unreachable');
  fail = false;
  expect(await jwtSecret()).toBe('secret-of-/szkc/prod/jwt-secret');
  expect(await jwtSecret()).toBe('secret-of-/szkc/prod/jwt-secret');
  expect(sent).toEqual(['/szkc/prod/jwt-secret:true', '/szkc/prod/jwt-secret:true']);
});
