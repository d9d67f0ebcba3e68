/**
 * The standard normal distribution: its density φ, its distribution function Φ and the inverse Φ⁻¹, in pure
 * TypeScript to about 1e-15 (absolute for Φ, relative in the tails), for the normal approximation of a
 * forecast total (normalApproximation.ts).
 *
 * - Φ near the centre (|z| < 3): Φ(z) = ½ + φ(z) · (z + z³/3 + z⁵/(3·5) + z⁷/(3·5·7) + …), a series of
 *   positive terms (for z > 0) summed until they no longer change the sum.
 * - Φ in the tails (|z| ≥ 3): Laplace's continued fraction 1 − Φ(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))),
 *   evaluated from its far end, which keeps the relative accuracy where 1 − Φ is tiny.
 * - Φ⁻¹: Acklam's rational approximation (relative error below 1.2e-9), then one Halley step on Φ, which
 *   brings it to the accuracy of Φ. The upper half is the mirror of the lower one (1 − p is exact there).
 */

const { abs, exp, log, sqrt } = Math;

/** 1 / √(2π). */
const INV_SQRT_2PI = 0.3989422804014327;
/** Where Φ switches from the series to the continued fraction. */
const TAIL_FROM = 3;
/** Terms of the continued fraction: enough for 1e-16 relative from x = 3 on (fewer are needed further out). */
const FRACTION_TERMS = 120;

/**
 * φ(z), the standard normal density.
 * Tested surface: exported for its tests.
 * @example normalDensity(0) // 0.3989422804014327
 */
export function normalDensity(z: number): number {
  return INV_SQRT_2PI * exp(-0.5 * z * z);
}

/** 1 − Φ(x) for x ≥ {@link TAIL_FROM}: Laplace's continued fraction, from its far end. */
function upperTail(x: number): number {
  let denominator = x;
  for (let k = FRACTION_TERMS; k >= 1; k--) denominator = x + k / denominator;
  return normalDensity(x) / denominator;
}

/**
 * Φ(z) = P(Z ≤ z) for a standard normal Z, to about 1e-15 (relative in the lower tail).
 * @example normalCdf(1.2815515655446004) // 0.9 (to 1e-15)
 * @example normalCdf(-5) // 2.866515718791939e-7
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (abs(z) >= TAIL_FROM) return z > 0 ? 1 - upperTail(z) : upperTail(-z);
  const square = z * z;
  let [term, sum] = [z, z];
  for (let k = 3; sum + term !== sum; k += 2) {
    term *= square / k;
    sum += term;
  }
  return 0.5 + normalDensity(z) * sum;
}

// Acklam's coefficients: central region (|p − ½| ≤ ½ − LOW_REGION) and lower region.
const CENTRAL_NUMERATOR = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
] as const;
const CENTRAL_DENOMINATOR = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
  1,
] as const;
const TAIL_NUMERATOR = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
] as const;
const TAIL_DENOMINATOR = [
  7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416, 1,
] as const;
const LOW_REGION = 0.02425;

/** c0·xⁿ + c1·xⁿ⁻¹ + … + cn (Horner). */
function polynomial(coefficients: readonly number[], x: number): number {
  let value = 0;
  for (const c of coefficients) value = value * x + c;
  return value;
}

/** Acklam's Φ⁻¹(p) for 0 < p ≤ ½, refined by one Halley step. */
function lowerQuantile(p: number): number {
  let z: number;
  if (p < LOW_REGION) {
    const t = sqrt(-2 * log(p));
    z = polynomial(TAIL_NUMERATOR, t) / polynomial(TAIL_DENOMINATOR, t);
  } else {
    const centred = p - 0.5;
    const square = centred * centred;
    z = (polynomial(CENTRAL_NUMERATOR, square) * centred) / polynomial(CENTRAL_DENOMINATOR, square);
  }
  const density = normalDensity(z);
  // Below about 1e-300 the density underflows: Acklam's figure is then as good as the step could make it.
  if (!(density > 0)) return z;
  const step = (normalCdf(z) - p) / density;
  return z - step / (1 + (z * step) / 2);
}

/**
 * Φ⁻¹(p): the z with Φ(z) = p, to about 1e-15 relative; −∞ for p = 0 and +∞ for p = 1.
 * @throws RangeError for p outside 0..1 or not a number.
 * @example normalQuantile(0.9) // 1.2815515655446021
 * @example normalQuantile(0.5) // 0
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A normal quantile needs p in 0..1, not ${p}.`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  return p < 0.5 ? lowerQuantile(p) : -lowerQuantile(1 - p);
}
