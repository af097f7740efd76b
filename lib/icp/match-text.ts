import { TEXT, type CompileEnv, type CompiledCriterion, type Explain, type TextRule } from './engine-types';
import { sourceSuffix, type FieldReader, type FieldSpec } from './field-access';
import { quoteList } from './format';
import { MATCH, MISS, UNKNOWN, type StatusCode } from './result';
import type { ScoreContext } from './score-context';
import { compilePhrases, ITEM_BREAK, prepareSearchText, type PhraseFinder, type SearchText } from './text-search';

/** `text`: some phrase of `anyOf` occurs in the field (each list item searched on its own). */

/** The field prepared for a full search (a list's items joined by ITEM_BREAK), once per record. */
function searchText(ctx: ScoreContext, slot: number, value: string | unknown[]): SearchText {
  if (ctx.fresh(slot)) return ctx.get<SearchText>(slot) as SearchText;
  const prepared = prepareSearchText(typeof value === 'string' ? value : value.join(ITEM_BREAK));
  ctx.set(slot, prepared);
  return prepared;
}

export interface TextData<R> {
  read: FieldReader<R>;
  field: number;
  finder: PhraseFinder;
  /** Where the record's field, prepared for a full search, is kept. */
  slot: number;
}

export function textStatus<R>(d: TextData<R>, record: R, ctx: ScoreContext): StatusCode {
  const value = d.read(record, d.field);
  let found: boolean | undefined;
  if (typeof value === 'string') found = d.finder.test(value);
  else if (Array.isArray(value)) found = d.finder.testList(value);
  else return UNKNOWN;
  // undefined: text beyond ASCII that the quick search could not settle; tokenize it.
  found ??= d.finder.first(searchText(ctx, d.slot, value)) >= 0;
  return found ? MATCH : MISS;
}

export function compileText<R>(rule: TextRule, spec: FieldSpec<R>, env: CompileEnv<R>): CompiledCriterion<R> {
  const d: TextData<R> = {
    read: spec.read,
    field: spec.field,
    finder: compilePhrases(rule.anyOf),
    slot: env.slot(`text:${rule.field}`),
  };
  const inField = ` in ${spec.noun}`;
  const noneFound = `None of ${quoteList(rule.anyOf)} found${inField}`;
  const explain: Explain<R> = (record, ctx, status) => {
    if (status === 'unknown') return spec.unknown;
    const source = sourceSuffix(ctx.sources, spec.sourceKeys);
    if (status === 'miss') return noneFound + source;
    const at = d.finder.first(searchText(ctx, d.slot, d.read(record, d.field) as string | unknown[]));
    return `"${rule.anyOf[at]}" found${inField}${source}`;
  };
  return { kind: TEXT, rule: d, explain };
}
