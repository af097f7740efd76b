import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportLeadsCsv } from '@/lib/csv/export';
import { csvHeaders, guessMapping, planImport, readCsvText, type ImportPlan } from '@/lib/csv/import';
import { makeLead } from './make-lead';

/** What every plan must be, whatever the input. */
function wellFormed(plan: ImportPlan): void {
  expect(plan.rows.length).toBe(plan.stats.planned);
  expect(plan.stats.errorCount).toBeGreaterThanOrEqual(plan.stats.rejected);
  expect(plan.errors.length).toBe(Math.min(plan.stats.errorCount, 1000));
  expect(plan.stats.dataRows).toBe(plan.stats.planned + plan.stats.rejected + plan.stats.merged);
  expect(plan.preview.length).toBeLessThanOrEqual(20);
  for (const e of plan.errors) {
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.message).toMatch(/^line \d+/);
  }
  for (const r of plan.rows) {
    expect(r.line).toBeGreaterThanOrEqual(1);
    expect(r.key).toMatch(/^(?:domain|li|name):/);
    expect(r.name.length).toBeGreaterThan(0);
  }
  for (const w of plan.warnings) expect(w.message.length).toBeGreaterThan(0);
}

function planBytes(bytes: Uint8Array, maxRows?: number): ImportPlan {
  const read = readCsvText(bytes, 'fuzz.csv');
  const mapping = guessMapping(csvHeaders(read.text));
  return planImport(read.text, mapping, { fileName: 'fuzz.csv', warnings: read.warnings, maxRows });
}

const HEADER = 'Company name,Website,Number of Employees,Country,Deal Stage,Tags\r\n';
// Pieces that make CSV go wrong.
const piece = fc.constantFrom(
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\r\n',
  '\n',
  '\r',
  ' ',
  'Acme',
  'acme.com',
  '51-200',
  'lots',
  'United States',
  'Closed Won',
  '=HYPERLINK("x")',
  "'=1",
  'é',
  '\u0000',
  '\uFEFF',
  '🚀',
  '\uD800',
);

describe('fuzz: import never throws', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        wellFormed(planBytes(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('random text made of CSV pieces, with and without a header', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 200 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 5 }),
        (parts, withHeader, maxRows) => {
          const text = (withHeader ? HEADER : '') + parts.join('');
          const plan = planImport(text, undefined, { fileName: 'fuzz.csv', maxRows });
          wellFormed(plan);
          expect(plan.stats.dataRows).toBeLessThanOrEqual(maxRows);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('random unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        wellFormed(planImport(text, undefined, { fileName: 'fuzz.csv' }));
        expect(() => csvHeaders(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('odd inputs: a lone quote, nothing, a header alone, NULs, bad arguments', () => {
    for (const text of [
      '"',
      '""',
      '"\n',
      ',',
      '\n',
      '\r',
      '\r\n\r\n',
      '\uFEFF',
      'a',
      'Name',
      'Name\n"',
      '\u0000\u0000',
    ]) {
      wellFormed(planImport(text, undefined, { fileName: 'odd.csv' }));
    }
    wellFormed(planImport(undefined as unknown as string, undefined, undefined as unknown as { fileName: string }));
    wellFormed(planImport('Name\nAcme\n', [null, { index: 'x' }] as never, { fileName: 'x.csv', maxRows: -5 }));
    expect(readCsvText(new Uint8Array([0xff]), 'one.csv').warnings[0]?.code).toBe('encoding');
    expect(readCsvText(new Uint8Array([0xfe, 0xff, 0xd8]), 'odd-utf16.csv').encoding).toBe('utf-16be');
  });

  it('10,000 columns', () => {
    const headers = Array.from({ length: 10_000 }, (_, i) => (i === 5000 ? 'Company name' : `Column ${i}`));
    const row = headers.map((_, i) => (i === 5000 ? 'Acme' : String(i)));
    const text = `${headers.join(',')}\r\n${row.join(',')}\r\n${row.join(',')}\r\n`;
    const t0 = performance.now();
    const plan = planImport(text, undefined, { fileName: 'wide.csv' });
    console.log(`10,000 columns: ${(performance.now() - t0).toFixed(0)} ms`);
    wellFormed(plan);
    expect(plan.rows.map((r) => r.name)).toEqual(['Acme']);
    expect(plan.duplicates[0]?.lines).toEqual([2, 3]);
    const unmapped = plan.warnings.find((w) => w.code === 'unmapped-header');
    expect(unmapped?.count).toBe(9999);
    expect(unmapped!.message.length).toBeLessThan(1000);
  });
});

describe('fuzz: export round trip', () => {
  it('papaparse reads back exactly the text cells of any lead', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 4 }), (name, notes, tags) => {
        const lead = makeLead({ name, notes, tags, company: { name, description: notes } });
        const csv = exportLeadsCsv([lead], { preset: 'hubspot', bom: true });
        const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n', header: false });
        expect(parsed.errors).toEqual([]);
        const [head, row] = parsed.data;
        const get = (h: string) => row[head.indexOf(h)];
        const unneutral = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
        expect(unneutral(get('Company name'))).toBe(name);
        expect(unneutral(get('ICP Notes'))).toBe(notes);
        expect(unneutral(get('Description'))).toBe(notes);
        expect(unneutral(get('ICP Tags'))).toBe(tags.join('; '));
        for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  });
});
