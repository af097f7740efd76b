import type { TierTone } from '@/lib/messaging/protocol';
import { TD, TONE_SWATCH } from './styles';

/** A tier's name heading its table row, with a swatch in the colour of its bar. */
export function TierRowHead({ tone, label }: { tone: TierTone; label: string }) {
  return (
    <th scope="row" className={`${TD} font-normal`}>
      <span className={`mr-1.5 inline-block h-2.5 w-2.5 rounded-sm ${TONE_SWATCH[tone]}`} aria-hidden />
      {label}
    </th>
  );
}
