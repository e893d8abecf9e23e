import * as assert from 'node:assert/strict';
import { isAnnounced, isSpeculative, kindOf, travelIn } from '../../../src/core/events/cues';
import { read, groups, linkedFiles } from './inventedArticles';
import { readFrame } from '../../../src/core/events/eventFrame';

// Invented articles: a headline line, a blank line, then one paragraph per line.

describe('isSpeculative: a hedge counts only where it scopes over the event', () => {
  const cases: Array<[string, boolean]> = [
    ['The meeting could pave the way for a summit later this year.', true],
    ['Ortiz may visit Oslo in the spring.', true],
    ['Officials discussed a possible meeting of the two presidents.', true],
    ['Officials said the summit might not take place at all.', true],
    ['"I hope that Minister Ortiz, through this visit, could make contributions to our ties."', false],
    ['That the meeting happened at all is perhaps the most significant result of the trip.', false],
    ['Ortiz met Dubois on Monday.', false],
    ['"There are no specific meetings planned," Ortiz said.', true],
    ['There is no doubt the meeting took place, Ortiz said.', false],
    // The hedge is the speaker's, inside a quotation that closes before the occasion is named.
    ['"Portugal has enormous potential in wind power," Ortiz said at a joint press conference after the talks.', false],
    ['“We see real potential,” Ortiz said at the meeting.', false],
    ['"Trade is strong," Ortiz said, adding that a possible meeting with Dubois was being discussed.', true],
    // An open question is no occasion, unless it asks about one already known.
    ['Earlier in the day, Ortiz declined to say whether he would invite Dubois to visit Portugal.', true],
    ['Reporters asked whether the visit had changed his mind.', false],
    // Talks asked for or backed are no occasion; a verb of asking elsewhere in a clause that names one does not doubt it.
    ['Ortiz, Dubois stress talks as solution to the border crisis', true],
    ['Ortiz and Dubois urged peace talks between the two factions.', true],
    ['Portugal supports talks between Lisbon and Madrid, Ortiz said.', true],
    ['Ortiz called for the resumption of negotiations.', true],
    ['Some diplomats argue that negotiations are the only way to end the war.', true],
    ['Ortiz urged Dubois to reopen the border during their phone call on Monday.', false],
    ['Ortiz, who held talks with Dubois on Tuesday, called for peace talks.', false],
  ];
  for (const [sentence, speculative] of cases) it(`"${sentence}" → ${speculative}`, () => assert.equal(isSpeculative(sentence), speculative));
});

describe('isAnnounced: an occasion still to come', () => {
  const cases: Array<[string, boolean]> = [
    ['Ortiz agreed to visit Oslo in the autumn.', true],
    ['Ortiz will meet Dubois next week.', true],
    ['Ortiz visited Oslo in the autumn.', false],
    ['His office said the talks would take place on Wednesday.', true],
    ['The meeting with traders had been provisionally set for Monday.', true],
    // An invitation made or accepted is a journey still to come; a visit paid at someone's invitation was made.
    ['Ortiz has accepted an invitation to travel to Oslo, officials said, though no date was given.', true],
    ['Dubois invited Ortiz to pay an official visit to Paris, and the invitation was accepted.', true],
    ['Ortiz paid a state visit to Oslo at the invitation of King Harald.', false],
    ['The ministers discussed preparations for the summit in Oslo.', true],
  ];
  for (const [sentence, announced] of cases) it(`"${sentence}" → ${announced}`, () => assert.equal(isAnnounced(sentence, false), announced));
});

describe('kindOf: a congress is an occasion, Congress a legislature', () => {
  const cases: Array<[string, string | null]> = [
    ['The party congress opened in the capital on Sunday.', 'conference'],
    ['The 20th Party Congress opened in Beijing on Sunday.', 'conference'],
    ['The Twentieth Congress of the party opened on Sunday.', 'conference'],
    ['He was jailed for lying to Congress about the payments.', null],
    ['The deal must go to the US Congress by July.', null],
  ];
  for (const [sentence, kind] of cases) it(`"${sentence}" → ${kind}`, () => assert.equal(kindOf(sentence), kind));
});

describe('kindOf: a journey made to meet people it does not name is the journey', () => {
  const cases: Array<[string, string]> = [
    ['Ortiz is scheduled to travel to Gdansk on Wednesday to visit the port and meet representatives of shipping firms.', 'visit'],
    ['Ortiz will travel to Gdansk to meet local business leaders.', 'visit'],
    ['Ortiz will travel to Paris to meet President Dubois.', 'meeting'],
  ];
  for (const [sentence, kind] of cases) it(`"${sentence}" → ${kind}`, () => assert.equal(kindOf(sentence), kind));
});

describe('kindOf: a meeting room and a judgment call are no occasions', () => {
  const cases: Array<[string, string | null]> = [
    ['The mayor spoke in the council meeting room on Monday.', null],
    ['They met in the meeting room.', 'meeting'],
    ['The coach made the call to rest her captain, who said it was the right call.', null],
    ['The union made a call on the government to act.', null],
    ['The two leaders held a call on Friday.', 'call'],
    ['In a separate call with President Ana Ruiz on Thursday, Vogt said trade would grow.', 'call'],
  ];
  for (const [sentence, kind] of cases) it(`"${sentence}" → ${kind}`, () => assert.equal(kindOf(sentence), kind));
});

describe('kindOf: a website, a meeting of minds and a mountain top are no occasions', () => {
  const cases: Array<[string, string | null]> = [
    ['Visit our website for more coverage of the floods.', null],
    ['"Visit our website at ferries.example.gov/timetable for sailing times," the office said.', null],
    ['Readers can visit www.example.org for the full list.', null],
    ['The minister will visit the site of the flood on Friday.', 'visit'],
    ['Diplomats said there had been a meeting of minds between the two capitals on fishing rights.', null],
    ['She said there was "a meeting of the minds on safety" at the depot.', null],
    ['He once reached the summit of Mount Elbrus in a storm.', null],
    ['Passing the bill was harder than reaching the summit of Everest, she joked.', null],
    ['The climbers reached the summit on Tuesday.', null],
    ['Leaders met at the summit of the African Union in Addis Ababa.', 'meeting'],
    ['Leaders gathered for the summit of the Arctic Council in Tromso.', 'summit'],
  ];
  for (const [sentence, kind] of cases) it(`"${sentence}" → ${kind}`, () => assert.equal(kindOf(sentence), kind));
});

describe('kindOf: a document named as a topic leaves the clause to the occasion', () => {
  const cases: Array<[string, string]> = [
    ['The envoy concluded a tour of five capitals promoting the peace plan.', 'tour'],
    ['The government presented its peace plan on Friday.', 'document'],
    ['In March, the ministry released a 10-point position paper.', 'document'],
    ['The two leaders signed a joint statement.', 'document'],
    ['The two leaders met for three hours, according to a joint statement released after the talks.', 'talks'],
  ];
  for (const [sentence, kind] of cases) it(`"${sentence}" → ${kind}`, () => assert.equal(kindOf(sentence), kind));
});

describe('travelIn: the journey a meeting clause also reports', () => {
  const cases: Array<[string, string | null]> = [
    ['Ortiz wrapped up his two-day visit to Norway, one that culminated in a meeting with the king.', 'pronoun'],
    ['The king met visiting Foreign Minister Ortiz.', 'visiting'],
    ["Ortiz's trip to Oslo included talks with Dubois.", 'possessive'],
    ['After arriving in Oslo on Monday, Ortiz met Dubois.', 'subject'],
    ['Ortiz, in Oslo for the second time this year, met Dubois.', 'subject'],
    ['They toured the factory and met the workers.', null],
  ];
  for (const [sentence, cue] of cases) it(`"${sentence}" → ${cue}`, () => assert.equal(travelIn(sentence)[0]?.cue ?? null, cue));
});

describe('findEventMentions: a visit reported inside a meeting sentence', () => {
  it('adds a visit whose participant is the traveller, not the host', () => {
    const r = read(
      'a.txt',
      '2024-03-13',
      'Chilean Foreign Minister Rosa Fuentes wrapped up her two-day visit to Peru, one that culminated in a meeting with Peruvian President Ivan Cruz on Tuesday.',
    );
    const kinds = r.eventMentions.map((m) => m.kind).sort();
    assert.deepEqual(kinds, ['meeting', 'visit']);
    const visit = r.eventMentions.find((m) => m.kind === 'visit')!;
    assert.deepEqual(visit.participants, ['rosa-fuentes']);
    assert.equal(visit.place, 'Peru');
  });

  it('takes the person after "visiting" as the traveller', () => {
    const r = read('a.txt', '2024-03-13', 'Peruvian President Ivan Cruz met visiting Chilean Foreign Minister Rosa Fuentes in Lima on Tuesday.');
    const visit = r.eventMentions.find((m) => m.kind === 'visit');
    assert.ok(visit);
    assert.deepEqual(visit.participants, ['rosa-fuentes']);
  });
});

describe('groupEvents: a body\'s meeting within one article', () => {
  it('"the meeting" one person spoke after is the meeting reported before, and the body names it', () => {
    const events = groups([read('a.txt', '2024-03-13', 'NATO foreign ministers met on Tuesday to discuss the Arctic.', 'Speaking after the meeting, Secretary General Henrik Dahl said the allies agreed.')]);
    assert.deepEqual(events.map((e) => [e.label.replace(/,.*$/u, ''), e.mentions.length]), [['NATO meeting (Henrik Dahl)', 2]]);
  });
});

describe('groupEvents: someone who attended the talks reported before', () => {
  it('is one of their participants, not the one of talks of their own', () => {
    const events = groups([read('a.txt', '2024-03-13', 'President Anna Kovacs held talks with Prime Minister Pedro Almeida in Lisbon.', "Portugal's energy minister, Ines Rocha, who also attended the talks, said the deal was close.")]);
    assert.deepEqual(events.map((e) => [e.participants.sort(), e.mentions.length]), [[['anna-kovacs', 'ines-rocha', 'pedro-almeida'], 2]]);
  });
});

describe('groupEvents: visits within one article', () => {
  it('keeps apart visits with no traveller named to places that share nothing, and joins those that share one', () => {
    const visits = (...paragraphs: string[]) => groups([read('a.txt', '2024-03-13', ...paragraphs)]).filter((e) => e.kind === 'visit').map((e) => e.mentions.length);
    assert.deepEqual(visits('"I intend to visit the United States next week," the minister said.', 'Reporters asked whether the visit to the Middle East would be delayed.'), [1, 1]);
    assert.deepEqual(visits('"I intend to visit China next week," the minister said.', 'Reporters asked whether the visit to Beijing would be delayed.'), [2]);
  });
});

describe('findEventMentions: "her visit" is the visit of the one the article says "her" is', () => {
  it('gives it to her, not to the host named nearer', () => {
    const mentions = read(
      'a.txt',
      '2024-03-13',
      'Norwegian President Ola Berg on Tuesday welcomed Swedish Prime Minister Astrid Lind to the palace, a leader whom his government once viewed with doubt.',
      'Berg administration worries about her politics have eased. Her visit came as Sweden prepares to chair the council next year.',
      'Lind, who was making her first trip abroad as premier, said ties were strong. She also met students.',
    ).eventMentions;
    const visit = mentions.find((m) => m.kind === 'visit' && m.text.startsWith('Her visit'));
    assert.ok(visit, JSON.stringify(mentions.map((m) => m.text)));
    assert.deepEqual(visit.participants, ['astrid-lind']);
  });

  it('passes over the nearest one the article says "she" is not', () => {
    const mentions = read(
      'a.txt',
      '2024-03-13',
      'Prime Minister Astrid Lind, who said she was delighted, arrived in Oslo on Monday. President Ola Berg said he was pleased.',
      'Berg spoke first at the dinner. She later visited a school in the capital.',
    ).eventMentions;
    const visit = mentions.find((m) => m.text.startsWith('She later'));
    assert.deepEqual(visit?.participants, ['astrid-lind']);
  });
});

describe('groupEvents: visits, tours and documents across articles', () => {
  it('links a visit named in a meeting sentence to a report of the visit alone', () => {
    const links = linkedFiles([
      read('a.txt', '2024-03-13', 'Chilean Foreign Minister Rosa Fuentes wrapped up her two-day visit to Peru, one that culminated in a meeting with Peruvian President Ivan Cruz on Tuesday.'),
      read('b.txt', '2024-03-13', 'Rosa Fuentes, the Chilean foreign minister, said her visit to Lima had opened a new chapter.', '"I hope that Minister Fuentes, through this visit, could help our ties," Peruvian President Ivan Cruz said.'),
    ]);
    assert.deepEqual(links, ['a.txt+b.txt']);
  });

  it('links two reports of one tour and labels it with its stops', () => {
    const readings = [
      read('a.txt', '2024-03-13', 'Envoy Marco Bianchi has concluded a diplomatic tour in which he visited Paris, Berlin and Warsaw.'),
      read('b.txt', '2024-03-12', 'Envoy Marco Bianchi recently concluded a tour of several European capitals promoting the peace plan.'),
    ];
    assert.deepEqual(linkedFiles(readings), ['a.txt+b.txt']);
    const tour = groups(readings).find((e) => e.kind === 'tour')!;
    assert.match(tour.label, /^Marco Bianchi's tour: Paris, Berlin, Warsaw/);
  });

  it('reads a subhead in the body as headlinese: "to meet" is announced', () => {
    const body = 'The finance ministers of the bloc said on Tuesday that they had agreed a budget for the coming year after long talks.';
    const mention = read('a.txt', '2025-06-25', body, 'Ministers to meet in Cotonou in September', body).eventMentions.find((m) => m.place === 'Cotonou');
    assert.ok(mention, 'no meeting in Cotonou');
    assert.equal(mention.announced, true);
  });

  it('keeps a cancellation in its own clause after "as", whatever letters its words have', () => {
    const mentions = read('a.txt', '2025-06-25', 'Finance ministers will meet in Cotonou in September as the Lomé summit is called off.').eventMentions;
    const cotonou = mentions.find((m) => m.place === 'Cotonou');
    assert.ok(cotonou, 'no meeting in Cotonou');
    assert.equal(cotonou.announced, true);
    assert.equal(readFrame(cotonou, '2025-06-25', (k) => k).unrealised, false, cotonou.text);
  });

  it('labels a document by its issuer and name, not by the day it was announced', () => {
    const readings = [
      read('a.txt', '2024-03-13', 'Norway would release its peace plan on Saturday, Foreign Minister Erik Lund said.'),
      read('b.txt', '2024-04-02', 'In March, Norway released a 10-point peace plan for the region.'),
    ];
    assert.deepEqual(linkedFiles(readings), ['a.txt+b.txt']);
    const doc = groups(readings).find((e) => e.kind === 'document')!;
    assert.match(doc.label, /^Norway's (?:peace plan|10-point peace plan)/);
    assert.equal(doc.date, null);
  });
});

describe('groupEvents: undated tours', () => {
  // No publication dates and no dates in the text: only the tour's traveller and places can link them.
  const cases: Array<[string, string[], string[], string[]]> = [
    [
      'the same traveller’s tour, one report naming the stops, is one tour',
      ['Envoy Marco Bianchi concluded a diplomatic tour in which he visited Paris, Berlin and Warsaw.'],
      ['Envoy Marco Bianchi had just concluded a tour of several European capitals.'],
      ['a.txt+b.txt'],
    ],
    [
      'two travellers’ tours are two tours',
      ['Envoy Marco Bianchi concluded a diplomatic tour of Paris, Berlin and Warsaw.'],
      ['Envoy Lena Fischer concluded a diplomatic tour of Paris, Berlin and Warsaw.'],
      [],
    ],
    [
      'the same traveller’s tours through other countries are two tours',
      ['Envoy Marco Bianchi concluded a diplomatic tour in which he visited Paris and Berlin.'],
      ['Envoy Marco Bianchi concluded a diplomatic tour in which he visited Tokyo and Seoul.'],
      [],
    ],
  ];
  for (const [name, a, b, expected] of cases) {
    it(name, () => assert.deepEqual(linkedFiles([read('a.txt', undefined, ...a), read('b.txt', undefined, ...b)]), expected));
  }
});

describe('groupEvents: undated documents', () => {
  const cases: Array<[string, string[], string[], string[]]> = [
    [
      'one country’s peace plan, named two ways, is one document',
      ['Norway presented its peace plan, which both sides called a useful start.'],
      ['Last month Norway released a 10-point position paper on ending the conflict.'],
      ['a.txt+b.txt'],
    ],
    [
      'two joint declarations of the same pair are two documents (every summit signs one)',
      ['President Lena Fischer and Prime Minister Marco Bianchi signed a joint declaration on energy.'],
      ['In the joint declaration signed by President Lena Fischer and Prime Minister Marco Bianchi, they agreed to open the border.'],
      [],
    ],
  ];
  for (const [name, a, b, expected] of cases) {
    it(name, () => assert.deepEqual(linkedFiles([read('a.txt', undefined, ...a), read('b.txt', undefined, ...b)]), expected));
  }
});

describe('kindOf: a meal or a courtesy call is a meeting in person, whoever joins it by video', () => {
  const cases: Array<[string, string | null]> = [
    ['The ministers held an informal working dinner with Foreign Minister Ivan Cruz, who briefed them by video link.', 'meeting'],
    ['Berg will host a dinner on Wednesday for the leaders, though Cruz may join by video link.', 'meeting'],
    ['who briefed them by video link on the situation at the front', null],
    ['Berg also paid a courtesy call on General Secretary Tom Rabe.', 'meeting'],
    // A call is still a call.
    ['Berg held a video call with Cruz after the dinner.', 'call'],
    ['Berg spoke by phone with Cruz on Monday.', 'call'],
  ];
  for (const [sentence, kind] of cases) it(`"${sentence}" → ${kind}`, () => assert.equal(kindOf(sentence), kind));

  it('reads "a working dinner with Cruz, who briefed them by video link" as one meeting, no call', () => {
    const kinds = read('a.txt', '2024-03-13', 'On Sunday the ministers held a working dinner with Foreign Minister Ivan Cruz, who briefed them by video link.').eventMentions.map((m) => m.kind);
    assert.deepEqual(kinds, ['meeting']);
  });
});
