/**
 * What each page of a PDF printed by Chromium (`page.pdf()`) draws, without a PDF library: the page
 * objects in order (from the page tree's /Kids), and whether each content stream shows text or an
 * image. A page that draws neither is blank, which is what the print tests look for.
 */
import {inflateSync} from 'node:zlib';

type PdfObject = {dict: string; stream: Buffer | null};

/** The dictionary that starts at `from` (which is "<<"), nested dictionaries included. */
function dictionaryAt(text: string, from: number): string {
  let depth = 0;
  for (let i = from; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    if (pair === '<<') (depth++, i++);
    else if (pair === '>>') {
      depth--;
      i++;
      if (depth === 0) return text.slice(from, i + 1);
    }
  }
  return text.slice(from);
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*/g)) {
    const number = Number(match[1]);
    const at = match.index! + match[0].length;
    const dict = text.startsWith('<<', at) ? dictionaryAt(text, at) : '';
    let stream: Buffer | null = null;
    const after = /^\s*stream\r?\n/.exec(text.slice(at + dict.length, at + dict.length + 20));
    if (dict && after) {
      const start = at + dict.length + after[0].length;
      const raw = pdf.subarray(start, text.indexOf('endstream', start));
      try {
        stream = /FlateDecode/.test(dict) ? inflateSync(raw) : raw;
      } catch {
        stream = raw;
      }
    }
    found.set(number, {dict, stream});
  }
  return found;
}

const refs = (text: string): number[] => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** For each page in order, whether it draws text or an image. */
export function pagesWithContent(pdf: Buffer): boolean[] {
  const all = objects(pdf);
  const root = [...all.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent/.test(o.dict));
  if (!root) throw new Error('no page tree in the PDF');
  const pages: number[] = [];
  const walk = (dict: string) => {
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '';
    for (const ref of refs(kids)) {
      const kid = all.get(ref);
      if (!kid) continue;
      if (/\/Type\s*\/Pages\b/.test(kid.dict)) walk(kid.dict);
      else pages.push(ref);
    }
  };
  walk(root.dict);
  return pages.map((ref) => {
    const dict = all.get(ref)!.dict;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict)?.[1] ?? '';
    return refs(contents).some((n) => {
      const body = all.get(n)?.stream?.toString('latin1') ?? '';
      return /\bT[jJ]\b|\bDo\b/.test(body);
    });
  });
}
