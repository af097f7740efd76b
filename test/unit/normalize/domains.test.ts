import { describe, expect, it } from 'vitest';
import { normalizeWebsite, registrableDomain } from '../../../lib/normalize/domains';

describe('registrableDomain', () => {
  it.each([
    ['https://www.Example.co.uk/about', 'example.co.uk'],
    ['blog.acme.io', 'acme.io'],
    ['linkedin.com/company/x', 'linkedin.com'],
    ['https://www.linkedin.com/company/acme/', 'linkedin.com'],
    ['acme.com', 'acme.com'],
    ['ACME.COM', 'acme.com'],
    ['acme.com.', 'acme.com'],
    ['www.acme.com/en/', 'acme.com'],
    ['http://shop.eu.acme.de:8080/x?y=1#z', 'acme.de'],
    ['//cdn.acme.com/app.js', 'acme.com'],
    ['mailto:info@acme.com', 'acme.com'],
    ['MAILTO:Sales@Acme.fr?subject=hi', 'acme.fr'],
    ['info@acme.de', 'acme.de'],
    ['https://user:pw@acme.com.au/', 'acme.com.au'],
    ['acme.co.jp', 'acme.co.jp'],
    ['https://www.acme.com.br', 'acme.com.br'],
    ['https://app.acme.ai/login', 'acme.ai'],
    ['acme.github.io', 'github.io'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['  https://www.acme.com  ', 'acme.com'],
    ['ftp://files.acme.org/pub', 'acme.org'],
    ['https://www.bbc.co.uk/news', 'bbc.co.uk'],
  ])('%s -> %s', (input, domain) => {
    expect(registrableDomain(input)).toBe(domain);
  });

  it.each([
    ['192.168.1.1'],
    ['http://10.0.0.1/admin'],
    ['https://[::1]/'],
    ['localhost'],
    ['http://localhost:3000'],
    ['intranet.corp-invalid-tld'],
    ['javascript:alert(1)'],
    ['data:text/html,hi'],
    ['tel:+4930123456'],
    ['<script>'],
    ['NaN'],
    [''],
    ['   '],
    ['not a domain'],
    ['co.uk'],
    ['com'],
    ['x'.repeat(100_000)],
    ['a.'.repeat(2000) + 'com'],
  ])('%s -> undefined', (input) => {
    expect(registrableDomain(input)).toBeUndefined();
  });

  it('never throws on values that are not strings', () => {
    for (const v of [undefined, null, 42, {}, []]) {
      expect(registrableDomain(v as unknown as string)).toBeUndefined();
      expect(normalizeWebsite(v as unknown as string)).toBeUndefined();
    }
  });
});

describe('normalizeWebsite', () => {
  it.each([
    ['http://www.acme.com/?utm_source=linkedin', 'https://www.acme.com'],
    ['www.acme.com', 'https://www.acme.com'],
    ['acme.com/', 'https://acme.com'],
    ['HTTPS://WWW.ACME.COM/About/', 'https://www.acme.com/About'],
    ['https://acme.com:443/', 'https://acme.com'],
    ['https://acme.com:8443/app', 'https://acme.com:8443/app'],
    ['https://user:pw@shop.acme.com.au/x?y#z', 'https://shop.acme.com.au/x'],
    [
      'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww%2Eacme%2Ecom%2F&urlhash=abc',
      'https://www.acme.com',
    ],
    ['münchen.de', 'https://xn--mnchen-3ya.de'],
  ])('%s -> %s', (input, url) => {
    expect(normalizeWebsite(input)).toBe(url);
  });

  it.each([
    ['mailto:info@acme.com'],
    ['info@acme.com'],
    ['ftp://files.acme.org'],
    ['http://localhost'],
    ['192.168.0.1'],
    ['javascript:void(0)'],
    ['<script>'],
    [''],
  ])('%s -> undefined', (input) => {
    expect(normalizeWebsite(input)).toBeUndefined();
  });
});
