import * as assert from 'node:assert/strict';
import { genderOf, genderOfPronoun, gendersByPronoun } from '../../../src/core/nlp/gender';

const person = (name: string, aliases: string[] = [], role: string | null = null) => ({ name, aliases, role });

describe('genderOf', () => {
  const cases: Array<[string, ReturnType<typeof person>, ReturnType<typeof genderOf>]> = [
    ['an honorific in an alias', person('Henrik Dahl', ['Dahl', 'Mr. Dahl']), 'male'],
    ['a female honorific', person('Marta Kowalski', ['Ms Kowalski']), 'female'],
    ['a gendered role', person('Marta Kowalski', [], 'Government spokeswoman'), 'female'],
    ['a royal title', person('Astrid Lind', [], 'Queen'), 'female'],
    ['a chairman may be a woman', person('Astrid Lind', [], 'Chairman of the board'), null],
    ['given names are not read', person('Andrea Rossi', ['Rossi']), null],
    ['an honorific word inside a name is none', person('Mrsic Dahl', ['Ladyzhenko']), null],
    ['both genders: two people under one key', person('Li Wei', ['Mr Li', 'Ms Li']), null],
    ['nothing said', person('Wang Yi', ['Wang'], 'Chinese Foreign Minister'), null],
  ];
  for (const [name, p, expected] of cases) it(name, () => assert.equal(genderOf(p), expected));

  it('reads he and she, not they', () => {
    assert.deepEqual(['He', 'she', 'they', 'it'].map(genderOfPronoun), ['male', 'female', null, null]);
  });
});

describe('gendersByPronoun: what the article\'s pronouns say', () => {
  /** The genders the pronouns of a text give the people written in it as [[name]] (its key is the name). */
  const gendersIn = (marked: string) => {
    let text = '';
    const mentions = new Map<string, Array<{ start: number; end: number }>>();
    for (const [i, part] of marked.split(/\[\[|\]\]/).entries()) {
      if (i % 2 === 1) (mentions.get(part) ?? mentions.set(part, []).get(part)!).push({ start: text.length, end: text.length + part.length });
      text += part;
    }
    return Object.fromEntries(gendersByPronoun(text, [...mentions].map(([key, m]) => ({ key, mentions: m }))));
  };

  it('reads "said she" after a name, and a sentence naming only its subject before one that opens with "He"', () => {
    assert.deepEqual(gendersIn('[[Varga]], speaking in Lisbon, said she was pleased. [[Lund]] left early. He did not speak.'), { Varga: 'female', Lund: 'male' });
  });

  it('reads the relative clause of the subject as theirs, and not across an abbreviation', () => {
    assert.deepEqual(gendersIn('[[Varga]], who was making her first visit, praised the hosts. She also met students.'), { Varga: 'female' });
    assert.deepEqual(gendersIn('Mr. [[Lund]] thanked Ms. [[Varga]] for the dinner. He left at ten.'), {});
  });

  it('reads nothing from a name that is no subject, or beside a pronoun of someone else', () => {
    assert.deepEqual(gendersIn('The minister attended the inauguration of the former president [[Dilma Rocha]]. He then flew home.'), {});
    assert.deepEqual(gendersIn('President [[Uhuru Kamau]] will receive her at the State House. She is expected to inspect the guard.'), {});
  });

  it('keeps no gender the pronouns disagree on, and counts "said he" above a next sentence\'s "She"', () => {
    assert.deepEqual(gendersIn('[[Lee]] said he would go. [[Lee]] said she would stay.'), {});
    assert.deepEqual(gendersIn('[[Berg]] said he was pleased. [[Berg]] spoke first. She later visited a school.'), { Berg: 'male' });
  });

  it('comes after what honorifics and roles say', () => {
    assert.equal(genderOf({ name: 'Astrid Lind', aliases: ['Mr Lind'], role: null, genderByPronoun: 'female' }), 'male');
    assert.equal(genderOf({ name: 'Astrid Lind', aliases: [], role: null, genderByPronoun: 'female' }), 'female');
  });
});
