import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** The database handle every repository and service receives (a pool or the embedded PGlite). */
export type Db = Kysely<Database>;

/** A transaction opened by a service; repositories take it to write inside the service's unit of work. */
export type Trx = Transaction<Database>;

/** Either: for repository reads that run inside or outside a transaction. */
export type DbOrTrx = Db | Trx;
