/** "A — Ideal fit" → "A"; a label without a spaced dash stays whole. */
export function shortTierLabel(label: string): string {
  return label.split(/\s+[—–-]\s+/)[0] || label;
}
