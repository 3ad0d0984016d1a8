// Prisma's migration engine, run offline: `prisma migrate` downloads a native binary, which these
// machines cannot do, so we drive the same engine compiled to WebAssembly through the pg driver
// adapter. It reads and writes the standard prisma/migrations folder and `_prisma_migrations` table
// (checksums included), so `prisma migrate deploy` works on the same folder wherever it can run.
import { readFile, readdir, mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createDatabaseIfMissing, dropDatabase, withDatabase } from "./database-server";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

const root = path.resolve(import.meta.dirname, "../..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const migrationsDir = path.join(root, "prisma/migrations");
const filters = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;
function loadWasm() {
  wasmReady ??= (async () => {
    // The engine reports a Rust panic's message here before throwing.
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m) => console.error(`schema engine panic: ${m}`) };
    // The package does not export the .wasm file; find it beside its entry point.
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
  })();
  return wasmReady;
}

/**
 * While creating a migration the engine describes the shadow database, reading catalog columns of
 * PostgreSQL's internal one-byte type "char" (OID 18, e.g. pg_constraint.contype). @prisma/adapter-pg
 * 7.10 has no mapping for that type and rejects the query, so the pg client below reports those
 * columns as text and remembers them by result rows, and the adapter wrapper marks them as the
 * Character column type the engine expects.
 * The adapter also runs a script by splitting it on every ";", which breaks function bodies in
 * migrations; PostgreSQL's simple-query protocol runs a whole script itself, as the native engine does.
 */
const charColumns = new WeakMap<object, number[]>();
const CHARACTER = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils

class CatalogSafeClient extends pg.Client {
  // @ts-expect-error: one override for pg's many query() overloads.
  override query(...args: unknown[]) {
    const mark = (res: pg.QueryResult | undefined) => {
      const indexes = (res?.fields ?? []).flatMap((field, i) => (field.dataTypeID === 18 ? [i] : []));
      if (res && indexes.length) {
        for (const i of indexes) res.fields[i].dataTypeID = 25;
        charColumns.set(res.rows, indexes);
      }
      return res;
    };
    const last = args.at(-1);
    // pg-pool passes a callback; direct callers get a promise.
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res?: pg.QueryResult) => last(err, mark(res));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return result instanceof Promise ? result.then(mark) : result;
  }
}

type Adapter = {
  queryRaw: (q: never) => Promise<{ rows: unknown[]; columnTypes: number[] }>;
  executeScript: (script: string) => Promise<void>;
  underlyingDriver: () => unknown;
};
function fitForMigrations<A extends Adapter>(adapter: A): A {
  adapter.executeScript = async (script) => {
    try {
      await (adapter.underlyingDriver() as pg.Pool).query(script);
    } catch (error) {
      // The adapter's own translation into the error shape the engine reports.
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = CHARACTER;
    return result;
  };
  return adapter;
}

function adapterFactory(url: string) {
  const base = new PrismaPg({ connectionString: url, Client: CatalogSafeClient } as pg.PoolConfig);
  return {
    adapterName: base.adapterName,
    provider: base.provider as "postgres",
    connect: async () => fitForMigrations(await base.connect()),
    connectToShadowDb: async () => fitForMigrations(await base.connectToShadowDb()),
  };
}

async function withEngine<T>(url: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const schema = await readFile(schemaPath, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory(url));
  const log = (line: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(line);
  };
  const engine = (await bg.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, adapter)) as SchemaEngine;
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

async function migrationsList(): Promise<MigrationList> {
  const names = existsSync(migrationsDir)
    ? (await readdir(migrationsDir, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => {
        const file = path.join(migrationsDir, name, "migration.sql");
        const content = existsSync(file) ? { tag: "ok" as const, value: await readFile(file, "utf8") } : { tag: "error" as const, value: `missing ${file}` };
        return { path: name, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

/** Applies pending migrations (= `prisma migrate deploy`); returns the names applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: await migrationsList(), filters });
    return appliedMigrationNames;
  });
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the migrations
 * so far to the current schema (= `prisma migrate dev --create-only`). The WASM engine replays the
 * migrations on the database it is connected to and reads the result back, so we connect it to a
 * throwaway shadow database on the given server and drop that afterwards.
 * Returns the folder name, or null when nothing changed.
 */
export async function createMigration(serverUrl: string, name: string): Promise<string | null> {
  const shadow = `razem_shadow_${process.pid}_${Date.now()}`;
  await createDatabaseIfMissing(serverUrl, shadow);
  try {
    return await diffIntoMigration(withDatabase(serverUrl, shadow), name);
  } finally {
    await dropDatabase(serverUrl, shadow);
  }
}

async function diffIntoMigration(shadowUrl: string, name: string): Promise<string | null> {
  return withEngine(shadowUrl, async (engine) => {
    const list = await migrationsList();
    const { stdout } = await engine.diff({
      from: list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }] },
      script: true,
      exitCode: null,
      filters,
    });
    if (!stdout || /^-- This is an empty migration/.test(stdout.trim())) return null;
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = `${stamp}_${name.replace(/[^a-z0-9_]/gi, "_").toLowerCase()}`;
    await mkdir(path.join(migrationsDir, folder), { recursive: true });
    await writeFile(path.join(migrationsDir, folder, "migration.sql"), stdout);
    if (!list.lockfile.content) {
      await writeFile(
        path.join(migrationsDir, "migration_lock.toml"),
        '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
      );
    }
    return folder;
  });
}
