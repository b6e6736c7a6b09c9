/**
 * The directive text with what the reader took from it marked: each task's span (so the form can
 * point at it), deadline phrases, agency names inside their task, and reader warnings. Spans may
 * overlap, so the text is cut at every span boundary and each piece is wrapped in the marks that
 * cover it.
 */
import type { DirectiveSpec } from '../../directives/spec';
import { escapeHtml, raw, type Html } from './html';

type Kind = 'deadline' | 'agency' | 'warning';

interface Mark {
  start: number;
  end: number;
  kind: Kind;
  title: string;
}

interface TaskRange {
  start: number;
  end: number;
  id: string;
}

/** Marks for a spec over its text; agency names are found by their first occurrence inside their task. */
export function marksOf(text: string, spec: DirectiveSpec): { marks: Mark[]; tasks: TaskRange[] } {
  const marks: Mark[] = [];
  const tasks: TaskRange[] = [];
  const inText = (s: number, e: number) => s >= 0 && e <= text.length && s < e;
  for (const task of spec.tasks) {
    if (inText(task.span.start, task.span.end)) tasks.push({ start: task.span.start, end: task.span.end, id: task.id });
    for (const d of task.deadlines) {
      if (inText(d.span.start, d.span.end)) marks.push({ start: d.span.start, end: d.span.end, kind: 'deadline', title: `Thời hạn: ${d.phrase}` });
    }
    const body = text.slice(task.span.start, task.span.end);
    for (const a of task.assignees) {
      const at = body.indexOf(a.name);
      if (a.name && at >= 0) {
        const start = task.span.start + at;
        marks.push({ start, end: start + a.name.length, kind: 'agency', title: a.role === 'lead' ? 'Đơn vị chủ trì' : 'Đơn vị phối hợp' });
      }
    }
  }
  for (const w of spec.warnings) {
    if (w.span && inText(w.span.start, w.span.end)) marks.push({ start: w.span.start, end: w.span.end, kind: 'warning', title: w.message });
  }
  return { marks, tasks };
}

export function highlight(text: string, spec: DirectiveSpec): Html {
  const { marks, tasks } = marksOf(text, spec);
  const cuts = new Set<number>([0, text.length]);
  for (const r of [...marks, ...tasks]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    let piece = escapeHtml(text.slice(s, e));
    for (const m of marks.filter((m) => m.start <= s && m.end >= e)) {
      piece = `<mark class="${m.kind}" title="${escapeHtml(m.title)}">${piece}</mark>`;
    }
    const task = tasks.find((t) => t.start <= s && t.end >= e);
    if (task) piece = `<span class="src-task" data-task="${escapeHtml(task.id)}">${piece}</span>`;
    out += piece;
  }
  return raw(out);
}
