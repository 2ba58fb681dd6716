import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the CLI keeps site-job journals when --data-dir is not given: `$XDG_DATA_HOME/
 * invis-updater`, else `~/.local/share/invis-updater` (the XDG base-directory default). The
 * desktop app does not use this: it passes `app.getPath('userData')`.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  const xdg = env.XDG_DATA_HOME;
  if (xdg !== undefined && xdg.trim() !== '' && xdg.startsWith('/'))
    return join(xdg, 'invis-updater');
  return join(home, '.local', 'share', 'invis-updater');
}
