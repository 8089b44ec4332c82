// The workshop schema the app writes: one more than the steps in
// WORKSHOP_MIGRATIONS (src/store/migrations.rs), read from the source so a new
// work form's schema step needs no change here.
import { readFileSync } from "node:fs";

const source = readFileSync(new URL("../../src/store/migrations.rs", import.meta.url), "utf8");
const steps = source.match(/WORKSHOP_MIGRATIONS: &\[MigrationStep\] = &\[([^\]]*)\]/);
if (!steps) throw new Error("WORKSHOP_MIGRATIONS not found in src/store/migrations.rs");
export const WORKSHOP_SCHEMA = steps[1].split(",").filter((step) => step.trim()).length + 1;

// The schema of the envelopes the app stores a workshop in: one above the
// document's since the café's tables and placemat groups were split into keys
// of their own (`Entity::SPLIT_SINCE` in src/store/entity.rs).
export const STORED_WORKSHOP_SCHEMA = WORKSHOP_SCHEMA + 1;
