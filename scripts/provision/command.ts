import { parseArgs, usageText } from './args.js';
import { readEnv } from './env.js';
import { exitCodes, oneLine, ProvisionError, type ExitCode } from './errors.js';
import { provision } from './provision.js';
import { Reporter, type Output } from './report.js';
import { loadSettings } from './settings.js';

/**
 * `npm run provision` without the process: arguments, environment and output are passed in, the
 * exit code is returned. Errors are one line on `err`, never with a secret or a token.
 */
export const runCommand = async (argv: string[], env: NodeJS.ProcessEnv, output: Output): Promise<ExitCode> => {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      output.out(usageText);
      return exitCodes.ok;
    }
    const provisionEnv = readEnv(env);
    const settings = await loadSettings(args.settingsPath);
    await provision({
      env: provisionEnv,
      settings,
      outPath: args.outPath,
      dryRun: args.dryRun,
      reporter: new Reporter(output, args.dryRun),
    });
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof ProvisionError) {
      output.err(`provision: ${error.message}`);
      return error.exitCode;
    }
    output.err(`provision: unexpected error: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    return exitCodes.unexpected;
  }
};
