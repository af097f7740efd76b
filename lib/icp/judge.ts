import { LIST, RANGE, SCALAR, SIGNAL, TEXT, type CompiledCriterion } from './engine-types';
import { listStatus, scalarStatus } from './match-in';
import { rangeStatus } from './match-range';
import { signalStatus } from './match-signal';
import { textStatus } from './match-text';
import type { StatusCode } from './result';
import type { ScoreContext } from './score-context';

/**
 * A criterion's status for a record (STATUSES[code] names it): the rule itself, run by the full
 * result and the summary alike. One switch over the kinds, each a plain function of the criterion's data, so that
 * scoring calls the same few functions whatever the ICP.
 */
export function judge<R>(c: CompiledCriterion<R>, record: R, ctx: ScoreContext): StatusCode {
  switch (c.kind) {
    case SCALAR:
      return scalarStatus(c.rule, record, ctx);
    case LIST:
      return listStatus(c.rule, record, ctx);
    case RANGE:
      return rangeStatus(c.rule, record);
    case TEXT:
      return textStatus(c.rule, record, ctx);
    case SIGNAL:
      return signalStatus(c.rule, record, ctx);
  }
}
