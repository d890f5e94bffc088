import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { taxonomySlugProblems } from './taxonomy.js';

describe('taxonomySlugProblems: the slug an editor types for a topic or a category', () => {
  const table: [string, string[]][] = [
    ['influenza', []],
    ['  heart-health ', []],
    ['covid-19', []],
    ['孕期', []],
    ['', ['slug: required']],
    ['Flu Jabs', ['slug: "Flu Jabs" must be lowercase letters and digits joined by hyphens (such as "flu-jabs")']],
    ['womens-health/pregnancy', ['slug: "womens-health/pregnancy" must be lowercase letters and digits joined by hyphens (such as "womens-health-pregnancy")']],
    ['flu--jabs', ['slug: "flu--jabs" must be lowercase letters and digits joined by hyphens (such as "flu-jabs")']],
    ['-flu', ['slug: "-flu" must be lowercase letters and digits joined by hyphens (such as "flu")']],
    ['!!!', ['slug: "!!!" must be lowercase letters and digits joined by hyphens']],
    ['a'.repeat(121), ['slug: at most 120 characters (has 121)']],
  ];
  for (const [slug, problems] of table) {
    it(`"${slug.length > 20 ? `${slug.slice(0, 20)}…` : slug}" → ${problems.length === 0 ? 'fine' : problems[0]}`, () => assert.deepEqual(taxonomySlugProblems(slug), problems));
  }
});
