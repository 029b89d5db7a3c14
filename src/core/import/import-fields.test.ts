import { describe, expect, it } from 'vitest';
import { CLIENT_CSV_HEADER } from '../export/client-columns.ts';
import { normalizeHeader, suggestMapping, uniqueColumnNames } from './import-fields.ts';

describe('suggestMapping', () => {
  it.each([
    ['Full name', 'name'],
    ['Name', 'name'],
    ['E-mail', 'email'],
    ['Email address', 'email'],
    ['EMAIL_ADDRESS', 'email'],
    ['Company', 'company'],
    ['Organisation', 'company'],
    ['organization', 'company'],
    ['Tags', 'tags'],
    ['Client since', 'since'],
    ['Since', 'since'],
    ['client_since', 'since'],
    ['Sells tags', 'sellsTags'],
    ['sellsTags', 'sellsTags'],
    ['First name', 'firstName'],
    ['Surname', 'lastName'],
    ['  Phone number ', 'phone'],
    ['Owner', 'owner'],
    ['Favourite colour', ''],
    ['Id', ''],
    ['Created at', ''],
  ])('maps %j to %j', (header, field) => {
    expect(suggestMapping([header])[header]).toBe(field);
  });

  it('gives a field to the first column naming it and leaves the next one unmapped', () => {
    expect(suggestMapping(['Email', 'E-mail address', 'Name'])).toEqual({
      Email: 'email',
      'E-mail address': '',
      Name: 'name',
    });
  });

  it("recognises every column of the export up to 'Client since'", () => {
    const mapping = suggestMapping(CLIENT_CSV_HEADER);
    expect(Object.values(mapping)).toEqual([
      'name',
      'kind',
      'company',
      'email',
      'phone',
      'address',
      'website',
      'status',
      'owner',
      'tags',
      'sells',
      'sellsTags',
      'notes',
      'since',
      '',
      '',
      '',
    ]);
  });
});

describe('normalizeHeader', () => {
  it('ignores case, spaces, underscores, hyphens and dots', () => {
    expect(normalizeHeader(' E-Mail_Address. ')).toBe('emailaddress');
  });
});

describe('uniqueColumnNames', () => {
  it('names blank headers by position and numbers repeats', () => {
    expect(uniqueColumnNames(['Name', ' ', 'Tags', 'Name', 'Name '])).toEqual([
      'Name',
      'Column 2',
      'Tags',
      'Name (2)',
      'Name (3)',
    ]);
  });
});
