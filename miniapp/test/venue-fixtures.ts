// Venues as the API answers them, for page tests.
import { shanghaiDate } from '@szkc/shared';
import type { Passport, Venue, VenueCheckin, VenueSummary } from '../src/venues/schemas';
import type { FakeResponse } from './taro-double';

export function venueSummary(overrides: Partial<VenueSummary> = {}): VenueSummary {
  return {
    id: 'v1',
    name: '石嘴山科技馆',
    kind: 'science-center',
    district: '640202',
    districtName: '大武口区',
    address: '石嘴山市大武口区朝阳西街',
    location: { lat: 39.0135, lng: 106.3829 },
    openingHours: '周二至周日 9:00–17:00',
    checkinMode: 'screen',
    distanceM: null,
    ...overrides,
  };
}

export function venue(overrides: Partial<Venue> = {}): Venue {
  return {
    ...venueSummary(),
    description: '宁夏北部规模最大的综合性科技馆，设有机器人、航天和矿山主题展厅。',
    radiusM: 300,
    phone: '0952-2012345',
    upcomingEvents: [],
    ...overrides,
  };
}

export function checkin(overrides: Partial<VenueCheckin> = {}): VenueCheckin {
  return {
    id: 'c1',
    venueId: 'v1',
    day: shanghaiDate(),
    checkedInAt: new Date().toISOString(),
    alreadyCheckedIn: false,
    newBadges: [],
    ...overrides,
  };
}

export function passport(overrides: Partial<Passport> = {}): Passport {
  return {
    visits: 0,
    venues: 0,
    districts: [],
    stamps: [],
    badges: [],
    next: [
      { id: 'first-visit', name: '初次打卡', progress: 0, target: 1 },
      { id: 'five-venues', name: '五馆探索家', progress: 0, target: 5 },
    ],
    ...overrides,
  };
}

export const ok = (data: unknown, statusCode = 200): FakeResponse => ({ statusCode, data });

export const refused = (code: string, message: string, details?: Record<string, unknown>): FakeResponse => ({
  statusCode: 422,
  data: { error: { code, message, ...(details ? { details } : {}) } },
});
