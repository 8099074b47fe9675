import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analysis';
import type { Actor } from '../../../src/core/types';
import { harborDeal, lagosFlood, seed, waterBill } from './fixtures';

const run = (a: { title: string; paragraphs: string[] }) =>
  analyse({ title: a.title, paragraphs: a.paragraphs, published: null, lang: 'en' });
const find = (actors: Actor[], name: string) => actors.filter((a) => a.name === name || a.aliases?.includes(name));

describe('actors', () => {
  it('merges a name, its surname and its titled forms into one actor', () => {
    const { actors } = run(seed);
    const biden = find(actors, 'Biden');
    expect(biden).toHaveLength(1);
    expect(biden[0]).toMatchObject({ name: 'Joe Biden', type: 'person', paragraph: 0 });
    expect(biden[0]!.aliases).toEqual(expect.arrayContaining(['Biden', 'President Biden']));
    expect(biden[0]!.mentions).toBeGreaterThanOrEqual(6);
    expect(find(actors, 'Putin')).toHaveLength(1);
  });

  it('merges an acronym with its expansion', () => {
    const nato = find(run(seed).actors, 'NATO');
    expect(nato).toHaveLength(1);
    expect([nato[0]!.name, ...(nato[0]!.aliases ?? [])]).toContain('North Atlantic Treaty Organization');
    expect(nato[0]!.type).toBe('organization');
    const rgia = find(run(waterBill).actors, 'RGIA');
    expect(rgia.map((a) => a.name)).toEqual(['Rio Grande Irrigation Authority']);
  });

  it('folds honorifics and possessives into the person', () => {
    const { actors } = run(waterBill);
    const alvarez = find(actors, 'Alvarez');
    expect(alvarez).toHaveLength(1);
    expect(alvarez[0]!.name).toBe('Maria Alvarez');
    expect(alvarez[0]!.aliases).toContain('Ms. Alvarez');
    expect(alvarez[0]!.mentions).toBe(3);
    const northwind = run(harborDeal).actors.filter((a) => /Northwind/.test(a.name));
    expect(northwind).toHaveLength(1);
    expect(northwind[0]).toMatchObject({ name: 'Northwind Logistics Inc.', type: 'organization' });
  });

  it('reads roles from titles, "of" phrases, appositions and relative clauses', () => {
    const role = (a: { title: string; paragraphs: string[] }, name: string) => find(run(a).actors, name)[0]?.role;
    expect(role(seed, 'Joe Biden')).toBe('President of the United States');
    expect(role(seed, 'Vladimir Putin')).toBe('President of Russia');
    expect(role(seed, 'Jen Psaki')).toBe('White House press secretary');
    expect(role(seed, 'Yuri Ushakov')).toBe('Kremlin aide');
    expect(role(waterBill, 'Maria Alvarez')).toBe('Governor of New Mexico');
    expect(role(waterBill, 'Tomás Reyes')).toBe('spokesman for the authority');
    expect(role(waterBill, 'Dana Whitfield')).toBe('State Senator');
    expect(role(harborDeal, 'Priya Raman')).toBe('Northwind’s chief executive');
    expect(role(harborDeal, 'Jonas Berg')).toBe('freight analyst at Keel Research');
    expect(role(lagosFlood, 'Nkechi Bello')).toBe('spokesperson for the agency');
    expect(role(lagosFlood, 'Chidi Okafor')).toBe('husband of Amina Okafor');
    expect(role(lagosFlood, 'Tunde Adeyemi')).toBe('urban planner at the University of Lagos');
  });

  it('leaves out places, dates, groups and capitalised sentence openers', () => {
    const names = run(seed).actors.map((a) => a.name);
    for (const notActor of [
      'Russia',
      'Ukraine',
      'Washington',
      'Thursday',
      'January',
      'Officials',
      'Despite',
      'Cold War',
    ])
      expect(names).not.toContain(notActor);
    expect(run(waterBill).actors.map((a) => a.name)).not.toContain('March');
  });

  it('ranks the people the story is about first and caps the list', () => {
    expect(
      run(seed)
        .actors.slice(0, 2)
        .map((a) => a.name),
    ).toEqual(['Joe Biden', 'Vladimir Putin']);
    const crowd = Array.from(
      { length: 40 },
      (_, i) => `Councillor ${String.fromCharCode(65 + (i % 26))}${'abcdefghij'[i % 10]}son Okafor-${i} spoke.`,
    );
    const paragraphs = crowd.map(
      (_, i) =>
        `Council member Ada Smith${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${'kmpt'[i % 4]} said the council would vote on the budget.`,
    );
    expect(run({ title: 'Council votes', paragraphs }).actors.length).toBeLessThanOrEqual(25);
  });

  it('takes a common word capitalised and speaking for a company, and "the company" for it', () => {
    const r = analyse({
      title: 'Orchard settles battery case',
      paragraphs: [
        'Orchard said on Tuesday it would pay $40 million to settle claims that its phones slowed down with age.',
        '“We have never shortened the life of a product on purpose,” the company said in a statement.',
        'Shares of Orchard rose 1 percent.',
      ],
      published: null,
      lang: 'en',
    });
    expect(r.actors).toContainEqual(expect.objectContaining({ name: 'Orchard', type: 'organization', mentions: 2 }));
    expect(r.quotes[0]?.speaker).toBe('Orchard');
    expect(r.actors.map((a) => a.name)).not.toContain('Shares');
  });

  it('gives a first-mention paragraph to every actor', () => {
    const { actors } = run(waterBill);
    expect(find(actors, 'Tomás Reyes')[0]!.paragraph).toBe(2);
    expect(find(actors, 'Dana Whitfield')[0]!.paragraph).toBe(4);
  });

  it('degrades to nothing on other languages, and never throws', () => {
    const german = {
      title: 'Regierung will Gesetz ändern',
      paragraphs: [
        'Der Kanzler sagte am Montag in Berlin, die Regierung werde das Gesetz noch in diesem Jahr ändern.',
        '„Wir haben keine Zeit zu verlieren“, sagte er vor Journalisten im Kanzleramt.',
      ],
    };
    expect(analyse({ ...german, published: null, lang: 'de' })).toMatchObject({ actors: [], quotes: [] });
    expect(analyse({ ...german, published: null, lang: null })).toMatchObject({ actors: [], quotes: [] });
  });
});
