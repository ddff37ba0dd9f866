import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The README's main command, as an operator runs it: utterances piped into the console, which
 * drives the built bundle (npm test builds it first). Asserts the printed transcript.
 */
const root = join(__dirname, '..');
// tsx's CLI on this test's own Node (CI runs the suite on Node 20 and 22), not whichever `node` is on PATH.
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'console-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runConsole(lines: string[], ...flags: string[]): string {
  const result = spawnSync(process.execPath, [tsx, 'tools/console.ts', ...flags], {
    cwd: root,
    input: lines.join('\n') + '\n',
    encoding: 'utf8',
    timeout: 30_000,
    env: {
      ...process.env,
      // The console picks its own log level: the transcript must stay free of log lines.
      LOG_LEVEL: undefined,
      SKILL_STORE: 'file',
      SKILL_DATA_DIR: dataDir,
      SMS_PROVIDER: 'outbox',
      SMS_OUTBOX: join(dataDir, 'outbox.jsonl'),
    },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('npm start (the console)', () => {
  beforeAll(() => expect(existsSync(join(root, 'build/lambda/index.mjs'))).toBe(true));

  it('plays a piped conversation in order and exits at the end of input', () => {
    const out = runConsole(['open baclofen guide', 'what are the side effects', 'yes', 'stop']);
    const said = out.split('\n').filter((l) => l.startsWith('you> ') || l.startsWith('alexa> '));
    expect(said).toEqual([
      'you> open baclofen guide',
      expect.stringMatching(/^alexa> .*Baclofen Guide.*What would you like to know\?$/),
      'you> what are the side effects',
      'alexa> Common side effects include drowsiness, dizziness, and weakness. Want to hear more?',
      'you> yes',
      'alexa> Others include tiredness, headache, and nausea. Want to hear more?',
      'you> stop',
      expect.stringMatching(/^alexa> .*[Tt]ake care/),
    ]);
    expect(out).toContain('[card] Common side effects');
    expect(out.trim().endsWith('(session ended)')).toBe(true);
    expect(out).not.toMatch(/^\{/m);
  });

  it('shows the screen text on a simulated Echo Show with --screen, and none without', () => {
    const withScreen = runConsole(['what is the number'], '--screen');
    expect(withScreen).toContain('[screen] (609) 403-3933');
    expect(runConsole(['what is the number'])).not.toContain('[screen]');
  });

  it('texts through the outbox and shows it, with the phone masked', () => {
    const out = runConsole(['text me the number', 'yes', 'yes']);
    expect(out).toContain("I've texted the Summit Helps number");
    expect(out).toMatch(/\[sms\] to the phone ending in 42: .*\(609\) 403-3933/);
    expect(out).not.toContain('5550142');
  });

  it('prints raw SSML with --ssml', () => {
    expect(runConsole(['what is the number'], '--ssml')).toContain('<say-as interpret-as="telephone">');
  });
});
