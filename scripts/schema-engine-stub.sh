#!/bin/sh
# Stands in for Prisma's native schema-engine binary, which the CLI would otherwise download
# (impossible offline) even for `generate`, `validate` and `format`, which never call it.
# Migrations run through @prisma/schema-engine-wasm instead: see scripts/lib/schema-engine.ts.
echo "schema-engine stub: use npm run db:migrate / db:migration" >&2
exit 1
