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
  BTC: { name: 'Bitcoin', symbols: ['₿', 'XBT'] },
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
