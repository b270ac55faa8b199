// The regular expressions the page's text reaches must take linear time: a quadratic one
// freezes the page's main thread on a long input (1 space-padded number of 40 000
// characters took 6 s before the amount parser was fixed). Each function is timed on the
// worst input we could build, at two sizes ten times apart: linear time gives a ratio near
// 10, quadratic near 100. Only the ratio is asserted, never a duration.
import { describe, expect, test } from 'vitest';
import { parseFrenchAmount, stripAffixes } from '../../src/core/amounts.js';
import { cadreCode } from '../../src/core/cadres.js';
import { parseFrenchDay } from '../../src/core/deadline.js';
import { normalizeLabel } from '../../src/core/normalize.js';

function medianMs(fn: () => void, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

const CASES: [string, (text: string) => unknown, (n: number) => string][] = [
  ['stripAffixes, spaces between digits', stripAffixes, (n) => `1${' '.repeat(n)}2`],
  ['stripAffixes, almost a suffix', stripAffixes, (n) => `1${' h.'.repeat(n / 3)}x`],
  ['parseFrenchAmount, spaces between digits', parseFrenchAmount, (n) => `1${' '.repeat(n)}2`],
  ['parseFrenchAmount, dots and digits', parseFrenchAmount, (n) => `${'1.111'.repeat(n / 5)},`],
  ['normalizeLabel, spaces then accents', normalizeLabel, (n) => `a${' '.repeat(n / 2)}${'e\u0301'.repeat(n / 4)}’`],
  ['parseFrenchDay, digits and slashes', parseFrenchDay, (n) => '12/12/'.repeat(n / 6)],
  ['cadreCode, spaces', cadreCode, (n) => `${' '.repeat(n)}x`],
];

describe('regular expressions on page text take linear time', () => {
  test.each(CASES)('%s', (_, fn, build) => {
    const small = build(10_000);
    const large = build(100_000);
    fn(large); // warm up the JIT at the size that matters
    const ratio =
      medianMs(() => fn(large)) /
      Math.max(
        medianMs(() => fn(small)),
        0.05,
      );
    expect(ratio).toBeLessThan(40);
  });
});
