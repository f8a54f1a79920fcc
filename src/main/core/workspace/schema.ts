import { TABLE_KINDS, type FieldType, type KindSpec, type TableKind } from '../../../shared/model/kinds'

/** `PRAGMA application_id` of a Pulso workspace ('PLSO'): tells our files from any other SQLite file. */
export const APPLICATION_ID = 0x504c534f

/** The workspace format version (`PRAGMA user_version`); a newer file is refused, not misread. */
export const SCHEMA_VERSION = 1

/** The SQL table that holds every imported row of one kind. */
export function kindTable(kind: TableKind): string {
  return `data_${kind.replace(/-/g, '_')}`
}

/** The SQL column of a field: snake case of its name, never clashing with our own columns. */
export function fieldColumn(field: string): string {
  return `f_${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`
}

const sqlTypes: Record<FieldType, string> = {
  id: 'TEXT',
  text: 'TEXT',
  category: 'TEXT',
  date: 'TEXT',
  month: 'TEXT',
  number: 'REAL',
  money: 'REAL',
  score: 'REAL',
  flag: 'INTEGER'
}

function kindTableDdl(spec: KindSpec): string {
  const fields = spec.fields.map((field) => `${fieldColumn(field.name)} ${sqlTypes[field.type]}`)
  return `CREATE TABLE ${kindTable(spec.kind)} (
    source_id INTEGER NOT NULL REFERENCES source_files(id) ON DELETE CASCADE,
    row_number INTEGER NOT NULL,
    ${fields.join(',\n    ')},
    attributes TEXT
  );
  CREATE INDEX ${kindTable(spec.kind)}_source ON ${kindTable(spec.kind)}(source_id);`
}

/**
 * The tables of a new workspace: what was imported (source files, their mapping, their
 * problems), the rows of each kind, settings, remembered mappings and the series cache.
 */
export const workspaceDdl = `
PRAGMA application_id = ${APPLICATION_ID};
PRAGMA user_version = ${SCHEMA_VERSION};
CREATE TABLE source_files (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  path TEXT NOT NULL,
  sheet TEXT,
  size_bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  kind TEXT NOT NULL,
  mapping TEXT NOT NULL,
  rows_read INTEGER NOT NULL,
  rows_imported INTEGER NOT NULL,
  first_date TEXT,
  last_date TEXT
);
CREATE TABLE problems (
  source_id INTEGER NOT NULL REFERENCES source_files(id) ON DELETE CASCADE,
  row_number INTEGER,
  column_name TEXT,
  raw TEXT,
  reason TEXT NOT NULL
);
CREATE INDEX problems_source ON problems(source_id);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE mappings (shape_key TEXT PRIMARY KEY, kind TEXT NOT NULL, map TEXT NOT NULL, saved_at TEXT NOT NULL);
CREATE TABLE series_cache (key TEXT PRIMARY KEY, data BLOB NOT NULL);
${TABLE_KINDS.map(kindTableDdl).join('\n')}
`
