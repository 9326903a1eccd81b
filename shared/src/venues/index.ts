export * from './schemas';
export * from './geofence';
export * from './badges';
