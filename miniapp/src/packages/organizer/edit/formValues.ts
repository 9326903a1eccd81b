import {
  eventCreateSchema,
  parseIsoInstant,
  shanghaiDate,
  toShanghaiIso,
  type DistrictCode,
  type Event,
  type EventCategory,
  type EventCreate,
  type EventPatch,
} from '@szkc/shared';

export const timeFields = ['startAt', 'endAt', 'signupOpensAt', 'signupClosesAt'] as const;
type TimeField = (typeof timeFields)[number];
export const timeFieldNames: Record<TimeField, string> = {
  startAt: '活动开始',
  endAt: '活动结束',
  signupOpensAt: '报名开始',
  signupClosesAt: '报名截止',
};

/** What the form edits: text as typed, times as a Shanghai date and clock. */
export interface FormValues {
  title: string;
  description: string;
  category: EventCategory | '';
  district: DistrictCode | '';
  venueName: string;
  address: string;
  coverUrl: string;
  lat: string;
  lng: string;
  times: Record<TimeField, { date: string; time: string }>;
  capacity: string;
  waitlistLimit: string;
  maxPartySize: string;
}

export type FieldErrors = Partial<Record<keyof EventCreate | 'lat' | 'lng' | 'form', string>>;

const dayMs = 24 * 60 * 60 * 1000;
const split = (iso: string) => {
  const wall = toShanghaiIso(parseIsoInstant(iso) ?? 0);
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
};

/** A new event a week ahead, 09:00–11:00, signup from now until 08:00 on the day. */
export function blankForm(now = Date.now()): FormValues {
  const day = shanghaiDate(now + 7 * dayMs);
  return {
    title: '',
    description: '',
    category: '',
    district: '',
    venueName: '',
    address: '',
    coverUrl: '',
    lat: '',
    lng: '',
    times: {
      startAt: { date: day, time: '09:00' },
      endAt: { date: day, time: '11:00' },
      signupOpensAt: split(toShanghaiIso(now)),
      signupClosesAt: { date: day, time: '08:00' },
    },
    capacity: '100',
    waitlistLimit: '20',
    maxPartySize: '3',
  };
}

export function formFromEvent(event: Event): FormValues {
  return {
    title: event.title,
    description: event.description,
    category: event.category,
    district: event.district as DistrictCode,
    venueName: event.venueName ?? '',
    address: event.address,
    coverUrl: event.coverUrl ?? '',
    lat: event.location ? String(event.location.lat) : '',
    lng: event.location ? String(event.location.lng) : '',
    times: {
      startAt: split(event.startAt),
      endAt: split(event.endAt),
      signupOpensAt: split(event.signupOpensAt),
      signupClosesAt: split(event.signupClosesAt),
    },
    capacity: String(event.capacity),
    waitlistLimit: String(event.waitlistLimit),
    maxPartySize: String(event.maxPartySize),
  };
}

const integer = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** The POST /events body, checked by the same schema the server uses; or the errors per field. */
export function toEventCreate(values: FormValues): { data: EventCreate } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  let location: { lat: number; lng: number } | undefined;
  if (values.lat.trim() || values.lng.trim()) {
    const lat = Number(values.lat);
    const lng = Number(values.lng);
    if (!values.lat.trim() || Number.isNaN(lat)) errors.lat = '请填写纬度，例如 39.01';
    if (!values.lng.trim() || Number.isNaN(lng)) errors.lng = '请填写经度，例如 106.38';
    location = { lat, lng };
  }
  const body = {
    title: values.title,
    description: values.description,
    category: values.category || undefined,
    district: values.district || undefined,
    address: values.address,
    venueName: values.venueName.trim() || undefined,
    location,
    coverUrl: values.coverUrl.trim() || undefined,
    ...Object.fromEntries(
      timeFields.map((field) => [field, `${values.times[field].date}T${values.times[field].time}:00+08:00`]),
    ),
    capacity: integer(values.capacity),
    waitlistLimit: integer(values.waitlistLimit),
    maxPartySize: integer(values.maxPartySize),
  };
  const checked = eventCreateSchema.safeParse(body);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? 'form') as keyof FieldErrors;
      errors[field] ??= friendly(field, issue.message);
    }
  }
  if (!checked.success || Object.keys(errors).length) return { errors };
  return { data: checked.data };
}

// zod's own words for a missing choice or a non-number are not for people.
function friendly(field: keyof FieldErrors, message: string): string {
  if (field === 'category') return '请选择活动类别';
  if (field === 'district') return '请选择所在区县';
  if (field === 'capacity' || field === 'waitlistLimit' || field === 'maxPartySize') {
    return /[\u4e00-\u9fa5]/.test(message) ? message : '请填写整数';
  }
  return /[\u4e00-\u9fa5]/.test(message) ? message : '请检查此项';
}

/** Only the fields that changed, for PATCH /events/{id}. */
export function changedFields(before: EventCreate, after: EventCreate): EventPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof EventCreate>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch as EventPatch;
}
