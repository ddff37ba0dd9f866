/**
 * The one place that names the help line: change the number, the name or the
 * location here and every answer, card, screen and text message follows.
 */
export const helpLine = {
  name: 'Summit Helps',
  /** Spoken and written location. */
  location: 'Princeton, New Jersey',
  shortLocation: 'Princeton, NJ',
  what: 'outpatient treatment for prescription drug misuse',
  /** How the number is written on cards and screens. */
  phoneDisplay: '(609) 403-3933',
  /** How the number is dialled and texted (E.164). */
  phoneE164: '+16094033933',
} as const;

/** Public emergency and crisis lines (FACTS.md). */
export const crisisLines = {
  emergency: { display: '911' },
  poisonControl: { name: 'Poison Control', display: '1-800-222-1222' },
  lifeline: { name: '988 Suicide and Crisis Lifeline', display: '988' },
  samhsa: { name: 'SAMHSA National Helpline', display: '1-800-662-4357' },
} as const;

/** SSML for reading a number slowly, digit by digit, as Alexa reads phone numbers. */
export const say = {
  helpLineNumber: `<prosody rate="90%"><say-as interpret-as="telephone">${helpLine.phoneDisplay}</say-as></prosody>`,
  emergency: '<say-as interpret-as="digits">911</say-as>',
  poisonControl: `<prosody rate="90%"><say-as interpret-as="telephone">${crisisLines.poisonControl.display}</say-as></prosody>`,
  lifeline: '<say-as interpret-as="digits">988</say-as>',
  samhsaName: '<sub alias="Samsa">SAMHSA</sub>',
  samhsa: `<prosody rate="90%"><say-as interpret-as="telephone">${crisisLines.samhsa.display}</say-as></prosody>`,
} as const;

/** The line every card that delivers an answer ends with. */
export const helpLineCardLine = `${helpLine.name} (${helpLine.what}), ${helpLine.shortLocation}: ${helpLine.phoneDisplay}`;
