import * as assert from 'node:assert/strict';
import { genderOf, genderOfPronoun } from '../../../src/core/nlp/gender';

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
