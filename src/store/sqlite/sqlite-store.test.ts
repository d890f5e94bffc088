import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentStoreContract } from '../content-store.contract.js';
import { openSqliteStore } from './open-sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'healthpress-sqlite-'));
let n = 0;
contentStoreContract('SQLite file', () => openSqliteStore(join(dir, `store-${++n}.db`)));
