export * from './codes';
export * from './columns';
export * from './fields';
export * from './parse';
export * from './plan';
export * from './records';
export * from './plan-credit';
