import { isIP } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { type Country, COUNTRIES, DEFAULT_COUNTRY, isCountry } from '../content/care-card-wording.js';
import { configInvalid } from '../errors.js';

export interface Config {
  dbPath: string;
  /**
   * Where the media store keeps its image files (HEALTHPRESS_MEDIA_DIR): by default `media/` beside
   * the SQLite file (`data/media` on PostgreSQL or an in-memory database).
   */
  mediaDir: string;
  /** A PostgreSQL URL; when set, the site runs on PostgreSQL instead of the SQLite file. */
  databaseUrl: string | null;
  /** PostgreSQL schema for the site's tables (several sites can share a database). */
  databaseSchema: string;
  host: string;
  port: number;
  /** Absolute URL the site is reached at; canonical links, feeds and sitemaps use it. */
  baseUrl: string;
  excerptLength: number;
  siteName: string;
  /**
   * The URL of the licence this site's own articles are under (HEALTHPRESS_LICENCE_URL), given
   * in their JSON-LD `license`; imported articles keep their source's. None by default.
   */
  licenceUrl: string | null;
  /** Searches per client per minute (the page and the API together), counted across every server process. */
  searchPerMinute: number;
  /** Suggestions per client per minute (as the reader types), a budget apart from searches. */
  suggestPerMinute: number;
  /**
   * Which proxies' X-Forwarded-For to believe for the client's address (HEALTHPRESS_TRUST_PROXY,
   * Fastify's `trustProxy`): false (default: the connecting address is the client), true (any
   * peer: only when nothing but the proxy can reach the server), a number of proxy hops, or a
   * list of proxy addresses and CIDR ranges. Limits count readers only when this is right.
   */
  trustProxy: TrustProxy;
  /** Megabytes of rendered pages kept in memory per server process (0 turns the cache off). */
  pageCacheMb: number;
  /** `serve` processes sharing the port (--workers, HEALTHPRESS_WORKERS): 1 serves in this process, 0 means one per CPU. */
  workers: number;
  /** HEALTHPRESS_CLINICAL_REVIEW=required|off: nothing clinical is published without a current sign-off (default required). */
  clinicalReviewRequired: boolean;
  /** The site's time zone (IANA name): schedule forms are in it. */
  timeZone: string;
  /** The reading grade articles should not pass (Flesch–Kincaid, US school grade): the editor's readability panel. */
  readingGrade: number;
  /** Whose services care cards send readers to: the numbers and wording (content/care-card-wording.ts). */
  country: Country;
  /** Reader feedback answers a client may send per hour (counted in memory, per address). */
  feedbackPerHour: number;
  /**
   * When readers' answers put an article in the review queue: at least `minAnswers` answers since
   * its last review, at least `noPercent` % of them "No" (docs/editorial-feedback.md).
   */
  feedbackReview: { minAnswers: number; noPercent: number };
}

export const DEFAULT_SEARCH_PER_MINUTE = 120;
/** A typed question asks for suggestions once per pause in typing; several a question, so a budget well above searches'. */
export const DEFAULT_SUGGEST_PER_MINUTE = 600;

export type TrustProxy = boolean | number | string[];
export const DEFAULT_PAGE_CACHE_MB = 256;
/** The target when HEALTHPRESS_READING_GRADE is not set: grade 8, the usual advice for health information (docs/editorial-readability.md). */
export const DEFAULT_READING_GRADE = 8;
export const DEFAULT_FEEDBACK_PER_HOUR = 20;
export const DEFAULT_FEEDBACK_REVIEW = { minAnswers: 5, noPercent: 40 } as const;

export interface ConfigOverrides {
  db?: string;
  databaseUrl?: string;
  host?: string;
  port?: string | number;
  baseUrl?: string;
  excerptLength?: string | number;
  workers?: string | number;
}

/**
 * Configuration comes from defaults, then environment variables, then command-line flags; each
 * later source wins. Every problem is reported at once, naming where the value came from
 * (an AppError CONFIG_INVALID whose `details` lists them).
 */
export function loadConfig(overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const pick = (flag: string | number | undefined, envName: string, fallback: string) =>
    flag !== undefined
      ? { value: String(flag), from: `--${flagName(envName)}` }
      : env[envName] !== undefined && env[envName] !== ''
        ? { value: env[envName] as string, from: envName }
        : { value: fallback, from: 'default' };

  const integer = (choice: { value: string; from: string }, min: number, max: number): number => {
    const n = Number(choice.value);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${choice.from}: "${choice.value}" must be a whole number from ${min} to ${max}`);
      return min;
    }
    return n;
  };

  const port = integer(pick(overrides.port, 'HEALTHPRESS_PORT', env.PORT ?? '3000'), 0, 65535);
  const host = pick(overrides.host, 'HEALTHPRESS_HOST', 'localhost').value;
  const excerptLength = integer(pick(overrides.excerptLength, 'HEALTHPRESS_EXCERPT_LENGTH', '50'), 10, 1000);
  const searchPerMinute = integer(pick(undefined, 'HEALTHPRESS_SEARCH_PER_MINUTE', String(DEFAULT_SEARCH_PER_MINUTE)), 1, 1_000_000);
  const workers = integer(pick(overrides.workers, 'HEALTHPRESS_WORKERS', '1'), 0, 1024);
  const suggestPerMinute = integer(pick(undefined, 'HEALTHPRESS_SUGGEST_PER_MINUTE', String(DEFAULT_SUGGEST_PER_MINUTE)), 1, 1_000_000);
  const trustProxyChoice = pick(undefined, 'HEALTHPRESS_TRUST_PROXY', 'false');
  const trustProxy = parseTrustProxy(trustProxyChoice.value);
  if (trustProxy === null) {
    problems.push(`${trustProxyChoice.from}: "${trustProxyChoice.value}" must be true, false, a number of proxy hops, or a comma-separated list of proxy addresses or CIDR ranges (e.g. "10.0.0.0/8,127.0.0.1")`);
  }
  const pageCacheMb = integer(pick(undefined, 'HEALTHPRESS_PAGE_CACHE_MB', String(DEFAULT_PAGE_CACHE_MB)), 0, 1_000_000);
  const readingGrade = integer(pick(undefined, 'HEALTHPRESS_READING_GRADE', String(DEFAULT_READING_GRADE)), 1, 18);
  const feedbackPerHour = integer(pick(undefined, 'HEALTHPRESS_FEEDBACK_PER_HOUR', String(DEFAULT_FEEDBACK_PER_HOUR)), 1, 1_000_000);
  const feedbackReview = {
    minAnswers: integer(pick(undefined, 'HEALTHPRESS_FEEDBACK_REVIEW_MIN_ANSWERS', String(DEFAULT_FEEDBACK_REVIEW.minAnswers)), 1, 1_000_000),
    noPercent: integer(pick(undefined, 'HEALTHPRESS_FEEDBACK_REVIEW_NO_PERCENT', String(DEFAULT_FEEDBACK_REVIEW.noPercent)), 1, 100),
  };
  const dbPath = pick(overrides.db, 'HEALTHPRESS_DB', 'data/healthpress.db').value;
  const databaseUrlChoice = pick(overrides.databaseUrl, 'HEALTHPRESS_DATABASE_URL', '');
  if (databaseUrlChoice.value !== '' && !/^postgres(ql)?:\/\//.test(databaseUrlChoice.value)) {
    problems.push(`${databaseUrlChoice.from}: must be a postgres:// URL`);
  }
  const defaultMediaDir = dbPath === ':memory:' || databaseUrlChoice.value !== '' ? join('data', 'media') : join(dirname(dbPath), 'media');
  const mediaDir = resolve(pick(undefined, 'HEALTHPRESS_MEDIA_DIR', defaultMediaDir).value);
  const databaseSchema = pick(undefined, 'HEALTHPRESS_DATABASE_SCHEMA', 'public').value;
  if (!/^[a-z_][a-z0-9_]*$/.test(databaseSchema)) problems.push(`HEALTHPRESS_DATABASE_SCHEMA: "${databaseSchema}" must be a lowercase identifier`);
  const baseUrlChoice = pick(overrides.baseUrl, 'HEALTHPRESS_BASE_URL', `http://localhost:${port}`);
  let baseUrl = baseUrlChoice.value.replace(/\/+$/, '');
  try {
    const url = new URL(baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    problems.push(`${baseUrlChoice.from}: "${baseUrlChoice.value}" must be an absolute http(s) URL`);
    baseUrl = `http://localhost:${port}`;
  }

  const clinicalReview = env.HEALTHPRESS_CLINICAL_REVIEW ?? 'required';
  if (clinicalReview !== 'required' && clinicalReview !== 'off') problems.push(`HEALTHPRESS_CLINICAL_REVIEW: "${clinicalReview}" must be "required" or "off"`);
  const timeZone = env.HEALTHPRESS_TIME_ZONE || 'Europe/London';
  if (!validTimeZone(timeZone)) problems.push(`HEALTHPRESS_TIME_ZONE: "${timeZone}" is not a time zone name (e.g. "Europe/London", "America/New_York")`);
  const countryChoice = pick(undefined, 'HEALTHPRESS_COUNTRY', DEFAULT_COUNTRY);
  const country = countryChoice.value.toLowerCase();
  if (!isCountry(country)) problems.push(`${countryChoice.from}: "${countryChoice.value}" must be one of ${COUNTRIES.join(', ')}`);
  const licenceUrlChoice = pick(undefined, 'HEALTHPRESS_LICENCE_URL', '');
  if (licenceUrlChoice.value !== '' && !/^https?:\/\/\S+$/.test(licenceUrlChoice.value)) {
    problems.push(`${licenceUrlChoice.from}: "${licenceUrlChoice.value}" must be an absolute http(s) URL`);
  }

  if (problems.length) throw configInvalid(problems);
  return {
    clinicalReviewRequired: clinicalReview !== 'off',
    timeZone,
    dbPath: dbPath === ':memory:' ? dbPath : resolve(dbPath),
    mediaDir,
    databaseUrl: databaseUrlChoice.value === '' ? null : databaseUrlChoice.value,
    databaseSchema,
    host,
    port,
    baseUrl,
    excerptLength,
    searchPerMinute,
    suggestPerMinute,
    trustProxy: trustProxy ?? false,
    pageCacheMb,
    workers,
    readingGrade,
    country: country as Country,
    feedbackPerHour,
    feedbackReview,
    siteName: env.HEALTHPRESS_SITE_NAME || 'Healthpress',
    licenceUrl: licenceUrlChoice.value === '' ? null : licenceUrlChoice.value,
  };
}

/** HEALTHPRESS_TRUST_PROXY's forms (docs/serving.md); null when it is none of them. */
export function parseTrustProxy(value: string): TrustProxy | null {
  const text = value.trim().toLowerCase();
  if (text === 'false' || text === 'off' || text === 'no' || text === '') return false;
  if (text === 'true' || text === 'on' || text === 'yes') return true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops >= 1 && hops <= 100 ? hops : null;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  return entries.every(isProxyAddress) ? entries : null;
}

// proxy-addr (Fastify's) also takes these names for whole ranges.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  if (rest.length > 0 || isIP(address) === 0) return false;
  if (bits === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d+$/.test(bits) && Number(bits) <= max;
}

function validTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function flagName(envName: string): string {
  return envName.replace(/^HEALTHPRESS_/, '').toLowerCase().replace(/_/g, '-');
}

/** Where the content lives, for messages: the SQLite file, or the PostgreSQL URL without its password. */
export function databaseLabel(config: Pick<Config, 'dbPath' | 'databaseUrl' | 'databaseSchema'>): string {
  if (!config.databaseUrl) return config.dbPath;
  const url = new URL(config.databaseUrl);
  if (url.password) url.password = '***';
  return `${url.toString()} (schema ${config.databaseSchema})`;
}
