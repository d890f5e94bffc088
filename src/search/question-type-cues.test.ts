import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QUESTION_TYPE_CUE_WORDS, detectQuestionTypes } from './question-type-cues.js';

const DOCTOR = 'when to contact a medical professional';
const WITH_MEDS = 'interactions with medications';

/** [what a reader writes, the types expected in order]. */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  // information
  ['What is fibromyalgia?', ['information']],
  ["what's a hiatal hernia", ['information']],
  ['Can you tell me about polycystic kidney disease', ['information']],
  ['Do you have any information on Marfan syndrome?', ['information']],
  ['what does it mean when your ALT is elevated', ['information']],
  ['What is lupus? What causes it?', ['information', 'causes']],
  ['what is lupus and how is it treated', ['information', 'treatment']],
  // causes
  ['What causes kidney stones?', ['causes']],
  ['what usually causes hiccups in babies', ['causes']],
  ['Why do I get headaches every afternoon?', ['causes']],
  ['why does my knee click when I walk', ['causes']],
  ['What triggers an asthma attack?', ['causes']],
  ['is there a reason for my hair falling out so much', ['causes']],
  ['how did I get shingles, I never had chickenpox', ['causes']],
  ['where does athletes foot come from', ['causes']],
  ["What's wrong with me? I'm tired all the time", ['causes']],
  ['could my back pain be due to my mattress', ['causes']],
  // symptoms
  ['What are the symptoms of diabetes', ['symptoms']],
  ['what are the warning signs of a stroke', ['symptoms']],
  ['How do I know if I have a concussion?', ['symptoms']],
  ['what does a heart attack feel like in women', ['symptoms']],
  ['is it normal to feel dizzy after standing up', ['symptoms']],
  ['Could I have a UTI? it burns when I pee', ['symptoms']],
  // treatment
  ['how is psoriasis treated', ['treatment']],
  ['Is there a cure for tinnitus?', ['treatment']],
  ['how do I get rid of warts on my hands', ['treatment']],
  ['best home remedy for a sore throat', ['treatment', 'considerations']],
  ['what medicine for a bad cough', ['treatment']],
  ['what helps with period cramps?', ['treatment']],
  ['how can I lower my cholesterol without statins', ['treatment']],
  // prevention
  ['How can I prevent migraines?', ['prevention']],
  ['how do I avoid getting the flu this winter', ['prevention']],
  ['What can I do to reduce my risk of breast cancer', ['treatment', 'considerations', 'prevention', 'susceptibility']],
  // outlook
  ['what is the prognosis for pancreatic cancer', ['outlook']],
  ['What is the life expectancy with ALS?', ['outlook']],
  ['will my tinnitus ever go away', ['outlook']],
  ['how long does a concussion last', ['outlook']],
  ['can you die from pneumonia', ['outlook']],
  ['is a heart murmur serious?', ['outlook']],
  ['what is the recovery time after knee replacement', ['outlook']],
  // exams and tests
  ['How is Lyme disease diagnosed?', ['exams and tests']],
  ['what test do I need for celiac', ['exams and tests']],
  ['should I get tested for HIV', ['exams and tests']],
  ['what is a normal blood pressure for a 60 year old', ['exams and tests']],
  // inheritance, genetic changes
  ['Is breast cancer hereditary? my mother had it', ['inheritance']],
  ['does diabetes run in families', ['inheritance']],
  ['will I pass it on to my children?', ['inheritance']],
  ['is colour blindness genetic', ['inheritance']],
  ['what gene causes cystic fibrosis', ['genetic changes', 'causes']],
  // susceptibility, frequency, complications
  ['who gets gout?', ['susceptibility']],
  ['Am I at risk for glaucoma if my dad has it', ['susceptibility']],
  ['what are the risk factors for osteoporosis', ['susceptibility']],
  ['How common is celiac disease?', ['frequency']],
  ['how many people have multiple sclerosis', ['frequency']],
  ['what are the complications of a kidney infection', ['complications']],
  ['can high blood pressure lead to kidney failure', ['complications']],
  ['what happens if diabetes is left untreated', ['complications']],
  ["what happens if you don't treat strep throat", ['complications']],
  // when to see a doctor
  ['should I see a doctor for a sprained ankle?', [DOCTOR]],
  ['when should I take my child to the ER for a fever', [DOCTOR]],
  ['is chest pain after running an emergency', [DOCTOR]],
  ['Do I need to go to the hospital for a dog bite?', [DOCTOR]],
  // research, support, stages, considerations
  ['are there any clinical trials for ALS', ['research']],
  ['any new treatments for macular degeneration?', ['research', 'treatment']],
  ['where can I find a support group for parents of autistic kids', ['support groups']],
  ['what stage is my lymphoma and has it spread', ['stages', 'outlook']],
  ['what should I eat with gout', ['considerations', 'dietary']],
  // medicines
  ['how much tylenol can I give my 2 year old?', ['usage', 'dose']],
  ['what is the usual dose of amoxicillin for adults', ['usage', 'dose']],
  ['how do I take metformin, with food or without?', ['usage', 'dietary']],
  ['what is lisinopril used for', ['indication']],
  ['what are the side effects of sertraline', ['side effects']],
  ['what are the side affects of lisinopril', ['side effects']],
  ['does prednisone make you gain weight', ['side effects']],
  ['I forgot to take my birth control pill yesterday', ['forget a dose']],
  ['I missed a dose of warfarin, what should I do', ['forget a dose', 'treatment', 'considerations']],
  ['my toddler swallowed some of my pills', ['emergency or overdose']],
  ['I took too much ibuprofen by accident', ['emergency or overdose']],
  ['how should I store insulin pens', ['storage and disposal']],
  ['Can I still use eye drops that expired last month?', ['storage and disposal']],
  ['is it safe to take zoloft while pregnant', ['precautions']],
  ['who should not take aspirin', ['contraindication']],
  ['is there a generic version of Lipitor?', ['brand names']],
  ['can I take ibuprofen and tylenol together', [WITH_MEDS]],
  ['Can I drink alcohol while taking metformin?', ['interactions with foods']],
  ['can I eat grapefruit with atorvastatin', ['interactions with foods']],
  ['is it ok to take fish oil with my blood thinner', ['precautions', 'interactions with herbs and supplements']],
  ['does turmeric really work for arthritis', ['how effective is it']],
  ['how does metformin work in the body', ['how does it work']],
  ['should my daughter get the HPV vaccine?', ['why get vaccinated']],
  // several questions in one message
  ['what usually causes it and how is it treated?', ['causes', 'treatment']],
  [
    'Hi, my 5 year old son has had eczema since he was a baby. What causes it, is it hereditary, and will he grow out of it or is it for life? Thanks',
    ['causes', 'inheritance'],
  ],
  [
    'My husband was diagnosed with type 2 diabetes. What are the symptoms of low blood sugar, and when should we call a doctor?',
    ['symptoms', DOCTOR],
  ],
  [
    'I have had a rash for 2 weeks. What is it, is it contagious, and how do I get rid of it?',
    ['information', 'causes', 'prevention', 'treatment'],
  ],
  // negatives
  ["I'm asking because my mum has it", []],
  ['My doctor says my blood pressure is fine.', []],
  ['I was diagnosed with asthma when I was 10.', []],
  ['thanks for the article, it was really helpful', []],
  ['I missed my period this month', []],
  ["how do I take my son's temperature", []],
  ['my grandfather had a stroke and was in the hospital for a week', []],
];

describe('detectQuestionTypes', () => {
  it('has a good number of cases', () => assert.ok(CASES.length >= 60));
  for (const [text, expected] of CASES) {
    it(`${text} → ${expected.join(', ') || 'none'}`, () => {
      assert.deepEqual(detectQuestionTypes(text).map((cue) => cue.type), expected);
    });
  }

  it('reports where each cue is, in the text as written', () => {
    const text = 'What CAUSES gout and how can it be treated?';
    const cues = detectQuestionTypes(text);
    assert.deepEqual(cues.map(({ type, cue }) => [type, cue]), [['causes', 'CAUSES'], ['treatment', 'treated']]);
    for (const cue of cues) assert.equal(text.slice(cue.start, cue.end), cue.cue);
  });

  it('keeps the first cue of each type', () => {
    const cues = detectQuestionTypes('what causes it? what else causes hair loss?');
    assert.equal(cues.length, 1);
    assert.equal(cues[0]?.start, 5);
  });

  it('does not read a cue across a sentence end', () => {
    assert.deepEqual(detectQuestionTypes('Tell me. About my knee.').map((c) => c.type), []);
  });
});

describe('QUESTION_TYPE_CUE_WORDS', () => {
  it('holds words that only state the question type', () => {
    for (const word of ['causes', 'symptoms', 'treatment', 'prevent', 'hereditary', 'dosage']) {
      assert.ok(QUESTION_TYPE_CUE_WORDS.has(word), word);
    }
  });
  it('leaves out words that also name what readers look for', () => {
    for (const word of ['genetic', 'risk', 'stage', 'overdose', 'side', 'storage', 'missed', 'test', 'pain']) {
      assert.ok(!QUESTION_TYPE_CUE_WORDS.has(word), word);
    }
  });
});
