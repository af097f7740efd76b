import { describeField, type FieldTable } from './field-access';
import type { Person } from './person';

/** The person fields persona criteria may name, read by number (see field-access.ts). */

function readPerson(p: Person, field: number): unknown {
  switch (field) {
    case 0:
      return p.title;
    case 1:
      return p.headline;
    case 2:
      return p.seniority;
    case 3:
      return p.department;
    case 4:
      return p.location;
    case 5:
      return p.companyName;
    default:
      return undefined;
  }
}

export const personFields: FieldTable<Person> = {
  title: describeField(readPerson, 0, 'title', 'title', 'Title'),
  headline: describeField(readPerson, 1, 'headline', 'headline', 'Headline'),
  seniority: describeField(readPerson, 2, 'seniority', 'seniority', 'Seniority'),
  department: describeField(readPerson, 3, 'department', 'department', 'Department'),
  location: describeField(readPerson, 4, 'location', 'location', 'Location'),
  companyName: describeField(readPerson, 5, 'companyName', 'company name', 'Company name'),
};
