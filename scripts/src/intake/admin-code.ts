// The shape of a GB/T 2260 administrative division code: PPCCDD, province PP, prefecture CC,
// county DD. A city here is a prefecture (PPCC00) or a county-level city (PPCCDD); the four
// municipalities directly under the central government are cities with a province-level code.

/** Province-level codes in GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao included). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
]);
/** 北京 Beijing, 天津 Tianjin, 上海 Shanghai, 重庆 Chongqing. */
const MUNICIPALITIES = new Set([11, 12, 31, 50]);

/** Why `code` is not the code of a city or county, or undefined when its shape is right. */
export function adminCodeProblem(code: string): string | undefined {
  if (!/^\d{6}$/.test(code)) return `"${code}" is not six digits`;
  const province = Number(code.slice(0, 2));
  const prefecture = code.slice(2, 4);
  if (!PROVINCES.has(province))
    return `"${code}" starts with ${code.slice(0, 2)}, which is no province in GB/T 2260`;
  if (prefecture === '00' && code.slice(4) !== '00')
    return `"${code}" has a county part but no prefecture part (digits 3-4 are 00)`;
  if (prefecture === '00' && !MUNICIPALITIES.has(province))
    return `"${code}" is the code of a province; give the city's code (PPCC00) or the county's (PPCCDD)`;
  return undefined;
}
