export * from './auth';
export * from './config';
export * from './gateway';
export * from './remote-data-source';
export * from './token';
