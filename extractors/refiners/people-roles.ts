import type { Person } from '../../schema/index.js';
import type { Refiner } from '../types.js';

const INITIAL = /^(\p{Lu}|Ch)\.$/u;

/**
 * Settles the people of a document: an initial ("K. Marcinková") becomes the one full name with that
 * surname and initial; a person found with a role in a list is not repeated as `other` for a mention in
 * prose; each name and role once, the first evidence kept.
 */
export const peopleRoles: Refiner = {
  id: 'people-roles',
  refine(fields) {
    const people = fields.people.map((p) => ({ ...p }));
    // full names by surname
    const full = new Map<string, Set<string>>();
    for (const p of people) {
      const parts = p.name.split(' ');
      if (parts.length < 2 || INITIAL.test(parts[0])) continue;
      full.set(parts.at(-1)!, (full.get(parts.at(-1)!) ?? new Set()).add(p.name));
    }
    // names written with an initial only ("M. Kratochvíl"), by surname: a bare surname may stand for one of them
    const initialled = new Map<string, Set<string>>();
    for (const p of people) {
      const parts = p.name.split(' ');
      if (parts.length === 2 && INITIAL.test(parts[0])) initialled.set(parts[1], (initialled.get(parts[1]) ?? new Set()).add(p.name));
    }
    for (const p of people) {
      const parts = p.name.split(' ');
      const surname = parts.at(-1)!;
      const given = parts.length > 1 ? parts[0] : undefined;
      if (given && !INITIAL.test(given)) continue;
      let hits = new Set([...(full.get(surname) ?? [])].filter((name) => !given || name.startsWith(given.slice(0, -1))));
      // "p. Kratochvíl" in prose, "M. Kratochvíl" in a list, and no full name: the one with the initial
      if (!given && !hits.size) hits = initialled.get(surname) ?? hits;
      if (hits.size === 1) {
        p.written ??= p.evidence.text;
        p.name = [...hits][0];
      }
    }
    const roles = new Map<string, Set<string>>();
    for (const p of people) roles.set(p.name, (roles.get(p.name) ?? new Set()).add(p.role));
    const seen = new Set<string>();
    const out: Person[] = [];
    for (const p of people) {
      if (p.role === 'other' && roles.get(p.name)!.size > 1) continue;
      const key = `${p.name}|${p.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p);
    }
    return { ...fields, people: out };
  },
};
