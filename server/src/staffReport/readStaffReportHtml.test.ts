import { describe, expect, it } from 'vitest';
import { readStaffReportHtml } from './readStaffReportHtml';

describe('readStaffReportHtml', () => {
  it('takes the summary and the proposal by their headings, and the reply’s recipient from the proposal', () => {
    const read = readStaffReportHtml(
      '<h1>Tjänsteutlåtande</h1><p>Dnr HL 2019/310</p><h2>Förvaltningens förslag till beslut</h2>' +
        '<p>Stadsdelsnämnden godkänner tjänsteutlåtandet som svar på remissen till kommunstyrelsen.</p>' +
        '<p><strong>Sammanfattning</strong></p><p>Ett  första\nstycke.</p><ul><li>En punkt</li></ul><h2>Bakgrund</h2><p>Annat</p>',
    );
    expect(read).toEqual({
      summary: ['Ett första stycke.', 'En punkt'],
      proposal: ['Stadsdelsnämnden godkänner tjänsteutlåtandet som svar på remissen till kommunstyrelsen.'],
      unsectioned: ['Dnr HL 2019/310', 'Annat'],
      replyTo: 'kommunstyrelsen',
    });
  });

  it('keeps only words: no markup, script or control character gets through', () => {
    const read = readStaffReportHtml(
      '<h2>Sammanfattning</h2><p>Text <a href="javascript:alert(1)">länk</a><img src=x onerror=alert(1)>\u0007</p><script>alert(1)</script>',
    );
    expect(read.summary).toEqual(['Text länk']);
  });
});
