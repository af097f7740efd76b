/**
 * round(numerator / denominator) with halves rounded up, exact for integers: 7/8 of 100 is
 * 87.5 and must give 88, which floating-point division alone can get wrong near halves.
 * Expects numerator >= 0 and denominator > 0.
 */
export function roundHalfUpRatio(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
