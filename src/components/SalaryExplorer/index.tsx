import clsx from 'clsx';
import React, {useId, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {salaryBenchmarks, type SalaryBenchmark} from '@site/src/data/salaryBenchmarks';
import {citation, sources, type DataSource, type SourceKey} from '@site/src/data/sources';
import {
  axisFraction,
  MAX_AMOUNT,
  mayBeMonthly,
  MIN_AMOUNT,
  niceAxis,
  parseAmount,
  placeInRange,
  showWhileTyping,
  type InvalidReason,
  type Part,
} from '@site/src/lib/salaryScale';
import {formatNumber, formatUsd, formatUsdCompact} from '@site/src/lib/numbers';
import styles from './styles.module.css';

const benchmarks: readonly SalaryBenchmark[] = salaryBenchmarks;

// Chart geometry: heights in px, horizontal positions in % of the chart's width, so text keeps its
// CSS size on every screen and only the bars stretch.
const TOP = 26;
const ROW = 46;
const PAD = 8;
const AXIS_Y = TOP + benchmarks.length * ROW + 2;
const HEIGHT = AXIS_Y + 30;
const pct = (fraction: number) => `${(PAD + fraction * (100 - 2 * PAD)).toFixed(2)}%`;

function rangeLabel(benchmark: SalaryBenchmark): string {
  switch (benchmark.key) {
    case 'latam':
      return translate({id: 'widgets.salaryExplorer.range.latam', message: 'Latin America'});
    case 'brazil':
      return translate({id: 'widgets.salaryExplorer.range.brazil', message: 'Brazil'});
    case 'argentina':
      return translate({id: 'widgets.salaryExplorer.range.argentina', message: 'Argentina'});
    default:
      return benchmark.label;
  }
}

function errorMessage(reason: InvalidReason, min: string, max: string): string {
  switch (reason) {
    case 'negative':
      return translate({
        id: 'widgets.salaryExplorer.error.negative',
        message: 'A salary cannot be negative. Type the amount without a minus sign.',
      });
    case 'notNumber':
      return translate({
        id: 'widgets.salaryExplorer.error.notNumber',
        message: 'Type the amount in digits only, for example 65000.',
      });
    case 'format':
      return translate({
        id: 'widgets.salaryExplorer.error.format',
        message: 'Use whole dollars with no cents, and group thousands in threes: 65000, 65,000 or 65.000.',
      });
    case 'tooSmall':
      return translate(
        {
          id: 'widgets.salaryExplorer.error.tooSmall',
          message: 'Type a yearly amount of at least {min}. For a monthly figure, multiply it by 12 first.',
        },
        {min},
      );
    case 'tooLarge':
      return translate(
        {id: 'widgets.salaryExplorer.error.tooLarge', message: 'That is more than {max} a year. Check the number of zeros.'},
        {max},
      );
  }
}

function insideText(part: Part, range: string, p: string): string {
  switch (part) {
    case 'lowEnd':
      return translate({id: 'widgets.salaryExplorer.place.lowEnd', message: 'exactly at the low end of the {range} range'}, {range});
    case 'topEnd':
      return translate({id: 'widgets.salaryExplorer.place.topEnd', message: 'exactly at the top end of the {range} range'}, {range});
    case 'lowerThird':
      return translate(
        {id: 'widgets.salaryExplorer.place.lowerThird', message: 'inside the {range} range, in its lower third (position {p})'},
        {range, p},
      );
    case 'middleThird':
      return translate(
        {id: 'widgets.salaryExplorer.place.middleThird', message: 'inside the {range} range, in its middle third (position {p})'},
        {range, p},
      );
    case 'upperThird':
      return translate(
        {id: 'widgets.salaryExplorer.place.upperThird', message: 'inside the {range} range, in its upper third (position {p})'},
        {range, p},
      );
  }
}

/** "Forecast benchmark" for a forward-looking source, otherwise "Published figure". */
function nature(source: DataSource): string {
  return source.forecast
    ? translate({id: 'widgets.salaryExplorer.forecast', message: 'Forecast benchmark'})
    : translate({id: 'widgets.salaryExplorer.notForecast', message: 'Published figure'});
}

/**
 * The 2026 salary benchmark ranges on one shared axis, with a marker for an amount the learner types.
 * Chart, table and sources are rendered on the server; typing works after hydration. Nothing typed is
 * stored or sent anywhere.
 */
export default function SalaryExplorer(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const id = useId();
  const [text, setText] = useState('');
  const [committed, setCommitted] = useState(false);

  const usd = (value: number) => formatUsd(value, locale);
  const twoDecimals = (value: number) => formatNumber(value, locale, {minimumFractionDigits: 2, maximumFractionDigits: 2});
  const range = (b: SalaryBenchmark) =>
    translate(
      {id: 'widgets.salaryExplorer.rangeText', message: '{min}–{max}'},
      {min: usd(b.min), max: usd(b.max)},
    );

  const parsed = parseAmount(text);
  const value = parsed.kind === 'value' ? parsed.value : null;
  const error =
    parsed.kind === 'invalid' && (committed || showWhileTyping(parsed.reason))
      ? errorMessage(parsed.reason, usd(MIN_AMOUNT), usd(MAX_AMOUNT))
      : null;

  const axis = niceAxis([...benchmarks.flatMap((b) => [b.min, b.max]), ...(value === null ? [] : [value])]);

  let status: string;
  if (value !== null) {
    const places = benchmarks.map((b) => {
      const label = rangeLabel(b);
      const placement = placeInRange(value, b);
      if (placement.kind === 'below') {
        return translate(
          {id: 'widgets.salaryExplorer.place.below', message: 'below the {range} range, {gap} under its low end'},
          {range: label, gap: usd(placement.gap)},
        );
      }
      if (placement.kind === 'above') {
        return translate(
          {id: 'widgets.salaryExplorer.place.above', message: 'above the {range} range, {gap} over its top end'},
          {range: label, gap: usd(placement.gap)},
        );
      }
      return insideText(placement.part, label, twoDecimals(placement.position));
    });
    status = translate(
      {id: 'widgets.salaryExplorer.status.placed', message: '{amount} a year is {places}.'},
      {
        amount: usd(value),
        places: places.join(translate({id: 'widgets.salaryExplorer.status.separator', message: '; '})),
      },
    );
    if (mayBeMonthly(value)) {
      status += ` ${translate({
        id: 'widgets.salaryExplorer.status.monthly',
        message: 'If this is a monthly figure, multiply it by 12 first.',
      })}`;
    }
  } else if (error) {
    status = translate({id: 'widgets.salaryExplorer.status.invalid', message: 'Nothing is placed on the chart.'});
  } else {
    status = translate({
      id: 'widgets.salaryExplorer.status.empty',
      message: 'Type an amount to see where it falls against each range.',
    });
  }

  const years = [...new Set(benchmarks.map((b) => sources[b.source].year))].join(', ');
  const caption = translate(
    {
      id: 'widgets.salaryExplorer.caption',
      message: 'Senior backend engineers in Latin America hired by U.S. companies: yearly pay ranges in U.S. dollars, {years}',
    },
    {years},
  );
  const markerText =
    value === null ? null : translate({id: 'widgets.salaryExplorer.marker', message: 'Your amount: {amount}'}, {amount: usd(value)});
  const chartLabel = [
    caption,
    ...benchmarks.map((b) => `${rangeLabel(b)}: ${range(b)}`),
    ...(markerText === null ? [] : [markerText]),
  ].join('. ');

  const bySource = new Map<SourceKey, string[]>();
  for (const b of benchmarks) bySource.set(b.source, [...(bySource.get(b.source) ?? []), rangeLabel(b)]);

  const inputId = `${id}-amount`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const markerX = value === null ? 0 : axisFraction(value, axis);

  return (
    <div className={styles.explorer} data-widget="salary-explorer">
      <p className={styles.title} id={`${id}-title`}>
        {caption}
      </p>

      <div className={styles.field}>
        <label htmlFor={inputId}>
          {translate({id: 'widgets.salaryExplorer.input.label', message: 'Your amount: an offer or a current salary, in USD a year'})}
        </label>
        <p id={hintId} className={styles.hint}>
          {translate({id: 'widgets.salaryExplorer.input.hint', message: 'Whole dollars, for example 65000, 65,000 or 65.000.'})}
        </p>
        <input
          id={inputId}
          className={styles.input}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => {
            setText(event.target.value);
            setCommitted(false);
          }}
          onBlur={() => setCommitted(true)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') setCommitted(true);
          }}
        />
        <p id={errorId} className={error ? styles.error : undefined} role="alert">
          {error}
        </p>
      </div>

      <p role="status" className={styles.status}>
        {status}
      </p>

      <figure className={styles.figure}>
        <svg className={styles.chart} role="img" aria-label={chartLabel} width="100%" height={HEIGHT}>
          {axis.ticks.map((tick, i) => {
            const x = pct(axisFraction(tick, axis));
            const last = i === axis.ticks.length - 1;
            // The end labels grow inwards, so neither is cut at the chart's edge; on a narrow chart every
            // other label is hidden (styles.module.css), so that long ones ("USD 120 mil") never overlap.
            return (
              <g key={tick}>
                <line className={styles.grid} x1={x} x2={x} y1={TOP} y2={AXIS_Y + 5} />
                <text
                  className={clsx(styles.tick, i % 2 === 1 && styles.tickAlternate)}
                  data-tick={tick}
                  x={x}
                  y={AXIS_Y + 20}
                  textAnchor={i === 0 ? 'start' : last ? 'end' : 'middle'}>
                  {formatUsdCompact(tick, locale)}
                </text>
              </g>
            );
          })}
          <line className={styles.axis} x1={pct(0)} x2={pct(1)} y1={AXIS_Y} y2={AXIS_Y} />
          {benchmarks.map((b, i) => {
            const start = axisFraction(b.min, axis);
            const end = axisFraction(b.max, axis);
            return (
              <g key={b.key}>
                <text className={styles.label} x="0" y={TOP + i * ROW + 14}>
                  <tspan className={styles.name}>{rangeLabel(b)}</tspan>
                  {` ${range(b)}`}
                </text>
                <rect
                  className={styles.bar}
                  x={pct(start)}
                  width={`${((end - start) * (100 - 2 * PAD)).toFixed(2)}%`}
                  y={TOP + i * ROW + 20}
                  height={14}
                  rx={3}
                />
              </g>
            );
          })}
          {value !== null && (
            <g data-testid="salary-marker">
              <line className={styles.marker} x1={pct(markerX)} x2={pct(markerX)} y1={TOP - 6} y2={AXIS_Y} />
              <text
                className={styles.markerLabel}
                x={pct(markerX)}
                dx={markerX > 0.5 ? -5 : 5}
                y={14}
                textAnchor={markerX > 0.5 ? 'end' : 'start'}>
                {markerText}
              </text>
            </g>
          )}
        </svg>
        <figcaption className={styles.sources}>
          {[...bySource].map(([key, labels]) => (
            <span key={key}>
              {translate(
                {id: 'widgets.salaryExplorer.source', message: '{ranges}: {citation}. {nature}.'},
                {ranges: labels.join(', '), citation: citation(key), nature: nature(sources[key])},
              )}
            </span>
          ))}
        </figcaption>
      </figure>

      <div className={styles.tableWrap} role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <table className={styles.table} aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">{translate({id: 'widgets.salaryExplorer.table.range', message: 'Range'})}</th>
              <th scope="col">{translate({id: 'widgets.salaryExplorer.table.min', message: 'Low end'})}</th>
              <th scope="col">{translate({id: 'widgets.salaryExplorer.table.max', message: 'Top end'})}</th>
              <th scope="col">{translate({id: 'widgets.salaryExplorer.table.source', message: 'Source'})}</th>
              <th scope="col">{translate({id: 'widgets.salaryExplorer.table.year', message: 'Year'})}</th>
              <th scope="col">{translate({id: 'widgets.salaryExplorer.table.nature', message: 'Forecast?'})}</th>
            </tr>
          </thead>
          <tbody>
            {benchmarks.map((b) => {
              const source: DataSource = sources[b.source];
              return (
                <tr key={b.key}>
                  <th scope="row">{rangeLabel(b)}</th>
                  <td>{usd(b.min)}</td>
                  <td>{usd(b.max)}</td>
                  <td>{`${source.publisher}, ${source.name.replace(/, \d{4}$/, '')}`}</td>
                  <td>{source.year}</td>
                  <td>{nature(source)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <p className={styles.note}>
        {translate(
          {
            id: 'widgets.salaryExplorer.notPromise',
            message:
              'These ranges are benchmarks, not a promise of pay. Local employers usually pay well below international remote roles for the same person ({citation}).',
          },
          {citation: citation('latoJobsBackendGuide')},
        )}
      </p>
      <p className={styles.note}>
        {translate({id: 'widgets.salaryExplorer.privacy', message: 'What you type stays on this page: nothing is stored or sent.'})}
      </p>
    </div>
  );
}
