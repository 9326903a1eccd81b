export * from './indicators';
export * from './schemas';
