import * as bengbu from '@shuangjian/bengbu';
import * as hefei from '@shuangjian/hefei';
import * as huangshan from '@shuangjian/huangshan';

/** The city packages the site is built from, in display order. */
export const CITY_PACKAGES = [hefei, huangshan, bengbu];
