/**
 * Words dropped from a reader's query before retrieval. Readers write questions and messages
 * ("Hi doctor, my 5 year old son has had a cough for two weeks, what should I do?"), so besides
 * English function words the list holds question scaffolding, message chatter and time words.
 *
 * Words are in the form `tokenize()` gives them: lowercase, accents folded, "'s" dropped and other
 * apostrophes removed ("don't" → "dont", "I'm" → "im"). Contractions whose apostrophe-free form
 * is a real word with its own meaning are left out: "I'll" → "ill", "we'll" → "well",
 * "she'd" → "shed", "she'll" → "shell".
 *
 * Never listed: words with medical meaning (pain, baby, child, pregnant, woman, men, mother, bad,
 * good, normal, feel, see, use, type, first, morning, night, right, left), because queries like
 * "bad breath", "morning sickness", "type 2 diabetes" or "can't see well" depend on them.
 * Question-type cue words (cause, symptoms, treatment, risk, test) are not stop words either:
 * `question-type-cues.ts` decides whether they served as a cue. See docs/search-vocabulary.md.
 */

/** Standard English function words: articles, pronouns, auxiliaries, prepositions, conjunctions. */
const FUNCTION_WORDS = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'am', 'an', 'and', 'any', 'are',
  'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by',
  'did', 'do', 'does', 'doing', 'done', 'down', 'during', 'each', 'either', 'else', 'every',
  'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers',
  'herself', 'him', 'himself', 'his', 'if', 'in', 'into', 'is', 'it', 'its', 'itself', 'me',
  'more', 'most', 'my', 'myself', 'neither', 'no', 'nor', 'not', 'of', 'off', 'on', 'once',
  'only', 'onto', 'or', 'other', 'others', 'our', 'ours', 'ourselves', 'out', 'over', 'own',
  'per', 'same', 'she', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them',
  'themselves', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through', 'thru',
  'to', 'too', 'toward', 'towards', 'under', 'until', 'up', 'upon', 'us', 'via', 'was', 'we',
  'were', 'whether', 'while', 'with', 'within', 'without', 'yet', 'you', 'your', 'yours',
  'yourself', 'yourselves', 'i', 'also', 'although', 'among', 'around', 'across',
  'along', 'another', 'behind', 'beside', 'besides', 'beyond', 'like', 'unless', 'whereas',
];

/** Question words and modal verbs: they frame a question, the question type is detected apart. */
const QUESTION_SCAFFOLDING = [
  'what', 'how', 'why', 'when', 'where', 'which', 'who', 'whom', 'whose', 'whats', 'hows',
  'whatever', 'whenever', 'wherever', 'can', 'could', 'should', 'would', 'will', 'shall', 'may',
  'might', 'must', 'ought', 'cannot', 'cant', 'couldnt', 'shouldnt', 'wouldnt', 'wont', 'dont',
  'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'mustnt',
  'im', 'ive', 'id', 'youre', 'youve', 'youll', 'youd', 'theyre', 'theyve', 'theyll', 'theyd',
  'weve', 'hed', 'itll', 'thatll', 'lets', 'aint', 'u', 'ur', 'r', 'ya', 'yall',
];

/** Message chatter: greetings, politeness, hedges and filler that say nothing about health. */
const MESSAGE_CHATTER = [
  'hi', 'hello', 'hey', 'hii', 'greetings', 'dear', 'doctor', 'doctors', 'dr', 'doc', 'sir',
  'madam', 'maam', 'mam', 'thanks', 'thank', 'thankyou', 'thanx', 'thx', 'ty', 'tia', 'please',
  'pls', 'plz', 'kindly', 'regards', 'cheers', 'sincerely', 'appreciate', 'appreciated', 'help',
  'question', 'questions', 'query', 'queries', 'answer', 'answers', 'reply', 'advice', 'advise',
  'suggest', 'suggestion', 'suggestions', 'wondering', 'wonder', 'wondered', 'curious', 'know',
  'knew', 'known', 'tell', 'telling', 'told', 'ask', 'asking', 'asked', 'want', 'wanted',
  'wanting', 'need', 'needed', 'get', 'gets', 'got', 'gotten', 'getting', 'really', 'very',
  'much', 'many', 'just', 'still', 'since', 'ago', 'lot', 'lots', 'bit', 'anyone', 'someone',
  'something', 'anything', 'everything', 'nothing', 'everyone', 'anybody', 'somebody',
  'thing', 'things', 'stuff', 'etc', 'information', 'info', 'details', 'detail', 'ok', 'okay',
  'yes', 'yeah', 'yep', 'hopefully', 'maybe', 'perhaps', 'probably', 'actually', 'basically',
  'literally', 'honestly', 'anyway', 'anyways', 'kinda', 'sorta', 'pretty', 'quite', 'rather',
  'even', 'ever', 'never', 'always', 'already', 'almost', 'sometimes', 'usually', 'often',
  'lately', 'recently', 'currently', 'now', 'later', 'soon', 'anymore', 'kind', 'kinds', 'sort',
  'way', 'ways', 'best', 'better', 'problem', 'problems', 'issue', 'issues', 'concern',
  'concerned', 'worried', 'suffer', 'suffers', 'suffering', 'suffered', 'experiencing',
  'noticed', 'notice', 'think', 'thought', 'thinking', 'guess', 'seem', 'seems', 'seemed',
  'say', 'says', 'said', 'try', 'tried', 'trying', 'go', 'goes', 'going', 'gone', 'went',
  'come', 'comes', 'came', 'coming', 'make', 'makes', 'made', 'making', 'keep', 'keeps', 'kept',
  'let', 'look', 'looking', 'take', 'takes', 'taking', 'took', 'taken', 'able', 'possible',
  'sure', 'mom', 'mum', 'dad', 'husband', 'wife', 'boyfriend', 'girlfriend', 'friend',
  'friends', 'hubby', 'guys', 'everybody', 'someones', 'thats', 'theres', 'heres', 'whos',
];

/**
 * Time words are chatter in messages ("my 5 year old", "for two weeks", "since last month");
 * durations that matter clinically are written with numbers the engine keeps.
 */
const TIME_WORDS = [
  'old', 'year', 'years', 'yr', 'yrs', 'yo', 'month', 'months', 'mo', 'mos', 'week', 'weeks',
  'wk', 'wks', 'day', 'days', 'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'mins',
  'today', 'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'past', 'time', 'times',
];

export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS, ...QUESTION_SCAFFOLDING, ...MESSAGE_CHATTER, ...TIME_WORDS,
]);

/**
 * True when the word is a stop word. Takes raw or tokenized words: it lowercases, drops "'s" and
 * apostrophes as `tokenize()` does, so "Don't" and "dont" agree.
 */
export function isStopWord(word: string): boolean {
  const normalized = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  return STOP_WORDS.has(normalized);
}
