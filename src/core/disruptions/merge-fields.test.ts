import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import {
  findUnknownMergeFields,
  firstNameOf,
  MERGE_FIELDS,
  type MergeField,
  type MergeValues,
  mentionsPromise,
  renderTemplate,
} from './merge-fields.ts';
import { DEFAULT_OUTREACH_BODY, DEFAULT_OUTREACH_SUBJECT, DEFAULT_UPDATE_BODY } from './outreach.ts';

const values: MergeValues = {
  'client.name': 'Ada Fielding',
  'client.first_name': 'Ada',
  message: 'Olive is unwell and off for two weeks.',
  promise: 'Monday 14 December 2026',
  plan_link: 'https://rapport.example/c/cp_abc',
  'business.name': 'Harbor Studio',
};

describe('renderTemplate', () => {
  it.each([
    ['Dear {{client.first_name}},', 'Dear Ada,'],
    ['{{ client.name }} / {{client.name}}', 'Ada Fielding / Ada Fielding'],
    ['Back by {{promise}}.', 'Back by Monday 14 December 2026.'],
    ['{{business.name}}: {{message}}', 'Harbor Studio: Olive is unwell and off for two weeks.'],
    ['Your page: {{plan_link}}', 'Your page: https://rapport.example/c/cp_abc'],
    ['no fields at all', 'no fields at all'],
    // Not placeholders: single braces, an unclosed pair, braces with braces inside.
    ['{client.name} and {{client.name', '{client.name} and {{client.name'],
    ['<b>{{client.name}}</b> & co', '<b>Ada Fielding</b> & co'],
  ])('%j → %j', (template, expected) => {
    expect(renderTemplate(template, values)).toBe(expected);
  });

  it.each([
    ['{{promised}}', ['promised']],
    ['Hi {{client.email}} and {{ Client.Name }}', ['client.email', 'Client.Name']],
    ['{{}} twice {{ }}', ['']],
    ['{{message}} {{x}} {{x}}', ['x']],
  ])('refuses %j naming %j', (template, unknown) => {
    expect(findUnknownMergeFields(template)).toEqual(unknown);
    expect(() => renderTemplate(template, values)).toThrow(AppError);
    try {
      renderTemplate(template, values);
    } catch (error) {
      expect((error as AppError).code).toBe('invalid_input');
      for (const name of unknown) expect((error as AppError).message).toContain(`{{${name}}}`);
    }
  });

  it('puts values in literally, never reading placeholders or markup inside them', () => {
    const hostile = { ...values, 'client.name': '{{promise}} <script>x</script> $& $1' };
    expect(renderTemplate('Hi {{client.name}}!', hostile)).toBe('Hi {{promise}} <script>x</script> $& $1!');
  });

  const field = fc.constantFrom(...(Object.keys(MERGE_FIELDS) as MergeField[]));
  const literal = fc.string().filter((text) => !text.includes('{') && !text.includes('}'));
  const anyValues = fc.record(
    Object.fromEntries(Object.keys(MERGE_FIELDS).map((name) => [name, fc.string()])) as Record<
      MergeField,
      fc.Arbitrary<string>
    >,
  );

  it('renders any mix of text and known fields as the text with each value in place', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(literal, field)), literal, anyValues, (parts, tail, merged) => {
        const template = parts.map(([text, name]) => `${text}{{${name}}}`).join('') + tail;
        const expected = parts.map(([text, name]) => text + merged[name]).join('') + tail;
        expect(findUnknownMergeFields(template)).toEqual([]);
        expect(renderTemplate(template, merged)).toBe(expected);
      }),
    );
  });

  it('reports any other name put between double braces', () => {
    const name = fc
      .string({ minLength: 1, maxLength: 20 })
      .map((text) => text.trim())
      .filter((text) => !text.includes('{') && !text.includes('}') && !Object.hasOwn(MERGE_FIELDS, text));
    fc.assert(
      fc.property(literal, name, literal, (before, unknown, after) => {
        expect(findUnknownMergeFields(`${before}{{${unknown}}}${after}`)).toEqual([unknown]);
      }),
    );
  });
});

describe('the default templates', () => {
  it('use only known fields, and the outreach tells the date', () => {
    for (const template of [DEFAULT_OUTREACH_SUBJECT, DEFAULT_OUTREACH_BODY, DEFAULT_UPDATE_BODY])
      expect(findUnknownMergeFields(template)).toEqual([]);
    expect(mentionsPromise(DEFAULT_OUTREACH_SUBJECT, DEFAULT_OUTREACH_BODY)).toBe(true);
    expect(mentionsPromise('Dear {{client.name}}', 'no date here, {promise}')).toBe(false);
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Ada Fielding', 'person', 'Ada'],
    ['  Björn   Andersen ', 'person', 'Björn'],
    ['Cher', 'person', 'Cher'],
    ['Marlow Bakery Ltd', 'business', 'Marlow Bakery Ltd'],
  ] as const)('%j (%s) → %j', (name, kind, expected) => {
    expect(firstNameOf(name, kind)).toBe(expected);
  });
});
