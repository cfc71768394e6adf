// The unit catalogue: one normalized id per unit (the `unit` a figure carries), its English
// name, and the symbols written after a number in any language (case-sensitive: "M" is a
// scale, "m" a metre), Chinese and Japanese unit words included ("公斤", "キロメートル").
// Words per language live in src/lang/<code>/numbers.ts (`units`).
// In this newsroom's domain "P" is computing power in PFLOPS ("40.000 P"), as Chinese
// data-centre reporting writes it.

export interface Unit {
  name: string;
  symbols: string[];
  /** Durations and points are units a translation must keep, but no physical dimension. */
  dimension?: false;
  /** The same quantity in a base unit of its dimension: 1 km = 1000 m ("1,66 m" is "166 cm"). */
  base?: readonly [unit: string, factor: number];
  /**
   * A unit of another system and how it converts into a metric one (value + offset) × factor:
   * 1 ft = 0.3048 m, °F → °C. A translation that converts rounds ("5 ft 6 in" ≈ "1,68 m").
   */
  metric?: readonly [unit: string, factor: number, offset?: number];
  /** Units this one says less precisely: "30 degrees" may be 30 °C or 30 °F, so they are no other unit. */
  vagueFor?: readonly string[];
}

export const UNITS: Record<string, Unit> = {
  km: { name: 'Kilometer', base: ['m', 1000], symbols: ['km', 'Km', 'KM', '公里', '千米', 'キロメートル', 'キロ'] },
  hm: { name: 'Hectometer', base: ['m', 100], symbols: ['hm'] },
  m: { name: 'Meter', symbols: ['m', '米', 'メートル'] },
  dm: { name: 'Decimeter', base: ['m', 0.1], symbols: ['dm', '分米', 'デシメートル'] },
  cm: { name: 'Centimeter', base: ['m', 0.01], symbols: ['cm', '厘米', '公分', 'センチメートル', 'センチ'] },
  mm: { name: 'Millimeter', base: ['m', 0.001], symbols: ['mm', '毫米', 'ミリメートル', 'ミリ'] },
  'µm': { name: 'Micrometer', base: ['m', 1e-06], symbols: ['µm', 'μm'] },
  nm: { name: 'Nanometer', base: ['m', 1e-09], symbols: ['nm'] },
  pm: { name: 'Picometer', base: ['m', 1e-12], symbols: [] },
  mi: { name: 'Mile', metric: ['m', 1609.344], symbols: ['mi', '英里', 'マイル'] },
  ft: { name: 'Foot', metric: ['m', 0.3048], symbols: ['ft', '英尺', 'フィート'] },
  in: { name: 'Inch', metric: ['m', 0.0254], symbols: ['英寸', 'インチ'] },
  yd: { name: 'Yard', metric: ['m', 0.9144], symbols: ['yd'] },
  ly: { name: 'Light-year', base: ['m', 9.4607304725808e15], symbols: ['ly', '光年'] },
  'm²': { name: 'Square meter', symbols: ['m²', 'm2', 'm^2', 'qm', '平方米', '平方メートル'] },
  'km²': { name: 'Square kilometer', base: ['m²', 1000000.0], symbols: ['km²', 'km2', 'km^2', '平方公里', '平方千米', '平方キロメートル'] },
  'mi²': { name: 'Square mile', metric: ['m²', 2589988.110336], symbols: ['sq mi'] },
  'ft²': { name: 'Square foot', metric: ['m²', 0.09290304], symbols: ['sq ft'] },
  ac: { name: 'Acre', metric: ['m²', 4046.8564224], symbols: ['英亩', 'エーカー'] },
  mu: { name: 'Mu', symbols: ['亩', '畝'] },
  ha: { name: 'Hectare', base: ['m²', 10000.0], symbols: ['ha'] },
  'm³': { name: 'Cubic meter', base: ['l', 1000], symbols: ['m³', 'm3', '立方米', '立方メートル'] },
  'ft³': { name: 'Cubic foot', metric: ['l', 28.316846592], symbols: ['立方英尺', '立方フィート'] },
  'cm³': { name: 'Cubic centimeter', base: ['l', 0.001], symbols: ['cm³', 'cm3', 'cc', 'ccm'] },
  l: { name: 'Liter', symbols: ['l', 'L', '升', '公升', 'リットル'] },
  ml: { name: 'Milliliter', base: ['l', 0.001], symbols: ['ml', 'mL', '毫升', 'ミリリットル'] },
  hl: { name: 'Hectoliter', base: ['l', 100], symbols: ['hl'] },
  gal: { name: 'Gallon', metric: ['l', 3.785411784], symbols: ['gal', '加仑', 'ガロン'] },
  bbl: { name: 'Barrel', symbols: ['bbl', '桶', 'バレル'] },
  tsp: { name: 'Teaspoon', symbols: ['tsp'] },
  tbsp: { name: 'Tablespoon', symbols: ['tbsp'] },
  cup: { name: 'Cup', symbols: [] },
  g: { name: 'Gram', symbols: ['g', '克', 'グラム'] },
  kg: { name: 'Kilogram', base: ['g', 1000], symbols: ['kg', '公斤', '千克', 'キログラム'] },
  mg: { name: 'Milligram', base: ['g', 0.001], symbols: ['mg'] },
  'µg': { name: 'Microgram', base: ['g', 1e-06], symbols: ['µg', 'μg', 'mcg', 'ug', '微克', 'マイクログラム'] },
  lb: { name: 'Pound', metric: ['g', 453.59237], symbols: ['lb', 'lbs', '磅', 'ポンド'] },
  oz: { name: 'Ounce', metric: ['g', 28.349523125], symbols: ['oz', '盎司', 'オンス'] },
  t: { name: 'Ton', base: ['g', 1000000.0], symbols: ['t', '吨', '公吨', 'トン'] },
  tm: { name: 'Metric ton', symbols: ['メートルトン', '公吨'] },
  jin: { name: 'Jin', symbols: ['斤'] },
  liang: { name: 'Liang', symbols: ['两'] },
  dr: { name: 'Dram', symbols: [] },
  deg: { name: 'Degree', symbols: [], vagueFor: ['°C', '°F'] },
  '°C': { name: 'Degree Celsius', symbols: ['°C', '° C', '℃'] },
  '°F': { name: 'Degree Fahrenheit', metric: ['°C', 5 / 9, -32], symbols: ['°F', '° F', '℉'] },
  rad: { name: 'Radian', symbols: ['rad'] },
  turn: { name: 'Turn', symbols: [] },
  bit: { name: 'Bit', symbols: ['bit', '比特', 'ビット'] },
  kbit: { name: 'Kilobit', base: ['bit', 1000.0], symbols: ['kbit', 'kb', '千比特'] },
  Mbit: { name: 'Megabit', base: ['bit', 1000000.0], symbols: ['Mbit', 'Mb', 'mb'] },
  B: { name: 'Byte', symbols: ['字节', 'バイト'] },
  kB: { name: 'Kilobyte', base: ['B', 1000.0], symbols: ['kB', 'KB', '千字节', 'キロバイト'] },
  MB: { name: 'Megabyte', base: ['B', 1000000.0], symbols: ['MB', '兆字节', 'メガバイト'] },
  GB: { name: 'Gigabyte', base: ['B', 1000000000.0], symbols: ['GB'] },
  TB: { name: 'Terabyte', base: ['B', 1000000000000.0], symbols: ['TB'] },
  PB: { name: 'Petabyte', base: ['B', 1000000000000000.0], symbols: ['PB'] },
  mph: { name: 'Mile per hour', metric: ['km/h', 1.609344], symbols: ['mph', 'mi/h', 'MPH'] },
  'km/h': { name: 'Kilometer per hour', symbols: ['km/h', 'kph', 'kmph', 'km/hr', 'km / h'] },
  'm/s': { name: 'Meter per second', symbols: ['m/s'] },
  'm/ms': { name: 'Meter per millisecond', symbols: [] },
  'cm/ms': { name: 'Centimeter per millisecond', symbols: [] },
  'km/ms': { name: 'Kilometer per millisecond', symbols: ['km/ms'] },
  W: { name: 'Watt', symbols: ['W', '瓦', 'ワット'] },
  Hz: { name: 'Hertz', symbols: ['Hz', '赫兹', 'ヘルツ'] },
  MHz: { name: 'Megahertz', base: ['Hz', 1000000.0], symbols: ['MHz', '兆赫兹', 'メガヘルツ'] },
  kcal: { name: 'Kilocalorie', symbols: ['kcal', '千卡', 'キロカロリー'] },
  kW: { name: 'Kilowatt', base: ['W', 1000.0], symbols: ['kW', '千瓦', 'キロワット'] },
  MW: { name: 'Megawatt', base: ['W', 1000000.0], symbols: ['MW'] },
  GW: { name: 'Gigawatt', base: ['W', 1000000000.0], symbols: ['GW'] },
  kWh: { name: 'Kilowatt hour', symbols: ['kWh'] },
  MWh: { name: 'Megawatt hour', base: ['kWh', 1000.0], symbols: ['MWh'] },
  TWh: { name: 'Terawatt hour', base: ['kWh', 1000000000.0], symbols: ['TWh'] },
  P: { name: 'PFLOPS', symbols: ['P', 'PF', 'PFLOPS', 'Pflops'] },
  // Durations: "zehn Jahre später" is not "ten months later".
  yr: { name: 'Year', dimension: false, symbols: [] },
  mo: { name: 'Month', base: ['yr', 1 / 12], dimension: false, symbols: [] },
  wk: { name: 'Week', base: ['s', 604800], dimension: false, symbols: [] },
  d: { name: 'Day', base: ['s', 86400], dimension: false, symbols: [] },
  h: { name: 'Hour', base: ['s', 3600], dimension: false, symbols: ['hrs'] },
  min: { name: 'Minute', base: ['s', 60], dimension: false, symbols: ['min'] },
  s: { name: 'Second', dimension: false, symbols: ['sec'] },
  dec: { name: 'Decade', dimension: false, base: ['yr', 10], symbols: [] },
  cent: { name: 'Century', dimension: false, base: ['yr', 100], symbols: [] },
  // "rose 11 points": index points, or percentage points where the context says so.
  pt: { name: 'Point', dimension: false, symbols: ['pts'] },
  E: { name: 'EFLOPS', symbols: ['EF', 'EFLOPS', 'Eflops'] },
};

/** The catalogue id of a unit written as an id, a symbol or a CJK unit word ("公斤" → kg). */
export function unitIdOf(text: string): string | undefined {
  if (UNITS[text]) return text;
  for (const [id, unit] of Object.entries(UNITS)) if (unit.symbols.includes(text)) return id;
  return undefined;
}

/** A value in the base unit of its dimension ("1.66" m stays, "166" cm → 1.66 m), or undefined. */
export function inBaseUnit(value: number, unit: string): { unit: string; value: number } | undefined {
  const entry = UNITS[unit];
  if (!entry) return undefined;
  if (!entry.base) return { unit, value };
  return { unit: entry.base[0], value: value * entry.base[1] };
}

/** The English name of a unit id, for reports and the evaluation. */
export function unitName(id: string): string | undefined {
  return UNITS[id]?.name;
}
