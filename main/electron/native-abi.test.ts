// Tests scripts/native-abi.mjs (Vitest collects no tests under scripts/; the desktop shell owns ABI switching).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addonAbi,
  buildEnvironment,
  electronGypArguments,
  ensureNativeAbi,
  explainNativeLoadError,
  headerAbi,
  NativeAbiError,
  planSwitch,
  printNativeFix,
  projectPaths,
  type Stamp,
  type Target,
} from '../../scripts/native-abi.mjs';
import { makeTempDir } from '../../test/helpers/temp-dir.js';

const nodeAbi = Number(process.versions.modules);
const node: Target = { runtime: 'node', version: process.version, abi: nodeAbi };
const electron: Target = { runtime: 'electron', version: '45.5.0', abi: 150 };

/** Bytes that look like an addon's dynamic symbol table around the registration export. */
const fakeAddon = (abi: number, filler = 'x') => Buffer.from(`\x7fELF${filler.repeat(64)}\0node_module_register\0node_register_module_v${abi}\0napi_x\0`, 'latin1');

describe('addonAbi', () => {
  it('reads the ABI from the node_register_module_v<ABI> export', () => {
    expect(addonAbi(fakeAddon(150))).toBe(150);
    expect(addonAbi(fakeAddon(115, 'y'))).toBe(115);
  });

  it('is undefined for a file without the export (an N-API addon, a truncated file)', () => {
    expect(addonAbi(Buffer.from('\x7fELF node_module_register napi_module_register'))).toBeUndefined();
    expect(addonAbi(Buffer.from('node_register_module_v'))).toBeUndefined();
  });

  it('agrees with the runtime for the better-sqlite3 build this test process loads', () => {
    new Database(':memory:').close();
    expect(addonAbi(readFileSync(projectPaths().addon))).toBe(nodeAbi);
  });
});

describe('headerAbi', () => {
  it('takes the numeric NODE_MODULE_VERSION, not the embedder indirection', () => {
    const header = '#ifdef NODE_EMBEDDER_MODULE_VERSION\n#define NODE_MODULE_VERSION NODE_EMBEDDER_MODULE_VERSION\n#else\n#define NODE_MODULE_VERSION 150\n#endif';
    expect(headerAbi(header)).toBe(150);
    expect(headerAbi('#define NODE_MAJOR_VERSION 20')).toBeUndefined();
  });
});

describe('planSwitch', () => {
  const stampFor = (target: Target, sha256: string): Stamp => ({ ...target, sha256 });

  it('does nothing when the addon has the ABI and the stamp matches its hash', () => {
    const addon = { present: true, abi: nodeAbi, sha256: 'a' };
    expect(planSwitch({ target: node, addon, stamp: stampFor(node, 'a'), cacheHit: false })).toEqual({ action: 'none' });
    const built = { present: true, abi: 150, sha256: 'e' };
    expect(planSwitch({ target: electron, addon: built, stamp: stampFor(electron, 'e'), cacheHit: true })).toEqual({ action: 'none' });
  });

  it('verifies (no rebuild) a build of the right ABI made by someone else, or left with a stale stamp', () => {
    const addon = { present: true, abi: nodeAbi, sha256: 'fresh' };
    expect(planSwitch({ target: node, addon, stamp: undefined, cacheHit: false }).action).toBe('verify');
    expect(planSwitch({ target: node, addon, stamp: stampFor(node, 'old'), cacheHit: false }).action).toBe('verify');
  });

  it('verifies rather than rebuilds when only the Electron patch version changed (same ABI)', () => {
    const addon = { present: true, abi: 150, sha256: 'e' };
    const plan = planSwitch({ target: { ...electron, version: '45.6.0' }, addon, stamp: stampFor(electron, 'e'), cacheHit: false });
    expect(plan.action).toBe('verify');
  });

  it('rebuilds for the other runtime, naming what the addon was built for', () => {
    const addon = { present: true, abi: 150, sha256: 'e' };
    const plan = planSwitch({ target: node, addon, stamp: stampFor(electron, 'e'), cacheHit: false });
    expect(plan).toEqual({ action: 'rebuild', reason: expect.stringContaining('built for Electron 45.5.0 (ABI 150)') });
  });

  it('trusts the binary over a stamp that claims another runtime', () => {
    const addon = { present: true, abi: 150, sha256: 'e' };
    const plan = planSwitch({ target: electron, addon, stamp: stampFor(node, 'e'), cacheHit: false });
    expect(plan.action).toBe('verify');
  });

  it('restores from the cache instead of rebuilding when that build exists', () => {
    const addon = { present: true, abi: nodeAbi, sha256: 'n' };
    expect(planSwitch({ target: electron, addon, stamp: stampFor(node, 'n'), cacheHit: true }).action).toBe('restore');
    expect(planSwitch({ target: node, addon: { present: false }, stamp: undefined, cacheHit: true }).action).toBe('restore');
    expect(planSwitch({ target: node, addon: { present: false }, stamp: undefined, cacheHit: false }).action).toBe('rebuild');
  });

  it('loads an addon that does not name its ABI under Node, but cannot under Electron without its binary', () => {
    const addon = { present: true, abi: undefined, sha256: 'u' };
    expect(planSwitch({ target: node, addon, stamp: undefined, cacheHit: false }).action).toBe('verify');
    expect(planSwitch({ target: electron, addon, stamp: undefined, cacheHit: false }).action).toBe('rebuild');
  });
});

describe('the Electron build command', () => {
  it('drops every npm setting that could redirect node-gyp (nodedir from ~/.npmrc), keeping network settings', () => {
    const env = buildEnvironment({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      npm_config_runtime: 'node',
      npm_config_target: '20.20.2',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_package_config_node_gyp_nodedir: '/usr',
      npm_config_https_proxy: 'http://proxy:3128',
      HOME: '/home/me',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_https_proxy: 'http://proxy:3128', HOME: '/home/me' });
  });

  it('names Electron explicitly and compiles against the downloaded headers, not a configured nodedir', () => {
    const args = electronGypArguments({ command: 'rebuild', version: '45.5.0', arch: 'x64', devdir: '/cache/electron-gyp' });
    expect(args).toEqual(expect.arrayContaining(['rebuild', '--target=45.5.0', '--dist-url=https://electronjs.org/headers', '--runtime=electron', '--arch=x64']));
    expect(args).toContain(`--nodedir=${join('/cache/electron-gyp', '45.5.0')}`);
    const install = electronGypArguments({ command: 'install', version: '45.5.0', arch: 'arm64', devdir: '/d' });
    expect(install[0]).toBe('install');
    expect(install.some((arg) => arg.startsWith('--nodedir'))).toBe(false);
  });
});

describe('explainNativeLoadError', () => {
  const nodeMismatch = new Error(
    "The module '/x/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 150. This version of Node.js requires\nNODE_MODULE_VERSION 115. Please try re-compiling or re-installing",
  );

  it('gives the exact command for the runtime that failed', () => {
    const underNode = explainNativeLoadError(nodeMismatch, { node: 'v20.20.2', abi: 115 });
    expect(underNode).toContain('ABI 150');
    expect(underNode).toContain('needs ABI 115');
    expect(underNode).toContain('npm run native:node');
    expect(explainNativeLoadError(nodeMismatch, { node: 'v22.0.0', electron: '45.5.0', abi: 150 })).toContain('npm run native:electron');
  });

  it('recognises a missing addon and ignores unrelated errors', () => {
    expect(explainNativeLoadError(new Error('Could not locate the bindings file. Tried: …'), { node: 'v20', abi: 115 })).toContain('npm run native:node');
    expect(explainNativeLoadError(new Error('SQLITE_BUSY: database is locked'), { node: 'v20', abi: 115 })).toBeUndefined();
  });

  it('printNativeFix writes only for native load failures', () => {
    const written: string[] = [];
    expect(printNativeFix(nodeMismatch, (text) => written.push(text))).toBe(true);
    expect(printNativeFix(new Error('other'), (text) => written.push(text))).toBe(false);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/npm run native:(node|electron)/);
  });
});

describe('ensureNativeAbi in a scratch project (no compiler runs)', () => {
  let project: ReturnType<typeof makeTempDir>;
  let paths: ReturnType<typeof projectPaths>;
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);

  beforeEach(() => {
    project = makeTempDir('crossdock-abi-');
    paths = projectPaths(project.path);
    lines.length = 0;
    // A stand-in better-sqlite3 whose JavaScript loads without the binary, so the load check can run for real.
    mkdirSync(join(paths.module, 'build', 'Release'), { recursive: true });
    writeFileSync(join(paths.module, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.0.0-test', main: 'index.js' }));
    writeFileSync(join(paths.module, 'index.js'), 'module.exports = class { prepare() { return { get: () => 1 }; } };');
    mkdirSync(paths.electron, { recursive: true });
    writeFileSync(join(paths.electron, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }));
    writeFileSync(join(paths.electron, 'abi_version'), '150\n');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    project.cleanup();
  });

  it('stamps a matching build once, then is a no-op', () => {
    writeFileSync(paths.addon, fakeAddon(nodeAbi));
    expect(ensureNativeAbi('node', { paths, log }).action).toBe('verify');
    const stamp = JSON.parse(readFileSync(paths.stamp, 'utf8')) as Stamp;
    expect(stamp).toMatchObject({ runtime: 'node', abi: nodeAbi });
    expect(ensureNativeAbi('node', { paths, log })).toEqual({ action: 'none' });
  });

  it('switches between runtimes by copying cached builds, keeping the one it replaces', () => {
    writeFileSync(paths.addon, fakeAddon(nodeAbi));
    ensureNativeAbi('node', { paths, log });
    const cacheDir = join(paths.cache, 'better-sqlite3-12.0.0-test');
    writeFileSync(join(cacheDir, 'electron-45.5.0-abi150.node'), fakeAddon(150));

    expect(ensureNativeAbi('electron', { paths, log }).action).toBe('restore');
    expect(addonAbi(readFileSync(paths.addon))).toBe(150);
    expect(JSON.parse(readFileSync(paths.stamp, 'utf8'))).toMatchObject({ runtime: 'electron', version: '45.5.0', abi: 150 });
    expect(lines.join('\n')).toContain('checked by its ABI symbol only');

    expect(ensureNativeAbi('node', { paths, log }).action).toBe('restore');
    expect(addonAbi(readFileSync(paths.addon))).toBe(nodeAbi);
  });

  it('refuses headers that are not the requested Electron version, leaving the Node build in place', () => {
    writeFileSync(paths.addon, fakeAddon(nodeAbi));
    const headers = join(project.path, 'headers');
    mkdirSync(join(headers, '45.5.0', 'include', 'node'), { recursive: true });
    writeFileSync(join(headers, '45.5.0', 'include', 'node', 'node_version.h'), `#define NODE_MODULE_VERSION ${nodeAbi}\n`);
    vi.stubEnv('CROSSDOCK_ELECTRON_HEADERS_DIR', headers);
    expect(() => ensureNativeAbi('electron', { paths, log })).toThrow(NativeAbiError);
    expect(() => ensureNativeAbi('electron', { paths, log })).toThrow(/declares ABI/);
    expect(addonAbi(readFileSync(paths.addon))).toBe(nodeAbi);
  });
});
