import type { Actor, Role } from './roles.js';

/**
 * Everything an actor can be allowed to do in the newsroom. Article actions take an
 * `ArticleSubject`; the others act on the site as a whole.
 */
export const ACTIONS = [
  'article.create',
  'article.view',
  'article.edit',
  'article.delete',
  'article.submit',
  'article.publish',
  'article.unpublish',
  'article.restore',
  'article.review',
  'article.signoff',
  'article.share-preview',
  'taxonomy.manage',
  'user.manage',
  'token.manage',
  'settings.manage',
  'audit.read',
  'feedback.read',
  'media.upload',
] as const;

export type Action = (typeof ACTIONS)[number];

/** What the article rules look at: who owns it, and whether readers can see a version of it. */
export interface ArticleSubject {
  ownerId: number | null;
  /** It has (or had and may again have) a live revision: published articles are editors' business. */
  everPublished: boolean;
}

export type Decision = { allowed: true } | { allowed: false; permission: Action; reason: string };

interface Rule {
  role: Role;
  action: Action;
  /** A condition on the article; a rule without one applies to every subject. */
  when?: (actor: Actor, subject: ArticleSubject) => boolean;
  /** Why the condition refused, shown to the actor. */
  unless?: string;
}

const own = (actor: Actor, subject: ArticleSubject) => subject.ownerId === actor.userId;
const ownUnpublished = (actor: Actor, subject: ArticleSubject) => own(actor, subject) && !subject.everPublished;
const OWN = 'contributors may act only on their own articles';
const OWN_UNPUBLISHED = 'contributors may change only their own articles that were never published';

// One line per rule (the style of Outline's server/policies). Admins may do everything: see `authorize`.
const RULES: readonly Rule[] = [
  { role: 'contributor', action: 'article.create' },
  { role: 'contributor', action: 'article.view', when: own, unless: OWN },
  { role: 'contributor', action: 'article.edit', when: ownUnpublished, unless: OWN_UNPUBLISHED },
  { role: 'contributor', action: 'article.delete', when: ownUnpublished, unless: OWN_UNPUBLISHED },
  { role: 'contributor', action: 'article.submit', when: ownUnpublished, unless: OWN_UNPUBLISHED },
  { role: 'contributor', action: 'article.restore', when: ownUnpublished, unless: OWN_UNPUBLISHED },
  { role: 'contributor', action: 'media.upload' },
  { role: 'reviewer', action: 'article.view' },
  { role: 'reviewer', action: 'article.review' },
  { role: 'reviewer', action: 'article.signoff' },
  { role: 'reviewer', action: 'article.share-preview' },
  { role: 'reviewer', action: 'feedback.read' },
  { role: 'editor', action: 'article.create' },
  { role: 'editor', action: 'article.view' },
  { role: 'editor', action: 'article.edit' },
  { role: 'editor', action: 'article.delete' },
  { role: 'editor', action: 'article.submit' },
  { role: 'editor', action: 'article.publish' },
  { role: 'editor', action: 'article.unpublish' },
  { role: 'editor', action: 'article.restore' },
  { role: 'editor', action: 'article.share-preview' },
  { role: 'editor', action: 'article.review' },
  { role: 'editor', action: 'taxonomy.manage' },
  { role: 'editor', action: 'feedback.read' },
  { role: 'editor', action: 'media.upload' },
];

const ARTICLE_ACTIONS = new Set<Action>(ACTIONS.filter((action) => action.startsWith('article.')));

/**
 * May `actor` take `action` (on `subject`, for article actions)? Pure: the same inputs always
 * give the same decision, and a refusal names the permission and why.
 */
export function authorize(actor: Actor, action: Action, subject?: ArticleSubject): Decision {
  if (actor.role === 'admin') return { allowed: true };
  if (ARTICLE_ACTIONS.has(action) && action !== 'article.create' && !subject) {
    throw new Error(`authorize: "${action}" needs the article it acts on`);
  }
  const rules = RULES.filter((rule) => rule.role === actor.role && rule.action === action);
  if (rules.length === 0) return { allowed: false, permission: action, reason: `${actor.role}s may not ${describe(action)}` };
  const refused = rules.find((rule) => rule.when && !rule.when(actor, subject!));
  if (refused && rules.every((rule) => rule.when && !rule.when(actor, subject!))) {
    return { allowed: false, permission: action, reason: refused.unless ?? `${actor.role}s may not ${describe(action)} this article` };
  }
  return { allowed: true };
}

export const can = (actor: Actor, action: Action, subject?: ArticleSubject): boolean => authorize(actor, action, subject).allowed;

function describe(action: Action): string {
  const [what, verb] = action.split('.') as [string, string];
  const object = { article: 'articles', taxonomy: 'topics, categories and tags', user: 'users', token: 'API tokens', settings: 'settings', audit: 'the audit log', feedback: "readers' feedback", media: 'images' }[what];
  if (verb === 'share-preview') return 'share preview links';
  if (verb === 'signoff') return 'sign off articles clinically';
  if (verb === 'upload') return 'upload images';
  return `${verb} ${object}`;
}
