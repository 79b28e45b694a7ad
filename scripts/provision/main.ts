import { runCommand } from './command.js';

process.exitCode = await runCommand(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
