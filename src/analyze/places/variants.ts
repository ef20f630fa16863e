/**
 * Which of an entry's other names can be trusted without the document's support: a name in
 * Cyrillic (Ukrainian and Russian names come from the sources' native-name fields), or a Latin
 * name that is a transliteration of one of them (the Russian-press "Ugledar" of Вугледар/Угледар).
 * Other alternate names in GeoNames include surnames, foreign exonyms and old labels ("Putin" for a
 * Ukrainian village, "Danube" for a Serbian district).
 *
 * Uses an optional capability of the gazetteer, `variantsOf(id)` (src/geo's GazetteerFile has it);
 * a gazetteer without it trusts only Cyrillic names.
 */
import type { Gazetteer } from '../../geo/types.js';
import { skeleton } from '../../geo/keys.js';
import { BoundedMemo, hasCyrillic } from '../../util/index.js';

interface WithVariants {
  variantsOf(id: string): { preferred: string[]; other: string[] } | undefined;
}

/**
 * `isNativeName` answers by gazetteer, then by id and variant (a gazetteer never changes, and the
 * same places are read in document after document); bounded: cleared when full.
 */
const NATIVE = new WeakMap<Gazetteer, BoundedMemo<string, boolean>>();
const NATIVE_MAX = 50_000;

/** Whether `variant` of entry `id` is a native-script name or a transliteration of one. */
export function isNativeName(gaz: Gazetteer, id: string, variant: string): boolean {
  if (hasCyrillic(variant)) return true;
  let memo = NATIVE.get(gaz);
  if (!memo) NATIVE.set(gaz, (memo = new BoundedMemo(NATIVE_MAX)));
  return memo.get(`${id}\t${variant}`, () => nativeLatinName(gaz, id, variant));
}

/** `isNativeName` for a variant with no Cyrillic letter. */
function nativeLatinName(gaz: Gazetteer, id: string, variant: string): boolean {
  const names = (gaz as Partial<WithVariants>).variantsOf?.(id);
  if (!names) return false;
  const key = skeleton(variant);
  for (const n of names.preferred) if (hasCyrillic(n) && skeleton(n) === key) return true;
  for (const n of names.other) if (hasCyrillic(n) && skeleton(n) === key) return true;
  return false;
}
