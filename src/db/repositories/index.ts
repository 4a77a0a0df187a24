// Batch-by-keys repositories: every function takes many keys and answers in key order, for the DataLoaders.
export * from './rows.ts';
export * from './page.ts';
export * from './countries.ts';
export * from './officials.ts';
export * from './topics.ts';
export * from './statements.ts';
export * from './events.ts';
export * from './articles.ts';
export * from './relations.ts';
export * from './search.ts';
