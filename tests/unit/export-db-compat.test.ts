/**
 * The export schema mirrors the database records field for field; if utils/db.ts changes a
 * record, this fails to type-check (and at run time) until the export format follows.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AttributionRecord, NoteRecord, PageRecord } from '../../utils/db';
import { exportClaimSchema, exportNoteSchema, exportPageSchema, type ExportClaim, type ExportNote, type ExportPage } from '../../utils/export';

describe('export records match database records', () => {
  it('has the same fields and types', () => {
    expectTypeOf<ExportPage>().toEqualTypeOf<PageRecord>();
    expectTypeOf<ExportNote>().toEqualTypeOf<NoteRecord>();
    expectTypeOf<ExportClaim>().toEqualTypeOf<AttributionRecord>();
  });

  it('accepts records as the database stores them', () => {
    const page: PageRecord = { url: 'https://example.net/a', title: 'A', site: 'example.net', firstVisit: 1, lastVisit: 2 };
    const anchor = { quote: { exact: 'quoted words', prefix: 'the ', suffix: ' here' }, position: { start: 4, end: 16 } };
    const claim: AttributionRecord = {
      pageUrl: page.url, id: 'a-4-16', claim: 'quoted words', sourceName: 'A Person', sourceDescription: 'A Person, a mayor',
      sourceType: 'named-person', anonymous: false, sourceKey: 'a person', anchor,
    };
    const note: NoteRecord = {
      id: 'n1', pageUrl: page.url, pageTitle: 'A', text: 'mine', createdAt: 3, updatedAt: 4, anchor, attributionId: 'a-4-16', anchorStatus: 'anchored',
    };
    expect(exportPageSchema.parse(page)).toEqual(page);
    expect(exportClaimSchema.parse(claim)).toEqual(claim);
    expect(exportNoteSchema.parse(note)).toEqual(note);
  });
});
