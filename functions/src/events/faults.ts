// Injectable failure points for the fault tests: a request may name one point where the process
// "crashes" or the store "drops". Honoured only when FAULTS=1 on a dev stage (config.ts).
import { faultsEnabled } from '../config';

const points = [
  'after-pending',
  'after-hold',
  'after-settle',
  'cancel:after-mark',
  'cancel:after-release',
  'cancel:after-settle',
  'promote:after-hold',
  // The venue check-in protocol (venues/checkin.ts).
  'venue-checkin:after-put',
  'venue-checkin:after-count',
  'venue-checkin:after-city-count',
] as const;
export type FaultPoint = (typeof points)[number];
export type FaultPlan = { point: FaultPoint; mode: 'crash' | 'store-down' } | null;

/** `x-fault: after-hold` (crash) or `x-fault: after-hold@store-down`. */
export function faultPlanFrom(header: string | undefined): FaultPlan {
  if (!header || !faultsEnabled()) return null;
  const [point, mode = 'crash'] = header.split('@');
  if (!points.includes(point as FaultPoint) || (mode !== 'crash' && mode !== 'store-down')) return null;
  return { point: point as FaultPoint, mode };
}

export function failAt(plan: FaultPlan, point: FaultPoint): void {
  if (plan?.point !== point) return;
  if (plan.mode === 'store-down') {
    throw Object.assign(new Error(`injected store failure at ${point}`), { name: 'ServiceUnavailable' });
  }
  throw Object.assign(new Error(`injected crash at ${point}`), { name: 'InjectedCrash' });
}
