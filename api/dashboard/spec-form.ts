/**
 * The register page's form ↔ DirectiveSpec. The page carries the reader's spec as JSON in a hidden
 * field and shows each correctable value as a named input; applyEdits() puts the posted values
 * back into that spec and validates the result with the DirectiveSpec schema, so what is
 * registered is exactly what the reviewer saw and corrected.
 *
 * Names: doc.<field>; t.<i>.ref, t.<i>.text, t.<i>.remove; t.<i>.a.<j>.name|agencyId|role|remove,
 * t.<i>.a.new.name|agencyId|role (one row to add an assignee); t.<i>.d.<k>.due|time|kind.
 */
import { DirectiveSpec, DocumentType, type Assignee, type Deadline } from '../../directives/spec';

export type Form = Record<string, string | undefined>;

export interface EditResult {
  spec: DirectiveSpec | null;
  /** The spec with the edits applied, valid or not: the page shows it again with the errors. */
  draft: DirectiveSpec;
  /** In Vietnamese, each naming the field. */
  errors: string[];
}

const DOC_LABEL: Record<string, string> = {
  number: 'Số, ký hiệu',
  type: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  issuedOn: 'Ngày ban hành',
  subject: 'Trích yếu',
};

function text(form: Form, name: string): string | undefined {
  const v = form[name];
  return v === undefined ? undefined : v.replace(/\r\n/g, '\n').trim();
}

function nullable(v: string | undefined, current: string | null): string | null {
  if (v === undefined) return current;
  return v === '' ? null : v;
}

export function applyEdits(original: DirectiveSpec, form: Form): EditResult {
  const spec: DirectiveSpec = structuredClone(original);
  const errors: string[] = [];
  const doc = spec.document;
  doc.number = nullable(text(form, 'doc.number'), doc.number);
  doc.issuer = nullable(text(form, 'doc.issuer'), doc.issuer);
  doc.subject = nullable(text(form, 'doc.subject'), doc.subject);
  doc.issuedOn = nullable(text(form, 'doc.issuedOn'), doc.issuedOn);
  const type = text(form, 'doc.type');
  if (type !== undefined) {
    const parsed = DocumentType.safeParse(type);
    if (parsed.success) doc.type = parsed.data;
    else errors.push(`${DOC_LABEL.type}: "${type}" không phải loại văn bản đã biết`);
  }

  spec.tasks = spec.tasks.flatMap((task, i) => {
    if (form[`t.${i}.remove`] === '1') return [];
    const p = `t.${i}.`;
    task.ref = text(form, `${p}ref`) ?? task.ref;
    task.text = text(form, `${p}text`) ?? task.text;
    const assignees: Assignee[] = [];
    task.assignees.forEach((a, j) => {
      if (form[`${p}a.${j}.remove`] === '1') return;
      assignees.push(edited(a, form, `${p}a.${j}.`));
    });
    const added = text(form, `${p}a.new.name`);
    if (added) {
      assignees.push(edited({ name: added, agencyId: null, role: 'lead', group: false }, form, `${p}a.new.`));
    }
    task.assignees = assignees;
    task.deadlines = task.deadlines.map((d, k) => editedDeadline(d, form, `${p}d.${k}.`));
    return [task];
  });

  const result = DirectiveSpec.safeParse(spec);
  if (!result.success) {
    for (const issue of result.error.issues) errors.push(`${describePath(issue.path)}: ${issue.message}`);
  }
  return { spec: errors.length === 0 && result.success ? result.data : null, draft: spec, errors };
}

function edited(a: Assignee, form: Form, p: string): Assignee {
  const role = text(form, `${p}role`);
  const agencyId = text(form, `${p}agencyId`);
  return {
    ...a,
    name: text(form, `${p}name`) || a.name,
    agencyId: agencyId === undefined ? a.agencyId : agencyId || null,
    role: role === 'lead' || role === 'coordinate' ? role : a.role,
  };
}

function editedDeadline(d: Deadline, form: Form, p: string): Deadline {
  const due = text(form, `${p}due`);
  const time = text(form, `${p}time`);
  const out = { ...d };
  if (due !== undefined && due !== (d.due ?? '')) {
    // A reviewer's date is the day meant and the day due: no further shifting.
    out.due = due || null;
    out.nominal = due || null;
    out.yearInferred = false;
    if (due && out.kind === 'none') out.kind = 'once';
    if (!due && out.kind === 'once') out.kind = 'none';
    if (out.kind === 'recurring' && due && out.occurrences.length > 0) {
      out.occurrences = [{ nominal: due, due }, ...out.occurrences.slice(1)];
    }
  }
  if (time !== undefined) out.time = time || null;
  return out;
}

function describePath(path: PropertyKey[]): string {
  const [head, a, b, c, d] = path.map(String);
  if (head === 'document') return DOC_LABEL[a ?? ''] ?? `Văn bản: ${a}`;
  if (head === 'tasks') {
    const task = `Nhiệm vụ thứ ${Number(a) + 1}`;
    if (b === 'assignees') return `${task}, đơn vị thứ ${Number(c) + 1} (${d})`;
    if (b === 'deadlines') return `${task}, thời hạn thứ ${Number(c) + 1} (${d})`;
    return `${task} (${b})`;
  }
  return path.map(String).join('.');
}
