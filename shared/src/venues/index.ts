export * from './schemas';
export * from './stats-range';
export * from './geofence';
export * from './badges';
