import { isDistrictCode, type DistrictCode } from '@szkc/shared';
import {
  radiusLimitsM,
  type CheckinMode,
  type Venue,
  type VenueCreate,
  type VenueKind,
} from '../../../venues/schemas';

/** The edit form as typed: every field text until it is checked. */
export interface VenueForm {
  name: string;
  kind: VenueKind | '';
  district: DistrictCode | '';
  address: string;
  lat: string;
  lng: string;
  openingHours: string;
  description: string;
  phone: string;
  checkinMode: CheckinMode | '';
  radiusM: string;
}

export type FieldErrors = Partial<Record<keyof VenueForm, string>>;

export const emptyForm: VenueForm = {
  name: '',
  kind: '',
  district: '',
  address: '',
  lat: '',
  lng: '',
  openingHours: '',
  description: '',
  phone: '',
  checkinMode: '',
  radiusM: '300',
};

export const formOf = (venue: Venue): VenueForm => ({
  name: venue.name,
  kind: venue.kind,
  district: isDistrictCode(venue.district) ? venue.district : '',
  address: venue.address,
  lat: String(venue.location.lat),
  lng: String(venue.location.lng),
  openingHours: venue.openingHours,
  description: venue.description,
  phone: venue.phone ?? '',
  checkinMode: venue.checkinMode,
  radiusM: String(venue.radiusM),
});

const number = (text: string) => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : null);

/** The body to send, or what to fix first. The server checks everything again. */
export function checkForm(form: VenueForm): { body: VenueCreate } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const required = (key: keyof VenueForm, label: string) => {
    if (!form[key].trim()) errors[key] = `请填写${label}`;
  };
  required('name', '场馆名称');
  required('address', '地址');
  required('openingHours', '开放时间');
  required('description', '场馆介绍');
  if (!form.kind) errors.kind = '请选择场馆类型';
  if (!form.district) errors.district = '请选择所在区县';
  if (!form.checkinMode) errors.checkinMode = '请选择打卡方式';
  const lat = number(form.lat);
  const lng = number(form.lng);
  if (lat === null || Math.abs(lat) > 90) errors.lat = '纬度应为 -90 到 90 之间的数字，如 39.0135';
  if (lng === null || Math.abs(lng) > 180) errors.lng = '经度应为 -180 到 180 之间的数字，如 106.3829';
  const radius = number(form.radiusM);
  if (
    radius === null ||
    !Number.isInteger(radius) ||
    radius < radiusLimitsM.min ||
    radius > radiusLimitsM.max
  )
    errors.radiusM = `打卡范围应为 ${radiusLimitsM.min} 到 ${radiusLimitsM.max} 之间的整数（米）`;
  if (Object.keys(errors).length || lat === null || lng === null || radius === null) return { errors };
  return {
    body: {
      name: form.name.trim(),
      kind: form.kind as VenueKind,
      district: form.district as DistrictCode,
      address: form.address.trim(),
      location: { lat, lng },
      openingHours: form.openingHours.trim(),
      description: form.description.trim(),
      phone: form.phone.trim() || null,
      checkinMode: form.checkinMode as CheckinMode,
      radiusM: radius,
    },
  };
}

/** `01J…, 01J…` or one per line -> ids, without repeats. */
export const parseUserIds = (text: string): string[] => [
  ...new Set(text.split(/[\s,，、;；]+/).filter(Boolean)),
];
