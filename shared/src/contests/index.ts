export * from './rules';
export * from './schemas';
export * from './ranking-query';
export * from './status';
export * from './eligibility';
