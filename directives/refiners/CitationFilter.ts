import { DOCUMENT_NOUNS, DOCUMENT_NUMBER } from '../constants';
import type { Candidate, RefineContext, Refiner } from '../types';
import { before } from './context';

/** A cited document close before the phrase, with no deadline verb in between. */
const CITED = new RegExp(`(?:${DOCUMENT_NOUNS}[ \\t]*(?:số[ \\t]*)?${DOCUMENT_NUMBER}|Căn cứ)([^.;\\n]{0,60})$`, 'iu');
const DEADLINE_VERB = /(gửi|nộp|báo cáo|hoàn thành|hoàn tất|xong|trình|thực hiện|triển khai|tổ chức|đề nghị|yêu cầu|giao)/iu;
/** "ngày 22/01/2013 của Ban Thường vụ Tỉnh ủy": a date followed by its issuer is a citation's date. */
const ISSUER_AFTER = /^[ \t]*(?:,[ \t]*)?của[ \t]+(?:Ban|Bộ|Thủ tướng|Chính phủ|Ủy ban|Uỷ ban|UBND|Tỉnh ủy|Huyện ủy|Sở|HĐND|Hội đồng|Quốc hội|Văn phòng|Thường trực)/u;

/**
 * Dates of cited documents: "theo Kế hoạch số 38-KH/TU, ngày 22/01/2013", "Quyết định số 12/QĐ-UBND có hiệu lực
 * đến ngày 31/12/2020", "Căn cứ … ngày …". A deadline verb between the citation and the phrase keeps it
 * ("theo Công văn số 12/UBND, gửi báo cáo trước ngày 20/01").
 */
export class CitationFilter implements Refiner {
  readonly name = 'CitationFilter';
  refine(context: RefineContext, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => {
      if (c.kind === 'none') return true;
      if (ISSUER_AFTER.test(context.text.slice(c.end, c.end + 60))) return false;
      const m = CITED.exec(before(context.text, c.index, 160));
      if (!m) return true;
      return DEADLINE_VERB.test(m[1]) || DEADLINE_VERB.test(context.text.slice(c.index, c.end));
    });
  }
}
