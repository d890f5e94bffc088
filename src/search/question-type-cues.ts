import type { MedquadQuestionType } from '../content/question-types.js';

/**
 * Which question type(s) a reader asks about, from the wording of a question or message
 * ("what usually causes it and how is it treated?" → causes, treatment). Types are MedQuAD's own
 * qtype strings, as stored on articles (see content/question-types.ts), so the engine can prefer
 * answers of the asked type. The cues are a table of small patterns; the syntax is below.
 */

export interface QuestionTypeCue {
  /** A MedQuAD qtype, e.g. "causes", "exams and tests". */
  type: string;
  /** The text that matched, as the reader wrote it. */
  cue: string;
  /** Character offsets of the cue in the text (end exclusive). */
  start: number;
  end: number;
}

type CueType = MedquadQuestionType;

// Long type names, shortened so the table stays one line per cue.
const DOCTOR = 'when to contact a medical professional';
const WITH_MEDS = 'interactions with medications';
const WITH_FOOD = 'interactions with foods';
const WITH_HERBS = 'interactions with herbs and supplements';

// Word lists shared by several cues.
const CLINICIAN = 'doctor|doctors|dr|doc|gp|physician|specialist|nurse|provider|professional|'
  + 'pediatrician|dermatologist|dentist|hospital|er|a&e|emergency|urgent|911|ambulance';
const MEDICINE = 'medicine|medicines|medication|medications|meds|drug|drugs|pill|pills|tablet|'
  + 'tablets|capsule|capsules|antibiotic|antibiotics|antidepressant|antidepressants|insulin|chemo';
const OFFSPRING = 'child|children|kid|kids|son|sons|daughter|daughters|baby|babies|offspring|'
  + 'grandchildren|grandkids';
const DRINKS = 'alcohol|beer|wine|liquor|booze|grapefruit|caffeine|coffee|dairy|milk|juice';
const HERBS = 'herb|herbs|herbal|supplement|supplements|vitamin|vitamins|melatonin|turmeric|'
  + 'ginkgo|ginseng|echinacea|wort|probiotic|probiotics|cbd|magnesium|zinc';
const TAKE = 'take|taking|took|use|using|combine|combining|mix|mixing|have|having';
/** "take my son to the ER" is not about taking a medicine. */
const PERSON = ['him', 'her', 'them', 'us', ...['my', 'our', 'your', 'his', 'the'].flatMap((owner) =>
  [...OFFSPRING.split('|'), 'husband', 'wife', 'mom', 'dad', 'mother', 'father', 'partner']
    .map((who) => `${owner}_${who}`))].join('|');

/**
 * Pattern syntax, one cue per line. Words are separated by spaces and match whole words, in any
 * case, across spaces, commas, quotes, brackets and hyphens (never across . ? ! ; :):
 *   a|b|c   one word, any of these          treat*   a word starting with "treat"
 *   my_son  (in ! and < lists) several words in a row
 *   ~  ~N   up to 3 (or N) words of any kind, so "what usually causes" meets "what ~ causes"
 *   !a|b    the next word is not one of these (consumes nothing)
 *   <a|b    first item only: none of these words within the two words before the match
 */
const CUES: readonly (readonly [CueType | readonly CueType[], string])[] = [
  ['information', 'what is|are|s|re !wrong|going|happening|up'],
  ['information', 'whats !wrong|going|happening|up'],
  ['information', 'tell ~2 about'],
  ['information', 'information|info|facts|overview ~1 about|on|regarding'],
  ['information', 'what ~1 does|do ~4 mean|means'],
  ['information', 'meaning|definition of'],
  ['information', 'define|explain'],

  ['causes', 'cause|causes|caused|causing|causal|causation|causative|etiology|aetiology'],
  ['causes', 'why am|do|does|did|is|are|was|were|would|could|can|have|has|my|i'],
  ['causes', "why can't|cant|don't|dont|doesn't|doesnt|isn't|isnt|won't|wont|keep"],
  ['causes', 'reason|reasons for|why|behind|of'],
  ['causes', 'what ~2 trigger|triggers|triggered|triggering'],
  ['causes', 'trigger|triggers for|of'],
  ['causes', 'what makes|made'],
  ['causes', 'how did|do|does|could|can|would ~2 get|got|catch|contract|develop '
    + '!rid|better|pregnant|tested|diagnosed|treated|help|over|to|off|through|back|checked|'
    + 'vaccinated|my|your|his|her|their|him|them|enough|more|less|some|out|used|worse|sleep|relief'],
  ['causes', 'where ~3 come|comes|came from'],
  ['causes', 'is|be ~2 due to'],
  ['causes', 'what ~2 wrong with'],
  [['causes', 'prevention'], 'contagious|contageous|transmissible|transmission|transmit|transmitted'],
  [['causes', 'prevention'], 'how is|are ~2 spread'],

  ['symptoms', 'symptom|symptoms|symtom*|sympton*|simptom*|symptomatic'],
  ['symptoms', 'signs'],
  ['symptoms', 'sign of|that|and'],
  ['symptoms', 'how ~3 know|tell if|whether ~3 have|has|had|got|having'],
  ['symptoms', 'what ~4 feel|feels like'],
  ['symptoms', 'what ~4 look|looks like'],
  ['symptoms', 'is it|this|that normal'],
  ['symptoms', 'do|could|might i have !to'],
  ['symptoms', 'could|might it|this|these be !treated|cured|prevented|caused|passed|inherited|'
    + 'spread|reversed|diagnosed|detected|managed|controlled|avoided|stopped|due|related|linked'],

  ['treatment', '<not|never|t|dont|without treat|treats|treated|treating|treatment|treatments|'
    + 'treatable|tratment|treatmeant|treament'],
  ['treatment', 'cure|cures|cured|curing|curable|cureable|curative'],
  ['treatment', 'remedy|remedies'],
  ['treatment', 'get|getting rid of'],
  ['treatment', 'how|way|ways ~3 stop|relieve|ease|soothe|fix|heal|manage|control|lower|reduce|'
    + 'overcome|beat|fight|calm|improve|alleviate|lessen|handle'],
  ['treatment', `${MEDICINE}|cream|creams|ointment|spray|drops ~1 for`],
  ['treatment', 'what|anything|something ~3 help|helps|helped'],
  ['treatment', 'help|helps with|for|relieve|ease'],
  ['treatment', 'therapy|therapies|option|options|management'],
  ['treatment', 'get|feel|make ~2 better'],
  [['treatment', 'considerations'], 'what ~3 do|doing about|for'],
  [['treatment', 'considerations'], 'what should|can|could|shall|must|to ~2 do !in_case'],
  [['treatment', 'considerations'], 'home ~1 care|remedy|remedies|treatment|treatments'],
  [['treatment', 'considerations'], 'self care|help|treatment|treat'],
  [['treatment', 'considerations'], 'at home'],

  ['prevention', 'prevent|prevents|prevented|preventing|prevention|preventable|preventive|'
    + 'preventative|prophylaxis|prophylactic'],
  ['prevention', 'avoid|avoiding ~2 getting|catching|developing|spreading|passing|infection|'
    + 'infections|it|another'],
  ['prevention', 'reduce|lower|decrease|minimize|minimise|cut|lessen ~3 risk|risks|chance|chances|'
    + 'odds|likelihood'],
  ['prevention', 'stop|keep|protect ~3 from|against'],
  ['prevention', 'protect ~1 myself|yourself|themselves|ourselves|my|our|your|me|us|them'],
  ['prevention', 'is|are there ~2 vaccine|vaccines|shot|shots|jab|jabs'],
  ['prevention', 'how ~3 not get|catch'],
  ['prevention', 'happen|happens|happening|get|getting ~2 again'],

  ['outlook', 'prognosis|prognoses|prognostic|outlook|outcome|outcomes|lifespan'],
  ['outlook', 'life expectancy|span'],
  ['outlook', 'survival|survive|surviving|survivable|survivor|survivors'],
  ['outlook', 'go|goes away'],
  ['outlook', 'clear|clears up'],
  ['outlook', 'how long ~4 last|lasts|heal|recover|live|survive|persist|stay'],
  ['outlook', 'how long ~3 take|takes ~2 heal|recover|go|get|clear|pass'],
  ['outlook', 'recover|recovers|recovered|recovery|recovering|heal|heals|healing'],
  ['outlook', 'die|dies|dying|death|fatal|deadly|lethal|terminal|mortality'],
  ['outlook', 'kill|kills ~1 you|me|him|her|people|someone|them'],
  ['outlook', 'is|it|this|that|how ~3 serious|dangerous|permanent'],
  ['outlook', 'life threatening'],
  ['outlook', 'what ~3 expect'],
  ['outlook', 'come|comes|coming back'],
  ['outlook', 'recur|recurs|recurrence|recurring|relapse|relapses'],
  ['outlook', 'will ~3 ok|okay|alright|fine'],
  ['outlook', 'going to be ok|okay|alright|fine'],
  ['outlook', 'normal life'],
  ['outlook', 'get|gets|getting ~1 worse'],
  ['outlook', 'progress|progresses|progression|reversible|irreversible|reversed|reverse'],

  ['exams and tests', 'how ~3 diagnose|diagnosed|diagnosis|diagnosing'],
  ['exams and tests', 'can|could|does|do|will|would|should|which|what|who ~4 diagnose|diagnosed|'
    + 'diagnosis|diagnosing'],
  ['exams and tests', 'diagnostic'],
  ['exams and tests', 'test|tests|tested|testing|screen|screening|screened|check|checked|checking for'],
  ['exams and tests', 'what|which|any ~2 test|tests|exam|exams|scan|scans|screening|bloodwork|labs'],
  ['exams and tests', 'get|getting|be ~1 tested|checked|screened|examined'],
  ['exams and tests', 'blood|urine|stool|genetic|home|pregnancy ~1 test|tests|work|panel'],
  ['exams and tests', 'mri|ct|xray|ultrasound|biopsy|mammogram|colonoscopy|endoscopy|ekg|ecg|eeg'],
  ['exams and tests', 'x ray|rays'],
  ['exams and tests', 'scan|scans|detect|detected|detects|detecting|detection'],
  ['exams and tests', 'result|results|reading|readings ~3 mean|means'],
  ['exams and tests', 'normal ~2 range|level|levels|reading|readings|value|values|count|counts|'
    + 'pressure|sugar|rate|results'],

  ['inheritance', 'hereditary|heredity|inherit|inherits|inherited|inheritance|inheriting|'
    + 'inheritable|heritable'],
  ['inheritance', 'genetic|genetically|genetics'],
  ['inheritance', 'run|runs|running|ran in ~2 family|families'],
  ['inheritance', `pass|passed|passes|passing|give ~5 ${OFFSPRING}`],
  ['inheritance', 'pass|passed|passes|passing ~2 down'],
  ['inheritance', `will|would|could|can ~2 ${OFFSPRING} ~2 get|inherit|have`],
  ['inheritance', 'carrier|carriers|autosomal|recessive|dominant'],
  ['inheritance', 'x linked'],
  [['susceptibility', 'inheritance'], 'family history'],

  ['genetic changes', 'gene|genes|mutation|mutations|mutated|chromosome|chromosomes|chromosomal|'
    + 'dna'],
  ['genetic changes', 'genetic|gene ~1 change|changes|cause|causes|basis|defect|defects|fault|'
    + 'abnormality|variant|variants'],

  ['susceptibility', "who !should|shouldn't|shouldnt ~2 get|gets|getting|develop|develops|catch|"
    + 'catches|affected|affects|susceptible|prone|likely|risk'],
  ['susceptibility', 'at ~3 risk'],
  ['susceptibility', 'risk factor|factors'],
  ['susceptibility', 'risk|chance|chances|odds|likelihood of|for'],
  ['susceptibility', 'prone|susceptible|susceptibility|vulnerable|predisposed|predisposition'],
  ['susceptibility', 'likely to ~1 get|develop|have|catch'],

  ['frequency', 'how common|rare|prevalent|widespread|frequent'],
  ['frequency', 'how many ~3 people|persons|americans|adults|children|kids|women|men|cases|'
    + 'patients|individuals|babies'],
  ['frequency', 'is|are ~2 common|rare|uncommon !cold|form|forms|type|types|cause|causes|symptom|'
    + 'symptoms|side|sign|signs'],
  ['frequency', 'prevalence|incidence|statistics|stats'],

  ['complications', 'complication|complications'],
  ['complications', 'lead|leads|leading to'],
  ['complications', 'what ~2 happens|happen if|when'],
  ['complications', 'untreated|unchecked'],
  ['complications', "not|never|t|dont ~1 treated|treat"],
  ['complications', 'without treatment'],
  ['complications', 'long term ~1 effect|effects|damage|consequences|problems|impact'],
  ['complications', 'turn|turns|turning|develop|develops|become|becomes into'],
  [['complications', 'side effects'], 'risks ~2 of|with|involved'],

  [DOCTOR, `should|need|when|must|worth|do ~4 see|visit|call|contact|consult|go|get|ring|phone|`
    + `take|bring ~4 ${CLINICIAN}|seen|checked|looked`],
  [DOCTOR, 'is ~5 emergency|urgent'],
  [DOCTOR, 'seek|need|get|require|requires ~2 medical|immediate|urgent|emergency ~1 '
    + 'attention|help|care'],
  [DOCTOR, 'should ~2 worried|worry|concerned|panic|alarmed'],
  [DOCTOR, 'when to worry'],
  [DOCTOR, 'call|dial 911'],

  ['research', 'research|researchers|researching|breakthrough|breakthroughs'],
  ['research', 'clinical trial|trials|study|studies'],
  ['research', 'trial|trials|studies for|of|on'],
  ['research', 'new|newest|latest|recent|experimental|promising|upcoming|future|emerging ~2 '
    + 'treatment|treatments|therapy|therapies|drug|drugs|medicine|medicines|cure|cures|'
    + 'options|developments|advances'],
  ['research', 'being done'],

  ['support groups', 'support group|groups|network|networks|organization|organizations|'
    + 'organisation|community|services|resources'],
  ['support groups', 'find|get|any|where ~3 support'],
  ['support groups', 'talk|connect|meet|speak ~2 others|people|parents|families|someone'],
  ['support groups', 'forum|forums|charity|charities|advocacy'],
  [['considerations', 'support groups'], 'cope|coping|live|living|deal|dealing with'],

  [['considerations', 'dietary'], 'what ~3 eat|drink|eating|drinking'],
  [['considerations', 'dietary'], 'food|foods|drinks ~2 avoid|eat|good|bad'],
  [['considerations', 'dietary'], 'diet|dietary|nutrition|eating ~2 for|with|plan|tips|advice|'
    + 'restrictions|changes|instructions'],
  [['considerations', 'dietary'], 'special diet'],
  ['considerations', 'lifestyle'],

  ['stages', 'stage|stages|staging|staged'],
  [['stages', 'outlook'], 'has|have|it ~3 spread|spreading|metastasized|metastasised'],

  ['indication', 'used|use|prescribed|given|taken|good ~1 for'],
  ['indication', 'why ~4 prescribed|prescribe|prescribing|given'],
  ['indication', 'what does ~3 treat'],
  ['indication', 'who should !not ~2 take|get|use|have'],
  [['usage', 'dose'], '<forget|forgot|forgotten|miss|missed|missing|skip|skipped|double|extra '
    + 'dose|doses|dosage|dosages|dosing|doseage|mg|milligram|milligrams|mcg'],
  [['usage', 'dose'], 'how much|many ~4 take|give|use|safe|allowed'],
  ['usage', `how ~3 take|use|apply|inject|administer|insert|inhale|swallow !care|advantage|off|${PERSON}`],
  ['usage', `when ~2 should|to|best ~3 take|use|apply !${PERSON}`],
  [['usage', 'dietary'], 'with|without ~1 food|meal|meals'],
  ['usage', 'empty stomach'],
  ['usage', 'crush|crushed|crushing|split|splitting|chew|chewed|chewing|cut|break|open|dissolve '
    + '~1 pill|pills|tablet|tablets|capsule|capsules|it|them'],
  ['usage', 'take ~3 before|after ~2 meal|meals|food|eating|breakfast|bed|bedtime'],
  ['usage', 'morning or ~1 night|evening|bedtime'],
  ['how does it work', 'how does|do ~3 work|works'],
  ['how does it work', 'mechanism|mechanisms|mode of action'],
  ['how effective is it', 'effective|effectiveness|efficacy|efficacious|ineffective'],
  ['how effective is it', 'how well|good ~2 work|works|is|are|does'],
  ['how effective is it', '<how does|do|will|would|did|is|really ~3 work|works|working|worked'],
  ['how effective is it', 'worth ~1 it|taking|trying'],
  ['side effects', 'side effect|effects|affect|affects|efects'],
  ['side effects', 'sideeffect|sideeffects|adverse|reaction|reactions'],
  ['side effects', 'make|makes|made|making ~1 me|you|him|her|them|people ~1 feel|tired|sleepy|'
    + 'drowsy|dizzy|sick|nauseous|nauseated|gain|fat|hungry|anxious|depressed|sweat|itch|itchy'],
  ['side effects', `${MEDICINE}|vaccine|vaccines|shot|jab|injection ~1 cause|causes|caused|causing`],
  [['severe reaction', 'side effects'], 'allergic|severe|serious|bad|anaphylactic ~1 '
    + 'reaction|reactions'],
  ['severe reaction', 'anaphylaxis|anaphylactic'],
  ['severe reaction', 'allergic to'],
  ['forget a dose', 'forget|forgot|forgotten|forgetting|miss|missed|missing|skip|skipped|skipping '
    + `~2 dose|doses|${MEDICINE}|injection|shot`],
  ['forget a dose', 'forgot|forget|forgetting ~1 to take'],
  ['forget a dose', 'double ~1 dose|up'],
  ['emergency or overdose', 'overdose|overdosed|overdosing|poisoned'],
  ['emergency or overdose', 'took|take|taken|swallowed|ate|had|given|gave ~3 too much|many'],
  ['emergency or overdose', `too many ${MEDICINE}`],
  ['emergency or overdose', 'accidentally|accidently ~3 took|take|taken|swallowed|ate|drank|gave|'
    + 'given|ingested'],
  ['emergency or overdose', 'swallowed|ingested'],
  ['emergency or overdose', 'poison control'],
  ['storage and disposal', 'how|where|should ~3 store|keep'],
  ['storage and disposal', 'storage|storing|stored|refrigerate|refrigerated|refrigerator|fridge'],
  ['storage and disposal', 'expired|expire|expires|expiration|expiry|outdated'],
  ['storage and disposal', 'out of date'],
  ['storage and disposal', 'dispose|disposal|disposing'],
  ['storage and disposal', 'throw|throwing ~2 away|out'],
  ['precautions', 'precaution|precautions|careful|caution|cautions'],
  ['precautions', 'safe|safely|safety|unsafe|harmful'],
  ['precautions', 'is|it|its ~2 ok|okay|alright|fine ~2 to|if|for'],
  ['precautions', 'while|when|during|if ~3 pregnant|pregnancy|breastfeeding|breastfeed|nursing'],
  ['precautions', 'breast feeding'],
  ['important warning', 'warning|warnings !sign|signs|symptom|symptoms'],
  ['important warning', 'black|boxed box ~1 warning'],
  ['contraindication', 'contraindication|contraindications|contraindicated|contraindicate'],
  ['contraindication', "who ~2 not|shouldn't|shouldnt|can't|cant|cannot ~2 take|get|use|have|receive"],
  ['contraindication', 'should ~2 not|avoid|never ~2 take|taking|get|getting|use|using'],
  ['brand names', 'brand|brands|branded|generic|generics'],
  ['brand names of combination products', 'combination ~1 product|products|pill|pills|drug|drugs|'
    + 'medicine|medicines|tablet|tablets'],
  [WITH_MEDS, 'interact|interacts|interaction|interactions|interfere|interferes|interference'],
  [WITH_MEDS, 'other ~1 medication|medications|medicines|medicine|meds|drugs|drug|prescriptions'],
  [WITH_MEDS, `${TAKE} ~4 together|alongside`],
  [WITH_MEDS, 'same time|at once'],
  [WITH_MEDS, `${TAKE} ~5 with|while|plus|alongside ~3 ${MEDICINE}`],
  [WITH_FOOD, `${DRINKS} ~3 while|with|on|after`],
  [WITH_FOOD, `with|while|on|after|and ~2 ${DRINKS}`],
  [WITH_FOOD, 'food|foods|drink|drinks ~3 interact|interacts|interaction|interactions|interfere'],
  [WITH_FOOD, 'interact|interacts|interaction|interactions|interfere ~3 food|foods|drink|drinks'],
  [WITH_HERBS, `${HERBS} ~3 while|with|on|together|interact|interacts|interaction|interactions`],
  [WITH_HERBS, `with|while|plus|interact|interacts|interaction|interactions ~3 ${HERBS}`],
  [WITH_HERBS, 'fish|cod|krill oil ~3 while|with|on|together'],
  [WITH_FOOD, 'between ~6 and food|foods|drinks'],
  [WITH_HERBS, 'between ~6 and herb|herbs|supplement|supplements'],
  ['why get vaccinated', 'why|should ~5 vaccinated|vaccinate|vaccine|vaccines|vaccination|'
    + 'immunized|immunised|immunization|shot|jab|booster'],
  ['how can i learn more', 'learn|read|find|know ~1 more'],
  ['how can i learn more', 'more information|info|resources'],
  ['how can i learn more', 'where ~3 find ~2 information|info|resources'],
  ['other information', 'else ~3 know|should|need'],
  ['other information', 'other information|info|things|facts ~3 know'],
];

/**
 * Surface words that only say what kind of answer is wanted, so the engine can leave them out of
 * the full-text query once a question type was recognised ("what causes gout" searches "gout" and
 * prefers answers of type causes). Chosen so that dropping them anywhere in such a question loses
 * nothing: words that also name things readers look for stay in the query, e.g. "genetic",
 * "risk", "stage", "test", "therapy", "overdose", "side" (left side), "storage" (glycogen storage
 * disease), "missed"/"forget" (missed period, forgetfulness), "warning" (warning signs).
 */
export const QUESTION_TYPE_CUE_WORDS: ReadonlySet<string> = new Set([
  'cause', 'causes', 'caused', 'causing', 'reason', 'reasons', 'etiology',
  'symptom', 'symptoms', 'sign', 'signs',
  'treat', 'treats', 'treated', 'treating', 'treatment', 'treatments', 'treatable',
  'cure', 'cures', 'cured', 'curable', 'remedy', 'remedies',
  'prevent', 'prevents', 'prevented', 'preventing', 'prevention', 'preventable', 'preventive',
  'preventative', 'prognosis', 'outlook', 'complication', 'complications',
  'diagnose', 'diagnosed', 'diagnosing', 'diagnosis',
  'hereditary', 'heredity', 'inherit', 'inherits', 'inherited', 'inheritable', 'inheritance',
  'susceptible', 'susceptibility', 'prevalence', 'incidence',
  'dose', 'doses', 'dosage', 'dosing', 'adverse',
  'interact', 'interacts', 'interaction', 'interactions',
  'contraindication', 'contraindications', 'contraindicated', 'precaution', 'precautions',
  'dispose', 'disposal', 'expired', 'expiration', 'expiry', 'effectiveness', 'efficacy',
]);

const LETTER = '[\\p{L}\\p{N}]';
/** Between the words of one cue: spaces and in-clause punctuation, never a sentence end. */
const SEP = '[\\s,\'’"“”()\\[\\]/&+-]+';
const WORD_END = `(?!${LETTER})`;
/** Punctuation and words that start a new clause: "information" yields only to cues in its own. */
const CLAUSE_BREAK = /[.?!;:,]|\b(?:and|or|but|also|then|plus)\b/i;

function alternatives(spec: string): string {
  const words = spec.split('|').map((word) => {
    const prefix = word.endsWith('*');
    const literal = (prefix ? word.slice(0, -1) : word)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/'/g, '[\'’]')
      .replace(/_/g, SEP);
    return prefix ? `${literal}${LETTER}*` : literal;
  });
  return `(?:${words.join('|')})${WORD_END}`;
}

/** Compiles one pattern of the table (syntax above) to a global, case-insensitive RegExp. */
function compile(pattern: string): RegExp {
  let source = `(?<!${LETTER})`;
  let gap = '';
  let words = 0;
  for (const item of pattern.trim().split(/\s+/)) {
    if (item.startsWith('~')) {
      gap = `(?:${LETTER}+${SEP}){0,${item.length > 1 ? Number(item.slice(1)) : 3}}`;
    } else if (item.startsWith('!')) {
      source += `(?!${SEP}${alternatives(item.slice(1))})`;
    } else if (item.startsWith('<')) {
      source += `(?<!(?<!${LETTER})${alternatives(item.slice(1))}(?:${SEP}${LETTER}+){0,2}${SEP})`;
    } else {
      source += (words > 0 ? SEP : '') + gap + alternatives(item);
      gap = '';
      words += 1;
    }
  }
  return new RegExp(source, 'giu');
}

// Compiled on first use: a process that never searches (a static rebuild) skips 0.15 s.
let compiled: { types: readonly CueType[]; regex: RegExp }[] | null = null;
const compiledCues = () =>
  (compiled ??= CUES.map(([types, pattern]) => ({
    types: typeof types === 'string' ? [types] : types,
    regex: compile(pattern),
  })));

/**
 * The question types the text asks about, ordered by position, one cue per type (its first).
 * "information" ("what is X") gives way when a more specific cue follows in the same clause
 * ("what are the symptoms …" is a symptoms question), but stays beside cues in other clauses
 * ("what is lupus and how is it treated?").
 */
export function detectQuestionTypes(text: string): QuestionTypeCue[] {
  const found: (QuestionTypeCue & { row: number })[] = [];
  compiledCues().forEach(({ types, regex }, row) => {
    for (const match of text.matchAll(regex)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      for (const type of types) found.push({ type, cue: match[0], start, end, row });
    }
  });
  found.sort((a, b) => a.start - b.start || a.row - b.row);

  const kept = found.filter((cue) => cue.type !== 'information' || !specificCueFollows(text, cue, found));
  const seen = new Set<string>();
  const result: QuestionTypeCue[] = [];
  for (const { type, cue, start, end } of kept) {
    if (seen.has(type)) continue;
    seen.add(type);
    result.push({ type, cue, start, end });
  }
  return result;
}

function specificCueFollows(text: string, info: QuestionTypeCue, all: readonly QuestionTypeCue[]): boolean {
  return all.some((other) => {
    if (other.type === 'information' || other.start < info.start) return false;
    if (other.start <= info.end) return true;
    const between = text.slice(info.end, other.start);
    return !CLAUSE_BREAK.test(between) && between.trim().split(/\s+/).length <= 4;
  });
}
