import 'reflect-metadata';

export * from './caller';
export * from './data-source';
export * from './demo';
export * from './env';
export * from './errors';
export * from './federation';
export * from './http';
export * from './logger';
export * from './mask';
export * from './pagination';
export * from './province-code';
export * from './redact';
export * from './scalars';
export * from './server';
export * from './subgraph';
export * from './query';
export * from './entity-columns';
