export * from './types.js';
export { numberText } from './values.js';
export * from './scale.js';
export * from './evaluate.js';
