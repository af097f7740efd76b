import type { CompileEnv, Matcher, ScoreContext, TextRule } from './engine-types';
import { sourceSuffix, type FieldSpec } from './field-access';
import { quoteList } from './format';
import { criterionResult, type CriterionMeta } from './result';
import { compilePhraseFinder, ITEM_BREAK, prepareSearchText, type SearchText } from './text-search';

/** `text`: some phrase of `anyOf` occurs in the field (each list item searched on its own). */

function searchText(ctx: ScoreContext, slot: number, value: unknown): SearchText | undefined {
  const cached = ctx.slots[slot] as SearchText | undefined;
  if (cached !== undefined) return cached;
  let raw: string;
  if (typeof value === 'string') raw = value;
  else if (Array.isArray(value)) raw = value.join(ITEM_BREAK);
  else return undefined;
  const prepared = prepareSearchText(raw);
  ctx.slots[slot] = prepared;
  return prepared;
}

export function compileText<R>(
  rule: TextRule,
  meta: CriterionMeta,
  spec: FieldSpec<R>,
  env: CompileEnv<R>,
): Matcher<R> {
  const find = compilePhraseFinder(rule.anyOf);
  const slot = env.slot(`text:${rule.field}`);
  const inField = ` in ${spec.noun}`;
  const noneFound = `None of ${quoteList(rule.anyOf)} found${inField}`;
  return (record, ctx) => {
    const search = searchText(ctx, slot, spec.get(record));
    if (search === undefined) return criterionResult(meta, 'unknown', 0, spec.unknown);
    const at = find(search);
    const source = sourceSuffix(ctx.sources, spec.sourceKeys);
    if (at < 0) return criterionResult(meta, 'miss', 0, noneFound + source);
    return criterionResult(meta, 'match', meta.points, `"${rule.anyOf[at]}" found${inField}${source}`);
  };
}
