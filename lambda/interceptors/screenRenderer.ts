import type { ResponseInterceptor } from 'ask-sdk-core';
import { describeError, log } from '../log';
import { SCREEN_ATTRIBUTE, type Screen } from '../screens/screen';
import { contentOf } from '../locale';

/**
 * Adds the APL screen `respond` chose (only for devices that report APL). The documents and
 * their builders load on first use, from their own chunk: a speaker-only request never loads them.
 */
export const ScreenRenderer: ResponseInterceptor = {
  process: async (input, response) => {
    const screen = input.attributesManager.getRequestAttributes()[SCREEN_ATTRIBUTE] as Screen | undefined;
    if (!screen || !response) return;
    try {
      const { renderScreen } = await import('../screens/render');
      response.directives = [...(response.directives ?? []), renderScreen(screen, contentOf(input))];
    } catch (err) {
      // The answer and its card still go out; a screen is an extra, never a reason to fail.
      log('error', 'Screens.Render Error', { screen: screen.kind, ...describeError(err) });
    }
  },
};
