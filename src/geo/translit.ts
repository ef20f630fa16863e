/**
 * The one set-up of cyrillic-to-translit-js: its Ukrainian preset (the national romanisation of
 * 2010) and its Russian one (BGN/PCGN-like), made on first use and shared by the matching keys
 * (src/geo/keys.ts) and the Latin display names (src/geo/latin.ts). Browser-safe: no data files.
 */
import translitModule from 'cyrillic-to-translit-js';

/** A transliterator of one preset. */
export interface Transliterator {
  transform(input: string): string;
}

type TranslitFactory = (config?: { preset: 'ru' | 'uk' | 'mn' }) => Transliterator;
// A CommonJS module whose typings declare `export default`: under NodeNext the default import is
// the function itself at run time, but typed as the module. Take whichever is callable.
const factory: TranslitFactory =
  typeof translitModule === 'function'
    ? (translitModule as unknown as TranslitFactory)
    : (translitModule as unknown as { default: TranslitFactory }).default;

let presets: { uk: Transliterator; ru: Transliterator } | null = null;

/** The transliterator of a preset: 'uk' (Ukrainian national system) or 'ru'. */
export function transliterator(preset: 'uk' | 'ru'): Transliterator {
  presets ??= { uk: factory({ preset: 'uk' }), ru: factory({ preset: 'ru' }) };
  return presets[preset];
}
