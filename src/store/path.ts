/**
 * Where the ledger lives by default: a per-user data folder, platform-aware.
 * `SITREP_DB` overrides it; the CLI's `--db FILE` overrides both.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The default database file: `$SITREP_DB`, else `$XDG_DATA_HOME/sitrep/sitrep.db` (Linux and other
 * Unix, falling back to `~/.local/share`), `~/Library/Application Support/sitrep/sitrep.db`
 * (macOS) or `%LOCALAPPDATA%\sitrep\sitrep.db` (Windows).
 */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (env.SITREP_DB) return env.SITREP_DB;
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'sitrep', 'sitrep.db');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'sitrep', 'sitrep.db');
  const xdg = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(xdg, 'sitrep', 'sitrep.db');
}
