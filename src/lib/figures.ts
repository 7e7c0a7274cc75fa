/**
 * "A figure without a source is left out." Money figures are the ones readers act on, so a paragraph
 * that states an amount (USD 55,000, R$ 12.000, EUR 40k…) must name, in that paragraph, a publisher
 * from the lesson's `sources` — unless it says the number is a made-up input for an example. Figures
 * inside quotation marks are someone's claim being discussed (often a wrong one), not the lesson's.
 */
const MONEY = /\b(?:USD|US\$|R\$|BRL|MXN|ARS|COP|CLP|PEN|EUR)\s?\d(?:[\d.,]*\d)?/;
const HYPOTHETICAL =
  /\b(hypothetical|suppose|illustrative|for example|imagine|assume|fictional|placeholder|hipot[ée]tic|supongamos|supón|ejemplo|ficticio|ilustrativ|exemplo|fict[íi]ci|suponha|imagine)/i;

export type UnsourcedFigure = {line: number; figure: string};

/** Paragraphs of the lesson body with their first line, outside code blocks, math and tables. */
function paragraphs(lines: string[]): {line: number; text: string}[] {
  const out: {line: number; text: string}[] = [];
  let current: {line: number; text: string} | null = null;
  let fence: string | null = null;
  lines.forEach((raw, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (marker) {
      fence = fence === null ? marker : marker.startsWith(fence) ? null : fence;
      current = null;
      return;
    }
    if (fence !== null || raw.trim() === '' || /^\s*(\||\$\$)/.test(raw)) {
      current = null;
      return;
    }
    const text = raw.replace(/\$[^$\n]+\$/g, ' ');
    if (current) current.text += ` ${text}`;
    else out.push((current = {line: index + 1, text}));
  });
  return out;
}

export function unsourcedFigures(lines: string[], publishers: string[]): UnsourcedFigure[] {
  const names = publishers.map((p) => p.toLowerCase());
  return paragraphs(lines).flatMap(({line, text}) => {
    const figure = MONEY.exec(text.replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, ' '));
    if (!figure || HYPOTHETICAL.test(text)) return [];
    const lower = text.toLowerCase();
    return names.some((name) => lower.includes(name)) ? [] : [{line, figure: figure[0]}];
  });
}
