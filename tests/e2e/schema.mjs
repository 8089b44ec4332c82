// The workshop schema the app writes: one more than the steps in
// WORKSHOP_MIGRATIONS (src/store/migrations.rs), read from the source so a new
// work form's schema step needs no change here.
import { readFileSync } from "node:fs";

const source = readFileSync(new URL("../../src/store/migrations.rs", import.meta.url), "utf8");
const steps = source.match(/WORKSHOP_MIGRATIONS: &\[MigrationStep\] = &\[([^\]]*)\]/);
if (!steps) throw new Error("WORKSHOP_MIGRATIONS not found in src/store/migrations.rs");
export const WORKSHOP_SCHEMA = steps[1].split(",").filter((step) => step.trim()).length + 1;
