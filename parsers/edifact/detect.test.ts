import { describe, expect, it } from 'vitest';
import { concat, interchange, latin1, message, ordersBody } from './fixtures/build.js';
import { looksLikeEdifact } from './index.js';

describe('looksLikeEdifact', () => {
  const edi = interchange(message('1', ordersBody()));

  it('recognises UNA, UNB and a bare UNH', () => {
    expect(looksLikeEdifact(latin1("UNA:+.? '" + edi))).toBe(true);
    expect(looksLikeEdifact(latin1(edi))).toBe(true);
    expect(looksLikeEdifact(latin1('UNA^*.? $\nUNB*UNOA^1*S*R*000210^1434*1$'))).toBe(true);
    expect(looksLikeEdifact(latin1("UNH+638+COPRAR:D:95B:UN'BGM+45+1+9'"))).toBe(true);
  });

  it('tolerates a BOM and a junk preamble', () => {
    expect(looksLikeEdifact(concat(new Uint8Array([0xef, 0xbb, 0xbf]), latin1(edi)))).toBe(true);
    expect(looksLikeEdifact(latin1("DOC+01=serveur+02=9215001'UNA:+,? '" + edi))).toBe(true);
    expect(looksLikeEdifact(latin1('####\r\n@@@@\r\n' + edi))).toBe(true);
    expect(looksLikeEdifact(latin1('Received: by mail\r\n'.repeat(1000) + edi))).toBe(true);
  });

  it('recognises a message body without envelope', () => {
    expect(looksLikeEdifact(latin1("BGM+82+500000000020+ZZ1'\nDTM+137:20080421:102'\n"))).toBe(true);
  });

  it('rejects X12, text and binary', () => {
    expect(looksLikeEdifact(latin1('ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240131*1200*U*00401*000000001*0*P*>~GS*PO*S*R*20240131*1200*1*X*004010~'))).toBe(false);
    expect(looksLikeEdifact(latin1('The UNB segment starts an interchange. FUNBAR+1'))).toBe(false);
    expect(looksLikeEdifact(latin1('%PDF-1.7\n'))).toBe(false);
    expect(looksLikeEdifact(new Uint8Array())).toBe(false);
  });
});
