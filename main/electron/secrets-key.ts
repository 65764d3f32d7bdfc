/**
 * Connector credentials in the desktop app: the workspace's secrets file (main/core/connectors/secrets.ts) is sealed
 * with a random key that only this OS user can unwrap, through Electron's safeStorage (Keychain, DPAPI, libsecret).
 * The wrapped key lives in the app's user-data folder; the core's utility process gets the unwrapped key as its
 * secrets passphrase at fork, so no passphrase is ever typed or stored in plain text. Where safeStorage cannot
 * encrypt (a Linux session without a keyring), nothing is returned and the core asks for a passphrase as in browser
 * mode.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The part of Electron's safeStorage this needs (injected: tests run without Electron). */
export interface OsEncryption {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export const WRAPPED_KEY_FILE = 'connector-secrets.key';

/** The secrets passphrase for the core, created on first use; undefined when the OS cannot protect it. */
export function desktopSecretsPassphrase(userDataDir: string, os: OsEncryption): string | undefined {
  if (!os.isEncryptionAvailable()) return undefined;
  const path = join(userDataDir, WRAPPED_KEY_FILE);
  if (existsSync(path)) return os.decryptString(readFileSync(path));
  const key = randomBytes(32).toString('base64');
  mkdirSync(dirname(path), { recursive: true });
  // Written whole or not at all: a half-written wrapped key would lock every stored credential out.
  writeFileSync(`${path}.tmp`, os.encryptString(key), { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
  return key;
}
