import { describe, expect, it } from 'vitest';
import { SECTIONS, hashFor, sectionForShortcut, sectionFromHash, shortcutLabel } from './sections.js';

const key = (code: string, modifiers: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('sections', () => {
  it('has the six sections in order with digits 1..6', () => {
    expect(SECTIONS.map((section) => `${section.digit}:${section.id}`)).toEqual(['1:documents', '2:partners', '3:maps', '4:reconciliation', '5:sync', '6:settings']);
  });

  it('reads the section from the hash, including deeper links, and nothing from other fragments', () => {
    expect(sectionFromHash('#/reconciliation')).toBe('reconciliation');
    expect(sectionFromHash('#/partners/ACME')).toBe('partners');
    expect(sectionFromHash('#/sync?connector=tryton')).toBe('sync');
    expect(sectionFromHash(hashFor('settings'))).toBe('settings');
    expect(sectionFromHash('')).toBeNull();
    expect(sectionFromHash('#token=abc')).toBeNull();
    expect(sectionFromHash('#/nowhere')).toBeNull();
  });

  it('maps Alt+digit and Ctrl+digit to sections, and nothing else', () => {
    expect(sectionForShortcut(key('Digit1', { altKey: true }))).toBe('documents');
    expect(sectionForShortcut(key('Digit6', { ctrlKey: true }))).toBe('settings');
    expect(sectionForShortcut(key('Numpad4', { altKey: true }))).toBe('reconciliation');
    expect(sectionForShortcut(key('Digit7', { altKey: true }))).toBeNull();
    expect(sectionForShortcut(key('Digit1'))).toBeNull();
    expect(sectionForShortcut(key('Digit1', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(sectionForShortcut(key('Digit1', { altKey: true, shiftKey: true }))).toBeNull();
    expect(sectionForShortcut(key('Digit1', { ctrlKey: true, metaKey: true }))).toBeNull();
    expect(sectionForShortcut(key('KeyA', { altKey: true }))).toBeNull();
  });

  it('describes both shortcuts', () => {
    expect(shortcutLabel(SECTIONS[3])).toBe('Alt+4 or Ctrl+4');
  });
});
