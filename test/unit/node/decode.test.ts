import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/node/decode';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeHtml decodes a saved page as a browser does', () => {
  it('honours a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>Größe</p>')]);
    expect(decodeHtml(bytes)).toBe('<p>Größe</p>');
  });

  it('finds a <meta charset> declared after the first 1024 bytes', () => {
    const padding = `<!-- ${'x'.repeat(2000)} -->`;
    const page = `<html><head>${padding}<meta charset="iso-8859-1"></head><body><p>caf\xe9</p></body></html>`;
    expect(decodeHtml(latin1(page))).toContain('<p>café</p>');
  });

  it('reads the charset of an http-equiv content type', () => {
    const page = `<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><p>\x93quoted\x94</p>`;
    expect(decodeHtml(latin1(page))).toContain('“quoted”');
  });

  it('ignores a charset named only in the body', () => {
    const page = '<head></head><body><p>Größe</p><meta charset="iso-8859-1"></body>';
    expect(decodeHtml(new TextEncoder().encode(page))).toContain('Größe');
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeHtml(latin1('<p>na\xefve \x80</p>'))).toBe('<p>naïve €</p>');
  });

  it('prefers the charset of an HTTP content type', () => {
    expect(decodeHtml(latin1('<p>\xe9</p>'), 'text/html; charset=ISO-8859-1')).toBe('<p>é</p>');
  });
});
