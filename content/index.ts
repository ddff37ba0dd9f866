/** Everything the skill says, in one module. */
export * from './types';
export * from './helpLine';
export * as prompts from './prompts';
export * as texting from './texting';
export * as screens from './screens';
export { topics } from './topics';

import * as promptsModule from './prompts';
import * as screensModule from './screens';
import * as textingModule from './texting';
import { topics as topicsModule } from './topics';

/**
 * Everything one language says, in one shape. Each locale's module is typed by the English one, so
 * the compiler proves parity: a topic, prompt, follow-up, card, screen word or text message missing
 * in one language fails the build.
 */
export interface LocaleContent {
  topics: typeof topicsModule;
  prompts: typeof promptsModule;
  texting: typeof textingModule;
  screens: typeof screensModule;
}

/** The English content (en-US, and every locale the skill has no content for). */
export const english: LocaleContent = {
  topics: topicsModule,
  prompts: promptsModule,
  texting: textingModule,
  screens: screensModule,
};
