// Events as the API answers them, for page tests. Times are relative to now so states hold.
import type { Event, EventSummary, MyRegistration, Registration, User } from '@szkc/shared';
import { toShanghaiIso } from '@szkc/shared';
import { fakeStorage, setApiHandler, type FakeRequest, type FakeResponse } from './taro-double';

const hour = 60 * 60 * 1000;
export const at = (hoursFromNow: number) => toShanghaiIso(Date.now() + hoursFromNow * hour);

export function summary(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    id: 'ev1',
    title: '走进石嘴山科技馆：机器人科普讲座',
    category: 'lecture',
    district: '640202',
    districtName: '大武口区',
    venueName: '石嘴山科技馆',
    startAt: at(72),
    endAt: at(74),
    signupOpensAt: at(-24),
    signupClosesAt: at(48),
    capacity: 100,
    seatsLeft: 40,
    waitlistOpen: true,
    status: 'published',
    coverUrl: null,
    ...overrides,
  };
}

export function event(overrides: Partial<Event> = {}): Event {
  return {
    ...summary(),
    description: '机器人如何看见世界？适合 8 岁以上儿童与家长。',
    address: '石嘴山市大武口区世纪大道',
    location: { lat: 39.01, lng: 106.38 },
    maxPartySize: 4,
    waitlistLimit: 20,
    organizerName: '石嘴山市科学技术局',
    myRegistration: null,
    ...overrides,
  };
}

export function registration(overrides: Partial<Registration> = {}): Registration {
  return {
    id: 'reg1',
    eventId: 'ev1',
    status: 'confirmed',
    partySize: 3,
    waitlistPosition: null,
    checkedInAt: null,
    ticket: 'v1.ev1.reg1.SIGNATURE-AB12CD',
    createdAt: at(-1),
    ...overrides,
  };
}

export const myRegistration = (overrides: Partial<MyRegistration> = {}): MyRegistration => ({
  ...registration(),
  event: summary(),
  ...overrides,
});

export const citizen: User = { id: 'u1', nickname: '市民小李', roles: ['citizen'], phoneMasked: null };

type Route = (request: FakeRequest) => FakeResponse | undefined;

/** Signs in (stored token + GET /me) and answers other calls from the routes, in order. */
export function signedInAs(user: User, ...routes: Route[]): FakeRequest[] {
  fakeStorage.set('szkc.token', 'tok-1');
  return answer(...routes, (request) =>
    request.url === 'http://api.test/me' ? { statusCode: 200, data: user } : undefined,
  );
}

/** Answers calls from the routes; records every request. */
export function answer(...routes: Route[]): FakeRequest[] {
  const requests: FakeRequest[] = [];
  setApiHandler((request) => {
    requests.push(request);
    for (const route of routes) {
      const response = route(request);
      if (response) return response;
    }
    return { statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '内容不存在' } } };
  });
  return requests;
}

export const conflict = (code: string, message: string): FakeResponse => ({
  statusCode: 409,
  data: { error: { code, message } },
});
