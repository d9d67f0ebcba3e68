/** Seeded pseudo-random numbers, for reproducible samples and simulations. */

// Looked up once: a property lookup per draw is measurably slow in hot loops (e.g. under jest).
const { imul } = Math;

/** 2^32: a 32-bit draw divided by it is a number in [0, 1). */
export const UINT32_RANGE = 4294967296;

/**
 * The next state of the mulberry32 generator (it adds a fixed odd constant, modulo 2^32).
 * @example mulberry32Next(42) // 1831565855
 */
export function mulberry32Next(state: number): number {
  return (state + 0x6d2b79f5) >>> 0;
}

/**
 * The 32-bit number (0 … 2^32 − 1) mulberry32 draws in a state. Drawing the sequence of a seed:
 * `state = mulberry32Next(state); mulberry32Draw(state)`, from `state = seed >>> 0`. Hot loops call these
 * two small functions instead of a generator closure, and compare draws with integer thresholds.
 * @example mulberry32Draw(mulberry32Next(42)) / UINT32_RANGE // 0.6011037519201636, as mulberry32(42)()
 */
export function mulberry32Draw(state: number): number {
  let x = state;
  x = imul(x ^ (x >>> 15), x | 1);
  x ^= x + imul(x ^ (x >>> 7), x | 61);
  return (x ^ (x >>> 14)) >>> 0;
}

/**
 * A seeded pseudo-random generator (mulberry32): a function returning numbers in [0, 1), the same sequence
 * for the same seed.
 * @example const next = mulberry32(42); next() // 0.6011037519201636
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = mulberry32Next(state);
    return mulberry32Draw(state) / UINT32_RANGE;
  };
}
