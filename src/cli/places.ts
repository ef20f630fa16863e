/**
 * `sitrep places NAME...`: looks names up in the gazetteer and prints the candidates, best first
 * (current name, id, level, country, admin-1 region, coordinates, the name that matched and how).
 */
import { ExitCode, UsageError } from '../errors.js';
import { COMMANDS, commandHelp, parseFlags } from './flags.js';
import { escapeTerminal } from './terminal.js';

/** Default number of candidates shown per name. */
export const DEFAULT_PLACES_LIMIT = 10;

/** Runs `sitrep places`; `out` receives stdout text. */
export async function placesCommand(args: string[], out: (s: string) => void): Promise<ExitCode> {
  const { values, positionals } = parseFlags(COMMANDS.places.flags, args, 'sitrep places');
  if (values.help) {
    out(commandHelp('places'));
    return ExitCode.Ok;
  }
  if (positionals.length === 0) throw new UsageError('no NAME given', "e.g. sitrep places Kharkov; see 'sitrep places --help'");
  const blank = positionals.findIndex((n) => n.trim() === '');
  if (blank >= 0) throw new UsageError(`NAME ${blank + 1} is empty`, "give a place name, e.g. sitrep places Kharkov");
  let limit = DEFAULT_PLACES_LIMIT;
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit) || Number(values.limit) < 1) {
      throw new UsageError(`--limit '${values.limit}' is not a positive whole number`, 'e.g. --limit 5');
    }
    limit = Number(values.limit);
  }
  const { loadGazetteer } = await import('../geo/index.js');
  const gz = loadGazetteer();
  let exit: ExitCode = ExitCode.Ok;
  const results = positionals.map((name) => {
    const all = gz.lookup(name);
    if (all.length === 0) exit = ExitCode.Skipped;
    return { query: name, total: all.length, candidates: all.slice(0, limit) };
  });
  if (values.json) {
    const json = results.map((r) => ({
      query: r.query,
      total: r.total,
      candidates: r.candidates.map((c) => ({ ...c.entry, variant: c.variant, match: c.match, preferred: c.preferred })),
    }));
    out(JSON.stringify(json, null, 2) + '\n');
    return exit;
  }
  const lines: string[] = [];
  for (const r of results) {
    const more = r.total > r.candidates.length ? ` (showing ${r.candidates.length}; --limit for more)` : '';
    lines.push(`${escapeTerminal(r.query)}: ${r.total === 0 ? 'no place found' : `${r.total} candidate${r.total === 1 ? '' : 's'}${more}`}`);
    r.candidates.forEach((c, i) => {
      const e = c.entry;
      const where = [e.country ?? '-', e.admin1 ?? '-'].join(' ');
      const pos = `${e.lat.toFixed(4)}, ${e.lon.toFixed(4)}`;
      lines.push(`  ${String(i + 1).padStart(2)}. ${escapeTerminal(e.name)}  [${e.level}]  ${where}  ${pos}  id ${escapeTerminal(e.id)}` +
        `  matched "${escapeTerminal(c.variant)}" (${c.match}${c.preferred ? '' : ', other name'})`);
    });
  }
  out(lines.join('\n') + '\n');
  return exit;
}
