export type { ChartfactsOptions } from './chartfacts-options.js';
export { DEFAULT_OPTIONS } from './defaults.js';
export { resolveOptions } from './resolve-options.js';
