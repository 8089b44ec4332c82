// Where the tests serve dist/ and the sub-path build. E2E_PORT moves both (the
// sub-path build one port up), so two test runs on one machine do not meet.
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const ORIGIN = `http://127.0.0.1:${PORT}/`;
export const SUB_ORIGIN = `http://127.0.0.1:${PORT + 1}/werktafel/`;
