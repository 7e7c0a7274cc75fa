import React, {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  EMPTY_FIELDS,
  FIELD_NAMES,
  MAX_BULLET_LENGTH,
  bulletLength,
  checkBullet,
  composeBullet,
  type BulletFields,
  type BulletWarning,
  type FieldName,
} from '@site/src/lib/bulletRules';
import {formatNumber} from '@site/src/lib/numbers';
import styles from './styles.module.css';

type FieldText = {label: string; hint: string; placeholder: string; multiline: boolean};

function fieldTexts(): Record<FieldName, FieldText> {
  return {
    system: {
      label: translate({id: 'widgets.bulletBuilder.system.label', message: 'System'}),
      hint: translate({
        id: 'widgets.bulletBuilder.system.hint',
        message: 'What you worked on, named so an outsider understands it.',
      }),
      placeholder: translate({
        id: 'widgets.bulletBuilder.system.placeholder',
        message: 'Example: the order API (Node.js, PostgreSQL)',
      }),
      multiline: false,
    },
    work: {
      label: translate({id: 'widgets.bulletBuilder.work.label', message: 'What you did'}),
      hint: translate({
        id: 'widgets.bulletBuilder.work.hint',
        message: 'Start with a strong past-tense verb: designed, migrated, added, replaced.',
      }),
      placeholder: translate({
        id: 'widgets.bulletBuilder.work.placeholder',
        message: 'Example: added idempotency keys to order creation',
      }),
      multiline: true,
    },
    context: {
      label: translate({id: 'widgets.bulletBuilder.context.label', message: 'Production context'}),
      hint: translate({
        id: 'widgets.bulletBuilder.context.hint',
        message:
          'What made it hard or real: live traffic, money, a regulated domain, a deadline, several teams, a legacy system.',
      }),
      placeholder: translate({
        id: 'widgets.bulletBuilder.context.placeholder',
        message: 'Example: while mobile clients retried on slow networks',
      }),
      multiline: true,
    },
    result: {
      label: translate({id: 'widgets.bulletBuilder.result.label', message: 'Result'}),
      hint: translate({
        id: 'widgets.bulletBuilder.result.hint',
        message: 'What changed because of your work. A precise result in words beats a number nobody believes.',
      }),
      placeholder: translate({
        id: 'widgets.bulletBuilder.result.placeholder',
        message: 'Example: retries no longer created duplicate orders',
      }),
      multiline: true,
    },
  };
}

function warningText(warning: BulletWarning, texts: Record<FieldName, FieldText>, format: (n: number) => string): string {
  switch (warning.kind) {
    case 'vague':
      return translate(
        {id: 'widgets.bulletBuilder.warning.vague', message: '“{match}” in {field}: {rationale} {suggestion}'},
        {
          match: warning.match,
          field: texts[warning.field].label,
          // The rule texts live in src/lib/bulletRules.ts; their ids follow the rule ids.
          rationale: translate({id: `widgets.bulletBuilder.rule.${warning.rule.id}.rationale`, message: warning.rule.rationale}),
          suggestion: translate({id: `widgets.bulletBuilder.rule.${warning.rule.id}.suggestion`, message: warning.rule.suggestion}),
        },
      );
    case 'metric':
      return translate(
        {
          id: 'widgets.bulletBuilder.warning.metric',
          message:
            '{numbers} in {field}: make sure you can defend each number in an interview and say in one sentence how it was measured. If you cannot, write the result precisely in words; never invent a metric.',
        },
        {numbers: warning.numbers.map((n) => `“${n}”`).join(', '), field: texts[warning.field].label},
      );
    case 'missing-result':
      return translate({
        id: 'widgets.bulletBuilder.warning.missingResult',
        message:
          'No result yet: add what changed because of your work. A precise result in words, such as “support stopped receiving duplicate-charge tickets”, is enough.',
      });
    case 'long':
      return translate(
        {
          id: 'widgets.bulletBuilder.warning.long',
          message: 'This bullet is {length} characters long, over about {max}: a screener skims long lines. Cut words or split it into two bullets.',
        },
        {length: format(warning.length), max: format(warning.max)},
      );
  }
}

type Copy = {status: 'copied' | 'manual'; text: string} | null;

/**
 * The CV bullet method from module 07: four parts (system, work, production context, result) become one
 * bullet as the learner types, with gentle warnings and a Copy button. Nothing is stored or sent.
 * The server renders the labelled form and an empty output; typing works once React has hydrated.
 */
export default function BulletBuilder(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const format = (value: number) => formatNumber(value, i18n.currentLocale);
  const base = useId();
  const id = (suffix: string) => `${base}-${suffix}`;
  const [fields, setFields] = useState<BulletFields>(EMPTY_FIELDS);
  const [copy, setCopy] = useState<Copy>(null);
  const bulletRef = useRef<HTMLParagraphElement>(null);

  const texts = fieldTexts();
  const bullet = composeBullet(fields);
  const warnings = checkBullet(fields);
  const anyText = FIELD_NAMES.some((name) => fields[name].trim() !== '');
  const copied = copy !== null && copy.text === bullet ? copy.status : null;

  const selectBullet = () => {
    const node = bulletRef.current;
    const selection = typeof window === 'undefined' ? null : window.getSelection();
    if (!node || !selection) return;
    node.focus();
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  };

  const copyBullet = async () => {
    const text = bullet;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopy({status: 'copied', text});
    } catch {
      setCopy({status: 'manual', text});
    }
  };

  // Select only after the re-render that shows the message, so the selection covers the new bullet node.
  useEffect(() => {
    if (copied === 'manual') selectBullet();
  }, [copied]);

  return (
    <section className={styles.builder} aria-labelledby={id('title')} data-widget="bullet-builder">
      <h3 id={id('title')} className={styles.title}>
        <Translate id="widgets.bulletBuilder.title">Build a bullet with the formula</Translate>
      </h3>
      <p className={styles.intro}>
        <Translate id="widgets.bulletBuilder.intro">
          Fill in the four parts. The bullet is put together as you type: system, what you did, production
          context, result. Nothing you type is saved or leaves this page.
        </Translate>
      </p>
      <noscript>
        <p className={styles.noscript}>
          {translate({
            id: 'widgets.bulletBuilder.noscript',
            message:
              'The bullet builder needs JavaScript to put your bullet together. Without it, use the four parts below as a checklist and write the bullet by hand.',
          })}
        </p>
      </noscript>

      <div className={styles.fields}>
        {FIELD_NAMES.map((name) => {
          const text = texts[name];
          const describedBy = [id(`${name}-hint`), ...warnings.filter((w) => 'field' in w && w.field === name).map((w) => id(w.key))];
          const common = {
            id: id(name),
            className: styles.input,
            value: fields[name],
            placeholder: text.placeholder,
            'aria-describedby': describedBy.join(' '),
            spellCheck: true,
            onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
              setFields((current) => ({...current, [name]: event.target.value})),
          };
          return (
            <div className={styles.field} key={name}>
              <label htmlFor={id(name)} className={styles.label}>
                {text.label}
              </label>
              <p id={id(`${name}-hint`)} className={styles.hint}>
                {text.hint}
              </p>
              {text.multiline ? <textarea rows={2} {...common} /> : <input type="text" autoComplete="off" {...common} />}
            </div>
          );
        })}
      </div>

      <div className={styles.output}>
        <p className={styles.outputLabel} id={id('bullet-label')}>
          <Translate id="widgets.bulletBuilder.output.label">Your bullet</Translate>
        </p>
        <p ref={bulletRef} id={id('bullet')} className={styles.bullet} tabIndex={-1} data-empty={bullet === '' ? 'true' : undefined}>
          {bullet || (
            <span className={styles.empty}>
              <Translate id="widgets.bulletBuilder.output.empty">Your bullet appears here as you fill in the parts.</Translate>
            </span>
          )}
        </p>
        {bullet && (
          <p className={styles.length}>
            {translate(
              {id: 'widgets.bulletBuilder.output.length', message: '{length} characters (aim for {max} or fewer)'},
              {length: format(bulletLength(bullet)), max: format(MAX_BULLET_LENGTH)},
            )}
          </p>
        )}
        <div className={styles.actions}>
          <button
            type="button"
            className="button button--primary"
            onClick={copyBullet}
            disabled={bullet === ''}
            aria-describedby={id('bullet-label')}
          >
            <Translate id="widgets.bulletBuilder.copy">Copy</Translate>
          </button>
          <p role="status" className={styles.copyStatus}>
            {copied === 'copied' &&
              translate({id: 'widgets.bulletBuilder.copied', message: 'Copied. Paste it into your CV and edit it there.'})}
            {copied === 'manual' &&
              translate({
                id: 'widgets.bulletBuilder.copyFailed',
                message:
                  'This browser did not let the page copy. The bullet is selected: copy it by hand (Ctrl+C, ⌘C on a Mac, or long-press on a phone).',
              })}
          </p>
        </div>
      </div>

      <div className={styles.warnings}>
        <p className={styles.warningsTitle} id={id('warnings-title')}>
          <Translate id="widgets.bulletBuilder.warnings.title">Suggestions</Translate>
        </p>
        <div role="status" aria-labelledby={id('warnings-title')}>
          {warnings.length > 0 ? (
            <ul className={styles.warningList}>
              {warnings.map((warning) => (
                <li key={warning.key} id={id(warning.key)} className={styles.warning}>
                  {warningText(warning, texts, format)}
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.noWarnings}>
              {anyText
                ? translate({id: 'widgets.bulletBuilder.warnings.none', message: 'No suggestions for this bullet.'})
                : translate({id: 'widgets.bulletBuilder.warnings.waiting', message: 'Suggestions appear here as you type. They never block you.'})}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
