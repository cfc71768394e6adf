// The currency catalogue: ISO 4217 code (or a catalogue id for units without one: cents,
// pence, satoshi), the English name, the family a bare word names ("Dollar", "Pound"),
// and the symbols written before or after an amount in any language. A bare "$" is read
// as US dollars, the newsroom's convention; "C$", "HK$", "US$" name the others. Currency
// words per language live in src/lang/<code>/numbers.ts (`currencies`).

export interface Currency {
  name: string;
  family?: string;
  /** Case-sensitive symbols and prefixed codes ("US$", "€", "C$"). The ISO code itself is always one. */
  symbols: string[];
  /** Minor units (cent, penny) are money without an ISO code of their own. */
  minor?: boolean;
  /** A currency without an ISO code (the coins of Rome): its id is no symbol. */
  noCode?: boolean;
}

export const CURRENCIES: Record<string, Currency> = {
  USD: { name: 'United States dollar', family: 'Dollar', symbols: ['$', 'US$', 'U.S.$', 'U.S. $', 'USD$', 'usd$', 'US $', 'us $', 'u.s $', 'u.s. $', 'U$D', 'U$S', 'u$s'] },
  CAD: { name: 'Canadian dollar', family: 'Dollar', symbols: ['C$', 'CA$', 'CAD$', 'cad$', 'c $'] },
  AUD: { name: 'Australian dollar', family: 'Dollar', symbols: ['A$', 'AU$', 'AUD$', 'aud$'] },
  NZD: { name: 'New Zealand dollar', family: 'Dollar', symbols: ['NZ$', 'NZD$', 'nzd$'] },
  HKD: { name: 'Hong Kong dollar', family: 'Dollar', symbols: ['HK$', 'hk $', 'HK $'] },
  SGD: { name: 'Singapore dollar', family: 'Dollar', symbols: ['S$'] },
  MXN: { name: 'Mexican peso', family: 'Peso', symbols: ['Mex$', 'MX$', 'MXN$', 'mxn$'] },
  BRL: { name: 'Brazilian real', family: 'Real', symbols: ['R$'] },
  EUR: { name: 'Euro', symbols: ['€'] },
  GBP: { name: 'British pound', family: 'Pound', symbols: ['£', 'GB£'] },
  JPY: { name: 'Japanese yen', family: 'Yen', symbols: ['¥', 'JP¥'] },
  CNY: { name: 'Chinese yuan', family: 'Yuan', symbols: ['元', 'RMB', 'CN¥', '￥'] },
  INR: { name: 'Indian rupee', family: 'Rupee', symbols: ['₹', 'Rs.', 'Rs'] },
  LKR: { name: 'Sri Lankan rupee', family: 'Rupee', symbols: ['ரூ'] },
  IDR: { name: 'Indonesian rupiah', family: 'Rupiah', symbols: ['Rp', 'Rp.'] },
  RUB: { name: 'Russian ruble', family: 'Ruble', symbols: ['₽', 'руб.'] },
  KRW: { name: 'South Korean won', family: 'Won', symbols: ['₩'] },
  TRY: { name: 'Turkish lira', family: 'Lira', symbols: ['₺'] },
  CHF: { name: 'Swiss franc', family: 'Franc', symbols: ['Fr.', 'SFr.'] },
  FRF: { name: 'French franc', family: 'Franc', symbols: [] },
  CDF: { name: 'Congolese franc', family: 'Franc', symbols: [] },
  ESP: { name: 'Spanish peseta', family: 'Peseta', symbols: ['Pts', 'Ptas'] },
  ITL: { name: 'Italian lira', family: 'Lira', symbols: [] },
  NLG: { name: 'Netherlands guilder', family: 'Guilder', symbols: [] },
  FIM: { name: 'Finnish markka', family: 'Markka', symbols: [] },
  DEM: { name: 'German mark', family: 'Mark', symbols: ['DM'] },
  KHR: { name: 'Cambodian riel', family: 'Riel', symbols: ['៛'] },
  SEK: { name: 'Swedish krona', family: 'Krona', symbols: [] },
  CZK: { name: 'Czech koruna', family: 'Krona', symbols: ['Kč'] },
  NOK: { name: 'Norwegian krone', family: 'Krona', symbols: [] },
  DKK: { name: 'Danish krone', family: 'Krona', symbols: [] },
  ZAR: { name: 'South African rand', family: 'Rand', symbols: [] },
  CRC: { name: 'Costa Rican colón', family: 'Colón', symbols: ['₡'] },
  GEL: { name: 'Georgian lari', family: 'Lari', symbols: ['₾'] },
  LAK: { name: 'Lao kip', family: 'Kip', symbols: ['₭'] },
  TWD: { name: 'New Taiwan dollar', family: 'Dollar', symbols: ['NT$'] },
  XOF: { name: 'West African CFA franc', family: 'Franc', symbols: [] },
  XAF: { name: 'Central African CFA franc', family: 'Franc', symbols: [] },
  BEF: { name: 'Belgian franc', family: 'Franc', symbols: [] },
  LUF: { name: 'Luxembourg franc', family: 'Franc', symbols: [] },
  ISK: { name: 'Icelandic króna', family: 'Krona', symbols: [] },
  EGP: { name: 'Egyptian pound', family: 'Pound', symbols: [] },
  ARS: { name: 'Argentine peso', family: 'Peso', symbols: [] },
  CLP: { name: 'Chilean peso', family: 'Peso', symbols: [] },
  COP: { name: 'Colombian peso', family: 'Peso', symbols: [] },
  PHP: { name: 'Philippine peso', family: 'Peso', symbols: ['₱'] },
  PKR: { name: 'Pakistani rupee', family: 'Rupee', symbols: [] },
  NPR: { name: 'Nepalese rupee', family: 'Rupee', symbols: [] },
  KPW: { name: 'North Korean won', family: 'Won', symbols: [] },
  BYN: { name: 'Belarusian ruble', family: 'Ruble', symbols: [] },
  UAH: { name: 'Ukrainian hryvnia', family: 'Hryvnia', symbols: ['₴'] },
  KZT: { name: 'Kazakhstani tenge', family: 'Tenge', symbols: ['₸'] },
  NGN: { name: 'Nigerian naira', family: 'Naira', symbols: ['₦'] },
  PAB: { name: 'Panamanian balboa', family: 'Balboa', symbols: [] },
  BTC: { name: 'Bitcoin', symbols: ['₿', 'XBT'] },
  // Coins of Rome, without an ISO code (Latin texts: "centum denarii", "mille sestertii").
  denarius: { name: 'Roman denarius', family: 'Roman coin', symbols: [], noCode: true },
  sestertius: { name: 'Roman sestertius', family: 'Roman coin', symbols: [], noCode: true },
  aureus: { name: 'Roman aureus', family: 'Roman coin', symbols: [], noCode: true },
  cent: { name: 'Cent', symbols: ['¢'], minor: true },
  pence: { name: 'Pence', symbols: [], minor: true },
  penny: { name: 'Penny', symbols: [], minor: true },
  satoshi: { name: 'Satoshi', symbols: ['sat'], minor: true },
};

/** Financial shorthand: "MUSD", "MEUR" are millions ("120 MEUR"). */
export const MILLION_PREFIX = 'M';

export function currencyName(code: string): string | undefined {
  return CURRENCIES[code]?.name;
}

/**
 * The currencies a word naming a family may stand for, from the family names a language pack
 * gives it (`currencyFamilies`: "francs" → Franc; Italian "lire" → Lira and Pound): every
 * currency of those families in the catalogue, with the word's own reading first.
 */
export function familyMembers(code: string, families: readonly string[]): string[] {
  const members = Object.entries(CURRENCIES).filter(([, currency]) => currency.family !== undefined && families.includes(currency.family)).map(([id]) => id);
  return [code, ...members.filter((id) => id !== code)];
}

/** Whether two amounts may be in one currency: the same code, or a family word that may name the other. */
export function sameCurrency(a: { currency?: string; currencyFamily?: readonly string[] }, b: { currency?: string; currencyFamily?: readonly string[] }): boolean {
  if (a.currency === b.currency) return true;
  if (a.currency === undefined || b.currency === undefined) return false;
  const left = a.currencyFamily ?? [a.currency];
  const right = b.currencyFamily ?? [b.currency];
  return left.some((code) => right.includes(code));
}
