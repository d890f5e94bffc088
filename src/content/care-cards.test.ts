import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CARE_CARD_LEVELS, CARE_CARD_WORDING, COUNTRIES } from './care-card-wording.js';
import { completeCareCards, readCareCards, renderMarkdown } from './markdown.js';

const card = (opening: string, body = '- a sample symptom\n- another sample symptom') => `${opening}\n${body}\n:::`;
const show = (markdown: string, country: (typeof COUNTRIES)[number] = 'uk') => completeCareCards(renderMarkdown(markdown), country);

describe('care cards: each level in each country', () => {
  const expected = {
    uk: { 'non-urgent': [/See a GP or speak to a pharmacist if:/, /See a GP, or speak to a pharmacist/, null],
      urgent: [/Ask for an urgent GP appointment or call 111 if:/, /Call <a href="tel:111">111<\/a> or ask your GP surgery/, 'tel:111'],
      emergency: [/Call 999 or go to A&amp;E now if:/, /Call <a href="tel:999">999<\/a> or go to A&amp;E now\./, 'tel:999'] },
    us: { 'non-urgent': [/Make an appointment with your doctor if:/, /Call your doctor's office to make an appointment\./, null],
      urgent: [/Call your doctor today or go to urgent care if:/, /urgent care center/, null],
      emergency: [/Call 911 or go to the emergency room now if:/, /Call <a href="tel:911">911<\/a> or go to the nearest emergency room now\./, 'tel:911'] },
  } as const;
  for (const country of COUNTRIES) {
    for (const level of CARE_CARD_LEVELS) {
      it(`${level} in ${country}: level in words, the country's heading and action line, phone numbers as tel: links`, () => {
        const [heading, action, tel] = expected[country][level];
        const html = show(card(`:::care-card ${level}`), country);
        assert.match(html, new RegExp(`<section class="care-card care-card--${level}" aria-labelledby="care-card-1">`));
        assert.match(html, /<h2 class="care-card__heading" id="care-card-1"><span class="care-card__level">[^<]+:<\/span>/);
        assert.match(html, heading);
        assert.match(html, action);
        const tels = [...html.matchAll(/href="(tel:[^"]*)"/g)].map((m) => m[1]);
        assert.deepEqual(tels, tel ? [tel] : []);
        assert.match(html, /<li>a sample symptom<\/li>/);
        assert.doesNotMatch(html, /data-care-card-/, 'every placeholder is filled');
      });
    }
  }

  it('shows the level in words first in the heading, never by colour alone', () => {
    assert.match(show(card(':::care-card non-urgent')), /<span class="care-card__level">Non-urgent advice:<\/span>/);
    assert.match(show(card(':::care-card urgent')), /<span class="care-card__level">Urgent advice:<\/span>/);
    assert.match(show(card(':::care-card emergency')), /<span class="care-card__level">Immediate action required:<\/span>/);
  });

  it('keeps the author\'s heading (escaped) instead of the default, and fills only the action', () => {
    const html = show(card(':::care-card urgent Get help today if <you> are:'));
    assert.match(html, /<span class="care-card__title">Get help today if &lt;you&gt; are:<\/span>/);
    assert.doesNotMatch(html, /call 111 if:/);
    assert.match(html, /tel:111/);
  });

  it('the wording table has every level for every country', () => {
    for (const country of COUNTRIES) for (const level of CARE_CARD_LEVELS) {
      assert.ok(CARE_CARD_WORDING[country][level].heading.endsWith('if:'), `${country} ${level}: a call to action ending "if:"`);
      assert.notEqual(CARE_CARD_WORDING[country][level].action, '');
    }
  });
});

describe('care cards: parsing', () => {
  it('reads level, heading and body Markdown with the opening line', () => {
    const source = `Intro.\n\n${card(':::care-card emergency Call 999 now if:', '- sample one\n- sample *two*')}\n\nAfter.`;
    assert.deepEqual(readCareCards(source), {
      cards: [{ level: 'emergency', heading: 'Call 999 now if:', markdown: '- sample one\n- sample *two*', line: 3 }],
      problems: [],
    });
  });

  it('accepts a space after the colons and any case in the level', () => {
    assert.deepEqual(readCareCards(card('::: care-card URGENT')).cards.map((c) => c.level), ['urgent']);
  });

  it('numbers the cards\' ids in order and nests their headings under the section they are in', () => {
    const html = renderMarkdown(`${card(':::care-card non-urgent')}\n\n## When to get help\n\n${card(':::care-card urgent')}\n\n${card(':::care-card emergency')}`);
    assert.deepEqual([...html.matchAll(/<(h\d) class="care-card__heading" id="(care-card-\d)"/g)].map((m) => `${m[1]}#${m[2]}`), ['h2#care-card-1', 'h3#care-card-2', 'h3#care-card-3']);
  });

  it('leaves a ::: inside fenced code alone', () => {
    assert.deepEqual(readCareCards('```\n:::care-card nonsense\n:::\n```'), { cards: [], problems: [] });
  });

  it('keeps the body text of cards in the plain text (search), not the generated wording', async () => {
    const { markdownToPlainText } = await import('./markdown.js');
    assert.equal(markdownToPlainText(card(':::care-card urgent Sample heading if:', '- sample symptom')), 'sample symptom');
  });
});

describe('care cards: invalid cards are errors naming the line', () => {
  const cases: [string, string, RegExp][] = [
    ['unknown level', card(':::care-card urgnt'), /^line 1: the care card has an unknown level "urgnt": use non-urgent, urgent or emergency$/],
    ['no level', card(':::care-card'), /^line 1: the care card needs a level/],
    ['unclosed', 'Intro.\n\n:::care-card urgent\n- sample symptom\n', /^line 3: the care card is not closed: end it with a line of three colons/],
    ['empty', ':::care-card urgent\n\n:::', /^line 1: the care card is empty/],
    ['inside a list', '- item\n\n  :::care-card urgent\n  - sample\n  :::', /^line 3: the care card is inside a list/],
    ['inside another card', ':::care-card urgent\n::::care-card emergency\n- sample\n::::\n:::', /^line 2: the care card is inside/],
    ['a stray closing line', 'Text.\n\n:::\n', /^line 3: a closing ":::" with no care card open$/],
    ['a misspelt directive', ':::carecard urgent\n- sample\n', /^line 1: ":::carecard urgent" is not a care card/],
    ['six bullets on a non-urgent card', card(':::care-card non-urgent', '- 1\n- 2\n- 3\n- 4\n- 5\n- 6'), /^line 1: the care card has 6 bullet points: at most 5$/],
    ['seven bullets on an urgent card', card(':::care-card urgent', '- 1\n- 2\n- 3\n- 4\n- 5\n- 6\n- 7'), /^line 1: the care card has 7 bullet points: at most 6 \(5 and one catch-all/],
    ['a link in an emergency card', card(':::care-card emergency', '- see [this page](https://example.org/x)'), /^line 1: the care card links to "https:\/\/example.org\/x": an emergency card links only to emergency services/],
    ['a bare web address in an emergency card', card(':::care-card emergency', '- see https://example.org/y'), /links to "https:\/\/example.org\/y"/],
    ['a heading far too long', card(`:::care-card urgent ${'a'.repeat(121)}`), /^line 1: the care card has a heading of 121 characters: at most 120/],
  ];
  for (const [name, source, expected] of cases) {
    it(name, () => {
      const { problems } = readCareCards(source);
      assert.ok(problems.some((p) => expected.test(p)), `expected ${expected} in ${JSON.stringify(problems)}`);
    });
  }

  it('allows six bullets on an urgent card (the catch-all) and links on the others', () => {
    assert.deepEqual(readCareCards(card(':::care-card urgent', '- 1\n- 2\n- 3\n- 4\n- 5\n- or you are worried')).problems, []);
    assert.deepEqual(readCareCards(card(':::care-card non-urgent', '- see [sample](https://example.org)')).problems, []);
  });

  it('an invalid card is not listed, and its content renders as plain Markdown, never as half a card', () => {
    const source = card(':::care-card urgnt');
    assert.deepEqual(readCareCards(source).cards, []);
    const html = show(source);
    assert.doesNotMatch(html, /care-card/);
    assert.match(html, /<li>a sample symptom<\/li>/);
  });
});

describe('care cards: the sanitizer', () => {
  it('keeps the card\'s classes, ids, label and placeholders', () => {
    const html = renderMarkdown(card(':::care-card emergency'));
    for (const kept of ['class="care-card care-card--emergency"', 'aria-labelledby="care-card-1"', 'id="care-card-1"', 'class="care-card__level"', 'data-care-card-title="emergency"', 'class="care-card__content"', 'data-care-card-action="emergency"']) {
      assert.ok(html.includes(kept), `${kept} in ${html}`);
    }
  });

  it('an author cannot write a card, a class or a placeholder in raw HTML', () => {
    const source = '<section class="care-card care-card--urgent" onclick="x()"><p class="care-card__action" data-care-card-action="urgent"></p></section>';
    const html = completeCareCards(renderMarkdown(source), 'uk');
    assert.doesNotMatch(html, /<section|<p class=|tel:/);
  });

  it('keeps tel: links an author writes, and still drops javascript:', () => {
    assert.match(renderMarkdown('[call](tel:0123)'), /href="tel:0123"/);
    assert.doesNotMatch(renderMarkdown('[x](javascript:alert(1))'), /href="javascript:/);
  });
});
