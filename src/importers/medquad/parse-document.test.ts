import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseMedquadXml, type MedquadDocument } from './parse-document.js';

const FIXTURES = path.join(process.cwd(), 'test/fixtures/medquad');

function parseFixture(relative: string): MedquadDocument {
  const result = parseMedquadXml(readFileSync(path.join(FIXTURES, relative), 'utf8'));
  if (!result.ok) assert.fail(`${relative}: ${result.error}`);
  return result.document;
}

describe('parseMedquadXml', () => {
  it('reads the usual format: attributes, focus, UMLS annotations and pairs', () => {
    const document = parseFixture('3_GHR_QA/0000001.xml');
    assert.equal(document.id, '0000001');
    assert.equal(document.source, 'GHR');
    assert.equal(document.url, 'https://ghr.nlm.nih.gov/condition/mellor-syndrome');
    assert.equal(document.focus, 'Mellor syndrome');
    assert.deepEqual(document.cuis, ['C9000020', 'C9000021']);
    assert.deepEqual(document.semanticTypes, ['T019', 'T047']);
    assert.equal(document.semanticGroup, 'Disorders');
    assert.deepEqual(document.pairs.map((pair) => [pair.pid, pair.qid, pair.qtype]), [
      ['1', '0000001-1', 'information'],
      ['2', '0000001-2', 'treatment'],
    ]);
  });

  it('decodes &apos; and the other entities in questions, answers and synonyms', () => {
    const document = parseFixture('3_GHR_QA/0000001.xml');
    assert.deepEqual(document.synonyms, ["Mellor's disease", 'MLS']);
    assert.equal(document.pairs[0]?.question, "What is (are) Mellor's syndrome ?");
    assert.match(document.pairs[0]?.answer ?? '', /a person's hair/);
    const gard = parseFixture('2_GARD_QA/0000001.xml');
    assert.match(gard.pairs[0]?.answer ?? '', /\(<0\.01%\)/);
  });

  it('decodes numeric character references too', () => {
    const xml = '<Document id="1" source="GHR"><Focus>Caf&#233;</Focus><QAPairs><QAPair pid="1">'
      + '<Question qtype="information">What is it&#x3F;</Question><Answer>It&#8217;s fine &amp; well</Answer>'
      + '</QAPair></QAPairs></Document>';
    const result = parseMedquadXml(xml);
    assert.ok(result.ok);
    assert.equal(result.document.focus, 'Café');
    assert.equal(result.document.pairs[0]?.question, 'What is it?');
    assert.equal(result.document.pairs[0]?.answer, 'It’s fine & well');
  });

  it('keeps answers exactly, whitespace included, and values as text', () => {
    const xml = '<Document id="0000001" source="GHR"><Focus> 0012 </Focus><FocusAnnotations><UMLS><CUIs>'
      + '<CUI>0001</CUI></CUIs></UMLS></FocusAnnotations><QAPairs><QAPair pid="07"><Question qtype="information">'
      + 'Q?</Question><Answer>  1e5\n  - item  </Answer></QAPair></QAPairs></Document>';
    const result = parseMedquadXml(xml);
    assert.ok(result.ok);
    assert.equal(result.document.focus, '0012');
    assert.deepEqual(result.document.cuis, ['0001']);
    assert.equal(result.document.pairs[0]?.pid, '07');
    assert.equal(result.document.pairs[0]?.answer, '  1e5\n  - item  ');
  });

  it('returns lists for lone children (one CUI, one synonym, one pair)', () => {
    const document = parseFixture('2_GARD_QA/0000001.xml');
    assert.deepEqual(document.cuis, ['C9000010']);
    assert.deepEqual(document.synonyms, ['HBS']);
    const single = parseFixture('1_CancerGov_QA/0000002_1.xml');
    assert.equal(single.pairs.length, 1);
  });

  it('reads the CancerGov id as stated, even when it differs from the file name', () => {
    assert.equal(parseFixture('1_CancerGov_QA/0000001_1.xml').id, '0000001_1');
    assert.equal(parseFixture('1_CancerGov_QA/0000002_1.xml').id, '0000009_1');
  });

  it('takes MedlinePlus Category in place of UMLS', () => {
    const document = parseFixture('4_MPlus_Health_Topics_QA/0000001.xml');
    assert.equal(document.focusCategory, 'Other');
    assert.deepEqual(document.cuis, []);
    assert.equal(document.semanticGroup, null);
    assert.deepEqual(document.synonyms, ['Walking while asleep']);
  });

  it('survives a bare <UMLS> with empty children straight under the document (CDC)', () => {
    const document = parseFixture('9_CDC_QA/0000001.xml');
    assert.deepEqual(document.cuis, []);
    assert.deepEqual(document.semanticTypes, []);
    assert.equal(document.semanticGroup, null);
    assert.equal(document.pairs.length, 2);
  });

  it('survives a missing FocusAnnotations element', () => {
    const document = parseFixture('8_NHLBI_QA_XML/0000001.xml');
    assert.equal(document.focus, 'Morning Breathlessness');
    assert.deepEqual(document.synonyms, []);
    assert.equal(document.semanticGroup, null);
  });

  it('reads a <DiseaseFile fid=...> root', () => {
    const document = parseFixture('9_CDC_QA/0000002.xml');
    assert.equal(document.id, '0000002');
    assert.equal(document.source, 'CDC');
    assert.equal(document.focus, 'Parasites - Sand flea');
    assert.equal(document.pairs.length, 1);
  });

  it('reads the lowercase format (<doc>, <doctitle-focus>, <qaPairs>, <pair>)', () => {
    const document = parseFixture('6_NINDS_QA/0000001.xml');
    assert.equal(document.id, '0000001');
    assert.equal(document.source, 'NINDS');
    assert.equal(document.url, 'http://www.ninds.nih.gov/disorders/example/tremble-reflex.htm');
    assert.equal(document.focus, 'Tremble reflex');
    assert.deepEqual(document.cuis, []);
    assert.deepEqual(document.pairs.map((pair) => [pair.pid, pair.qtype, pair.question]), [
      ['1', 'information', 'what is tremble reflex ?'],
      ['2', 'treatment', 'is there any treatment for Tremble reflex ?'],
    ]);
  });

  it('gives a document with no pairs an empty list', () => {
    const document = parseFixture('5_NIDDK_QA/0000001.xml');
    assert.equal(document.focus, 'Keep your kidneys happy');
    assert.deepEqual(document.pairs, []);
  });

  it('keeps pids as the file states them, gaps included', () => {
    assert.deepEqual(parseFixture('7_SeniorHealth_QA/0000001.xml').pairs.map((pair) => pair.pid), ['1', '4', '9']);
  });

  it('reads removed and empty answers as empty strings', () => {
    assert.deepEqual(parseFixture('10_MPlus_ADAM_QA/0000001.xml').pairs.map((pair) => pair.answer), ['', '', '']);
    const noAnswer = parseMedquadXml('<Document><QAPairs><QAPair pid="1"><Question>Q?</Question></QAPair></QAPairs></Document>');
    assert.ok(noAnswer.ok);
    assert.equal(noAnswer.document.pairs[0]?.answer, '');
  });

  it('falls back to the qid, then the position, when a pair has no pid', () => {
    const result = parseMedquadXml('<Document><QAPairs>'
      + '<QAPair><Question qid="0000001-6">A?</Question><Answer>a</Answer></QAPair>'
      + '<QAPair><Question>B?</Question><Answer>b</Answer></QAPair></QAPairs></Document>');
    assert.ok(result.ok);
    assert.deepEqual(result.document.pairs.map((pair) => pair.pid), ['6', '2']);
  });

  it('reports XML that is not well-formed, with the parser message and line', () => {
    const result = parseMedquadXml(readFileSync(path.join(FIXTURES, '9_CDC_QA/0000003.xml'), 'utf8'));
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.match(result.error, /^not well-formed XML: .*closing tag.* \(line 7\)$/);
  });

  it('reports a root with no QA structure, naming the element as written', () => {
    const result = parseMedquadXml(readFileSync(path.join(FIXTURES, '5_NIDDK_QA/0000002.xml'), 'utf8'));
    assert.ok(!result.ok);
    assert.equal(result.error, 'no MedQuAD document: root element <Summary> has no QAPairs element');
  });

  it('reports an empty file', () => {
    const result = parseMedquadXml('');
    assert.ok(!result.ok);
    assert.match(result.error, /^not well-formed XML/);
  });

  it('ignores a byte-order mark', () => {
    const result = parseMedquadXml('\ufeff<Document><QAPairs></QAPairs></Document>');
    assert.ok(result.ok);
  });
});
