// `fengong view [FILE]`: serves the explorer and the table on 127.0.0.1 and opens the app on it.
import { describe } from './catalog.js';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import { InputError } from '../errors.js';
import { readBytes } from '../io.js';
import type { Output } from '../output.js';
import { EXIT_HELP, portNumber } from '../options.js';
import { serveViewer } from '../serve.js';
import { escapeControls } from '../terminal.js';

export interface ViewOptions {
  port?: number;
  open: boolean;
  app?: string;
}

/**
 * The built explorer: `--app`, FENGONG_VIEWER, the workspace's packages/viz/dist (in the
 * repository, after install), or the copy packed into @fengong/cli as `viewer/` (installed): two
 * folders up from dist/commands/view.js, one up from the installed bundle's chunks (bundle/*.js).
 */
function appDirectory(option: string | undefined): string {
  if (option !== undefined && !existsSync(join(option, 'index.html'))) throw new InputError(`${option}: not a built explorer (no index.html)`);
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [option, process.env.FENGONG_VIEWER, join(here, '../../../viz/dist'), join(here, '../../viewer'), join(here, '../viewer')];
  for (const dir of candidates) if (dir !== undefined && dir !== '' && existsSync(join(dir, 'index.html'))) return dir;
  throw new InputError('the explorer is not built: run `npx -y pnpm@12.21.0 build` in the repository (or give --app DIR, a built @fengong/viz); an installed @fengong/cli carries it in viewer/');
}

/** Asks the desktop to open a URL (xdg-open, open, start); silently does nothing where none exists. */
function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

/** Adds `fengong view [FILE]`: serves the built explorer and FILE on 127.0.0.1 until SIGINT or SIGTERM. */
export function registerView(cli: Command, output: Output): void {
  cli
    .command('view')
    .description(describe('view'))
    .argument('[file]', 'table to show (text in any layout; .docx, .doc, .wps, .odt, .rtf, .html, .mht, .pdf; .xlsx, .xls, .ods); default: the bundled Hunan–GBA 2020 table')
    .addOption(new Option('-p, --port <n>', 'port on 127.0.0.1 (default, or 0: a free one)').argParser(portNumber))
    .addOption(new Option('--no-open', 'print the address without opening a browser'))
    .addOption(new Option('--app <dir>', 'directory of a built explorer (default: FENGONG_VIEWER, else the one shipped with fengong)'))
    .addHelpText('after', `\nThe server stops with Ctrl-C. Nothing but 127.0.0.1 is listened on.\n${EXIT_HELP}`)
    .action(async (file: string | undefined, opts: ViewOptions) => {
      const app = appDirectory(opts.app);
      const table = file === undefined ? undefined : { name: file === '-' ? 'stdin.txt' : basename(file), bytes: await readBytes(file) };
      const { url, close } = await serveViewer(app, table, opts.port ?? 0);
      output.out(`fengong view: serving ${escapeControls(table?.name ?? 'the bundled table')} at ${url}`);
      output.out('Press Ctrl-C to stop.');
      if (opts.open) openInBrowser(url);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          close();
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
