import * as assert from 'node:assert/strict';
import { countriesOfPlaces, findEventPlaces } from '../../../src/core/events/places';
import { readEventTime, referenceDay, timeWords } from '../../../src/core/events/eventTime';
import { readArticle } from '../../../src/core/article/readArticle';
import { isAnnounced, isRecall } from '../../../src/core/events/cues';
import { formatDays } from '../../../src/core/dates';
import { groups, read, linkedFiles } from './inventedArticles';
import { readFrame } from '../../../src/core/events/eventFrame';

// Invented sentences and articles; 2024-03-13 is a Wednesday.

describe('findEventPlaces: the place of the event, not every place of the clause', () => {
  const cases: Array<[string, string[]]> = [
    ['The two ministers sat down at around 10:30 a.m. local time in Vienna for talks.', ['Vienna']],
    ['The ministers met in Lisbon on Monday.', ['Lisbon']],
    // A country's capital named by the country: its capital, from the gazetteer's table.
    ['Pacific leaders ended their summit in the Fiji capital on Friday.', ['Suva']],
    ['Ruto held talks with Kovacs in the Kenyan capital.', ['Nairobi']],
    ['The envoys met in the Portuguese capital on Sunday.', ['Lisbon']],
    ['The ministers met in the Hungarian capital, Budapest, on Monday.', ['Budapest']],
    ['A meeting in the state capital was called off.', []],
    ['They held talks at the Belem Palace in Lisbon.', ['Belem Palace', 'Lisbon']],
    ['In Lisbon on Monday, the two ministers met for an hour.', ['Lisbon']],
    ['She praised the troops fighting in Moldova as the leaders met to discuss grain exports.', []],
    ['The leaders met to discuss the war in Moldova.', []],
    // An occasion talked about has its own place, not the clause's.
    ['Holm used the meeting in Oslo to raise concerns about the visit of research vessels to Tromso.', ['Oslo']],
    ['Holm used the meeting to raise concerns about the visit of research vessels to Tromso.', []],
    ['He visited Lisbon last spring.', ['Lisbon']],
    ['Tomorrow the head of state will visit the city of Lisbon.', ['Lisbon']],
    ['He visited the Portuguese capital, Lisbon.', ['Lisbon']],
    ['The talks on the crisis in Moldova ended late.', []],
    ['Prices rose in Lisbon.', []],
    ['The ministers held talks in the Portuguese capital of Lisbon on Sunday.', ['Lisbon']],
    ['The ministers resumed talks in the Portuguese capital, Lisbon, on Sunday.', ['Lisbon']],
    ['The envoys met in the Brazilian city of Recife.', ['Recife']],
    // A nationality or a titled person after "in" or "to" is no place.
    ['During the call, the two discussed the latest turn in the Portuguese hostages deal.', []],
    ['The talks stalled due to Portuguese Prime Minister Rui Vaz and his demands.', []],
    ['Portugal welcomes active participation in Belt and Road construction, the minister said.', []],
    // A possessive place before what happened there is its possessor.
    ["They held talks in Lisbon and mourned those killed in Moldova's civil war.", ['Lisbon']],
    ["The ministers met in Moldova's capital on Monday.", ['Moldova']],
    // A war, a revolution or games are no places.
    ['The president paid a state visit to Moldova and attended celebrations of Victory in the Great Patriotic War.', ['Moldova']],
    // A journey's verb takes its destination: "travel to", "flew to", "headed to".
    ['The finance minister will travel to Portugal later this week.', ['Portugal']],
    ['The envoy flew to Lisbon on Monday.', ['Lisbon']],
    // One travels to a place, and a city is named as one, known or not; a plan names where its event is held.
    ['Envoy Li Wei, who travelled to Suva, met Prime Minister Tom Rabe on Monday.', ['Suva']],
    ['Berg is expected to travel to the port city of Skudeneshavn on Friday, where she will tour a shipyard.', ['Skudeneshavn']],
    ['A summit that was due to open in Lomé on Friday has been called off.', ['Lomé']],
    ['A similar encounter planned for Accra in March was also postponed.', ['Accra']],
    ['A meeting planned for March was postponed.', []],
    ['He cancelled his meeting with Holm which had been due to take place in Lima on June 12.', ['Lima']],
    ['The envoy travelled to Prime Minister Rabe for talks.', []],
    ['The summit took up the war, which began in Ukraine.', []],
    // A headline in title case runs the place into the words after it; a venue keeps its whole name.
    ["Berg: Holm's Visit to Norway Strengthens Mutual Understanding, Trust", ['Norway']],
    ['Holm landed at Oslo Gardermoen Airport for the visit.', ['Oslo Gardermoen Airport']],
  ];
  for (const [sentence, expected] of cases) {
    it(`reads "${sentence}"`, () => assert.deepEqual(findEventPlaces(sentence), expected));
  }
});

describe('countriesOfPlaces', () => {
  it('reads the country a place is in, and none in a region named after one', () => {
    assert.deepEqual(countriesOfPlaces(['Washington', 'Lisbon']), ['United States', 'Portugal']);
    assert.deepEqual(countriesOfPlaces(['America']), ['United States']);
    assert.deepEqual(countriesOfPlaces(['Latin America', 'South America', 'Central America']), []);
  });

  it('knows the countries of the world and their capitals, not only the ones in the news most', () => {
    assert.deepEqual(countriesOfPlaces(['Asmara', 'Ouagadougou', 'Kingstown', 'Pristina', 'Suva']), ['Eritrea', 'Burkina Faso', 'Saint Vincent and the Grenadines', 'Kosovo', 'Fiji']);
  });
});

describe('findEventMentions: participants, places and times', () => {
  /** Each event mention of invented paragraphs, as its kind and participants. */
  const kindsAndParticipants = (...paragraphs: string[]) => read('a.txt', '2024-03-13', ...paragraphs).eventMentions.map((e) => [e.kind, e.participants]);

  it('takes "the two leaders" for the two its paragraph named last, when no occasion or "X and Y" came before', () => {
    const found = kindsAndParticipants(
      'Prime Minister Anna Kovacs informed President Rui Carvalho of attacks on the border. According to Kovacs, Carvalho assured her of his support. Her remarks came after a meeting between the two leaders at the palace on Friday.',
    );
    assert.deepEqual(found, [['meeting', ['rui-carvalho', 'anna-kovacs']]]);
  });

  it('takes no traveller from a name that qualifies a body ("the Kovacs administration")', () => {
    const found = kindsAndParticipants(
      'President Anna Kovacs welcomed President Rui Carvalho to Lisbon on Tuesday.',
      'The state visit, the second of the Kovacs administration, will last three days.',
    );
    // The visit is the one reported before, not a journey of Kovacs's own.
    assert.ok((found.find(([kind]) => kind === 'visit')?.[1] as string[]).includes('rui-carvalho'), JSON.stringify(found));
  });

  it('does not reach into an earlier paragraph for the other of "the two leaders"', () => {
    const found = kindsAndParticipants('President-elect Ola Berg said on Thursday that he would pick a new cabinet.', 'President Anna Kovacs praised her Portuguese counterpart, as the two leaders met on Saturday.');
    assert.ok(!found.some(([, people]) => (people as string[]).includes('ola-berg')), JSON.stringify(found));
  });

  it('takes the guest for the traveller of a visit they are received on, and no one named for a group\'s journey', () => {
    const visits = (...paragraphs: string[]) => kindsAndParticipants(...paragraphs).filter(([kind]) => kind === 'visit');
    // Received, greeted, called on: the one received travels, whoever receives them.
    assert.deepEqual(visits('Earlier in the day, Anna Kovacs, who went to Lisbon yesterday for a two-day visit, was accorded a ceremonial reception by Rui Carvalho at the palace.'), [['visit', ['anna-kovacs']]]);
    assert.deepEqual(visits('Earlier today, Prime Minister Anna Kovacs was greeted by Rui Carvalho at the presidential residence and was accorded a ceremonial welcome upon her arrival.'), [['visit', ['anna-kovacs']]]);
    assert.deepEqual(visits('The Portuguese minister visited Anna Kovacs at the Tivoli hotel in Lisbon, reports our correspondent.'), [['visit', []]]);
    // A team, a delegation, businesses: no one the clause names.
    assert.deepEqual(visits('President Rui Carvalho has said a technical team will soon visit Hungary to discuss the river.'), []);
    assert.deepEqual(visits('President Rui Carvalho has promised to simplify visas for Hungarian businesses wishing to travel to Portugal.'), [['visit', []]]);
  });

  it('takes one traveller for "her first visit" after two people met: the one last named', () => {
    assert.deepEqual(
      kindsAndParticipants(
        'Two neighbours signed seven deals on Saturday after Prime Minister Rui Carvalho had talks with Prime Minister Anna Kovacs.',
        'In her remarks, Kovacs said ties had been on an upswing.',
        'This is her first visit to the country since the elections.',
      ),
      [
        ['talks', ['rui-carvalho', 'anna-kovacs']],
        ['visit', ['anna-kovacs']],
      ],
    );
  });

  it('takes no one honoured at a memorial for a party to a meeting', () => {
    assert.deepEqual(
      kindsAndParticipants('Prime Minister Anna Kovacs and President Rui Carvalho met ministers at the venue, after which she left to pay respects to Marcus Ferreira at his tomb.').filter(([kind]) => kind === 'meeting'),
      [['meeting', ['anna-kovacs', 'rui-carvalho']]],
    );
  });

  it('takes no day or place of an occasion from what was said there', () => {
    const r = read(
      'a.txt',
      '2024-07-05',
      'On Friday, July 5, Prime Minister Henrik Dahl arrived in Moscow and met President Ivan Petrov in the Kremlin.',
      'At a press conference after the talks with the Norwegian prime minister, Petrov noted that judging by what Dahl said after his visit to Ukraine on July 2, "Kyiv is not ready for talks."',
      'Foreign ministers met in Brussels on Thursday. Dahl said that the main agenda would be the preparations for the summit in Washington in July.',
    );
    const press = r.eventMentions.find((e) => e.kind === 'press-conference');
    assert.ok(press, JSON.stringify(r.eventMentions.map((e) => e.kind)));
    assert.notEqual(press.date, '2024-07-02');
    assert.notEqual(press.place, 'Ukraine');
    const ministers = r.eventMentions.find((e) => e.text.startsWith('Foreign ministers met'));
    assert.equal(ministers?.place, 'Brussels');
  });

  it('takes role descriptions for the people they stand for', () => {
    const r = read(
      'a.txt',
      '2024-03-13',
      'Chilean President Rosa Fuentes and Peruvian President Ivan Cruz attended a trade fair.',
      'The Chilean leader warned the Peruvian president against new tariffs.',
    );
    const m = r.eventMentions.find((e) => e.text.startsWith('The Chilean leader'));
    assert.ok(m, 'no mention for the described encounter');
    assert.deepEqual([...m.participants].sort(), ['ivan-cruz', 'rosa-fuentes']);
  });

  const times: Array<[string, string | null]> = [
    ['Anna Kovacs met Pedro Almeida on Monday, their first meeting since they took office in 2019.', '2024-03-11'],
    // A clause that looks back keeps its own time.
    ['Anna Kovacs and Pedro Almeida last met in 2019.', null],
    // The day a trailing attribution names is the report's, not the occasion's.
    ['Anna Kovacs held talks with Pedro Almeida in Lisbon, the ministry said on Tuesday.', null],
    ['Anna Kovacs held talks with Pedro Almeida on Monday, the ministry said on Tuesday.', '2024-03-11'],
    // The day of an arrival in a relative clause is the journey's, not the meeting's.
    ['Anna Kovacs, who arrived in Lisbon on Monday aboard a government plane, also met Pedro Almeida.', null],
  ];
  for (const [sentence, date] of times) {
    it(`dates "${sentence}"`, () => {
      const [mention] = read('a.txt', '2024-03-13', sentence).eventMentions;
      assert.ok(mention);
      assert.equal(mention.date, date);
    });
  }

  it('reads "visited X, where he met Y" as a meeting in X and the journey there', () => {
    const r = read('a.txt', '2024-08-23', 'On July 8-9, Prime Minister Ivan Cruz visited Oslo, where he met Norwegian Prime Minister Erik Solvang.');
    const meeting = r.eventMentions.find((e) => e.kind === 'meeting');
    const visit = r.eventMentions.find((e) => e.kind === 'visit');
    assert.ok(meeting && visit);
    assert.deepEqual([meeting.place, [...meeting.participants].sort()], ['Oslo', ['erik-solvang', 'ivan-cruz']]);
    assert.deepEqual([visit.place, visit.participants], ['Oslo', ['ivan-cruz']]);
  });

  it('reads "met separately with A and B" and "talks with A and with B" as a meeting with each', () => {
    const pairs = (sentence: string) =>
      read('a.txt', '2024-03-13', sentence)
        .eventMentions.filter((e) => e.kind === 'meeting' || e.kind === 'talks')
        .map((e) => [...e.participants].sort().join('+'));
    assert.deepEqual(pairs('Foreign Minister Anna Kovacs met separately on Monday with Prime Minister Ivan Cruz and opposition leader Rosa Fuentes.'), ['anna-kovacs+ivan-cruz', 'anna-kovacs+rosa-fuentes']);
    assert.deepEqual(pairs('Foreign Minister Anna Kovacs held talks in Lima with Prime Minister Ivan Cruz and with Finance Minister Rosa Fuentes.'), ['anna-kovacs+ivan-cruz', 'anna-kovacs+rosa-fuentes']);
    // Without either, one meeting of the three.
    assert.deepEqual(pairs('Foreign Minister Anna Kovacs met Prime Minister Ivan Cruz and Finance Minister Rosa Fuentes in Lima.'), ['anna-kovacs+ivan-cruz+rosa-fuentes']);
  });

  it('reads "before sitting down with X on Tuesday" as a meeting of its own, on its own day', () => {
    const r = read('a.txt', '2024-03-13', 'Foreign Minister Anna Kovacs met Prime Minister Ivan Cruz on Monday before sitting down with her counterpart Rosa Fuentes on Tuesday.');
    const days = r.eventMentions.filter((e) => e.kind === 'meeting').map((e) => [e.date, e.participants.includes('rosa-fuentes')]);
    assert.deepEqual(days, [['2024-03-11', false], ['2024-03-12', true]]);
  });

  it('takes the one who receives a visitor for the host, not a traveller', () => {
    const r = read('a.txt', '2025-11-04', 'President Ivan Cruz received on Tuesday, at the palace, Prime Minister Anna Kovacs, who is on an official visit to Chile until Thursday.');
    const visit = r.eventMentions.find((e) => e.kind === 'visit');
    assert.ok(visit);
    assert.deepEqual(visit.participants, ['anna-kovacs']);
  });

  it('takes host and visitor for "the two leaders" after the visit, though the visit is the visitor\'s alone', () => {
    const r = read(
      'a.txt',
      '2025-11-04',
      'President Ivan Cruz received on Tuesday, at the palace, Prime Minister Anna Kovacs, who is on an official visit to Chile until Thursday.',
      'After the welcome ceremony, the two leaders held a private meeting.',
    );
    const meeting = r.eventMentions.find((e) => e.kind === 'meeting' && e.text.startsWith('After'));
    assert.ok(meeting);
    assert.deepEqual([...meeting.participants].sort(), ['anna-kovacs', 'ivan-cruz']);
  });

  it('does not take the last one named for the "he" of a described traveller', () => {
    const r = read('a.txt', '2024-03-13', 'Foreign Minister Anna Kovacs met her counterpart in Lima.', 'On Wednesday, the Chilean president travelled to Santiago, where he opened a museum.');
    const visit = r.eventMentions.find((e) => e.kind === 'visit' && e.text.includes('travelled'));
    assert.ok(visit);
    assert.deepEqual(visit.participants, []);
  });

  it('does not take the host named after "held talks with" for the traveller of a visit', () => {
    const r = read('a.txt', '2024-03-13', 'Previously, the official embarked on a visit to six capitals, and held talks with Foreign Minister Pedro Almeida in Lisbon on Friday.');
    const visit = r.eventMentions.find((e) => e.kind === 'visit');
    assert.ok(visit, 'no visit');
    assert.deepEqual(visit.participants, []);
  });

  it("takes the one whose visit it is for its traveller, not the one who speaks of it", () => {
    const r = read('a.txt', '2024-03-13', 'Portuguese President Rui Carvalho called Anna Kovacs\'s visit a "historic moment."');
    const visit = r.eventMentions.find((e) => e.kind === 'visit');
    assert.ok(visit, 'no visit');
    assert.deepEqual(visit.participants, ['anna-kovacs']);
    const by = read('b.txt', '2024-03-13', 'Portuguese President Rui Carvalho said he was glad to see the second visit to Lisbon in a month by Anna Kovacs.').eventMentions.find((e) => e.kind === 'visit');
    assert.deepEqual(by?.participants, ['anna-kovacs']);
  });

  it('takes, of people from the country visited and people from elsewhere, the latter for travellers', () => {
    const r = read(
      'a.txt',
      '2024-03-13',
      'Portuguese President Rui Carvalho hosted Hungarian Prime Minister Anna Kovacs on Monday.',
      'According to Portuguese sources, Carvalho also invited Kovacs to visit Lisbon.',
    );
    assert.deepEqual(r.eventMentions.find((e) => e.kind === 'visit')?.participants, ['anna-kovacs']);
  });

  it('does not take the one who reports the words for a participant, unless the event follows the name', () => {
    const found = kindsAndParticipants(
      'Hungarian Prime Minister Anna Kovacs and Columnist Maria Lopez both spoke on Monday.',
      'In agreeing to meet, Kovacs "sends a message that her government wants calm," writes Maria Lopez at the Lisbon Daily.',
      'Time to get down to work, says Kovacs after flying visit to Lisbon.',
    );
    assert.deepEqual(found, [
      ['meeting', ['anna-kovacs']],
      ['visit', ['anna-kovacs']],
    ]);
  });

  it('does not take the spokesman who reports a meeting for a participant, nor anyone but the two a meeting is "between"', () => {
    assert.deepEqual(kindsAndParticipants('Anna Kovacs is scheduled to meet Portuguese President Rui Carvalho later in the day, Kremlin spokesman Pedro Almeida said.'), [
      ['meeting', ['anna-kovacs', 'rui-carvalho']],
    ]);
    const between = kindsAndParticipants(
      'Hungarian Prime Minister Anna Kovacs, Portuguese President Rui Carvalho and Moldovan President Pedro Almeida spoke on Monday.',
      "Kovacs's visit is widely believed to be a precursor to a meeting between Carvalho and Almeida.",
    );
    assert.deepEqual(between.find(([kind]) => kind === 'meeting'), ['meeting', ['rui-carvalho', 'pedro-almeida']]);
  });

  it('gives a clause that goes on without a subject ("…, and met X") the subject before it', () => {
    const found = kindsAndParticipants('Hungarian Prime Minister Anna Kovacs arrived in Lisbon on Monday for a state visit, and met Portuguese President Pedro Almeida on Tuesday.');
    assert.deepEqual(found.find(([kind]) => kind === 'meeting'), ['meeting', ['anna-kovacs', 'pedro-almeida']]);
  });

  it('gives "the visit" the traveller reported before, not someone it names only as an object', () => {
    const found = kindsAndParticipants(
      'Hungarian Prime Minister Anna Kovacs arrives in Lisbon on Monday for a state visit.',
      'Portuguese President Pedro Almeida will host her.',
      'One diplomat said the visit was "a gift" to Almeida.',
    );
    assert.deepEqual(found.filter(([kind]) => kind === 'visit'), [['visit', ['anna-kovacs']], ['visit', ['anna-kovacs']]]);
  });

  it('gives "the two leaders" the pair named together before, when no occasion was reported yet', () => {
    const found = kindsAndParticipants(
      'Hungarian Prime Minister Anna Kovacs and Portuguese President Pedro Almeida agreed to ease border tensions, the ministry said.',
      'The two leaders spoke briefly on the sidelines of the EU summit in Brussels on Wednesday.',
    );
    assert.deepEqual(found, [['summit', ['anna-kovacs', 'pedro-almeida']]]);
  });

  it('gives "the two leaders" the pair named together with "his counterpart" between them', () => {
    const found = kindsAndParticipants(
      'Portuguese President Pedro Almeida and his Hungarian counterpart Anna Kovacs agreed on Tuesday to ease border tensions.',
      'The two leaders held talks at the presidential palace in the Belem district.',
    );
    assert.deepEqual(found, [['talks', ['pedro-almeida', 'anna-kovacs']]]);
  });

  it('gives a joint press conference of one of the two who met the other too', () => {
    const found = kindsAndParticipants(
      'Hungarian Prime Minister Anna Kovacs met Portuguese President Pedro Almeida in Lisbon on Tuesday.',
      'Speaking at a joint press conference on Tuesday, Kovacs said the port would reopen in May.',
    );
    assert.deepEqual(found.find(([kind]) => kind === 'press-conference'), ['press-conference', ['anna-kovacs', 'pedro-almeida']]);
  });

  it('takes no place from a "since …" phrase that recalls an earlier occasion', () => {
    const [mention] = read('a.txt', '2024-03-13', 'Anna Kovacs and Pedro Almeida spoke by phone on Tuesday, their first conversation since their summit in Lisbon in November.').eventMentions;
    assert.ok(mention);
    assert.equal(mention.place, null);
  });

  it('takes no date and no look back from a "since …" phrase that names no occasion', () => {
    // Published Wednesday 2025-05-07: "300 days ago" is 2024-07-11.
    const mentions = read('a.txt', '2025-05-07', "Kovacs's visit to Lisbon, her first trip abroad since the floods began 300 days ago, was kept secret until the eve of her arrival.").eventMentions;
    const visit = mentions.find((m) => m.kind === 'visit');
    assert.ok(visit, JSON.stringify(mentions.map((m) => m.kind)));
    const frame = readFrame(visit, '2025-05-07', (k) => k);
    assert.equal(frame.recall, false);
    assert.equal(frame.time, null);
  });

  it('reads "after becoming prime minister in May last year" as the start of a period too', () => {
    const [visit] = read('a.txt', '2025-05-07', "This is Kovacs's first visit to Lisbon after becoming prime minister in May last year.").eventMentions;
    assert.ok(visit);
    const frame = readFrame(visit, '2025-05-07', (k) => k);
    assert.deepEqual([frame.recall, frame.time], [false, null]);
  });

  it('does not take a spokesperson who reports the occasion for a participant, wherever the report opens', () => {
    const found = kindsAndParticipants(
      'Kremlin spokesman Pedro Almeida said Hungarian Prime Minister Anna Kovacs met Portuguese President Rui Carvalho in Lisbon on Friday.',
      "According to a statement released by Carvalho's foreign policy aide, Marta Lindqvist, Kovacs and Carvalho also held talks with business leaders.",
      'A spokesperson for the presidency, Ivan Cruz, said Kovacs would meet Carvalho again in Porto on Monday.',
    );
    assert.deepEqual(found, [
      ['meeting', ['anna-kovacs', 'rui-carvalho']],
      ['talks', ['anna-kovacs', 'rui-carvalho']],
      ['meeting', ['anna-kovacs', 'rui-carvalho']],
    ]);
  });

  it('does not take the author of a statement, or an adviser to someone, who reports the occasion for a participant', () => {
    const found = kindsAndParticipants(
      'A statement by Ivan Cruz said President Anna Kovacs and President Rui Carvalho will engage in substantive talks on trade.',
      'Marta Lindqvist, the Special Adviser to the President on Information and Strategy, said Kovacs and Carvalho would meet again in Porto on Monday.',
    );
    assert.deepEqual(found, [
      ['talks', ['anna-kovacs', 'rui-carvalho']],
      ['meeting', ['anna-kovacs', 'rui-carvalho']],
    ]);
  });

  it('takes an aide who names the occasion before speaking, or who says nothing, for a participant', () => {
    const found = kindsAndParticipants(
      "Carvalho's aide Marta Lindqvist met Hungarian Prime Minister Anna Kovacs in Lisbon on Friday.",
    );
    assert.deepEqual(found, [['meeting', ['marta-lindqvist', 'anna-kovacs']]]);
  });

  it('takes "she" for the possessor named in her own paragraph before anyone named further back', () => {
    const found = kindsAndParticipants(
      'Hungarian Prime Minister Anna Kovacs and Portuguese President Pedro Almeida spoke on Monday.',
      'Ambassador Rui Carvalho said the embassy would reopen.',
      "The trip was Kovacs's second to Portugal this year. She is expected to meet Almeida later in the day.",
    );
    assert.deepEqual(found.find(([kind]) => kind === 'meeting'), ['meeting', ['pedro-almeida', 'anna-kovacs']]);
  });

  it('reads "after hosting X" and a signing past an initialism as meetings, and "bilateral" before trade or ties as none', () => {
    const found = kindsAndParticipants(
      'Hungarian Prime Minister Anna Kovacs hailed the deal after hosting Portuguese President Rui Carvalho in Budapest.',
      'Kovacs and Carvalho signed the Hungary-U.K. Comprehensive Trade Agreement at the parliament.',
      'Carvalho said it was the biggest bilateral trade deal Portugal had signed, and bilateral ties would deepen.',
    );
    assert.deepEqual(found, [
      ['meeting', ['anna-kovacs', 'rui-carvalho']],
      ['meeting', ['anna-kovacs', 'rui-carvalho']],
    ]);
  });

  it('takes one who tells of an occasion with parties of its own for its source, and one who tells of talks for a party to them', () => {
    const found = kindsAndParticipants(
      'Union official Rosa Lindqvist said a meeting between the company and the county council in Tampere had been called off.',
      'Director Ines Moravec said the board would review the tariff at its meeting on Friday.',
      'According to inspector Tomas Lehtinen, officials from the regulator met the company in Tampere on Monday.',
      'Moravec said some differences remain in the pricing talks with Lehtinen.',
      'Moravec said the talks had made progress.',
    );
    assert.deepEqual(found, [
      ['meeting', []],
      ['meeting', []],
      ['meeting', []],
      ['talks', ['ines-moravec', 'tomas-lehtinen']],
      ['talks', ['ines-moravec']],
    ]);
  });

  it("takes a possessor for a participant only where the occasion is theirs", () => {
    const found = kindsAndParticipants(
      'Hungarian Prime Minister Anna Kovacs, Portuguese President Rui Carvalho and Moldovan President Pedro Almeida spoke on Monday.',
      "On Tuesday, Kovacs told Almeida, one of Carvalho's closest allies, that ties are solid.",
      "Following Carvalho's speech in Porto, Kovacs said the talks in Lisbon had made progress.",
      "Almeida's visit to Lisbon ended on Wednesday.",
    );
    assert.deepEqual(found, [
      ['meeting', ['anna-kovacs', 'pedro-almeida']],
      ['talks', ['anna-kovacs']],
      ['visit', ['pedro-almeida']],
    ]);
  });

  it('reads a journey after "after" as a clause of its own, with its own traveller, place and day', () => {
    const r = read(
      'a.txt',
      '2024-03-13',
      'Hungarian Prime Minister Anna Kovacs will meet Portuguese President Rui Carvalho, and both leaders will sign a treaty.',
      "Kovacs's trip comes after Moldovan President Pedro Almeida made a surprise visit to Lisbon on Monday in a show of support that both the army and the navy welcomed.",
    );
    const visits = r.eventMentions.filter((e) => e.kind === 'visit').map((e) => [e.participants, e.place, e.date]);
    assert.deepEqual(visits, [
      [['anna-kovacs'], null, null],
      [['pedro-almeida'], 'Lisbon', '2024-03-11'],
    ]);
  });

  it('takes the subject of an arrival, a pronoun, for its traveller, and not the one she met', () => {
    const r = read(
      'a.txt',
      '2024-03-13',
      'Hungarian Prime Minister Anna Kovacs spoke in Budapest on Thursday.',
      'Arriving for talks on Friday in the first visit to Portugal by a Hungarian prime minister, she embraced President Rui Carvalho.',
    );
    const participants = (kind: string) => r.eventMentions.find((e) => e.kind === kind)?.participants;
    assert.deepEqual(participants('visit'), ['anna-kovacs']);
    assert.deepEqual(participants('talks'), ['rui-carvalho', 'anna-kovacs']);
  });

  it('does not read a stray place of the sentence as the meeting place', () => {
    const [mention] = read('a.txt', '2024-03-13', 'Anna Kovacs praised the soldiers in Moldova as she met Pedro Almeida on Monday.').eventMentions;
    assert.ok(mention);
    assert.equal(mention.place, null);
  });
});

describe('readEventTime and isRecall: "comes days after"', () => {
  it('puts the occasion a report comes after in the days or weeks before, looking back', () => {
    assert.deepEqual(readEventTime('The visit comes just days after Berg visited Kelvara and signed a pact.', '2018-07-14', false), { day: null, from: '2018-06-30', to: '2018-07-13' });
    assert.deepEqual(readEventTime('The trip comes two weeks after the talks in Oslo.', '2018-07-14', false), { day: null, from: '2018-06-02', to: '2018-07-07' });
    assert.ok(isRecall('The visit comes just days after Berg visited Kelvara and signed a pact.'));
    assert.ok(!isRecall('The visit comes as the two countries mend ties.'));
    // After a time of something, the occasion reported is this one; after someone else's, an earlier one.
    assert.ok(!isRecall('The visit comes after months of tension between the neighbours.'));
    assert.ok(isRecall('The visit comes after the last one by President Tomas Berg in 2016.'));
  });
});

describe('readEventTime: a span of days', () => {
  const cases: Array<[string, string | null, [string, string, boolean] | null]> = [
    ['On July 8-9, the prime minister visited Oslo.', '2024-08-23', ['2024-07-08', '2024-07-09', true]],
    ['The summit runs from 24 to 27 May.', '2024-05-20', ['2024-05-24', '2024-05-27', true]],
    ['The ministers met in Vienna from May 24 to 27, 2024.', null, ['2024-05-24', '2024-05-27', true]],
    ['The ministers met in Vienna on 24–27 May 2024.', null, ['2024-05-24', '2024-05-27', true]],
    ['The summit takes place May 24 through 26.', '2024-05-01', ['2024-05-24', '2024-05-26', true]],
    // Two days named, not the days between them.
    ['They met on May 24 and 27.', '2024-06-01', ['2024-05-24', '2024-05-27', false]],
    // No span: a day and a time, a score, a lower-case "may".
    ['They met on May 24 - 9:30 a.m. local time.', '2024-06-01', ['2024-05-24', '2024-05-24', false]],
    ['Prices may 2-3 times rise.', '2024-06-01', null],
  ];
  for (const [sentence, reference, expected] of cases) {
    it(`reads "${sentence}"`, () => {
      const t = readEventTime(sentence, reference, /\b(?:runs|takes place)\b/.test(sentence));
      assert.deepEqual(t && [t.from, t.to, t.span === true], expected);
    });
  }

  it('reads a day a few weeks ahead as this year\'s, and a plan "had been scheduled" as past', () => {
    assert.deepEqual(readEventTime('The summit on 17 February will be decisive.', '2025-02-10', false), { day: '2025-02-17', from: '2025-02-17', to: '2025-02-17' });
    assert.deepEqual(readEventTime('The summit on 17 January was decisive.', '2025-02-10', false), { day: '2025-01-17', from: '2025-01-17', to: '2025-01-17' });
    assert.equal(isAnnounced('The meeting had been scheduled for Saturday.', false), false);
    assert.equal(isAnnounced('The meeting is scheduled for Saturday.', false), true);
  });

  it('reads a weekday with its day of the month ("On Thursday (6th)") as that day, ahead or behind, and "until Thursday" as the days up to it', () => {
    // Published Tuesday 2025-11-04.
    assert.deepEqual(readEventTime('On Thursday (6th), he travels to Salvador.', '2025-11-04', false), { day: '2025-11-06', from: '2025-11-06', to: '2025-11-06' });
    assert.deepEqual(readEventTime('He was received on Sunday, 2nd, at the palace.', '2025-11-04', false), { day: '2025-11-02', from: '2025-11-02', to: '2025-11-02' });
    assert.deepEqual(readEventTime('He is on an official visit until Thursday.', '2025-11-04', false), { day: null, from: '2025-11-04', to: '2025-11-06' });
    assert.deepEqual(readEventTime('He arrived on Thursday.', '2025-11-04', false), { day: '2025-10-30', from: '2025-10-30', to: '2025-10-30' });
  });

  it('reads a month with the year after it ("in March last year", "planned for April next year") in that year', () => {
    // Published Wednesday 2025-10-15.
    const month = (from: string, to: string) => ({ day: null, from, to });
    assert.deepEqual(readEventTime('The two ministers last met in Vilnius in March last year.', '2025-10-15', false), month('2024-03-01', '2024-03-31'));
    assert.deepEqual(readEventTime('They met in Vilnius in March of last year.', '2025-10-15', false), month('2024-03-01', '2024-03-31'));
    assert.deepEqual(readEventTime("Officials discussed the president's visit to Riga, which is planned for April next year.", '2025-10-15', true), month('2026-04-01', '2026-04-30'));
    assert.deepEqual(readEventTime('The opposition renewed its calls for May to resign after the summit.', '2025-10-15', false), null);
  });

  it('reads the day of an agreement as no day of the occasion announced as agreed ("agreed on Tuesday to hold talks … next month")', () => {
    // Published Tuesday 2025-05-06.
    const timeOf = (sentence: string, announced: boolean) => readEventTime(timeWords(sentence, false, false, announced), '2025-05-06', announced);
    assert.deepEqual(timeOf('Kovacs and Almeida agreed on Tuesday to hold a summit of their leaders in Lisbon next year.', true), { day: null, from: '2026-01-01', to: '2026-12-31' });
    assert.deepEqual(timeOf('Kovacs and Almeida agreed Tuesday to meet again in Lisbon.', true), null);
    // Held on the day the agreement was made: "during talks in Doha".
    assert.deepEqual(timeOf('Kovacs and Almeida agreed on Tuesday to extend the truce during talks in Doha.', false), { day: '2025-05-06', from: '2025-05-06', to: '2025-05-06' });
  });

  it('takes the day a trailing attribution names for the report\'s, after a quotation\'s closing mark too', () => {
    // Published Tuesday 2025-05-06.
    const sentence = 'The envoys met at the palace, where one “expressed his happiness with this visit,” the state agency reported early Tuesday.';
    assert.equal(readEventTime(timeWords(sentence, false), '2025-05-06', false), null);
    // Not a day said at an occasion named after it: that is the occasion's.
    const [meeting] = read('a.txt', '2025-05-06', '“We will do the best we can,” Ola Berg said on Monday as he held the first cabinet meeting of his term.').eventMentions;
    assert.equal(meeting?.date, '2025-05-05');
  });

  it('reads "a few minutes ago" as the page\'s own day, and no recall of an earlier occasion', () => {
    assert.deepEqual(readEventTime('A few minutes ago, Vardan arrived in Tbilisi on his first state visit in more than ten years.', '2025-05-06', false), { day: '2025-05-06', from: '2025-05-06', to: '2025-05-06' });
    assert.equal(isRecall('A few minutes ago, Vardan arrived in Tbilisi.'), false);
    assert.equal(isRecall('Two hours ago, Vardan arrived in Tbilisi.'), false);
    assert.equal(isRecall('Vardan visited Tbilisi a year ago.'), true);
  });

  it('reads "later this year" and an announced "by the end of the year" as after the day they are said', () => {
    // Published Tuesday 2025-05-06.
    const after = { day: null, from: '2025-05-07', to: '2025-12-31' };
    assert.deepEqual(readEventTime('Vardan will visit Tbilisi by the end of the year, at Okafor\'s invitation.', '2025-05-06', true), after);
    assert.deepEqual(readEventTime('The two leaders plan to meet again later this year.', '2025-05-06', true), after);
    // Not announced: a deadline told of, no window of an occasion.
    assert.equal(readEventTime('Vardan had promised to visit Tbilisi by the end of the year.', '2025-05-06', false), null);
  });

  it('reads "over the weekend" as the Saturday and Sunday before the publication day, and "this weekend" announced as the coming ones', () => {
    // Published Monday 2025-05-05; Saturday 2025-05-03.
    const weekend = (from: string, to: string) => ({ day: null, from, to });
    assert.deepEqual(readEventTime('Wage talks between the drivers and the transit authority collapsed over the weekend.', '2025-05-05', false), weekend('2025-05-03', '2025-05-04'));
    assert.deepEqual(readEventTime('The two sides will meet again this weekend.', '2025-05-05', true), weekend('2025-05-10', '2025-05-11'));
    assert.deepEqual(readEventTime('The talks collapsed over the weekend.', '2025-05-04', false), weekend('2025-05-03', '2025-05-04'));
  });

  it('writes a span of days in a label as briefly as it can', () => {
    assert.equal(formatDays('2024-07-08', '2024-07-09'), '8–9 Jul 2024');
    assert.equal(formatDays('2024-06-30', '2024-07-02'), '30 Jun – 2 Jul 2024');
    assert.equal(formatDays('2024-12-30', '2025-01-02'), '30 Dec 2024 – 2 Jan 2025');
    assert.equal(formatDays('2024-07-08', null), '8 Jul 2024');
  });

  it('gives an event the span its report names, and its first day for a date', () => {
    const [visit] = groups([read('a.txt', '2024-08-23', 'On July 8-9, Prime Minister Ivan Cruz visited Oslo.')]);
    assert.ok(visit);
    assert.equal(visit.date, '2024-07-08');
    assert.equal(visit.endDate, '2024-07-09');
    assert.match(visit.label, /8–9 Jul 2024/);
  });
});

describe('groupEvents: what must not be linked', () => {
  it('keeps a trip that was called off apart from the visit that took place', () => {
    const links = linkedFiles([
      read('a.txt', '2024-03-13', 'Foreign Minister Anna Kovacs arrived in Oslo on Monday for a two-day visit.'),
      read('b.txt', '2024-03-13', 'Foreign Minister Anna Kovacs was originally meant to travel to Oslo, but the trip was called off.'),
    ]);
    assert.deepEqual(links, []);
  });

  it('does not date a visit by the year of a "since …" phrase', () => {
    const links = linkedFiles([
      read('a.txt', '2024-03-13', 'Foreign Minister Anna Kovacs arrived in Oslo on Monday for a two-day visit.'),
      read('b.txt', '2024-03-13', "Foreign Minister Anna Kovacs's visit to Oslo is the first by a minister since the coalition took office in 2019."),
    ]);
    assert.deepEqual(links, ['a.txt+b.txt']);
  });

  it('links two reports of one meeting that name one side only by a description', () => {
    const links = linkedFiles([
      read('a.txt', '2024-03-13', 'Chilean President Rosa Fuentes met Peruvian President Ivan Cruz in Lima on Monday.'),
      read(
        'b.txt',
        '2024-03-13',
        'Chilean President Rosa Fuentes and Peruvian President Ivan Cruz spoke about fishing rights.',
        'The Chilean leader met the Peruvian president in Lima on Monday.',
      ),
    ]);
    assert.deepEqual(links, ['a.txt+b.txt']);
  });

  it('does not take a past meeting named after "a month after" for the one reported', () => {
    const r = read(
      'a.txt',
      '2024-03-13',
      'Prime Minister Ivan Cruz met President Rosa Fuentes in Lima on Monday, a month after meeting Chancellor Lena Vogt in Berlin.',
    );
    const lima = r.eventMentions.find((m) => m.place === 'Lima');
    assert.ok(lima);
    assert.ok(!lima.participants.includes('lena-vogt'));
  });
});

describe('readEventTime: relative days', () => {
  const THU = '2025-04-24'; // a Thursday
  const cases: Array<[string, boolean, string | null]> = [
    // "last <weekday>" is before the publication day, even on that weekday; "next <weekday>" after it.
    ['The negotiators met in Geneva last Thursday.', false, '2025-04-17'],
    ['The negotiators met in Geneva last Wednesday.', false, '2025-04-23'],
    ['The negotiators will meet in Geneva next Thursday.', true, '2025-05-01'],
    // A weekday with the week it is in.
    ['She told a news conference on Tuesday last week that talks were good.', false, '2025-04-15'],
    ['The envoys held talks on Friday of last week.', false, '2025-04-18'],
    ['The envoys will hold talks on Tuesday next week.', true, '2025-04-29'],
    // A day of the month: this month's, or last month's when it is still to come; ahead when announced.
    ['Ines Varga met the president in Lima on the 2nd.', false, '2025-04-02'],
    ['The previous round, held on the 14th in the same city, ended early.', false, '2025-04-14'],
    ['The ministers met on the 28th.', false, '2025-03-28'],
    ['The ministers will meet again on the 3rd.', true, '2025-05-03'],
    ['The ministers will meet again on the 26th.', true, '2025-04-26'],
    ['The ministers met on the 2nd floor.', false, null],
    // A habit names no day.
    ['The council meets every Friday in the town hall.', false, null],
    ['The two friends have lunch together each Tuesday.', false, null],
    ['The council meets on Fridays in the town hall.', false, null],
    // So does a day with a name of its own.
    ['Berg and Lund hold talks in Belfast as Berg marks the Good Friday Agreement.', false, null],
    ['The envoys met in Rome as markets fell on a Black Monday for the region.', false, null],
  ];
  for (const [sentence, announced, day] of cases) it(`reads "${sentence}"`, () => assert.equal(readEventTime(sentence, THU, announced)?.day ?? null, day));

  // The day a report is made does not date what it announces; "next week" is the week after the publication day's.
  const windows: Array<[string, boolean, [string | null, string, string] | null]> = [
    ['The spokesman announced on Friday that Berg would travel to Paris next week for talks.', true, [null, '2025-04-28', '2025-05-04']],
    ['The spokesman said on Monday that the envoys had met in Rome.', false, null],
    ['The envoys met in Rome last week.', false, [null, '2025-04-14', '2025-04-20']],
    ['The envoys met in Rome on Monday, the spokesman said on Tuesday.', false, ['2025-04-21', '2025-04-21', '2025-04-21']],
  ];
  for (const [sentence, announced, expected] of windows) {
    it(`reads "${sentence}"`, () => {
      const t = readEventTime(timeWords(sentence, false), THU, announced);
      assert.deepEqual(t && [t.day, t.from, t.to], expected);
    });
  }
});

describe('readEventTime: the year of a month named alone, by the tense of the words around it', () => {
  const JUNE = '2025-06-25';
  // [sentence, the clause read as announced, expected month]
  const cases: Array<[string, boolean, string]> = [
    ['Ministers to meet in Accra in September', false, '2025-09'],
    ['A decision is expected at the climate summit in Lima in November.', false, '2025-11'],
    ['The envoys will meet again in Rabat in February.', false, '2026-02'],
    ['A similar meeting planned for Dakar in March was also postponed.', true, '2025-03'],
    ['Ines Varga, who visited Tunis in March, will return in the autumn.', true, '2025-03'],
    ['The summit, which was postponed in March, is still in doubt.', true, '2025-03'],
    ['The ministers met in Accra in September.', false, '2024-09'],
    // An infinitive of purpose keeps the tense of the verb before it.
    ['Ines Varga, who came to attend the summit in Accra in early September, stayed on.', true, '2024-09'],
    ['The two had agreed to hold a summit in Accra in March.', false, '2026-03'],
    ['The president had invited her to attend the summit in Accra in November.', false, '2025-11'],
    // No verb of tense near the month: the clause's reading decides.
    ['Talks in Accra in September', true, '2025-09'],
    ['Talks in Accra in September', false, '2024-09'],
  ];
  for (const [sentence, announced, month] of cases) {
    it(`reads "${sentence}"`, () => {
      const t = readEventTime(sentence, JUNE, announced);
      assert.equal(t && t.from.slice(0, 7), month);
    });
  }
});

describe('readEventTime: the time of the clause that names the occasion', () => {
  const FEB = '2025-02-22';
  const cases: Array<[string, [string | null, string, string]]> = [
    [
      'Lena Holt would travel to Lima in late August for the regional summit, and Omar Vance confirmed he would watch the military parade in Quito on May 9.',
      [null, '2025-08-01', '2025-08-31'],
    ],
    // Watching a parade is an occasion too (a visit's ceremony): the first clause that names one gives the time.
    ['Omar Vance confirmed he would watch the parade in Quito on May 9, and Lena Holt would travel to Lima in late August for the summit.', ['2025-05-09', '2025-05-09', '2025-05-09']],
    ['Omar Vance confirmed he would inspect the harbour in Quito on May 9, and Lena Holt would travel to Lima in late August for the summit.', [null, '2025-08-01', '2025-08-31']],
    // One clause with a time: its time, whatever the clause.
    ['The summit, which will open on Monday, is sold out.', ['2025-02-24', '2025-02-24', '2025-02-24']],
  ];
  for (const [sentence, expected] of cases) {
    it(`reads "${sentence}"`, () => {
      const t = readEventTime(sentence, FEB, true);
      assert.deepEqual(t && [t.day, t.from, t.to], expected);
    });
  }
});

describe('readEventTime: an occasion set off after the one reported', () => {
  const sentence = 'The two leaders held talks at the palace, during a state visit that began on Monday and ends on Wednesday.';
  it('gives the talks no day of the visit', () => assert.equal(readEventTime(sentence, '2025-06-11', false), null));
  it('gives the visit its day', () => assert.equal(readEventTime(sentence, '2025-06-11', false, true)?.day, '2025-06-09'));
  it('keeps a day the talks name themselves', () => assert.equal(readEventTime('The two leaders held talks on Tuesday, during a state visit that began on Monday.', '2025-06-11', false)?.day, '2025-06-10'));
});

describe('findEventMentions: a press conference after an occasion is on its day and in its place', () => {
  const cases: Array<[string[], string | null, string | null]> = [
    [['Foreign Minister Anna Kovacs met Pedro Almeida in Lisbon on Monday.', '"We agree," Kovacs told a news conference after the meeting.'], '2024-03-11', 'Lisbon'],
    [['Anna Kovacs held talks with Pedro Almeida in Lisbon on Monday.', 'At a joint press conference following the talks, Almeida said trade would grow.'], '2024-03-11', 'Lisbon'],
    [['Leaders of ten nations opened a summit in Porto on Monday.', 'Kovacs told a press conference at the close of the summit that the region had spoken with one voice.'], '2024-03-11', 'Porto'],
    [['Anna Kovacs met Pedro Almeida in Lisbon on Monday.', 'Speaking at a joint press appearance after the talks, Kovacs said trade would grow.'], '2024-03-11', 'Lisbon'],
    // Its own day stands; the place of a meeting on another day is not taken.
    [['Anna Kovacs met Pedro Almeida in Lisbon on Monday.', 'Kovacs told a news conference on Tuesday after the meeting that trade would grow.'], '2024-03-12', null],
    // A press conference that follows no occasion of the article keeps what its own words give.
    [['Anna Kovacs told a news conference after the meeting that trade would grow.'], null, null],
  ];
  for (const [paragraphs, date, place] of cases) {
    it(`dates and places "${paragraphs[paragraphs.length - 1]}"`, () => {
      const press = read('a.txt', '2024-03-13', ...paragraphs).eventMentions.find((m) => m.kind === 'press-conference');
      assert.ok(press, 'no press conference');
      assert.deepEqual([press.date, press.place], [date, place]);
    });
  }
});

describe('findEventMentions: the city a story is datelined from places its occasion, unless the article puts it elsewhere', () => {
  const cases: Array<[string[], string | null]> = [
    [['OSLO (Reuters) - Foreign Minister Anna Berg met her Danish counterpart Lars Holm on Monday.'], 'Oslo'],
    [['LIMA, March 13 (AFP) — Anna Berg held talks with Lars Holm on Tuesday.'], 'Lima'],
    [['QUITO. PRENSA – Anna Berg held talks with Lars Holm today.'], 'Quito'],
    [['By Jane Doe in Quito', 'Anna Berg held talks with Lars Holm on Tuesday.'], 'Quito'],
    // The story is told from far away: both sides serve other countries than the dateline's.
    [['LONDON (Reuters) - Norwegian Foreign Minister Anna Berg met Danish Foreign Minister Lars Holm on Monday.'], null],
    // A journey the article reports as made to another place: the meeting is there.
    [['OSLO (Reuters) - Anna Berg arrived in Lisbon on Sunday for a three-day visit.', 'Berg met Lars Holm on Monday.'], 'Lisbon'],
    // An occasion announced, or named with a place of its own elsewhere in the article.
    [['OSLO (Reuters) - Anna Berg will meet Lars Holm on Monday.'], null],
    [['OSLO (Reuters) - Anna Berg met Lars Holm on Monday.', 'Berg said her meeting with Holm in Bergen on Monday had gone well.'], null],
    // Capitals that open a story and name no city.
    [['EXCLUSIVE - Anna Berg met Lars Holm on Monday.'], null],
  ];
  for (const [paragraphs, place] of cases) {
    it(`places "${paragraphs.join(' ')}"`, () => {
      const meeting = read('a.txt', '2024-03-13', ...paragraphs).eventMentions.find((m) => m.kind === 'meeting' || m.kind === 'talks');
      assert.ok(meeting, 'no meeting');
      assert.equal(meeting.place, place);
    });
  }
});

describe('findEventMentions: a journey sets the scene for the occasions reported right after it', () => {
  const cases: Array<[string[], string | null, string[]]> = [
    [['Danish Foreign Minister Lars Holm arrived in Oslo on Monday.', 'The two sides held talks on fisheries on Tuesday.'], 'Oslo', ['lars-holm']],
    [['Lars Holm arrived in Oslo on Monday at the invitation of Foreign Minister Anna Berg.', 'The two sides held talks on fisheries on Tuesday.'], 'Oslo', ['anna-berg', 'lars-holm']],
    [['Lars Holm arrived in Oslo on Monday.', 'Holm held talks with Anna Berg on Tuesday.'], 'Oslo', ['anna-berg', 'lars-holm']],
    // Others than the travellers, or a paragraph too far.
    [['Lars Holm arrived in Oslo on Monday.', 'Meanwhile, Anna Berg held talks with Pedro Almeida on Tuesday.'], null, ['anna-berg', 'pedro-almeida']],
    [['Lars Holm arrived in Oslo on Monday.', 'Fishing quotas are a long-running dispute.', 'Prices fell.', 'Holm held talks with Anna Berg on Tuesday.'], null, ['anna-berg', 'lars-holm']],
    // A place of its own stands.
    [['Lars Holm arrived in Oslo on Monday.', 'Holm held talks with Anna Berg in Bergen on Tuesday.'], 'Bergen', ['anna-berg', 'lars-holm']],
  ];
  for (const [paragraphs, place, participants] of cases) {
    it(`places "${paragraphs.join(' ')}"`, () => {
      const talks = read('a.txt', '2024-03-13', ...paragraphs).eventMentions.find((m) => m.kind === 'talks');
      assert.ok(talks, 'no talks');
      assert.deepEqual([talks.place, [...talks.participants].sort()], [place, participants]);
    });
  }

  it('reads "…, when she attended the summit in Lima, and met Holm on the sidelines" as a meeting there, looked back on', () => {
    const r = read('a.txt', '2024-03-13', 'Anna Berg last visited Peru in May, when she attended the regional summit in Lima, and met Lars Holm on the sidelines.', 'Anna Berg held talks with Lars Holm in Oslo on Monday.');
    const meetings = groups([r]).filter((e) => e.kind === 'meeting' || e.kind === 'talks').map((e) => [e.place, e.date, e.mentions.length]);
    assert.deepEqual(meetings, [
      ['Lima', null, 1],
      ['Oslo', '2024-03-11', 1],
    ]);
  });
});

describe('referenceDay: the day an article\'s relative days are read against', () => {
  const page = (lines: string[], published?: string) => readArticle('page.txt', lines.join('\n\n') + '\n', published ? { published } : {});
  const body = 'Vardan and Okafor wrapped up their summit on Thursday, during which the two leaders signed a declaration.';

  it('is the publication day, or a photo taken up to a week after it (the page was updated since)', () => {
    const caption = (day: string) => `Vardan and Okafor board a plane at an airport near Mount Kazbek, ${day}. /Agency photo`;
    assert.equal(referenceDay(page(['Vardan heads home after summit', body], '2025-05-06')), '2025-05-06');
    assert.equal(referenceDay(page(['Vardan heads home after summit', body, caption('May 8, 2025')], '2025-05-06')), '2025-05-08');
    // A photo of an earlier day, or of a month later, says nothing of when the page was written.
    assert.equal(referenceDay(page(['Vardan heads home after summit', body, caption('May 2, 2025')], '2025-05-06')), '2025-05-06');
    assert.equal(referenceDay(page(['Vardan heads home after summit', body, caption('June 8, 2025')], '2025-05-06')), '2025-05-06');
    // A date in the running text may be ahead of the page ("will visit on May 8, 2025").
    assert.equal(referenceDay(page(['Vardan heads home after summit', body, 'Okafor will visit the capital on May 8, 2025, officials said.'], '2025-05-06')), '2025-05-06');
  });

  it('without a publication day, is the first full date of the text, but never a file photo\'s', () => {
    const file = 'FILE – FEBRUARY 5: A sign outside the ministry on February 5, 2014 in Tbilisi. (Photo by Jane Roe/Agency Images)';
    assert.equal(referenceDay(page(['Vardan heads home after summit', file, body])), null);
    assert.equal(referenceDay(page(['Vardan heads home after summit', file, 'TBILISI, May 8, 2025 – ' + body])), '2025-05-08');
    assert.equal(referenceDay(page(['Vardan heads home after summit', 'TBILISI, May 8, 2025 – ' + body])), '2025-05-08');
  });

  it('without a publication day, is never a date inside a quotation, closed or left open', () => {
    const quoted = (close: string) => `"We agreed on a state within the borders of 4 June 1967 with its capital${close}" Vardan said.`;
    assert.equal(referenceDay(page(['Vardan hosts Okafor', body, quoted(',')])), null);
    assert.equal(referenceDay(page(['Vardan hosts Okafor', body, '“We agreed on a state within the borders of 4 June 1967 with East Jeru'])), null);
    assert.equal(referenceDay(page(['Vardan hosts Okafor', body, quoted(','), 'TBILISI, May 8, 2025 – The talks went on.'])), '2025-05-08');
  });
});
