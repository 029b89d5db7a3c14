import type { BenchClient } from '../lib/client-data.ts';
import { seededRandom } from '../lib/stats.ts';

export type QueryKind = 'prefix-1' | 'prefix-2' | 'full name' | 'surname' | 'e-mail fragment' | 'typo';

export interface SearchQuery {
  kind: QueryKind;
  q: string;
}

/** How many of each kind: ~200 queries in the mix a search-as-you-type box sends. */
const MIX: [QueryKind, number][] = [
  ['prefix-1', 25],
  ['prefix-2', 35],
  ['full name', 40],
  ['surname', 40],
  ['e-mail fragment', 30],
  ['typo', 30],
];

/** Queries drawn from the seeded clients themselves, so most of them find something. */
export function searchQueries(clients: BenchClient[], seed = 7): SearchQuery[] {
  const random = seededRandom(seed);
  const people = clients.filter((client) => client.kind === 'person');
  const withEmail = people.filter((client) => client.email);
  const person = (from = people) => from[Math.floor(random() * from.length)] as BenchClient;
  const make: Record<QueryKind, () => string> = {
    'prefix-1': () => person().name.slice(0, 1),
    'prefix-2': () => person().name.slice(0, 2),
    'full name': () => person().name,
    surname: () => person().name.split(' ').slice(1).join(' '),
    'e-mail fragment': () => emailFragment(person(withEmail), random),
    typo: () => typo(person().name, random),
  };
  const queries: SearchQuery[] = [];
  for (const [kind, count] of MIX) {
    for (let i = 0; i < count; i++) queries.push({ kind, q: make[kind]() });
  }
  // Interleaved, as real traffic is, so no kind benefits from a warm cache of its own.
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [queries[i], queries[j]] = [queries[j] as SearchQuery, queries[i] as SearchQuery];
  }
  return queries;
}

function emailFragment(client: BenchClient, random: () => number): string {
  const [local = '', domain = ''] = (client.email ?? '').split('@');
  const roll = random();
  if (roll < 0.4) return local.slice(0, Math.max(3, Math.ceil(local.length / 2)));
  if (roll < 0.7) return `${local}@`;
  return domain.split('.')[0] ?? domain;
}

/** One slip of the finger: a swapped, dropped, doubled or wrong letter. */
function typo(name: string, random: () => number): string {
  const at = 1 + Math.floor(random() * Math.max(1, name.length - 2));
  const roll = random();
  if (roll < 0.25) return name.slice(0, at) + (name[at + 1] ?? '') + (name[at] ?? '') + name.slice(at + 2);
  if (roll < 0.5) return name.slice(0, at) + name.slice(at + 1);
  if (roll < 0.75) return name.slice(0, at) + (name[at] ?? '') + name.slice(at);
  const letter = 'etaoinshrdlu'[Math.floor(random() * 12)] ?? 'e';
  return name.slice(0, at) + letter + name.slice(at + 1);
}
