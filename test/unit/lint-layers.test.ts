import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('layer rules', () => {
  it.each([
    ['renderer/src/bad.ts', "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n"],
    ['renderer/src/bad.ts', "import fs from 'fs';\nfs.readFileSync('x');\n"],
    ['renderer/src/bad.ts', "import { ipcRenderer } from 'electron';\nipcRenderer.send('x');\n"],
    ['renderer/src/bad.ts', "import Database from 'better-sqlite3';\nnew Database(':memory:');\n"],
    ['renderer/src/bad.ts', "import { contract } from '../../main/core/api/contract.js';\nconsole.log(contract);\n"],
    ['parsers/x12/bad.ts', "import { app } from 'electron';\nconsole.log(app);\n"],
    ['parsers/x12/bad.ts', "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n"],
    ['parsers/x12/bad.ts', "import { createCore } from '../../main/core/core.js';\nconsole.log(createCore);\n"],
    ['main/core/bad.ts', "import { BrowserWindow } from 'electron';\nconsole.log(BrowserWindow);\n"],
    ['main/core/bad.ts', "import { startServer } from '../server/server.js';\nconsole.log(startServer);\n"],
  ])('%s may not import: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/ok.ts', "import type { MethodName } from '../../main/core/api/contract.js';\nexport type M = MethodName;\n"],
    ['main/electron/ok.ts', "import { app } from 'electron';\nconsole.log(app);\n"],
    ['main/core/ok.ts', "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n"],
    ['parsers/x12/ok.test.ts', "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n"],
  ])('%s may import: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toEqual([]);
  });
});
