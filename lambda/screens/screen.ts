import type { HandlerInput } from 'ask-sdk-core';
import type { TopicId } from '../../content';
import type { ScreenNumber } from '../../content/screens';

/**
 * What an answer shows on a screen: a reference to content, not the content itself, so it
 * stays small in session attributes (Repeat shows it again) and the screen is built from
 * `content/` only when a device can show it.
 */
export type Screen =
  | { kind: 'home' }
  | { kind: 'topic'; topic: TopicId }
  | { kind: 'list'; topic: TopicId; page: number }
  | { kind: 'helpLine' }
  | { kind: 'askYourDoctor' }
  | { kind: 'emergency' }
  | { kind: 'selfHarm' };

/** One APL document per layout; several screens share a layout (home and ask-your-doctor use `topic`). */
export type DocumentKind = 'topic' | 'list' | 'helpLine' | 'emergency';

/**
 * The touch events screens send (SendEvent arguments[0]): each names the intent the tap stands
 * for, and is answered exactly as if the listener had said it.
 */
export const screenEvents = {
  textNumber: 'TextNumberIntent',
  hearNumber: 'HelpLineNumberIntent',
  moreItems: 'AMAZON.MoreIntent',
} as const;
export type ScreenEvent = (typeof screenEvents)[keyof typeof screenEvents];

/**
 * `datasources.payload` of every RenderDocument: the same plain-text shape for every layout,
 * so a console or a test can print any screen without knowing its document. Every field is
 * always present (empty when a layout has nothing to put there).
 */
export interface ScreenPayload {
  kind: DocumentKind;
  title: string;
  /** Help line: the location. */
  subtitle: string;
  /** Topic points, or the list items on this page. */
  points: string[];
  /** The numbers shown, in order: the help line, or the emergency lines. */
  numbers: ScreenNumber[];
  /** The first of `numbers`: the one number this screen is for. */
  number: string;
  /** Help line: what to say to get the number texted. */
  hint: string;
  buttons: { label: string; event: ScreenEvent }[];
}

export const APL_INTERFACE = 'Alexa.Presentation.APL';

/** True when the device that sent the request can render APL (Echo Show, Echo Spot, Fire TV). */
export function supportsApl(input: HandlerInput): boolean {
  const interfaces = input.requestEnvelope.context?.System?.device?.supportedInterfaces;
  return interfaces !== undefined && APL_INTERFACE in interfaces;
}

/** Request attribute: the screen `respond` chose for an APL device, rendered by the ScreenRenderer. */
export const SCREEN_ATTRIBUTE = 'screen';
