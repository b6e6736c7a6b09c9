/**
 * The locale's configuration, as in chrono-node: the ordered parsers (each reads the whole text on its own)
 * and the ordered refiners that filter, merge and complete what they proposed.
 */
import type { PhraseParser, Refiner } from './types';
import { BeforeDateParser } from './parsers/BeforeDateParser';
import { NoLaterThanParser } from './parsers/NoLaterThanParser';
import { ByDateParser } from './parsers/ByDateParser';
import { WithinMonthParser } from './parsers/WithinMonthParser';
import { WithinQuarterParser } from './parsers/WithinQuarterParser';
import { HalfYearParser } from './parsers/HalfYearParser';
import { WithinYearParser } from './parsers/WithinYearParser';
import { WindowParser } from './parsers/WindowParser';
import { PeriodicReportParser } from './parsers/PeriodicReportParser';
import { EveryPeriodParser } from './parsers/EveryPeriodParser';
import { TimesPerPeriodParser } from './parsers/TimesPerPeriodParser';
import { ReportingDayParser } from './parsers/ReportingDayParser';
import { LunarDateParser } from './parsers/LunarDateParser';
import { EventRelativeParser } from './parsers/EventRelativeParser';
import { UrgencyParser } from './parsers/UrgencyParser';
import { TableCellParser } from './parsers/TableCellParser';
import { BodyScopeFilter } from './refiners/BodyScopeFilter';
import { DocumentNumberFilter } from './refiners/DocumentNumberFilter';
import { CitationFilter } from './refiners/CitationFilter';
import { MeetingDateFilter } from './refiners/MeetingDateFilter';
import { StatusDateFilter } from './refiners/StatusDateFilter';
import { PeriodSpanFilter } from './refiners/PeriodSpanFilter';
import { HolidayNameFilter } from './refiners/HolidayNameFilter';
import { AbolishedRecurrenceFilter } from './refiners/AbolishedRecurrenceFilter';
import { TopicRecurrenceFilter } from './refiners/TopicRecurrenceFilter';
import { OverlapRemovalRefiner } from './refiners/OverlapRemovalRefiner';
import { ForwardYearRefiner } from './refiners/ForwardYearRefiner';

export interface Configuration {
  parsers: PhraseParser[];
  refiners: Refiner[];
}

export function defaultConfiguration(): Configuration {
  return {
    parsers: [
      new BeforeDateParser(), new NoLaterThanParser(), new ByDateParser(), new WithinMonthParser(), new WithinQuarterParser(),
      new HalfYearParser(), new WithinYearParser(), new WindowParser(), new PeriodicReportParser(), new EveryPeriodParser(),
      new TimesPerPeriodParser(), new ReportingDayParser(), new LunarDateParser(), new EventRelativeParser(), new UrgencyParser(), new TableCellParser(),
    ],
    refiners: [
      new BodyScopeFilter(), new DocumentNumberFilter(), new CitationFilter(), new MeetingDateFilter(), new StatusDateFilter(),
      new PeriodSpanFilter(), new HolidayNameFilter(), new AbolishedRecurrenceFilter(), new TopicRecurrenceFilter(),
      new OverlapRemovalRefiner(), new ForwardYearRefiner(),
    ],
  };
}
