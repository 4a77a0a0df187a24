// Dashboard series: one row per (period, series), the shape charting tools plot without reshaping.
import * as repo from '../../db/repositories/index.ts';
import type { SeriesGroup, SeriesRow, StatementQuery } from '../../db/repositories/index.ts';
import { truncateUnit, type IntervalName } from '../inputs.ts';

export type MetricName = 'STATEMENTS' | 'TONE' | 'EVENTS' | 'SPEAKERS';

const VALUE: Record<MetricName, (row: SeriesRow) => number | null> = {
  STATEMENTS: (r) => r.statements,
  TONE: (r) => r.tone,
  EVENTS: (r) => r.events,
  SPEAKERS: (r) => r.speakers,
};

export async function timeSeries(metric: MetricName, interval: IntervalName, query: StatementQuery, groupBy: SeriesGroup | null) {
  const rows = await repo.statementSeries(query, truncateUnit(interval), groupBy);
  return rows.flatMap((row) => {
    const value = VALUE[metric](row);
    return value === null ? [] : [{ period: row.period, value, series: row.series }];
  });
}
