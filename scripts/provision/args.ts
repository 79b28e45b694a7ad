import { exitCodes, ProvisionError } from './errors.js';

export type Args = { settingsPath: string; outPath: string; dryRun: boolean; help: boolean };

export const usageText = `Usage: npm run provision -- [--settings <file>] [--out <path>] [--dry-run]

Sets a Logto tenant up for the account center and writes its config.json.
  --settings <file>  settings file (default provision.settings.json)
  --out <path>       config.json to write (default dist/config.json)
  --dry-run          say what would change, change nothing
Environment: LOGTO_ENDPOINT, LOGTO_M2M_CLIENT_ID, LOGTO_M2M_CLIENT_SECRET,
  LOGTO_TENANT_ID (default "default"), LOGTO_MANAGEMENT_API_INDICATOR (optional).
See scripts/provision/README.md.`;

export const parseArgs = (argv: string[]): Args => {
  const args: Args = { settingsPath: 'provision.settings.json', outPath: 'dist/config.json', dryRun: false, help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[(index += 1)];
      if (!next || (inline === undefined && next.startsWith('--'))) {
        throw new ProvisionError(`${flag} needs a value`, exitCodes.usage);
      }
      return next;
    };
    if (flag === '--settings') args.settingsPath = value();
    else if (flag === '--out') args.outPath = value();
    else if (flag === '--dry-run') args.dryRun = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new ProvisionError(`unknown argument ${arg} (see --help)`, exitCodes.usage);
  }
  return args;
};
