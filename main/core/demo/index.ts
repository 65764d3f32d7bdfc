/** The demo workspace (issue 6): `crossdock demo`, `npm run demo` and the app's first-start offer. */
export { assertEmptyTarget, createDemoWorkspace } from './new-workspace.js';
export { populateDemoWorkspace, DemoError, DEMO_SEED, MANIFEST_FILE, SOURCE_FOLDER, type DemoOptions, type DemoProgress, type DemoResult, type DemoStep } from './create.js';
export { DEFECT_SPECS, type DemoManifest, type PlantedDefect } from './defects.js';
export { buildScenario } from './scenario.js';
export { ediFilesOf } from './files.js';
