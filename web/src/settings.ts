/** The desk's settings, kept in the browser's localStorage. Off by default: no remote tiles. */
export interface Settings {
  /** A tile URL template (`https://…/{z}/{x}/{y}.png`) drawn under the offline basemap, or ''. */
  tileUrl: string;
  tileAttribution: string;
}

const KEY = 'sitrep.desk.settings';
const DEFAULTS: Settings = { tileUrl: '', tileAttribution: '' };

/** The saved settings (defaults when none or unreadable). */
export function loadSettings(): Settings {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return { ...DEFAULTS };
    const v = JSON.parse(raw) as Partial<Settings>;
    return {
      tileUrl: typeof v.tileUrl === 'string' ? v.tileUrl : '',
      tileAttribution: typeof v.tileAttribution === 'string' ? v.tileAttribution : '',
    };
  } catch {
    return { ...DEFAULTS };
  }
}

export function saveSettings(s: Settings): void {
  localStorage.setItem(KEY, JSON.stringify(s));
}

/**
 * Checks a tile URL template: https (or http) only, with {z}, {x} and {y}. Returns an error
 * message, or null when it is fine (an empty URL is fine: no tiles).
 */
export function checkTileUrl(url: string): string | null {
  if (url === '') return null;
  let u: URL;
  try {
    u = new URL(url.replace(/\{[a-z]\}/g, '0'));
  } catch {
    return 'not a URL';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'only http and https tile servers can be used';
  for (const p of ['{z}', '{x}', '{y}']) if (!url.includes(p)) return `the template needs ${p}`;
  return null;
}
