/** Every ICP Lens schema and its type, from one import. */
export * from './schema-common';
export * from './schema-criterion';
export * from './schema-icp';
export * from './schema-persona';
export * from './schema-bundle';
export * from './schema-envelope';
export * from './person';
export * from './company';
