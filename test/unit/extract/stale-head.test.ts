import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractCompany } from '../../../lib/extract/linkedin/company';

const html = `<head><script type="application/ld+json">{"@type":"Organization","name":"Northwind Analytics","url":"https://www.linkedin.com/company/northwind-analytics","address":{"addressCountry":"US"}}</script></head>
<body><section class="top-card-layout"><h1>Audiense</h1></section></body>`;

describe('in-app navigation leaves the previous company in <head>', () => {
  it('ignores JSON-LD that describes another company than the URL', () => {
    const url = 'https://www.linkedin.com/company/audiense/';
    const result = extractCompany(new JSDOM(html, { url }).window.document, new URL(url));
    expect(result.company?.name).toBe('Audiense');
    expect(result.company?.address).toBeUndefined();
  });

  it('reads the same JSON-LD on its own page', () => {
    const url = 'https://www.linkedin.com/company/northwind-analytics/';
    const result = extractCompany(new JSDOM(html, { url }).window.document, new URL(url));
    expect(result.company?.name).toBe('Northwind Analytics');
    expect(result.company?.address?.country).toBe('US');
  });
});
