import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvText } from '@/lib/csv/import';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/csv');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

const TEXT = 'Company name,City\r\nCafé Müller,Köln\r\nŁódź Ltd,Łódź\r\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) view.setUint16(at, text.charCodeAt(i), littleEndian);
  return out;
}

/** Windows-1252 bytes for text in Latin-1 plus the euro sign (what this test needs). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
}

describe('readCsvText', () => {
  it('reads UTF-8 without a byte order mark', () => {
    const r = readCsvText(new TextEncoder().encode(TEXT), 'a.csv');
    expect(r).toEqual({ text: TEXT, encoding: 'utf-8', bom: false, warnings: [] });
  });

  it('reads UTF-8 with a byte order mark and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    const r = readCsvText(bytes, 'a.csv');
    expect(r.text).toBe(TEXT);
    expect(r.encoding).toBe('utf-8');
    expect(r.bom).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('reads UTF-16 LE and BE by their byte order mark', () => {
    const le = readCsvText(utf16(TEXT, true, true), 'excel-unicode.csv');
    expect(le.text).toBe(TEXT);
    expect(le.encoding).toBe('utf-16le');
    const be = readCsvText(utf16(TEXT, false, true), 'be.csv');
    expect(be.text).toBe(TEXT);
    expect(be.encoding).toBe('utf-16be');
    expect(le.warnings).toEqual([]);
    expect(be.warnings).toEqual([]);
  });

  it('recognizes UTF-16 without a mark by its zero bytes, and says so', () => {
    const r = readCsvText(utf16(TEXT, true, false), 'nobom.csv');
    expect(r.text).toBe(TEXT);
    expect(r.encoding).toBe('utf-16le');
    expect(r.warnings[0]?.message).toContain('nobom.csv');
  });

  it('falls back to Windows-1252 for invalid UTF-8, with a warning naming the file', () => {
    const r = readCsvText(fixture('windows-1252-accents.csv'), 'windows-1252-accents.csv');
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toContain('Café Müller;cafe-mueller.de;Köln;Deutschland;€2 Mio.');
    expect(r.text).toContain('Crème Brûlée SARL');
    expect(r.text).toContain('Señor Años;senor-anos.es;Málaga;España');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: 'encoding' });
    expect(r.warnings[0]?.message).toMatch(
      /^windows-1252-accents\.csv is not valid UTF-8 \(first bad byte at offset \d+\)/,
    );
  });

  it('decodes the Windows-1252 bytes 0x80..0x9F (curly quotes, euro) right', () => {
    const r = readCsvText(cp1252('Name\r\n€uro ‘Co’\r\n'.replace('‘', '\u0091').replace('’', '\u0092')), 'x.csv');
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('Name\r\n€uro ‘Co’\r\n');
  });

  it('warns about text converted to UTF-8 twice (mojibake)', () => {
    const r = readCsvText(new TextEncoder().encode('Name\nCafÃ© MÃ¼ller\n'), 'twice.csv');
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings.map((w) => w.code)).toEqual(['encoding']);
    expect(r.warnings[0]?.message).toContain('twice.csv');
  });

  it('warns about binary data and never throws', () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const r = readCsvText(bytes, 'photo.jpg');
    expect(r.warnings.some((w) => w.code === 'binary' && w.message.includes('photo.jpg'))).toBe(true);
  });

  it('reads an empty file as empty text', () => {
    expect(readCsvText(new Uint8Array(0), 'empty.csv')).toEqual({
      text: '',
      encoding: 'utf-8',
      bom: false,
      warnings: [],
    });
    expect(readCsvText(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom-only.csv').text).toBe('');
  });
});
