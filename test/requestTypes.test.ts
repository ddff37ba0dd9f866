/**
 * The log-line checks of lambda/requestTypes.ts and lambda/locale.ts read character codes instead
 * of regular expressions (a cold-start saving). Here they are held to the patterns they replace,
 * on generated strings: shapes built from each pattern's own characters and their neighbours, real
 * values with one character changed, and arbitrary Unicode.
 */
import fc from 'fast-check';
import { isSpanish } from '../lambda/locale';
import { loggableLocale, loggableName, loggableRequestId } from '../lambda/requestTypes';

const NAME = /^[A-Za-z][A-Za-z_.]*$/;
const REQUEST_ID = /^amzn1\.echo-api\.request\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCALE = /^[a-z]+-[A-Z]+$/;
const SPANISH = /^es(-|$)/i;

const RUNS = { numRuns: 3000 };

/** Characters next to the patterns' own (either side of each range), separators and look-alikes (Kelvin sign, dotted İ, long s). */
const tricky = [...'aAzZfFgG@[`{09_.-:/ esES', '\u212a', '\u0130', '\u017f', '\u00e9', '\u0000', '\ud83d\ude00'];
/** Strings over a small alphabet, so that shapes close to a match come up often. */
const over = (alphabet: string | string[], maxLength: number) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((chars) => chars.join(''));
const anyText = (maxLength: number) => fc.string({ maxLength, unit: 'grapheme' });

const loggedAsGiven = (check: (value: unknown) => string | undefined, s: string) => check(s) === s;

test('loggableName logs as given exactly what /^[A-Za-z][A-Za-z_.]*$/ accepts, up to 100 characters', () => {
  const names = fc.oneof(
    fc.tuple(fc.constantFrom(...'aZ_.0-@'), over('aAzZ_.-0 @[`{', 8)).map(([first, rest]) => first + rest),
    over(tricky, 12),
    anyText(120),
    fc.constantFrom('x'.repeat(100), 'x'.repeat(101)),
  );
  fc.assert(
    fc.property(names, (s) => expect(loggedAsGiven(loggableName, s)).toBe(s.length <= 100 && NAME.test(s))),
    RUNS,
  );
  expect(loggableName('AMAZON.HelpIntent')).toBe('AMAZON.HelpIntent');
  expect(loggableName('call 609 555 0142')).toBe('(not a name)');
});

test("loggableRequestId logs as given exactly what Alexa's request-id pattern accepts (any letter case)", () => {
  const valid = 'amzn1.echo-api.request.0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
  const ids = fc.oneof(
    // One character replaced, the id cut short or lengthened, letters in any case.
    fc
      .tuple(fc.nat(valid.length - 1), fc.constantFrom(...tricky))
      .map(([at, c]) => valid.slice(0, at) + c + valid.slice(at + 1)),
    fc.nat(valid.length).map((n) => valid.slice(0, n)),
    fc.constantFrom(...tricky).map((c) => valid + c),
    fc
      .array(fc.boolean(), { minLength: valid.length, maxLength: valid.length })
      .map((upper) => [...valid].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('')),
    over(tricky, 70),
    anyText(70),
  );
  fc.assert(
    fc.property(ids, (s) => expect(loggedAsGiven(loggableRequestId, s)).toBe(REQUEST_ID.test(s))),
    RUNS,
  );
  expect(loggableRequestId(valid)).toBe(valid);
  expect(loggableRequestId(valid.toUpperCase())).toBe(valid.toUpperCase());
  expect(loggableRequestId('amzn1.ask.account.PRIVATEUSERID')).toBe('(not an id)');
});

test('loggableLocale logs as given exactly what /^[a-z]+-[A-Z]+$/ accepts, up to 6 characters', () => {
  const locales = fc.oneof(
    fc.tuple(over('az', 5), over('AZ', 5)).map(([lower, upper]) => `${lower}-${upper}`),
    fc
      .tuple(over('az`{', 5), fc.constantFrom('-', '_', ''), over('AZ@[', 5), fc.constantFrom('', '-', 'a'))
      .map((parts) => parts.join('')),
    over(tricky, 8),
    anyText(8),
  );
  fc.assert(
    fc.property(locales, (s) => expect(loggedAsGiven(loggableLocale, s)).toBe(s.length <= 6 && LOCALE.test(s))),
    RUNS,
  );
  expect(loggableLocale('es-US')).toBe('es-US');
});

test('isSpanish is /^es(-|$)/i', () => {
  const locales = fc.oneof(over('eEsS-_x\u017f', 4), over(tricky, 5), anyText(6));
  fc.assert(
    fc.property(locales, (s) => expect(isSpanish(s)).toBe(SPANISH.test(s))),
    RUNS,
  );
  expect([isSpanish('es-US'), isSpanish('ES'), isSpanish('en-US'), isSpanish('esp'), isSpanish(undefined)]).toEqual([
    true,
    true,
    false,
    false,
    false,
  ]);
});
