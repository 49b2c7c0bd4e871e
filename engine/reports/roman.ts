// Roman numerals for group rows (I, II, III, …), as Vietnamese report tables number them.
const TABLE: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of TABLE) while (rest >= v) { out += s; rest -= v; }
  return out;
}
