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
import { hasCyrillic } from '../../util/index.js';

interface WithVariants {
  variantsOf(id: string): { preferred: string[]; other: string[] } | undefined;
}

/** Whether `variant` of entry `id` is a native-script name or a transliteration of one. */
export function isNativeName(gaz: Gazetteer, id: string, variant: string): boolean {
  if (hasCyrillic(variant)) return true;
  const names = (gaz as Partial<WithVariants>).variantsOf?.(id);
  if (!names) return false;
  const key = skeleton(variant);
  for (const n of names.preferred) if (hasCyrillic(n) && skeleton(n) === key) return true;
  for (const n of names.other) if (hasCyrillic(n) && skeleton(n) === key) return true;
  return false;
}
