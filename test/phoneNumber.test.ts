import { normaliseMobileNumber } from '../lambda/texting/phoneNumber';

describe("the listener's number from the profile API", () => {
  test.each([
    ['+1', '609-555-0142'],
    ['+1', '(609) 555-0142'],
    ['+1', '609.555.0142'],
    ['1', '6095550142'],
    ['+1', '1 609 555 0142'],
    [undefined, '+1 609 555 0142'],
    [undefined, '16095550142'],
  ])('%s %s → +16095550142, ending in 42', (countryCode, phoneNumber) => {
    expect(normaliseMobileNumber(countryCode, phoneNumber)).toEqual({
      kind: 'us',
      e164: '+16095550142',
      lastTwoDigits: '42',
    });
  });

  test.each([
    ['Puerto Rico', '+1', '787-555-0100'],
    ['Guam', '+1', '671-555-0100'],
    ['the U.S. Virgin Islands', '+1', '340-555-0100'],
  ])('%s is the U.S.: texted', (_where, countryCode, phoneNumber) => {
    expect(normaliseMobileNumber(countryCode, phoneNumber).kind).toBe('us');
  });

  test.each([
    ['Canada (Toronto)', '+1', '416-555-0142'],
    ['Canada (Vancouver)', '+1', '604 555 0142'],
    ['Jamaica', '+1', '876-555-0142'],
    ['Bermuda', '+1', '441-555-0142'],
    ['the UK', '+44', '7700 900142'],
    ['India', '+91', '98765 43210'],
    ['the UK, written in full', undefined, '+44 7700 900142'],
  ])('%s is not the U.S.: refused', (_where, countryCode, phoneNumber) => {
    expect(normaliseMobileNumber(countryCode, phoneNumber)).toEqual({ kind: 'notUs' });
  });

  test.each([
    ['too short', '+1', '555-0142'],
    ['too long', '+1', '609-555-01422'],
    ['area code starting with 1', '+1', '109-555-0142'],
    ['exchange starting with 0', '+1', '609-055-0142'],
    ['N11 area code', '+1', '911-555-0142'],
    ['no country code, ten digits', undefined, '6095550142'],
    ['letters', '+1', 'call me maybe'],
  ])('%s: not a number we can text', (_why, countryCode, phoneNumber) => {
    expect(normaliseMobileNumber(countryCode, phoneNumber)).toEqual({ kind: 'invalid' });
  });
});
