import { english, helpLine, type LocaleContent, type TopicId } from '../../content';
import * as spanishScreens from '../../content/es-US/screens';
import * as englishScreens from '../../content/screens';
import type { ScreenNumber } from '../../content/screens';
import { isListTopic, LIST_PAGE_SIZE } from '../replies';
import { screenEvents, type Screen, type ScreenPayload } from './screen';

type Button = ScreenPayload['buttons'][number];

/** The words only screens show, in the content's language (this module loads only for APL devices). */
function screensOf(c: LocaleContent): typeof englishScreens {
  return c.locale === 'es-US' ? spanishScreens : englishScreens;
}
const textNumberButton = (c: LocaleContent): Button => ({
  label: screensOf(c).buttons.textNumber,
  event: screenEvents.textNumber,
});
const hearNumberButton = (c: LocaleContent): Button => ({
  label: screensOf(c).buttons.hearNumber,
  event: screenEvents.hearNumber,
});
const moreItemsButton = (c: LocaleContent): Button => ({
  label: screensOf(c).buttons.moreItems,
  event: screenEvents.moreItems,
});

/** Fills the fields a layout leaves empty; keys in reading order, top of the screen first. */
function payload(fields: Partial<ScreenPayload> & Pick<ScreenPayload, 'kind' | 'title' | 'numbers'>): ScreenPayload {
  return {
    kind: fields.kind,
    title: fields.title,
    subtitle: fields.subtitle ?? '',
    points: fields.points ?? [],
    numbers: fields.numbers,
    number: fields.numbers[0]?.number ?? '',
    hint: fields.hint ?? '',
    buttons: fields.buttons ?? [],
  };
}

/** A screen with the help line at the bottom and the two ways to get its number. */
function withHelpLine(c: LocaleContent, title: string, points: string[]): ScreenPayload {
  return payload({
    kind: 'topic',
    title,
    points,
    numbers: [screensOf(c).helpLineNumber],
    buttons: [textNumberButton(c), hearNumberButton(c)],
  });
}

function topicPayload(c: LocaleContent, id: TopicId): ScreenPayload {
  const topic = c.topics[id];
  if (isListTopic(topic)) return listPayload(c, id, 0);
  if (topic.lines === 'helpLine') return withHelpLine(c, topic.title, topic.points);
  // Urgent topics show the emergency numbers instead of the help line; general facts the points alone.
  const numbers = topic.lines === 'emergency' ? screensOf(c).noPromotionNumbers : [];
  return payload({ kind: 'topic', title: topic.title, points: topic.points, numbers });
}

const capitalized = (item: string): string => item.charAt(0).toUpperCase() + item.slice(1);

/** One page of a list, the same items the speech reads on that page. */
function listPayload(c: LocaleContent, id: TopicId, page: number): ScreenPayload {
  const topic = c.topics[id];
  if (!isListTopic(topic)) return topicPayload(c, id);
  const start = page * LIST_PAGE_SIZE;
  const more = start + LIST_PAGE_SIZE < topic.items.length;
  return payload({
    kind: 'list',
    title: topic.title,
    points: topic.items.slice(start, start + LIST_PAGE_SIZE).map(capitalized),
    numbers: topic.lines === 'helpLine' ? [screensOf(c).helpLineNumber] : [],
    buttons: more ? [moreItemsButton(c)] : [],
  });
}

function emergencyPayload(lines: { title: string; numbers: ScreenNumber[] }): ScreenPayload {
  return payload({ kind: 'emergency', title: lines.title, numbers: lines.numbers });
}

/** `datasources.payload` for a screen, built from `content/` alone. */
export function screenPayload(screen: Screen, c: LocaleContent = english): ScreenPayload {
  const { prompts } = c;
  const screens = screensOf(c);
  switch (screen.kind) {
    case 'home':
      return withHelpLine(c, screens.home.title, screens.home.points);
    case 'topic':
      return topicPayload(c, screen.topic);
    case 'list':
      return listPayload(c, screen.topic, screen.page);
    case 'helpLine':
      return payload({
        kind: 'helpLine',
        title: helpLine.name,
        subtitle: helpLine.location,
        numbers: [screens.helpLineNumber],
        hint: screens.textNumberHint,
        buttons: [textNumberButton(c), hearNumberButton(c)],
      });
    case 'askYourDoctor':
      // Pregnancy, children, a dose: the doctor, never a promotion.
      return payload({
        kind: 'topic',
        title: prompts.askYourDoctor.card.title,
        points: screens.askYourDoctor.points,
        numbers: [],
      });
    case 'emergency':
      return emergencyPayload(screens.emergency);
    case 'selfHarm':
      return emergencyPayload(screens.selfHarm);
  }
}
