export * from './codes.js';
export * from './chartfacts-error.js';
