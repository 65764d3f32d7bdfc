#!/usr/bin/env node
/**
 * better-sqlite3 is a native addon compiled for one ABI at a time: tests, the CLI and browser mode run on the system
 * Node, the desktop app on Electron. `node scripts/native-abi.mjs node|electron` makes the built addon match the
 * requested runtime: a no-op when it already does, a copy from a local cache when that runtime's build was made
 * before, a rebuild from source otherwise. The addon's ABI is read from the binary itself (its exported
 * `node_register_module_v<ABI>` symbol), so a stale stamp or a build made by another tool cannot mislead it.
 *
 * Electron builds never trust npm's `nodedir` (it may point at the system Node's headers, which would "succeed" and
 * produce an addon Electron refuses): the Electron headers are downloaded explicitly and checked before building.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SYMBOL = Buffer.from('node_register_module_v');

export function projectPaths(root = REPO_ROOT) {
  const module = join(root, 'node_modules', 'better-sqlite3');
  return {
    root,
    module,
    addon: join(module, 'build', 'Release', 'better_sqlite3.node'),
    stamp: join(root, '.crossdock-native-abi'),
    cache: join(root, 'node_modules', '.cache', 'crossdock-native'),
    electron: join(root, 'node_modules', 'electron'),
  };
}

// ---- pure decisions (unit-tested) ----

/** The ABI a non-N-API addon was compiled for, from its `node_register_module_v<ABI>` export; undefined if absent. */
export function addonAbi(bytes) {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  const at = buffer.indexOf(SYMBOL);
  if (at < 0) return undefined;
  let end = at + SYMBOL.length;
  while (end < buffer.length && buffer[end] >= 0x30 && buffer[end] <= 0x39) end += 1;
  const digits = buffer.subarray(at + SYMBOL.length, end).toString('latin1');
  return digits ? Number(digits) : undefined;
}

/** NODE_MODULE_VERSION declared by a headers tree's include/node/node_version.h. */
export function headerAbi(nodeVersionHeader) {
  const match = /#define\s+NODE_MODULE_VERSION\s+(\d+)/.exec(nodeVersionHeader);
  return match ? Number(match[1]) : undefined;
}

export function describeTarget(target) {
  return target.runtime === 'electron' ? `Electron ${target.version} (ABI ${target.abi})` : `Node ${target.version} (ABI ${target.abi})`;
}

export function stampMatches(stamp, target, sha256) {
  return Boolean(stamp) && stamp.sha256 === sha256 && stamp.runtime === target.runtime && stamp.abi === target.abi
    && (target.runtime === 'node' || stamp.version === target.version);
}

/**
 * What to do to make the addon fit `target`.
 * facts: { target, addon: { present, abi, sha256 }, stamp, cacheHit }
 * → { action: 'none' } | { action: 'verify', reason } | { action: 'restore', reason } | { action: 'rebuild', reason }
 */
export function planSwitch({ target, addon, stamp, cacheHit }) {
  const fallback = (reason) => (cacheHit ? { action: 'restore', reason } : { action: 'rebuild', reason });
  if (!addon.present) return fallback('the better-sqlite3 addon is not built');
  if (addon.abi === undefined) {
    if (stampMatches(stamp, target, addon.sha256)) return { action: 'none' };
    // Without the symbol only loading it can tell; that needs the target runtime itself.
    return target.runtime === 'node' ? { action: 'verify', reason: 'the addon does not name its ABI' } : fallback('the addon does not name its ABI');
  }
  if (addon.abi === target.abi) {
    if (stampMatches(stamp, target, addon.sha256)) return { action: 'none' };
    return { action: 'verify', reason: `the addon has ABI ${addon.abi} but no matching stamp` };
  }
  const builtFor = stamp && stamp.sha256 === addon.sha256 ? describeTarget(stamp) : `ABI ${addon.abi}`;
  return fallback(`the addon is built for ${builtFor}; ${describeTarget(target)} is needed`);
}

const KEPT_NPM_CONFIG = new Set(['proxy', 'https_proxy', 'http_proxy', 'noproxy', 'no_proxy', 'cafile', 'strict_ssl', 'python', 'msvs_version', 'loglevel']);

/**
 * The environment for a native build: node-gyp lets npm_config_* variables override its command line, so an
 * inherited `npm_config_nodedir=/usr` would silently compile against the wrong headers. Only network and toolchain
 * settings survive.
 */
export function buildEnvironment(env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const npmKey = /^npm_config_(.+)$/i.exec(key);
    if (npmKey && !KEPT_NPM_CONFIG.has(npmKey[1].toLowerCase())) continue;
    if (/^npm_package_config_node_gyp_/i.test(key)) continue;
    clean[key] = value;
  }
  return clean;
}

export function electronGypArguments({ command, version, arch, devdir }) {
  const common = [`--target=${version}`, `--dist-url=${ELECTRON_HEADERS_URL}`, '--runtime=electron', `--arch=${arch}`, `--devdir=${devdir}`];
  if (command === 'install') return ['install', ...common];
  return ['rebuild', '--release', '--jobs=max', ...common, `--nodedir=${join(devdir, version)}`];
}

/** A user-facing fix for a better-sqlite3 load failure, or undefined when the error is something else. */
export function explainNativeLoadError(error, runtime = currentRuntime()) {
  const message = error instanceof Error ? error.message : String(error);
  const fixCommand = runtime.electron ? 'npm run native:electron' : 'npm run native:node';
  const here = runtime.electron ? `Electron ${runtime.electron}` : `Node ${runtime.node}`;
  const mismatch = /NODE_MODULE_VERSION (\d+)[\s\S]*?requires\s+NODE_MODULE_VERSION (\d+)/.exec(message);
  if (mismatch) {
    return `better-sqlite3 is compiled for another runtime (ABI ${mismatch[1]}); ${here} needs ABI ${mismatch[2]}.\n`
      + `Fix: run \`${fixCommand}\` in the Crossdock folder, then try again.`;
  }
  if (/Could not locate the bindings file|better_sqlite3\.node|Cannot find module 'better-sqlite3'|invalid ELF header|wrong ELF class|not a valid Win32 application|mach-o/i.test(message)) {
    return `better-sqlite3's native addon is missing or unusable on ${here} (${message.split('\n')[0]}).\n`
      + `Fix: run \`${fixCommand}\` in the Crossdock folder (or \`npm ci\` to reinstall), then try again.`;
  }
  return undefined;
}

/** For the CLI and servers: print the fix when `error` is a better-sqlite3 load failure; true if it was one. */
export function printNativeFix(error, write = (text) => process.stderr.write(text)) {
  const explanation = explainNativeLoadError(error);
  if (explanation) write(`${explanation}\n`);
  return explanation !== undefined;
}

// ---- facts about this checkout ----

function currentRuntime() {
  return { node: process.version, electron: process.versions.electron, abi: Number(process.versions.modules) };
}

export function nodeTarget() {
  return { runtime: 'node', version: process.version, abi: Number(process.versions.modules) };
}

export function electronTarget(paths) {
  const packageFile = join(paths.electron, 'package.json');
  const abiFile = join(paths.electron, 'abi_version');
  if (!existsSync(packageFile) || !existsSync(abiFile)) {
    throw new NativeAbiError('The electron package is not installed (node_modules/electron). Run `npm ci` first.');
  }
  const version = JSON.parse(readFileSync(packageFile, 'utf8')).version;
  return { runtime: 'electron', version, abi: Number(readFileSync(abiFile, 'utf8').trim()) };
}

export class NativeAbiError extends Error {}

function inspectAddon(file) {
  if (!existsSync(file)) return { present: false };
  const bytes = readFileSync(file);
  return { present: true, abi: addonAbi(bytes), sha256: createHash('sha256').update(bytes).digest('hex') };
}

function readStamp(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function moduleVersion(paths) {
  return JSON.parse(readFileSync(join(paths.module, 'package.json'), 'utf8')).version;
}

function cacheFile(paths, target) {
  const key = target.runtime === 'electron' ? `electron-${target.version}-abi${target.abi}` : `node-abi${target.abi}`;
  return join(paths.cache, `better-sqlite3-${moduleVersion(paths)}`, `${key}.node`);
}

/** Replace a file by rename, so a process that has the old addon loaded keeps its (unlinked) copy intact. */
function replaceFile(source, destination) {
  mkdirSync(dirname(destination), { recursive: true });
  const temporary = `${destination}.${process.pid}.tmp`;
  copyFileSync(source, temporary);
  renameSync(temporary, destination);
}

function recordBuild(paths, target) {
  const addon = inspectAddon(paths.addon);
  const stamp = { runtime: target.runtime, version: target.version, abi: target.abi, sha256: addon.sha256, betterSqlite3: moduleVersion(paths), recordedAt: new Date().toISOString() };
  writeFileSync(paths.stamp, `${JSON.stringify(stamp, null, 2)}\n`);
  const cached = cacheFile(paths, target);
  if (inspectAddon(cached).sha256 !== addon.sha256) replaceFile(paths.addon, cached);
}

// ---- side effects: loading, building ----

const LOAD_CHECK = "const Database = require('better-sqlite3'); new Database(':memory:').prepare('select 1').get();";

function loadsIn(executable, paths, extraEnv = {}) {
  const result = spawnSync(executable, ['-e', LOAD_CHECK], { cwd: paths.root, env: { ...process.env, ...extraEnv }, encoding: 'utf8', timeout: 60_000 });
  return result.status === 0 ? { ok: true } : { ok: false, message: (result.stderr || result.error?.message || '').trim() };
}

function electronExecutable(paths) {
  const pathFile = join(paths.electron, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(paths.electron, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : undefined;
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

function nodeGypScript(paths) {
  try {
    return createRequire(join(paths.root, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
  } catch {
    if (process.env.npm_config_node_gyp && existsSync(process.env.npm_config_node_gyp)) return process.env.npm_config_node_gyp;
    throw new NativeAbiError('node-gyp is not installed; run `npm ci` first.');
  }
}

function rebuildForNode(paths, log) {
  log('Rebuilding better-sqlite3 from source for Node (takes a minute or two)…');
  const env = { ...buildEnvironment(process.env), npm_config_build_from_source: 'true' };
  const npm = process.env.npm_execpath
    ? { command: process.execPath, args: [process.env.npm_execpath] }
    : { command: process.platform === 'win32' ? 'npm.cmd' : 'npm', args: [] };
  // npm reads ~/.npmrc itself; a nodedir there is the Node toolchain's own business.
  if (!run(npm.command, [...npm.args, 'rebuild', 'better-sqlite3', '--build-from-source'], { cwd: paths.root, env, shell: process.platform === 'win32' })) {
    throw new NativeAbiError('Rebuilding better-sqlite3 for Node failed (see the compiler output above). A C++ toolchain and Python are needed.');
  }
}

function rebuildForElectron(paths, target, log) {
  const devdir = process.env.CROSSDOCK_ELECTRON_HEADERS_DIR || join(homedir(), '.electron-gyp');
  const headerFile = join(devdir, target.version, 'include', 'node', 'node_version.h');
  const env = buildEnvironment(process.env);
  const options = { command: 'install', version: target.version, arch: process.arch, devdir };
  if (!existsSync(headerFile)) {
    log(`Downloading the headers of Electron ${target.version} from ${ELECTRON_HEADERS_URL}…`);
    const installed = run(process.execPath, [nodeGypScript(paths), ...electronGypArguments(options)], { cwd: paths.module, env, timeout: 300_000 });
    if (!installed || !existsSync(headerFile)) {
      throw new NativeAbiError(
        `Could not download the headers of Electron ${target.version} from ${ELECTRON_HEADERS_URL}.\n`
        + 'The desktop app needs them once to compile better-sqlite3 for Electron. Connect to the internet (or set\n'
        + 'CROSSDOCK_ELECTRON_HEADERS_DIR to a folder holding <version>/include/node from the Electron headers) and run\n'
        + '`npm run native:electron` again. Tests, the CLI and browser mode (`npm test`, `npm run web`) do not need this.',
      );
    }
  }
  const declared = headerAbi(readFileSync(headerFile, 'utf8'));
  if (declared !== target.abi) {
    throw new NativeAbiError(`${headerFile} declares ABI ${declared}, not Electron ${target.version}'s ${target.abi}; delete ${join(devdir, target.version)} and retry.`);
  }
  log(`Compiling better-sqlite3 for ${describeTarget(target)} (takes a minute or two)…`);
  if (!run(process.execPath, [nodeGypScript(paths), ...electronGypArguments({ ...options, command: 'rebuild' })], { cwd: paths.module, env })) {
    throw new NativeAbiError('Compiling better-sqlite3 for Electron failed (see the compiler output above).');
  }
}

/** Confirm the addon now in place really fits `target`; throws with the reason when it does not. */
function confirm(paths, target, log) {
  const addon = inspectAddon(paths.addon);
  if (addon.abi !== undefined && addon.abi !== target.abi) {
    throw new NativeAbiError(`The addon was built for ABI ${addon.abi}, not ${describeTarget(target)}.`);
  }
  if (target.runtime === 'node') {
    const loaded = loadsIn(process.execPath, paths);
    if (!loaded.ok) throw new NativeAbiError(`better-sqlite3 does not load in Node: ${loaded.message}`);
    return;
  }
  const electron = electronExecutable(paths);
  if (!electron) {
    log('The Electron binary is not installed here, so the addon was checked by its ABI symbol only, not loaded.');
    return;
  }
  const loaded = loadsIn(electron, paths, { ELECTRON_RUN_AS_NODE: '1' });
  if (!loaded.ok) throw new NativeAbiError(`better-sqlite3 does not load in Electron: ${loaded.message}`);
}

export function ensureNativeAbi(mode, { paths = projectPaths(), log = (line) => console.log(`native-abi: ${line}`) } = {}) {
  const target = mode === 'electron' ? electronTarget(paths) : nodeTarget();
  const facts = { target, addon: inspectAddon(paths.addon), stamp: readStamp(paths.stamp), cacheHit: false };
  if (planSwitch(facts).action === 'none') return { action: 'none' };
  const cached = cacheFile(paths, target);
  const cachedAddon = inspectAddon(cached);
  const plan = planSwitch({ ...facts, cacheHit: cachedAddon.present && cachedAddon.abi === target.abi });
  log(`${plan.reason}.`);
  if (plan.action === 'verify') {
    try {
      confirm(paths, target, log);
      recordBuild(paths, target);
      return plan;
    } catch (error) {
      log(`${error.message.split('\n')[0]} — rebuilding.`);
    }
  }
  const previous = preserveCurrent(paths);
  if (plan.action === 'restore') {
    log(`Using the ${describeTarget(target)} build from ${cached}.`);
    replaceFile(cached, paths.addon);
  } else {
    try {
      if (target.runtime === 'electron') rebuildForElectron(paths, target, log);
      else rebuildForNode(paths, log);
    } catch (error) {
      restorePrevious(paths, previous, log);
      throw error;
    }
  }
  confirm(paths, target, log);
  recordBuild(paths, target);
  log(`better-sqlite3 is ready for ${describeTarget(target)}.`);
  return plan;
}

/** Keep the build about to be replaced in the cache (when we know its runtime), so switching back is a copy. */
function preserveCurrent(paths) {
  const addon = inspectAddon(paths.addon);
  if (!addon.present || addon.abi === undefined) return undefined;
  const stamp = readStamp(paths.stamp);
  const owner = stamp?.sha256 === addon.sha256 ? stamp : addon.abi === nodeTarget().abi ? nodeTarget() : undefined;
  if (!owner || owner.abi !== addon.abi) return undefined;
  const file = cacheFile(paths, owner);
  if (inspectAddon(file).sha256 !== addon.sha256) replaceFile(paths.addon, file);
  return { ...owner, sha256: addon.sha256 };
}

/** After a failed build, put back the last good build so the other runtime keeps working. */
function restorePrevious(paths, previous, log) {
  if (!previous || inspectAddon(paths.addon).sha256 === previous.sha256) return;
  const file = cacheFile(paths, previous);
  if (inspectAddon(file).sha256 !== previous.sha256) return;
  replaceFile(file, paths.addon);
  log(`Restored the previous build (${describeTarget(previous)}).`);
}

/** Run as a command, not imported (nor bundled into another file, where import.meta.url is that file's). */
function isEntryPoint() {
  const self = fileURLToPath(import.meta.url);
  return basename(self) === 'native-abi.mjs' && process.argv[1] !== undefined && resolve(process.argv[1]) === self;
}

if (isEntryPoint()) {
  const mode = process.argv[2];
  if (mode !== 'node' && mode !== 'electron') {
    console.error('usage: node scripts/native-abi.mjs node|electron');
    process.exitCode = 2;
  } else {
    try {
      ensureNativeAbi(mode);
    } catch (error) {
      console.error(`native-abi: ${error instanceof NativeAbiError ? error.message : error?.stack ?? error}`);
      process.exitCode = 1;
    }
  }
}
