export * from './values';
export * from './profile';
export * from './enterprise';
export * from './types';
export * from './engine';
export { formatWan, formatPercent } from './format';
export { splitCitation } from './criteria';
export * from './catalog';
export * from './rule-criteria';
