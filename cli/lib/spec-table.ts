/** The extracted tasks of a DirectiveSpec as a table a clerk can check before registering. */
import type { DirectiveSpec } from '../../directives/spec';
import { dateVi, table } from './output';

function deadlineText(spec: DirectiveSpec['tasks'][number]): string {
  if (spec.deadlines.length === 0) return '—';
  return spec.deadlines
    .map((d) => {
      if (d.kind === 'recurring') return `${d.phrase} → định kỳ${d.due ? `, lần đầu ${dateVi(d.due)}` : ''}`;
      if (d.kind === 'none') return `${d.phrase} → không có hạn`;
      if (d.kind === 'event') return `${d.phrase} → theo sự kiện`;
      return `${d.phrase} → ${dateVi(d.due ?? d.nominal)}`;
    })
    .join('; ');
}

export function specHeader(spec: DirectiveSpec): string {
  const doc = spec.document;
  const parts = [doc.type, doc.number ? `số ${doc.number}` : '(chưa có số)', doc.issuedOn ? `ngày ${dateVi(doc.issuedOn)}` : '(chưa có ngày)'];
  const source = spec.source ? `\nĐọc từ ${spec.source.fileName}: ${spec.source.conversions.join('; ')}` : '';
  return `${parts.join(' ')}${doc.issuer ? ` — ${doc.issuer}` : ''}${doc.subject ? `\n${doc.subject}` : ''}${source}\n`;
}

export function specTable(spec: DirectiveSpec): string {
  const rows = spec.tasks;
  const names = (t: (typeof rows)[number], role: 'lead' | 'coordinate') =>
    t.assignees
      .filter((a) => a.role === role)
      .map((a) => a.name + (a.agencyId ? '' : ' (?)'))
      .join(', ') || '—';
  let out = specHeader(spec) + '\n';
  out += table(rows, [
    { title: 'Mục', value: (t) => (t.ref && t.ref !== '-' ? `${t.id} (${t.ref})` : t.id), max: 10 },
    { title: 'Nhiệm vụ', value: (t) => t.text, max: 50 },
    { title: 'Chủ trì', value: (t) => names(t, 'lead'), max: 40 },
    { title: 'Phối hợp', value: (t) => names(t, 'coordinate'), max: 30 },
    { title: 'Thời hạn', value: (t) => deadlineText(t), max: 60 },
  ]);
  if (spec.warnings.length) out += '\nCảnh báo:\n' + spec.warnings.map((w) => `  - ${w.message}`).join('\n') + '\n';
  return out;
}
