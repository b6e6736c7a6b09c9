/**
 * Input normalisation: NFD and Windows line ends read the same as NFC/LF; markdown emphasis and HTML are stripped
 * for reading while spans still point into the text as given.
 */
import { readDirective } from '../../directives';
import { prepareText } from '../../directives/text';
import type { DirectiveSpec } from '../../directives/spec';
import { directory, seed } from './helpers';

/** The spec without offsets, which legitimately differ between encodings of the same text. */
function withoutSpans(spec: DirectiveSpec): unknown {
  return JSON.parse(JSON.stringify(spec, (k, v) => (k === 'span' ? undefined : v)));
}

describe('prepareText', () => {
  test('NFD input reads as NFC and maps back to the original offsets', () => {
    const original = 'Sở Y tế hoàn thành trước ngày 20/01/2018'.normalize('NFD');
    const rt = prepareText(original);
    expect(rt.text).toBe('Sở Y tế hoàn thành trước ngày 20/01/2018');
    const at = rt.text.indexOf('trước');
    expect(original.slice(rt.startOf[at], rt.endOf[at + 'trước'.length - 1]).normalize('NFC')).toBe('trước');
  });

  test('CRLF becomes LF, emphasis and HTML disappear, entities are decoded', () => {
    expect(prepareText('a\r\nb').text).toBe('a\nb');
    expect(prepareText('**Hoàn thành trong tháng 01/2018.**').text).toBe('Hoàn thành trong tháng 01/2018.');
    expect(prepareText('<p>Sở Y tế:&nbsp;gửi trước ngày 20/01/2018</p>').text).toBe('\nSở Y tế: gửi trước ngày 20/01/2018\n');
    expect(prepareText('<div>Tết &amp; Lễ</div><script>var x = "trước ngày 1/1/2020";</script>').text).toBe('\nTết & Lễ\n');
  });

  test('a bullet "* " at a line start stays a bullet', () => {
    expect(prepareText('* Sở Y tế: làm').text).toBe('- Sở Y tế: làm');
  });
});

describe('the same document in other encodings', () => {
  const text = seed('000');
  const base = readDirective(text, { agencies: directory });

  test('NFD and CRLF give the same reading', () => {
    const nfd = readDirective(text.normalize('NFD').replace(/\n/g, '\r\n'), { agencies: directory });
    expect(withoutSpans(nfd)).toEqual(withoutSpans(base));
  });

  test('spans of the NFD/CRLF text point at the same words', () => {
    const original = text.normalize('NFD').replace(/\n/g, '\r\n');
    const spec = readDirective(original, { agencies: directory });
    for (const d of spec.tasks.flatMap((t) => t.deadlines)) {
      // Emphasis inside a phrase stays in the original: read the slice the way the reader reads text.
      expect(prepareText(original.slice(d.span.start, d.span.end)).text.replace(/\s+/g, ' ')).toBe(d.phrase);
    }
  });

  test('as an HTML page, tasks and deadlines are the same and spans point into the HTML', () => {
    const html = `<html><body>${text.split('\n\n').map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`).join('\n')}</body></html>`;
    const spec = readDirective(html, { agencies: directory });
    expect(spec.tasks.map((t) => [t.text, t.assignees, t.deadlines.map((d) => [d.phrase, d.nominal])]))
      .toEqual(base.tasks.map((t) => [t.text, t.assignees, t.deadlines.map((d) => [d.phrase, d.nominal])]));
    const d = spec.tasks.flatMap((t) => t.deadlines).find((x) => x.nominal === '2018-01-19')!;
    expect(html.slice(d.span.start, d.span.end)).toBe('trước ngày 20/01/2018');
    expect(html.split('\n')[d.span.line - 1]).toContain('trước ngày 20/01/2018');
  });

  test('line numbers are 1-based lines of the original', () => {
    const d = base.tasks.flatMap((t) => t.deadlines).find((x) => x.nominal === '2018-01-19')!;
    expect(text.split('\n')[d.span.line - 1]).toContain('trước ngày 20/01/2018');
  });
});
