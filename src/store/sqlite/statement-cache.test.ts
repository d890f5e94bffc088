import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  it('hands out one prepared statement per SQL text', () => {
    const db = withStatementCache(new SQLite(':memory:'));
    assert.equal(db.prepare('select 1 as n'), db.prepare('select 1 as n'));
    assert.notEqual(db.prepare('select 1 as n'), db.prepare('select 2 as n'));
    db.close();
  });

  it('never hands out a statement that is still iterating', () => {
    const connection = new SQLite(':memory:');
    const db = withStatementCache(connection);
    connection.exec('create table t (n integer); insert into t values (1), (2), (3)');
    const first = db.prepare('select n from t order by n');
    const iterator = first.iterate([]) as IterableIterator<{ n: number }>;
    assert.equal(iterator.next().value?.n, 1);
    const second = db.prepare('select n from t order by n');
    assert.notEqual(second, first);
    assert.deepEqual(second.all([]), [{ n: 1 }, { n: 2 }, { n: 3 }]);
    assert.equal(iterator.next().value?.n, 2, 'the open iteration goes on undisturbed');
    iterator.return?.();
    db.close();
  });

  it('keeps the most recently used statements and drops the least recently used past its bound', () => {
    const db = withStatementCache(new SQLite(':memory:'), 2);
    const one = db.prepare('select 1');
    const two = db.prepare('select 2');
    assert.equal(db.prepare('select 1'), one, 'a hit makes "select 2" the least recently used');
    db.prepare('select 3');
    assert.equal(db.prepare('select 1'), one);
    assert.notEqual(db.prepare('select 2'), two, 'dropped, so prepared anew');
    db.close();
  });
});
