import * as assert from 'node:assert/strict';
import { readArticle } from '../../../src/core/article/readArticle';
import { findPeople } from '../../../src/core/nlp/findPeople';
import { findStatements } from '../../../src/core/quotes/findStatements';
import { readArticleText } from '../../../src/core/index/readFile';
import type { Statement } from '../../../src/core/model';

/** What a test expects of one statement: its words, and optionally kind, speaker (by surname or source words), cue, day, flags. */
interface Expected {
  text: string;
  kind?: Statement['kind'];
  speaker?: string | null;
  cue?: string | null;
  when?: string | null;
  flags?: string[];
}

/** A headline and a standfirst, so the paragraphs under test are body text. */
const HEADLINE = 'Envoys meet in Geneva\n\nThe talks resumed after a long pause in the spring';

/** Reads invented paragraphs as an article published on Friday 2024-03-15. */
function statementsOf(paragraphs: string[], published = '2024-03-15'): Statement[] {
  const text = [HEADLINE, ...paragraphs].join('\n\n') + '\n';
  const article = readArticle('test.txt', text, { published });
  return findStatements(article, findPeople(article));
}

/** The speaker as the test names it: the person's surname, the unnamed source's words, or null. */
function speakerOf(s: Statement, paragraphs: string[]): string | null {
  if (s.speaker) {
    const article = readArticle('test.txt', [HEADLINE, ...paragraphs].join('\n\n') + '\n', {});
    const person = findPeople(article).people.find((p) => p.key === s.speaker);
    return person ? person.name.replace(/\s+(?:Jr\.|Sr\.|II|III|IV)$/u, '').split(/\s+/).pop()! : s.speaker;
  }
  return s.speakerText;
}

function check(paragraphs: string[], expected: Expected[], published?: string): void {
  const found = statementsOf(paragraphs, published);
  const spans = found.map((f) => `${f.start}:${f.end}:${f.kind}`);
  assert.equal(new Set(spans).size, spans.length, `a span read twice in ${JSON.stringify(found.map((f) => f.text))}`);
  for (const e of expected) {
    const s = found.find((f) => f.text === e.text);
    assert.ok(s, `no statement "${e.text}" in ${JSON.stringify(found.map((f) => f.text))}`);
    assert.equal(s.text, s.file === 'test.txt' ? [HEADLINE, ...paragraphs].join('\n\n').slice(s.start, s.end) : s.text);
    if (e.kind !== undefined) assert.equal(s.kind, e.kind, `kind of "${e.text}"`);
    if (e.speaker !== undefined) assert.equal(speakerOf(s, paragraphs), e.speaker, `speaker of "${e.text}"`);
    if (e.cue !== undefined) assert.equal(s.cue, e.cue, `cue of "${e.text}"`);
    if (e.when !== undefined) assert.equal(s.when, e.when, `when of "${e.text}"`);
    for (const f of e.flags ?? []) assert.ok(s.flags.includes(f), `flag ${f} on "${e.text}": ${s.flags}`);
  }
}

type Case = [name: string, paragraphs: string[], expected: Expected[], published?: string];

describe('findStatements: cues of a relayed quotation, a long circumstance, "mentioned that"', () => {
  it('takes "it added" after "the broadcaster quoted Dahl as saying" for more of Dahl\'s words', () => {
    check(
      [
        'Prime Minister Henrik Dahl met President Anna Berg in Oslo on Tuesday.',
        '"The two sides share a long history," state broadcaster NRK quoted Dahl as saying.',
        '"The two sides should strengthen cooperation and handle their differences," it added.',
      ],
      [{ text: 'The two sides should strengthen cooperation and handle their differences', speaker: 'Dahl' }],
    );
    // Without a quoted person before, "it" is the source itself.
    check(
      ['Prime Minister Henrik Dahl met President Anna Berg in Oslo on Tuesday.', 'The ministry said the talks were useful.', '"The two sides should strengthen cooperation," it added.'],
      [{ text: 'The two sides should strengthen cooperation', speaker: 'The ministry' }],
    );
  });

  it('reads a clause before "Dahl told Berg" however long the circumstance after it, but not a verb\'s object', () => {
    check(
      [
        'Prime Minister Henrik Dahl met President Anna Berg in Oslo on Tuesday.',
        'Mutual trust and respect must guide relations, Dahl told Berg as the two leaders met on the sidelines of the regional summit in the old harbour city of Bergen on Tuesday.',
      ],
      [{ text: 'Mutual trust and respect must guide relations', speaker: 'Dahl', cue: 'told' }],
    );
    const found = statementsOf(['Earlier in the day, ministers reaffirmed their practical and political support for the island as well as their commitment to its eventual membership of the alliance.']);
    assert.deepEqual(found.map((f) => f.text), []);
  });

  it('leaves the "that" of ", adding that" to the participle, and the clause before it to "said"', () => {
    check(
      ['Prime Minister Henrik Dahl met President Anna Berg in Oslo on Tuesday.', 'Dahl said they discussed the border, adding that the talks went well.'],
      [
        { text: 'they discussed the border', speaker: 'Dahl', cue: 'said' },
        { text: 'the talks went well', speaker: 'Dahl', cue: 'adding' },
      ],
    );
  });

  it('ends a clause where a cue joined to it by "and" opens its own ("replied that … and said that …")', () => {
    check(
      ['Prime Minister Henrik Dahl met President Anna Berg in Oslo on Tuesday.', 'Dahl replied that he also agrees with Berg on the ferry and said that he hopes the talks go on this summer.'],
      [
        { text: 'he also agrees with Berg on the ferry', speaker: 'Dahl', cue: 'replied' },
        { text: 'he hopes the talks go on this summer', speaker: 'Dahl', cue: 'said' },
      ],
    );
    // "and" between two clauses of one cue is no cue's.
    check(['Prime Minister Henrik Dahl met President Anna Berg in Oslo on Tuesday.', 'Dahl said the border would stay open and the talks would go on.'], [{ text: 'the border would stay open and the talks would go on', speaker: 'Dahl' }]);
  });

  it("ends a clause before the reporter's gloss that closes the sentence, not before one inside it", () => {
    const opening = 'Prime Minister Henrik Dahl met President Anna Berg in Oslo on Tuesday.';
    check([opening, 'Dahl told Berg that his country was open to talks on the grain deal, an agreement that helped ease a global food crisis.'], [{ text: 'his country was open to talks on the grain deal', speaker: 'Dahl' }]);
    check([opening, 'Dahl said the grain deal, an agreement that took years to make, would be signed on Monday.'], [{ text: 'the grain deal, an agreement that took years to make, would be signed on Monday', speaker: 'Dahl' }]);
    check(
      [opening, 'Dahl said the talks covered the grain deal, an agreement that has fed millions; the border, and the ferry.'],
      [{ text: 'the talks covered the grain deal, an agreement that has fed millions; the border, and the ferry', speaker: 'Dahl' }],
    );
  });

  it('reads a clause before "…, China\'s state news agency Xinhua said, adding that …"', () => {
    check(
      ['Prime Minister Henrik Dahl and President Anna Berg spoke by phone on Thursday, Norway\'s state news agency NTB said, adding that the call came at Oslo\'s request.'],
      [
        { text: 'Prime Minister Henrik Dahl and President Anna Berg spoke by phone on Thursday', speaker: 'NTB', cue: 'said' },
        { text: "the call came at Oslo's request", speaker: 'NTB', cue: 'adding' },
      ],
    );
  });

  it('takes a place or a body named in capitals for the subject of "… and said that …", and "countered that" for a cue', () => {
    check(
      ['Oslo rejected the claims and said that the ferry talks would go on.', 'The Kremlin denied the report and has countered that the talks were still planned.'],
      [
        { text: 'the ferry talks would go on', speaker: 'Oslo', cue: 'said' },
        { text: 'the talks were still planned', speaker: 'The Kremlin', cue: 'countered' },
      ],
    );
    // "The leaders, who …, heralded": a determiner is no name.
    const found = statementsOf(["The leaders, who met in Oslo, heralded the agreement as a 'landmark document' between the two countries."]);
    assert.ok(found.every((f) => f.speakerText !== 'The'), JSON.stringify(found.map((f) => f.speakerText)));
  });

  it('reads a quotation in capitals with a clause\'s words for what was said, a title in capitals for none', () => {
    const opening = 'Prime Minister Henrik Dahl met President Anna Berg in Oslo on Tuesday.';
    check([opening, 'Dahl expressed frustration over the talks, calling Berg "VERY TOUGH, AND EXTREMELY HARD TO MAKE A DEAL WITH."'], [{ text: 'VERY TOUGH, AND EXTREMELY HARD TO MAKE A DEAL WITH', speaker: 'Dahl' }]);
    const found = statementsOf([opening, 'Dahl praised the film "THE LORD OF THE RINGS" on Tuesday, calling it a classic.']);
    assert.ok(!found.some((f) => f.text.includes('LORD')), JSON.stringify(found.map((f) => f.text)));
  });

  it('takes "the Brazilian president" for the one in office, not a former one', () => {
    check(
      [
        'Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Wednesday.',
        'In Shanghai, he attended the inauguration of former Brazilian president Dilma Rousseff as head of the bank.',
        '"We are building a new friendship," the Brazilian president said on Friday.',
      ],
      [{ text: 'We are building a new friendship', speaker: 'Silva' }],
    );
  });

  it('takes "the Brazilian president" for someone only called a Brazilian counterpart, which says nothing of their office', () => {
    check(
      [
        'US President Joe Harlan received his Brazilian counterpart, Marcos Tavares Lima, in Washington on Friday.',
        'After the meeting, the Brazilian president said that the US will help protect the forest.',
      ],
      [{ text: 'the US will help protect the forest', speaker: 'Lima' }],
    );
  });

  it('takes the name after a body\'s spokesman for the source of "according to"', () => {
    check(['According to Foreign Ministry spokesman Henrik Dahl, the negotiations began with broader talks between the delegations.'], [{ text: 'the negotiations began with broader talks between the delegations', speaker: 'Dahl' }]);
  });

  it('takes a quoted subhead for the words a later paragraph quotes, not for the paragraph before it', () => {
    check(
      [
        'President Anna Berg met Prime Minister Henrik Dahl in Oslo on Saturday.',
        'A joint statement released after the meeting said that Norway "will support the ferry plan."',
        '‘Very fruitful meeting’',
        'Dahl left without speaking to the media.',
        '"We had a comprehensive and very fruitful meeting," Berg wrote after the meeting.',
      ],
      [{ text: 'Very fruitful meeting', speaker: 'Berg' }],
    );
  });

  it('reads "went on to say that" as a cue', () => {
    check(['President Anna Berg met Prime Minister Henrik Dahl in Oslo on Saturday.', 'Berg went on to say that the two leaders agreed to put the ferry first.'], [{ text: 'the two leaders agreed to put the ferry first', speaker: 'Berg' }]);
  });

  it('reads "commented" as a cue', () => {
    check(
      ['President Anna Berg met Prime Minister Henrik Dahl in Oslo on Tuesday.', '"With the prime minister of Norway, Henrik Dahl," the president commented on social media.'],
      [{ text: 'With the prime minister of Norway, Henrik Dahl', speaker: 'Berg', cue: 'commented' }],
    );
  });

  it('reads "mentioned that" as a cue, and "mentioned the talks" as naming a thing', () => {
    check(['Prime Minister Henrik Dahl met President Anna Berg in Oslo on Tuesday.', 'Dahl mentioned that the partnership between the two countries was growing.'], [{ text: 'the partnership between the two countries was growing', speaker: 'Dahl', cue: 'mentioned' }]);
    const found = statementsOf(['Prime Minister Henrik Dahl met President Anna Berg in Oslo on Tuesday.', 'Dahl mentioned the border talks and the new trade deal.']);
    assert.deepEqual(found.map((f) => f.text), []);
  });
});

describe('findStatements: a page whose spaces were lost after its stops', () => {
  it('reads the quotations and sentences of a run-in paragraph, each with its own cue', () => {
    check(
      [
        'Prime Minister Henrik Dahl and President Anna Berg held talks in Oslo on Tuesday.The two sides signed nine accords on fisheries and ports."This year opens a new chapter for our two nations," the Norwegian leader pointed out.He added that the ports deal would create jobs.Berg also expressed hope that Oslo would promote "a steady and open dialogue across the region."The president recalled that trade was small twenty years ago.Her visit followed an essay in which Dahl praised a "friendship as deep as the fjords".',
        'The minister said,"We will keep our word."',
      ],
      [
        { text: 'This year opens a new chapter for our two nations', kind: 'direct', speaker: 'Dahl', cue: 'pointed out' },
        { text: 'the ports deal would create jobs', speaker: 'Dahl' },
        { text: 'a steady and open dialogue across the region', kind: 'direct', speaker: 'Berg' },
        { text: 'friendship as deep as the fjords', kind: 'direct', speaker: 'Dahl' },
        { text: 'We will keep our word', kind: 'direct', speaker: 'The minister' },
      ],
    );
  });
});

describe('findStatements: words reported inside what another said', () => {
  it('takes "he" after "Dahl\'s words … when" for Dahl, on no day but the one its own clause names', () => {
    check(
      [
        'President Anna Berg said on Thursday that Prime Minister Henrik Dahl’s words moved many voters when earlier this month he said that “his heart aches” for the flood victims.',
        'Berg said on Thursday that Dahl’s remarks were welcome as on Monday he said that the dam would be rebuilt.',
      ],
      [
        { text: 'his heart aches', kind: 'direct', speaker: 'Dahl', when: null },
        { text: 'Prime Minister Henrik Dahl’s words moved many voters when earlier this month he said that “his heart aches” for the flood victims', speaker: 'Berg', when: '2024-03-14' },
        { text: 'the dam would be rebuilt', speaker: 'Dahl', when: '2024-03-11' },
      ],
    );
  });
});

describe('findStatements: "according to X," before a clause with a long subject', () => {
  it('reads the clause whose verb comes seven words in', () => {
    check(
      ['President Henrik Dahl visited Oslo on Tuesday.', 'According to Dahl, the NATO process in Norway also largely affected its identity policy.'],
      [{ text: 'the NATO process in Norway also largely affected its identity policy', kind: 'indirect', speaker: 'Dahl' }],
    );
  });

  it('reads the clause before "according to X" inside a sentence, not the circumstance after it', () => {
    check(
      ['The rebels seized the port and took 40 hostages, according to official figures, in an unprecedented attack on May 7. The army responded on Monday and retaken areas were cleared.'],
      [{ text: 'The rebels seized the port and took 40 hostages', kind: 'indirect', speaker: 'official figures' }],
    );
  });
});

describe('findStatements: a reported clause, a colon and a quotation', () => {
  it('reads the clause before the colon and the quotation after it apart', () => {
    check(
      ['President Henrik Dahl visited Oslo on Tuesday.', 'The president stressed that the two countries now stand at the threshold of a new era: “Our membership means that we have taken the final step.”'],
      [
        { text: 'the two countries now stand at the threshold of a new era', kind: 'indirect', speaker: 'Dahl' },
        { text: 'Our membership means that we have taken the final step', kind: 'direct', speaker: 'Dahl' },
      ],
    );
  });
});

describe('findStatements: more verbs that report a clause', () => {
  it('reads "revealed that", "hinted to the media that", "speculated that", "observed that", "signalled that", "clarified that"', () => {
    check(
      [
        'President Henrik Dahl met Foreign Minister Anna Berg in Oslo on Tuesday.',
        'Dahl revealed that the company had acquired a storage terminal in Bergen.',
        'Berg hinted to the media that the charges would be withdrawn.',
        'Dahl speculated that someone could have leaked the recording.',
        'Berg observed that the border had been calm for a year.',
        'Dahl signalled that he would seek a second term.',
        'Berg clarified that the visit would go ahead.',
      ],
      [
        { text: 'the company had acquired a storage terminal in Bergen', speaker: 'Dahl', cue: 'revealed' },
        { text: 'the charges would be withdrawn', speaker: 'Berg', cue: 'hinted' },
        { text: 'someone could have leaked the recording', speaker: 'Dahl', cue: 'speculated' },
        { text: 'the border had been calm for a year', speaker: 'Berg', cue: 'observed' },
        { text: 'he would seek a second term', speaker: 'Dahl', cue: 'signalled' },
        { text: 'the visit would go ahead', speaker: 'Berg', cue: 'clarified' },
      ],
    );
  });

  it('reads no statement in "missing analyst estimates" or in "mixed signals"', () => {
    const found = statementsOf(['Earnings rose to $8 a share in the quarter, missing analyst estimates of $9.', 'Investors were left with mixed signals about the merger.']);
    assert.deepEqual(found.map((f) => f.text), []);
  });
});

describe('findStatements: a quotation of its own after a photo caption', () => {
  it('takes the speaker of the paragraph before the caption', () => {
    check(
      [
        'In a post on Tuesday, President Anna Berg reflected on the day. She wrote, “We reaffirm our close bonds of friendship.”',
        'She also expressed her gratitude to her neighbours.',
        'Anna Berg and Henrik Dahl',
        '“We will remain forever grateful to our neighbours for their help.',
        '“As we mark thirty years of ties, we see a bright future.”',
      ],
      [
        { text: 'We will remain forever grateful to our neighbours for their help', speaker: 'Berg' },
        { text: 'As we mark thirty years of ties, we see a bright future', speaker: 'Berg' },
      ],
    );
  });
});

describe('findStatements: a source after the verb at the end of its sentence', () => {
  it('reads "…, continued Ola Berg." and a source after "for his part"', () => {
    check(
      [
        'President Ola Berg met Prime Minister Lena Saar in Oslo on Monday.',
        'The relationship between Norway and Sweden is more than a bilateral one, continued Ola Berg.',
        '"I think that this rapprochement will take us very far", commented for her part Lena Saar.',
      ],
      [
        { text: 'The relationship between Norway and Sweden is more than a bilateral one', speaker: 'Berg', cue: 'continued' },
        { text: 'I think that this rapprochement will take us very far', speaker: 'Saar', cue: 'commented' },
      ],
    );
  });

  it('reads the clause a pronoun and its verb make, not one after a later "that"', () => {
    check(
      ['President Ola Berg met Prime Minister Lena Saar in Oslo on Monday.', 'Berg said he also touched on the issue of refugees, knowing that Sweden keeps out of it.'],
      [{ text: 'he also touched on the issue of refugees', speaker: 'Berg', cue: 'said' }],
    );
  });

  it('reads a clause around "he said" whose verb is progressive ("was emphasising"), and "was saying that"', () => {
    check(
      [
        'President Ola Berg met Chancellor Anna Weber in Oslo on Saturday.',
        'Berg said the war had hurt the whole world. Norway, he said, was emphasising this during its presidency too.',
        'Weber was saying that the talks went well.',
      ],
      [
        { text: 'Norway, he said, was emphasising this during its presidency too', speaker: 'Berg', cue: 'said' },
        { text: 'the talks went well', speaker: 'Weber', cue: 'saying' },
      ],
    );
  });

  it('takes no statement from "continued" that tells of no speaking', () => {
    assert.deepEqual(
      statementsOf(['President Ola Berg met Prime Minister Lena Saar in Oslo on Monday.', 'The talks continued Tuesday in Bergen.']).map((f) => f.text),
      [],
    );
  });
});

describe("findStatements: the reporter's reading of a clause is not part of it", () => {
  it('ends the clause before "in an apparent warning to" and "in what appeared to be a swipe at"', () => {
    check(
      [
        'President Anna Berg has told Prime Minister Henrik Dahl that Norway opposes new drilling in the Arctic, in an apparent warning to Moscow against a race for oil.',
        'Dahl said the old quarrel was over, in what appeared to be a swipe at his critics at home.',
      ],
      [
        { text: 'Norway opposes new drilling in the Arctic', speaker: 'Berg', cue: 'told' },
        { text: 'the old quarrel was over', speaker: 'Dahl', cue: 'said' },
      ],
    );
  });
});

describe('findStatements: where and when a clause was said, around it', () => {
  it('reads the clause after a phrase of when or where and its comma', () => {
    check(
      [
        'President Anna Berg met Prime Minister Henrik Dahl in Oslo on Monday.',
        'Berg said after the morning session with the two delegations, progress had been made on the fishing rights.',
        'Dahl said while they were together in the harbour city, it was clear the old quarrel was over.',
      ],
      [
        { text: 'progress had been made on the fishing rights', speaker: 'Berg', cue: 'said' },
        { text: 'it was clear the old quarrel was over', speaker: 'Dahl', cue: 'said' },
      ],
    );
  });

  it('leaves a phrase with a verb of its own in the clause, and a saying to no one', () => {
    const found = statementsOf([
      'President Anna Berg met Prime Minister Henrik Dahl in Oslo on Monday.',
      'Berg said on Monday the talks went well, and they would meet again.',
      'As they say in the north, a long winter does not end in one day, and the thaw takes time.',
    ]);
    assert.deepEqual(
      found.map((f) => f.text),
      ['the talks went well, and they would meet again'],
    );
  });

  it('leaves the sentence\'s own source after the comma, and a time set beside the day', () => {
    check(
      [
        'President Anna Berg met Prime Minister Henrik Dahl in Oslo on Monday.',
        'In a statement posted on social media, the foreign ministry said the two leaders are looking for ways to expand trade.',
        'The two countries are no longer at odds, the neighbours said in a joint statement Monday, a day after their leaders held a meeting in Oslo.',
      ],
      [
        { text: 'the two leaders are looking for ways to expand trade', speaker: 'the foreign ministry' },
        { text: 'The two countries are no longer at odds', speaker: 'the neighbours' },
      ],
    );
    const texts = statementsOf([
      'President Anna Berg met Prime Minister Henrik Dahl in Oslo on Monday.',
      'In a statement posted on social media, the foreign ministry said the two leaders are looking for ways to expand trade.',
      'The two countries are no longer at odds, the neighbours said in a joint statement Monday, a day after their leaders held a meeting in Oslo.',
    ]).map((f) => f.text);
    assert.ok(!texts.some((t) => t.startsWith('the foreign ministry said') || t.startsWith('a day after')), JSON.stringify(texts));
  });

  it('ends the clause before the medium it was said in', () => {
    check(
      [
        'President Anna Berg met Prime Minister Henrik Dahl in Oslo on Monday.',
        'Berg said she came in friendship in a post on landing at the airport in Oslo on Monday.',
        'Dahl said the talks had gone well in a statement released by his office.',
      ],
      [
        { text: 'she came in friendship', speaker: 'Berg', when: '2024-03-11' },
        { text: 'the talks had gone well', speaker: 'Dahl' },
      ],
    );
  });

  it('reads "…, the agency quoted X as saying" at the end of a sentence', () => {
    check(
      [
        'President Anna Berg met Prime Minister Henrik Dahl in Oslo on Monday.',
        'The two countries have a long friendship built on trade and the sea, the state news agency quoted Dahl as saying.',
      ],
      [{ text: 'The two countries have a long friendship built on trade and the sea', speaker: 'Dahl', cue: 'quoted Dahl as saying' }],
    );
  });
});

describe('findStatements: a pronoun after a clause whose subject is a description', () => {
  it('stands for the person the description stands for, not the one named last', () => {
    check(
      [
        'President of Kelvara, Tomas Berg, was received by the country’s head of state, Captain Henrik Dahl, on Monday.',
        'At the end of the meeting, the Kelvaran president gave a press statement; he recalled that the two countries are united by geography and history.',
      ],
      [{ text: 'the two countries are united by geography and history', speaker: 'Berg', cue: 'recalled' }],
    );
  });
});

describe('findStatements: a name and its title after one comma, a participle after a clause of its own', () => {
  it('takes the name before ", Norwegian Minister of Information said" for the speaker, and "twitted" for "tweeted"', () => {
    check(
      [
        'President Anna Berg met Prime Minister Henrik Dahl in Oslo on Monday.',
        '“The visit will cement peace,” Tove Lunde, Norwegian Minister of Information said in a tweet.',
        'Talks between the two leaders tackled ways “to open the border crossings,” twitted Tove Lunde.',
      ],
      [
        { text: 'The visit will cement peace', speaker: 'Lunde', cue: 'said' },
        { text: 'to open the border crossings', speaker: 'Lunde', cue: 'twitted' },
      ],
    );
  });

  it('gives ", saying" after "as X also voiced …," to X', () => {
    check(
      [
        'President Anna Berg met Prime Minister Henrik Dahl in Oslo on Monday.',
        '"Both nations have chosen peace," said Berg, as Dahl also voiced his support, saying: "We will not allow anyone to stop this."',
      ],
      [
        { text: 'Both nations have chosen peace', speaker: 'Berg' },
        { text: 'We will not allow anyone to stop this', speaker: 'Dahl' },
      ],
    );
  });
});

describe('findStatements: a press release\'s label line and a quotation over paragraphs without new marks', () => {
  it('gives the quotation after "Prime Minister Dahl at the start of the meeting:" to Dahl, every paragraph of it', () => {
    check(
      [
        'Prime Minister Henrik Dahl met President Anna Berg at his office in Oslo today.',
        'Prime Minister Dahl at the start of the meeting:',
        '“I am delighted to welcome you, President Berg, and your delegation.',
        'We had a conversation now discussing free markets.',
        'Welcome to Oslo. Welcome, friend.”',
        'The two also agreed on trade.',
      ],
      [
        { text: 'I am delighted to welcome you, President Berg, and your delegation', speaker: 'Dahl' },
        { text: 'We had a conversation now discussing free markets', speaker: 'Dahl' },
        { text: 'Welcome to Oslo. Welcome, friend', speaker: 'Dahl' },
      ],
    );
  });

  it('ends a quotation left open at its paragraph when no later paragraph closes it', () => {
    const found = statementsOf([
      'Prime Minister Henrik Dahl met President Anna Berg at his office in Oslo today.',
      '“I am delighted to welcome you, President Berg,” said Dahl. “We had a conversation now.',
      'The two also agreed on trade.',
      'Both sides signed a memorandum.',
    ]);
    assert.ok(!found.some((f) => /agreed on trade|signed a memorandum/u.test(f.text)), JSON.stringify(found.map((f) => f.text)));
  });
});

describe('findStatements: the source after an inverted cue stays in its sentence', () => {
  it('does not take a name opening the next paragraph for the one "the visiting President" describes', () => {
    check(
      [
        'Kelvaran President Tomas Berg met Prime Minister Henrik Dahl in Oslo on Monday.',
        'Berg, who had arrived in Norway on Sunday evening, expressed his gratitude to President Anna Lind and Prime Minister Dahl for support and warm hospitality.',
        '“We faced a crisis two years ago and Norway helped us,” said the visiting President.',
        'PM Dahl mentioned that Norway will remain a reliable partner.',
      ],
      [{ text: 'We faced a crisis two years ago and Norway helped us', speaker: 'Berg', cue: 'said' }],
    );
  });
});

describe('findStatements: "reported X as saying"', () => {
  it('gives what a medium reported someone as saying to that person, once', () => {
    const paragraphs = [
      'Foreign Minister Henrik Dahl met the crown prince on Friday.',
      'After the meeting, the news agency Tasnim reported Dahl as saying the crown prince had accepted his invitation to visit Oslo.',
    ];
    check(paragraphs, [{ text: 'the crown prince had accepted his invitation to visit Oslo', speaker: 'Dahl', cue: 'reported Dahl as saying' }]);
    assert.equal(statementsOf(paragraphs).length, 1);
  });
});

describe('findStatements: a participle after a name in apposition', () => {
  it('goes with the sentence\'s subject, not the name the apposition describes', () => {
    check(
      [
        'President Anna Berg met the crown prince in Lindby on Friday.',
        '“I will always stand up for our values,” Berg told reporters after the meeting with the crown prince, who was blamed for the murder of Tomas Lind, a newspaper columnist, calling the killing “outrageous.”',
        '“I made it clear, if anything like that occurs again they will get that response,” she said.',
      ],
      [
        { text: 'outrageous', speaker: 'Berg' },
        { text: 'I made it clear, if anything like that occurs again they will get that response', speaker: 'Berg' },
      ],
    );
  });
});

describe('findStatements: "the crown prince" and the pronoun after it', () => {
  it('takes "he" after "the crown prince responded" and after "When the crown prince spoke of …" for the crown prince', () => {
    check(
      [
        'Prime Minister Henrik Dahl hosted Kelvaran Crown Prince Tomas Berg at dinner on Sunday.',
        'Right after the prime minister got up to make a special request to the crown prince to release the fishermen held in Kelvara and to ease visas for pilgrims in the three largest cities, the crown prince responded:-',
        '“Mr Prime Minister, consider me your ambassador in Kelvara,” he said, as Dahl smiled and clapped.',
        '3. When the crown prince spoke of investment between the two countries',
        '“We have signed agreements worth about $20 billion, I believe,” he said.',
      ],
      [
        { text: 'Mr Prime Minister, consider me your ambassador in Kelvara', speaker: 'Berg' },
        { text: 'We have signed agreements worth about $20 billion, I believe', speaker: 'Berg' },
      ],
    );
  });
});

describe('findStatements: a quotation of its own after the reporter\'s aside', () => {
  it('carries on the speaker across a paragraph that names no one and reports nothing', () => {
    check(
      [
        'President Anna Berg met Prime Minister Henrik Dahl in Oslo on Monday.',
        '“We expect further talks on the proposal,” said Dahl.',
        'As far as the fishing rights are concerned, it is believed that the mediators will stay out of the talks.',
        '“There are ten articles in total, and we should keep to the proposal we received.”',
      ],
      [{ text: 'There are ten articles in total, and we should keep to the proposal we received', speaker: 'Dahl' }],
    );
  });

  it('not across one that tells of someone', () => {
    const found = statementsOf([
      'President Anna Berg met Prime Minister Henrik Dahl in Oslo on Monday.',
      '“We expect further talks on the proposal,” said Dahl.',
      'Nilsen’s answers did little to calm the markets. When he spoke, the shares fell.',
      '“There are ten articles in total, and we should keep to the proposal we received.”',
    ]);
    const last = found.find((f) => f.text.startsWith('There are ten'));
    assert.ok(!last || last.speaker === null, JSON.stringify(last));
  });
});

describe('findStatements: what a headline says someone said, with a colon', () => {
  const body = 'Prime Minister Henrik Dahl met President Anna Berg in Oslo on Tuesday, officials said.';
  const headlineStatements = (headline: string) => {
    const text = `${headline}\n\n${body}\n`;
    const article = readArticle('test.txt', text, { published: '2024-03-15' });
    return findStatements(article, findPeople(article))
      .filter((x) => x.end <= headline.length)
      .map((x) => `${x.kind} ${x.speaker} ${x.text}`);
  };

  it('reads "Name: what was said", "what was said: Name at …" and "Name tells Name: …"', () => {
    assert.deepEqual(headlineStatements('Dahl: Oslo open to ferry talks with Berg'), ['indirect henrik-dahl Oslo open to ferry talks with Berg']);
    assert.deepEqual(headlineStatements('The two countries can now open a new page: Dahl at presser with Berg in Oslo'), ['indirect henrik-dahl The two countries can now open a new page']);
    assert.deepEqual(headlineStatements('PM Dahl tells Berg: we are ready to discuss the ferry'), ['indirect henrik-dahl we are ready to discuss the ferry']);
    assert.deepEqual(headlineStatements('‘No scope for double standards on fishing’: PM Dahl at Nordic summit'), ['direct henrik-dahl No scope for double standards on fishing']);
  });

  it('reads no statement in a title, a label or a place before the colon', () => {
    assert.deepEqual(headlineStatements('Dahl: A Life in Politics'), []);
    assert.deepEqual(headlineStatements('Live updates: Dahl meets Berg in Oslo'), []);
    assert.deepEqual(headlineStatements('Dahl in Oslo: what we know about the talks so far'), []);
  });
});

describe('findStatements: a page updated after its publication day', () => {
  it('reads "on Thursday" against the day of a photo taken since, not the day the page was first published', () => {
    // Published Tuesday 2025-05-06; the photo is of Thursday 2025-05-08.
    const found = statementsOf(
      [
        'Vardan and Okafor board a plane at an airport near Mount Kazbek, May 8, 2025. /Agency photo',
        '"It was a journey I had long hoped to make," Vardan told reporters on Thursday.',
      ],
      '2025-05-06',
    );
    const s = found.find((x) => x.text.startsWith('It was a journey'));
    assert.equal(s?.when, '2025-05-08');
  });

  it('without a publication day, reads no weekday against a date the story tells of', () => {
    const text = [HEADLINE, 'The accord Vardan signed on March 3, 2019 still stands.', '"It holds," Vardan told reporters on Thursday.'].join('\n\n') + '\n';
    const article = readArticle('test.txt', text, {});
    const s = findStatements(article, findPeople(article)).find((x) => x.text === 'It holds');
    assert.equal(s?.when, null);
  });
});

describe('findStatements', () => {
  const rules: Record<string, Case[]> = {
    'whole direct quotations': [
      ['said after the quote', ['"We will keep talking until the guns fall silent," Marta Kowalski said on Thursday.'], [{ text: 'We will keep talking until the guns fall silent', kind: 'direct', speaker: 'Kowalski', cue: 'said', when: '2024-03-14' }]],
      ['inverted attribution', ['"The door remains open," said Henrik Dahl.'], [{ text: 'The door remains open', speaker: 'Dahl', cue: 'said' }]],
      ['"as X put it", before or after the quotation', ['Analyst Henrik Dahl was blunt. As Dahl put it: "Pauses are not promises."', '"Ports are not promises," as Anna Berg put it.'], [
        { text: 'Pauses are not promises', speaker: 'Dahl', cue: 'put it' },
        { text: 'Ports are not promises', speaker: 'Berg', cue: 'put it' },
      ]],
      ['inverted attribution with a name in apposition to the description', [
        '"We lost everything," said the store\'s owner, Kevin Tran.',
        '"The vote was rigged," said a spokesman for the party, Ivan Petrov, on Friday.',
        'Sales rose by a third, according to its chief executive, Anna Berg.',
      ], [
        { text: 'We lost everything', speaker: 'Tran' },
        { text: 'The vote was rigged', speaker: 'Petrov' },
        { text: 'Sales rose by a third', speaker: 'Berg' },
      ]],
      ['inverted attribution with a description before the name', ['"The door remains open," said the 64-year-old veteran Henrik Dahl.'], [{ text: 'The door remains open', speaker: 'Dahl', cue: 'said' }]],
      ['cue before a colon', ['Marta Kowalski told reporters: "Nobody leaves this room without a deal."'], [{ text: 'Nobody leaves this room without a deal', speaker: 'Kowalski', cue: 'told' }]],
      ['curly marks', ['“Trade must flow again,” Henrik Dahl said.'], [{ text: 'Trade must flow again', speaker: 'Dahl' }]],
      ['guillemets', ['«Nous restons prudents», Henrik Dahl said.'], [{ text: 'Nous restons prudents', speaker: 'Dahl' }]],
      ['German low-high marks', ['„Wir bleiben vorsichtig“, Henrik Dahl said.'], [{ text: 'Wir bleiben vorsichtig', speaker: 'Dahl' }]],
      ['British single marks', ["'The harvest is safe for now,' Marta Kowalski said."], [{ text: 'The harvest is safe for now', speaker: 'Kowalski' }]],
      ['a nickname inside a name is no quotation', ["Promoter Liam 'Tank' Gallagher said tickets had sold out."], [{ text: 'tickets had sold out', kind: 'indirect', speaker: 'Gallagher' }]],
      ['British single marks around a plural possessive', ["Union leader Marta Kowalski said: 'Our members' patience is running out.'", "'The nurses' union will not back down,' Kowalski said."], [
        { text: "Our members' patience is running out", kind: 'direct', speaker: 'Kowalski' },
        { text: "The nurses' union will not back down", kind: 'direct', speaker: 'Kowalski' },
      ]],
      ['nested quotation kept inside', ['"They called it \'a historic day\' and left," Henrik Dahl said.'], [{ text: "They called it 'a historic day' and left", speaker: 'Dahl' }]],
    ],
    'a quotation after a colon': [
      ['the subject of the words before the colon', ['Marta Kowalski talked about the defeat at her news conference: "I think it was nerves."', '"I will be back next year."'], [
        { text: 'I think it was nerves', speaker: 'Kowalski', cue: ':' },
        { text: 'I will be back next year', speaker: 'Kowalski', flags: ['continuation'] },
      ]],
      ['no person before the colon, no speaker', ['The message from the talks was clear: "no retreat".'], []],
      ['the subject, not a pronoun object ("saw it differently")', ['Manager Henrik Dahl spoke after the match.', 'Dahl saw it differently: "It was a clear foul and the referee missed it."'], [
        { text: 'It was a clear foul and the referee missed it', speaker: 'Dahl', cue: ':' },
      ]],
    ],
    'more ways of naming the speaker': [
      ['an inverted present cue with a kin word, a thanks with quoted words, "said that day", a titled name after a possessive', [
        '"He thinks he is retired," says the son. "Nobody else does."',
        'Board chair Linda Marsh thanked the founder "for forty-six years of vision".',
        '"This is where it starts," Mayor Diane Castellano said that day, shovel in hand.',
        '"We did not expect this," said the study\'s lead author, Professor Camila Ferreyra of the University of Cuyo.',
        'At a briefing in Hanoi on Thursday, the ministry\'s spokeswoman, Doan Thi Mai, said ties were good.',
      ], [
        { text: 'He thinks he is retired', speaker: 'the son' },
        { text: 'for forty-six years of vision', speaker: 'Marsh' },
        { text: 'This is where it starts', speaker: 'Castellano' },
        { text: 'We did not expect this', speaker: 'Ferreyra' },
        { text: 'ties were good', speaker: 'Mai' },
      ]],
      ['a cue set off by commas between the subject and its verb', ['Lee Seo-yeon, an opposition lawmaker, disagreed. Seoul, she argued, was spreading itself thin.'], [
        { text: 'Seoul, she argued, was spreading itself thin', kind: 'indirect', speaker: 'Seo-yeon' },
      ]],
      ['… and with a verb in the past tense right after it', ['Coach Lena Brandt shrugged off the doubts. Pressure, she said, came with the job.'], [
        { text: 'Pressure, she said, came with the job', kind: 'indirect', speaker: 'Brandt' },
      ]],
      ['a long subject before a modal, but no verb far after a cue that reports no clause', [
        'Mayor Sam Tuala said weekend bus services and longer opening hours at the old town hall would make up for the loss.',
        'The city declared war on potholes after the cold winter broke roads and took months to end, according to council figures.',
      ], [
        { text: 'weekend bus services and longer opening hours at the old town hall would make up for the loss', kind: 'indirect', speaker: 'Tuala' },
      ]],
      ['a retort: "hit back that", "fired back that"', [
        'Mayor Sam Tuala, who chairs the finance committee, hit back that the budget had been approved by all parties.',
        'Ines Okafor fired back that the plan was years late.',
      ], [
        { text: 'the budget had been approved by all parties', kind: 'indirect', speaker: 'Tuala', cue: 'hit back' },
        { text: 'the plan was years late', kind: 'indirect', speaker: 'Okafor', cue: 'fired back' },
      ]],
      ['"cannot" is a verb of the clause; "about" before a number opens no phrase', [
        'Mayor Sam Tuala says the town cannot borrow more without risking its rating.',
        'The Harbour Workers Union says about 3,000 of its members are on strike.',
      ], [
        { text: 'the town cannot borrow more without risking its rating', kind: 'indirect', speaker: 'Tuala' },
        { text: 'about 3,000 of its members are on strike', kind: 'indirect', speaker: 'The Harbour Workers Union' },
      ]],
      ['a name with a possessive and a title after the clause it closes', ['The minister spoke to both leaders on Monday and urged them to return to talks, her spokesperson Kofi Mensah said.'], [
        { text: 'The minister spoke to both leaders on Monday and urged them to return to talks', kind: 'indirect', speaker: 'Mensah' },
      ]],
    ],
    'documents as sources': [
      ['a lawsuit, a report, a study, court papers: unnamed sources of a finding', [
        'The suit alleges that managers punished her for reporting the shortages.',
        'According to the complaint, she was dismissed two weeks after the inspection.',
        'The report found that the ward had been understaffed on 41 nights.',
        'Court documents state that the two men took jewellery worth about £85,000.',
        'The authors warn that several towns could run short of water within two decades.',
      ], [
        { text: 'managers punished her for reporting the shortages', speaker: 'The suit' },
        { text: 'she was dismissed two weeks after the inspection', speaker: 'the complaint' },
        { text: 'the ward had been understaffed on 41 nights', speaker: 'The report' },
        { text: 'the two men took jewellery worth about £85,000', speaker: 'Court documents' },
        { text: 'several towns could run short of water within two decades', speaker: 'The authors' },
      ]],
      ['a document with a participle set off by commas before its cue', [
        'The lawsuit, filed Tuesday in the county court, alleges that managers punished her for speaking out.',
        'The report, published on Monday by the watchdog, found that waits had doubled in a year.',
      ], [
        { text: 'managers punished her for speaking out', speaker: 'The lawsuit' },
        { text: 'waits had doubled in a year', speaker: 'The report' },
      ]],
      ['a finding only with "that"; "States" is a noun', [
        'Police found the car two miles away, and the United States – in a rare move – "strongly condemned the attack," Marta Kowalski said.',
        'Five states are yet to declare results.',
      ], [
        { text: 'strongly condemned the attack', speaker: 'Kowalski' },
      ]],
    ],
    'unnamed sources described by what they are': [
      ['both sides, agents, councillors, a province, one delegate', [
        'Talks broke down on Sunday evening after a long session at a hotel, both sides said.',
        'Ferries began diverting to other ports within hours, according to shipping agents.',
        'Shipping lines began diverting vessels within hours, according to port agents.',
        'Opposition councillors have said they will try to block the plan.',
        'The province has said the new buses saved about 10,000 car trips last year.',
        'Another delegate told her: "Everyone likes the plan. Nobody likes paying for it."',
      ], [
        { text: 'Talks broke down on Sunday evening after a long session at a hotel', kind: 'indirect', speaker: 'both sides' },
        { text: 'Ferries began diverting to other ports within hours', kind: 'indirect', speaker: 'shipping agents' },
        { text: 'Shipping lines began diverting vessels within hours', kind: 'indirect', speaker: 'port agents' },
        { text: 'they will try to block the plan', kind: 'indirect', speaker: 'Opposition councillors' },
        { text: 'the new buses saved about 10,000 car trips last year', kind: 'indirect', speaker: 'The province' },
        { text: 'Everyone likes the plan. Nobody likes paying for it', kind: 'direct', speaker: 'Another delegate' },
      ]],
      ['"according to" a source placed by what follows it; the clause opens at the comma', [
        'According to a person familiar with the matter, one of the buyers that pulled out is a large German carmaker.',
        'According to a source in the German delegation, the other side asked for more time to study the text.',
      ], [
        { text: 'one of the buyers that pulled out is a large German carmaker', kind: 'indirect', speaker: 'a person familiar with the matter' },
        { text: 'the other side asked for more time to study the text', kind: 'indirect', speaker: 'a source in the German delegation' },
      ]],
      ['a relative clause after "according to" a source reports for itself', [
        'The fee will be paid in two parts, according to a person close to the talks, who added that the club had asked for a sell-on clause.',
      ], [
        { text: 'the club had asked for a sell-on clause', kind: 'indirect', speaker: 'a person close to the talks' },
      ]],
    ],
    'a quotation with no cue after a sentence about someone': [
      ['the person the sentence before told of, not whoever spoke last', [
        'Tom Reddy said the pipes were old and the club would have to replace them soon.',
        'Sandra Mills shrugged. "Not before the summer."',
        'Ines Okafor did not speak in court. Outside, she spoke briefly to reporters. "I loved that unit."',
      ], [
        { text: 'Not before the summer', speaker: 'Mills', cue: null },
        { text: 'I loved that unit', speaker: 'Okafor', cue: null },
      ]],
      ['a pronoun after an opening word, and a possessive before a colon', [
        'Defence Minister Arno Vlieg presented the budget on Friday, and the opposition attacked it at once.',
        'Vlieg was asked on Saturday whether the criticism worried him. His reply: "Criticism is their job."',
        'Grace Pike scored twice against the leaders. Afterwards she was unrepentant. "They gave me stick all afternoon."',
        'Coach Lars Holm confirmed the injury. His verdict on her absence: "Massive, and we will miss her."',
      ], [
        { text: 'Criticism is their job', speaker: 'Vlieg' },
        { text: 'They gave me stick all afternoon', speaker: 'Pike', cue: null },
        { text: 'Massive, and we will miss her', speaker: 'Holm' },
      ]],
      ['no one when the sentence before tells of a thing', ['"We will appeal," Marta Kowalski said.', 'The ruling runs to 40 pages. "It is a long read."'], [
        { text: 'It is a long read', speaker: 'Kowalski', flags: ['continuation'] },
      ]],
    ],
    'quotations split by their attribution': [
      ['the second half takes the speaker of the first', ['"The first round went well," Marta Kowalski said. "The second will be harder."'], [
        { text: 'The first round went well', speaker: 'Kowalski', cue: 'said' },
        { text: 'The second will be harder', speaker: 'Kowalski', cue: null, flags: ['continuation'] },
      ]],
      ['a paragraph that carries on the quotation', ['"We signed the grain deal," Henrik Dahl said on Monday.', '"Shipping starts next week and the ports are ready."'], [
        { text: 'Shipping starts next week and the ports are ready', speaker: 'Dahl', cue: null, when: '2024-03-11' },
      ]],
    ],
    'partial quotations': [
      ['a fragment inside reported speech', ['Marta Kowalski said the talks had been "frank and useful" but gave no details.'], [
        { text: 'frank and useful', kind: 'direct', speaker: 'Kowalski', flags: ['partial'] },
      ]],
      ['scare quotes and titles are not statements', ['The so-called "shuttle diplomacy" continued as the paper "Rules for a Fair Harvest" circulated.'], []],
    ],
    'quotations over several paragraphs': [
      ['British style: no close, a new open mark', ["Henrik Dahl raised his glass and said: 'To the farmers who fed us all winter.", "'And to the sailors who brought the grain home.'"], [
        { text: 'To the farmers who fed us all winter', speaker: 'Dahl' },
        { text: 'And to the sailors who brought the grain home', speaker: 'Dahl', flags: ['continuation'] },
      ]],
    ],
    'unbalanced quotations': [
      ['the quotation ends at the paragraph, before its attribution', ['"Winter is coming and the stores are empty, Marta Kowalski wrote on her blog.'], [
        { text: 'Winter is coming and the stores are empty', speaker: 'Kowalski', flags: ['unbalanced'] },
      ]],
    ],
    'pronouns': [
      ['he is the subject, not the object', ['Henrik Dahl met Marta Kowalski in the morning.', '"We found common ground," he said.'], [{ text: 'We found common ground', speaker: 'Dahl' }]],
      ['he is not the one he tells', ['Henrik Dahl arrived in Oslo, and he embraced Marta Kowalski at the airport.', '"We stand together," he told Kowalski.'], [{ text: 'We stand together', speaker: 'Dahl' }]],
      ['a name after a gerund is an object', ['Henrik Dahl came a month after angering his allies by hugging Marta Kowalski.', '"I regret nothing," he said.'], [{ text: 'I regret nothing', speaker: 'Dahl' }]],
      ['a role description resolved to the one person it fits', ['Polish Prime Minister Marta Kowalski met Norwegian Foreign Minister Henrik Dahl in Oslo.', '"The harbour will stay open," the Polish prime minister said.'], [{ text: 'The harbour will stay open', speaker: 'Kowalski' }]],
      ['she is not a man the article calls Mr', ['Ms Marta Kowalski arrived in Oslo on Monday.', 'Mr Henrik Dahl greeted her at the airport.', '"We are ready to sign," she said.'], [{ text: 'We are ready to sign', speaker: 'Kowalski' }]],
      ['he is not a woman the article calls a spokeswoman', ['Henrik Dahl spoke first.', 'Government spokeswoman Marta Kowalski then read a statement.', '"Nothing was agreed," he said.'], [{ text: 'Nothing was agreed', speaker: 'Dahl' }]],
      ['she with only a man before her is no one named', ['Congressman Henrik Dahl was sentenced on Monday.', 'His wife confirmed he would appeal.', '"We both know the truth," she said.'], [{ text: 'We both know the truth', speaker: 'she' }]],
      ['a gendered description takes the one of that gender', ['Ms Marta Kowalski arrived in Oslo on Monday.', 'Mr Henrik Dahl greeted her at the airport.', '"We are ready to sign," the spokeswoman said.'], [{ text: 'We are ready to sign', speaker: 'Kowalski' }]],
      ['a pronoun takes a subject the article gives no gender', ['Mr Henrik Dahl met reporters.', 'Marta Kowalski spoke after him.', '"The ports reopen tomorrow," she said.'], [{ text: 'The ports reopen tomorrow', speaker: 'Kowalski' }]],
      ['a surname and then a pronoun', ['Marta Kowalski arrived late.', 'Kowalski said the convoy was safe. She added that more trucks would follow.'], [
        { text: 'the convoy was safe', kind: 'indirect', speaker: 'Kowalski' },
      ]],
    ],
    'cues without a clause': [
      ['per a source', ['The visit was a "carefully staged" affair, per the Northern Ledger.'], [{ text: 'carefully staged', kind: 'direct', speaker: 'the Northern Ledger', cue: 'per' }]],
      ['a base form in an inverted attribution', ['"The deal changes little for the farmers," write Anna Berg and Tomas Lind at the Ledger.'], [{ text: 'The deal changes little for the farmers', speaker: 'Berg', cue: 'write' }]],
      ['a base form elsewhere is no cue', ['Observers expect the envoys to write "a new chapter" soon.'], []],
      ['hailed as', ['Marta Kowalski hailed the accord as a "turning point" for the region.'], [{ text: 'turning point', speaker: 'Kowalski', cue: 'hailed' }]],
      ['a standalone quotation after a cue that reported no clause', ['Henrik Dahl warned against haste.', '"Nobody should rush this process."'], [{ text: 'Nobody should rush this process', speaker: 'Dahl', flags: ['continuation'] }]],
    ],
    'indirect speech': [
      ['said that', ['Henrik Dahl said that the ports would reopen within a month.'], [{ text: 'the ports would reopen within a month', kind: 'indirect', speaker: 'Dahl', cue: 'said' }]],
      ['said without that', ['Marta Kowalski said the convoy had reached the border.'], [{ text: 'the convoy had reached the border', kind: 'indirect', speaker: 'Kowalski' }]],
      ['a clause that opens with "no" and a noun', ['Marta Kowalski said no decisions had been taken yet.', 'Henrik Dahl said no to the plan.'], [{ text: 'no decisions had been taken yet', kind: 'indirect', speaker: 'Kowalski' }]],
      ['a time of day before a day goes on with the sentence', ['Henrik Dahl said the crash happened at 1:30 p.m. Monday near the port.', 'Marta Kowalski said the road closed at 9 a.m. Police said it reopened later.'], [
        { text: 'the crash happened at 1:30 p.m. Monday near the port', kind: 'indirect', speaker: 'Dahl' },
        { text: 'the road closed at 9 a.m', kind: 'indirect', speaker: 'Kowalski' },
        { text: 'it reopened later', kind: 'indirect', speaker: 'Police' },
      ]],
      ['a denied cue reports nothing', ['Henrik Dahl is not claiming he has won the vote.'], []],
      ['a relative clause set off by commas inside the reported clause', ['Henrik Dahl said the two countries, which together hold a third of the forests, would present a joint plan.', 'Anna Berg said the talks went well, which surprised many.'], [
        { text: 'the two countries, which together hold a third of the forests, would present a joint plan', kind: 'indirect', speaker: 'Dahl' },
        { text: 'the talks went well', kind: 'indirect', speaker: 'Berg' },
      ]],
      ['"including" goes on with the clause', ['Henrik Dahl said details of the crash, including injuries, were not yet known.'], [
        { text: 'details of the crash, including injuries, were not yet known', kind: 'indirect', speaker: 'Dahl' },
      ]],
      ['"conveyed that"', ['The ministry conveyed that it would discuss the findings.'], [{ text: 'it would discuss the findings', kind: 'indirect', speaker: 'The ministry' }]],
      ['"expressed" reports the clause after "that"', ['Henrik Dahl expressed hope that the talks would resume soon.'], [
        { text: 'the talks would resume soon', kind: 'indirect', speaker: 'Dahl', cue: 'expressed' },
      ]],
      ['"expressed" and a noun report no clause', ['The coach expressed concerns about the break, which he believes will hurt the team.'], []],
      ['a verb in the present after a singular subject', ['Henrik Dahl said Norway attaches great importance to the port.', 'Marta Kowalski said the country welcomes investors.'], [
        { text: 'Norway attaches great importance to the port', kind: 'indirect', speaker: 'Dahl' },
        { text: 'the country welcomes investors', kind: 'indirect', speaker: 'Kowalski' },
      ]],
      ['a clause that opens with a pronoun and a contraction', ["Henrik Dahl says he's filing appeals in two courts."], [{ text: "he's filing appeals in two courts", kind: 'indirect', speaker: 'Dahl' }]],
      ['an adverbial after the cue names no source', ['The Norwegian envoy, Henrik Dahl, said during a council session that the ports would reopen.'], [{ text: 'the ports would reopen', kind: 'indirect', speaker: 'Dahl' }]],
      ['a source in capitals after "according to"', ['The ferries will sail on time, according to AT&T.'], [{ text: 'The ferries will sail on time', kind: 'indirect', speaker: 'AT&T' }]],
      ['an addressee with a number in its name', ['Marta Kowalski told Region 8 News the three trucks had stopped.'], [{ text: 'the three trucks had stopped', speaker: 'Kowalski', cue: 'told' }]],
      ['a name with a suffix after its title', ['Judge Henrik Dahl III said the sentence was fair.'], [{ text: 'the sentence was fair', speaker: 'Dahl' }]],
      ['told someone that', ['Henrik Dahl told Marta Kowalski on Wednesday that the ceasefire was holding.'], [{ text: 'the ceasefire was holding', kind: 'indirect', speaker: 'Dahl', when: '2024-03-13' }]],
      ['clause first, a lower-case title and the speaker after', ['The two ministers spoke by phone on Friday morning, ministry spokesperson Henrik Dahl told reporters.'], [{ text: 'The two ministers spoke by phone on Friday morning', kind: 'indirect', speaker: 'Dahl' }]],
      ['clause first, speaker after', ['The ceasefire is holding in most villages, Henrik Dahl told the council.'], [{ text: 'The ceasefire is holding in most villages', kind: 'indirect', speaker: 'Dahl' }]],
      ['according to, before and after', ['According to Henrik Dahl, the grain ships will leave on time.', 'The border will reopen soon, according to the regional government.'], [
        { text: 'the grain ships will leave on time', kind: 'indirect', speaker: 'Dahl', cue: 'According to' },
        { text: 'The border will reopen soon', kind: 'indirect', speaker: 'the regional government', flags: ['unnamed'] },
      ]],
      ['according to a list of sources: the content is before it', ['The talks offer a pause to both armies, according to the UN, NATO, and Norway.'], [
        { text: 'The talks offer a pause to both armies', kind: 'indirect', cue: 'according to' },
      ]],
      ['a clause reached by two cues is one statement', ['"We talked for an hour," Henrik Dahl wrote online, adding that he believed the talks would bring "a real change" soon.'], [
        { text: 'We talked for an hour', kind: 'direct', speaker: 'Dahl' },
        { text: 'he believed the talks would bring "a real change" soon', kind: 'mixed', speaker: 'Dahl' },
        { text: 'a real change', kind: 'direct', speaker: 'Dahl' },
      ]],
      ['a clause with a quoted fragment is mixed', ['Marta Kowalski stressed that the deal was "only a first step" for both sides.'], [
        { text: 'the deal was "only a first step" for both sides', kind: 'mixed', speaker: 'Kowalski' },
      ]],
      ['"pointed out" is one cue; a bare "out" is none', ['Henrik Dahl pointed out that the ferries were running again.', 'The repairs were carried out by the navy last winter.'], [
        { text: 'the ferries were running again', kind: 'indirect', speaker: 'Dahl', cue: 'pointed out' },
      ]],
      ['a cue word after a determiner is an adjective', ['Investigators looked into the alleged "spy ring" at the port and its reported leader.'], []],
      ['urged and called for report no clause', ['Henrik Dahl urged the envoys to return and called for calm.'], []],
      ['"described as" in the passive names no speaker', ['Henrik Dahl met Marta Kowalski in talks described as "very friendly".'], []],
      ['a number added is no statement', ['But in the second quarter, Nordwind had added 16 million more from the quarter before.'], []],
      ['right after a quotation and its comma, any verb in the past with its subject after it is a cue; elsewhere not', ['President Pedro Almeida ended a three-day visit to Oslo on Saturday.', '“We have laid the foundations for a new cooperation”, welcomed the Portuguese head of state.', 'Almeida welcomed the decision.'], [
        { text: 'We have laid the foundations for a new cooperation', kind: 'direct', speaker: 'Almeida', cue: 'welcomed' },
      ]],
      ['a finding verb with an object finds nothing said; one before "that" does', ['Henrik Dahl concluded his part of the speech.', 'The inquiry concluded that the ferry was overloaded.'], [
        { text: 'the ferry was overloaded', kind: 'indirect', speaker: 'The inquiry' },
      ]],
      ['a quotation after a sentence opened by "As …," is its main subject\'s', ['Henrik Dahl and Marta Kowalski held talks on Friday.', 'As Dahl concluded his part of the speech, Kowalski took over. "Today, Henrik and I agreed on an early deal."'], [
        { text: 'Today, Henrik and I agreed on an early deal', kind: 'direct', speaker: 'Kowalski' },
      ]],
      ['… whatever the verb of the clause "As" opens', ['Henrik Dahl and Marta Kowalski held talks on Friday.', 'As Dahl finished his part of the speech, Kowalski took over. "Today, Henrik and I agreed on an early deal."'], [
        { text: 'Today, Henrik and I agreed on an early deal', kind: 'direct', speaker: 'Kowalski' },
      ]],
      ['a "that" after an object and before a verb is relative', ['Police officers responded to a lorry that had broken down on the bridge.'], []],
      ['a manager, a coach or a boss is someone named before', ['Pep Sorensen said the team was ready.', '"Sergio is not fit yet," said the City boss.', '"We will see," the manager said.'], [
        { text: 'Sergio is not fit yet', speaker: 'Sorensen' },
        { text: 'We will see', speaker: 'Sorensen' },
      ]],
      ['a clause ends before ", but …" where the reporter tells what the speaker held back', ['President Henrik Dahl on Monday said Oslo made a mistake closing the port, but speaking alongside Marta Kowalski he kept clear of condemning the ministry.'], [
        { text: 'Oslo made a mistake closing the port', kind: 'indirect', speaker: 'Dahl' },
      ]],
      ['a clause ends before "though he …" of its speaker', ['President Henrik Dahl said Thursday he is prepared to speak with Marta Kowalski about the port, though he stressed that such a talk is not imminent.'], [
        { text: 'he is prepared to speak with Marta Kowalski about the port', kind: 'indirect', speaker: 'Dahl' },
        { text: 'such a talk is not imminent', kind: 'indirect', speaker: 'Dahl' },
      ]],
      ['a clause reported inside a relative clause ends with it', ['Wang Yi spoke to Dmytro Kuleba.', "During the call, which Beijing said was made at Kyiv's request, Wang said China wanted peace talks."], [
        { text: "was made at Kyiv's request", speaker: 'Beijing' },
        { text: 'China wanted peace talks', speaker: 'Yi' },
      ]],
      ['a clause reported in ", who once said …," ends at its comma, and takes its day from it', ['Henrik Dahl, who once said he would take a bullet for Kowalski, denounced his former boss on Wednesday.'], [
        { text: 'he would take a bullet for Kowalski', speaker: 'Dahl', when: null },
      ]],
      ['a relative clause that names its own day dates what it reports, even with an outlet told', ['Paul Brennan, who told the Harbour Gazette on Wednesday he would appeal, said in a letter last month that the ruling was unfair.'], [
        { text: 'he would appeal', speaker: 'Brennan', when: '2024-03-13' },
      ]],
      ['after ", who …," closed, the cue is the main clause\'s', ['Wang Yi, who was congratulated by Sergei Lavrov for his promotion, said on Wednesday he would deepen the friendship.'], [
        { text: 'he would deepen the friendship', speaker: 'Yi', when: '2024-03-13' },
      ]],
      ['the one told, after a relative clause or an apposition, is not the speaker', ['Henrik Dahl met Marta Kowalski.', 'Dahl, who also heads the port authority, told Kowalski that the ferries would run again.', 'Dahl, the harbour master, told Kowalski that the port would stay open.'], [
        { text: 'the ferries would run again', speaker: 'Dahl' },
        { text: 'the port would stay open', speaker: 'Dahl' },
      ]],
      ['a quotation inside a named speaker\'s clause is theirs, though an unnamed source after it reports the sentence', ['Henrik Dahl met Marta Kowalski.', 'Dahl told Kowalski that the two ports "should be partners, not rivals," state media reported.'], [
        { text: 'the two ports "should be partners, not rivals,"', kind: 'mixed', speaker: 'Dahl' },
        { text: 'should be partners, not rivals', kind: 'direct', speaker: 'Dahl' },
      ]],
      ['a clause that ends in a quotation and its comma ends before the source after it', ['The port has always followed the rule that "ships come first," Henrik Dahl said.'], [
        { text: 'The port has always followed the rule that "ships come first,"', kind: 'mixed', speaker: 'Dahl' },
        { text: 'ships come first', kind: 'direct', speaker: 'Dahl' },
      ]],
      ['after an apposition or a relative clause and its comma, the words after the cue are what was said, not who said it', ['Marta Kowalski, the opposition leader, said the government had "given away far too much".', 'The trade secretary, Henrik Dahl, who led the talks, said British farmers would be the first to benefit.'], [
        { text: 'the government had "given away far too much"', kind: 'mixed', speaker: 'Kowalski' },
        { text: 'given away far too much', kind: 'direct', speaker: 'Kowalski' },
        { text: 'British farmers would be the first to benefit', kind: 'indirect', speaker: 'Dahl' },
      ]],
      ['a source that reports another\'s cue holds that cue\'s clause whole, and the other speaks what follows "that"', ['Marta Kowalski met Henrik Dahl.', 'The ministry said Dahl stressed that the port would stay closed.'], [
        { text: 'Dahl stressed that the port would stay closed', speaker: 'The ministry' },
        { text: 'the port would stay closed', speaker: 'Dahl' },
      ]],
      ['"he" in what someone\'s office reports is that someone', ['Marta Kowalski met Henrik Dahl.', "Dahl's office said he stressed that the port would stay closed."], [
        { text: 'he stressed that the port would stay closed', speaker: "Dahl's office" },
        { text: 'the port would stay closed', speaker: 'Dahl' },
      ]],
      ['a "that" inside the reported clause does not open it', ['Henrik Dahl said Friday that the port was open to talks, but only on terms that reflect the season.', 'Marta Kowalski said it was important that both sides agreed.'], [
        { text: 'the port was open to talks, but only on terms that reflect the season', speaker: 'Dahl' },
        { text: 'it was important that both sides agreed', speaker: 'Kowalski' },
      ]],
      ['a hyphenated title ending in an -ing word leaves the name after it the subject', ['Marta Kowalski arrived in Oslo.', 'Chancellor-in-waiting Henrik Dahl, speaking on the sidelines, said the port would open.'], [
        { text: 'the port would open', speaker: 'Dahl' },
      ]],
      ['a subject with a participle after its comma is still the subject', ['Henrik Dahl met Marta Kowalski.', 'A senior official, briefing reporters on condition of anonymity, said the meeting lasted one hour.'], [
        { text: 'the meeting lasted one hour', speaker: 'A senior official' },
      ]],
      ['"but declined to say …" after a reported clause is the speaker\'s act, not what was said', ['Marta Kowalski met Henrik Dahl.', 'Dahl said the meeting was "very productive" but declined to say whether the port would open.'], [
        { text: 'the meeting was "very productive"', kind: 'mixed', speaker: 'Dahl' },
      ]],
      ['a present plural after its subject reports speech; after a modal or "to" it does not', ['Analysts say the port wants to show it can act alone.', 'Officials warn that the ferries will stop.', 'Analysts will say nothing until the vote.', 'They want to say the vote was fair.'], [
        { text: 'the port wants to show it can act alone', speaker: 'Analysts' },
        { text: 'the ferries will stop', speaker: 'Officials' },
      ]],
      ['"according to" a source with an apposition reports the clause after the apposition', ['According to Marta Kowalski, a port expert at the Oslo Institute, the ferries will not run.'], [
        { text: 'the ferries will not run', speaker: 'Kowalski' },
      ]],
      ['a regular past tense among the first words makes a clause; a passive participle does not', ['Henrik Dahl said the two ports faced "the same challenges".', 'Marta Kowalski said, according to remarks released by her office, that the port was open.'], [
        { text: 'the two ports faced "the same challenges"', kind: 'mixed', speaker: 'Dahl' },
      ]],
      ['after an adverbial and its comma, a clause runs into the one it reports', ['The Oslo Post wrote that at meetings with the envoys, Henrik Dahl insisted that the port should stay closed.'], [
        { text: 'at meetings with the envoys, Henrik Dahl insisted that the port should stay closed', speaker: 'The Oslo Post' },
        { text: 'the port should stay closed', speaker: 'Dahl' },
      ]],
      ['a participle after a relative clause goes with its subject', ['Prosecutors say Henrik Dahl acted at the request of Marta Kowalski, who has condemned Dahl, calling him "not very smart."'], [
        { text: 'not very smart', speaker: 'Kowalski' },
      ]],
      ['a clause may open with a word that begins like a preposition', ['Henrik Dahl said North Korea would suspend its tests.', 'Marta Kowalski said India would join the talks.', 'Dahl says some differences remain.'], [
        { text: 'North Korea would suspend its tests', speaker: 'Dahl' },
        { text: 'India would join the talks', speaker: 'Kowalski' },
        { text: 'some differences remain', speaker: 'Dahl' },
      ]],
      ['a clause in the past tense without "that"', ['Henrik Dahl said the talks went well.', 'Marta Kowalski said both sides agreed to meet again.'], [
        { text: 'the talks went well', kind: 'indirect', speaker: 'Dahl' },
        { text: 'both sides agreed to meet again', kind: 'indirect', speaker: 'Kowalski' },
      ]],
      ['one word of the reporter\'s and a quoted predicate make a clause', ['His lawyer argued that Dahl "came forward to offer evidence."'], [
        { text: 'Dahl "came forward to offer evidence."', kind: 'mixed', speaker: 'His lawyer' },
      ]],
    ],
    'a clause before its cue': [
      ['a title may stand between the comma and the name', ['The port will not reopen this year, Norwegian Ambassador to Chile Henrik Dahl said in an interview.', 'The talks are over, Kremlin spokesman Ivan Sorokin said.'], [
        { text: 'The port will not reopen this year', speaker: 'Dahl' },
        { text: 'The talks are over', speaker: 'Sorokin' },
      ]],
      ['a colon ends what came before; a subordinate clause alone says when, not what', ['Live updates: The count goes on, Henrik Dahl said.', 'Even as the count is still on, Marta Kowalski claimed victory.'], [
        { text: 'The count goes on', speaker: 'Dahl' },
      ]],
      ['a clause that opens with a preposition and has a verb is what was said', ['At least one person died in a crash on the coast road, state officials said.'], [
        { text: 'At least one person died in a crash on the coast road', speaker: 'state officials' },
      ]],
      ['"announced" closing its sentence, after a long title; "according to him"', [
        'Egypt will open the crossing to aid convoys, head of the General Intelligence Service Major General Hasan Abdelfattah announced on Wednesday, following the truce.',
        'The lists will be agreed soon, Ivan Sidorenko said. According to him, the Russian side also handed over a draft memorandum.',
      ], [
        { text: 'Egypt will open the crossing to aid convoys', speaker: 'Abdelfattah' },
        { text: 'the Russian side also handed over a draft memorandum', speaker: 'Sidorenko' },
      ]],
      ['a cue whose object is a noun closes no clause before it', ['The minister visited the flooded town, and announced A$50m in aid.'], []],
      ['a conditional clause with its main clause is what was said', ['If the ferries stop, the islands will be cut off, Henrik Dahl said.'], [
        { text: 'If the ferries stop, the islands will be cut off', speaker: 'Dahl' },
      ]],
      ['a cue set off by commas inside the clause: the sentence is what was said', [
        'Mayor Henrik Dahl spoke to residents.',
        'On the other hand, Dahl said, if the rain continues the river will burst its banks.',
        'If the council cannot cut its costs by the autumn, he said, frontline services would suffer.',
        'The harbour, he added, "will reopen on Monday".',
      ], [
        { text: 'On the other hand, Dahl said, if the rain continues the river will burst its banks', speaker: 'Dahl' },
        { text: 'If the council cannot cut its costs by the autumn, he said, frontline services would suffer', speaker: 'Dahl' },
        { text: 'will reopen on Monday', kind: 'direct', speaker: 'Dahl' },
      ]],
    ],
    'datelines': [
      ['a dateline before a quotation is no one\'s words', ['OSLO- "The door is open, and it stays open," Henrik Dahl said Sun.'], [
        { text: 'The door is open, and it stays open', kind: 'direct', speaker: 'Dahl', when: '2024-03-10' },
      ]],
      ['a dateline with its day is not part of the clause before a cue', ['OSLO, Nov. 16 (Reuters) -- The ferries run again, Henrik Dahl said.'], [
        { text: 'The ferries run again', kind: 'indirect', speaker: 'Dahl' },
      ]],
      ['a dateline is not part of the clause before a cue', ['OSLO (Reuters) - The ferries run again, Henrik Dahl said.'], [
        { text: 'The ferries run again', kind: 'indirect', speaker: 'Dahl' },
      ]],
    ],
    'unnamed sources': [
      ['a subject and the rest of the clause quoted, after a scare quote of the reporter\'s', ["A spokesperson, Anna Berg, declined to comment on 'market rumours' but said the company 'regularly reviews its holdings.'"], [
        { text: "the company 'regularly reviews its holdings.'", kind: 'mixed', speaker: 'Berg' },
      ]],
      ['a source placed by what follows its head', ['A representative for Kitamura Electric said the company doesn\'t comment on speculation.', 'One person close to the talks said the fund had offered to cap its stake.', 'Several diplomats were briefed. One of them said the plan was unlikely to pass.'], [
        { text: "the company doesn't comment on speculation", speaker: 'A representative for Kitamura Electric' },
        { text: 'the fund had offered to cap its stake', speaker: 'One person close to the talks' },
        { text: 'the plan was unlikely to pass', speaker: 'One of them' },
      ]],
      ['a second speaker named with an apposition before the cue ends the first one\'s clause', [
        'Chief executive Helen Marchetti said the cuts would be "handled fairly", but Gemma Rourke, a national officer at the union, said members had "heard it all before".',
      ], [
        { text: 'the cuts would be "handled fairly"', kind: 'mixed', speaker: 'Marchetti' },
        { text: 'members had "heard it all before"', kind: 'mixed', speaker: 'Rourke' },
      ]],
      ['no source after the cue in the clause said: a named subject with an apposition speaks it', [
        'Ivo Marsh, an analyst at Carden Securities, said the round valued the firm at about $300 million.',
        'Lena Ortiz, who chairs the board, said the deal left the company in better shape at last.',
      ], [
        { text: 'the round valued the firm at about $300 million', kind: 'indirect', speaker: 'Marsh' },
        { text: 'the deal left the company in better shape at last', kind: 'indirect', speaker: 'Ortiz' },
      ]],
      ['a present verb after a plural subject makes a clause', ['Tom Adams said families stay longer than they did.', 'Officials said residents feel abandoned by the city.'], [
        { text: 'families stay longer than they did', kind: 'indirect', speaker: 'Adams' },
        { text: 'residents feel abandoned by the city', kind: 'indirect', speaker: 'Officials' },
      ]],
      ['a name that only places the source, and someone named by what they are', [
        'Prime Minister Henrik Dahl met the envoy on Monday.',
        "An official briefed on Monday's meeting with Dahl said the prime minister had raised fishing.",
        'Sources close to Dahl said he was tired.',
        '"We need clarity," one banker told the prime minister.',
        'One council member said the vote would be close.',
      ], [
        { text: 'the prime minister had raised fishing', speaker: "An official briefed on Monday's meeting with Dahl" },
        { text: 'he was tired', speaker: 'Sources close to Dahl' },
        { text: 'We need clarity', speaker: 'one banker' },
        { text: 'the vote would be close', speaker: 'One council member' },
      ]],
      ['"she" after one unnamed person just heard is that person; a title\'s spokesman is not the one named last', [
        'Health Secretary Anna Berg met the union on Sunday.',
        "One nurse, who works at a hospital in the Midlands, said colleagues were 'exhausted'. 'We're not greedy. We're tired,' she said.",
        "Asked whether Ms Berg would meet the union again, the Prime Minister's official spokesman said: 'That's a matter for the department.'",
      ], [
        { text: "We're not greedy. We're tired", speaker: 'One nurse' },
        { text: "That's a matter for the department", speaker: "the Prime Minister's official spokesman" },
      ]],
      ['a person named with the body they work at speaks, not the body', ['Prof Ursula van Rijn of the University of Amsterdam said the rise was overdue.', 'Meteorologist Dana Whitcombe of the National Weather Service said more rain was coming.'], [
        { text: 'the rise was overdue', speaker: 'Rijn' },
        { text: 'more rain was coming', speaker: 'Whitcombe' },
      ]],
      ['a name with an apposition and a relative clause after it, before the cue', [
        'Ivo Marsh, a partner at Northgate Ventures, which led the last round, said the board was united.',
        'Among the speakers was Lena Ortiz, a junior at Westbrook High, who said she had had four teachers this year.',
      ], [
        { text: 'the board was united', speaker: 'Marsh' },
        { text: 'she had had four teachers this year', speaker: 'Ortiz' },
      ]],
      ['a firm with a relative clause between it and its cue', ['Hartley & Rowe, which has made biscuits at the plant since 1962, told staff on Wednesday that production would move.'], [
        { text: 'production would move', speaker: 'Hartley & Rowe' },
      ]],
      ['"the Head of Government of Portugal" is the prime minister the story named; "the chairman of Acme" is no one named', [
        'President Ivan Cruz received the Prime Minister of the Portuguese Republic, Rui Carvalho, on Tuesday.',
        'The Head of Government of Portugal stated that Lisbon would keep working.',
        'The chairman of Acme Foods said the plant would close.',
      ], [
        { text: 'Lisbon would keep working', speaker: 'Carvalho' },
        { text: 'the plant would close', speaker: 'The chairman of Acme Foods' },
      ]],
      ['an institution that speaks for a head of state', ['President Ivan Cruz of Chile met the envoy.', 'The two presidents spoke by phone on Friday, according to the Chilean presidency.'], [
        { text: 'The two presidents spoke by phone on Friday', speaker: 'the Chilean presidency' },
      ]],
      ['people in the street, named by what they are', ['"I thought my chance had gone," the teenager said.', '"We lost everything," said one shopkeeper on Brannock Street.', 'The hospice, which supports 300 families, said in a statement that it would appeal.'], [
        { text: 'I thought my chance had gone', speaker: 'the teenager' },
        { text: 'We lost everything', speaker: 'one shopkeeper' },
        { text: 'it would appeal', speaker: 'The hospice' },
      ]],
      ['a company, a club, a sheriff', ['The company said it would pay 40 dollars a share.', 'The club said the player would miss the final.', 'There were no other injuries, according to the sheriff.'], [
        { text: 'it would pay 40 dollars a share', speaker: 'The company' },
        { text: 'the player would miss the final', speaker: 'The club' },
        { text: 'There were no other injuries', speaker: 'the sheriff' },
      ]],
      ['"who" stands for the phrase right before it, not for the subject', ['Marta Kowalski met local officials, who said the port was ready.'], [
        { text: 'the port was ready', speaker: 'local officials', flags: ['unnamed'] },
      ]],
      ['a description opens after a verb before it, or after "by"', ['The plan surprised some analysts, who said it raised questions.', 'The bill was backed by local officials, who later said it would help.'], [
        { text: 'it raised questions', speaker: 'some analysts' },
        { text: 'it would help', speaker: 'local officials' },
      ]],
      ['a spokesman for a body is one description', ['A spokesman for the Foreign Ministry said the envoy would stay.'], [
        { text: 'the envoy would stay', speaker: 'A spokesman for the Foreign Ministry' },
      ]],
      ['"who" after a name is that person', ['The deal angered Henrik Dahl, who said it was a mistake.'], [{ text: 'it was a mistake', speaker: 'Dahl' }]],
      ['officials for a person speak for them, not as them', ['Henrik Dahl held a rally.', 'Campaign officials for Dahl said they filed a lawsuit.', 'An aide to Dahl said the rally was a success.'], [
        { text: 'they filed a lawsuit', speaker: 'Campaign officials for Dahl', flags: ['unnamed'] },
        { text: 'the rally was a success', speaker: 'An aide to Dahl', flags: ['unnamed'] },
      ]],
      ['an organisation', ['The Foreign Ministry said the envoy would stay another week.'], [{ text: 'the envoy would stay another week', speaker: 'The Foreign Ministry', flags: ['unnamed'] }]],
      ["a person's office speaks for them, not as them", ['Henrik Dahl lost the vote.', "Dahl's office said the count was flawed."], [{ text: 'the count was flawed', speaker: "Dahl's office", flags: ['unnamed'] }]],
      ["a person's spokesman is someone else", ['Henrik Dahl lost the vote.', "Dahl's spokesman said the count was flawed."], [{ text: 'the count was flawed', speaker: "Dahl's spokesman", flags: ['unnamed'] }]],
      ['a group named by a plural noun, after a conjunction', ['The office set the fine at a million crowns, although prosecutors said the figure was too low.'], [{ text: 'the figure was too low', speaker: 'prosecutors', flags: ['unnamed'] }]],
      ['a subject with a relative clause after it', ['An Icelandic parliamentarian, who sits on the security committee, recently said there were secret talks in Oman.'], [{ text: 'there were secret talks in Oman', speaker: 'An Icelandic parliamentarian', flags: ['unnamed'] }]],
      ['page litter before a source is not part of it', ['2023-09-18 The county sheriff’s office said the road was closed.'], [{ text: 'the road was closed', speaker: 'The county sheriff’s office' }]],
      ['an anonymous person', ['"Nobody expected a breakthrough," said one Western diplomat.'], [{ text: 'Nobody expected a breakthrough', speaker: 'one Western diplomat', flags: ['unnamed'] }]],
      ['a source and where it is', ['Officials in Kyiv said the talks went well.', 'A spokesman for the embassy in Washington said the visit would go ahead.', '"The talks were useful," a brief statement issued by the Prime Minister’s media office in Islamabad said.'], [
        { text: 'the talks went well', speaker: 'Officials in Kyiv', flags: ['unnamed'] },
        { text: 'the visit would go ahead', speaker: 'A spokesman for the embassy in Washington', flags: ['unnamed'] },
        { text: 'The talks were useful', speaker: 'the Prime Minister’s media office in Islamabad', flags: ['unnamed'] },
      ]],
      ['"the Secretary General", "the judge": the one who holds the office, not the last one named', [
        'Secretary General Anna Kovacs met the ministers in Oslo.',
        '"We stand together," the Secretary General said.',
        'District Judge Ola Nilsen sentenced Henrik Dahl to three years in prison on Monday.',
        'The judge said the crimes were serious.',
      ], [
        { text: 'We stand together', speaker: 'Kovacs' },
        { text: 'the crimes were serious', speaker: 'Nilsen' },
      ]],
      ['"the judge" of a story that names no judge is no one it names', ['Henrik Dahl was sentenced to three years in prison on Monday.', 'The judge said the crimes were serious.'], [
        { text: 'the crimes were serious', speaker: 'The judge', flags: ['unnamed'] },
      ]],
      ['"he" in a story that names no one is the person it describes', ['The coach, known for his temper, threw a bottle at the bench.', '"For us, it was a good goal," he said after the match.'], [
        { text: 'For us, it was a good goal', speaker: 'The coach', flags: ['unnamed'] },
      ]],
      ['figures a source gives are the source', ['The group killed 1,200 people in the attack, according to Israeli figures.'], [
        { text: 'The group killed 1,200 people in the attack', speaker: 'Israeli figures', flags: ['unnamed'] },
      ]],
      ['a capital alone speaks for its government', ['Beijing said the talks were useful.'], [{ text: 'the talks were useful', speaker: 'Beijing', flags: ['unnamed'] }]],
      ['"they" after a group of people in its sentence is that group, not the last source', ['"The minister said hello," officials in the capital said.', 'It was their first meeting since the two leaders met in Rome, where they vowed to write "a new chapter" in their ties.'], [
        { text: 'a new chapter', speaker: 'the two leaders', flags: ['unnamed'] },
      ]],
      ['"they" with no group before it in its sentence is the last source', ['Officials in the capital said the envoys had left.', 'They said the two leaders would meet again.'], [
        { text: 'the two leaders would meet again', speaker: 'Officials', flags: ['unnamed'] },
      ]],
    ],
    'days': [
      ['a weekday is the last such day on or before publication', ['Henrik Dahl said on Wednesday that the talks would resume.'], [{ text: 'the talks would resume', when: '2024-03-13' }]],
      ['yesterday', ['Marta Kowalski said yesterday that the deal was done.'], [{ text: 'the deal was done', when: '2024-03-14' }]],
      ['a full date', ['On 2 March 2024, Henrik Dahl said the envoys had agreed.'], [{ text: 'the envoys had agreed', when: '2024-03-02' }]],
      ['a bare weekday six days back is not pinned (published Friday, "on Saturday" would be last week)', ['Henrik Dahl said on Saturday that the talks would resume.'], [{ text: 'the talks would resume', when: null }], '2024-03-08'],
      ['"last Saturday" is pinned', ['Henrik Dahl said last Saturday that the talks would resume.'], [{ text: 'the talks would resume', when: '2024-03-02' }], '2024-03-08'],
      ['a carried day must fall on the weekday the words name', ['Henrik Dahl met Marta Kowalski in Oslo on Friday.', 'Kowalski said on Thursday that the talks had gone well.'], [{ text: 'the talks had gone well', when: '2024-03-14' }]],
      ['no day in the words means no day', ['Marta Kowalski said the deal was done.'], [{ text: 'the deal was done', when: null }]],
      ['a day named earlier in the paragraph carries to what is said after it', ['On Wednesday, the league confirmed it had opened an inquiry. In a statement, the club said it was cooperating.'], [
        { text: 'it had opened an inquiry', when: '2024-03-13' },
        { text: 'it was cooperating', when: '2024-03-13' },
      ]],
      ['the paragraph\'s day goes before a day the speaker was placed at in an earlier paragraph', ['Henrik Dahl met Marta Kowalski in Oslo on Tuesday.', 'On Thursday, the ministry confirmed the talks would resume. In a statement, Dahl said he was hopeful.'], [
        { text: 'he was hopeful', when: '2024-03-14' },
      ]],
      ['but not before a day the paragraph placed the speaker at', ['On Tuesday, Henrik Dahl met Marta Kowalski in Oslo. On Thursday, the ministry confirmed the talks would resume. Dahl said he was hopeful.'], [
        { text: 'he was hopeful', when: '2024-03-12' },
      ]],
      ['a sentence set at another time stops the paragraph\'s day', ['On Thursday, the ministry confirmed the talks would resume. Earlier, the envoys had met in Oslo. Henrik Dahl said he was hopeful.'], [
        { text: 'he was hopeful', when: null },
      ]],
      ['what someone says in the present was not said on the paragraph\'s day', ['On Thursday, the ministry confirmed the talks would resume. Henrik Dahl says he is hopeful.'], [
        { text: 'he is hopeful', when: null },
      ]],
      ['a reply to a question asked on a day is of that day', ['Henrik Dahl met Marta Kowalski in Oslo on Tuesday.', 'The minister was asked on Thursday whether the talks worried him. His reply: "Talks are my job."'], [
        { text: 'Talks are my job', when: '2024-03-14' },
      ]],
      ['a day inside the reported words is not the day it was said', ['Henrik Dahl said the ships would sail on Monday.'], [{ text: 'the ships would sail on Monday', when: null }]],
    ],
  };

  for (const [rule, cases] of Object.entries(rules)) {
    describe(rule, () => {
      for (const [name, paragraphs, expected, published] of cases) {
        it(name, () => {
          check(paragraphs, expected, published);
          if (expected.length === 0) assert.deepEqual(statementsOf(paragraphs).map((s) => s.text), []);
        });
      }
    });
  }

  describe('interviews with questions in paragraphs of their own', () => {
    const lead = 'Foreign Minister Lena Varga will travel to Oslo next week. Before leaving, she spoke with the Harbour Gazette. The conversation has been edited and condensed.';
    const qa = ['What do you expect from the meeting?', 'A frank conversation. We have disagreements on fishing.', 'We should say so openly.', 'Is there any chance of a deal this year?', '"I would not rule it out."'];
    it('each question is the interviewer\'s, and the paragraphs after it the interviewee\'s answer, up to the reporter\'s words', () => {
      const found = statementsOf([lead, ...qa, 'Her predecessor, Tomas Lind, said last month that the talks had failed.']).map((s) => [s.kind, s.speaker ?? s.speakerText, s.text]);
      assert.deepEqual(found, [
        ['interview-question', 'the Harbour Gazette', 'What do you expect from the meeting?'],
        ['interview-answer', 'lena-varga', 'A frank conversation. We have disagreements on fishing.'],
        ['interview-answer', 'lena-varga', 'We should say so openly.'],
        ['interview-question', 'the Harbour Gazette', 'Is there any chance of a deal this year?'],
        ['interview-answer', 'lena-varga', 'I would not rule it out.'],
        ['indirect', 'tomas-lind', 'the talks had failed'],
      ]);
    });
    it('the day the reporter says the interview was held dates its turns', () => {
      const found = statementsOf(['Foreign Minister Lena Varga will travel to Oslo next week. We spoke with her on Wednesday, in her office. The conversation has been edited and condensed.', ...qa]);
      assert.deepEqual([...new Set(found.filter((s) => s.kind.startsWith('interview')).map((s) => s.when))], ['2024-03-13']);
      const undated = statementsOf([lead, ...qa]);
      assert.deepEqual([...new Set(undated.filter((s) => s.kind.startsWith('interview')).map((s) => s.when))], [null]);
    });
    it('what someone "told me" in an answer is the interviewee\'s account, not the reporter\'s', () => {
      const found = statementsOf([lead, 'Did your deputy want the job?', 'Tomas made that decision, not me. He told me last year he wanted to teach.', 'Is there any chance of a deal this year?', 'I would not rule it out.']);
      assert.deepEqual(found.filter((s) => s.kind === 'interview-answer').map((s) => s.text), ['Tomas made that decision, not me. He told me last year he wanted to teach.', 'I would not rule it out.']);
    });
    it('questions in a story that says nothing of an interview are no interview', () => {
      const found = statementsOf(['Foreign Minister Lena Varga will travel to Oslo next week.', ...qa]);
      assert.deepEqual(found.filter((s) => s.kind.startsWith('interview')), []);
    });
  });

  describe('interviews in question-and-answer form', () => {
    const paragraphs = [
      'In an interview with the Harbour Gazette, Ambassador Lena Varga spoke about the grain corridor.',
      '— Will the corridor stay open through the winter?',
      '— The corridor will stay open. Both sides have given their word.',
      'The ships are already insured until spring.',
      '— What about the smaller ports?',
      '— They will follow in April.',
    ];
    it('questions are the interviewer’s, answers the interviewee’s, running on over paragraphs', () => {
      check(paragraphs, [
        { text: 'Will the corridor stay open through the winter?', kind: 'interview-question', speaker: 'the Harbour Gazette' },
        { text: 'The corridor will stay open. Both sides have given their word.', kind: 'interview-answer', speaker: 'Varga' },
        { text: 'The ships are already insured until spring.', kind: 'interview-answer', speaker: 'Varga', flags: ['continuation'] },
        { text: 'They will follow in April.', kind: 'interview-answer', speaker: 'Varga' },
      ]);
    });
    it('the reporter telling what the interviewee did next ends the last answer', () => {
      const found = statementsOf([...paragraphs, 'Varga later flew to Oslo for talks with the shipping ministers.']);
      assert.equal(found.at(-1)?.text, 'They will follow in April.');
    });
    it('the reporter telling of someone else, a relative clause after the name, ends the last answer', () => {
      const found = statementsOf([...paragraphs, 'Tomas Lind, who joined us at the end, was more cautious. "We will see in April."']);
      assert.deepEqual(found.filter((s) => s.kind === 'interview-answer').map((s) => s.text).at(-1), 'They will follow in April.');
    });
    it('a sign-off or a section heading ends the last answer', () => {
      for (const end of ['--GAZETTE Harbour Desk; email: desk@example.com', 'Why the Gazette']) {
        const found = statementsOf([...paragraphs, end, 'The Gazette is the leading provider of news on ports.']);
        assert.equal(found.at(-1)?.text, 'They will follow in April.', end);
      }
    });
  });

  describe('transcripts with a label for each speaker', () => {
    it('each turn is its labelled speaker’s, and runs on over unlabelled paragraphs', () => {
      check([
        'Transcript of a press conference by Prime Minister Marta Kowalski and Foreign Minister Henrik Dahl.',
        'MARTA KOWALSKI, PRIME MINISTER: The harbour will reopen on Monday.',
        'The first ships are already waiting.',
        'JOURNALIST: Will the ferries run as well?',
        'HENRIK DAHL, FOREIGN MINISTER: The ferries will follow within a week.',
        'ENDS',
      ], [
        { text: 'The harbour will reopen on Monday.', kind: 'interview-answer', speaker: 'Kowalski' },
        { text: 'The first ships are already waiting.', kind: 'interview-answer', speaker: 'Kowalski', flags: ['continuation'] },
        { text: 'Will the ferries run as well?', kind: 'interview-question', speaker: 'journalist', flags: ['unnamed'] },
        { text: 'The ferries will follow within a week.', kind: 'interview-answer', speaker: 'Dahl' },
      ]);
    });
    it('a label in ordinary case names a person of the article; a name in capitals with a role is a person too', () => {
      check([
        'Spokeswoman Anna Berg held the regular briefing.',
        'Reporter: Has the envoy left?',
        'Anna Berg: He left this morning.',
        'ERIK LUND, HARBOUR MASTER: The port is ready.',
      ], [
        { text: 'Has the envoy left?', kind: 'interview-question', speaker: 'reporter' },
        { text: 'He left this morning.', kind: 'interview-answer', speaker: 'Berg' },
        { text: 'The port is ready.', kind: 'interview-answer', speaker: 'Lund' },
      ]);
    });
    it('a label may give the surname alone, in capitals, after a title; "Q." asks', () => {
      check([
        'Foreign Minister Henrik Dahl held a press conference in Oslo.',
        'Q. Will the embassy reopen?',
        'Minister DAHL: It will reopen next month.',
        'Reporter: And the consulates?',
        'Minister DAHL: They will follow.',
      ], [
        { text: 'Will the embassy reopen?', kind: 'interview-question' },
        { text: 'It will reopen next month.', kind: 'interview-answer', speaker: 'Dahl' },
        { text: 'And the consulates?', kind: 'interview-question', speaker: 'reporter' },
        { text: 'They will follow.', kind: 'interview-answer', speaker: 'Dahl' },
      ]);
    });
    it('the turns of a press conference named with its day are said that day; an interview is not dated', () => {
      const day = (headline: string) =>
        readArticleText('test.txt', [headline, 'Q: Will the port reopen?', 'Anna Berg: It will reopen on Monday.'].join('\n\n'), { published: '2024-05-23' }).statements.map((s) => s.when);
      assert.deepEqual(day('Spokesperson Anna Berg\'s Regular Press Conference on May 22, 2024'), ['2024-05-22', '2024-05-22']);
      assert.deepEqual(day('Spokesperson Anna Berg in an interview with the Harbour Gazette'), [null, null]);
    });
    it('of two speakers heard as often, the one who asks is the interviewer', () => {
      const found = statementsOf(['Interview with Foreign Minister Henrik Dahl', 'Anna Berg: What do you hope to achieve in Oslo? The talks are long.', 'Henrik Dahl: Well, I hope for a deal.']);
      assert.deepEqual(found.map((s) => [s.kind, s.speaker]), [['interview-question', 'anna-berg'], ['interview-answer', 'henrik-dahl']]);
    });
    it('a label may give the family name that a name in capitals writes first', () => {
      const found = statementsOf(['Press Conference by Foreign Minister TAMURA Kenji', 'Reporter: Will the embassy reopen?', 'Minister TAMURA: It will reopen next month.']);
      assert.deepEqual(found.map((s) => [s.kind, s.speaker ?? s.speakerText]), [['interview-question', 'reporter'], ['interview-answer', 'tamura-kenji']]);
    });
    it('the first turn may read as a standfirst; a turn with a question in it asks', () => {
      const text = ['Every word Dahl said at the press conference', 'Press Officer: "Good afternoon. Simon, you can start."', 'Simon: "Can you give us an update on the port? It has been shut."', 'Henrik Dahl: "It reopens on Monday."', 'Simon: "And the ferries?"', 'Henrik Dahl: "They follow."'].join('\n\n');
      const article = readArticle('test.txt', text, { published: '2024-03-15' });
      const found = findStatements(article, findPeople(article)).map((s) => [s.kind, s.speakerText ?? s.speaker, s.text.replace(/["“”]/gu, '')]);
      assert.deepEqual(found, [
        ['interview-answer', 'Press Officer', 'Good afternoon. Simon, you can start.'],
        ['interview-question', 'Simon', 'Can you give us an update on the port? It has been shut.'],
        ['interview-answer', 'henrik-dahl', 'It reopens on Monday.'],
        ['interview-question', 'Simon', 'And the ferries?'],
        ['interview-answer', 'henrik-dahl', 'They follow.'],
      ]);
    });
    it('a section heading ends a turn; a pull-quote does not', () => {
      const found = statementsOf([
        'MARTA KOWALSKI, PRIME MINISTER: The harbour will reopen on Monday.',
        'JOURNALIST: Will the ferries run as well?',
        'HENRIK DAHL, FOREIGN MINISTER: The ferries will follow within a week.',
        '"Within a week"',
        'The first crossing is already booked out.',
        'About This Episode',
        'The port has been shut since the storm, and the ministers came to see it.',
      ]).map((s) => [s.text, s.speaker]);
      assert.deepEqual(found.at(-1), ['The first crossing is already booked out.', 'henrik-dahl']);
    });
    it('a sign-off with an address ends the last turn; a label over a number is no turn', () => {
      const found = statementsOf([
        'MARTA KOWALSKI, PRIME MINISTER: The harbour will reopen on Monday.',
        'JOURNALIST: Will the ferries run as well?',
        'HENRIK DAHL, FOREIGN MINISTER: The ferries will follow within a week.',
        '--Harbour Desk; +47 22 00 00 00; email: desk@example.com',
        'We are the leading provider of news on ports and shipping.',
      ]).map((s) => s.text);
      assert.equal(found.at(-1), 'The ferries will follow within a week.');
      const board = statementsOf(['Current standings:', 'Kowalski: 264', 'Dahl: 214', 'Marta Kowalski said the count was close.', 'Henrik Dahl conceded.']);
      assert.deepEqual(board.filter((s) => s.kind.startsWith('interview')), []);
    });
    it('a label that is a role names the one person of the article who has it', () => {
      check([
        'ERIK LUND, HARBOUR MASTER: The port is ready.',
        'REPORTER: And the ferries?',
        'HARBOUR MASTER: They sail at noon.',
      ], [{ text: 'They sail at noon.', kind: 'interview-answer', speaker: 'Lund' }]);
    });
    it('one labelled paragraph, or labels that name no one, make no transcript', () => {
      const found = statementsOf(['UPDATE: The talks resumed in the afternoon.', 'READ MORE: Envoys meet again.', 'Note: times are local.']);
      assert.deepEqual(found.filter((s) => s.kind.startsWith('interview')), []);
    });
    it("a live blog's entry headlines and time stamps are no transcript", () => {
      const found = statementsOf([
        'Finance Minister Anna Berg presented the budget on Tuesday.',
        '16:05',
        "Opposition: 'a raid on savers'",
        'Shadow spokesman Lars Holm called the changes "a raid on savers".',
        '15:12',
        'Berg: fuel duty frozen',
        '"Families are still feeling the squeeze," Berg said.',
      ]);
      assert.deepEqual(found.filter((s) => s.kind.startsWith('interview')), []);
      // The entry headline's quotation is the words Holm said below it (as a headline's quotation is).
      assert.deepEqual(found.map((s) => [s.speaker, s.text]), [['lars-holm', 'a raid on savers'], ['lars-holm', 'a raid on savers'], ['anna-berg', 'Families are still feeling the squeeze']]);
    });
    it("a page's own labels are no speakers' labels", () => {
      const found = statementsOf([
        'Premier Lars Holm said the minister would stand aside.',
        'Watch: the premier on the harbour deal and what comes next for the port.',
        'Holm: minister will return once this is cleared up.',
      ]);
      assert.deepEqual(found.filter((s) => s.kind.startsWith('interview')), []);
    });
    it('one labelled paragraph is a transcript when its label gives a full name and an office', () => {
      check([
        'Doorstop interview - Oslo',
        'MARTA KOWALSKI, PRIME MINISTER: Thanks for joining us. The harbour will reopen on Monday.',
        'And the ferries will follow within a week.',
      ], [
        { text: 'Thanks for joining us. The harbour will reopen on Monday.', kind: 'interview-answer', speaker: 'Kowalski' },
        { text: 'And the ferries will follow within a week.', kind: 'interview-answer', speaker: 'Kowalski', flags: ['continuation'] },
      ]);
      // A dateline with a colon names a place and a date, no office.
      const dateline = statementsOf(['NEW DELHI, July 8 (PTI): The harbour will reopen on Monday, the minister said.', 'The ferries will follow.']);
      assert.deepEqual(dateline.map((s) => s.kind), ['indirect']);
    });
  });

  it('"…, and said" after an opening clause is its subject\'s; a post-nominal after the name is no part of the source', () => {
    const found = statementsOf(['Chief executive Anna Berg spoke first.', 'She blamed weak demand in Norway and Sweden, and said she did not expect a recovery.', 'Prosecutor Henrik Dahl KC told the court that the invoices were false.']);
    assert.deepEqual(found.map((s) => [s.text, s.speaker]), [['she did not expect a recovery', 'anna-berg'], ['the invoices were false', 'henrik-dahl']]);
  });

  it('a long subject counts before a modal only: what "declared" names is no clause for a verb far after it', () => {
    const found = statementsOf(['The city declared war on potholes after the cold winter broke roads and took months to end, according to council figures.']);
    assert.deepEqual(found.map((s) => [s.text, s.speakerText]), [['The city declared war on potholes after the cold winter broke roads and took months to end', 'council figures']]);
  });

  it('a named person\'s words told of before a colon are theirs', () => {
    check(['The critic Simon Cray called the show thin. Painter Paris Okoro-Wynn shrugged.', 'Okoro-Wynn\'s response was characteristically brief: "Simon is entitled to be wrong."'], [
      { text: 'Simon is entitled to be wrong', kind: 'direct', speaker: 'Okoro-Wynn' },
    ]);
  });

  it('a participle with its complement opening the sentence is still an adverbial, no clause', () => {
    const found = statementsOf(['Stating that they knew of the problem, Anna Berg said, "We will act quickly."']);
    assert.deepEqual(found.map((s) => s.text), ['We will act quickly']);
  });

  it('what a camera shows is no one\'s statement', () => {
    assert.deepEqual(statementsOf(['The visitors led through a penalty. Television replays suggested contact was minimal.']), []);
  });

  it('a body named in apposition to what it is to someone is the source', () => {
    check(['The cafe\'s landlord, Harbour Estates, said in an email that the rent rise reflected "market conditions".', 'His publisher, Lantern House, said it would reissue two of his novels.'], [
      { text: 'the rent rise reflected "market conditions"', speaker: 'Harbour Estates' },
      { text: 'it would reissue two of his novels', speaker: 'Lantern House' },
    ]);
  });

  it('a relative clause after "according to" a source is no clause of the source\'s', () => {
    const found = statementsOf(['The fee will be paid in two parts, according to a person close to the talks, who added that the club had asked for a sell-on clause.']);
    assert.deepEqual(found.map((s) => s.text).filter((t) => t.startsWith('who')), []);
  });

  it('a title in apposition before the name, a sum announced and a cue word inside a hyphenated word report nothing', () => {
    assert.deepEqual(statementsOf(["Norway's Prime Minister, Anna Berg, announced 50 million crowns for early-warning systems and held a meeting with Dahl."]), []);
    assert.deepEqual(statementsOf(['Anna Berg announced she would resign.']).map((s) => s.text), ['she would resign']);
  });

  it('a passive cue has no speaker in its subject, and "conveyed" a noun closes no clause before it', () => {
    assert.deepEqual(statementsOf(['Henrik Dahl was warned of "substantial" consequences.', 'Small nations were being asked to wait while larger states argued.']), []);
    assert.deepEqual(statementsOf(['Earlier in the day, Anna Berg held talks with Dahl and conveyed Norway\'s support for the plan.']), []);
  });

  it('a source cited in quotation marks is no speech', () => {
    assert.deepEqual(statementsOf(['A pool report from the meeting, citing a "senior official," said the talks covered the ports.']).map((s) => s.text), ['the talks covered the ports']);
  });

  it('a cue joined by "and" to one before ends what the first reports; a cue with a subject of its own is reported whole', () => {
    assert.deepEqual(statementsOf(['Henrik Dahl claimed victory and said he would go to the high court.']).map((s) => s.text), ['he would go to the high court']);
    assert.deepEqual(statementsOf(['The ministry said his wife, Anna, confirmed he would appeal.']).map((s) => s.text), ['his wife, Anna, confirmed he would appeal']);
  });

  it('a surname two people share is the one who was last the subject, not the one last named', () => {
    const found = statementsOf(['Henrik Dahl met Ingrid Dahl in the harbour.', 'Dahl said the talks were good.']);
    assert.deepEqual(found.map((s) => [s.text, s.speaker]), [['the talks were good', 'henrik-dahl']]);
  });

  it('a description goes to someone whose titles fit its office, and a role naming no country may be anyone\'s', () => {
    const found = statementsOf([
      'Norwegian Defence Minister Ola Nilsen met Henrik Dahl, the special representative for Arctic affairs.',
      'Dahl denied the reports.',
      '"These reports are untrue," the Norwegian special envoy said.',
    ]);
    assert.deepEqual(found.map((s) => [s.text, s.speaker]), [['These reports are untrue', 'henrik-dahl']]);
  });

  it('a description in the lede goes to the person the article names first after it, when nothing contradicts it', () => {
    const lede = 'Talks on the harbour will go on despite the storm, Norway\'s foreign minister said on Thursday.';
    const found = (next: string) => statementsOf([lede, next]).map((s) => [s.text, s.speaker]);
    assert.deepEqual(found('"We will not give up," Ola Nilsen told the forum.')[0], ['Talks on the harbour will go on despite the storm', 'ola-nilsen']);
    // Someone of another country, or named before, is not who the description stands for.
    assert.deepEqual(found('Swedish Prime Minister Ola Nilsen disagreed.')[0], ['Talks on the harbour will go on despite the storm', null]);
    // A description that names no country and no office may be anyone.
    assert.deepEqual(
      statementsOf(['Talks on the harbour will go on despite the storm, the official said on Thursday.', 'Ola Nilsen told the forum.']).map((s) => [s.text, s.speaker]),
      [['Talks on the harbour will go on despite the storm', null]],
    );
  });

  it('a headline that opens with a known name and a colon gives its quotations to that person, and its summary to no one', () => {
    const read = (headline: string) => {
      const article = readArticle('test.txt', `${headline}\n\nNorwegian Prime Minister Henrik Dahl spoke in Oslo on Friday.\n`, { published: '2024-03-15' });
      return findStatements(article, findPeople(article)).map((s) => [s.kind, s.text, s.speaker]);
    };
    assert.deepEqual(read("Dahl: Port ready to reopen 'without conditions'"), [['direct', 'without conditions', 'henrik-dahl']]);
    assert.deepEqual(read('Dahl: "We will not give up the port"'), [['direct', 'We will not give up the port', 'henrik-dahl']]);
    // A word that names no one the article knows is no speaker.
    assert.deepEqual(read('Update: "We will not give up the port"'), []);
  });

  it('a quotation with its own cue before "according to" is the quoted speaker\'s, and no statement of the source', () => {
    const found = statementsOf(['Henrik Dahl met Marta Kowalski.', '"The port will stay closed," he said, according to the Oslo Post.']);
    assert.deepEqual(found.map((s) => [s.kind, s.text, s.speaker]), [['direct', 'The port will stay closed', 'henrik-dahl']]);
  });

  it('a quotation told to someone is dated by the meeting with them, not by the journey that brought the speaker', () => {
    const text = [
      HEADLINE,
      'Hungarian Prime Minister Anna Kovacs arrived in Lisbon on Wednesday for a state visit, and met Portuguese President Pedro Almeida on Thursday.',
      '"I know I can count on you," Kovacs told Almeida.',
    ].join('\n\n');
    const { statements } = readArticleText('test.txt', text, { published: '2024-03-15' });
    assert.equal(statements.find((s) => s.text === 'I know I can count on you')?.when, '2024-03-14');
  });

  it('an undated press conference of someone placed on the day of publication places the others there too, but not on a journey\'s first day', () => {
    const read = (lead: string) => {
      const text = [HEADLINE, lead, '"We will not back down," Kovacs told a joint news conference with Portuguese Foreign Minister Pedro Almeida.', '"We will work for peace," Almeida said.'].join('\n\n');
      return readArticleText('test.txt', text, { published: '2024-03-15' }).statements.find((s) => s.text === 'We will work for peace')?.when;
    };
    assert.equal(read('Hungarian Foreign Minister Anna Kovacs on Friday urged Portugal to act, during a visit to Lisbon.'), '2024-03-15');
    assert.equal(read('After arriving in Lisbon on Wednesday on a three-day visit, Hungarian Foreign Minister Anna Kovacs urged Portugal to act.'), null);
  });

  it('"continued" attributes a quotation, and reports nothing when something continued to happen', () => {
    const found = statementsOf(['Henrik Dahl spoke first.', 'Dahl continued: "The port will open in May."', 'The port continued to lose money, as the ferries stopped.']);
    assert.deepEqual(found.map((s) => [s.kind, s.text, s.speaker]), [['direct', 'The port will open in May', 'henrik-dahl']]);
  });

  it("a minister or secretary described is not the head of government: \"India's foreign secretary said\" goes to the secretary named after", () => {
    const found = statementsOf([
      'Norwegian Prime Minister Henrik Dahl and Swedish Prime Minister Marta Kowalski agreed to reopen the port, Norway\'s foreign secretary said on Thursday.',
      'The two leaders spoke on Wednesday, Foreign Secretary Ivan Sorokin told reporters.',
    ]);
    assert.equal(found.find((s) => s.text.startsWith('Norwegian Prime Minister'))?.speaker, 'ivan-sorokin');
  });

  it('"accused X of \"…\"" gives the quotation to the accuser, and no one is the speaker of "was accused of"', () => {
    const found = statementsOf(['Henrik Dahl spoke in Oslo.', 'Dahl accused the ministry of "hysteria" in a speech.', 'Marta Kowalski was accused of "reckless spending" by the opposition.']);
    assert.deepEqual(found.map((s) => [s.kind, s.text, s.speaker]), [['direct', 'hysteria', 'henrik-dahl']]);
  });

  it('what a speaker dismissed, slammed or praised something as is theirs, unless the verb is passive', () => {
    const found = statementsOf([
      'Henrik Dahl met Marta Kowalski in Oslo.',
      'Kowalski dismissed the criticism as "noise from the sidelines".',
      'Dahl slammed the talks as "a waste of time".',
      'The plan was praised as "brave" by the opposition.',
    ]);
    assert.deepEqual(found.map((s) => [s.kind, s.text, s.speaker]), [
      ['direct', 'noise from the sidelines', 'marta-kowalski'],
      ['direct', 'a waste of time', 'henrik-dahl'],
    ]);
  });

  it('a quoted name or term is not speech', () => {
    const read = (paragraph: string) => statementsOf([paragraph]).map((s) => [s.text, s.speaker ?? s.speakerText]);
    assert.deepEqual(read('The envoys climbed Mount Tromsa (also spelled as "Tromso") on Thursday, according to the NTB news agency.').filter(([text]) => text === 'Tromso'), []);
    assert.deepEqual(read('Henrik Dahl said the so-called "harbour plan" would be signed in May.').filter(([text]) => text === 'harbour plan'), []);
    // A word the speaker chose stays theirs.
    assert.deepEqual(read('Henrik Dahl called the plan "historic" on Thursday.'), [['historic', 'henrik-dahl']]);
  });

  it('a clause ends where a source after ", and" opens the next, and a quotation is not given to a cue past such a boundary', () => {
    const read = (paragraph: string) => statementsOf([paragraph]).map((s) => [s.text, s.speaker ?? s.speakerText]);
    assert.deepEqual(read('The office put the range at ten to twelve years, although prosecutors said the range was too low, and defense attorneys said it was too high.'), [
      ['the range was too low', 'prosecutors'],
      ['it was too high', 'defense attorneys'],
    ]);
    assert.deepEqual(read('Prosecutors recommended a "substantial term of imprisonment" while his lawyers asked that he serve no time.'), []);
    assert.deepEqual(read('The "historic" agreement, Henrik Dahl said, would be signed in May.').map(([text, speaker]) => [text, speaker]).find(([text]) => text === 'historic'), ['historic', 'henrik-dahl']);
  });

  it('the subject after a long opening adverbial, or after "where", is the source', () => {
    const read = (paragraph: string) => statementsOf([paragraph]).map((s) => [s.text, s.speaker ?? s.speakerText]);
    assert.deepEqual(read('Despite the ministry’s official silence on the matter since the storm of last winter, NTB notes that the port is closed.'), [['the port is closed', 'NTB']]);
    assert.deepEqual(read('At their first meeting in more than a decade, the two sides announced they would sign a treaty.'), [['they would sign a treaty', 'the two sides']]);
    assert.deepEqual(read('Dahl met officials in the capital Oslo, where Norwegian officials said the port would reopen.'), [['the port would reopen', 'Norwegian officials']]);
  });

  it('a participle after "according to …" is the sentence subject\'s, and opens no clause of the source\'s', () => {
    const found = statementsOf(['"The talks have failed," Henrik Dahl said according to remarks released by his office, saying the deal would leave the port closed.']);
    assert.deepEqual(
      found.map((s) => [s.text, s.speaker ?? s.speakerText]),
      [
        ['The talks have failed', 'henrik-dahl'],
        ['the deal would leave the port closed', 'henrik-dahl'],
      ],
    );
  });

  it("dates a live blog's entries by its day, unless it runs over several days", () => {
    const entries = ['16:05', 'Shadow minister Lars Holm said the changes were "a raid on savers".', '15:40', '"Families are feeling the squeeze," Finance Minister Anna Berg said.'];
    const oneDay = statementsOf(entries, '2025-11-11');
    assert.deepEqual([...new Set(oneDay.map((s) => s.text.slice(0, 8)))], ['the chan', 'a raid o', 'Families']);
    assert.deepEqual([...new Set(oneDay.map((s) => s.when))], ['2025-11-11']);
    assert.deepEqual([...new Set(statementsOf(['Tuesday 11 November', ...entries], '2025-11-12').map((s) => s.when))], [null]);
  });

  it('dates "told the ceremony" by the occasion just reported, not by the speaker\'s last one', () => {
    const text = [
      HEADLINE,
      'Henrik Dahl and Marta Kowalski spoke by phone on February 7.',
      'On Wednesday, the two presidents travelled to Tromso to open a rail terminal. Dahl told the ceremony that the line would carry a million tonnes.',
    ].join('\n\n');
    const { statements } = readArticleText('test.txt', text, { published: '2024-03-15' });
    assert.deepEqual(statements.map((s) => [s.text, s.when]), [['the line would carry a million tonnes', '2024-03-13']]);
  });

  it('"he" with no one named before goes to the one person last described as a source', () => {
    const speakers = (last: string) =>
      statementsOf(['A coach stopped training on Monday.', 'The coach explained that the storm had damaged the pitch.', last]).map((s) => s.speaker ?? s.speakerText);
    assert.deepEqual(speakers('"We will play again soon," he said.'), ['The coach', 'The coach']);
    // Not a body, and not someone the description gives the other gender.
    assert.deepEqual(
      statementsOf(['The ministry explained that the storm had damaged the pier.', '"We will reopen soon," he said.']).map((s) => s.speaker ?? s.speakerText),
      ['The ministry', 'he'],
    );
    assert.deepEqual(
      statementsOf(['The spokeswoman explained that the storm had damaged the pier.', '"We will reopen soon," he said.']).map((s) => s.speaker ?? s.speakerText),
      ['The spokeswoman', 'he'],
    );
  });

  it('a quotation that ends in a quotation of its own and a full stop ends the sentence', () => {
    const found = statementsOf(['In the settlement, the agency admitting "its treatment of the groups was \'wrong.\'" But its director refused to resign.']);
    assert.deepEqual(found.map((s) => [s.kind, s.text]), [['direct', "its treatment of the groups was 'wrong.'"]]);
  });

  it('a subordinate clause or an adverbial alone before a cue is no statement', () => {
    const paragraphs = [
      'Even as the count is still on, Marta Kowalski claimed victory.',
      'During a joint press conference, Henrik Dahl emphasized his mission of peace.',
      'Speaking with his counterpart on the sidelines of the summit, Dahl stressed the importance of trade.',
      'In a statement, the ministry said nothing new.',
      'On Sept. 14, around 11 p.m., the sheriff’s office responded to a crash on the coast road.',
    ];
    assert.deepEqual(statementsOf(paragraphs).map((s) => s.text), []);
  });

  it('a noun phrase after a cue is no clause, even one holding a verb-like word', () => {
    assert.deepEqual(statementsOf(['Henrik Dahl pledged humanitarian support for the islands.']).map((s) => s.text), []);
  });

  it('a dateline and a quotation make no mixed statement', () => {
    assert.deepEqual(statementsOf(['OSLO- "The door is open, and it stays open," Henrik Dahl said Sun.']).map((s) => s.kind), ['direct']);
  });

  describe('bad input', () => {
    it('an empty article has no statements', () => {
      assert.deepEqual(findStatements(readArticle('empty.txt', '', {}), { people: [], ambiguous: [] }), []);
    });
    it('text in another language invents no speakers', () => {
      const found = statementsOf(['Министр сказал, что переговоры продолжатся.', '«Мы готовы», — заявил он.']);
      assert.ok(found.every((s) => s.speaker === null));
    });
    it('10,000 quotations in one file stay linear', function () {
      this.timeout(20000);
      const line = '"We will hold the line," Marta Kowalski said on Monday. ';
      const big = [Array.from({ length: 100 }, () => line).join(''), ...Array.from({ length: 99 }, () => line.repeat(100))];
      const started = Date.now();
      const found = statementsOf(big);
      assert.equal(found.filter((s) => s.kind === 'direct').length, 10000);
      assert.ok(Date.now() - started < 20000);
    });
    it('ten thousand open marks without a close do not blow up', () => {
      const found = statementsOf(['"'.repeat(10000) + ' Henrik Dahl said nothing.']);
      assert.ok(Array.isArray(found));
    });
  });
});
