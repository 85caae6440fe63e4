// Worker bootstrap: workers do not inherit tsx's loader, so load the TypeScript worker through
// tsx's API (Node 20 ignores `--import` in a worker's execArgv for the entry module).
import { tsImport } from "tsx/esm/api";

await tsImport("./analysisWorker.ts", import.meta.url);
