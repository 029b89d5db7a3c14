import { stringify } from 'csv-stringify/sync';
import { seededRandom } from './stats.ts';

/** One generated client, in the shape of the API's client input. */
export interface BenchClient {
  kind: 'person' | 'business';
  name: string;
  company: string | null;
  email: string | null;
  phone: string | null;
  status: 'prospect' | 'active' | 'paused' | 'cancelled';
  tags: string[];
  since: string;
}

export const FIRST_NAMES = (
  'Olivia Liam Emma Noah Ava Oliver Sophia Elijah Isabella James Mia William Amelia Benjamin Harper Lucas ' +
  'Evelyn Henry Abigail Alexander Emily Mason Ella Michael Elizabeth Ethan Camila Daniel Luna Jacob Sofia ' +
  'Logan Avery Jackson Mila Levi Aria Sebastian Scarlett Mateo Penelope Jack Layla Owen Chloe Theodore ' +
  'Victoria Aiden Madison Samuel Eleanor Joseph Grace John Nora David Riley Wyatt Zoey Matthew Hannah ' +
  'Luke Hazel Asher Lily Carter Ellie Julian Violet Grayson Lillian Leo Zoë Jayden Aurora Gabriel Nova ' +
  'Isaac Emilia Lincoln Stella Anthony Maya Hudson Paisley Dylan Naomi Ezra Elena Thomas Sarah Charles ' +
  'Ingrid Josué Björn Anaïs Priya Rahul Mei Hiroshi Fatima Omar Siobhan Niamh Tomasz Agnieszka Kwame Ama'
).split(' ');

export const SURNAMES = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez ' +
  'Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark ' +
  'Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams ' +
  'Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker ' +
  'Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper ' +
  'Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James ' +
  'Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez ' +
  "Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Vasquez O'Brien " +
  'Müller Schmidt Schneider Fischer Weber Becker Hoffmann Kowalski Nowak Wiśniewski Dubois Lefèvre ' +
  'Rossi Russo Ferrari Esposito Bianchi Yamamoto Tanaka Suzuki Sato Wang Li Zhang Chen Liu Singh Kumar ' +
  'Sharma Okafor Mensah Haddad Nakamura Lindqvist Johansson Andersen Nielsen Kovačić Novak Horvat'
).split(' ');

const COMPANY_FIRST = (
  'North Blue Silver Harbor Maple Cedar Summit Bright Golden Iron Oak River Stone Willow Copper Pine ' +
  'Swift Clear Little Grand Urban Coastal Prairie Lantern Beacon Meadow Granite Falcon Juniper Red'
).split(' ');
const COMPANY_SECOND = (
  'Bakery Studio Design Consulting Fitness Dental Legal Print Media Coffee Garden Realty Yoga Catering ' +
  'Marketing Accounting Logistics Wellness Photography Architecture Outfitters Florist Brewing Analytics'
).split(' ');
const COMPANY_SUFFIX = ['', '', ' LLC', ' Ltd', ' & Co', ' Group', ' Partners', ' Inc'];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'fastmail.com'];
const TAGS = (
  'vip retainer monthly annual referral coaching design seo wholesale nonprofit startup local remote ' +
  'priority legacy hardship barter newsletter workshop enterprise'
).split(' ');
const STATUSES = [
  ['active', 0.7],
  ['prospect', 0.12],
  ['paused', 0.08],
  ['cancelled', 0.1],
] as const;

const SINCE_START = Date.UTC(2008, 0, 1);
const SINCE_END = Date.UTC(2026, 9, 31);

/**
 * `count` clients, the same ones on every run with the same seed. E-mails are unique, as
 * in a list worth importing: the import refuses a file that repeats one.
 */
export function generateClients(count: number, seed = 2): BenchClient[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const clients: BenchClient[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const company = `${pick(COMPANY_FIRST)} ${pick(COMPANY_SECOND)}${pick(COMPANY_SUFFIX)}`;
    const domain = `${company.split(' ').slice(0, 2).join('').toLowerCase()}.example`;
    const isBusiness = random() < 0.2;
    const first = pick(FIRST_NAMES);
    const last = pick(SURNAMES);
    const local = `${ascii(first)}.${ascii(last)}`.toLowerCase();
    // Several clients share a name; a number keeps most addresses apart, as in real lists.
    const suffix = random() < 0.5 ? '' : String(Math.floor(random() * 1000));
    const worksSomewhere = random() < 0.6;
    const email =
      random() < 0.05
        ? null
        : unique(
            taken,
            isBusiness ? 'hello' : `${local}${suffix}`,
            isBusiness ? domain : worksSomewhere ? domain : pick(MAIL_DOMAINS),
          );
    clients.push({
      kind: isBusiness ? 'business' : 'person',
      name: isBusiness ? company : `${first} ${last}`,
      company: isBusiness || !worksSomewhere ? null : company,
      email,
      phone: random() < 0.3 ? null : `+1 555 ${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}`,
      status: pickWeighted(random(), STATUSES),
      tags: pickTags(random),
      since: new Date(SINCE_START + Math.floor(random() * (SINCE_END - SINCE_START)))
        .toISOString()
        .slice(0, 10),
    });
  }
  return clients;
}

/** `local@domain`, or `local.2@domain`, `local.3@domain`… when an earlier client has it. */
function unique(taken: Set<string>, local: string, domain: string): string {
  let email = `${local}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = `${local}.${n}@${domain}`;
  taken.add(email);
  return email;
}

function pickTags(random: () => number): string[] {
  const count = Math.floor(random() * random() * 4);
  const tags = new Set<string>();
  while (tags.size < count) tags.add(TAGS[Math.floor(random() * TAGS.length)] as string);
  return [...tags];
}

function pickWeighted<T extends string>(roll: number, weighted: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [value, weight] of weighted) {
    total += weight;
    if (roll < total) return value;
  }
  return weighted[0]?.[0] as T;
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '');
}

/** The columns the CSV carries, header → client field. */
export const CSV_COLUMNS: [header: string, field: keyof BenchClient][] = [
  ['name', 'name'],
  ['kind', 'kind'],
  ['company', 'company'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['status', 'status'],
  ['tags', 'tags'],
  ['since', 'since'],
];

/** A CSV file of the clients, as an export from another tool would look. */
export function clientsCsv(clients: BenchClient[], tagSeparator = ';'): string {
  return stringify(
    clients.map((client) =>
      CSV_COLUMNS.map(([, field]) => {
        const value = client[field];
        return Array.isArray(value) ? value.join(tagSeparator) : (value ?? '');
      }),
    ),
    { header: true, columns: CSV_COLUMNS.map(([header]) => header) },
  );
}
