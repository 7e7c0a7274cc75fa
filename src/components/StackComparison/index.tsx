import React, {useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {DEFAULT_STACKS, ECOSYSTEM_ASPECTS, STACK_KEYS, maxRatio, stackProfiles, type StackKey, type StackProfile} from '@site/src/data/stacks';
import {sources, type DataSource} from '@site/src/data/sources';
import {
  MAX_STACKS,
  MIN_STACKS,
  compareUrl,
  formatCompareParam,
  inStackOrder,
  parseCompareParam,
  readCompareParam,
} from '@site/src/lib/compareParam';
import {formatList, formatNumber} from '@site/src/lib/numbers';
import styles from './styles.module.css';

type Message = {text: string; limit: boolean; n: number} | null;
type Formats = {ratio: (value: number) => string; tick: (value: number) => string; list: (items: string[]) => string};

const formatsFor = (locale: string): Formats => ({
  ratio: (value) => formatNumber(value, locale, {minimumFractionDigits: 1, maximumFractionDigits: 1}),
  tick: (value) => formatNumber(value, locale, {maximumFractionDigits: 0}),
  list: (items) => formatList(items, locale),
});

const aspectLabel = (aspect: string): string =>
  ({
    domains: translate({id: 'widgets.stackComparison.row.domains', message: 'Typical domains'}),
    strengths: translate({id: 'widgets.stackComparison.row.strengths', message: 'Strengths'}),
    tradeoffs: translate({id: 'widgets.stackComparison.row.tradeoffs', message: 'Trade-offs'}),
    concurrency: translate({id: 'widgets.stackComparison.row.concurrency', message: 'Concurrency model'}),
    framework: translate({id: 'widgets.stackComparison.row.framework', message: 'Web framework'}),
    validation: translate({id: 'widgets.stackComparison.row.validation', message: 'Validation'}),
    dataAccess: translate({id: 'widgets.stackComparison.row.dataAccess', message: 'Data access'}),
    migrations: translate({id: 'widgets.stackComparison.row.migrations', message: 'Migrations'}),
    testing: translate({id: 'widgets.stackComparison.row.testing', message: 'Testing'}),
    observability: translate({id: 'widgets.stackComparison.row.observability', message: 'Observability'}),
  })[aspect] ?? aspect;

const noFigure = (): string => translate({id: 'widgets.stackComparison.noFigure', message: 'No figure in the cited source'});

const ratioLabel = (profile: StackProfile, formats: Formats): string =>
  profile.throughput.ratio === null
    ? noFigure()
    : translate(
        {id: 'widgets.stackComparison.ratioLabel', message: '{value}× ({framework})'},
        {value: formats.ratio(profile.throughput.ratio), framework: profile.throughput.framework},
      );

function Bullets({items}: {items: string[]}): ReactNode {
  return (
    <ul className={styles.bullets}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function ComparisonTable({stacks, id, all = false}: {stacks: StackProfile[]; id: string; all?: boolean}): ReactNode {
  const row = (aspect: string, cell: (profile: StackProfile) => ReactNode) => (
    <tr key={aspect}>
      <th scope="row">{aspectLabel(aspect)}</th>
      {stacks.map((profile) => (
        <td key={profile.key}>{cell(profile)}</td>
      ))}
    </tr>
  );
  return (
    <div className={`${styles.scroll} ${styles.scrollBoth}`} role="region" aria-labelledby={id} tabIndex={0}>
      <table className={`${styles.table} ${styles.wide}`}>
        <caption id={id}>
          {all ? (
            <Translate id="widgets.stackComparison.captionAll">All five stacks side by side</Translate>
          ) : (
            <Translate id="widgets.stackComparison.caption">The selected stacks side by side</Translate>
          )}
        </caption>
        <thead>
          <tr>
            <td />
            {stacks.map((profile) => (
              <th scope="col" key={profile.key}>
                {profile.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row('domains', (p) => <Bullets items={p.domains} />)}
          {row('strengths', (p) => <Bullets items={p.strengths} />)}
          {row('tradeoffs', (p) => <Bullets items={p.tradeoffs} />)}
          {row('concurrency', (p) => p.concurrency)}
        </tbody>
        <tbody>
          <tr>
            <th scope="rowgroup" colSpan={stacks.length + 1} className={styles.group}>
              <span className={styles.groupLabel}>
                <Translate id="widgets.stackComparison.ecosystem">Ecosystem a team expects</Translate>
              </span>
            </th>
          </tr>
          {ECOSYSTEM_ASPECTS.map((aspect) => row(aspect, (p) => p.ecosystem[aspect]))}
        </tbody>
      </table>
    </div>
  );
}

// Chart geometry in viewBox units. The width is close to a phone's, so text stays legible at 320 px.
const WIDTH = 260;
const PLOT_X = 10;
const PLOT_W = 234;
const ROW_H = 48;
const TOP = 4;
const BAR_H = 18;
const TICK_STEP = 10;

function ThroughputChart({stacks, formats, titleId}: {stacks: StackProfile[]; formats: Formats; titleId: string}): ReactNode {
  const scaleMax = Math.ceil(maxRatio() / TICK_STEP) * TICK_STEP;
  const x = (value: number) => PLOT_X + (value / scaleMax) * PLOT_W;
  const axisY = TOP + stacks.length * ROW_H + 2;
  const height = axisY + 44;
  const ticks = Array.from({length: scaleMax / TICK_STEP + 1}, (_, i) => i * TICK_STEP);
  const summary = stacks.map((p) => `${p.name}: ${ratioLabel(p, formats)}`).join('; ');
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role="img"
      aria-labelledby={titleId}>
      <title id={titleId}>
        {translate(
          {id: 'widgets.stackComparison.chart.title', message: 'Throughput as a multiple of the baseline. {summary}.'},
          {summary},
        )}
      </title>
      {ticks.map((tick) => (
        <g key={tick}>
          <line className={styles.grid} x1={x(tick)} x2={x(tick)} y1={TOP} y2={axisY} />
          <line className={styles.axis} x1={x(tick)} x2={x(tick)} y1={axisY} y2={axisY + 5} />
          <text className={styles.tick} x={x(tick)} y={axisY + 18} textAnchor="middle">
            {`${formats.tick(tick)}×`}
          </text>
        </g>
      ))}
      <line className={styles.axis} x1={PLOT_X} x2={PLOT_X + PLOT_W} y1={axisY} y2={axisY} />
      <text className={styles.tick} x={PLOT_X + PLOT_W / 2} y={axisY + 36} textAnchor="middle">
        {translate({id: 'widgets.stackComparison.chart.axis', message: 'Times the baseline throughput'})}
      </text>
      {stacks.map((profile, index) => {
        const top = TOP + index * ROW_H;
        const barY = top + 22;
        const {ratio} = profile.throughput;
        const label = ratioLabel(profile, formats);
        let bar: ReactNode;
        if (ratio === null) {
          bar = (
            <>
              <rect className={styles.gap} x={PLOT_X} y={barY} width={PLOT_W} height={BAR_H} />
              <text className={styles.gapLabel} x={PLOT_X + 6} y={barY + 13.5}>
                {label}
              </text>
            </>
          );
        } else {
          const end = x(ratio);
          const labelWidth = label.length * 7.4;
          const inside = end + 5 + labelWidth > WIDTH - 4 && end - PLOT_X >= labelWidth + 10;
          bar = (
            <>
              <rect className={styles.bar} x={PLOT_X} y={barY} width={end - PLOT_X} height={BAR_H} />
              <text
                className={inside ? styles.valueInside : styles.value}
                x={inside ? end - 5 : end + 5}
                y={barY + 13.5}
                textAnchor={inside ? 'end' : 'start'}>
                {label}
              </text>
            </>
          );
        }
        return (
          <g key={profile.key} data-stack={profile.key}>
            <text className={styles.name} x={PLOT_X} y={top + 16}>
              {profile.name}
            </text>
            {bar}
          </g>
        );
      })}
    </svg>
  );
}

function ChartTable({stacks, formats, id}: {stacks: StackProfile[]; formats: Formats; id: string}): ReactNode {
  return (
    <div className={styles.scroll} role="region" aria-labelledby={id} tabIndex={0}>
      <table className={`${styles.table} ${styles.compact}`}>
        <caption id={id}>
          <Translate id="widgets.stackComparison.chartTable.caption">The chart as a table: throughput as a multiple of the baseline</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="widgets.stackComparison.chartTable.stack">Stack</Translate>
            </th>
            <th scope="col">
              <Translate id="widgets.stackComparison.chartTable.ratio">Times the baseline</Translate>
            </th>
            <th scope="col">
              <Translate id="widgets.stackComparison.chartTable.framework">Framework measured</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {stacks.map(({key, name, throughput}) => (
            <tr key={key}>
              <th scope="row">{name}</th>
              {throughput.ratio === null ? (
                <td colSpan={2}>{noFigure()}</td>
              ) : (
                <>
                  <td>{formats.ratio(throughput.ratio)}</td>
                  <td>{throughput.framework}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The source line under the chart, from the source registry, with "forecast benchmark" when it is one. */
function SourceLine({stacks}: {stacks: StackProfile[]}): ReactNode {
  const keys = [...new Set(stacks.map((p) => p.throughput.source))];
  return (
    <>
      {keys.map((key) => {
        const source: DataSource = sources[key];
        return (
          <p key={key} className={styles.source}>
            {translate(
              {id: 'widgets.stackComparison.source', message: 'Source: {name} ({publisher}, {year}){via}.'},
              {
                name: source.name.replace(/, \d{4}$/, ''),
                publisher: source.publisher,
                year: source.year,
                via: source.citedIn
                  ? `, ${translate(
                      {
                        id: 'widgets.stackComparison.citedIn',
                        message: 'as cited in the {publisher} backend guide',
                        description: 'After a source that the project read in another publisher\'s guide; {publisher} is that publisher',
                      },
                      {publisher: source.citedIn},
                    )}`
                  : '',
              },
            )}
            {source.forecast &&
              ` ${translate({id: 'widgets.stackComparison.forecast', message: 'Forecast benchmark.'})}`}
          </p>
        );
      })}
    </>
  );
}

/**
 * Two or three backend stacks side by side, with the published throughput ratios drawn as a bar chart.
 * The server renders the default selection; a `?compare=` in the address is applied after mount, and
 * every change is written back to the address with `history.replaceState`.
 */
export default function StackComparison(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const id = useId();
  const profiles = useMemo(() => stackProfiles(), []);
  const formats = formatsFor(locale);
  const [selected, setSelected] = useState<StackKey[]>(() => inStackOrder(DEFAULT_STACKS));
  const [message, setMessage] = useState<Message>(null);

  const names = (keys: StackKey[]) => formats.list(keys.map((key) => profiles[key].name));
  const announce = (text: string, limit = false) => setMessage((previous) => ({text, limit, n: (previous?.n ?? 0) + 1}));
  const writeUrl = (keys: StackKey[]) => {
    const {pathname, search, hash} = window.location;
    const next = compareUrl({pathname, search, hash}, keys);
    if (next !== `${pathname}${search}${hash}`) window.history.replaceState(window.history.state, '', next);
  };

  useEffect(() => {
    const raw = readCompareParam(window.location.search);
    if (raw === null) return;
    const {keys, outcome} = parseCompareParam(raw);
    setSelected(keys);
    if (raw !== formatCompareParam(keys)) writeUrl(keys);
    if (outcome === 'corrected') {
      announce(
        translate(
          {
            id: 'widgets.stackComparison.status.corrected',
            message: 'The link named unknown, repeated or too many stacks, so this shows {stacks}.',
          },
          {stacks: names(keys)},
        ),
      );
    }
    // Runs once, after the first render, so the server and the first client render match.
  }, []);

  const toggle = (key: StackKey, checked: boolean) => {
    const stack = profiles[key].name;
    if (checked && selected.length >= MAX_STACKS) {
      announce(
        translate(
          {id: 'widgets.stackComparison.status.tooMany', message: 'You can compare at most three stacks. Clear one before adding {stack}.'},
          {stack},
        ),
        true,
      );
      return;
    }
    if (!checked && selected.length <= MIN_STACKS) {
      announce(
        translate(
          {id: 'widgets.stackComparison.status.tooFew', message: 'Keep at least two stacks to compare. Choose another before clearing {stack}.'},
          {stack},
        ),
        true,
      );
      return;
    }
    const next = inStackOrder(checked ? [...selected, key] : selected.filter((k) => k !== key));
    setSelected(next);
    writeUrl(next);
    announce(translate({id: 'widgets.stackComparison.status.comparing', message: 'Comparing {stacks}.'}, {stacks: names(next)}));
  };

  const stacks = selected.map((key) => profiles[key]);
  return (
    <div className={styles.widget} data-widget="stack-comparison">
      <div className={styles.screenOnly}>
        <fieldset className={styles.picker} aria-describedby={`${id}-hint`}>
          <legend>
            <Translate id="widgets.stackComparison.legend">Stacks to compare</Translate>
          </legend>
          <p id={`${id}-hint`} className={styles.hint}>
            <Translate id="widgets.stackComparison.hint">
              Choose two or three. The page address keeps your choice, so you can share it.
            </Translate>
          </p>
          <ul className={styles.options}>
            {STACK_KEYS.map((key) => (
              <li key={key}>
                <input
                  type="checkbox"
                  id={`${id}-${key}`}
                  className={styles.checkbox}
                  value={key}
                  checked={selected.includes(key)}
                  onChange={(event) => toggle(key, event.target.checked)}
                />
                <label htmlFor={`${id}-${key}`}>{profiles[key].name}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <p role="status" className={styles.status}>
          {message && (
            <span key={message.n} className={message.limit ? styles.limit : undefined}>
              {message.text}
            </span>
          )}
        </p>
        <ComparisonTable stacks={stacks} id={`${id}-caption`} />
        <figure className={styles.figure}>
          <ThroughputChart stacks={stacks} formats={formats} titleId={`${id}-chart`} />
          <figcaption>
            <SourceLine stacks={stacks} />
            <p className={styles.note}>
              <Translate id="widgets.stackComparison.note">
                Each ratio is the ceiling of one framework in a synthetic test, measured against the benchmark's
                baseline. It is not a measure of your application.
              </Translate>
            </p>
          </figcaption>
        </figure>
        <ChartTable stacks={stacks} formats={formats} id={`${id}-data`} />
      </div>
      {/* On paper the choice cannot change, so every stack is printed, with the chart's figures as a table. */}
      <div className={styles.printOnly} hidden>
        <ComparisonTable stacks={STACK_KEYS.map((key) => profiles[key])} id={`${id}-all`} all />
        <ChartTable stacks={STACK_KEYS.map((key) => profiles[key])} formats={formats} id={`${id}-all-data`} />
        <SourceLine stacks={STACK_KEYS.map((key) => profiles[key])} />
      </div>
    </div>
  );
}
