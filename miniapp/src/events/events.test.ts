import { event, registration } from '../../test/event-fixtures';
import { byEventDate } from './dateOrder';
import { dateRange } from './dateRanges';
import { qrMatrix } from './qrMatrix';
import { seatLabel } from './seats';
import { signupState } from './signupState';
import { formatTimeRange } from './time';

describe('seatLabel', () => {
  const window = { signupOpensAt: '2026-01-01T09:00:00+08:00', signupClosesAt: '2099-01-01T09:00:00+08:00' };

  it('says when signup opens or that it is over instead of the seats left', () => {
    const facts = { seatsLeft: 40, capacity: 100, waitlistOpen: true, status: 'published' as const };
    const now = Date.parse('2026-12-02T10:00:00+08:00');
    expect(
      seatLabel(
        { ...facts, signupOpensAt: '2026-12-05T09:00:00+08:00', signupClosesAt: '2026-12-09T18:00:00+08:00' },
        now,
      ),
    ).toEqual({ text: '12月5日 周六 09:00 开始报名', tone: 'closed' });
    expect(
      seatLabel(
        { ...facts, signupOpensAt: '2026-11-05T09:00:00+08:00', signupClosesAt: '2026-12-02T10:00:00+08:00' },
        now,
      ),
    ).toEqual({ text: '报名已截止', tone: 'closed' });
  });

  it('says how many seats are left, when it is full and when a waitlist is open', () => {
    expect(
      seatLabel({ seatsLeft: 40, capacity: 100, waitlistOpen: true, status: 'published', ...window }),
    ).toEqual({
      text: '余 40 席',
      tone: 'open',
    });
    expect(
      seatLabel({ seatsLeft: 3, capacity: 100, waitlistOpen: true, status: 'published', ...window }).tone,
    ).toBe('few');
    expect(
      seatLabel({ seatsLeft: 0, capacity: 100, waitlistOpen: true, status: 'published', ...window }).text,
    ).toBe('已满·可候补');
    expect(
      seatLabel({ seatsLeft: 0, capacity: 100, waitlistOpen: false, status: 'published', ...window }).text,
    ).toBe('已满');
    expect(
      seatLabel({ seatsLeft: 9, capacity: 100, waitlistOpen: false, status: 'cancelled', ...window }).text,
    ).toBe('活动已取消');
  });
});

describe('dateRange', () => {
  // 2026-12-02 is a Wednesday; 10:00 in Shanghai.
  const now = Date.parse('2026-12-02T02:00:00Z');
  it('runs from the start of today to the end of today, Sunday or the month, in Shanghai', () => {
    expect(dateRange('all', now)).toEqual({});
    expect(dateRange('today', now)).toEqual({
      from: '2026-12-02T00:00:00+08:00',
      to: '2026-12-02T23:59:59+08:00',
    });
    expect(dateRange('week', now)).toEqual({
      from: '2026-12-02T00:00:00+08:00',
      to: '2026-12-06T23:59:59+08:00',
    });
    expect(dateRange('month', now)).toEqual({
      from: '2026-12-02T00:00:00+08:00',
      to: '2026-12-31T23:59:59+08:00',
    });
  });
  it('treats Sunday as the last day of the week and uses the Shanghai date near midnight UTC', () => {
    const sundayNight = Date.parse('2026-12-06T15:30:00Z'); // 23:30 Sunday in Shanghai
    expect(dateRange('week', sundayNight).to).toBe('2026-12-06T23:59:59+08:00');
    const mondayEarly = Date.parse('2026-12-06T16:30:00Z'); // 00:30 Monday in Shanghai
    expect(dateRange('week', mondayEarly)).toEqual({
      from: '2026-12-07T00:00:00+08:00',
      to: '2026-12-13T23:59:59+08:00',
    });
  });
});

describe('signupState', () => {
  const now = Date.now();
  it('puts an own registration first, then cancellation, window and seats', () => {
    expect(signupState(event({ myRegistration: registration() }), now).kind).toBe('confirmed');
    expect(signupState(event({ myRegistration: registration({ status: 'cancelled' }) }), now).kind).toBe(
      'open',
    );
    expect(signupState(event({ status: 'cancelled' }), now).kind).toBe('cancelled');
    expect(signupState(event({ signupOpensAt: new Date(now + 3600e3).toISOString() }), now).kind).toBe(
      'notOpen',
    );
    expect(signupState(event({ signupClosesAt: new Date(now - 1000).toISOString() }), now).kind).toBe(
      'closed',
    );
    expect(signupState(event({ seatsLeft: 0, waitlistOpen: true }), now).kind).toBe('waitlist');
    expect(signupState(event({ seatsLeft: 0, waitlistOpen: false }), now).kind).toBe('full');
  });
});

describe('formatTimeRange', () => {
  it('writes one day once and spans in full', () => {
    expect(formatTimeRange('2026-12-05T09:30:00+08:00', '2026-12-05T11:30:00+08:00')).toBe(
      '12月5日 周六 09:30–11:30',
    );
    expect(formatTimeRange('2026-12-05T09:30:00+08:00', '2026-12-06T17:00:00+08:00')).toBe(
      '12月5日 周六 09:30 至 12月6日 周日 17:00',
    );
  });
});

describe('qrMatrix', () => {
  it('encodes a ticket into a square QR matrix with finder patterns, without TextEncoder', () => {
    const original = globalThis.TextEncoder;
    // The WeChat runtime may not have it: the encoder must not need it.
    (globalThis as { TextEncoder?: unknown }).TextEncoder = undefined;
    try {
      const matrix = qrMatrix('v1.01JEXAMPLE.01JREG.abcdefghijklmnopqrstuvwxyz0123456789-_');
      expect(matrix.length).toBeGreaterThanOrEqual(25);
      expect(matrix.every((row) => row.length === matrix.length)).toBe(true);
      // Top-left finder: a dark 7x7 ring.
      expect(matrix[0]!.slice(0, 7)).toEqual([true, true, true, true, true, true, true]);
      expect(matrix[1]![1]).toBe(false);
    } finally {
      globalThis.TextEncoder = original;
    }
  });
});

describe('byEventDate', () => {
  const now = Date.parse('2026-12-05T12:00:00+08:00');
  const at = (id: string, startAt: string, endAt: string) => ({ id, startAt, endAt });
  it('puts events to come soonest first, then those over latest first', () => {
    const items = [
      at('past-old', '2026-11-01T09:00:00+08:00', '2026-11-01T11:00:00+08:00'),
      at('later', '2026-12-20T09:00:00+08:00', '2026-12-20T11:00:00+08:00'),
      at('now', '2026-12-05T09:00:00+08:00', '2026-12-05T17:00:00+08:00'),
      at('past-recent', '2026-12-04T09:00:00+08:00', '2026-12-04T11:00:00+08:00'),
      at('soon', '2026-12-06T09:00:00+08:00', '2026-12-06T11:00:00+08:00'),
    ];
    expect(byEventDate(items, (item) => item, now).map((item) => item.id)).toEqual([
      'now',
      'soon',
      'later',
      'past-recent',
      'past-old',
    ]);
  });
});
