import { describe, expect, it } from 'vitest';
import { parseEmployees } from '../../../lib/normalize/employees';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('parseEmployees', () => {
  it.each([
    // LinkedIn buckets, English
    ['Self-employed', { min: 1, max: 1 }],
    ['0-1 employees', { min: 0, max: 1 }],
    ['1-10 employees', { min: 1, max: 10 }],
    ['2-10 employees', { min: 2, max: 10 }],
    ['11-50 employees', { min: 11, max: 50 }],
    ['51-200 employees', { min: 51, max: 200 }],
    ['201-500 employees', { min: 201, max: 500 }],
    ['501-1,000 employees', { min: 501, max: 1000 }],
    ['1,001-5,000 employees', { min: 1001, max: 5000 }],
    ['5,001-10,000 employees', { min: 5001, max: 10000 }],
    ['10,001+ employees', { min: 10001 }],
    ['10,001+', { min: 10001 }],
    ['Company size: 2-10', { min: 2, max: 10 }],
    ['Company size 51-200 employees', { min: 51, max: 200 }],
    // dashes and spacing
    ['11–50', { min: 11, max: 50 }],
    ['11 — 50', { min: 11, max: 50 }],
    ['51 - 200', { min: 51, max: 200 }],
    ['5001-10000', { min: 5001, max: 10000 }],
    ['2 to 10 employees', { min: 2, max: 10 }],
    ['between 51 and 200 employees', { min: 51, max: 200 }],
    // exact counts
    ['1,234 employees', { min: 1234, max: 1234 }],
    ['1,234 employees on LinkedIn', { min: 1234, max: 1234 }],
    ['See all 87 employees', { min: 87, max: 87 }],
    ['1.2k employees', { min: 1200, max: 1200 }],
    ['2.3K', { min: 2300, max: 2300 }],
    ['~3,000', { min: 3000, max: 3000 }],
    ['about 250 people', { min: 250, max: 250 }],
    ['approximately 1,200 employees', { min: 1200, max: 1200 }],
    ['Approx. 45 staff', { min: 45, max: 45 }],
    ['1 250 employees', { min: 1250, max: 1250 }],
    // open and bounded ends
    ['500+', { min: 500 }],
    ['1,000+ employees', { min: 1000 }],
    ['12K+ employees', { min: 12000 }],
    ['over 500 employees', { min: 501 }],
    ['more than 10,000 employees', { min: 10001 }],
    ['at least 50 employees', { min: 50 }],
    ['less than 10 employees', { min: 0, max: 10 }],
    ['under 50 staff', { min: 0, max: 50 }],
    // German
    ['1.001-5.000 Beschäftigte', { min: 1001, max: 5000 }],
    ['10.001+ Mitarbeiter', { min: 10001 }],
    ['501 bis 1.000', { min: 501, max: 1000 }],
    ['2-10 Mitarbeiter', { min: 2, max: 10 }],
    ['Unternehmensgröße: 51–200 Mitarbeiter', { min: 51, max: 200 }],
    ['rund 2.500 Beschäftigte', { min: 2500, max: 2500 }],
    ['circa 300 Mitarbeiter', { min: 300, max: 300 }],
    ['über 1.000 Mitarbeiter', { min: 1001 }],
    ['Selbstständig', { min: 1, max: 1 }],
    ["1'200 Mitarbeitende", { min: 1200, max: 1200 }],
    // French: narrow no-break and no-break spaces group thousands
    [`1${NNBSP}001-5${NNBSP}000 salariés`, { min: 1001, max: 5000 }],
    [`1${NBSP}001-5${NBSP}000 salariés`, { min: 1001, max: 5000 }],
    [`10${NNBSP}001 salariés ou plus`, { min: 10001 }],
    ['201 à 500 employés', { min: 201, max: 500 }],
    ["Taille de l'entreprise : 11-50 employés", { min: 11, max: 50 }],
    ['plus de 500 salariés', { min: 501 }],
    // Spanish, Portuguese, Italian, Dutch
    ['5.001 - 10.000 empleados', { min: 5001, max: 10000 }],
    ['de 11 a 50 empleados', { min: 11, max: 50 }],
    ['10 mil empleados', { min: 10000, max: 10000 }],
    ['10.001 ou mais funcionários', { min: 10001 }],
    ['51-200 dipendenti', { min: 51, max: 200 }],
    ['201-500 medewerkers', { min: 201, max: 500 }],
    ['Myself only', { min: 1, max: 1 }],
  ])('%s', (text, expected) => {
    expect(parseEmployees(text)).toEqual(expected);
  });

  it('reads "1.001" as a thousand and one but "1.5k" as fifteen hundred', () => {
    expect(parseEmployees('1.001')).toEqual({ min: 1001, max: 1001 });
    expect(parseEmployees('1.5k')).toEqual({ min: 1500, max: 1500 });
  });

  it.each([
    [''],
    ['   '],
    ['<script>alert(1)</script>'],
    ['<script>'],
    ['NaN'],
    ['Infinity'],
    ['undefined'],
    ['employees'],
    ['n/a'],
    ['-'],
    ['-5 employees'],
    ['1e999'],
    ['99999999999 employees'],
    ['10000001'],
    ['500-100 employees'],
    ['x'.repeat(100_000)],
    ['1'.repeat(1000)],
    ['12'.repeat(150) + ' employees'],
  ])('garbage %#: undefined', (text) => {
    expect(parseEmployees(text)).toBeUndefined();
  });

  it('never throws on values that are not strings', () => {
    for (const v of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(() => parseEmployees(v as unknown as string)).not.toThrow();
      expect(parseEmployees(v as unknown as string)).toBeUndefined();
    }
  });
});
