import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { disallowedCharacter, disallowedCharacterProblem, forTerminal, withoutDisallowedCharacters } from './text-characters.js';

describe('characters XML 1.0 does not allow (issue 14: a title with U+0001 made feed.xml invalid)', () => {
  const refused = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u000E', '\u001B', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];
  const allowed = ['\t', '\n', '\r', ' ', '\u007F', '\u0085', 'é', '\u2028', '\uFFFD', '😀', '\uD83D\uDE00'];

  for (const character of refused) {
    it(`refuses U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, () => {
      assert.match(disallowedCharacter(`ab${character}c`) ?? '', /^U\+[0-9A-F]{4} at character 3$/);
      assert.equal(withoutDisallowedCharacters(`ab${character}c`), 'abc');
    });
  }
  it('allows tab, line breaks, DEL, C1, emoji (a surrogate pair) and the replacement character', () => {
    for (const character of allowed) assert.equal(disallowedCharacter(`a${character}b`), null, JSON.stringify(character));
    assert.equal(withoutDisallowedCharacters(allowed.join('')), allowed.join(''));
  });
  it('names the field and the character', () => {
    assert.equal(disallowedCharacterProblem('title', 'Flu\u0001 facts'), 'title: contains U+0001 at character 4, a control character text may not hold');
    assert.equal(disallowedCharacterProblem('title', 'Flu facts'), null);
    assert.equal(disallowedCharacterProblem('summary', null), null);
  });
});

describe('forTerminal (issue 14: a title holding ESC ] 0 ; … BEL retitled the terminal)', () => {
  it('removes OSC, CSI and other escape sequences and control characters, keeps tab and line feed', () => {
    assert.equal(forTerminal('Flu\u001B]0;pwned\u0007 facts'), 'Flu facts');
    assert.equal(forTerminal('Flu\u001B]8;;http://x\u001B\\link\u001B]8;;\u001B\\'), 'Flulink');
    assert.equal(forTerminal('\u001B[31mred\u001B[0m and \u009B1mbold'), 'red and bold');
    assert.equal(forTerminal('a\u0000b\u0007c\rd\u007Fe\u001Bcf'), 'abcde' + 'f');
    assert.equal(forTerminal('line 1\n\tline 2'), 'line 1\n\tline 2');
    assert.equal(forTerminal('Grüße, 😀'), 'Grüße, 😀');
  });
});
