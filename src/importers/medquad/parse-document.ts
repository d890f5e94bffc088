import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One MedQuAD XML file, with both of the corpus's formats folded into one shape. */
export interface MedquadDocument {
  /** The id the file states (`id`, `fid` or `docid`); informative only, files are keyed by name. */
  id: string | null;
  /** `source` attribute (`corpus` in the lowercase format), e.g. "GHR". */
  source: string | null;
  url: string | null;
  focus: string | null;
  /** MedlinePlus collections label the focus Disease, Drug or Other. */
  focusCategory: string | null;
  synonyms: string[];
  cuis: string[];
  semanticTypes: string[];
  semanticGroup: string | null;
  pairs: MedquadPair[];
}

export interface MedquadPair {
  /** The pair's `pid` attribute; pids have gaps, so this is not the pair's position. */
  pid: string;
  qid: string | null;
  qtype: string | null;
  question: string;
  /** Exactly as the file has it (entities decoded, whitespace kept); '' when empty or absent. */
  answer: string;
}

export type ParseResult = { ok: true; document: MedquadDocument } | { ok: false; error: string };

type XmlObject = { [key: string]: unknown };

const TEXT = '#text';
const ATTR = '@_';

// Elements that repeat. Listing them keeps a lone child an array, so one code path reads both.
const LIST_ELEMENTS = new Set(['qapair', 'pair', 'cui', 'semantictype', 'synonym']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  // Values stay text: CUIs, pids and answers such as "0001" or "1e5" must not become numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  // Answers encode their layout in runs of spaces and newlines; answer-markdown reads them.
  trimValues: false,
  // The deprecated name is the only switch that also decodes numeric references (&#8217;).
  htmlEntities: true,
  // One spelling for both formats (<QAPair> and <pair>, <UMLS> and <umls>).
  transformTagName: (name) => name.toLowerCase(),
  transformAttributeName: (name) => name.toLowerCase(),
  isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && LIST_ELEMENTS.has(name),
});

export function parseMedquadXml(xml: string): ParseResult {
  const source = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const validation = XMLValidator.validate(source);
  if (validation !== true) {
    const { msg, line } = validation.err;
    return { ok: false, error: `not well-formed XML: ${msg}${typeof line === 'number' ? ` (line ${line})` : ''}` };
  }
  let tree: unknown;
  try {
    tree = parser.parse(source);
  } catch (error) {
    return { ok: false, error: `could not parse XML: ${error instanceof Error ? error.message : String(error)}` };
  }
  const root = findRoot(tree);
  if (!root) {
    return { ok: false, error: `no MedQuAD document: root element <${rootName(source)}> has no QAPairs element` };
  }
  return { ok: true, document: readDocument(root) };
}

/** The element holding <QAPairs>/<qaPairs>: <Document>, <DiseaseFile>, <doc> or any other name. */
function findRoot(tree: unknown): XmlObject | null {
  if (!isObject(tree)) return null;
  for (const [key, value] of Object.entries(tree)) {
    if (key.startsWith('?') || !isObject(value)) continue;
    if ('qapairs' in value) return value;
  }
  return null;
}

function readDocument(root: XmlObject): MedquadDocument {
  const annotations = objectChild(root, 'focusannotations');
  // CDC puts a bare <UMLS> under the document; the lowercase format has <umls> there too.
  const umls = objectChild(annotations, 'umls') ?? objectChild(root, 'umls');
  const synonyms = objectChild(annotations, 'synonyms') ?? objectChild(root, 'synonyms');
  return {
    id: attribute(root, 'id') ?? attribute(root, 'fid') ?? attribute(root, 'docid'),
    source: attribute(root, 'source') ?? attribute(root, 'corpus'),
    url: attribute(root, 'url'),
    focus: nonEmpty(textOf(root['focus'] ?? root['doctitle-focus'])),
    focusCategory: nonEmpty(textOf(annotations?.['category'] ?? root['category'])),
    synonyms: texts(synonyms?.['synonym']),
    // <CUIs><CUI/></CUIs> in the usual format, <cui/> straight under <umls> in the others.
    cuis: texts(objectChild(umls, 'cuis')?.['cui'] ?? umls?.['cui']),
    semanticTypes: texts(objectChild(umls, 'semantictypes')?.['semantictype'] ?? umls?.['semantictype']),
    semanticGroup: nonEmpty(textOf(umls?.['semanticgroup'])),
    pairs: readPairs(root),
  };
}

function readPairs(root: XmlObject): MedquadPair[] {
  const container = objectChild(root, 'qapairs');
  const elements = asList(container?.['qapair'] ?? container?.['pair']);
  const pairs: MedquadPair[] = [];
  elements.forEach((element, index) => {
    if (!isObject(element)) return;
    const question = first(element['question']);
    const qid = isObject(question) ? attribute(question, 'qid') : null;
    pairs.push({
      pid: attribute(element, 'pid') ?? pidFromQid(qid) ?? String(index + 1),
      qid,
      qtype: isObject(question) ? attribute(question, 'qtype') : null,
      question: textOf(question).trim(),
      answer: textOf(first(element['answer'])),
    });
  });
  return pairs;
}

/** The root element's name as written (the parsed tree only has lowercased names). */
function rootName(xml: string): string {
  const match = /<([A-Za-z_][\w.:-]*)/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''));
  return match?.[1] ?? '?';
}

/** "0000001-3" → "3": the qid ends with the pid when the pid attribute is missing. */
function pidFromQid(qid: string | null): string | null {
  const match = qid ? /-(\d+)$/.exec(qid) : null;
  return match?.[1] ?? null;
}

function isObject(value: unknown): value is XmlObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function objectChild(node: XmlObject | null | undefined, name: string): XmlObject | null {
  const value = first(node?.[name]);
  return isObject(value) ? value : null;
}

function attribute(node: XmlObject, name: string): string | null {
  const value = node[ATTR + name];
  return typeof value === 'string' ? nonEmpty(value) : null;
}

/** Text content of an element that may have come out as a string or as {#text, @_attrs}. */
function textOf(value: unknown): string {
  const node = first(value);
  if (typeof node === 'string') return node;
  if (isObject(node)) {
    const text = node[TEXT];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

function texts(value: unknown): string[] {
  return asList(value).map((item) => textOf(item).trim()).filter((item) => item !== '');
}

function nonEmpty(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
