/**
 * Numeric helpers shared by the funnel metrics.
 */

/**
 * A running sum with Neumaier compensation: adding a million amounts keeps the error at the last digit
 * instead of letting it grow with the row count. Allocate one per sum, never per row.
 * @example
 * const sum = new CompensatedSum();
 * for (let i = 0; i < 10; i++) sum.add(0.1);
 * sum.value // 1 (a plain loop gives 0.9999999999999999)
 */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  /**
   * Adds one term.
   * @example sum.add(1e16); sum.add(1); sum.add(-1e16); sum.value // 1
   */
  add(term: number): void {
    const next = this.sum + term;
    if (Math.abs(this.sum) >= Math.abs(term)) {
      this.compensation += this.sum - next + term;
    } else {
      this.compensation += term - next + this.sum;
    }
    this.sum = next;
  }

  /** The sum so far. @example new CompensatedSum().value // 0 */
  get value(): number {
    return this.sum + this.compensation;
  }
}

/**
 * Rounds away binary floating-point noise (e.g. 69.99999999999999 → 70) so that a threshold test on a
 * computed score behaves as the hand calculation does. Keeps 9 decimal places.
 * @example roundNoise(0.1 + 0.2) // 0.3
 */
export function roundNoise(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
