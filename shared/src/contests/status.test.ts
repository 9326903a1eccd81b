import { contestStatus } from './status';

const day = 24 * 3600 * 1000;
const now = Date.parse('2026-12-02T12:00:00+08:00');
const contest = (overrides: Partial<Parameters<typeof contestStatus>[0]> = {}) => ({
  published: true,
  signupOpensAt: '2026-12-01T09:00:00+08:00',
  signupClosesAt: '2026-12-10T18:00:00+08:00',
  rounds: [{ status: 'open' as const }, { status: 'open' as const }],
  reviewStarted: false,
  ...overrides,
});

describe('a contest status', () => {
  it('follows publication, the signup window and the rounds', () => {
    expect(contestStatus(contest({ published: false }), now)).toBe('draft');
    expect(contestStatus(contest(), now - 2 * day)).toBe('upcoming');
    expect(contestStatus(contest(), now)).toBe('open');
    expect(contestStatus(contest(), now + 10 * day)).toBe('closed');
    expect(contestStatus(contest({ reviewStarted: true }), now + 10 * day)).toBe('reviewing');
    expect(
      contestStatus(contest({ rounds: [{ status: 'closed' }, { status: 'open' }] }), now + 10 * day),
    ).toBe('reviewing');
    expect(
      contestStatus(contest({ rounds: [{ status: 'closed' }, { status: 'closed' }] }), now + 10 * day),
    ).toBe('finished');
  });

  it('opens at signupOpensAt and closes at signupClosesAt exactly', () => {
    expect(contestStatus(contest(), Date.parse('2026-12-01T09:00:00+08:00'))).toBe('open');
    expect(contestStatus(contest(), Date.parse('2026-12-10T18:00:00+08:00'))).toBe('closed');
  });
});
