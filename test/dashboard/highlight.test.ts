import { highlight } from '../../api/dashboard/highlight';
import { sampleSpec, TEXT } from './fixtures';

const textOf = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('source highlighting', () => {
  it('keeps the text exactly, only adding marks', () => {
    expect(textOf(highlight(TEXT, sampleSpec()).value)).toBe(TEXT);
  });

  it('marks the deadline phrase, the agency inside its task, and warnings with their message', () => {
    const out = highlight(TEXT, sampleSpec()).value;
    expect(out).toContain('<mark class="deadline" title="Thời hạn: trước ngày 20/01/2018">trước ngày 20/01/2018</mark>');
    expect(out).toMatch(/<mark class="agency" title="Đơn vị chủ trì">Sở Y tế<\/mark>/);
    // The warning and the agency mark cover the same words: both apply.
    expect(out).toMatch(/<mark class="warning" title="Không tìm thấy &quot;Sở Tài chính&quot; trong danh bạ"><mark class="agency"[^>]*>Sở Tài chính<\/mark><\/mark>/);
  });

  it('tags every piece of a task with its id so the form can point at it', () => {
    const out = highlight(TEXT, sampleSpec()).value;
    const t1 = [...out.matchAll(/<span class="src-task" data-task="t1">(.*?)<\/span>(?=<span|[^<]|$)/gs)].map((m) => m[1]).join('');
    expect(textOf(t1)).toBe(sampleSpec().tasks[0]!.text);
    expect(out.startsWith('Số: 46/TB-VP\n1. <span class="src-task" data-task="t1">')).toBe(true);
  });

  it('escapes the text and ignores spans outside it', () => {
    const spec = sampleSpec();
    spec.tasks[0]!.deadlines[0]!.span = { start: 5, end: 10_000, line: 1 };
    const out = highlight('<b>x</b>', { ...spec, tasks: [], warnings: [] }).value;
    expect(out).toBe('&lt;b&gt;x&lt;/b&gt;');
    expect(highlight(TEXT, spec).value).not.toContain('class="deadline"');
  });
});
