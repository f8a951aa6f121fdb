import type { Qualifier } from '@shuangjian/schema';
import { qualifierAfterUnit } from '../validate/numerals.ts';

const WORDS: Record<string, [Qualifier, string]> = {
  余: ['at_least', 'a lower bound'],
  多: ['at_least', 'a lower bound'],
  逾: ['at_least', 'a lower bound'],
  超过: ['at_least', 'a lower bound'],
  超: ['at_least', 'a lower bound'],
  近: ['nearly', 'just under'],
  将近: ['nearly', 'just under'],
  约: ['approx', 'either side'],
  左右: ['approx', 'either side'],
};

/**
 * The qualifier of a number: what raw says (余/多/逾/超过 at_least, 近/将近 nearly, 约/左右
 * approx; parseRaw reads them), or else a word right after the measure word (以上, 左右, 多),
 * which raw cannot hold since the measure word must follow raw.
 */
export function qualifierWhy(
  raw: string,
  fromRaw: Qualifier,
  afterUnit: string,
): { qualifier: Qualifier; why: string[] } {
  const inside = Object.keys(WORDS)
    .sort((a, b) => b.length - a.length)
    .find((w) => raw.startsWith(w) || raw.includes(w));
  const post = qualifierAfterUnit(afterUnit);
  const postOk =
    post !== null &&
    (post.word === '以上' ||
      post.word === '左右' ||
      !/^[\u3400-\u9fff]/u.test(afterUnit.slice(post.word.length)) ||
      afterUnit.slice(post.word.length).startsWith('的'));
  if (fromRaw !== 'exact' && inside) {
    const [, meaning] = WORDS[inside]!;
    return {
      qualifier: fromRaw,
      why: [
        `qualifier ${fromRaw} from ${inside} in raw (${meaning})${postOk ? `; ${post!.word} after the measure word says so too` : ''}`,
      ],
    };
  }
  if (postOk)
    return {
      qualifier: post!.qualifier,
      why: [
        `qualifier ${post!.qualifier} from ${post!.word} after the measure word; raw cannot hold it (unit_zh must follow raw), so the validator, which reads qualifiers in raw, will report qualifier-mismatch until it reads ${post!.word} too`,
      ],
    };
  return {
    qualifier: 'exact',
    why: ['qualifier exact: no 余/多/近/约/左右/逾/超过/以上 with the number'],
  };
}
