import * as assert from 'node:assert/strict';
import { readArticle } from '../../../src/core/article/readArticle';
import { findPeople } from '../../../src/core/nlp/findPeople';
import type { ArticlePeople } from '../../../src/core/model';

/** Reads invented text as an article: a headline line, then one paragraph per line. */
function peopleIn(paragraphs: string[]): { text: string; found: ArticlePeople } {
  const text = ['Talks in a northern capital', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  return { text, found: findPeople(readArticle('invented.txt', text)) };
}

const names = (paragraphs: string[]) => peopleIn(paragraphs).found.people.map((p) => p.name).sort();

/** One test per sentence: the names the people reader finds in it, sorted. */
function namesOfEach(title: string, cases: Array<[sentence: string, expected: string[]]>): void {
  describe(title, () => {
    for (const [sentence, expected] of cases) it(sentence, () => assert.deepEqual(names([sentence]), expected));
  });
}

/** Every mention of `surface`, in order, as the name of the person it was given to (or "?" when ambiguous). */
function readingsOf(paragraphs: string[], surface: string): string[] {
  const { text, found } = peopleIn(paragraphs);
  const out: Array<[number, string]> = [];
  for (const p of found.people) for (const m of p.mentions) if (text.slice(m.start, m.end) === surface) out.push([m.start, p.name]);
  for (const a of found.ambiguous) if (text.slice(a.start, a.end) === surface) out.push([a.start, '?']);
  return out.sort((a, b) => a[0] - b[0]).map(([, n]) => n);
}

describe('findPeople', () => {
  namesOfEach('titles and honorifics are not part of the name', [
    ['Estonian Foreign Minister Kaarel Tamm met reporters in Tallinn on Monday.', ['Kaarel Tamm']],
    ['The talks were chaired by Mr. Osvaldo Ferreira and Dr Amara Nwosu.', ['Amara Nwosu', 'Osvaldo Ferreira']],
    ['Deputy Minister of Agriculture of Chile Rodrigo Salas said the harvest was late.', ['Rodrigo Salas']],
    ['President-elect Halvard Brekke thanked voters.', ['Halvard Brekke']],
    // A title written short ends a name rather than opening one when no name word follows it: "Sen", "Gen".
    ['Former prime minister Dara Sen said the call was leaked.', ['Dara Sen']],
    ['The leaked call with Kampot’s Dara Sen led to outrage, Senator Ada Ruiz said.', ['Ada Ruiz', 'Dara Sen']],
    ['Sen Ada Ruiz and Gen. Tomas Varga met on Monday.', ['Ada Ruiz', 'Tomas Varga']],
    ['County Sheriff Tomas Varga told reporters the road was closed.', ['Tomas Varga']],
    ['Top pollster Frank Halvorsen says the vote will be close.', ['Frank Halvorsen']],
    // A given name that also ends a place's name ("Bill", "Park") or names a town still opens the name.
    ['Former president Bill Marsh said the deal was good.', ['Bill Marsh']],
    ['Mayor London Okafor opened the bridge.', ['London Okafor']],
    ['The EU chief Brexit negotiator Henrik Dahl arrived on Monday.', ['Henrik Dahl']],
  ]);

  namesOfEach('a Chinese surname written first makes a name of two unknown words, with no title or cue', [
    ['The envoy was the first to meet Xi Lanfeng a week after the vote.', ['Xi Lanfeng']],
    ['The delegation was received by Meng Haotian at noon.', ['Meng Haotian']],
  ]);

  it('two words the lexicon knows nothing of are a name when they, or one of them alone, do what people do to one another', () => {
    assert.deepEqual(names(['Ravesh Ondrak meeting with Prime Minister of Norway', 'The talks lasted an hour.']), ['Ravesh Ondrak']);
    assert.deepEqual(names(['The envoy came to see Ravesh Ondrak.', 'Ondrak received him at noon.']), ['Ravesh Ondrak']);
    assert.deepEqual(names(['The envoy came to see Ravesh Ondrak.', 'Ondrak also hosted a dinner.']), ['Ravesh Ondrak']);
    // Nothing done: no name. Three words with a word of them acting are a headline's, not a name.
    assert.deepEqual(names(['The envoy came to see Ravesh Ondrak.', 'The dinner was at noon.']), []);
    assert.deepEqual(names(['Ondrak Welcomes Vessan to Oslo, Declares Ties Strong', 'Ondrak met the press.']), []);
  });

  it('takes a lone word that someone found meets, right after the verb, for a person', () => {
    assert.deepEqual(names(['President Lu Wenhai met with Ondrak earlier on Friday in the capital.']), ['Lu Wenhai', 'Ondrak']);
    assert.deepEqual(names(['President Lu Wenhai received Ondrak at the palace.']), ['Lu Wenhai', 'Ondrak']);
    // Not after anyone the article names, nor after a verb of meeting.
    assert.deepEqual(names(['The envoy met with Ondrak earlier on Friday.']), []);
    assert.deepEqual(names(['President Lu Wenhai praised Ondrak for its harbour.']), ['Lu Wenhai']);
  });

  it('reads a caption whose place names are capitalised as running text, and a wire photo credit as no part of it', () => {
    const story = 'The two countries signed agreements on trade, fisheries and shipping on Saturday, officials said, after talks that ran late.';
    const caption = 'Chinese President Lu Wenhai and Indonesian President Ari Santoso attend a welcome ceremony at the Great Hall of the People in Beijing';
    assert.deepEqual(names([story, `${caption}.`]), ['Ari Santoso', 'Lu Wenhai']);
    assert.deepEqual(names([story, `${caption}, China November 9, 2024. REUTERS/Mia Lund/Pool/File Photo Purchase Licensing Rights, opens new tab`]), ['Ari Santoso', 'Lu Wenhai']);
  });

  it('a surname in the story is someone the story named, before someone named since only in a photo caption', () => {
    const paragraphs = [
      'Hungarian President Anna Kovacs met Moldovan President Pedro Almeida on Monday in Chisinau.',
      'Almeida headed home after a joint trip with Kovacs to the lake.',
      'President Pedro Almeida and his wife Maria Kovacs board a plane at the airport. /Agency photo',
      'Kovacs announced she will visit Chisinau again by the end of the year.',
    ];
    assert.deepEqual(readingsOf(paragraphs, 'Kovacs'), ['Anna Kovacs', 'Anna Kovacs']);
  });

  it('a family name written first, with given names spelt two ways, is one person; given names further apart are not', () => {
    assert.deepEqual(names(['Leader Kim Jong-un met the envoy on Monday.', 'The envoy told Kim Jung-un the talks would go on.']), ['Kim Jong-un']);
    assert.deepEqual(names(['Leader Kim Jong-un met the envoy on Monday.', 'The envoy told Kim Jong-il the talks would go on.']), ['Kim Jong-il', 'Kim Jong-un']);
    assert.deepEqual(names(['Minister Li Hui met the envoy on Monday.', 'The envoy told Li Hua the talks would go on.']), ['Li Hua', 'Li Hui']);
  });

  // Particles do not count towards the length a name may have.
  namesOfEach("a month's name is a name word inside a name, the month after a word of time", [
    ["June Varela, the council's treasurer, said the budget was balanced.", ['June Varela']],
    ['Jan Kowalczyk said he would vote against it.', ['Jan Kowalczyk']],
    ['Chief executive Park Min Jun said the plan was sound.', ['Park Min Jun']],
    ['In April Halvorsen visited the plant, and on 5 June Brekke said it would close.', ['Brekke']],
  ]);

  namesOfEach('a given name that is also an ordinary word or a place opens a name before a surname', [
    ['Will Tanner said the road was unsafe.', ['Will Tanner']],
    ['Rose Tierney, a photographer, said the light was perfect.', ['Rose Tierney']],
    ['Hope Wynn, a retired weaver, said the mill was loud.', ['Hope Wynn']],
    ['Paris Delacroix, a painter, said the show was ready.', ['Paris Delacroix']],
    ['Councilmember Jordan Lee said the bill was ready.', ['Jordan Lee']],
    ['The Rose Garden reopened after the council met in Paris Monday, and Will Hunting Street was closed.', []],
    // A title that is a given name too: the given name after another title, the title before a name of two words.
    ['Harbourside manager Dean Whitlock said the pitch was poor, and Dean Ivo Marsh of the law school agreed.', ['Dean Whitlock', 'Ivo Marsh']],
  ]);

  it("a month read as a month is no mention of someone of that given name", () => {
    assert.deepEqual(readingsOf(['April Moreno said she would stand. In April the council met.'], 'April'), []);
    assert.deepEqual(readingsOf(['April Moreno said she would stand. In April the council met.'], 'April Moreno'), ['April Moreno']);
  });

  namesOfEach('a long name with particles', [
    ['"We will go on," Sheikh Khalid bin Hamad Al Nuaimi told the forum.', ['Khalid bin Hamad Al Nuaimi']],
    // Two particles in a row, in a short text whose only other function words are English.
    ['Commission President Greta von der Brinken warned that ships faced danger.', ['Greta von der Brinken']],
  ]);

  namesOfEach('a speech cue after a word of tense or time is evidence of a person', [
    ['Halvard Brekkesen has said the port will not be sold.', ['Halvard Brekkesen']],
    ['Halvard Brekkesen also told reporters the port would open.', ['Halvard Brekkesen']],
  ]);

  namesOfEach('a relative clause with "who" after a name of two words or more is evidence of a person', [
    ['The years of Halvard Brekkesen, who did not visit Oslo, were hard.', ['Halvard Brekkesen']],
  ]);

  it('initials given in brackets or after "known as" right after the full name are a name of that person', () => {
    assert.deepEqual(readingsOf(['Crown Prince Khalid bin Hamad (KBH) spoke first.', 'KBH greeted the envoys.'], 'KBH'), ['Khalid bin Hamad', 'Khalid bin Hamad']);
    assert.deepEqual(readingsOf(['President Halvard Brekke, known as HBK, spoke first.', 'HBK told reporters the port would open.'], 'HBK'), ['Halvard Brekke', 'Halvard Brekke']);
    // Capitals elsewhere are no one's name.
    assert.deepEqual(readingsOf(['President Halvard Brekke spoke first.', 'KBH greeted the envoys.'], 'KBH'), []);
  });

  describe('a lone word joined by "and" to a person found is a person, but no country', () => {
    it('Sorokin and Dahl', () => assert.deepEqual(names(['Norwegian Prime Minister Henrik Dahl arrived.', 'Sorokin and Dahl will discuss the port.']), ['Henrik Dahl', 'Sorokin']));
    it('Dahl and Sorokin', () => assert.deepEqual(names(['Norwegian Prime Minister Henrik Dahl arrived.', 'Dahl and Sorokin will discuss the port.']), ['Henrik Dahl', 'Sorokin']));
    it('Jordan and Dahl', () => assert.deepEqual(names(['Norwegian Prime Minister Henrik Dahl arrived.', 'Jordan and Dahl will discuss the port.']), ['Henrik Dahl']));
  });

  it('a surname in capitals beside a name in ordinary case is a name word, even in a headline in title case', () => {
    assert.deepEqual(names(['President Halvard BREKKE received Chancellor Olaf SORLIE in Oslo.', 'Brekke said the talks were good.']), ['Halvard Brekke', 'Olaf Sorlie']);
    assert.deepEqual(readingsOf(['Foreign Minister TAMURA Kenji met the envoys.', 'Tamura said the talks were good.'], 'Tamura'), ['Tamura Kenji']);
    const headline = peopleIn(['Press Conference by Foreign Minister TAMURA Kenji', 'The minister answered questions.']).found.people.map((p) => p.name);
    assert.deepEqual(headline, ['Tamura Kenji']);
    // Capitals that name a body, an office or a plain word stay what they are.
    assert.deepEqual(names(['NATO Secretary General Halvard Brekke met THE Press Club.']), ['Halvard Brekke']);
  });

  namesOfEach('a verb of speaking after an unknown name makes it a person', [
    ['Zorvan Kettleby spoke to the media ahead of the game.', ['Zorvan Kettleby']],
    ['Zorvan Kettleby expressed hope that the talks would resume.', ['Zorvan Kettleby']],
  ]);

  namesOfEach('a body named in capitals is no one', [
    ['The Turkish Communications Directorate said the call went well.', []],
    ['The Hungarian Foreign Ministry said the talks would resume.', []],
  ]);

  namesOfEach('a title with a suffix is a title', [
    ['Chancellor-in-waiting Halvard Brekke, speaking on the sidelines, said the port would open.', ['Halvard Brekke']],
    ['President-elect Halvard Brekke arrived on Tuesday.', ['Halvard Brekke']],
  ]);

  // "first", "then", "top" build titles ("then-President"), but only a run that reaches a title opens one.
  namesOfEach('an abbreviated weekday after a cue is no one', [
    ['“It is over,” the minister said Sun.', []],
    ['“It is over,” said Wed. Officials agreed.', []],
    ['Sun Weidong arrived. “It is over,” said Sun.', ['Sun Weidong']],
  ]);

  namesOfEach('a name before a lower-case role word is still a name', [
    ['Henrik Dahl first met the envoys in 2019.', ['Henrik Dahl']],
    ['Marta Kowalski then left for the airport.', ['Marta Kowalski']],
    ['Kremlin press secretary Ivan Sorokin said the call was useful.', ['Ivan Sorokin']],
  ]);

  namesOfEach('a surname that is also a place needs a given name and evidence', [
    ['Senator Maria Birmingham said the vote was close.', ['Maria Birmingham']],
    ['Peter Dutton said the vote was close, and Dutton added that he would not resign.', ['Peter Dutton']],
    ['Crowds filled Sydney Harbour on Sunday.', []],
    // A given name the lexicon does not know, before a surname that names a town, with a title for evidence.
    ['Prosecutor Imogen Stroud told the jury the scheme had run for years.', ['Imogen Stroud']],
    ['Crowds filled Stroud Harbour on Sunday.', []],
  ]);

  namesOfEach('a full name joined by "and" to a person, or after a title in the plural, is a person', [
    ['When Nurlan Abdrakhmanov and Jasur Karimberdiev shook hands, Karimberdiev told reporters the deal was done.', ['Jasur Karimberdiev', 'Nurlan Abdrakhmanov']],
    ['After which foreign ministers Aliya Sadykova and Bakhtiyor Usmonov met twice.', ['Aliya Sadykova', 'Bakhtiyor Usmonov']],
    // Joined to no person, two unknown words stay unknown.
    ['When Nurlan Abdrakhmanov and the delegation arrived, the hall was empty.', []],
  ]);

  it('takes a line of names above the story for its byline, unless the story names them again or lists several', () => {
    const story = 'The finance ministers of the two countries clashed over joint borrowing for defence at a long and difficult meeting of the eurozone in Brussels on Monday, officials said.';
    assert.deepEqual(names(['Sam Fleming and Paola Tamma in Brussels', story]), []);
    assert.deepEqual(names(['Marta Kowalski, Political correspondent', story]), []);
    assert.deepEqual(names(['Henrik Dahl', `${story} Dahl said the talks would go on.`]), ['Henrik Dahl']);
    assert.deepEqual(names(['Henrik Dahl', 'Marta Kowalski', 'Anna Berg', story]), ['Anna Berg', 'Henrik Dahl', 'Marta Kowalski']);
    // Among a site's menu lines, the line beside the story's date, and that line repeated, is the byline.
    assert.deepEqual(names(['Events Email Briefings', 'Semafor Logo', 'Marta Kowalski', 'Marta Kowalski', 'Jun 5, 2025, 9:27am EDT', story]), []);
    assert.deepEqual(names(['Henrik Dahl', 'Marta Kowalski', 'Anna Berg', 'Jun 5, 2025', story]), ['Henrik Dahl', 'Marta Kowalski']);
  });

  it("takes the names before a page's date or with a social media handle for the writer's", () => {
    const story = 'The finance ministers of the two countries clashed over joint borrowing for defence at a long and difficult meeting of the eurozone in Brussels on Monday, officials said.';
    assert.deepEqual(names(['Marta Kowalski (@mkowalski88) Published October 23, 2024 | 06:40 PM', story]), []);
    assert.deepEqual(names(['Marta Kowalski | Updated March 4, 2025', story]), []);
    assert.deepEqual(names(['Marta Kowalski (@mkowalski88)', story]), []);
    // In the story, a handle is the person's own.
    assert.deepEqual(names([story, 'Henrik Dahl (@hdahl) said the talks were over.']), ['Henrik Dahl']);
  });

  it('takes a surname without its Arabic article for the same person ("Sisi" of Abdel Fattah al-Sisi)', () => {
    const paragraphs = ['Sisi at presser with Erdogan in Cairo', 'Egyptian President Abdel Fattah al-Sisi hosted the talks on Wednesday. Sisi said they went well.'];
    assert.deepEqual(names(paragraphs).filter((n) => n.includes('Sisi')), ['Abdel Fattah al-Sisi']);
    assert.deepEqual(readingsOf(paragraphs, 'Sisi'), ['Abdel Fattah al-Sisi', 'Abdel Fattah al-Sisi']);
  });

  it('takes a nickname inside a name for that person\'s short form ("Lula" of Luis Inácio "Lula" Da Silva)', () => {
    const paragraphs = ['Lula arrives in Beijing', 'Brazilian President Luis Inácio "Lula" Da Silva arrived in China on Wednesday.', 'On Friday, Lula met President Xi Jinping.'];
    assert.deepEqual(readingsOf(paragraphs, 'Lula'), ['Luis Inácio Da Silva', 'Luis Inácio Da Silva']);
  });

  it("takes a surname whose honorific fits no one named in full for someone else, and the bare surname for them", () => {
    const paragraphs = ['Mr. Dahl and first lady Dr. Ingrid Dahl welcomed the envoy to the palace.', 'President Dahl said the talks went well. Dahl left at noon.'];
    assert.deepEqual(names(paragraphs), ['Dahl', 'Ingrid Dahl']);
    assert.deepEqual(readingsOf(paragraphs, 'Dahl'), ['Dahl', 'Dahl', 'Dahl']);
  });

  it('reads no name in a headline of capitals only but one that ends it', () => {
    const namesUnder = (headline: string, body: string) =>
      findPeople(readArticle('invented.txt', `${headline}\n\n${body}\n`)).people.map((p) => p.name).sort();
    const body = 'Brazilian President Luiz Inacio Lula da Silva met German Chancellor Olaf Scholz on Monday. Germany wants arms.';
    assert.deepEqual(namesUnder('Brazil’s Lula Snubs Germany’s Scholz on Ukraine Support', body), ['Luiz Inacio Lula da Silva', 'Olaf Scholz']);
    assert.deepEqual(namesUnder('Press Conference by Foreign Minister Henrik Dahl', 'Dahl said the port would reopen.'), ['Henrik Dahl']);
  });

  it('takes "He" at the start of a sentence for the pronoun, not for a person named He', () => {
    const paragraphs = [
      'Chinese President Xi Jinping met the envoy, with Vice Premier He Lifeng at his side.',
      'Xi praised the talks. He said trade teams had made progress. "He is right," an aide said.',
      'Vice Premier He said the talks were candid, and aides to He agreed.',
    ];
    assert.deepEqual(readingsOf(paragraphs, 'He'), ['He Lifeng', 'He Lifeng']);
  });

  it('takes a word whose parts are two people\'s names for the pair, not a person ("PM Modi-Xi talks")', () => {
    const story = 'Prime Minister Henrik Dahl met President Anna Berg in Oslo on Monday.';
    assert.deepEqual(names(['PM Dahl-Berg talks end with a deal', story, 'The Dahl-Berg meeting lasted an hour.']), ['Anna Berg', 'Henrik Dahl']);
    // A double-barrelled surname is one person's, even beside someone of one of its names.
    assert.deepEqual(names([story, 'Minister Abernathy-Berg said the deal was fair.']), ['Abernathy-Berg', 'Anna Berg', 'Henrik Dahl']);
  });

  it("takes the writer's credits and lines about themselves for credits, unless the story names them", () => {
    const story = 'The council voted on Monday to move the food bank to the old library on Harbor Road, after a long and angry meeting that ran past midnight, officials said.';
    assert.deepEqual(names(['by Lena Marsh and Joon Hwang', story, 'Joon Hwang contributed reporting from Seoul.']), []);
    assert.deepEqual(names(['Words: Ellen Brandt | Pictures: Samir Okoro', story]), []);
    assert.deepEqual(names(['By Pacific affairs reporter Lice Marova and Stefan Dziedic in Honiara', story]), []);
    assert.deepEqual(names(['Interview by Benedict Whitcombe', story, 'Credit: Benedict Whitcombe']), []);
    assert.deepEqual(names(['Sophia Laurent, Health Editor', story, 'Sophia Laurent is health editor of the Riverside Gazette.']), []);
    assert.deepEqual(names([story, 'Olivia Brandt covers artificial intelligence for TechWire. Email her at the newsroom.']), []);
    assert.deepEqual(names([story, 'Marco Webb is a former city planner and a contributing columnist.']), []);
    assert.deepEqual(names([story, 'Greta Tillman can be reached at the newsroom.']), []);
    // A writer the story is about is a person of the story.
    assert.deepEqual(names([`${story} Tillman, who chairs the board, said the move was overdue.`, 'Greta Tillman is a freelance writer and the board chair.']), ['Greta Tillman']);
  });

  it('tells apart a father and a son of one name by their suffixes, and names each with it', () => {
    const paragraphs = [
      'Olaf Brekke Sr., who built the grocer from one shop, will step down in June.',
      'His son, Olaf Brekke Jr., will succeed him. "He is ready," Brekke Sr. said.',
      'The younger Brekke, 41, told analysts he would cut costs, and the elder Brekke agreed.',
      'Judge Anders Holm III said the sentence was fair.',
    ];
    assert.deepEqual(names(paragraphs), ['Anders Holm III', 'Olaf Brekke Jr.', 'Olaf Brekke Sr.']);
    assert.deepEqual(readingsOf(paragraphs, 'Brekke'), ['Olaf Brekke Sr.', 'Olaf Brekke Jr.', 'Olaf Brekke Sr.']);
  });

  namesOfEach('a club or a firm named by its ending is no person', [
    ['In a statement, Millbrook Town said it was cooperating fully, and Halvorsen Foods said sales fell.', []],
    ['The Alliance of Sahel States said the Gulf States would help.', []],
  ]);

  namesOfEach("a country's or a body's possessive before a name of two words is evidence of a person", [
    ["Also present were Kazakhstan's Nurlan Zhaksy-Bekov and Kyrgyzstan's Temir Osmonbaev.", ['Nurlan Zhaksy-Bekov', 'Temir Osmonbaev']],
    ["Ukraine's Black Sea ports reopened in March.", []],
  ]);

  namesOfEach('a nickname in quotation marks inside a name is no part of it', [
    ["Promoter Liam 'Tank' Gallagher said tickets had sold out. Gallagher added that the arena was full.", ['Liam Gallagher']],
    ['Marcus "The Hammer" Delaney said he would fight again in June.', ['Marcus Delaney']],
  ]);

  namesOfEach('a firm named like a person is no person', [
    ['Daniela Fuentes, an analyst at Morgan Stanley, said the peso would weaken. Morgan Stanley said costs fell.', ['Daniela Fuentes']],
    ['The suit was filed by Hale Whitman LLP, and Robert Hale said the case was strong.', ['Robert Hale']],
    ['Marks & Spencer said sales rose, and Harriet Spencer said the firm was pleased.', ['Harriet Spencer']],
  ]);

  namesOfEach('a relative "who" after an apposition, or an occupation before the name, is evidence of a person', [
    ['Ottilie Brennan, the self-taught pianist who ran the club, has died at the age of 88.', ['Ottilie Brennan']],
    ['Meteorologist Dana Whitcombe of the National Weather Service warned that rain could fall.', ['Dana Whitcombe']],
    ['The saxophonist Desmond Yeboah played at the funeral.', ['Desmond Yeboah']],
    ['The Brennan Trust, the charity that ran the club, has closed.', []],
  ]);

  namesOfEach('a body named in several words before a name is not part of it', [
    ['The envoy to the United Nations Ingrid Solberg spoke.', ['Ingrid Solberg']],
    ['In a related context, the Norwegian Ambassador to the United Nations, Ingrid Solberg, spoke.', ['Ingrid Solberg']],
  ]);

  describe('a transcript names its speakers in capital labels', () => {
    it('a label with a role, or one that opens with a given name, is a person with a mention', () => {
      const { text, found } = peopleIn(['MARTA KOWALSKI, MEMBER FOR NORTHPORT: Welcome, everyone.', 'REPORTER: Is the port open?', 'HENRIK DAHL: It opens on Monday.']);
      const people = found.people.map((p) => [p.name, p.role, p.mentions.map((m) => text.slice(m.start, m.end))]);
      assert.deepEqual(people.sort(), [
        ['Henrik Dahl', null, ['HENRIK DAHL']],
        ['Marta Kowalski', 'Member for Northport', ['MARTA KOWALSKI']],
      ]);
    });
    it('a label of ordinary words, a title or a place is no one, and one label makes no transcript', () => {
      assert.deepEqual(names(['BREAKING NEWS: The port is open.', 'PRIME MINISTER: It opens on Monday.', 'NEW YORK, USA: Ships wait.']), []);
      assert.deepEqual(names(['MARTA KOWALSKI, MEMBER FOR NORTHPORT: Welcome, everyone.']), []);
    });
  });

  it('a name "no relation" follows is another person than the one of that name before; its mentions as written are theirs', () => {
    const paragraphs = [
      'Defence Minister Lee Ha-eun met the envoy on Monday.',
      'Opposition lawmaker Lee Ha Eun — no relation, despite the near-identical name — has led criticism of the plan. Lee Ha Eun wrote that the plan was late.',
      'Lee Ha-eun said the talks went well.',
    ];
    const { found } = peopleIn(paragraphs);
    assert.deepEqual(found.people.map((p) => [p.key, p.name, p.role, p.mentions.length]).sort(), [
      ['lee-ha-eun', 'Lee Ha-eun', 'Defence Minister', 2],
      ['lee-ha-eun-2', 'Lee Ha Eun', 'Opposition lawmaker', 2],
    ]);
  });

  namesOfEach('a capitalised word before a number names a unit, not a person; a score does not', [
    ['Dana Kowal, president of UFCW Local 1189, said workers had not been consulted.', ['Dana Kowal']],
    ['The strike was called, said Sam Ortiz, secretary of Teamsters Local 120.', ['Sam Ortiz']],
    ['The champion, Maria Lopez, beat Anna Berg 6-4 in the first set.', ['Anna Berg', 'Maria Lopez']],
    ['Judge gives Senator Ivo Marsh 10 years in prison.', ['Ivo Marsh']],
  ]);

  namesOfEach('a full name right after "the" names a thing; a title or a compound after "the" keeps the person', [
    ['Picket lines formed outside the Teodora Vasques station at dawn, said Ilse Marek.', ['Ilse Marek']],
    ['Her debut won the Silver Heron for best film, said Ilse Marek.', ['Ilse Marek']],
    ['The concert moved to the Harold Venn Theatre.', []],
    ['The Chairman of the Lisbon Chamber of Commerce, Rui Tavares, opened the session.', ['Rui Tavares']],
    ['Talks with the Foreign Minister Ilse Marek ended late.', ['Ilse Marek']],
    ['He was the first to be sentenced in the Robert Hale-led inquiry, Ilse Marek said.', ['Ilse Marek', 'Robert Hale']],
  ]);

  describe('roles come from titles and appositions', () => {
    const cases: Array<[string, string]> = [
      ['Brazilian Defense Minister Paulo Teixeira toured the base.', 'Brazilian Defense Minister'],
      ['Kremlin spokesman Ivan Sorokin said the call was useful.', 'Kremlin spokesman'],
      ['Marta Lindqvist, the Swedish trade envoy, arrived on Tuesday.', 'Swedish trade envoy'],
      ['The report was sent to Prime Minister Anil Deshmukh.', 'Prime Minister'],
      ['It cited the Deputy Minister of Energy of Chile Rosa Alvear.', 'Deputy Minister of Energy of Chile'],
      ['Halvard Brekke, the opposition leader, arrived on Tuesday.', 'opposition leader'],
      ['The Norwegian Ambassador to the United Nations Ingrid Solberg spoke.', 'Norwegian Ambassador to the United Nations'],
      ['The case was grave, New York prosecutor Ingrid Solberg said in court.', 'New York prosecutor'],
      ['South African President Halvard Brekke arrived on Tuesday.', 'South African President'],
      ['The new company would be led by AT&T Chief Executive Ingrid Solberg.', 'AT&T Chief Executive'],
      ['Marta Kowalski, the government spokeswoman, read a statement.', 'government spokeswoman'],
      // An initialism's full stops do not end an apposition; a phrase cut short by a quotation loses its last "of".
      ['Marta Kowalski, U.S. ambassador to Norway, said the talks went well.', 'U.S. ambassador to Norway'],
      ['Present was Ivan Sorokin, first deputy director of the C.C., and others.', 'first deputy director of the C.C.'],
      ['Ivan Sorokin, head coach of "Polar Star", said the team was ready.', 'head coach'],
      // A name in apposition to the title before it, between commas.
      ['A government spokesman, Halvard Brekke, said the meeting was useful.', 'spokesman'],
      ['Her lawyer, Ingrid Solberg, said the appeal would go ahead.', 'lawyer'],
      ['Ingrid Solberg, an analyst at Morgan Stanley, said the peso would weaken.', 'analyst at Morgan Stanley'],
      // Abbreviated titles, written out.
      ['Det. Sgt. Mary Holt said the driver had fled.', 'Detective Sergeant'],
      ['The road was closed, Const. Tom Reyes said.', 'Constable'],
      // An apposition opening with a possessive; how long the title was held is no part of it.
      ['Emyr Pritchard, her deputy for the past 12 years, is less sentimental.', 'deputy'],
      ['Halvard Brekke, the club chairman since 2019, said the vote was close.', 'club chairman'],
      ["Labour's shadow home secretary, Ingrid Solberg, said the plan had failed.", "Labour's shadow home secretary"],
      // … also a title in capitals, one that ends in a body, or one after a possessor.
      ['The talks were attended by the Norwegian Ambassador to the United Nations, Ingrid Solberg, on Monday.', 'Norwegian Ambassador to the United Nations'],
      ['The Speaker of the British House of Commons, Ingrid Solberg, opened the session.', 'Speaker of the British House of Commons'],
      ["Brekke's chief of staff, Ingrid Solberg, arrived in Vienna.", "Brekke's chief of staff"],
      // An apposition after an article may go on past its title.
      ['Ingrid Solberg, a district engineer with the Department of Transportation, said the road was closed.', 'district engineer with the Department of Transportation'],
      ['Special counsel Ingrid Solberg filed the report.', 'Special counsel'],
      // An abbreviated title the lexicon also knows as a form of address is a title, written out.
      ['Gov. Ingrid Solberg met the mayors.', 'Governor'],
      // Two titles of one person joined by "and"; "of" before a word that is no title goes on with the title.
      ['Deputy Prime Minister and Foreign Minister Ingrid Solberg received the envoy.', 'Deputy Prime Minister and Foreign Minister'],
      ['The Member of the Party Central Committee and Foreign Minister Ingrid Solberg received the envoy.', 'Foreign Minister'],
      ['The letter was delivered by his Chief of Staff and Head of Public Service, Ingrid Solberg, on Monday.', 'Chief of Staff and Head of Public Service'],
      ['Kentucky and South Carolina voted for Republican nominee Ingrid Solberg, who said she was grateful.', 'nominee'],
      ['Sen. Ingrid Solberg met the mayors.', 'Senator'],
      ['Opening the debate, Cllr Ingrid Solberg said the plan was sound.', 'Councillor'],
      ["Dahl's barrister, Ingrid Solberg, said he was sorry.", "Dahl's barrister"],
      ['City boss Ingrid Solberg said the team was tired.', 'City boss'],
      // Nationality words that are also ordinary words ("polish", "spanish" the language) open a title.
      ['Polish President Halvard Brekke posted on X that the port would open.', 'Polish President'],
      ['The Turkish Foreign Minister Ingrid Solberg spoke.', 'Turkish Foreign Minister'],
      // The seat of a government is a body that qualifies a title.
      ['White House press secretary Ingrid Solberg told a briefing that the port would open.', 'White House press secretary'],
      // The title before a relative clause in the apposition, or the office the relative clause says was held.
      ['Ingrid Solberg, a retail analyst at Pinecrest Securities who has covered the grocer since 2016, said sales fell.', 'retail analyst at Pinecrest Securities'],
      ['Ingrid Solberg, who has run the food bank in the east of the city since 2015 as its director, said the move helps.', 'director'],
      ['Ingrid Solberg, the co-founder and chief scientist of Lumen AI, has resigned.', 'co-founder and chief scientist of Lumen AI'],
      ['The auditor, Ingrid Solberg, wrote that the plan was weak.', 'auditor'],
      // A judge's title; a scientist's field however compound; what someone is now; a co-author's own occupation.
      ['Justice Helena Marsh wrote for the majority.', 'Justice'],
      ['The work was led by geomicrobiologist Aiko Tanabe of the institute.', 'geomicrobiologist'],
      ['Co-author Rafael Ortega-Vidal, a microbiologist at the University of Kiel, said the cells were slow.', 'microbiologist at the University of Kiel'],
      ['Former Brazil international Tomas Weber, now a television pundit, warned that the fee was high.', 'television pundit'],
      // Two fields of an office joined by "and", whatever the lexicon knows of the first.
      ['Minister of Housing and Transport Ilse Varga spoke on Monday.', 'Minister of Housing and Transport'],
      ['The Minister of Art, Culture and Creative Economy, Hadiza Obi-Ekwe, said the archive would open.', 'Minister of Art, Culture and Creative Economy'],
      ["Denmark's minister for children and education, Sofie Lindgaard, told reporters the plan was late.", "Denmark's minister for children and education"],
      // A name in apposition that ends the sentence; a second title between the first and the name.
      ['The letter went to the President of the Republic of Finland, Lauri Ahonen.', 'President of the Republic of Finland'],
      ['Its spokesman, retired nurse Alan Brisco, spoke at the hearing.', 'spokesman'],
      ["But the board's chair, Dr Ingrid Solberg — a newcomer — said the plan was weak.", 'chair'],
      // What a relative clause says someone is now; the title before its complement; an apposition after a suffix.
      ['The fund was started by Mira Talbot, a former pupil who is now a nurse in Leeds.', 'nurse in Leeds'],
      ['The lawyer for the younger defendant, Owen Castell, told the court he was innocent.', 'lawyer'],
      ['His son, Tomas Breen Jr., currently the chief operating officer, will take over.', 'chief operating officer'],
      ['Her co-author, Dr Tomas Breen, a remote-sensing specialist at a Swedish university, agreed.', 'remote-sensing specialist at a Swedish university'],
      // What the clause the name is the subject of says it is: after "as" any occupation, after "became" a title.
      ['It was the town where her aunt, Nell Varney, worked as a weaver until the mill closed.', 'weaver'],
      ['His brother, Ivo Marsh, 44, a former boxer, became head coach last year.', 'head coach'],
      ['Ivo Marsh, who founded the firm in 1981, will step down as chief executive in May.', 'chief executive'],
    ];
    it('a clause that goes on after another subject, or says no title after "became", gives no role', () => {
      assert.equal(peopleIn(['She thanked Ingrid Solberg, and later became head coach.']).found.people[0]?.role, null);
      assert.equal(peopleIn(['Ingrid Solberg, 44, became emotional at the hearing.']).found.people[0]?.role, null);
    });
    for (const [sentence, role] of cases) {
      it(sentence, () => assert.equal(peopleIn([sentence]).found.people[0]?.role, role));
    }
    it('a name between commas after a title is found even when no name list knows it', () => {
      assert.deepEqual(names(['A government spokesman, Steffrik Hebelwald, said the meeting was useful.']), ['Steffrik Hebelwald']);
      // Not after a capitalised word, nor without the comma that closes the apposition.
      assert.deepEqual(names(['The spokesman, Steffrik Hebelwald and others left.']), []);
    });
    it('a phrase that only ends in a title is no role', () => {
      assert.equal(peopleIn(['Kremlin spokesman Ivan Sorokin, back as chairman, met the board.']).found.people[0]?.role, 'Kremlin spokesman');
      assert.equal(peopleIn(['Chief executive Ivan Sorokin, a Wall Street star the company brought on as its chief last year, spoke.']).found.people[0]?.role, 'Chief executive');
    });
    it('in a list of titles each with its name after it, each title is its name\'s; honorifics are no part of a name', () => {
      const { found } = peopleIn(['The ceremony was attended by the Emir of Kontagora, Alhaji Ibrahim Namaska, the Emir of Borgu, Alhaji Haliru Dantoro, and others.']);
      assert.deepEqual(found.people.map((p) => [p.name, p.role]).sort(), [['Haliru Dantoro', 'Emir of Borgu'], ['Ibrahim Namaska', 'Emir of Kontagora']]);
    });
    it('a title before "for" and an honorific is someone else\'s', () => {
      const { found } = peopleIn(['A spokeswoman for Mr. Thomas Hale, Laura Kim, said the talks went well.', 'Hale agreed.']);
      assert.deepEqual(found.people.find((p) => p.name === 'Thomas Hale')?.aliases.sort(), ['Hale', 'Mr. Thomas Hale']);
    });
    it('the end of a place name is no one, even with a title after it', () => {
      assert.deepEqual(names(['Dar received the Foreign Minister of the Kingdom of Saudi Arabia, His Highness Prince Faisal bin Nawaf, in Islamabad.']), ['Faisal bin Nawaf']);
    });
    it('in a list of names each with its title after it, a title is the name\'s before it', () => {
      const { found } = peopleIn(['Present were Ivan Sorokin, director of the Polar Institute, Ingrid Solberg, minister of Fisheries, and others.']);
      assert.deepEqual(found.people.map((p) => [p.name, p.role]).sort(), [['Ingrid Solberg', 'minister of Fisheries'], ['Ivan Sorokin', 'director of the Polar Institute']]);
    });
  });

  describe('two names side by side', () => {
    it('reads "Sheikh Amina Halvard Brekke" in a headline as the two people the body names apart', () => {
      assert.deepEqual(
        names([
          'Bilateral meeting Sheikh Amina Halvard Brekke | Amina-Brekke talks today',
          'Prime Minister Sheikh Amina and her counterpart Halvard Brekke will hold talks in Oslo today.',
        ]),
        ['Amina', 'Halvard Brekke'],
      );
    });
    it('reads a full name and a word of another full name run together ("Santiago Cafiero Lula was welcomed") as two people', () => {
      assert.deepEqual(
        names([
          'President Luiz Inácio Lula da Silva arrived in Buenos Aires on Sunday.',
          'Lula was welcomed by Foreign Minister Santiago Cafiero Lula was welcomed by Foreign Minister Santiago Cafiero',
        ]).sort(),
        ['Luiz Inácio Lula da Silva', 'Santiago Cafiero'],
      );
    });
    it('takes a name without a middle or a last name of another in the article for the same person\'s', () => {
      assert.deepEqual(names(['President Kwame Osei Mensah arrived in Lome on Monday.', 'Kwame Mensah met the premier at noon.']), ['Kwame Osei Mensah']);
      assert.deepEqual(names(['Prime Minister Tesfaye Bekele Alemu arrived in Asmara.', 'Dr. Tesfaye Bekele was welcomed at the airport.']), ['Tesfaye Bekele Alemu']);
    });
    it('keeps a full name whose last words are another person\'s name when its first are no one\'s', () => {
      assert.deepEqual(names(['President Luiz Carlos Brekke met Prime Minister Carlos Brekke, his cousin, in Oslo.']).sort(), ['Carlos Brekke', 'Luiz Carlos Brekke']);
    });
  });

  describe('a short form joins the full name it stands for', () => {
    const cases: Array<[string[], string, string[]]> = [
      [['Finnish President Aino Korhonen opened the summit.', 'Korhonen said the region needed calm.'], 'Korhonen', ['Aino Korhonen']],
      [['Chinese envoy Zhou Mingde arrived in Cairo.', '"We came to listen," Zhou said.'], 'Zhou', ['Zhou Mingde']],
      // Romanised two ways: the Ukrainian H is the Russian G.
      [['Ukrainian diplomat Oleh Hrytsenko spoke first.', 'Grytsenko told the hall that talks would go on.'], 'Grytsenko', ['Oleh Hrytsenko']],
      // Particles that open a surname go with it, lower-case or opening a sentence.
      [['Commission President Greta von der Brinken arrived.', '"We are ready," von der Brinken told reporters.'], 'von der Brinken', ['Greta von der Brinken']],
      [['Commission President Greta von der Brinken arrived.', 'Von der Brinken met the envoys.'], 'Von der Brinken', ['Greta von der Brinken']],
      [['Crown Prince Khalid bin Hamad spoke first.', 'A statement from bin Hamad said the talks went well.'], 'bin Hamad', ['Khalid bin Hamad']],
      // An inner word of a long name: "Lula" of Luiz Inacio Lula da Silva, though a list takes it for a given name.
      [['Brazilian President Luiz Inacio Lula da Silva arrived.', '"We are back," Lula told reporters.'], 'Lula', ['Luiz Inacio Lula da Silva']],
      [['Mexican President Andres Manuel Lopez Obrador arrived.', 'Lopez said the border would stay open.'], 'Lopez', ['Andres Manuel Lopez Obrador']],
      // Two surnames, used together on their own; given names with accents the lexicon knows without them.
      // A given name alone before an office or a body is a place; a family name written first is the person's.
      [['Opposition leader Victoria Ashworth spoke.', "Victoria's premier said the rules would change."], 'Victoria', []],
      [['Chinese President Xi Jinping arrived.', "Xi's government said the talks went well."], 'Xi', ['Xi Jinping']],
      // A surname inside a firm's name joined by an ampersand is the firm's.
      [['Andrew Hartley, the chief executive, spoke.', 'The deal was advised by Hartley & Rowe. Hartley said it was done.'], 'Hartley', ['Andrew Hartley']],
      [['Mexican President María Fernanda Ruiz Castañeda arrived.', 'Ruiz Castañeda said the border would stay open.'], 'Ruiz Castañeda', ['María Fernanda Ruiz Castañeda']],
      [['"We are ready," Ruiz Castañeda told reporters.', 'María Fernanda Ruiz Castañeda met the envoy.'], 'Ruiz Castañeda', ['María Fernanda Ruiz Castañeda']],
      [['Colombian novelist Gabriel García Márquez was remembered.', 'García Márquez died in 2014.'], 'García Márquez', ['Gabriel García Márquez']],
    ];
    for (const [paragraphs, surface, expected] of cases) {
      it(paragraphs.join(' '), () => assert.deepEqual(readingsOf(paragraphs, surface), expected));
    }
  });

  describe('a short form two people share is read by context, or reported as ambiguous', () => {
    const cases: Array<[string, string[], string[]]> = [
      [
        'the most recent of the two, paragraph by paragraph',
        [
          'Trade Minister Chen Weiguo met the delegation on Friday.',
          'Chen said the tariffs would stay.',
          'Beijing also sent special envoy Chen Liang to Nairobi, where Chen praised the railway.',
          '"We are patient," Chen said.',
        ],
        ['Chen Weiguo', 'Chen Liang', 'Chen Liang'],
      ],
      [
        'both last named in the same paragraph: ambiguous',
        ['Governor Anna Berg and her deputy Lars Berg visited the plant.', 'Berg said output had doubled.'],
        ['?'],
      ],
      [
        'both last named in the same paragraph, one already by the short form: that one',
        [
          'Governor Anna Berg met the mayor on Friday.',
          'Berg, who took office this year, noted that they met where her father Lars Berg had met the mayor in 1946.',
          '"We want a bridge that unites," Berg said.',
        ],
        ['Anna Berg', 'Anna Berg'],
      ],
      [
        'an honorific decides, by the gender the article gives each (an honorific used before, a role such as "her husband")',
        ['The minister, Helen Tran, has held the post since 2022. Her husband, David Tran, is a director of the firm.', 'Ms Tran said she had declared his interest. Mr Tran said he never discussed the tender.'],
        ['Helen Tran', 'David Tran'],
      ],
      [
        'an honorific whose gender the article gives neither person decides nothing',
        ['The minister, Helen Tran, has held the post since 2022. The director, David Tran, runs the firm.', 'Ms Tran said she had declared his interest.'],
        ['?'],
      ],
      [
        'the title decides',
        ['Judge Maria Okafor and Senator Tunde Okafor attended.', 'Senator Okafor left early.'],
        ['Tunde Okafor'],
      ],
    ];
    for (const [name, paragraphs, expected] of cases) {
      const surname = ['Chen', 'Berg', 'Tran', 'Okafor'].find((w) => paragraphs[0].includes(w))!;
      it(name, () => assert.deepEqual(readingsOf(paragraphs, surname).slice(-expected.length), expected));
    }
    it('lists the candidates of an ambiguous mention', () => {
      const { found } = peopleIn(['Governor Anna Berg and her deputy Lars Berg visited the plant.', 'Berg said output had doubled.']);
      assert.deepEqual(found.ambiguous.map((a) => a.candidates.sort()), [['anna-berg', 'lars-berg']]);
    });
  });

  namesOfEach('a compound nationality, a verb in capitals and a day after a name are no part of it', [
    ['Anglo-Finnish Suzanne Innes-Berg spoke Swedish.', ['Suzanne Innes-Berg']],
    ['President Halvard Brekke Welcomed with Enthusiasm in Tallinn', ['Halvard Brekke']],
    ['Vice Minister Jo Yong Won met the delegation.', ['Jo Yong Won']],
    ['Prime Minister Tesfaye Alemu Sunday visited the port.', ['Tesfaye Alemu']],
  ]);

  namesOfEach('initials that open a name after a title, acronym titles, a title set off by one comma', [
    ['She met External Affairs Minister S Jaishankar and NSA Arvind Doval on Sunday.', ['Arvind Doval', 'S Jaishankar']],
    ['Chief Minister M. K. Selvam spoke first.', ['M. K. Selvam']],
    ['The plan B Halvorsen drew up was fine.', []],
    // A title in capitals, one comma, and the name running on into where.
    ['It was her second trip after visiting Kelvaran President, Mbuyu Kasomba in Lindby last month.', ['Mbuyu Kasomba']],
    // A place's name the run of capitals began before: "of Saudi Arabia Muhammad …".
    ['He met the Crown Prince of Saudi Arabia Faisal Bin Tariq on Sunday.', ['Faisal Bin Tariq']],
  ]);

  namesOfEach('places, bodies, outlets, credits and bylines are not people', [
    ['Sources said a rail pact is likely to be signed during the talks.', []],
    ['Insiders say the vote will be close.', []],
    ['The envoy was received at India’s Rashtrapati Bhavan.', []],
    ['Türkiye once again emphasized the importance of its neighbour’s support, President Selim Kaya said on Wednesday.', ['Selim Kaya']],
    ['Crowds gathered in Jose Marti Square as the Security Council met.', []],
    ['Reuters said the Kremlin had not replied.', []],
    ['Delegates from Sri Lanka and Abu Dhabi signed the Lisbon Accord.', []],
    ['Envoy Ruth Kamau laughs with staff. (Reuters/Paolo Verdi)', ['Ruth Kamau']],
    ['Envoy Ruth Kamau in Vienna. Photograph: Paolo Verdi/AP', ['Ruth Kamau']],
    ['Envoy Ruth Kamau at the harbour last month. (City News: Paolo Verdi)', ['Ruth Kamau']],
    ['Markets rose By Tomas Lindgren, Staff Writer', []],
    ['Silesia Energo said in a statement that the plant would close.', []],
    ['A representative for Kitamura Electric said the company would not comment.', []],
    ['Markets rose By Margit Holm and Pieter Vos', []],
    ['Envoy Ruth Kamau in Oslo, March 13, 2024. REUTERS/Anna Lindgren', ['Ruth Kamau']],
    ['Paolo Verdi/File Photo/Reuters', []],
    ['Minister of Commerce Germán Umaña said the talks went well in Bogotá.', ['Germán Umaña']],
    ['Envoy Ruth Kamau at the presidential office in Oslo on May 7, 2023. Paolo Verdi/Pool via REUTERS', ['Ruth Kamau']],
    ['Editor in Chief Paolo Verdi', []],
    ['Vice President JD Vance and Secretary of State Marco Rubio were present.', ['JD Vance', 'Marco Rubio']],
    ['Senator J.D. Vance was present.', ['J.D. Vance']],
    ['US Federal Reserve officials and Indian PM Modi met at the J.P. Morgan office.', ['Modi']],
    ['The leaders met at the Prime Minister\'s Official Residence in Oslo.', []],
    ['— With assistance from Kenji Tanabe', []],
    ['Markets rose By state political reporter Tomas Lindgren', []],
    ['Kenji Tanabe and Margit Holm contributed reporting.', []],
    ['Under the Speaker of the House of Commons the session ran late.', []],
    ['During the meeting, officials said the Monday deadline held.', []],
  ]);

  describe('a sentence that quotes a title in title case is running text', () => {
    const cases: Array<[string, string[]]> = [
      ['Danish President Lars Holm and Norwegian Prime Minister Ola Berg signed a declaration on "Friendly Relations and Good Neighbourliness" in Oslo.', ['Lars Holm', 'Ola Berg']],
      ['Prime Minister Ola Berg opened the “Nordic Ocean Forum Of Coastal Nations” in Bergen.', ['Ola Berg']],
    ];
    for (const [sentence, expected] of cases) it(sentence.slice(0, 60), () => assert.deepEqual(names([sentence]), expected));
  });

  describe('text in another language yields no people', () => {
    const cases: Array<[string, string[]]> = [
      ['Der Bundeskanzler Friedrich Weber traf am Montag den Außenminister Klaus Richter in Berlin und sprach über die Lage.', []],
      ['El presidente Andrés Molina se reunió con la ministra Lucía Paredes en la capital para hablar de comercio.', []],
      ['Министр иностранных дел Сергей Лавров заявил, что переговоры продолжатся в понедельник.', []],
      ['外交部长王毅周一在北京会见了来访的客人并举行了会谈。', []],
    ];
    for (const [sentence, expected] of cases) it(sentence.slice(0, 40), () => assert.deepEqual(names([sentence]), expected));
  });
});
