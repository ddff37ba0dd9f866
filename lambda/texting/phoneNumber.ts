/**
 * The listener's number as the profile API gives it → E.164, and whether we may text it.
 * The help line is in New Jersey and the SMS origination identity is a U.S. one, so only
 * U.S. numbers (including U.S. territories) are texted.
 */
export type MobileNumber =
  | { kind: 'us'; e164: string; lastTwoDigits: string }
  /** A valid number outside the U.S. (another country code, or Canada / the Caribbean on +1). */
  | { kind: 'notUs' }
  /** Not a phone number we can make sense of. */
  | { kind: 'invalid' };

/**
 * North American Numbering Plan area codes outside the U.S.: they share +1 but are
 * international texts (Canada, Bermuda, the Caribbean nations). U.S. territories
 * (Puerto Rico, the Virgin Islands, Guam, the Northern Marianas, American Samoa) are not here.
 */
// prettier-ignore
const NON_US_AREA_CODES = new Set([
  // Canada (geographic and non-geographic)
  '204', '226', '236', '249', '250', '257', '263', '273', '289', '306', '343', '354', '365', '367', '368',
  '382', '403', '416', '418', '428', '431', '437', '438', '450', '460', '468', '474', '506', '514', '519',
  '548', '579', '581', '584', '587', '600', '604', '613', '622', '639', '647', '672', '683', '705', '709',
  '742', '753', '778', '780', '782', '807', '819', '825', '867', '873', '879', '902', '905', '942',
  // Bermuda and the Caribbean nations
  '242', '246', '264', '268', '284', '345', '441', '473', '649', '658', '664', '721', '758', '767', '784',
  '809', '829', '849', '868', '869', '876',
]);

/** NXX-NXX-XXXX: area code and exchange start with 2–9; N11 codes are service codes. */
const NANP = /^([2-9]\d{2})([2-9]\d{2})(\d{4})$/;

export function normaliseMobileNumber(countryCode: string | undefined, phoneNumber: string): MobileNumber {
  const written = phoneNumber.trim();
  let country = (countryCode ?? '').replace(/\D/g, '');
  let national = written.replace(/\D/g, '');
  // Some profiles hold the full international form in phoneNumber.
  if (written.startsWith('+')) {
    if (national.startsWith('1')) {
      country = '1';
      national = national.slice(1);
    } else {
      return national.length >= 8 && national.length <= 15 ? { kind: 'notUs' } : { kind: 'invalid' };
    }
  }
  if (country === '') {
    // No country code at all: only an unambiguous 1 + ten digits is read as North American.
    if (national.length === 11 && national.startsWith('1')) {
      country = '1';
      national = national.slice(1);
    } else {
      return { kind: 'invalid' };
    }
  }
  if (country !== '1') {
    return national.length >= 4 && national.length <= 14 ? { kind: 'notUs' } : { kind: 'invalid' };
  }
  if (national.length === 11 && national.startsWith('1')) national = national.slice(1);
  const parts = NANP.exec(national);
  if (!parts) return { kind: 'invalid' };
  const [, area, exchange] = parts;
  if (area.endsWith('11') || exchange.endsWith('11')) return { kind: 'invalid' };
  if (NON_US_AREA_CODES.has(area)) return { kind: 'notUs' };
  return { kind: 'us', e164: `+1${national}`, lastTwoDigits: national.slice(-2) };
}
