// The units plan documents use, each mapped to a mathjs unit (mathjs unit names must be ASCII).

/** What a unit measures; conversion works only within one dimension. */
export type Dimension =
  | "money" | "people" | "visits" | "area" | "power" | "energy" | "mass" | "volume"
  | "length" | "density" | "ratio" | "count";

/** Dimension names for messages, English and Chinese. */
export const DIMENSION_NAMES: Record<Dimension, string> = {
  money: "money 金额", people: "people 人数", visits: "visits 人次", area: "area 面积",
  power: "power 功率", energy: "energy 电量", mass: "mass 质量", volume: "volume 体积",
  length: "length 长度", density: "length per area 密度", ratio: "ratio 比率", count: "count 数量",
};

export interface UnitEntry {
  /** As written in documents. */
  name: string;
  /** mathjs unit expression (built-in units or the custom ones in CUSTOM_UNITS). */
  mathjs: string;
  dimension: Dimension;
}

/**
 * Units mathjs lacks. Base units (empty definition) open a new dimension; the rest are multiples.
 * 1 亩 = 10000/15 m² exactly (1 公顷 = 15 亩).
 */
export const CUSTOM_UNITS: Record<string, string> = {
  yuan: "",
  person: "",
  visit: "",
  item: "",
  pct: "",
  wanyuan: "10000 yuan",
  yiyuan: "100000000 yuan",
  wanperson: "10000 person",
  wanvisit: "10000 visit",
  wanitem: "10000 item",
  permille: "0.1 pct",
  mu: `${10000 / 15} m^2`,
  wanmu: `${1e8 / 15} m^2`,
  roadkm: "0.01 km^-1",
};

export const UNIT_CATALOGUE: readonly UnitEntry[] = [
  { name: "元", mathjs: "yuan", dimension: "money" },
  { name: "万元", mathjs: "wanyuan", dimension: "money" },
  { name: "亿元", mathjs: "yiyuan", dimension: "money" },
  { name: "人", mathjs: "person", dimension: "people" },
  { name: "万人", mathjs: "wanperson", dimension: "people" },
  { name: "人次", mathjs: "visit", dimension: "visits" },
  { name: "万人次", mathjs: "wanvisit", dimension: "visits" },
  { name: "亩", mathjs: "mu", dimension: "area" },
  { name: "万亩", mathjs: "wanmu", dimension: "area" },
  { name: "公顷", mathjs: "hectare", dimension: "area" },
  { name: "平方米", mathjs: "m^2", dimension: "area" },
  { name: "万平方米", mathjs: "10000 m^2", dimension: "area" },
  { name: "平方公里", mathjs: "km^2", dimension: "area" },
  { name: "千瓦", mathjs: "kW", dimension: "power" },
  { name: "万千瓦", mathjs: "10000 kW", dimension: "power" },
  { name: "千瓦时", mathjs: "kWh", dimension: "energy" },
  { name: "万千瓦时", mathjs: "10000 kWh", dimension: "energy" },
  { name: "亿千瓦时", mathjs: "100000000 kWh", dimension: "energy" },
  { name: "吨", mathjs: "tonne", dimension: "mass" },
  { name: "万吨", mathjs: "10000 tonne", dimension: "mass" },
  { name: "立方米", mathjs: "m^3", dimension: "volume" },
  { name: "万立方米", mathjs: "10000 m^3", dimension: "volume" },
  { name: "亿立方米", mathjs: "100000000 m^3", dimension: "volume" },
  { name: "公里", mathjs: "km", dimension: "length" },
  { name: "米", mathjs: "m", dimension: "length" },
  { name: "公里/百平方公里", mathjs: "roadkm", dimension: "density" },
  { name: "公里/平方公里", mathjs: "km^-1", dimension: "density" },
  { name: "%", mathjs: "pct", dimension: "ratio" },
  { name: "‰", mathjs: "permille", dimension: "ratio" },
  { name: "个", mathjs: "item", dimension: "count" },
  { name: "家", mathjs: "item", dimension: "count" },
  { name: "万个", mathjs: "wanitem", dimension: "count" },
  { name: "万家", mathjs: "wanitem", dimension: "count" },
];

/** Spellings that mean a catalogue unit (full-width signs, 千米 for 公里, 万kW …). */
export const UNIT_ALIASES: Record<string, string> = {
  "％": "%", "千米": "公里", "km": "公里", "万元人民币": "万元", "亿元人民币": "亿元",
  "hm²": "公顷", "公顷(万平方米)": "公顷", "m²": "平方米", "m2": "平方米", "km²": "平方公里", "km2": "平方公里",
  "kw": "千瓦", "万kw": "万千瓦", "kwh": "千瓦时", "万kwh": "万千瓦时", "亿kwh": "亿千瓦时", "度": "千瓦时",
  "万度": "万千瓦时", "亿度": "亿千瓦时", "m³": "立方米", "m3": "立方米", "t": "吨", "万t": "万吨",
  "公里每百平方公里": "公里/百平方公里",
};
