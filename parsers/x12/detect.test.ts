import { describe, expect, it } from 'vitest';
import { CP037_TO_LATIN1 } from './ebcdic.js';
import { looksLikeX12 } from './detect.js';
import { bytesOf, simpleFile } from './fixtures/builders.js';

describe('looksLikeX12', () => {
  const file = simpleFile(1);

  it('recognises X12, after a BOM, whitespace or junk', () => {
    expect(looksLikeX12(bytesOf(file))).toBe(true);
    expect(looksLikeX12(bytesOf('\xef\xbb\xbf' + file))).toBe(true);
    expect(looksLikeX12(bytesOf('\r\n\r\n' + file))).toBe(true);
    expect(looksLikeX12(bytesOf('Subject: orders\r\n\r\n' + file))).toBe(true);
  });

  it('recognises an unpadded or wrapped ISA and only the first bytes of a file', () => {
    expect(looksLikeX12(bytesOf('ISA*00**00**ZZ*A*ZZ*B*240131*1200*U*00401*000000001*0*P*:~GS*PO'))).toBe(true);
    expect(looksLikeX12(bytesOf(file.slice(0, 60) + '\r\n' + file.slice(60, 200)))).toBe(true);
    expect(looksLikeX12(bytesOf(file.slice(0, 120)))).toBe(true);
  });

  it('recognises EBCDIC', () => {
    const toEbcdic = new Uint8Array(256);
    CP037_TO_LATIN1.forEach((latin, ebcdic) => (toEbcdic[latin] = ebcdic));
    expect(looksLikeX12(bytesOf(file.replace(/~\n/g, '\x85')).map((b) => toEbcdic[b]!))).toBe(true);
  });

  it('rejects EDIFACT, text, and a mere mention of ISA', () => {
    expect(looksLikeX12(bytesOf("UNA:+.? 'UNB+UNOC:3+SENDER+RECEIVER+240131:1200+1'"))).toBe(false);
    expect(looksLikeX12(bytesOf('Pay with VISA or ISA card. ISA is nice.'))).toBe(false);
    expect(looksLikeX12(bytesOf('ISA*00*too short'))).toBe(false);
    expect(looksLikeX12(new Uint8Array(0))).toBe(false);
  });
});
