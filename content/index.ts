/** Everything the skill says, in one module. */
export * from './types';
export * from './helpLine';
export * as prompts from './prompts';
export * as texting from './texting';
export * as screens from './screens';
export { topics } from './topics';
