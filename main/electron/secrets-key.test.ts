import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/helpers/temp-dir.js';
import { FileSecretStore } from '../core/connectors/secrets.js';
import { desktopSecretsPassphrase, WRAPPED_KEY_FILE, type OsEncryption } from './secrets-key.js';

/** Stands in for safeStorage: a reversible transform, so the test can tell wrapped from plain bytes. */
const fakeOs = (available = true): OsEncryption => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain) => Buffer.from(`sealed:${Buffer.from(plain).toString('hex')}`),
  decryptString: (sealed) => Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'hex').toString(),
});

describe('desktopSecretsPassphrase', () => {
  let temp: ReturnType<typeof makeTempDir>;
  afterEach(() => temp?.cleanup());

  it('creates one random key, keeps it only wrapped, and gives the same key on later starts', async () => {
    temp = makeTempDir('crossdock-secrets-key-');
    const first = desktopSecretsPassphrase(temp.path, fakeOs());
    expect(first).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(readFileSync(join(temp.path, WRAPPED_KEY_FILE)).toString()).not.toContain(first);
    expect(desktopSecretsPassphrase(temp.path, fakeOs())).toBe(first);

    // The core seals credentials with it; a later start unseals them with the same key.
    const store = FileSecretStore.inWorkspace(temp.path, () => first);
    await store.set('erp/token', 'tok-123');
    const again = FileSecretStore.inWorkspace(temp.path, () => desktopSecretsPassphrase(temp.path, fakeOs()));
    expect(await again.get('erp/token')).toBe('tok-123');
  });

  it('gives nothing when the OS cannot encrypt, and writes nothing', () => {
    temp = makeTempDir('crossdock-secrets-key-');
    expect(desktopSecretsPassphrase(temp.path, fakeOs(false))).toBeUndefined();
    expect(() => readFileSync(join(temp.path, WRAPPED_KEY_FILE))).toThrow();
  });
});
