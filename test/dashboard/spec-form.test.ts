import { applyEdits } from '../../api/dashboard/spec-form';
import { sampleSpec } from './fixtures';

describe('register form edits', () => {
  it('returns the reader’s spec unchanged when nothing is edited', () => {
    const { spec, errors } = applyEdits(sampleSpec(), {});
    expect(errors).toEqual([]);
    expect(spec).toEqual(sampleSpec());
  });

  it('applies document, task, assignee and deadline corrections', () => {
    const { spec, errors } = applyEdits(sampleSpec(), {
      'doc.number': '47/TB-VP',
      'doc.subject': '  Kết luận mới ',
      'doc.type': 'Công văn',
      't.0.text': 'Giao Sở Y tế báo cáo',
      't.0.a.0.agencyId': 'so-y-te-2',
      't.0.a.0.role': 'coordinate',
      't.0.a.new.name': 'Sở Nội vụ',
      't.0.a.new.agencyId': 'so-noi-vu',
      't.0.a.new.role': 'lead',
      't.0.d.0.due': '2018-01-25',
      't.0.d.0.time': '14:00',
    });
    expect(errors).toEqual([]);
    expect(spec!.document).toMatchObject({ number: '47/TB-VP', subject: 'Kết luận mới', type: 'Công văn' });
    const task = spec!.tasks[0]!;
    expect(task.text).toBe('Giao Sở Y tế báo cáo');
    expect(task.assignees).toEqual([
      { name: 'Sở Y tế', agencyId: 'so-y-te-2', role: 'coordinate', group: false },
      { name: 'Sở Nội vụ', agencyId: 'so-noi-vu', role: 'lead', group: false },
    ]);
    expect(task.deadlines[0]).toMatchObject({ due: '2018-01-25', nominal: '2018-01-25', time: '14:00', kind: 'once', phrase: 'trước ngày 20/01/2018' });
  });

  it('drops a removed task or assignee, and clears a field left empty', () => {
    const { spec } = applyEdits(sampleSpec(), { 't.1.remove': '1', 't.0.a.0.remove': '1', 'doc.subject': '' });
    expect(spec!.tasks.map((t) => t.id)).toEqual(['t1']);
    expect(spec!.tasks[0]!.assignees).toEqual([]);
    expect(spec!.document.subject).toBeNull();
  });

  it('refuses an impossible value, naming the field in Vietnamese', () => {
    const { spec, draft, errors } = applyEdits(sampleSpec(), { 'doc.issuedOn': '09/01/2018', 't.0.d.0.time': '25:00' });
    expect(spec).toBeNull();
    expect(errors).toEqual([
      'Ngày ban hành: ngày phải có dạng YYYY-MM-DD',
      'Nhiệm vụ thứ 1, thời hạn thứ 1 (time): giờ phải có dạng HH:mm',
    ]);
    expect(draft.document.issuedOn).toBe('09/01/2018');
  });
});
