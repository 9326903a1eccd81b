// zod is configured before any schema module is evaluated.
export { z } from './zod';
export * from './errors';
export * from './districts';
export * from './pages';
export * from './pagination';
export * from './users';
export * from './personal-data';
export * from './phone';
export * from './permissions';
export * from './credit-code';
export * from './time';
export * from './text';
export * from './ids';
export * from './policies';
export * from './events';
export * from './venues';
export * from './contests';
export * from './stats';
