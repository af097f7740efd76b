import { describe, expect, it } from 'vitest';
import { inferDepartment, inferSeniority, personRole } from '../../../../lib/extract/linkedin/title';

type Row = [title: string, seniority: ReturnType<typeof inferSeniority>, department: string | undefined];

const IC = 'individual contributor';

// Real-world titles in English, German, French and Spanish.
const TITLES: Row[] = [
  ['Chief Executive Officer', 'c-level', 'Executive'],
  ['CEO', 'c-level', 'Executive'],
  ['Founder & CEO', 'c-level', 'Executive'],
  ['Co-Founder, CEO', 'c-level', 'Executive'],
  ['Chief Revenue Officer', 'c-level', 'Sales'],
  ['Chief Technology Officer', 'c-level', 'Engineering'],
  ['CFO', 'c-level', 'Finance'],
  ['Chief Marketing Officer', 'c-level', 'Marketing'],
  ['Chief People Officer', 'c-level', 'HR/People'],
  ['COO', 'c-level', 'Operations'],
  ['President', 'c-level', 'Executive'],
  ['Owner', 'c-level', 'Executive'],
  ['Managing Director', 'c-level', 'Executive'],
  ['General Counsel', 'c-level', 'Legal'],
  ['Board Member', 'c-level', 'Executive'],
  ['VP of Engineering', 'vp', 'Engineering'],
  ['Vice President, Sales', 'vp', 'Sales'],
  ['SVP Marketing', 'vp', 'Marketing'],
  ['VP Customer Success', 'vp', 'Customer Success'],
  ['Head of Growth', 'director', 'Marketing'],
  ['Head of Sales EMEA', 'director', 'Sales'],
  ['Head of IT', 'director', 'IT'],
  ['Director of Product Management', 'director', 'Product'],
  ['Senior Director, Revenue Operations', 'director', 'Revenue Operations'],
  ['Chief of Staff', 'director', 'Executive'],
  ['Engineering Manager', 'manager', 'Engineering'],
  ['Marketing Manager', 'manager', 'Marketing'],
  ['Sales Manager', 'manager', 'Sales'],
  ['IT Manager', 'manager', 'IT'],
  ['Office Manager', 'manager', 'Operations'],
  ['Product Marketing Manager', 'manager', 'Marketing'],
  ['Account Manager', IC, 'Sales'],
  ['Product Manager', IC, 'Product'],
  ['Senior Product Manager', IC, 'Product'],
  ['Customer Success Manager', IC, 'Customer Success'],
  ['Senior Software Engineer', IC, 'Engineering'],
  ['Account Executive', IC, 'Sales'],
  ['SDR', IC, 'Sales'],
  ['Business Development Representative', IC, 'Sales'],
  ['Sales Engineer', IC, 'Sales'],
  ['Data Scientist', IC, 'Data'],
  ['Data Engineer', IC, 'Data'],
  ['Product Designer', IC, 'Design'],
  ['UX Researcher', IC, 'Design'],
  ['Solutions Architect', IC, 'Engineering'],
  ['Talent Acquisition Partner', IC, 'HR/People'],
  ['Recruiter', IC, 'HR/People'],
  ['Controller', IC, 'Finance'],
  ['Executive Assistant to the CEO', IC, 'Executive'],
  ['Intern', IC, undefined],
  ['Geschäftsführer', 'c-level', 'Executive'],
  ['Geschäftsführerin', 'c-level', 'Executive'],
  ['Vorstandsvorsitzender', 'c-level', 'Executive'],
  ['Inhaber', 'c-level', 'Executive'],
  ['Leiter Vertrieb', 'director', 'Sales'],
  ['Vertriebsleiter', 'director', 'Sales'],
  ['Leiterin Marketing', 'director', 'Marketing'],
  ['Bereichsleiter IT', 'director', 'IT'],
  ['Teamleiter Kundenservice', 'manager', 'Customer Success'],
  ['Key Account Manager', IC, 'Sales'],
  ['Softwareentwickler', IC, 'Engineering'],
  ['Personalreferentin', IC, 'HR/People'],
  ['Mitarbeiterin Buchhaltung', IC, 'Finance'],
  ['Président-directeur général', 'c-level', 'Executive'],
  ['PDG', 'c-level', 'Executive'],
  ['Fondateur', 'c-level', 'Executive'],
  ['Directeur commercial', 'director', 'Sales'],
  ['Directrice marketing', 'director', 'Marketing'],
  ['Directeur technique', 'director', 'Engineering'],
  ['Responsable marketing', 'manager', 'Marketing'],
  ['Responsable des ressources humaines', 'manager', 'HR/People'],
  ['Chef de projet', IC, undefined],
  ['Ingénieur logiciel', IC, 'Engineering'],
  ['Développeur Full Stack', IC, 'Engineering'],
  ['Chargée de recrutement', IC, 'HR/People'],
  ['Comptable', IC, 'Finance'],
  ['Director General', 'c-level', 'Executive'],
  ['Consejero Delegado', 'c-level', 'Executive'],
  ['Fundador y CEO', 'c-level', 'Executive'],
  ['Gerente General', 'c-level', 'Executive'],
  ['Vicepresidente de Ventas', 'vp', 'Sales'],
  ['Directora Comercial', 'director', 'Sales'],
  ['Jefe de ventas', 'manager', 'Sales'],
  ['Gerente de Marketing', 'manager', 'Marketing'],
  ['Responsable de Recursos Humanos', 'manager', 'HR/People'],
  ['Ejecutivo de cuentas', IC, 'Sales'],
  ['Desarrollador de software', IC, 'Engineering'],
  ['Analista de datos', IC, 'Data'],
  ['Abogado', IC, 'Legal'],
];

describe('inferSeniority / inferDepartment', () => {
  it('has a table of at least 60 titles', () => expect(TITLES.length).toBeGreaterThanOrEqual(60));

  it.each(TITLES)('%s -> %s / %s', (title, seniority, department) => {
    expect(inferSeniority(title)).toBe(seniority);
    expect(inferDepartment(title)).toBe(department);
  });

  it.each(['', '   ', undefined])('returns undefined for %j', (t) => {
    expect(inferSeniority(t)).toBeUndefined();
    expect(inferDepartment(t)).toBeUndefined();
  });

  it('leaves titles it cannot place undefined', () => {
    expect(inferSeniority('Student')).toBeUndefined();
    expect(inferDepartment('Member')).toBeUndefined();
  });

  it('does not read "it" as IT', () => expect(inferDepartment('Making it happen')).toBeUndefined());
});

describe('personRole', () => {
  it('uses the title, else the headline', () => {
    expect(personRole({ title: 'VP of Engineering', headline: 'Hiring!' })).toEqual({
      seniority: 'vp',
      department: 'Engineering',
    });
    expect(personRole({ headline: 'Head of Growth' })).toEqual({ seniority: 'director', department: 'Marketing' });
    expect(personRole(undefined)).toEqual({});
  });
});
