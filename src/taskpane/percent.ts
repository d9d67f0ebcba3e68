/**
 * A probability 0..1 as a whole percentage for display.
 * @example percentText(0.55) // "55%"
 */
export function percentText(probability: number): string {
  return `${Math.round(probability * 100)}%`;
}
