import type { z } from 'zod';

/** Words for one zod issue that tell a sales manager what to write instead. */

type Issue = z.core.$ZodIssue;

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** How a found value reads in a message: string "ten", number 1.5, a list, null. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `string ${JSON.stringify(truncate(value))}`;
    case 'number':
      return `number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const got = (issue: Issue): string => ('input' in issue ? `, got ${describeValue(issue.input)}` : '');

function typeMessage(issue: z.core.$ZodIssueInvalidType): string {
  const expected = EXPECTED[issue.expected] ?? issue.expected;
  if (!('input' in issue) || issue.input === undefined) return `missing: expected ${expected}`;
  return `expected ${expected}${got(issue)}`;
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'array') {
    return small ? `must list at least ${limit} item${limit === 1 ? '' : 's'}` : `must list at most ${limit} items`;
  }
  if (issue.origin === 'string') {
    return small && limit === 1
      ? 'must not be empty'
      : `must be ${small ? 'at least' : 'at most'} ${limit} characters long`;
  }
  const bound = issue.inclusive ? (small ? 'at least' : 'at most') : small ? 'greater than' : 'less than';
  return `must be ${bound} ${limit}${got(issue)}`;
}

function valueMessage(issue: z.core.$ZodIssueInvalidValue): string {
  const options = issue.values.map((v) => JSON.stringify(v));
  const expected = options.length === 1 ? options[0] : `one of ${options.join(', ')}`;
  if (!('input' in issue) || issue.input === undefined) return `missing: expected ${expected}`;
  return `expected ${expected}${got(issue)}`;
}

function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (issue.format === 'datetime') {
    return `expected a date and time like "2026-06-30T09:00:00Z"${got(issue)}`;
  }
  const said = issue.message.startsWith('expected') ? issue.message : `expected ${issue.format} text`;
  return `${said}${got(issue)}`;
}

function unionMessage(issue: z.core.$ZodIssueInvalidUnion): string {
  const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
  if (!discriminator || !options) return 'does not match any of the allowed forms';
  const input = 'input' in issue ? (issue.input as Record<string, unknown> | undefined) : undefined;
  const found = input?.[discriminator];
  const list = options.map((o) => JSON.stringify(o)).join(', ');
  return found === undefined
    ? `missing: expected one of ${list}`
    : `expected one of ${list}, got ${describeValue(found)}`;
}

export function issueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue);
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_value':
      return valueMessage(issue);
    case 'invalid_format':
      return formatMessage(issue);
    case 'invalid_union':
      return unionMessage(issue);
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}
