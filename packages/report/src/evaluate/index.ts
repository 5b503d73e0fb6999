export * from './types.js';
export * from './values.js';
export * from './scale.js';
export * from './evaluate.js';
