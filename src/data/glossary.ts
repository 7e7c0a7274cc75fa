/**
 * One voice per language: the terms each translation uses, and the renderings that drifted in before.
 * Translators read it; `npm run check:glossary` (scripts/check-glossary.ts, part of npm test) enforces it
 * over i18n/ and prints file:line with the preferred term. STYLEGUIDE.md's Spanish and Brazilian
 * Portuguese sections give the general rules; this file holds the individual words.
 *
 * The preferred term is the one most translated lessons already used (counted in Next, 2026-12-06) and
 * the one a working engineer in the region says, within STYLEGUIDE.md's rules.
 */
export type GlossaryLocale = 'es' | 'pt-BR';

export type GlossaryEntry = {
  /** The English term, as the English lessons write it. */
  en: string;
  /** What this locale's pages write. */
  term: string;
  /** Renderings to replace: a string matches as whole words, case-insensitive; a RegExp as written. */
  avoid: readonly (string | RegExp)[];
  /** How to use the term, and why this one. */
  note: string;
};

/** Words that give the other translation away (Portuguese on a Spanish page, and the reverse). */
export type OtherLanguageMarkers = {
  /** The language the markers belong to, for the message. */
  language: string;
  /** Letters that the page's language never writes. */
  letters: string;
  /** Word endings that the page's language never writes. */
  endings: readonly string[];
  /** Whole words of the other language, without such letters, that were found on pages. */
  words: readonly string[];
  /** Proper names that contain those letters and stay as they are ("São Paulo"). */
  names: readonly string[];
};

export const glossary: Record<GlossaryLocale, readonly GlossaryEntry[]> = {
  es: [
    {
      en: 'request (HTTP)',
      term: 'el request, los requests',
      avoid: [
        /\b(?:la|una|esa|esta|otra|misma|primera|segunda|nueva) requests?\b/i,
        /\b(?:las|esas|estas|otras) requests\b/i,
      ],
      note: 'Masculine, as in most lessons: "el request", "un request lento", "los requests". Agree the adjectives too.',
    },
    {
      en: 'idempotency key',
      term: 'clave de idempotencia',
      avoid: ['idempotency key', 'idempotency keys'],
      note: 'STYLEGUIDE.md: Spanish-speaking engineers translate it. Header and field names stay in code: `Idempotency-Key`.',
    },
    {
      en: 'mid-level',
      term: 'semi-senior',
      avoid: ['mid-level', 'mid level', 'semisenior', 'semi senior'],
      note: 'The levels are junior, semi-senior and senior, as on the module pages. An English job title in quotes stays English ("mid-level engineer").',
    },
    {
      en: 'on-call',
      term: 'on-call',
      avoid: ['guardia', 'guardias'],
      note: 'STYLEGUIDE.md keeps on-call in English: "turno de on-call", "la persona de on-call".',
    },
    {
      en: 'one-on-one (meeting)',
      term: 'reunión uno a uno (plural: reuniones uno a uno)',
      avoid: ['uno a unos'],
      note: '"Uno a uno" does not take a plural; pluralise the noun: "reuniones uno a uno".',
    },
    {
      en: 'the bar (the standard expected)',
      term: 'el nivel exigido, el estándar',
      avoid: ['la vara'],
      note: '"La vara" is regional (Southern Cone) and reads as a literal stick elsewhere.',
    },
    {
      en: 'close the loop',
      term: 'dar cierre, cerrar el tema',
      avoid: ['cerrar ciclos', 'cerrar el ciclo', 'cerrar los ciclos'],
      note: 'A literal rendering; say what is closed: "dar cierre a un bug", "confirmar que quedó resuelto".',
    },
    {
      en: 'Done looks like: (exercise deliverable)',
      term: 'Cómo saber que terminaste:',
      avoid: ['terminado se ve así'],
      note: 'The English phrase is a set formula; Spanish says how the reader knows the exercise is finished.',
    },
    {
      en: 'expected wait (mean of a random delay)',
      term: 'espera promedio',
      avoid: ['espera esperada'],
      note: 'The repeated word reads as an error; "en promedio" or "espera promedio" says it.',
    },
    {
      en: 'only then',
      term: 'solo después, solo entonces',
      avoid: ['recién después', 'recién entonces'],
      note: '"Recién" for "only then" is Rioplatense; "recién contratado" (newly hired) is standard and stays.',
    },
    {
      en: 'in the evening / in the morning',
      term: 'por la noche, por la mañana',
      avoid: [/\ba la (?:noche|mañana|tarde)\b(?! siguiente)/i],
      note: '"A la noche" is Rioplatense. "A la mañana siguiente" (the next morning) is standard and stays.',
    },
  ],
  'pt-BR': [
    {
      en: 'ratio (a benchmark result relative to a baseline)',
      term: 'múltiplo (o múltiplo, os múltiplos)',
      avoid: [
        /\braz(?:ão|ões) (?:de benchmark|do benchmark|de throughput|da TechEmpower|publicadas|resumida)\b/i,
        /\b(?:essas|as|das três|a maior das três) razões (?:não dizem|publicadas|da TechEmpower|descrevem|de benchmark|no comentário)/i,
        /\buma razão (?:de|em relação)\b/i,
        /\ba razão (?:do benchmark|é uma pista)\b/i,
        /\bveio a razão\b/i,
      ],
      note: '"Razão" also reads as "reason"; the benchmark lesson itself says "um múltiplo de uma referência". Masculine: "o múltiplo".',
    },
    {
      en: 'on-call',
      term: 'on-call',
      avoid: ['plantão', 'plantões', 'sobreaviso'],
      note: 'Most lessons keep on-call in English, as Brazilian teams do: "turno de on-call", "a pessoa de on-call".',
    },
    {
      en: 'idempotency key',
      term: 'idempotency key',
      avoid: ['chave de idempotência', 'chaves de idempotência'],
      note: 'STYLEGUIDE.md keeps it in English in Portuguese.',
    },
    {
      en: 'mid-level',
      term: 'pleno',
      avoid: ['mid-level', 'nível intermediário'],
      note: 'The levels are júnior, pleno and sênior. An English job title in quotes stays English.',
    },
    {
      en: 'DNS hiccups',
      term: 'falhas intermitentes de DNS',
      avoid: ['soluços de DNS', 'soluço de DNS'],
      note: 'A literal rendering of an English idiom.',
    },
    {
      en: 'Done looks like: (exercise deliverable)',
      term: 'Para considerar pronto:',
      avoid: ['pronto é assim'],
      note: 'The English phrase is a set formula; Portuguese says when the exercise counts as finished.',
    },
    {
      en: 'expected wait (mean of a random delay)',
      term: 'espera média',
      avoid: ['espera esperada'],
      note: 'The repeated word reads as an error; "em média" or "espera média" says it.',
    },
  ],
};

export const otherLanguage: Record<GlossaryLocale, OtherLanguageMarkers> = {
  es: {
    language: 'Portuguese',
    letters: 'ãõçâêôà',
    endings: [],
    words: ['você', 'trava', 'interpretador', 'tecnologia', 'teste', 'tabela', 'esgotamento', 'também', 'então'],
    // Place and person names, and the official titles of Brazilian legal acts a lesson cites by name.
    names: ['São Paulo', 'João', 'Conceição', 'Gonçalves', 'Resolução BCB'],
  },
  'pt-BR': {
    language: 'Spanish',
    letters: 'ñ¿¡',
    endings: ['ión', 'iones'],
    words: ['guardia', 'latencia', 'rendimiento', 'hilo', 'hilos', 'agotamiento', 'prueba', 'bloqueo', 'también', 'puedes', 'tabla', 'dirigida', 'currículum', 'cuotas'],
    // The official titles of Argentine and Chilean legal acts a lesson cites by name.
    names: ['Resolución General', 'Resolución Exenta', 'Resolución N°', 'Comunicación'],
  },
};

/** How a checklist item opens (STYLEGUIDE.md, Checklist items): an ability, or something made or done. */
export const checklistOpeners: Record<GlossaryLocale, readonly string[]> = {
  es: ['Puedo', 'He'],
  'pt-BR': ['Eu sei', 'Consigo', 'Eu já'],
};

/**
 * Pages that teach words in both languages on purpose: the glossary table of "English for engineering"
 * lists what a reader will hear in Spanish and in Portuguese. In these files, table rows may show the
 * other language; prose may not.
 */
export const bilingualTables: readonly string[] = ['04-skills/07-english-for-engineering.mdx'];
