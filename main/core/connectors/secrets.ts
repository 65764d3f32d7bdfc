/**
 * Connector credentials, never in the workspace database, logs or exports. `SecretStore` is the seam: the desktop
 * shell supplies one over Electron safeStorage; browser and CLI mode use `FileSecretStore`, an encrypted file in the
 * workspace (AES-256-GCM, the key derived by scrypt from a passphrase: CROSSDOCK_SECRETS_PASSPHRASE or a CLI prompt).
 * Secrets are named '<connector>/<key>' ('shop/token').
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConnectorSecrets } from './types.js';

export interface SecretStore {
  get(name: string): Promise<string | undefined>;
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
  /** names only, never values */
  names(): Promise<string[]>;
}

export const SECRETS_FILE = 'secrets.enc';
export const PASSPHRASE_ENV = 'CROSSDOCK_SECRETS_PASSPHRASE';

interface SealedFile {
  format: 'crossdock-secrets/1';
  kdf: { name: 'scrypt'; salt: string; N: number; r: number; p: number };
  iv: string;
  tag: string;
  data: string;
}

const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };

export class SecretsError extends Error {
  override readonly name = 'SecretsError';
}

export class FileSecretStore implements SecretStore {
  private cache: Map<string, string> | undefined;
  private key: { salt: Buffer; key: Buffer } | undefined;

  constructor(
    readonly file: string,
    private readonly passphrase: () => string | undefined,
  ) {}

  static inWorkspace(workspaceDir: string, passphrase: () => string | undefined = () => process.env[PASSPHRASE_ENV]): FileSecretStore {
    return new FileSecretStore(join(workspaceDir, SECRETS_FILE), passphrase);
  }

  async get(name: string): Promise<string | undefined> {
    return this.load().get(name);
  }

  async set(name: string, value: string): Promise<void> {
    const all = this.load();
    all.set(name, value);
    this.save(all);
  }

  async delete(name: string): Promise<void> {
    const all = this.load();
    if (all.delete(name)) this.save(all);
  }

  async names(): Promise<string[]> {
    return [...this.load().keys()].sort();
  }

  private passphraseOrThrow(): string {
    const passphrase = this.passphrase();
    if (!passphrase) throw new SecretsError(`connector credentials are encrypted with a passphrase: set ${PASSPHRASE_ENV} (or enter it when the CLI asks)`);
    return passphrase;
  }

  private derive(salt: Buffer): Buffer {
    if (this.key && this.key.salt.equals(salt)) return this.key.key;
    const key = scryptSync(this.passphraseOrThrow(), salt, 32, { ...SCRYPT, maxmem: 64 * 1024 * 1024 });
    this.key = { salt, key };
    return key;
  }

  private load(): Map<string, string> {
    if (this.cache) return this.cache;
    if (!existsSync(this.file)) return (this.cache = new Map());
    const sealed = JSON.parse(readFileSync(this.file, 'utf8')) as SealedFile;
    if (sealed.format !== 'crossdock-secrets/1') throw new SecretsError(`${this.file} is not a Crossdock secrets file`);
    const key = this.derive(Buffer.from(sealed.kdf.salt, 'base64'));
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    let plain: string;
    try {
      plain = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      this.key = undefined;
      throw new SecretsError('the secrets passphrase is wrong (or the secrets file was altered)');
    }
    this.cache = new Map(Object.entries(JSON.parse(plain) as Record<string, string>));
    return this.cache;
  }

  private save(all: Map<string, string>): void {
    const salt = this.key?.salt ?? randomBytes(16);
    const key = this.derive(salt);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(Object.fromEntries(all)), 'utf8'), cipher.final()]);
    const sealed: SealedFile = {
      format: 'crossdock-secrets/1',
      kdf: { name: 'scrypt', salt: salt.toString('base64'), ...SCRYPT },
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(sealed), { mode: 0o600 });
    renameSync(temporary, this.file);
    this.cache = all;
  }
}

/** In memory (tests, or a shell that holds secrets itself). */
export class MemorySecretStore implements SecretStore {
  private readonly values = new Map<string, string>();
  async get(name: string) {
    return this.values.get(name);
  }
  async set(name: string, value: string) {
    this.values.set(name, value);
  }
  async delete(name: string) {
    this.values.delete(name);
  }
  async names() {
    return [...this.values.keys()].sort();
  }
}

/** The view one connector gets: its own keys only. */
export function secretsFor(store: SecretStore, connector: string): ConnectorSecrets {
  return { get: (key) => store.get(`${connector}/${key}`) };
}
