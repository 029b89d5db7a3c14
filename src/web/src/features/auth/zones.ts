import { CURRENCY_CODES } from '../../../../core/money/currencies.ts';

/** The browser's zone, the natural default for a new workspace. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone === 'Etc/UTC' || !zone ? 'UTC' : zone;
}

export function listTimeZones(): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  zones.add(browserTimeZone());
  return [...zones].sort();
}

const COMMON = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'JPY', 'INR'];

/** The common currencies first, then every other one billing supports (the server's own list). */
export function listCurrencies(): string[] {
  const rest = CURRENCY_CODES.filter((code) => !COMMON.includes(code));
  return [...COMMON, ...rest];
}

const BY_REGION: Record<string, string> = {
  GB: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  JP: 'JPY',
  IN: 'INR',
};
const EURO = [
  'AT',
  'BE',
  'DE',
  'ES',
  'FI',
  'FR',
  'GR',
  'IE',
  'IT',
  'LU',
  'NL',
  'PT',
  'SI',
  'SK',
  'EE',
  'LV',
  'LT',
];

/** A first guess from the browser's language region; the owner can change it. */
export function guessCurrency(): string {
  const region = new Intl.Locale(navigator.language).maximize().region ?? 'US';
  if (EURO.includes(region)) return 'EUR';
  return BY_REGION[region] ?? 'USD';
}
