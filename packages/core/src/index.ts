export * from './finding.js';
export * from './messages.js';
export * from './rule.js';
export * from './source-map.js';
export * from './finding-at.js';
export { readModule, readModuleFile, MAX_DEPTH, type ReadModule, type ModuleKind } from './reader/reader.js';
export { ModuleSourceMap } from './reader/source-map-impl.js';
