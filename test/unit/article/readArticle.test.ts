import * as assert from 'node:assert/strict';
import { readArticle } from '../../../src/core/article/readArticle';

interface Expected {
  title: string | null;
  outlet?: string | null;
  published?: string | null;
  kinds?: Record<string, string>;
}

// Invented pages in the shape browsers save them: litter, repeated headlines, credits, captions.
const cases: Array<[string, string, Expected]> = [
  ['a bare headline and body', 'Ministers meet in Oslo\n\nThe ministers met on Tuesday.', { title: 'Ministers meet in Oslo', outlet: null, published: null }],
  ['" - Outlet" suffix becomes the outlet', 'Envoy visits Lima - Daily Planet\n\nText.', { title: 'Envoy visits Lima', outlet: 'Daily Planet' }],
  ['"| OUTLET" suffix becomes the outlet', 'Envoy visits Lima | XYZ\n\nText.', { title: 'Envoy visits Lima', outlet: 'XYZ' }],
  ['a hyphenated headline is not an outlet', 'Harris-Trudeau talks end early\n\nText.', { title: 'Harris-Trudeau talks end early', outlet: null }],
  [
    'site litter before the headline is skipped',
    'Skip to main content\nAdvertisement\nMenu\n\nTrade talks resume in Geneva\n\nThe talks resumed.',
    { title: 'Trade talks resume in Geneva', kinds: { 'Skip to main content': 'boilerplate', Advertisement: 'boilerplate' } },
  ],
  [
    'repeated headlines are all marked, the deck is found',
    'Summit ends without a deal\n\nSummit ends without a deal\n\nLeaders failed to agree on the final text of the communique.\n\nThe summit ended.',
    { title: 'Summit ends without a deal', kinds: { 'Leaders failed to agree on the final text of the communique.': 'deck' } },
  ],
  ['a wire credit names the outlet', 'Rain delays vote\n\nCANBERRA (Reuters) - The vote was delayed.', { title: 'Rain delays vote', outlet: 'Reuters' }],
  ['a "Published" line gives the date', 'Rain delays vote\nPublished: March 4, 2021 10:00 GMT\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2021-03-04' }],
  ['a date-only line near the top gives the date', 'Rain delays vote\n\nSaturday, 2 April 2016\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2016-04-02' }],
  [
    'a dateline beats a date-only line, which may be the page’s "today" widget',
    'Rain delays vote\n\n• Monday, 4 March 2024\n\nOslo, 12 February 2024 (NTB) - The vote was delayed.',
    { title: 'Rain delays vote', published: '2024-02-12' },
  ],
  ['a date line may give a short weekday, a time with a full stop and a time zone', 'Rain delays vote\n\nAnna Berg Political correspondent\nThu 24 Jul 2025 14.05 BST\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2025-07-24' }],
  ['a date line may carry a short label of capitalised or bracketed words', 'Rain delays vote\n\n(NTB) 09:43, November 17, 2024\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2024-11-17' }],
  ['an agency and a weekday before the date', 'Rain delays vote\n\nNTB , Friday 26 Apr 2024\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2024-04-26' }],
  ['a short heading with a date and a lower-case word is no date line', 'Rain delays vote\n\nElections on 5 May 2024\n\nThe vote was delayed.', { title: 'Rain delays vote', published: null }],
  ['a "Published" cue inside a line near the top gives the date right after it', 'Rain delays vote\n\nDesk Team | Published: June 19, 2024 20:43:57\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2024-06-19' }],
  ['a "Posted" cue inside a long first paragraph', 'Rain delays vote By Anna Berg, Staff Posted Jun 19, 2023 7:00 AM CDT The vote set for 2 April 2016 was delayed again.', { title: 'Rain delays vote By Anna Berg, Staff Posted Jun 19, 2023 7:00 AM CDT The vote set for 2 April 2016 was delayed again.', published: '2023-06-19' }],
  ['a line of fields, one of them a date', 'Rain delays vote\n\nSource: NTB | 2023-12-12 21:35:10 | Editor: desk\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2023-12-12' }],
  ['a bracketed date opening the story is a dateline', 'Rain delays vote\n\nJune 9, 2020\n\n(May 2, 2020) The vote was delayed.', { title: 'Rain delays vote', published: '2020-05-02' }],
  ['a dateline without a year pins nothing', 'Rain delays vote\n\nOSLO, Feb. 12 (NTB) -- The vote was delayed.', { title: 'Rain delays vote', published: null }],
  ['a posting time before the date, after a byline', 'Rain delays vote\n\nThe Courier — By Anna Berg, Staff Writer — Posted 7:05 p.m. ET, Thursday, March 5, 2026\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2026-03-05' }],
  ['a year-first date with dots', 'Rain delays vote\n\n2025.09.16 18:32 KST\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2025-09-16' }],
  ['a date among fields set apart by runs of spaces', 'Rain delays vote\n\n2017-03-09 07:20:20  来源:新华社  责任编辑:周冬\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2017-03-09' }],
  ['a Chinese "published time" field', 'Rain delays vote\n\n發佈時間: 2018-09-03 09:01 | 來源: China Daily | 作者: 秦金月\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2018-09-03' }],
  ['an ISO time stamp with its zone', 'Rain delays vote\n\nPublished 2026-03-05T19:05:00-05:00\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2026-03-05' }],
  ['an ISO time stamp alone on its line', 'Rain delays vote\n\n2026-03-05T19:05:00Z\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2026-03-05' }],
  ['an e-mail style date with a numeric zone', 'Rain delays vote\n\nThu, 05 Mar 2026 19:05:00 +0000\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2026-03-05' }],
  ['a date line followed by when it was updated', 'Rain delays vote\n\nMarch 18, 2025 4:51 PM GMT+5 Updated 2 hours ago\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2025-03-18' }],
  ['a date line copied with its time run into the year', 'Rain delays vote\n\nMarch 12, 20253:47 PM GMT+1Updated 2 hours ago\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2025-03-12' }],
  // "04/11/2025" is 4 November or 11 April: the story's opening tells them apart, or nothing does.
  ['a slashed date either way round, told apart by the weekday of the lead', 'Rain delays vote\n\nPublished on 04/11/2025\n\nOSLO (NTB) – The vote was delayed on Tuesday.', { title: 'Rain delays vote', published: '2025-11-04' }],
  ['a slashed date either way round, told apart by the month the story names', 'Rain delays vote\n\nPublished on 04/11/2025 - 19:32\n\nThe vote set for 11 April was delayed.', { title: 'Rain delays vote', published: '2025-04-11' }],
  ['a slashed date either way round that the story does not tell apart', 'Rain delays vote\n\nPublished on 04/11/2025\n\nThe vote was delayed.', { title: 'Rain delays vote', published: null }],
  // The clock after a slashed date says which way round it is: 24-hours or a European zone day first, AM/PM month first.
  ['a slashed date with a 24-hour time is day first', 'Rain delays vote\n\nPublished on 04/11/2025 - 19:32\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2025-11-04' }],
  ['a slashed date with a European time zone is day first, whatever weekday the lead names', 'Rain delays vote\n\nBy Anna Berg\nPublished on 03/02/2026 - 01:12 GMT+2\n\nThe summit opened in Oslo on Sunday and closed on Monday.\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2026-02-03' }],
  ['a slashed date with a 12-hour time is month first', 'Rain delays vote\n\nPosted: 03/02/2026 05:30 PM\n\nThe council said on Tuesday that the vote was delayed.', { title: 'Rain delays vote', published: '2026-03-02' }],
  ['an "Issued on" line with a date either way round, and when it was modified', 'Rain delays vote\n\nIssued on: 03/02/2026 - 08:30 Modified: 03/02/2026 - 09:10\n\nOSLO (NTB) – The vote was delayed on Friday.', { title: 'Rain delays vote', published: '2026-02-03' }],
  ['an "Issued on" line with a date only one way round', 'Rain delays vote\n\nIssued on: 23/02/2026 - 08:30\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2026-02-23' }],
  ['a date line of a slashed date and its 24-hour time alone', 'Rain delays vote\n\nBy Anna Berg\n03/02/2026 - 08:30\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2026-02-03' }],
  ['a date line with "at" before its time, under a byline of a bare name', 'Rain delays vote\n\nAnna Berg\nMarch 15, 2026 at 6:04 a.m. EDT\n\nThe vote was delayed.', { title: 'Rain delays vote', published: '2026-03-15' }],
  ['a date closing the headline after its outlet is no outlet', 'Envoy visits Lima | NTB | 03.02.2026\n\nThe envoy arrived on Monday.', { title: 'Envoy visits Lima', outlet: 'NTB', published: '2026-02-03' }],
  ['a date closing the headline, without an outlet', 'Envoy visits Lima and Quito - March 4, 2026\n\nThe envoy arrived on Monday.', { title: 'Envoy visits Lima and Quito', outlet: null }],
  ['a date inside a sentence is not the publication date', 'Rain delays vote\n\nThe vote set for 2 April 2016 was delayed.', { title: 'Rain delays vote', published: null }],
  [
    'photo credits and captions',
    'Rain delays vote\n\nThe speaker in parliament\nPhoto: Agency/Jane Roe\n\nThe vote was delayed.',
    { title: 'Rain delays vote', kinds: { 'The speaker in parliament': 'caption', 'Photo: Agency/Jane Roe': 'credit' } },
  ],
  [
    'a line ending in its photo credit is a caption',
    [
      'Rain delays vote',
      'The vote in parliament was put off on Monday, and again on Tuesday, as the speaker fell ill.',
      'The speaker and her deputy in parliament on March 4. /Agency photo',
      'The speaker in parliament on March 4. [Photo/Agency]',
      'The speaker leaves the chamber. Photograph: Jane Roe/AP',
      'The vote was delayed, and the photo agency said nothing.',
    ].join('\n\n'),
    {
      title: 'Rain delays vote',
      kinds: {
        'The speaker and her deputy in parliament on March 4. /Agency photo': 'caption',
        'The speaker in parliament on March 4. [Photo/Agency]': 'caption',
        'The speaker leaves the chamber. Photograph: Jane Roe/AP': 'caption',
        'The vote was delayed, and the photo agency said nothing.': 'body',
      },
    },
  ],
  [
    'a line of names alone is a caption; a heading of two words or one is still a heading',
    [
      'Rain delays vote',
      'The vote in parliament was put off on Monday, and again on Tuesday, as the speaker fell ill.',
      'Anna Berg and Henrik Dahl',
      'Peace and Security',
      'The vote was delayed.',
    ].join('\n\n'),
    { title: 'Rain delays vote', kinds: { 'Anna Berg and Henrik Dahl': 'caption', 'Peace and Security': 'heading' } },
  ],
  [
    'a caption that says it is one, or ends in an outlet and a photographer after a colon',
    [
      'Rain delays vote',
      'The vote in parliament was put off on Monday, and again on Tuesday, as the speaker fell ill.',
      'Photo: The speaker (left) and her deputy in parliament last month, before the vote was put off.',
      'The speaker leaves the chamber on March 4. (City News: Jane Roe)',
      'The vote was delayed, the speaker said (in a statement: see below).',
    ].join('\n\n'),
    {
      title: 'Rain delays vote',
      kinds: {
        'Photo: The speaker (left) and her deputy in parliament last month, before the vote was put off.': 'caption',
        'The speaker leaves the chamber on March 4. (City News: Jane Roe)': 'caption',
        'The vote was delayed, the speaker said (in a statement: see below).': 'body',
      },
    },
  ],
  [
    'a question among the headlines listed under "Read more" is litter too',
    ['Rain delays vote', 'The vote was delayed.', 'Read more', 'What would a strike mean for patients?', "Minister: 'I'm not going to be pushed around'"].join('\n\n'),
    { title: 'Rain delays vote', kinds: { 'What would a strike mean for patients?': 'boilerplate', "Minister: 'I'm not going to be pushed around'": 'boilerplate' } },
  ],
  [
    'the headlines listed under "Related stories" are litter',
    ['Rain delays vote', 'The vote was delayed.', 'Related stories', 'Floods close the coast road', 'Harbour Board: new ferries arrive'].join('\n\n'),
    { title: 'Rain delays vote', kinds: { 'The vote was delayed.': 'body', 'Floods close the coast road': 'boilerplate', 'Harbour Board: new ferries arrive': 'boilerplate' } },
  ],
  ['a section name above the headline is no headline', 'Obituaries\n\nAnna Berg, pianist who brought jazz to the mill towns, dies aged 88\n\nAnna Berg has died.', { title: 'Anna Berg, pianist who brought jazz to the mill towns, dies aged 88' }],
  ['a section in capitals above the headline is no headline', "OPINION\n\nThe harbour charge is right. The way it's sold is wrong.\n\nThe council voted on Monday.", { title: "The harbour charge is right. The way it's sold is wrong." }],
  ['a breadcrumb trail above the headline is no headline', 'Home > Business > Industry\n\nBrakes maker to shut plant, 1,100 jobs at risk\n\nThe plant will close.', { title: 'Brakes maker to shut plant, 1,100 jobs at risk' }],
  ['a short headline in capitals before its story is still the headline', 'MINISTERS MEET IN OSLO\n\nThe foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fishing rights and trade.', { title: 'MINISTERS MEET IN OSLO' }],
  [
    'a page whose first text is a long paragraph has no headline',
    `${'The minister, speaking at length about many things, said a great deal. '.repeat(5)}\n\nMore.`,
    { title: null },
  ],
  [
    'a pull-quote standing alone is a heading; a quote split by its attribution is body text',
    'Rain delays vote\n\nThe vote was delayed.\n\n"We will not wait forever"\n\n"We waited," she said. "We will wait no more."',
    { title: 'Rain delays vote', kinds: { '"We will not wait forever"': 'heading', '"We waited," she said. "We will wait no more."': 'body' } },
  ],
  ['share buttons and related links are litter', 'Rain delays vote\n\nThe vote was delayed.\nShare\nRelated articles\nSource link', { title: 'Rain delays vote', kinds: { Share: 'boilerplate', 'Related articles': 'boilerplate', 'Source link': 'boilerplate' } }],
];

describe('readArticle', () => {
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const a = readArticle('x.txt', text);
      assert.equal(a.title, expected.title);
      if ('outlet' in expected) assert.equal(a.outlet, expected.outlet);
      if ('published' in expected) assert.equal(a.published, expected.published);
      for (const [line, kind] of Object.entries(expected.kinds ?? {})) {
        const block = a.blocks.find((b) => text.slice(b.start, b.end) === line);
        assert.ok(block, `a block for ${line}`);
        assert.equal(block.kind, kind, line);
      }
      if (a.titleSpan && a.title) assert.equal(text.slice(a.titleSpan.start, a.titleSpan.end), a.title);
    });
  }

  it('a headline block ends before the outlet its line names, in each copy of it', () => {
    const text = 'Envoy says talks will go on - Daily Planet\n\nEnvoy says talks will go on - Daily Planet\n\nThe envoy spoke on Monday.';
    const a = readArticle('x.txt', text);
    assert.deepEqual(a.blocks.filter((b) => b.kind === 'headline').map((b) => text.slice(b.start, b.end)), ['Envoy says talks will go on', 'Envoy says talks will go on']);
  });

  it('the manifest wins over the text', () => {
    const a = readArticle('x.txt', 'Rain delays vote - Paper\n\nText.', { title: 'Given title', outlet: 'Given outlet', published: '2020-01-02' });
    assert.deepEqual([a.title, a.outlet, a.published], ['Given title', 'Given outlet', '2020-01-02']);
  });

  it('offsets stay right with CRLF line ends', () => {
    const text = 'Rain delays vote\r\n\r\nThe vote was delayed.\r\n';
    const a = readArticle('x.txt', text);
    assert.deepEqual(a.blocks.map((b) => text.slice(b.start, b.end)), ['Rain delays vote', 'The vote was delayed.']);
  });

  it('hard-wrapped text is read a paragraph a block, and lines a browser saved are not joined', () => {
    const wrapped = [
      'Minister takes questions',
      '',
      '     OSLO (NTB) - The following is part of a transcript of the minister\'s press',
      'conference on Tuesday:',
      '     Q: You said the port would reopen in the spring. What made you change',
      'your mind about the date, and when will the ships be able to come back?',
      '     A: We looked at the state of the harbour again last week and found that',
      'the repairs would take longer than we had hoped. The ships will come back',
      'in the summer, and we will say more about it when the work is done.',
      '--NTB Oslo Bureau',
    ].join('\r\n');
    const a = readArticle('x.txt', wrapped);
    const blocks = a.blocks.map((b) => wrapped.slice(b.start, b.end).replace(/\s+/g, ' '));
    assert.deepEqual(blocks, [
      'Minister takes questions',
      "OSLO (NTB) - The following is part of a transcript of the minister's press conference on Tuesday:",
      'Q: You said the port would reopen in the spring. What made you change your mind about the date, and when will the ships be able to come back?',
      'A: We looked at the state of the harbour again last week and found that the repairs would take longer than we had hoped. The ships will come back in the summer, and we will say more about it when the work is done.',
      '--NTB Oslo Bureau',
    ]);
    // A browser's page: a line a paragraph, some of them short, none running on into the next.
    const saved = [
      'Ministers meet in Oslo',
      'Related articles',
      'Port of Oslo to reopen in the summer after repairs, minister says',
      'Ships wait outside the harbour as the repairs go on into the spring',
      'Fishermen ask the government for help while the harbour stays closed',
      'The ministers met on Tuesday.',
    ].join('\n');
    assert.equal(readArticle('y.txt', saved).blocks.length, 6);
  });

  it('an empty file is an article with no headline and no blocks', () => {
    const a = readArticle('x.txt', '');
    assert.equal(a.title, null);
    assert.deepEqual(a.blocks, []);
  });
});
