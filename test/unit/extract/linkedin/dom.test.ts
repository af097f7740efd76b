import { describe, expect, it } from 'vitest';
import { CAP, clean, splitList, textOf, webUrl } from '../../../../lib/extract/linkedin/dom';
import { fieldForLabel } from '../../../../lib/extract/linkedin/labels';
import { page } from './load';

describe('clean', () => {
  it.each([
    ['  a \n\t b  ', 'a b'],
    ['a\u00a0\u00a0b', 'a b'],
    ['\u202eevil\u202c', 'evil'],
    ['zero\u200bwidth', 'zerowidth'],
    ['   ', undefined],
    [42, '42'],
    [Number.NaN, undefined],
    [{ toString: () => 'x' }, undefined],
    [null, undefined],
  ])('%j -> %j', (input, out) => expect(clean(input)).toBe(out));

  it('caps without splitting a surrogate pair', () => {
    expect(clean('x'.repeat(1000), 10)).toBe('x'.repeat(10));
    expect(clean('abcdefghi😀z', 10)).toBe('abcdefghi');
    expect(clean('y'.repeat(10_000_000))).toHaveLength(CAP.short);
  });
});

describe('textOf', () => {
  it('returns visible text: no scripts, styles or screen-reader copies, never markup', () => {
    const { doc } = page(
      '<h1 id="a"><script>alert(1)</script><style>h1{}</style>Acme <b>Corp</b><span class="visually-hidden">Acme Corp</span>&lt;img src=x onerror=alert(1)&gt;</h1>',
    );
    expect(textOf(doc.getElementById('a'))).toBe('Acme Corp<img src=x onerror=alert(1)>');
    expect(doc.getElementById('a')!.querySelector('script')).not.toBeNull(); // the page is left as it was
    expect(textOf(null)).toBeUndefined();
  });
});

describe('splitList', () => {
  it.each([
    [
      'Project Management, Work Management, and Team Collaboration',
      ['Project Management', 'Work Management', 'Team Collaboration'],
    ],
    ['Sondermaschinen, Robotik und Wartung', ['Sondermaschinen', 'Robotik', 'Wartung']],
    ['SaaS, comptabilité et PME', ['SaaS', 'comptabilité', 'PME']],
    ['seguros, vida y pymes', ['seguros', 'vida', 'pymes']],
    ['Research and Development', ['Research and Development']],
    ['Y Combinator', ['Y Combinator']],
    [', ,', undefined],
    [undefined, undefined],
  ])('%s', (input, out) => expect(splitList(input)).toEqual(out));
});

describe('webUrl', () => {
  it.each([
    ['http://www.audiense.com', 'http://www.audiense.com'],
    ['https://usemotion.com/teams', 'https://usemotion.com/teams'],
    ['www.example.de', 'www.example.de'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['', undefined],
  ])('%s -> %s', (input, out) => expect(webUrl(input)).toBe(out));
});

describe('fieldForLabel', () => {
  it.each([
    ['Company size', 'size'],
    ['  Unternehmensgröße ', 'size'],
    ['Taille de l’entreprise', 'size'],
    ["Taille de l'entreprise", 'size'],
    ['Tamaño de la empresa', 'size'],
    ['Siège social', 'headquarters'],
    ['Hauptsitz:', 'headquarters'],
    ['Fondée en', 'founded'],
    ['Year founded', 'founded'],
    ['Spezialgebiete', 'specialties'],
    ['Verified page', undefined],
    ['constructor', undefined],
    ['__proto__', undefined],
  ])('%s -> %s', (label, field) => expect(fieldForLabel(label)).toBe(field));
});
