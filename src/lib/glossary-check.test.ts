import {describe, expect, it} from 'vitest';
import {checkGlossary} from './glossary-check';

const found = (source: string, locale: 'es' | 'pt-BR', path = '02-the-role/02-api-design.mdx') =>
  checkGlossary(source, locale, path).map((p) => [p.line, p.found]);

describe('checkGlossary', () => {
  it('reports an avoided term with its line and the preferred term', () => {
    const problems = checkGlossary('# Título\n\nEl servidor guarda la idempotency key.\n', 'es');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(3);
    expect(problems[0]?.message).toContain('use "clave de idempotencia"');
  });

  it('accepts the preferred term', () => {
    expect(found('El servidor guarda la clave de idempotencia y el request.\n', 'es')).toEqual([]);
  });

  it('reports a Portuguese word on a Spanish page and a Spanish word on a Portuguese page', () => {
    expect(found('turnos de on-call (guardia / plantão)\n', 'es')).toEqual([
      [1, 'guardia'],
      [1, 'plantão'],
    ]);
    expect(found('**Backpressure** (contrapresión / contrapressão) significa\n', 'pt-BR')).toEqual([[1, 'contrapresión']]);
    expect(checkGlossary('texto (plantão)\n', 'es')[0]?.message).toContain('is Portuguese');
  });

  it('ignores code blocks, inline code, quotes and JSX attribute values', () => {
    const source = [
      'Usa `idempotency key` en el código.',
      '',
      '```ts',
      "const guardia = 'plantão'; // la request",
      '```',
      '',
      'Un título en inglés: "mid-level engineer".',
      'Un "mid-level engineer" que continúa',
      'en la línea siguiente: "a long quote that starts here',
      'and goes on with mid-level" y sigue.',
      'turnos de on-call <Term es="guardia" pt="plantão" />',
    ].join('\n');
    expect(found(source, 'es')).toEqual([]);
  });

  it('checks the frontmatter but not its sources list', () => {
    const source = ['---', 'title: La vara', 'sources:', '  - title: "Guardia"', '    publisher: la request', '---', 'Texto.'].join('\n');
    expect(found(source, 'es')).toEqual([[2, 'La vara']]);
  });

  it('checks only the message values of a JSON file', () => {
    const json = ['{', '  "x": {', '    "message": "Nível mid-level",', '    "description": "mid-level badge"', '  }', '}'].join('\n');
    expect(found(json, 'pt-BR', 'code.json')).toEqual([[3, 'mid-level']]);
  });

  it('lets the bilingual glossary table show both languages, and nothing else in that lesson', () => {
    const source = '| on-call | guardia | plantão, sobreaviso |\n\nLa persona de guardia.\n';
    expect(found(source, 'es', '04-skills/07-english-for-engineering.mdx')).toEqual([[3, 'guardia']]);
    expect(found(source, 'es', '04-skills/08-ownership-and-collaboration.mdx')).toEqual([
      [1, 'guardia'],
      [1, 'plantão'],
      [3, 'guardia'],
    ]);
  });

  it('keeps standard phrases that look like an avoided one', () => {
    expect(found('Lo revisas a la mañana siguiente.\n', 'es')).toEqual([]);
    expect(found('Lo revisas a la noche.\n', 'es')).toEqual([[1, 'a la noche']]);
    expect(found('Ela trabalha em São Paulo.\n', 'es')).toEqual([]);
  });

  it('reports a checklist item that does not open as the style guide says', () => {
    const source = '- [ ] Puedo explicar un SLO. {#a}\n- [ ] He escrito el plan. {#b}\n- [ ] Escribí el plan. {#c}\n';
    expect(found(source, 'es')).toEqual([[3, 'Escribí el']]);
    expect(found('- [ ] Eu já escrevi o plano. {#a}\n- [ ] Consigo medir. {#b}\n- [ ] Tenho um plano. {#c}\n', 'pt-BR')).toEqual([[3, 'Tenho um']]);
  });
});
