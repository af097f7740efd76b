import type { RawCompany } from '../extract/types';
import type { Company, Hq } from '../icp/company';
import type { LeadStatus } from '../leads/types';
import { normalizeCompany } from '../normalize/company';
import { foldKey } from '../normalize/fold-key';
import { uniqueList } from '../normalize/text-lists';
import { unneutralize } from './cells';
import { importLeadKey, linkedinIdentity } from './lead-key';
import { IMPORT_FIELD_LABELS, guessMapping, type ImportField, type Mapping } from './mapping';
import { csvHeaders, readRows, type CsvRecord } from './parse';
import type { ImportError, ImportErrorCode, ImportWarning, ImportWarningCode } from './report';

export { readCsvText, type CsvEncoding, type CsvText } from './encoding';
export { guessField, guessMapping, headerKey, IMPORT_FIELDS, IMPORT_FIELD_LABELS } from './mapping';
export type { ColumnMapping, ImportField, Mapping } from './mapping';
export { csvHeaders } from './parse';
export type { ImportError, ImportErrorCode, ImportWarning, ImportWarningCode } from './report';

/** One company the import would write (rows of the file that share a lead key are merged into one). */
export interface ImportRow {
  /** Line of the file where the row starts (the first one, for merged rows). */
  line: number;
  /** Lines of later rows merged into this one (same lead key). */
  mergedLines: number[];
  /** The lead key (domain, else LinkedIn id or slug, else folded name and country). */
  key: string;
  /** The name to show and save: the company name, else its domain, else its LinkedIn id or slug. */
  name: string;
  /** What the mapped columns held (trimmed; several columns of one field: first non-empty, lists joined). */
  values: Partial<Record<Exclude<ImportField, 'ignore'>, string>>;
  /** The normalized company (lib/normalize/company.ts). */
  company: Company;
  linkedinId?: string;
  linkedinSlug?: string;
  /** Undefined when the file has no (readable) status: the caller keeps or sets its default. */
  status?: LeadStatus;
  tags: string[];
  notes?: string;
}

/** Rows that share a lead key: merged into the first (`lines[0]`). */
export interface DuplicateGroup {
  key: string;
  name: string;
  lines: number[];
}

export interface ImportPlan {
  fileName: string;
  /** What saved leads record as their source: "import:<file name>". */
  sourceUrl: string;
  headers: string[];
  delimiter: string;
  /** The mapping used, one entry per header (the given one matched to the file, else the guess). */
  mapping: Mapping;
  /** What would be written, in file order, duplicates merged. Nothing is written by planning. */
  rows: ImportRow[];
  /** The first rows (20 unless told), for a preview. */
  preview: ImportRow[];
  /** Rows left out and why, row by row (at most `maxErrors`; `stats.errorCount` has them all). */
  errors: ImportError[];
  warnings: ImportWarning[];
  duplicates: DuplicateGroup[];
  stats: {
    /** Non-empty rows read after the header. */
    dataRows: number;
    /** `rows.length`. */
    planned: number;
    /** Rows left out for errors. */
    rejected: number;
    /** Rows merged into an earlier one. */
    merged: number;
    /** Errors found (a row may have several): `errors` lists the first `maxErrors`. */
    errorCount: number;
    /** More rows than `maxRows`: the rest was not read. */
    truncated: boolean;
  };
}

export interface PlanOptions {
  fileName: string;
  /** Rows read at most (after the header); the rest is not parsed at all. Default 100,000. */
  maxRows?: number;
  /** Row errors listed at most (all are counted). Default 1,000. */
  maxErrors?: number;
  /** Rows in `preview`. Default 20. */
  previewRows?: number;
  /** Warnings from reading the bytes (readCsvText), to carry into the plan's report. */
  warnings?: ImportWarning[];
}

const DEFAULT_MAX_ROWS = 100_000;
const DEFAULT_MAX_ERRORS = 1000;
const DEFAULT_PREVIEW = 20;
const MAX_NOTES = 10_000;
const MAX_LINES_LISTED = 50;
const MAX_VALUE_SHOWN = 100;

const SCALAR_FIELDS = [
  'name',
  'website',
  'linkedinUrl',
  'industry',
  'employees',
  'employeesMax',
  'revenue',
  'revenueMax',
  'founded',
  'country',
  'region',
  'city',
  'location',
  'description',
  'status',
  'amount',
] as const satisfies readonly ImportField[];
const LIST_FIELDS = ['technologies', 'tags'] as const satisfies readonly ImportField[];
type ValueField = Exclude<ImportField, 'ignore'>;

// A spreadsheet formula: "=…", or "+", "-", "@" before a function call or a DDE command ("@SUM(", "-cmd|' /C calc'!A0").
const FORMULA = /^(?:=|[+\-@]\s*(?:[A-Za-z_][\w.]*\s*\(|\w+\s*\|))/;

/** Status words folded to letters only: our statuses, CRM deal stages and lead statuses. */
const STATUS_WORDS: Readonly<Record<string, LeadStatus>> = {
  new: 'new',
  open: 'new',
  opennotcontacted: 'new',
  working: 'working',
  workingcontacted: 'working',
  inprogress: 'working',
  attemptedtocontact: 'working',
  connected: 'working',
  opendeal: 'working',
  qualified: 'qualified',
  qualifiedtobuy: 'qualified',
  closedconverted: 'qualified',
  disqualified: 'disqualified',
  unqualified: 'disqualified',
  closednotconverted: 'disqualified',
  won: 'won',
  closedwon: 'won',
  lost: 'lost',
  closedlost: 'lost',
  // Default HubSpot deal pipeline and Salesforce opportunity stages still open: being worked.
  appointmentscheduled: 'working',
  presentationscheduled: 'working',
  decisionmakerboughtin: 'working',
  contractsent: 'working',
  prospecting: 'working',
  qualification: 'working',
  needsanalysis: 'working',
  valueproposition: 'working',
  iddecisionmakers: 'working',
  perceptionanalysis: 'working',
  proposalpricequote: 'working',
  negotiationreview: 'working',
};

/** A status cell as a lead status: ours, or "Closed Won" / "Closed Lost" and other CRM stages. */
export function parseStatus(text: string): LeadStatus | undefined {
  if (typeof text !== 'string' || text.length > 100) return undefined;
  return STATUS_WORDS[foldKey(text).replace(/ /g, '')];
}

// When merging rows of one company, the stronger outcome wins: won over lost over the rest.
const STATUS_RANK: Readonly<Record<LeadStatus, number>> = {
  new: 0,
  working: 1,
  qualified: 2,
  disqualified: 3,
  lost: 4,
  won: 5,
};

const shown = (value: string) => (value.length > MAX_VALUE_SHOWN ? `${value.slice(0, MAX_VALUE_SHOWN)}…` : value);

function splitList(text: string | undefined): string[] {
  return text ? uniqueList(text.split(/[;,|\n]/)) : [];
}

/** The mapping to apply to this file: entries matched by position and header, else by header, else ignored. */
function resolveMapping(headers: string[], given: Mapping | undefined): Mapping {
  if (!Array.isArray(given)) return guessMapping(headers);
  const byHeader = new Map<string, ImportField[]>();
  for (const m of given) {
    if (!m || typeof m.header !== 'string') continue;
    const list = byHeader.get(m.header.trim()) ?? [];
    list.push(m.field);
    byHeader.set(m.header.trim(), list);
  }
  return headers.map((header, index) => {
    const at = given.find((m) => m && m.index === index);
    const field =
      at && typeof at.header === 'string' && at.header.trim() === header
        ? at.field
        : (byHeader.get(header)?.shift() ?? 'ignore');
    return { index, header, field: IMPORT_FIELD_LABELS[field] === undefined ? 'ignore' : field };
  });
}

interface RowNote {
  code: ImportWarningCode;
  column?: string;
  lines: number[];
  count: number;
  examples: string[];
}

/** Collects row warnings by kind and column, to report each once with its lines. */
class Notes {
  private readonly map = new Map<string, RowNote>();
  add(code: ImportWarningCode, column: string | undefined, line: number, example?: string): void {
    const id = `${code}\u0000${column ?? ''}`;
    let note = this.map.get(id);
    if (!note) {
      note = { code, column, lines: [], count: 0, examples: [] };
      this.map.set(id, note);
    }
    note.count++;
    if (note.lines.length < MAX_LINES_LISTED) note.lines.push(line);
    if (example !== undefined && note.examples.length < 5 && !note.examples.includes(example)) {
      note.examples.push(shown(example));
    }
  }
  warnings(): ImportWarning[] {
    return [...this.map.values()].map((n) => ({
      code: n.code,
      ...(n.column !== undefined ? { column: n.column } : {}),
      lines: n.lines,
      count: n.count,
      message: noteMessage(n),
    }));
  }
}

function linesText(n: RowNote): string {
  const more = n.count > n.lines.length ? `, and ${n.count - n.lines.length} more` : '';
  return `${n.count === 1 ? 'line' : 'lines'} ${n.lines.join(', ')}${more}`;
}

function noteMessage(n: RowNote): string {
  const col = n.column ?? 'a column';
  const one = n.count === 1;
  const rowsHave = one ? '1 row has' : `${n.count} rows have`;
  const eg = n.examples.length ? ` (${n.examples.map((e) => `'${e}'`).join(', ')})` : '';
  const where = linesText(n);
  switch (n.code) {
    case 'formula':
      return (
        `${col}: ${one ? '1 cell starts' : `${n.count} cells start`} with a spreadsheet formula${eg}, kept as plain ` +
        `text and never run; exports write such cells with a leading apostrophe so no spreadsheet runs them (${where}).`
      );
    case 'unknown-status':
      return `${col}: ${rowsHave} a status we do not know${eg}; ${one ? 'it imports' : 'they import'} without a status (${where}).`;
    case 'unknown-place':
      return `${col}: ${rowsHave} a place we do not know${eg}; the location is left out (${where}).`;
    case 'bad-website':
      return `${col}: ${rowsHave} no usable web address${eg}; ${one ? 'it imports' : 'they import'} by name (${where}).`;
    case 'bad-linkedin':
      return `${col}: ${rowsHave} no LinkedIn company page address${eg}; it is left out (${where}).`;
    case 'too-long':
      return `${col}: ${rowsHave} text longer than ${MAX_NOTES.toLocaleString('en-US')} characters; it was cut (${where}).`;
    default:
      return `${col}: ${rowsHave} a problem (${where}).`;
  }
}

function emptyPlan(fileName: string, warnings: ImportWarning[]): ImportPlan {
  return {
    fileName,
    sourceUrl: `import:${fileName}`,
    headers: [],
    delimiter: ',',
    mapping: [],
    rows: [],
    preview: [],
    errors: [],
    warnings,
    duplicates: [],
    stats: { dataRows: 0, planned: 0, rejected: 0, merged: 0, errorCount: 0, truncated: false },
  };
}

const MEMO_LIMIT = 20_000;

/**
 * normalizeCompany's industry, headquarters, head count and revenue (and the status words),
 * remembered per value within one import. Structured
 * place columns come first; a one-line location column is read when they name no known place.
 */
function normalizeMemo() {
  const industries = new Map<string, string | undefined>();
  const statuses = new Map<string, LeadStatus | undefined>();
  const sizes = new Map<string, Company['employees']>();
  const revenues = new Map<string, Company['revenueUsd']>();
  const places = new Map<string, Hq | undefined>();
  const remember = <T>(map: Map<string, T>, key: string, make: () => T): T => {
    if (map.has(key)) return map.get(key) as T;
    if (map.size >= MEMO_LIMIT) map.clear();
    const value = make();
    map.set(key, value);
    return value;
  };
  return {
    industry: (text: string) => remember(industries, text, () => normalizeCompany({ industry: text }).industry),
    status: (text: string) => remember(statuses, text, () => parseStatus(text)),
    employees: (text: string) => remember(sizes, text, () => normalizeCompany({ size: text }).employees),
    revenue: (text: string) => remember(revenues, text, () => normalizeCompany({ revenue: text }).revenueUsd),
    place: (country?: string, region?: string, city?: string, location?: string) =>
      remember(places, [country, region, city, location].join('\u0000'), () => {
        const hasParts = Boolean(country || region || city);
        return normalizeCompany({
          ...(hasParts ? { address: { country, region, locality: city } } : {}),
          ...(location ? { headquarters: location } : {}),
        }).hq;
      }),
  };
}

/** "51" and "200" in two columns as one bucket text ("51-200"); an empty upper bound is open ("51+"). */
function rangeText(low: string | undefined, high: string | undefined, hasHighColumn: boolean): string | undefined {
  if (high && low && high !== low) return `${low}-${high}`;
  if (high && !low) return `0-${high}`;
  if (low && hasHighColumn && !high && /^\d+(?:\.\d+)?$/.test(low)) return `${low}+`;
  return low;
}

function mergeInto(target: ImportRow, row: ImportRow): void {
  target.mergedLines.push(row.line);
  const company = target.company as Record<string, unknown>;
  for (const [k, v] of Object.entries(row.company)) if (company[k] === undefined) company[k] = v;
  if (row.company.technologies?.length) {
    target.company.technologies = uniqueList([...(target.company.technologies ?? []), ...row.company.technologies]);
  }
  for (const [k, v] of Object.entries(row.values) as [ValueField, string][]) {
    if (target.values[k] === undefined) target.values[k] = v;
  }
  if (row.status && (!target.status || STATUS_RANK[row.status] > STATUS_RANK[target.status]))
    target.status = row.status;
  if (row.tags.length) target.tags = uniqueList([...target.tags, ...row.tags]);
  if (row.notes && row.notes !== target.notes && !target.notes?.includes(row.notes)) {
    target.notes = target.notes ? `${target.notes}\n\n${row.notes}`.slice(0, MAX_NOTES) : row.notes;
  }
  if (!target.linkedinId && row.linkedinId) target.linkedinId = row.linkedinId;
  if (!target.linkedinSlug && row.linkedinSlug) target.linkedinSlug = row.linkedinSlug;
}

/**
 * What importing this CSV text would do, without writing anything: each row mapped, normalized
 * (normalizeCompany) and keyed; rows that cannot be imported listed with their line and reason;
 * rows of one company merged; warnings about the file (encoding, missing columns, formulas, rows
 * past `maxRows`). Reads at most `maxRows` rows and never throws, whatever the input.
 *
 * Rules: a row needs a company name, a domain or a LinkedIn company page; a number column
 * (employees, revenue, founded) that holds no number leaves the row out, since the file is
 * likely mis-mapped or mis-typed there; an unknown place, status or website only drops that
 * value (a warning). A formula cell ("=HYPERLINK(…)") is kept as plain text; a cell our own export
 * neutralized ("'=…") reads back without the apostrophe.
 */
export function planImport(text: string, mapping: Mapping | undefined, opts: PlanOptions): ImportPlan {
  const fileName = typeof opts?.fileName === 'string' && opts.fileName ? opts.fileName : 'the file';
  const carried = Array.isArray(opts?.warnings) ? [...opts.warnings] : [];
  try {
    return plan(typeof text === 'string' ? text : '', mapping, { ...opts, fileName }, carried);
  } catch (e) {
    // Unreachable by design: every row is checked; kept so a bad file can never break the page.
    return emptyPlan(fileName, [
      ...carried,
      { code: 'unreadable', message: `${fileName} could not be read as CSV (${String(e).slice(0, 200)}).` },
    ]);
  }
}

function plan(rawText: string, given: Mapping | undefined, opts: PlanOptions, warnings: ImportWarning[]): ImportPlan {
  const fileName = opts.fileName;
  const maxRows = Math.max(0, Math.floor(opts.maxRows ?? DEFAULT_MAX_ROWS));
  const maxErrors = Math.max(0, Math.floor(opts.maxErrors ?? DEFAULT_MAX_ERRORS));
  const previewRows = Math.max(0, Math.floor(opts.previewRows ?? DEFAULT_PREVIEW));
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (text.trim() === '') {
    return emptyPlan(fileName, [...warnings, { code: 'empty', message: `${fileName} is empty.` }]);
  }

  let headers: string[] | undefined;
  let mapping: Mapping = [];
  const columnsOf = new Map<ValueField, number[]>();
  const errors: ImportError[] = [];
  const notes = new Notes();
  const byKey = new Map<string, ImportRow>();
  const rows: ImportRow[] = [];
  let errorCount = 0;
  let rejected = 0;
  let merged = 0;
  let dataRows = 0;
  let truncated = false;
  let lastLine = 0;

  const fail = (line: number, code: ImportErrorCode, message: string, column?: string, value?: string) => {
    errorCount++;
    if (errors.length < maxErrors) {
      errors.push({
        line,
        code,
        message,
        ...(column !== undefined ? { column } : {}),
        ...(value !== undefined ? { value: shown(value) } : {}),
      });
    }
  };
  const headerOf = (field: ValueField) => {
    const cols = columnsOf.get(field);
    return cols?.length ? headers?.[cols[0]] || IMPORT_FIELD_LABELS[field] : IMPORT_FIELD_LABELS[field];
  };

  const memo = normalizeMemo();

  const takeHeader = (record: CsvRecord) => {
    headers = record.cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim());
    mapping = resolveMapping(headers, given);
    for (const m of mapping) {
      if (m.field === 'ignore') continue;
      const cols = columnsOf.get(m.field) ?? [];
      cols.push(m.index);
      columnsOf.set(m.field, cols);
    }
    if (record.quote) {
      warnings.push({
        code: 'header',
        lines: [record.quote.line],
        message: `line ${record.quote.line}: quotes gone wrong in the header row; check the column names below.`,
      });
    }
  };

  const readRow = (record: CsvRecord): ImportRow | undefined => {
    const { cells, line } = record;
    const head = headers ?? [];
    if (record.quote) {
      const why =
        record.quote.code === 'MissingQuotes'
          ? 'a quoted cell is never closed'
          : 'a quote inside a quoted cell is not doubled ("")';
      const resumed = record.quote.swallowed ? `; reading went on at line ${record.quote.line + 1}` : '';
      fail(record.quote.line, 'quotes', `line ${record.quote.line}: quotes gone wrong: ${why}${resumed}`);
      return undefined;
    }
    if (cells.length > head.length) {
      const extra = cells.slice(head.length).filter((c) => c.trim() !== '').length;
      if (extra > 0) {
        fail(
          line,
          'too-many-cells',
          `line ${line}: ${cells.length} cells where the header has ${head.length} columns (a comma that should be inside quotes?)`,
        );
        return undefined;
      }
    }

    const values: ImportRow['values'] = {};
    const cell = (index: number, field: ValueField): string => {
      const raw = (cells[index] ?? '').trim();
      if (raw === '') return '';
      if (FORMULA.test(raw)) notes.add('formula', head[index] || IMPORT_FIELD_LABELS[field], line, raw);
      return unneutralize(raw);
    };
    for (const field of SCALAR_FIELDS) {
      for (const index of columnsOf.get(field) ?? []) {
        const v = cell(index, field);
        if (v !== '') {
          values[field] = v;
          break;
        }
      }
    }
    for (const field of LIST_FIELDS) {
      const parts = (columnsOf.get(field) ?? []).map((i) => cell(i, field)).filter((v) => v !== '');
      if (parts.length) values[field] = parts.join('; ');
    }
    const noteParts = (columnsOf.get('notes') ?? []).map((i) => cell(i, 'notes')).filter((v) => v !== '');
    let notesText = noteParts.length ? noteParts.join('\n') : undefined;
    if (notesText !== undefined) values.notes = notesText;
    if (notesText !== undefined && notesText.length > MAX_NOTES) {
      notes.add('too-long', headerOf('notes'), line);
      notesText = notesText.slice(0, MAX_NOTES);
    }

    const size = rangeText(values.employees, values.employeesMax, columnsOf.has('employeesMax'));
    const revenueLow = values.revenue;
    const revenue = rangeText(revenueLow, values.revenueMax, columnsOf.has('revenueMax'));
    // A bare small number in a revenue column is still revenue (the normalizer, reading page text, takes it for a year).
    const revenueText = revenue && /^\d{1,4}(?:\.\d+)?$/.test(revenue) ? `$${revenue}` : revenue;
    const hasPlace = Boolean(values.country || values.region || values.city);
    const raw: RawCompany = {
      name: values.name,
      website: values.website,
      linkedinUrl: values.linkedinUrl,
      founded: values.founded,
      description: values.description,
      technologies: values.technologies ? splitList(values.technologies) : undefined,
    };
    const company = normalizeCompany(raw);
    const employees = size ? memo.employees(size) : undefined;
    if (employees) company.employees = { ...employees };
    const revenueUsd = revenueText ? memo.revenue(revenueText) : undefined;
    if (revenueUsd) company.revenueUsd = { ...revenueUsd };
    // Industries and places repeat down a file and are the slow part to normalize: once per value.
    const industry = values.industry ? memo.industry(values.industry) : undefined;
    if (industry) company.industry = industry;
    const hq =
      hasPlace || values.location ? memo.place(values.country, values.region, values.city, values.location) : undefined;
    if (hq) company.hq = { ...hq };

    let bad = false;
    const notNumber = (field: ValueField, value: string, what: string) => {
      const column = headerOf(field);
      fail(line, 'not-a-number', `line ${line}, ${column}: '${shown(value)}' is not ${what}`, column, value);
      bad = true;
    };
    if (size && !company.employees) {
      const field = values.employees ? 'employees' : 'employeesMax';
      notNumber(field, values[field] ?? size, 'a number');
    }
    if (revenue && !company.revenueUsd) {
      const field = revenueLow ? 'revenue' : 'revenueMax';
      notNumber(field, values[field] ?? revenue, 'an amount');
    }
    if (values.founded && company.foundedYear === undefined) notNumber('founded', values.founded, 'a year');

    if (!company.name && !company.domain && !company.linkedinUrl) {
      const hints: string[] = [];
      if (values.name) hints.push(`the name is longer than 300 characters`);
      if (values.website) hints.push(`'${shown(values.website)}' is not a web address`);
      const hint = hints.length ? ` (${hints.join('; ')})` : '';
      fail(line, 'no-identity', `line ${line}: no company name or domain${hint}`);
      bad = true;
    }
    if (bad) return undefined;

    if (values.website && !company.domain) notes.add('bad-website', headerOf('website'), line, values.website);
    if (values.linkedinUrl && !company.linkedinUrl) {
      notes.add('bad-linkedin', headerOf('linkedinUrl'), line, values.linkedinUrl);
    }
    if ((hasPlace || values.location) && !company.hq) {
      const field = values.country ? 'country' : values.location ? 'location' : values.region ? 'region' : 'city';
      notes.add('unknown-place', headerOf(field), line, values[field]);
    }
    const status = values.status ? memo.status(values.status) : undefined;
    if (values.status && !status) notes.add('unknown-status', headerOf('status'), line, values.status);

    const key = importLeadKey(company);
    if (!key) {
      fail(line, 'no-identity', `line ${line}: no company name or domain`);
      return undefined;
    }
    const li = linkedinIdentity(company.linkedinUrl);
    return {
      line,
      mergedLines: [],
      key,
      name: company.name ?? company.domain ?? li.slug ?? li.id ?? key,
      values,
      company,
      ...(li.id ? { linkedinId: li.id } : {}),
      ...(li.slug ? { linkedinSlug: li.slug } : {}),
      ...(status ? { status } : {}),
      tags: splitList(values.tags),
      ...(notesText !== undefined ? { notes: notesText } : {}),
    };
  };

  const info = readRows(text, (record) => {
    if (record.cells.every((c) => c.trim() === '')) return true; // blank lines, as skipEmptyLines: 'greedy'
    if (headers === undefined) {
      takeHeader(record);
      return true;
    }
    if (dataRows >= maxRows) {
      truncated = true;
      return false;
    }
    dataRows++;
    lastLine = record.line;
    let row: ImportRow | undefined;
    try {
      row = readRow(record);
    } catch (e) {
      fail(record.line, 'unreadable', `line ${record.line}: this row could not be read (${String(e).slice(0, 100)})`);
    }
    if (!row) {
      rejected++;
      return true;
    }
    const earlier = byKey.get(row.key);
    if (earlier) {
      mergeInto(earlier, row);
      merged++;
    } else {
      byKey.set(row.key, row);
      rows.push(row);
    }
    return true;
  });

  const plannedHeaders = headers ?? [];
  if (info.gaveUpAtLine !== undefined) {
    warnings.push({
      code: 'quotes-gave-up',
      message: `${fileName} has too many broken quotes; reading stopped at line ${info.gaveUpAtLine}. Check how the file was saved.`,
    });
  }
  if (truncated) {
    warnings.push({
      code: 'max-rows',
      message:
        `${fileName} has more than ${maxRows.toLocaleString('en-US')} rows; only the first ${maxRows.toLocaleString('en-US')} ` +
        `(up to line ${lastLine}) were read. Split the file to import the rest.`,
    });
  }
  if (headers !== undefined && dataRows === 0 && !truncated) {
    warnings.push({ code: 'no-rows', message: `${fileName} has a header row but no data rows.` });
  }
  if (headers !== undefined) {
    const has = (f: ValueField) => columnsOf.has(f);
    if (!has('name') && !has('website') && !has('linkedinUrl')) {
      warnings.push({
        code: 'missing-columns',
        message:
          `${fileName}: no column holds the company name or domain, so no row can be imported. ` +
          'Map a column to "Company name" or "Domain / website" (is the first row a header?).',
      });
    }
    const missing: string[] = [];
    if (!has('industry')) missing.push(IMPORT_FIELD_LABELS.industry);
    if (!has('employees') && !has('employeesMax')) missing.push(IMPORT_FIELD_LABELS.employees);
    if (!has('country') && !has('location')) missing.push(IMPORT_FIELD_LABELS.country);
    if (missing.length) {
      warnings.push({
        code: 'missing-columns',
        message: `${fileName}: no column for ${missing.join(', ')}; those stay unknown until a page of the company is seen.`,
      });
    }
    const ignored = mapping.filter((m) => m.field === 'ignore' && m.header !== '').map((m) => m.header);
    if (ignored.length) {
      const listed = ignored.slice(0, 20).map((h) => `"${shown(h)}"`);
      const more = ignored.length > 20 ? ` and ${ignored.length - 20} more` : '';
      warnings.push({
        code: 'unmapped-header',
        message: `${ignored.length === 1 ? '1 column is' : `${ignored.length} columns are`} not read: ${listed.join(', ')}${more}.`,
        count: ignored.length,
      });
    }
  }
  warnings.push(...notes.warnings());
  if (errorCount > errors.length) {
    warnings.push({
      code: 'too-many-errors',
      message: `${errorCount.toLocaleString('en-US')} errors in ${rejected.toLocaleString('en-US')} rows; the first ${errors.length} are listed.`,
      count: errorCount,
    });
  }

  const duplicates: DuplicateGroup[] = rows
    .filter((r) => r.mergedLines.length > 0)
    .map((r) => ({ key: r.key, name: r.name, lines: [r.line, ...r.mergedLines] }));

  return {
    fileName,
    sourceUrl: `import:${fileName}`,
    headers: plannedHeaders,
    delimiter: info.delimiter,
    mapping,
    rows,
    preview: rows.slice(0, previewRows),
    errors,
    warnings,
    duplicates,
    stats: { dataRows, planned: rows.length, rejected, merged, errorCount, truncated },
  };
}

/** The header row of a CSV text and the mapping guessed for it: the first step of an import. */
export function guessMappingForText(text: string): Mapping {
  return guessMapping(csvHeaders(text));
}
