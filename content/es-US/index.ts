/**
 * Todo lo que la skill dice en español (es-US): los mismos nombres que content/index.ts, y
 * `content`, la forma que carga lambda/locale.ts (en su propio chunk).
 */
import { type LocaleContent } from '../index';
import type * as enHelpLine from '../helpLine';
import type * as enPrompts from '../prompts';
import type * as enScreens from '../screens';
import type * as enTexting from '../texting';
import type * as enTopics from '../topics';
import type * as esHelpLine from './helpLine';
import * as esPrompts from './prompts';
import * as esScreens from './screens';
import * as esTexting from './texting';
import * as esTopics from './topics';

export * from './helpLine';
export * as prompts from './prompts';
export { topics } from './topics';

/*
 * Parity, checked by the compiler: every export of an English content module has a Spanish twin
 * and vice versa (each twin is typed with the English export's type, so its shape matches too).
 * A missing prompt fails `npm run typecheck` with its name: Type '"nothingMore"' does not satisfy
 * the constraint 'never'.
 */
type None<Missing extends never> = Missing;
type Diff<A, B> = Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>;
export type Parity = [
  None<Diff<typeof enPrompts, typeof esPrompts>>,
  None<Diff<typeof enTexting, typeof esTexting>>,
  None<Diff<typeof enScreens, typeof esScreens>>,
  None<Diff<typeof enTopics, typeof esTopics>>,
  // Spanish adds its own speech helpers (`dice`): only the English names must all be here.
  None<Exclude<keyof typeof enHelpLine, keyof typeof esHelpLine>>,
];

/** The Spanish content, as lambda/locale.ts loads it: the same type as the English, no cast. */
export const content: LocaleContent = { locale: 'es-US', topics: esTopics.topics, prompts: esPrompts };
