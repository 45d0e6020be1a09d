export * from './base45';
export * from './format';
export * from './id-hash';
export * from './keys';
export * from './status-list';
export * from './verify';
export * from './store';
export { runCli } from './cli';
