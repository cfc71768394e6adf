// The unit catalogue: one normalized id per unit (the `unit` a figure carries), its English
// name, and the symbols written after a number in any language (case-sensitive: "M" is a
// scale, "m" a metre). Words per language live in src/lang/<code>/numbers.ts (`units`).
// In this newsroom's domain "P" is computing power in PFLOPS ("40.000 P"), as Chinese
// data-centre reporting writes it.

export interface Unit {
  name: string;
  symbols: string[];
}

export const UNITS: Record<string, Unit> = {
  km: { name: 'Kilometer', symbols: ['km', 'Km', 'KM'] },
  m: { name: 'Meter', symbols: ['m'] },
  dm: { name: 'Decimeter', symbols: ['dm'] },
  cm: { name: 'Centimeter', symbols: ['cm'] },
  mm: { name: 'Millimeter', symbols: ['mm'] },
  'µm': { name: 'Micrometer', symbols: ['µm', 'μm'] },
  nm: { name: 'Nanometer', symbols: ['nm'] },
  pm: { name: 'Picometer', symbols: [] },
  mi: { name: 'Mile', symbols: ['mi'] },
  ft: { name: 'Foot', symbols: ['ft'] },
  in: { name: 'Inch', symbols: [] },
  yd: { name: 'Yard', symbols: ['yd'] },
  'm²': { name: 'Square meter', symbols: ['m²', 'm2', 'm^2', 'qm'] },
  'km²': { name: 'Square kilometer', symbols: ['km²', 'km2', 'km^2'] },
  'mi²': { name: 'Square mile', symbols: ['sq mi'] },
  'ft²': { name: 'Square foot', symbols: ['sq ft'] },
  ac: { name: 'Acre', symbols: [] },
  ha: { name: 'Hectare', symbols: ['ha'] },
  'm³': { name: 'Cubic meter', symbols: ['m³', 'm3'] },
  'ft³': { name: 'Cubic foot', symbols: [] },
  l: { name: 'Liter', symbols: ['l', 'L'] },
  ml: { name: 'Milliliter', symbols: ['ml', 'mL'] },
  hl: { name: 'Hectoliter', symbols: ['hl'] },
  gal: { name: 'Gallon', symbols: ['gal'] },
  bbl: { name: 'Barrel', symbols: ['bbl'] },
  tsp: { name: 'Teaspoon', symbols: ['tsp'] },
  tbsp: { name: 'Tablespoon', symbols: ['tbsp'] },
  cup: { name: 'Cup', symbols: [] },
  g: { name: 'Gram', symbols: ['g'] },
  kg: { name: 'Kilogram', symbols: ['kg'] },
  mg: { name: 'Milligram', symbols: ['mg'] },
  'µg': { name: 'Microgram', symbols: ['µg', 'μg', 'mcg'] },
  lb: { name: 'Pound', symbols: ['lb', 'lbs'] },
  oz: { name: 'Ounce', symbols: ['oz'] },
  t: { name: 'Ton', symbols: ['t'] },
  tm: { name: 'Metric ton', symbols: [] },
  dr: { name: 'Dram', symbols: [] },
  deg: { name: 'Degree', symbols: [] },
  '°C': { name: 'Degree Celsius', symbols: ['°C', '° C', '℃'] },
  rad: { name: 'Radian', symbols: ['rad'] },
  turn: { name: 'Turn', symbols: [] },
  bit: { name: 'Bit', symbols: ['bit'] },
  Mbit: { name: 'Megabit', symbols: ['Mbit', 'Mb', 'mb'] },
  B: { name: 'Byte', symbols: [] },
  kB: { name: 'Kilobyte', symbols: ['kB', 'KB'] },
  MB: { name: 'Megabyte', symbols: ['MB'] },
  GB: { name: 'Gigabyte', symbols: ['GB'] },
  TB: { name: 'Terabyte', symbols: ['TB'] },
  PB: { name: 'Petabyte', symbols: ['PB'] },
  mph: { name: 'Mile per hour', symbols: ['mph'] },
  'km/h': { name: 'Kilometer per hour', symbols: ['km/h', 'kph', 'kmph', 'km/hr', 'km / h'] },
  'm/s': { name: 'Meter per second', symbols: ['m/s'] },
  'm/ms': { name: 'Meter per millisecond', symbols: [] },
  'cm/ms': { name: 'Centimeter per millisecond', symbols: [] },
  'km/ms': { name: 'Kilometer per millisecond', symbols: ['km/ms'] },
  W: { name: 'Watt', symbols: ['W'] },
  kW: { name: 'Kilowatt', symbols: ['kW'] },
  MW: { name: 'Megawatt', symbols: ['MW'] },
  GW: { name: 'Gigawatt', symbols: ['GW'] },
  kWh: { name: 'Kilowatt hour', symbols: ['kWh'] },
  MWh: { name: 'Megawatt hour', symbols: ['MWh'] },
  TWh: { name: 'Terawatt hour', symbols: ['TWh'] },
  P: { name: 'PFLOPS', symbols: ['P', 'PF', 'PFLOPS', 'Pflops'] },
  E: { name: 'EFLOPS', symbols: ['EF', 'EFLOPS', 'Eflops'] },
};

/** The English name of a unit id, for reports and the evaluation. */
export function unitName(id: string): string | undefined {
  return UNITS[id]?.name;
}
