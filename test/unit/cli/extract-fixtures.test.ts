import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCommand } from '../../../lib/cli/commands/extract';

const DIR = 'test/fixtures/linkedin';

/** The URL each saved page is read at, and the kind of page `icp-lens extract` must report. */
function expectation(file: string): { url: string; kind: string } {
  if (file.includes('search-people'))
    return { url: 'https://www.linkedin.com/search/results/people/?keywords=x', kind: 'list' };
  if (file.includes('search-companies'))
    return { url: 'https://www.linkedin.com/search/results/companies/?keywords=x', kind: 'list' };
  if (file.includes('salesnav')) return { url: 'https://www.linkedin.com/sales/lists/people/7000/', kind: 'list' };
  if (file.includes('profile')) return { url: 'https://www.linkedin.com/in/someone/', kind: 'person' };
  if (file.includes('showcase')) return { url: 'https://www.linkedin.com/showcase/acme-labs/', kind: 'company' };
  if (file.includes('2017')) return { url: 'https://www.linkedin.com/company/10529043/', kind: 'company' };
  return { url: 'https://www.linkedin.com/company/acme/', kind: 'company' };
}

describe('icp-lens extract over every saved LinkedIn page', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.html'));

  it('has fixtures to read', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(files)('%s', (file) => {
    const { url, kind } = expectation(file);
    const page = JSON.parse(extractCommand([path.join(DIR, file), '--url', url]));
    expect(page.kind).toBe(kind);
    expect(Array.isArray(page.missing)).toBe(true);
    if (kind === 'company') expect(page.company.name).toBeTruthy();
    if (kind === 'person') expect(page.person.name).toBeTruthy();
    if (kind === 'list') expect(page.items.length).toBeGreaterThan(0);
    for (const p of Object.values(page.provenance) as { source: string }[]) {
      expect(['json-ld', 'embedded-json', 'meta', 'markup', 'text', 'url']).toContain(p.source);
    }
  });
});
