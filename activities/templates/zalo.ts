/** What a Zalo reminder says: ZNS template parameters and the OA text message. Pure. */
import type { ZaloConfig } from '../../config/zalo';
import type { ReminderMessage } from '../contract';
import { directiveRef, formatDate, formatDueDate, shorten, statusPhrase, stepPhrase, subjectTag, taskTitle } from './format';

/** template_data for the registered reminder template; each value NFC-normalised and within its registered length. */
export function znsTemplateData(m: ReminderMessage, params: ZaloConfig['znsParams']): Record<string, string> {
  const values: Record<keyof ZaloConfig['znsParams'], string> = {
    recipient: m.recipient.name,
    task: taskTitle(m.task.text, params.task.maxLength),
    due: m.occurrence.due ? formatDate(m.occurrence.due) : 'chưa xác định',
    directive: directiveRef(m.directive),
    status: statusPhrase(m),
  };
  const data: Record<string, string> = {};
  for (const key of Object.keys(params) as (keyof ZaloConfig['znsParams'])[]) {
    data[params[key].name] = shorten(values[key], params[key].maxLength);
  }
  return data;
}

const OA_TEXT_MAX = 2000;

/** A consultation message to a user who follows the OA (plain text, at most 2,000 characters). */
export function oaText(m: ReminderMessage, ackLink: string | null): string {
  const lines = [
    `${subjectTag(m)} ${statusPhrase(m)}`,
    `Kính gửi: ${m.recipient.name}`,
    `Văn bản: ${directiveRef(m.directive)}`,
    `Nhiệm vụ: ${shorten(m.task.text, 900)}`,
    `Đơn vị chủ trì: ${m.task.agencyName}`,
    `Thời hạn: ${m.occurrence.due ? formatDueDate(m.occurrence.due, m.occurrence.time) : 'chưa xác định'}`,
    ...(m.task.phrase ? [`Theo văn bản: «${m.task.phrase}»`] : []),
    `Bước nhắc: ${stepPhrase(m.step.offsetWorkingDays)}`,
    ...(ackLink ? [`Xác nhận đã nhận: ${ackLink}`] : []),
  ];
  const text = lines.join('\n').normalize('NFC');
  return text.length <= OA_TEXT_MAX ? text : `${text.slice(0, OA_TEXT_MAX - 1)}…`;
}
