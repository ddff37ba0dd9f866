/**
 * The help line and the public lines, in Spanish. The numbers, the name and the facts come from
 * ../helpLine.ts, the one place that spells them: only the words around them change here.
 *
 * Nothing in the sources says Summit Helps answers in Spanish, so nothing here says it does: every
 * place that offers it also offers the SAMHSA National Helpline, which does (FACTS.md).
 */
import * as en from '../helpLine';

export const helpLine: { readonly [K in keyof typeof en.helpLine]: string } = {
  ...en.helpLine,
  location: 'Princeton, Nueva Jersey',
  what: 'tratamiento ambulatorio para el mal uso de medicamentos recetados',
};

type Line<K extends keyof typeof en.crisisLines> = { readonly [P in keyof (typeof en.crisisLines)[K]]: string };

/** Public emergency and crisis lines: the same numbers, their Spanish names. */
export const crisisLines: { readonly [K in keyof typeof en.crisisLines]: Line<K> } = {
  emergency: { ...en.crisisLines.emergency },
  poisonControl: { ...en.crisisLines.poisonControl, name: 'Control de Envenenamientos' },
  lifeline: { ...en.crisisLines.lifeline, name: '988 Línea de Prevención del Suicidio y Crisis' },
  samhsa: { ...en.crisisLines.samhsa, name: 'Línea Nacional de Ayuda de SAMHSA' },
};

/**
 * Numbers are read with the same SSML as in English: an es-US voice reads
 * <say-as interpret-as="telephone"> and "digits" in Spanish ("nueve, uno, uno").
 */
export const say: typeof en.say = en.say;

/** Speech that only Spanish needs. */
export const dice = {
  /** The program's name said as English, not spelled out with Spanish sounds. */
  helpLineName: `<lang xml:lang="en-US">${helpLine.name}</lang>`,
  /** 988 has a Spanish option: press 2. */
  lifelineSpanish: 'para español, marca el 2',
} as const;

/** The line every card that delivers an answer ends with, with a line that answers in Spanish. */
export const helpLineCardLine: typeof en.helpLineCardLine = `${helpLine.name} (${helpLine.what}), ${helpLine.shortLocation}: ${helpLine.phoneDisplay}\nEn español: ${crisisLines.samhsa.name}, ${crisisLines.samhsa.display} (gratis, confidencial, 24/7).`;

/**
 * The card that carries the help-line number in writing. Here, not in prompts.ts, so the texting words
 * can use it without pulling the prompts into the texting chunk (and a second chunk into every
 * Spanish answer).
 */
export const helpLineNumberCard = {
  title: `${helpLine.name}: ${helpLine.phoneDisplay}`,
  text: `Llama a ${helpLine.name} al ${helpLine.phoneDisplay}. ${helpLine.what[0].toUpperCase()}${helpLine.what.slice(1)} en ${helpLine.location}.\n\nEn español: ${crisisLines.samhsa.name}, ${crisisLines.samhsa.display} (gratis, confidencial, 24/7).`,
};
