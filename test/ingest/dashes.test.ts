import { describe, expect, it } from 'vitest';
import { cleanDocumentText } from '../../lambda/core/ingest/document-text';

describe('document text from PDFs', () => {
  it('a non-breaking hyphen, a hyphen or a minus sign between days is a hyphen ("2‑4 septembre 2019")', () => {
    for (const dash of ['\u2010', '\u2011', '\u2212']) {
      expect(cleanDocumentText(`Vienne, 2${dash}4 septembre 2019`)).toContain('Vienne, 2-4 septembre 2019');
    }
  });
});
