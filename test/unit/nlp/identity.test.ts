import * as assert from 'node:assert/strict';
import { readArticle } from '../../../src/core/article/readArticle';
import { findPeople } from '../../../src/core/nlp/findPeople';
import { resolveIdentities } from '../../../src/core/nlp/identity';
import type { ArticleReading } from '../../../src/core/model';

function reading(file: string, paragraphs: string[]): ArticleReading {
  const article = readArticle(file, ['A headline about talks', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
  return { article, people: findPeople(article), statements: [], eventMentions: [] };
}

/** The identities of a corpus of invented articles, as "id: aliases" and the files each appears in. */
function identities(articles: string[][]): string[] {
  const readings = articles.map((paragraphs, i) => reading(`a${i}.txt`, paragraphs));
  return resolveIdentities(readings).people.map((p) => `${p.id} [${[...new Set(p.mentions.map((m) => m.file))].join(' ')}]`);
}

describe('resolveIdentities', () => {
  const cases: Array<[string, string[][], string[]]> = [
    [
      'a name with a suffix is the name without it elsewhere, unless its article has a father and a son of that name',
      [
        ['District Judge Anders H. Holm III said the sentence was fair.'],
        ['Judge Anders Holm said the sentence was fair.'],
        ['Olaf Brekke Sr. will step down. His son, Olaf Brekke Jr., will succeed him.'],
        ['Olaf Brekke said the shop would stay open.'],
      ],
      ['anders-h-holm-iii [a0.txt a1.txt]', 'olaf-brekke [a3.txt]', 'olaf-brekke-jr [a2.txt]', 'olaf-brekke-sr [a2.txt]'],
    ],
    [
      'two people of one article the people reader told apart ("no relation") stay two; the name elsewhere is the first\'s',
      [
        ['Defence Minister Lee Ha-eun met the envoy.', 'Opposition lawmaker Lee Ha Eun — no relation, despite the near-identical name — has led criticism of the plan.'],
        ['Defence Minister Lee Ha-eun left for Hanoi.'],
      ],
      ['lee-ha-eun [a0.txt a1.txt]', 'lee-ha-eun-2 [a0.txt]'],
    ],
    [
      'a name written without its last name (a second surname, a grandfather\'s name) or its lineage is the full one',
      [
        ['Mexican President Andrés Manuel Ortiz Salgado met the envoy.'],
        ['Andrés Manuel Ortiz said the border would unite both peoples.'],
        ['Senator Ana Costa Lima said the harvest was late.'],
        ['Senator Ana Costa said the rain came early.'],
        ['Prime Minister Dr. Tesfaye Alemu Bekele arrived.'],
        ['Prime Minister Tesfaye Alemu met the president.'],
        ['Tesfaye Alemu said the war was over.'],
        ['Crown Prince Faisal bin Khalid bin Nasser Al Hamdan received him.'],
        ['Crown Prince Faisal bin Khalid met the envoy.'],
        ['Faisal bin Khalid said the talks were useful.'],
      ],
      ['ana-costa-lima [a2.txt a3.txt]', 'andres-manuel-ortiz-salgado [a0.txt a1.txt]', 'faisal-bin-khalid [a7.txt a8.txt a9.txt]', 'tesfaye-alemu [a4.txt a5.txt a6.txt]'],
    ],
    [
      'a bare surname written with other vowels joins the one identity whose short form it is',
      [['President Anura Kumara Vissanayake arrived.'], ['President Vissanayake spoke.'], ['President Visanayaka left Delhi.']],
      ['anura-kumara-vissanayake [a0.txt a1.txt a2.txt]'],
    ],
    [
      'a ruler named with his father, with an honorific and lineage before and after, or by his given name, is one person',
      [['Sultan Faisal bin Tariq visited the port.'], ['Oman’s leader Sultan Sayyid Faisal bin Tariq Al Tariq received him.'], ['Sultan Faisal welcomed the guests.']],
      ['sayyid-faisal-bin-tariq-al-tariq [a0.txt a1.txt a2.txt]'],
    ],
    [
      'a long family name misspelt by a letter is one person\'s; one of a few letters, or a suffix, is not',
      [['President Marta Kowalczyk spoke.'], ['President Marta Kowalcyk left.'], ['Minister Jan Nowak spoke.'], ['Minister Jan Nowik spoke.'], ['President Marta Kowalczyk arrived.']],
      ['jan-nowak [a2.txt]', 'jan-nowik [a3.txt]', 'marta-kowalczyk [a0.txt a1.txt a4.txt]'],
    ],
    [
      'is named as several articles name them, not by a longer name one article gives',
      [['Crown Prince Faisal bin Khalid bin Nasser Al Hamdan received him.'], ['Crown Prince Faisal bin Khalid met the envoy.'], ['Faisal bin Khalid said the talks were useful.']],
      ['faisal-bin-khalid [a0.txt a1.txt a2.txt]'],
    ],
    [
      'a family name romanised with other vowels is one person\'s, a short one is not',
      [['President Tedros Afwerki spoke.'], ['President Tedros Afewerki left.'], ['Tedros Afeworki said the talks went well.'], ['Minister Omar Ali spoke.'], ['Minister Omar Alo left.']],
      ['omar-ali [a3.txt]', 'omar-alo [a4.txt]', 'tedros-afewerki [a0.txt a1.txt a2.txt]'],
    ],
    [
      'the same full name across articles is one person',
      [['Foreign Minister Ana Costa arrived.'], ['Ana Costa said the talks went well.']],
      ['ana-costa [a0.txt a1.txt]'],
    ],
    [
      'transliteration variants with the same surname are one person, named as most articles name them',
      [['Russian envoy Sergei Volkov spoke.'], ['Envoy Sergei Volkov left.'], ['Deputy Minister Sergey Volkov arrived.']],
      ['sergei-volkov [a0.txt a1.txt a2.txt]'],
    ],
    [
      'Zelenskyy-style doubled endings fold to one spelling',
      [['President Taras Hordiyenko spoke.'], ['President Taras Hordiyenkoo spoke.']],
      ['taras-hordiyenko [a0.txt a1.txt]'],
    ],
    [
      'Persian "q" and "gh" are one sound, romanised either way',
      [['Deputy Foreign Minister Reza Baqeri spoke.'], ['Deputy Foreign Minister Reza Bagheri left.']],
      ['reza-bagheri [a0.txt a1.txt]'],
    ],
    [
      'an article that only gives the surname joins the one full name that owns it',
      [['Defense Minister Ilse Brandt met troops.'], ['Brandt said more money was needed.']],
      ['ilse-brandt [a0.txt a1.txt]'],
    ],
    [
      'a surname two identities share stays apart',
      [['Minister Park Ji-ho spoke.'], ['Mayor Park Min-seo spoke.'], ['Park said the vote was close.']],
      ['park [a2.txt]', 'park-ji-ho [a0.txt]', 'park-min-seo [a1.txt]'],
    ],
    [
      'a given name written apart or together is one name ("Peng Li Yuan" / "Peng Liyuan"), and a first name spelt two ways in a fuller form ("Luis Inácio Da Silva" / "Luiz Inácio Lula da Silva")',
      [
        ['Xi Jinping and his wife Peng Li Yuan welcomed the guests.'],
        ['Xi Jinping and his wife Peng Liyuan welcomed the guests.'],
        ['Brazilian President Luis Inácio "Lula" Da Silva arrived in Beijing.'],
        ['Brazilian President Luiz Inácio Lula da Silva met Xi Jinping.'],
      ],
      ['luiz-inacio-lula-da-silva [a2.txt a3.txt]', 'peng-li-yuan [a0.txt a1.txt]', 'xi-jinping [a0.txt a1.txt a3.txt]'],
    ],
    [
      'a Portuguese or Spanish particle spelt another way is one name ("Lula da Silva" / "Lula de Silva")',
      [['Brazilian President Luiz Inacio Lula da Silva met the envoy.'], ['Brazilian leader Luis Inacio Lula de Silva met the envoy.'], ['Senator Ana de Souza spoke.', 'Senator Ana dos Santos spoke.']],
      ['ana-de-souza [a2.txt]', 'ana-dos-santos [a2.txt]', 'luis-inacio-lula-de-silva [a0.txt a1.txt]'],
    ],
    [
      'initials with or without full stops are one name ("J.D. Vance" / "JD Vance")',
      [['Vice President J.D. Vance was present at the White House.'], ['Vice President JD Vance said the call went well.']],
      ['j-d-vance [a0.txt a1.txt]'],
    ],
    [
      'Korean given names romanised with "eo" or "u" are one name ("Suk-yeol" / "Seok-yeol")',
      [['President Yoon Suk-yeol spoke.'], ['South Korean President Yoon Seok-yeol arrived in Tokyo.'], ['Minister Park Jeong-ho spoke.', 'Minister Park Jung-ho later left.']],
      ['park-jeong-ho [a2.txt]', 'yoon-seok-yeol [a0.txt a1.txt]'],
    ],
    [
      'a surname two identities share goes to the one that bears its title there ("Mayor Park")',
      [['Minister Park Ji-ho spoke.'], ['Mayor Park Min-seo spoke. "We are ready," Mayor Park said.'], ['Mayor Park said the vote was close.'], ['Chairman Park said the vote was close.']],
      ['park [a3.txt]', 'park-ji-ho [a0.txt]', 'park-min-seo [a1.txt a2.txt]'],
    ],
    [
      'a titled surname two identities share goes to the one whose full name bore that title elsewhere ("President Joe Biden")',
      [['President Joe Biden met the envoy.', 'First lady Jill Biden spoke.'], ['President Biden met the envoy on Tuesday.']],
      ['jill-biden [a0.txt]', 'joe-biden [a0.txt a1.txt]'],
    ],
    [
      'a fuller form of a name is the same person: an extra given name or title word before it',
      [['Foreign Minister Reza Amir Karimi spoke.'], ['Minister Amir Karimi said the talks went well.']],
      ['reza-amir-karimi [a0.txt a1.txt]'],
    ],
    [
      'the Arabic article, written "al-", "El-" or left out, and a doubled letter are one spelling of a name',
      [
        ['President Abdel-Karim El-Masri received the envoy on Tuesday.'],
        ['Envoy Omar Haddad held talks with President Abdel Karim al-Masri today.'],
        ['Masri said the talks went well.'],
        ['President Abdel Karim al-Massri said the talks went well.'],
      ],
      ['abdel-karim-al-masri [a0.txt a1.txt a2.txt a3.txt]', 'omar-haddad [a1.txt]'],
    ],
    [
      'names that differ in more than the article stay apart',
      [['President Abdel Karim al-Masri spoke.'], ['Minister Samir al-Masri spoke.']],
      ['abdel-karim-al-masri [a0.txt]', 'samir-al-masri [a1.txt]'],
    ],
    [
      'a name inside a patronymic is the father’s, not the son’s',
      [['Prime Minister Hamad bin Jassim Khalil said the talks went well.'], ['Former emir Hamad Khalil said the talks went well.']],
      ['hamad-bin-jassim-khalil [a0.txt]', 'hamad-khalil [a1.txt]'],
    ],
    [
      'a fuller name whose words differ is someone else',
      [['Foreign Minister Reza Amir Karimi spoke.'], ['Minister Omid Karimi said the talks went well.']],
      ['omid-karimi [a1.txt]', 'reza-amir-karimi [a0.txt]'],
    ],
    [
      'a Ukrainian given name and its Russian or English form are one name',
      [['Ukrainian envoy Oleksandr Hrytsenko spoke.'], ['Ukrainian envoy Alexander Gritsenko left.']],
      ['alexander-gritsenko [a0.txt a1.txt]'],
    ],
    [
      'a Cyrillic E that opens a given name, written Ye or E, is one name',
      [['Energy Minister Yerlan Dosmukhanov spoke.'], ['Energy Minister Erlan Dosmukhanov left.'], ['Senator Yelena Vorontsova spoke.'], ['Senator Elena Vorontsova left.']],
      ['elena-vorontsova [a2.txt a3.txt]', 'erlan-dosmukhanov [a0.txt a1.txt]'],
    ],
    [
      'Arabic Q written K, and U written OU, are one spelling',
      [['Foreign Minister Mohamed Farouk spoke.'], ['Foreign Minister Muhammad Faruq left.']],
      ['mohamed-farouk [a0.txt a1.txt]'],
    ],
    [
      'letters with no accent to strip (Turkish ı, Polish ł) are folded too',
      [['Foreign Minister Kemal Aydınlı spoke.'], ['Foreign Minister Kemal Aydinli left.'], ['Minister Paweł Wróbel spoke.'], ['Minister Pawel Wrobel left.']],
      ['kemal-aydinli [a0.txt a1.txt]', 'pawel-wrobel [a2.txt a3.txt]'],
    ],
    [
      'a final V written F is one name (Gustav / Gustaf, Ivanov / Ivanoff)',
      [['King Olav Gustav spoke.'], ['King Olav Gustaf left.'], ['Minister Pyotr Ivanov spoke.'], ['Minister Pyotr Ivanoff left.']],
      ['olav-gustaf [a0.txt a1.txt]', 'pyotr-ivanoff [a2.txt a3.txt]'],
    ],
    [
      'a family name written first in one article and last in another is one name',
      [['Foreign Minister TAMURA Kenji spoke.'], ['Foreign Minister Kenji Tamura left.'], ['Kenji Tamura said the talks went well.']],
      ['kenji-tamura [a0.txt a1.txt a2.txt]'],
    ],
    [
      'different given names with the same surname are different people',
      [['Senator Maria Okafor spoke.'], ['Senator Tunde Okafor spoke.']],
      ['maria-okafor [a0.txt]', 'tunde-okafor [a1.txt]'],
    ],
  ];
  for (const [name, articles, expected] of cases) it(name, () => assert.deepEqual(identities(articles), expected));

  it('keeps aliases from every article, titled and surname-only forms included', () => {
    const readings = [reading('a.txt', ['Trade Minister Ana Costa arrived.', 'Costa said it was fine.']), reading('b.txt', ['Ana Costa left.'])];
    const [person] = resolveIdentities(readings).people;
    assert.deepEqual(person.aliases.sort(), ['Costa', 'Trade Minister Ana Costa']);
    assert.equal(person.role, 'Trade Minister');
  });

  it('gives a person the role of an office before one that says how they stand to someone else', () => {
    const readings = [reading('a.txt', ['President Ana Costa met her Chilean counterpart Rosa Fuentes.']), reading('b.txt', ['Chilean President Rosa Fuentes left.'])];
    const person = resolveIdentities(readings).people.find((p) => p.id === 'rosa-fuentes');
    assert.equal(person?.role, 'Chilean President');
  });

  it('maps article-local keys to corpus ids', () => {
    const readings = [reading('a.txt', ['Envoy Sergei Volkov spoke.']), reading('b.txt', ['Envoy Sergey Volkov spoke.'])];
    const ids = resolveIdentities(readings);
    assert.equal(ids.idOf('b.txt', readings[1].people.people[0].key), 'sergei-volkov');
    assert.equal(ids.idOf('b.txt', 'nobody'), undefined);
  });
});
