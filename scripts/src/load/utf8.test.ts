import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from './utf8.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('firstInvalidUtf8', () => {
  it('accepts well-formed text of every length', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('a合肥é😀\n'))).toBe(-1);
    expect(firstInvalidUtf8(bytes())).toBe(-1);
  });

  it.each<[string, Uint8Array, number]>([
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
    ['a truncated sequence', bytes(0xe5, 0x90), 0],
    ['a truncated sequence before ASCII', bytes(0x61, 0xe5, 0x90, 0x61), 1],
    ['an overlong two-byte form', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['an overlong four-byte form', bytes(0xf0, 0x80, 0x80, 0xaf), 0],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a byte that never occurs', bytes(0x61, 0xff), 1],
  ])('finds %s', (_what, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
    // The decoder the loader uses agrees that the input is malformed.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(input)).toThrow();
  });
});
