export * from './vocab.js';
export * from './facts.js';
export * from './decision.js';
export * from './pipeline.js';
export * from './assertion.js';
