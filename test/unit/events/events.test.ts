import * as assert from 'node:assert/strict';
import { findEventMentions } from '../../../src/core/events/findEventMentions';
import type { EventKind } from '../../../src/core/model';
import { groups, read, linkedFiles } from './inventedArticles';

// Invented articles: a headline line, a blank line, then one paragraph per line.

describe('findEventMentions', () => {
  // 2024-03-13 is a Wednesday.
  const cases: Array<[string, EventKind, string | null, boolean]> = [
    ['Foreign Minister Anna Kovacs met her counterpart Pedro Almeida in Lisbon on Monday.', 'meeting', '2024-03-11', false],
    ['Anna Kovacs will visit Oslo on Friday, her ministry said.', 'visit', '2024-03-15', true],
    ['Anna Kovacs and Pedro Almeida spoke by phone on March 2.', 'call', '2024-03-02', false],
    ['Anna Kovacs held talks with Pedro Almeida in Lisbon.', 'talks', null, false],
    ['Anna Kovacs and Pedro Almeida last met in 2019.', 'meeting', null, false],
    ['President Rui Carvalho showed Anna Kovacs around the Belem Palace on Tuesday.', 'meeting', '2024-03-12', false],
    ['Pedro Almeida gave Anna Kovacs a guided tour of the Jeronimos Monastery on Monday.', 'meeting', '2024-03-11', false],
    // The ceremonies of a visit, where host and guest meet.
    ['Anna Kovacs spoke at a dinner reception in Lisbon on Monday.', 'meeting', '2024-03-11', false],
    ['Anna Kovacs and Pedro Almeida watched the Independence Day parade on Tuesday.', 'meeting', '2024-03-12', false],
    ['Anna Kovacs was the guest of honour of Pedro Almeida in Lisbon on Monday.', 'meeting', '2024-03-11', false],
    ['A guard of honour awaited Anna Kovacs in Lisbon on Monday.', 'meeting', '2024-03-11', false],
  ];
  for (const [sentence, kind, date, announced] of cases) {
    it(`reads "${sentence}"`, () => {
      const [mention] = findEventMentions(...readOne(sentence));
      assert.ok(mention, 'no event mention found');
      assert.equal(mention.kind, kind);
      assert.equal(mention.date, date);
      assert.equal(mention.announced, announced);
    });
  }

  it('takes a signing ceremony for the signing, not for a meeting of its own', () => {
    assert.deepEqual(findEventMentions(...readOne('Anna Kovacs spoke at the end of the signing ceremony on Monday.')).map((m) => m.kind), []);
  });

  it('pins no day when the article has no date', () => {
    const r = read('undated.txt', undefined, 'Anna Kovacs met Pedro Almeida in Lisbon on Monday.');
    assert.equal(r.eventMentions[0].date, null);
  });

  it('gives "the two ministers" the participants named before', () => {
    const r = read(
      'a.txt',
      '2024-03-13',
      'Foreign Minister Anna Kovacs met her counterpart Pedro Almeida in Lisbon on Monday.',
      'The two ministers then held a joint press conference.',
    );
    const press = r.eventMentions.find((m) => m.kind === 'press-conference');
    assert.ok(press);
    assert.equal(press.participants.length, 2);
  });

  it('leaves out a person whose spokesman or chief of staff acts for them', () => {
    const r = read('a.txt', '2024-03-13', 'Foreign Minister Anna Kovacs met President Rui Carvalho’s chief of staff, Pedro Almeida, in Lisbon on Monday.');
    const meeting = r.eventMentions.find((m) => m.kind === 'meeting');
    assert.ok(meeting);
    const names = new Map(r.people.people.map((p) => [p.key, p.name]));
    assert.deepEqual(meeting.participants.map((k) => names.get(k)).sort(), ['Anna Kovacs', 'Pedro Almeida']);
  });

  it('dates the arrival, not the meeting held after it', () => {
    const mentions = read('a.txt', '2024-03-13', 'After arriving in Portugal on Monday for a three-day visit, Anna Kovacs met Pedro Almeida.').eventMentions;
    assert.deepEqual(
      mentions.map((m) => [m.kind, m.date]),
      [
        ['meeting', null],
        ['visit', '2024-03-11'],
      ],
    );
  });

  it('takes the place a host showed the guest around for the meeting place', () => {
    const [mention] = findEventMentions(...readOne("President Rui Carvalho showed Anna Kovacs around Portugal's newest launch site."));
    assert.equal(mention?.place, 'Portugal');
  });

  it('finds nothing in a sentence that reports no occasion', () => {
    for (const sentence of ['Prices of bread rose sharply in Lisbon this winter.', 'The figures showed prices around Lisbon rising.', 'Anna Kovacs gave Pedro Almeida a book about Lisbon.', 'Investors fear chief executive Anna Kovacs will not meet Wall Street expectations as her predecessor, Pedro Almeida, did.']) {
      assert.deepEqual(read('a.txt', '2024-03-13', sentence).eventMentions, [], sentence);
    }
  });

  it('meets no one named only in what was told', () => {
    const r = read('a.txt', '2024-03-13', 'Envoy Pedro Almeida met Anna Kovacs in Lisbon.', 'Almeida told Kovacs that the wish of President Luis Ferreira was to build a bridge.');
    assert.deepEqual(r.eventMentions.map((m) => m.participants.sort()), [['anna-kovacs', 'pedro-almeida'], ['anna-kovacs', 'pedro-almeida']]);
    // What was told may report an occasion, whose people are its own: "told reporters that Ferreira met Kovacs".
    const reported = read('b.txt', '2024-03-13', 'Envoy Pedro Almeida told reporters that President Luis Ferreira met Anna Kovacs in Lisbon.');
    assert.ok(['anna-kovacs', 'luis-ferreira'].every((p) => reported.eventMentions[0]?.participants.includes(p)));
  });

  it('takes "the Friday meeting" for the meeting of that Friday, not the last one named', () => {
    const r = read(
      'a.txt',
      '2024-03-16',
      'President Anna Kovacs met Prime Minister Pedro Almeida on Friday in Lisbon.',
      'Kovacs will also hold separate meetings with Chancellor Ivan Sorokin and President Marta Lind.',
      'The Friday meeting came five months after their last talks.',
    );
    const friday = r.eventMentions.find((m) => m.text.startsWith('The Friday meeting'));
    assert.deepEqual(friday?.participants.sort(), ['anna-kovacs', 'pedro-almeida']);
  });

  it('takes the one who pays a visit at someone\'s invitation for its traveller, and a later "the visit" for no sign it took place', () => {
    const readings = [
      read(
        'a.txt',
        '2024-05-22',
        'At the invitation of Member of the Political Bureau and Foreign Minister Zhao Minghua, Foreign Minister Pedro Almeida will pay an official visit to China from May 24 to 27.',
        'Officials believe the visit will deepen trust between the two countries.',
      ),
    ];
    const visit = groups(readings).find((e) => e.kind === 'visit')!;
    assert.deepEqual(visit.participants, ['pedro-almeida']);
    assert.match(visit.label, /^Pedro Almeida visits China \(announced/u);
  });

  it('takes the one invited "to visit" by a pronoun for the traveller, not the one who invites', () => {
    const visit = groups([read('a.txt', '2025-09-16', 'President Ola Berg thanked President Lena Saar for her support and invited her to visit Oslo.')]).find((e) => e.kind === 'visit')!;
    assert.deepEqual(visit.participants, ['lena-saar']);
    assert.match(visit.label, /^Lena Saar visits Oslo \(announced/u);
  });

  it('dates talks by the day their clause names, not by the dateline before it', () => {
    const r = read('a.txt', '2024-03-14', 'BEIJING, March 14 (Xinhua) -- Foreign Minister Zhao Minghua held talks with Cabinet Secretary Anna Kovacs in Beijing on Wednesday.');
    assert.deepEqual(r.eventMentions.map((m) => m.date), ['2024-03-13']);
  });

  it('takes what one person told another for speech, not a meeting, unless the article reports their meeting', () => {
    const told = read('a.txt', '2024-03-13', 'Judge Anna Kovacs told Pedro Almeida he had betrayed the trust of his employers.');
    assert.deepEqual(groups([told]), []);
    const audience = read('b.txt', '2024-03-13', 'Envoy Pedro Almeida delivered the letter during an audience with President Anna Kovacs in Lisbon.', 'Almeida told Kovacs that the region wanted closer ties.');
    assert.deepEqual(groups([audience]).map((e) => [e.label, e.mentions.length]), [['Pedro Almeida meets Anna Kovacs, Lisbon (date not pinned)', 2]]);
  });

  it('keeps the people of "meetings with representatives of the EU", and takes "wrote that at meetings" for no meeting named before', () => {
    const r = read('a.txt', '2024-03-13', 'During the meeting, the two sides talked for hours, Pedro Almeida told the paper.', 'The Journal wrote that at meetings with representatives of the EU, envoy Anna Kovacs insisted on a ceasefire.');
    assert.deepEqual(r.eventMentions.map((m) => m.participants), [['pedro-almeida'], ['anna-kovacs']]);
    assert.equal(groups([r]).length, 2);
  });

  it('takes "the meeting" whose clause only describes one who took part in it for that meeting, but not a look back', () => {
    const opening = 'Anna Kovacs, President of Hungary, met Pedro Almeida, President of Portugal, in Lisbon on Monday.';
    const participantsOf = (second: string) => read('a.txt', '2024-03-13', opening, second).eventMentions.find((m) => m.text.startsWith(second.slice(0, 12)))?.participants;
    assert.deepEqual(participantsOf('At the end of the meeting, the Hungarian president gave a press statement.'), ['anna-kovacs', 'pedro-almeida']);
    // Named, not described: the clause's own people, as before.
    assert.deepEqual(participantsOf('At the end of the meeting, Kovacs gave a press statement.'), ['anna-kovacs']);
    assert.deepEqual(participantsOf('Recalling her last meeting in Portugal, the Hungarian president said trade had grown.'), ['anna-kovacs']);
  });

  it('meets no one who only sent an envoy', () => {
    const r = read('a.txt', '2024-03-13', 'President Anna Kovacs has received a special envoy from the Portuguese President, Dr. Pedro Almeida, ahead of the summit.');
    assert.deepEqual(r.eventMentions.map((m) => m.participants), [['anna-kovacs']]);
  });

  function readOne(sentence: string): Parameters<typeof findEventMentions> {
    const r = read('a.txt', '2024-03-13', sentence);
    return [r.article, r.people];
  }
});

describe('groupEvents', () => {
  it('keeps apart two meetings on the same day with overlapping people', () => {
    const links = linkedFiles([
      read('a.txt', '2024-03-13', 'Foreign Minister Anna Kovacs met her counterpart Pedro Almeida in Lisbon on Monday.'),
      read('b.txt', '2024-03-13', 'President Rui Carvalho received Foreign Minister Anna Kovacs in Lisbon on Monday.'),
      read('c.txt', '2024-03-12', 'Foreign Minister Anna Kovacs and Foreign Minister Pedro Almeida held talks in Lisbon on Monday.'),
    ]);
    assert.deepEqual(links, ['a.txt+c.txt']);
  });

  it('links an announced meeting to the report that it was held', () => {
    const links = linkedFiles([
      read('a.txt', '2024-03-12', 'Prime Minister Lena Fischer will meet President Tomas Novak in Prague on Thursday.'),
      read('b.txt', '2024-03-14', 'Prime Minister Lena Fischer held talks with President Tomas Novak in Prague on Thursday.'),
    ]);
    assert.deepEqual(links, ['a.txt+b.txt']);
  });

  it('keeps a phone call apart from a meeting of the same people on the same day', () => {
    const links = linkedFiles([
      read('a.txt', '2024-03-13', 'Prime Minister Lena Fischer spoke by phone with President Tomas Novak on Monday.'),
      read('b.txt', '2024-03-13', 'Prime Minister Lena Fischer held talks with President Tomas Novak in Prague on Monday.'),
    ]);
    assert.deepEqual(links, []);
  });

  it('keeps a tour apart from a meeting at one of its stops', () => {
    const links = linkedFiles([
      read('a.txt', '2024-03-13', 'Envoy Marco Bianchi concluded a European tour that took him to Paris, Berlin and Warsaw.'),
      read('b.txt', '2024-03-13', 'Envoy Marco Bianchi met Foreign Minister Claire Dubois in Paris on Tuesday.'),
    ]);
    assert.deepEqual(links, []);
  });

  it('keeps apart the same pair meeting in the same city a year apart', () => {
    const links = linkedFiles([
      read('a.txt', '2023-05-10', 'Foreign Minister Anna Kovacs met her counterpart Pedro Almeida in Lisbon on Wednesday.'),
      read('b.txt', '2024-05-08', 'Foreign Minister Anna Kovacs met her counterpart Pedro Almeida in Lisbon on Wednesday.'),
      read('c.txt', '2024-05-08', 'Foreign Minister Pedro Almeida hosted Foreign Minister Anna Kovacs for talks in Lisbon on Wednesday.'),
    ]);
    assert.deepEqual(links, ['b.txt+c.txt']);
  });

  it('labels an event with who, where and when', () => {
    const readings = [
      read('a.txt', '2024-03-13', 'Foreign Minister Anna Kovacs met her counterpart Pedro Almeida in Lisbon on Monday.'),
      read('b.txt', '2024-03-13', 'Foreign Minister Pedro Almeida and Foreign Minister Anna Kovacs met in Lisbon on Monday.'),
    ];
    const [event] = groups(readings);
    assert.equal(event.label, 'Anna Kovacs meets Pedro Almeida, Lisbon, 11 Mar 2024');
    assert.equal(event.date, '2024-03-11');
    assert.equal(event.mentions.length, 2);
  });

  it('takes the later mentions of a summit in one article, whoever they name, for that summit', () => {
    const readings = [
      read(
        'a.txt',
        '2024-03-13',
        'Commission President Anna Kovacs said the EU summit in Brussels on Monday was a turning point.',
        'Portuguese President Pedro Almeida, who attended the summit, thanked the leaders.',
        'Polish Prime Minister Rui Carvalho said the summit showed Europe was strong.',
      ),
    ];
    const events = groups(readings);
    assert.equal(events.length, 1, events.map((e) => e.label).join('; '));
    assert.equal(events[0].mentions.length, 3);
  });

  it('takes "X told Y" after the article reported their phone call for what was said in the call', () => {
    const readings = [
      read(
        'a.txt',
        '2024-03-13',
        'Hungarian Prime Minister Anna Kovacs and Portuguese President Pedro Almeida spoke by phone on Tuesday.',
        'According to state media, Kovacs told Almeida that the border was "a red line".',
      ),
    ];
    const events = groups(readings);
    assert.deepEqual(events.map((e) => [e.kind, e.mentions.length]), [['call', 2]]);
  });

  it('links a call one article reports by "X urged Y" and "during the phone call" to another article\'s report of it', () => {
    const readings = [
      read('a.txt', '2024-03-10', 'Hungarian Prime Minister Anna Kovacs on Sunday urged Portuguese President Pedro Almeida to reopen the port.', 'During the phone call, Kovacs stressed that the port was vital.'),
      read('b.txt', '2024-03-10', 'Portuguese President Pedro Almeida and Hungarian Prime Minister Anna Kovacs discussed the port in a telephone conversation on Sunday.'),
    ];
    const events = groups(readings);
    assert.deepEqual(events.map((e) => [e.kind, [...new Set(e.mentions.map((m) => m.file))].sort()]), [['call', ['a.txt', 'b.txt']]]);
  });

  it('takes the one invited to visit for the traveller', () => {
    const readings = [read('a.txt', '2024-03-13', 'Hungarian Prime Minister Anna Kovacs also invited Portuguese President Pedro Almeida to visit Hungary in August.')];
    const [event] = groups(readings);
    assert.deepEqual([event.kind, event.participants], ['visit', ['pedro-almeida']]);
  });

  it("names a tour's stops, not the dateline's place or the traveller's country", () => {
    const readings = [read('a.txt', '2024-03-12', "LISBON, March 12 (Reuters) - Portugal's special envoy Rui Carvalho began a tour of Europe on Tuesday, starting in Poland.")];
    const labels = groups(readings).map((e) => e.label);
    assert.deepEqual(labels, ["Rui Carvalho's tour: Poland, 12 Mar 2024"]);
  });

  it('reads "held talks …, followed by a joint news conference" as talks, and "hoped to visit" as only talked of', () => {
    const readings = [
      read(
        'a.txt',
        '2024-03-14',
        'Hungarian Prime Minister Anna Kovacs and Portuguese President Pedro Almeida held talks in Lisbon on Thursday, followed by a joint news conference.',
        'Kovacs told reporters that she hoped to visit Porto at an appropriate time.',
      ),
    ];
    const labels = groups(readings).map((e) => e.label);
    assert.equal(labels[0], 'Talks: Anna Kovacs and Pedro Almeida, Lisbon, 14 Mar 2024');
    assert.equal(labels.length, 2);
    assert.match(labels[1], /^Visit: Anna Kovacs .*\(only talked of; date not pinned\)$/);
  });

  it('names the month of an occasion whose reports give a month and no day', () => {
    const [visit] = groups([read('a.txt', '2024-03-14', 'President Ivan Cruz will visit Lisbon in November, his office said.')]);
    assert.equal(visit.label, 'Ivan Cruz visits Lisbon, Nov 2024 (announced; day not pinned)');
    assert.equal(visit.date, null);
  });

  it('reads a meeting "dropped from the schedule" as not held, and a visitor "due in" a city as announced', () => {
    const labels = groups([
      read('a.txt', '2024-03-14', 'A meeting between Anna Kovacs and Pedro Almeida was dropped from the schedule.'),
      read('b.txt', '2024-03-14', 'Later in the year, President Ivan Cruz is due in Lisbon for a state visit.'),
    ]).map((e) => e.label);
    assert.deepEqual(labels.sort(), ['Anna Kovacs meets Pedro Almeida (did not take place; date not pinned)', 'Ivan Cruz visits Lisbon (announced; date not pinned)']);
  });

  it('names a visit by its place, or by its traveller alone when no place is given: no "abroad" it does not know', () => {
    const labels = groups([
      read('a.txt', '2024-03-14', 'Prime Minister Anna Kovacs arrived in Lisbon on Thursday.'),
      read('b.txt', '2024-03-14', 'Finance Minister Pedro Almeida arrived at parliament on Thursday morning.'),
    ]).map((e) => e.label);
    assert.deepEqual(labels.sort(), ['Anna Kovacs visits Lisbon, 14 Mar 2024', 'Visit: Pedro Almeida, 14 Mar 2024']);
  });

  it('takes the nationality before a peace plan for its issuer', () => {
    const readings = [read('a.txt', '2024-03-13', 'Hungarian Prime Minister Anna Kovacs and Portuguese President Pedro Almeida would discuss the Chinese peace plan, the Kremlin said.')];
    const [event] = groups(readings);
    assert.ok(event.participants.includes('China'), JSON.stringify(event.participants));
    assert.match(event.label, /^China's peace plan/);
  });

  it('names a document of no known issuer and no known sort "Document", and its reporter no issuer', () => {
    const [event] = groups([
      read('a.txt', '2024-03-13', 'Ivan Cruz, the U.S. State Department spokesperson, confirmed today, Wednesday, that Washington continues its dialogue with partners in the region to present a revised proposal on fisheries.'),
    ]);
    assert.deepEqual(event.participants, []);
    assert.equal(event.label, 'Document, 13 Mar 2024');
  });

  it('reads a call asked about for what was said in it as held, and a conversation held via telephone as a call', () => {
    const readings = [read('a.txt', '2024-03-13', 'What did Hungarian Prime Minister Anna Kovacs say in a leaked phone call with Portugal’s Rui Carvalho?')];
    assert.doesNotMatch(groups(readings).find((e) => e.kind === 'call')?.label ?? '', /only talked of/);
    const conversation = read('b.txt', '2024-03-13', 'The conversation between Hungarian Prime Minister Anna Kovacs and Portugal’s Rui Carvalho, conducted via telephone on March 10, addressed the border.');
    assert.deepEqual(conversation.eventMentions.map((m) => [m.kind, m.date]), [['call', '2024-03-10']]);
  });

  it('reads a meeting asked about as only talked of', () => {
    const readings = [read('a.txt', '2024-03-13', 'Hungarian Prime Minister Anna Kovacs spoke to reporters.', 'Will you meet Portuguese President Pedro Almeida?')];
    assert.match(groups(readings).find((e) => e.kind === 'meeting')?.label ?? '', /\(only talked of; date not pinned\)$/);
  });

  it('gives a call no place, not even one its speakers name', () => {
    const readings = [
      read('a.txt', '2024-03-13', 'Hungarian Prime Minister Anna Kovacs and Portuguese President Pedro Almeida held a video call on Wednesday.', '"We expect you on a state visit to Budapest," Kovacs told Almeida in the opening remarks of the call.'),
    ];
    assert.deepEqual(groups(readings).map((e) => e.label), ['Call: Anna Kovacs and Pedro Almeida, 13 Mar 2024']);
  });

  it('keeps a call apart from the visit it talks of, and reads "expected X to make a visit" as announced', () => {
    const readings = [
      read('a.txt', '2024-03-13', 'Hungarian Prime Minister Anna Kovacs and Portuguese President Pedro Almeida held a video call on Wednesday, with Kovacs saying she expected Almeida to make a state visit to Budapest in the spring.'),
    ];
    const events = groups(readings);
    assert.deepEqual(events.map((e) => e.kind), ['call', 'visit']);
    assert.match(events[1].label, /\(announced; date not pinned\)$/);
  });

  it('says of an occasion the text says did not happen that it did not take place', () => {
    const readings = [read('a.txt', '2024-03-13', 'Hungarian Prime Minister Anna Kovacs never visited Portugal during her term.')];
    const labels = groups(readings).map((e) => e.label);
    assert.deepEqual(labels, ['Anna Kovacs visits Portugal (did not take place; date not pinned)']);
  });

  it('takes what someone had said would not happen for their word, not for an occasion that did not take place', () => {
    const label = (sentence: string) => groups([read('a.txt', '2024-03-13', sentence)]).map((e) => e.label);
    assert.deepEqual(label('President Anna Kovacs met Prime Minister Pedro Almeida in Lisbon, a sit-down she had earlier insisted would not take place.'), ['Anna Kovacs meets Pedro Almeida, Lisbon (date not pinned)']);
    assert.deepEqual(label('The meeting of President Anna Kovacs with Prime Minister Pedro Almeida in Lisbon will not take place.'), ['Anna Kovacs meets Pedro Almeida, Lisbon (did not take place; date not pinned)']);
  });

  it('takes "the decision to abandon the summit" for the summit called off, and one occasion with its cancellation', () => {
    const readings = [read('a.txt', '2024-03-13', 'President Anna Kovacs cancelled her upcoming meeting with Prime Minister Pedro Almeida in Lisbon.', 'The decision to abandon the summit with Kovacs and Almeida surprised the region.')];
    assert.deepEqual(groups(readings).map((e) => [e.label.replace(/ \(.*$/u, ''), e.mentions.length, /did not take place/u.test(e.label)]), [['Anna Kovacs meets Pedro Almeida, Lisbon', 2, true]]);
  });

  it('says of an occasion no report says took place that it was only talked of', () => {
    const readings = [read('a.txt', '2024-03-13', 'Hungarian Prime Minister Anna Kovacs said on Monday that the EU should open direct talks with Portugal.')];
    const labels = groups(readings).map((e) => e.label);
    // Monday is the day she said it, not a day of the talks.
    assert.deepEqual(labels, ['Talks with Anna Kovacs (only talked of; date not pinned)']);
  });

  it('labels a meeting that names no one by the organisation that held it', () => {
    const readings = [read('a.txt', '2024-03-13', 'NATO foreign ministers met on Monday to discuss support for the alliance.')];
    const labels = groups(readings).map((e) => e.label);
    assert.deepEqual(labels, ['NATO meeting, 11 Mar 2024']);
  });
});

describe('findEventMentions: absentees, announcers and reporters take part in nothing', () => {
  const names = (r: ReturnType<typeof read>, kind: string) => {
    const byKey = new Map(r.people.people.map((p) => [p.key, p.name]));
    return r.eventMentions.filter((m) => m.kind === kind).map((m) => m.participants.map((k) => byKey.get(k) ?? k).sort());
  };

  it('reads "X did not attend Monday\'s meeting" as a meeting held without X', () => {
    const readings = [read('a.txt', '2024-03-13', 'Foreign ministers of the bloc met in Brussels on Monday to discuss sanctions.', "Hungarian Foreign Minister Laszlo Farkas did not attend Monday's meeting.")];
    assert.deepEqual(names(readings[0], 'meeting'), [[], []]);
    const [event] = groups(readings);
    assert.equal(groups(readings).length, 1);
    assert.equal(event.label, 'Meeting, Brussels, 11 Mar 2024');
  });

  it('leaves out one who did not accompany the minister to the meeting', () => {
    const r = read(
      'a.txt',
      '2024-03-13',
      'Chancellor Lena Vogt met Prime Minister Ivan Cruz in Warsaw on Monday.',
      'Government spokesman Tom Reed himself did not accompany the chancellor to the meeting with Cruz.',
    );
    assert.ok(names(r, 'meeting').every((people) => !people.includes('Tom Reed')));
  });

  it('leaves out a spokesman who announced the trip, and one it was announced by', () => {
    const announced = read('a.txt', '2024-03-13', 'Spokesman Tom Reed announced on Friday that Chancellor Lena Vogt would travel to Paris next week for talks with President Rui Carvalho.');
    assert.deepEqual(names(announced, 'talks'), [['Lena Vogt', 'Rui Carvalho']]);
    const by = read('b.txt', '2024-03-13', 'President Rui Carvalho will visit Lima next week.', 'The visit was announced on Monday by Chief Cabinet Secretary Kenji Sato.');
    assert.ok(names(by, 'visit').every((people) => !people.includes('Kenji Sato')));
  });

  it('takes no reporter of the byline for a participant', () => {
    const r = read(
      'a.txt',
      '2024-03-13',
      'By Pacific affairs reporter Ana Ruiz and Tom Reed in Lima',
      'Forum leaders have ended their annual meeting in the capital with a joint communique.',
      'Eighteen members were at the two-day summit that opened on Monday.',
    );
    assert.deepEqual(r.eventMentions.flatMap((m) => m.participants), []);
  });
});
