/** The published packages besides the cities', in the order the changelog page lists them. */
export const SHARED_PACKAGES = [
  '@shuangjian/all-cities',
  '@shuangjian/indicators',
  '@shuangjian/schema',
] as const;
