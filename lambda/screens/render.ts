import type { interfaces } from 'ask-sdk-model';
import { english, type LocaleContent } from '../../content';
import emergency from './documents/emergency.json';
import helpLine from './documents/helpLine.json';
import list from './documents/list.json';
import topic from './documents/topic.json';
import { screenPayload } from './payload';
import type { DocumentKind, Screen } from './screen';

/** The APL documents, one per layout. They hold no words: everything shown comes from `datasources.payload`. */
export const documents: Record<DocumentKind, object> = { topic, list, helpLine, emergency };

/** Names the rendered screen in later UserEvents (`request.token`). */
export const SCREEN_TOKEN = 'baclofenGuideScreen';

/** The RenderDocument directive that shows `screen`. */
export function renderScreen(
  screen: Screen,
  c: LocaleContent = english,
): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  const payload = screenPayload(screen, c);
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: SCREEN_TOKEN,
    document: documents[payload.kind],
    datasources: { payload },
  };
}
