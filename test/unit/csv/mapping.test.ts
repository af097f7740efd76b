import { describe, expect, it } from 'vitest';
import { exportHeaders } from '@/lib/csv/export';
import { guessField, guessMapping, headerKey } from '@/lib/csv/import';

const fields = (headers: string[]) => guessMapping(headers).map((m) => m.field);

describe('guessMapping', () => {
  it('reads HubSpot company export headers', () => {
    expect(
      fields([
        'Record ID',
        'Company name',
        'Company Domain Name',
        'Website URL',
        'Industry',
        'Number of Employees',
        'Annual Revenue',
        'Country/Region',
        'State/Region',
        'City',
        'LinkedIn Company Page',
        'Description',
        'Year Founded',
        'Deal Stage',
        'Lead Status',
        'Lifecycle Stage',
        'Create Date',
      ]),
    ).toEqual([
      'ignore',
      'name',
      'website',
      'website',
      'industry',
      'employees',
      'revenue',
      'country',
      'region',
      'city',
      'linkedinUrl',
      'description',
      'founded',
      'status',
      'status',
      'ignore',
      'ignore',
    ]);
  });

  it('reads Salesforce account headers, labels and API names', () => {
    expect(
      fields([
        'Account ID',
        'Account Name',
        'Website',
        'Industry',
        'Employees',
        'Annual Revenue',
        'Billing City',
        'Billing State/Province',
        'Billing Country',
        'Billing Zip/Postal Code',
        'Description',
        'Account Owner',
        'Stage',
      ]),
    ).toEqual([
      'ignore',
      'name',
      'website',
      'industry',
      'employees',
      'revenue',
      'city',
      'region',
      'country',
      'ignore',
      'description',
      'ignore',
      'status',
    ]);
    expect(
      fields(['Name', 'NumberOfEmployees', 'AnnualRevenue', 'BillingCountry', 'BillingState', 'BillingCity']),
    ).toEqual(['name', 'employees', 'revenue', 'country', 'region', 'city']);
  });

  it("reads our own exports back: 'all' and the ICP columns", () => {
    const all = guessMapping(exportHeaders('all'));
    const by = Object.fromEntries(all.map((m) => [m.header, m.field]));
    expect(by).toMatchObject({
      key: 'ignore',
      name: 'name',
      domain: 'website',
      website: 'website',
      linkedinUrl: 'linkedinUrl',
      country: 'country',
      region: 'region',
      city: 'city',
      industry: 'industry',
      employeesMin: 'employees',
      employeesMax: 'employeesMax',
      revenueMinUsd: 'revenue',
      revenueMaxUsd: 'revenueMax',
      foundedYear: 'founded',
      description: 'description',
      technologies: 'technologies',
      status: 'status',
      tags: 'tags',
      notes: 'notes',
      score: 'ignore',
      people: 'ignore',
      sourceUrl: 'ignore',
    });
    expect(fields(['ICP Score', 'ICP Tier', 'ICP Status', 'ICP Tags', 'ICP Notes'])).toEqual([
      'ignore',
      'ignore',
      'status',
      'tags',
      'notes',
    ]);
  });

  it('ignores case, spaces, accents and punctuation', () => {
    expect(headerKey('  Country / Région ')).toBe('countryregion');
    for (const h of ['COMPANY NAME', 'company_name', 'Company-Name', 'company.name', 'companyName']) {
      expect(guessField(h), h).toBe('name');
    }
    expect(guessField('# Employees')).toBe('employees');
    expect(guessField('No. of employees')).toBe('employees');
    expect(guessField('Employees (estimate)')).toBe('employees');
    expect(guessField('Company Country')).toBe('country');
    expect(guessField('HQ City')).toBe('city');
    expect(guessField('Company Linkedin Url')).toBe('linkedinUrl');
    expect(guessField('Headquarters')).toBe('location');
    expect(guessField('Annual Revenue (USD)')).toBe('revenue');
  });

  it('leaves what it does not know alone', () => {
    for (const h of ['', 'Phone Number', 'Owner', 'First Name', 'Deal Name', 'Close Date', 'x'.repeat(500)]) {
      expect(guessField(h), h).toBe('ignore');
    }
  });

  it('keeps positions, including repeated and empty headers', () => {
    expect(guessMapping(['Name', '', 'Name'])).toEqual([
      { index: 0, header: 'Name', field: 'name' },
      { index: 1, header: '', field: 'ignore' },
      { index: 2, header: 'Name', field: 'name' },
    ]);
    expect(guessMapping(null as unknown as string[])).toEqual([]);
  });
});
