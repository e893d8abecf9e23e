import * as assert from 'node:assert/strict';
import { functionWordCounts, isEnglish } from '../../../src/core/nlp/language';

describe('language: whether a text is English', () => {
  const english = (text: string) => isEnglish(functionWordCounts(text));

  it('reads German, Spanish and French prose as other languages', () => {
    assert.equal(english('Der Kanzler sagte, dass die Gespräche mit dem Präsidenten von Frankreich nicht einfach sind.'), false);
    assert.equal(english('El presidente de México y el mandatario de Estados Unidos firmaron una declaración con los ministros.'), false);
    assert.equal(english('Le président a dit que les discussions avec le gouvernement sont pour la paix et pour une solution.'), false);
  });

  it('takes the particles of a name for no foreign words, after a first name or before a surname', () => {
    assert.equal(english('Commission President Greta von der Brinken warned that ships faced danger.'), true);
    assert.equal(english('"We are ready," von der Brinken told reporters.'), true);
    assert.equal(english('Luiz da Costa and Khalid bin Hamad met in Lisbon.'), true);
  });

  it('takes a capitalised particle inside a name for no foreign word ("Al Thani", "El-Sisi")', () => {
    assert.equal(english('Foreign Minister Faisal bin Khalid Al Rashid met Prime Minister Hamad bin Nasser Al Mansour in Doha on Tuesday.'), true);
    assert.deepEqual(functionWordCounts('President Abdel Fattah El-Sisi spoke'), { words: 6, english: 0, other: 0 });
    // Where a sentence starts with one, it counts: "El presidente …".
    assert.deepEqual(functionWordCounts('Talks ended. El presidente habló'), { words: 5, english: 0, other: 1 });
  });

  it('counts a lower-case function word that stands in no name', () => {
    const counts = functionWordCounts('the ministers met und sprachen');
    assert.deepEqual(counts, { words: 5, english: 1, other: 1 });
  });

  it('adds up: the counts of paragraphs joined by line breaks are the sums of theirs', () => {
    const paragraphs = ['Talks went on with von', 'der Brinken and the envoys.', 'Die Gespräche gehen weiter.'];
    const sum = paragraphs.map(functionWordCounts).reduce((a, b) => ({ words: a.words + b.words, english: a.english + b.english, other: a.other + b.other }));
    assert.deepEqual(functionWordCounts(paragraphs.join('\n')), sum);
  });
});
