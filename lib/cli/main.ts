import { CliError } from './args';
import { calibrateCommand } from './commands/calibrate';
import { demoCommand } from './commands/demo';
import { extractCommand } from './commands/extract';
import { scoreCommand } from './commands/score';
import { scoreCsvCommand } from './commands/score-csv';
import { keygenCommand, signCommand } from './commands/sign';
import { validateCommand } from './commands/validate';
import { verifyCommand } from './commands/verify';

const USAGE = `icp-lens: ICP fit scoring from the command line

  icp-lens score --icp FILE [--icp-id ID] --company FILE [--as-of YYYY-MM-DD]
  icp-lens score-csv --icp FILE [--icp-id ID] --in CSV --out CSV [--as-of YYYY-MM-DD]
  icp-lens calibrate CSV --icp FILE [--icp-id ID] --out FILE [--json] [--as-of YYYY-MM-DD]
  icp-lens extract FILE --url URL
  icp-lens validate FILE
  icp-lens keygen --out-private PRIVATE.jwk --out-public PUBLIC.pem [--force]
  icp-lens sign BUNDLE --key PRIVATE.jwk [--out FILE] [--bump]
  icp-lens verify ENVELOPE --key PUBLIC.pem
  icp-lens demo [--out DIR] [--headless]   (needs "npm run build" first)
`;

/** Runs one verb; returns the exit code (0 ok, 1 invalid input). Errors are one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  try {
    switch (verb) {
      case 'score':
        console.log(scoreCommand(rest));
        return 0;
      case 'score-csv':
        console.log(scoreCsvCommand(rest));
        return 0;
      case 'calibrate':
        console.log(calibrateCommand(rest));
        return 0;
      case 'extract':
        console.log(extractCommand(rest));
        return 0;
      case 'demo': {
        const out = await demoCommand(rest);
        if (out) console.log(out);
        return 0;
      }
      case 'validate': {
        const out = validateCommand(rest);
        console.log(out.stdout);
        if (out.stderr) console.error(`icp-lens: ${out.stderr}`);
        return out.exitCode;
      }
      case 'keygen':
        console.log(await keygenCommand(rest));
        return 0;
      case 'sign':
        console.log(await signCommand(rest));
        return 0;
      case 'verify':
        console.log(await verifyCommand(rest));
        return 0;
      case undefined:
      case '--help':
      case 'help':
        console.log(USAGE);
        return verb === undefined ? 1 : 0;
      default:
        throw new CliError(`unknown command "${verb}" (try: score, extract, validate)`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`icp-lens: ${message.split('\n')[0]}`);
    return 1;
  }
}
