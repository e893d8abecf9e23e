import * as assert from 'node:assert/strict';
import { parseLexicon } from '../../../src/core/nlp/lexicon';
import { lexiconTags } from '../../../src/core/nlp/nlp';
import { compileLexicon, pluginLexicon } from '../../../src/core/nlp/lexiconSource';

describe('the compiled lexicon', () => {
  it('gives every word and phrase the tags compromise gives it with our plugin applied', () => {
    const live = pluginLexicon();
    const entries = Object.entries(live);
    assert.ok(entries.length > 20_000, `compromise's lexicon has ${entries.length} entries`);
    const differ = entries.filter(([word, tags]) => lexiconTags(word).join(',') !== (Array.isArray(tags) ? tags : [tags]).join(','));
    assert.deepEqual(differ.slice(0, 5), []);
  });

  it('keeps our plugin over compromise: a title word keeps its own tags and gains ours', () => {
    assert.ok(lexiconTags('minister').includes('PersonTitle'));
    assert.ok(lexiconTags('said').includes('SpeechCue'));
    assert.ok(lexiconTags('said').includes('PastTense'));
    assert.ok(lexiconTags('Wang').includes('LastName'), 'looked up lower-cased');
    assert.ok(lexiconTags('sri lanka').length > 0, 'phrases are entries too');
  });

  it('knows no word outside the lexicon, including names of object properties', () => {
    for (const word of ['qwzxv', 'constructor', '__proto__', 'toString', '']) assert.deepEqual(lexiconTags(word), [], word);
  });

  it('reads back what it writes, words with any punctuation included', () => {
    const text = ['Noun,Singular\tcat\t:|\tsri lanka', 'Emoticon\t:)'].join('\n');
    const lexicon = parseLexicon(text);
    assert.deepEqual([...lexicon.keys()].sort(), [':)', ':|', 'cat', 'sri lanka']);
    assert.deepEqual(lexicon.get(':|'), ['Noun', 'Singular']);
    assert.equal(lexicon.get('cat'), lexicon.get('sri lanka'), 'a line shares one array of tags');
  });

  it('is written in a stable order, so the pipeline version changes only when the lexicon does', () => {
    assert.equal(compileLexicon(), compileLexicon());
  });
});
