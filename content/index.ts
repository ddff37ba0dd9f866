/** Everything the skill says, in one module. */
export * from './types';
export * from './helpLine';
export * as prompts from './prompts';
// The texting and screen words are not re-exported here: they load with the texting flow and
// the screens (import them from './texting' and './screens'), so a content answer never parses them.
export { topics } from './topics';

import * as promptsModule from './prompts';
import { topics as topicsModule } from './topics';

/**
 * What every answer in one language is built from (the texting words and the screen words load with
 * the texting flow and the screens: lambda/textingContent.ts, lambda/screens/payload.ts).
 * Everything one language says, in one shape. Each locale's module is typed by the English one, so
 * the compiler proves parity: a topic, prompt, follow-up, card, screen word or text message missing
 * in one language fails the build.
 */
export interface LocaleContent {
  locale: 'en-US' | 'es-US';
  topics: typeof topicsModule;
  prompts: typeof promptsModule;
}

/** The English content (en-US, and every locale the skill has no content for). */
export const english: LocaleContent = { locale: 'en-US', topics: topicsModule, prompts: promptsModule };
