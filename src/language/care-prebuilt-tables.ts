import type { ParserTables } from './care-parser-tables.js';

/**
 * The parser tables of the grammar being bundled. Here, in the sources (and so in tests), there are none
 * and the parser analyses its grammar when it starts; the bundler replaces this module with the tables it
 * computed from the same build (scripts/parser-tables.mjs).
 */
export const PREBUILT_PARSER_TABLES: ParserTables | undefined = undefined;
