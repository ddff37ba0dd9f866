/**
 * The local console: talk to the built skill (build/lambda/index.mjs) as if through a device.
 *
 *   npm start                      interactive; type what you would say
 *   printf 'what is baclofen\nstop\n' | npm start
 *   npm start -- --debug --screen
 *
 * Utterances go through tools/alexa/nlu.ts (the interaction model) and tools/alexa/conversation.ts
 * (sessions, attributes, consent). Nothing leaves the machine: Alexa's API endpoint is a loopback
 * stand-in that answers the mobile-number lookup.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { Conversation, type SkillHandler, type Turn } from './alexa/conversation';
import { loadModel, modelPathFor, Nlu } from './alexa/nlu';

const BUNDLES = ['build/lambda/index.mjs', 'build/lambda/index.js'];
const BUNDLE = 'build/lambda/index';
const MOBILE_SCOPE = 'alexa::profile:mobile_number:read';

const HELP = `Usage: npm start -- [options]

Talk to the skill built at ${BUNDLE}.mjs. Each line is one thing said to Alexa:
  open baclofen guide                 launch the skill (new session)
  ask baclofen guide what is baclofen one-shot question (new session)
  what are the side effects           inside a session (or starts one)
  exit                                end the session (SessionEndedRequest)
  quit console                        leave the console (or Ctrl-D)
Lines starting with # and empty lines are ignored.
When the skill asks for the mobile-number permission, answer yes or no.

Options:
  --debug       show how each utterance was understood (intent, slots, match, score)
  --ssml        print the raw SSML instead of the spoken text
  --screen      simulate an Echo Show (APL); print the screen's text as [screen]
  --voice       speak each answer with espeak-ng (if installed), in the locale's voice
  --locale=L    en-US (default) or es-US: the model, the requests and the voice
  --granted     start with the mobile-number permission already granted
  --mobile=N    the mobile number on the listener's profile (default 609-555-0142, a fictional number; "none": no number on file)
  --bundle=F    load the handler from F instead of ${BUNDLE}.mjs
  --help        this text`;

/** The locales the skill has a model and content for. */
const LOCALES = ['en-US', 'es-US'];

interface Flags {
  debug: boolean;
  ssml: boolean;
  screen: boolean;
  voice: boolean;
  granted: boolean;
  mobile?: string;
  bundle?: string;
  locale: string;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = {
    debug: false,
    ssml: false,
    screen: false,
    voice: false,
    granted: false,
    mobile: '609-555-0142',
    locale: 'en-US',
  };
  const args = [...argv];
  while (args.length) {
    const arg = args.shift()!;
    if (arg === '--help' || arg === '-h') {
      console.log(HELP);
      process.exit(0);
    } else if (arg === '--debug') flags.debug = true;
    else if (arg === '--ssml') flags.ssml = true;
    else if (arg === '--screen') flags.screen = true;
    else if (arg === '--voice') flags.voice = true;
    else if (arg === '--granted') flags.granted = true;
    else if (arg === '--locale' || arg.startsWith('--locale=')) {
      const value = arg === '--locale' ? (args.shift() ?? '') : arg.slice('--locale='.length);
      if (!LOCALES.includes(value)) {
        console.error(`console: --locale takes ${LOCALES.join(' or ')}, not "${value}"`);
        process.exit(2);
      }
      flags.locale = value;
    } else if (arg.startsWith('--mobile=')) {
      const value = arg.slice('--mobile='.length);
      flags.mobile = value === 'none' ? undefined : value;
    } else if (arg.startsWith('--bundle=')) flags.bundle = arg.slice('--bundle='.length);
    else {
      console.error(`console: unknown option ${arg}\n\n${HELP}`);
      process.exit(2);
    }
  }
  return flags;
}

/** The built handler: build/lambda/index.mjs (ES module) or index.js (CommonJS), whichever exists. */
async function loadHandler(bundle?: string): Promise<{ handler: SkillHandler; file: string }> {
  const file = (bundle ? [bundle] : BUNDLES).map((f) => resolve(f)).find((f) => existsSync(f));
  if (!file) {
    console.error(`console: no ${bundle ?? BUNDLES.join(' or ')} — run npm run build first.`);
    process.exit(1);
  }
  type Module = { handler?: SkillHandler; default?: { handler?: SkillHandler } };
  const mod = (await import(pathToFileURL(file).href)) as Module;
  const handler = mod.handler ?? mod.default?.handler;
  if (typeof handler !== 'function') {
    console.error(`console: ${file} exports no handler function — run npm run build first.`);
    process.exit(1);
  }
  return { handler, file };
}

/**
 * A loopback stand-in for Alexa's API endpoint: the mobile-number lookup answers 200 with the
 * number when the listener granted the permission, 403 when not, 204 when the profile has none.
 */
function startAlexaApi(conversation: () => Conversation | undefined, mobile: string | undefined): Promise<Server> {
  const server = createServer((req, res) => {
    const granted = conversation()?.hasPermission(MOBILE_SCOPE) ?? false;
    const reply = (status: number, body?: unknown): void => {
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/v2/accounts/~current/settings/Profile.mobileNumber') {
      if (!granted)
        return reply(403, { code: 'ACCESS_DENIED', message: 'Access denied with reason: ACCESS_NOT_REQUESTED' });
      if (!mobile) return reply(204);
      return reply(200, { countryCode: '+1', phoneNumber: mobile });
    }
    reply(404, { code: 'NOT_FOUND', message: `The local console does not serve ${req.method} ${req.url}` });
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      ok(server);
    });
  });
}

/** espeak-ng if installed; otherwise one notice and silence. */
function makeSpeaker(enabled: boolean, locale: string): (ssml: string) => Promise<void> {
  if (!enabled) return async () => {};
  const found = spawnSync('which', ['espeak-ng'], { encoding: 'utf8' }).status === 0;
  if (!found) {
    console.log('  (--voice: espeak-ng not found; continuing without speech — apt-get install espeak-ng)');
    return async () => {};
  }
  return (ssml) =>
    new Promise((done) => {
      if (!ssml.trim()) return done();
      const child = spawn('espeak-ng', ['-m', '-v', locale.startsWith('es') ? 'es-419' : 'en-us', ssml], {
        stdio: 'ignore',
      });
      child.on('error', () => done());
      child.on('exit', () => done());
    });
}

/**
 * Texts the skill "sent" through the local outbox provider (SMS_PROVIDER unset or outbox): the
 * lines appended to SMS_OUTBOX since the last look, shown as [sms] with the phone masked.
 */
function outboxWatcher(): () => string[] {
  const provider = process.env.SMS_PROVIDER ?? 'outbox';
  const file = resolve(process.env.SMS_OUTBOX ?? '.data/sms-outbox.jsonl');
  const size = (): number => (existsSync(file) ? statSync(file).size : 0);
  let seen = size();
  return () => {
    if (provider !== 'outbox' || size() <= seen) return [];
    const added = readFileSync(file).subarray(seen).toString('utf8');
    seen = size();
    return added
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const { to, body } = JSON.parse(line) as { to: string; body: string };
        return `to the phone ending in ${String(to).slice(-2)}: ${body}`;
      });
  };
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' / ').trim();

function printTurn(turn: Turn, flags: Flags): void {
  if (flags.debug && turn.resolution) {
    const r = turn.resolution;
    const slots = Object.values(r.slots)
      .filter((s) => s.value !== undefined)
      .map((s) => {
        const authority = s.resolutions?.resolutionsPerAuthority?.[0];
        const canonical = authority?.values?.[0]?.value;
        const er = authority
          ? ` ${authority.status.code}${canonical ? ` → ${canonical.name} (${canonical.id})` : ''}`
          : '';
        return `${s.name}="${s.value}"${er}`;
      });
    const guess = r.match === 'fallback' && r.bestGuess ? ` (best: ${r.bestGuess.intent} ${r.bestGuess.score})` : '';
    console.log(
      `  [nlu] ${r.intent}${slots.length ? ` {${slots.join(', ')}}` : ''} match=${r.match} score=${r.score}${guess}${r.sample ? ` sample="${r.sample}"` : ''}`,
    );
  }
  if (flags.debug) console.log(`  [request] ${turn.request.request.type}${turn.sent ? '' : ' (not sent)'}`);
  if (!turn.sent && !turn.speech) {
    console.log('  (no session open: nothing to exit)');
    return;
  }
  const speech = flags.ssml ? turn.ssml : turn.speech;
  console.log(`alexa> ${speech || '(silence)'}`);
  if (turn.card) console.log(`  [card] ${oneLine(turn.card.title)} — ${oneLine(turn.card.text)}`);
  if (turn.reprompt !== undefined) console.log(`  [reprompt] ${flags.ssml ? turn.repromptSsml : turn.reprompt}`);
  for (const text of turn.screen) console.log(`  [screen] ${oneLine(text)}`);
  if (turn.connection) {
    const what = turn.connection.scopes.length ? turn.connection.scopes.join(', ') : turn.connection.uri;
    console.log(`  [connection] Alexa asks the listener for permission: ${what} — answer yes or no`);
  }
  if (flags.debug) {
    for (const d of turn.directives)
      if (d.type !== 'Connections.StartConnection') console.log(`  [directive] ${d.type}`);
    console.log(`  [attributes] ${JSON.stringify(turn.response.sessionAttributes ?? {})}`);
  }
  console.log(turn.sessionOpen ? '  (session open)' : '  (session ended)');
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  // The skill logs JSON lines to stdout; keep the transcript readable unless asked otherwise.
  // Metrics lines go out at every level but silent: the transcript shows them only with --debug.
  process.env.LOG_LEVEL ??= flags.debug ? 'info' : 'silent';
  const { handler, file } = await loadHandler(flags.bundle);
  let nlu: Nlu;
  try {
    nlu = new Nlu(loadModel(modelPathFor(flags.locale)), { locale: flags.locale });
  } catch (err) {
    console.error(`console: ${(err as Error).message}`);
    process.exit(1);
  }

  const listener: { conversation?: Conversation } = {};
  const api = await startAlexaApi(() => listener.conversation, flags.mobile);
  const { port } = api.address() as AddressInfo;
  const conversation = new Conversation(handler, {
    nlu,
    screen: flags.screen,
    locale: flags.locale,
    apiEndpoint: `http://127.0.0.1:${port}`,
    grantedScopes: flags.granted ? [MOBILE_SCOPE] : [],
  });
  listener.conversation = conversation;
  const speak = makeSpeaker(flags.voice, flags.locale);
  const newTexts = outboxWatcher();

  const interactive = Boolean(process.stdin.isTTY);
  const rl = createInterface({
    input: process.stdin,
    output: interactive ? process.stdout : undefined,
    terminal: interactive,
  });
  if (interactive) {
    console.log(
      `Talking to ${relative(process.cwd(), file)} as "${nlu.invocationName}". Try "open ${nlu.invocationName}". Ctrl-D or "quit console" to leave.`,
    );
    rl.setPrompt('you> ');
    rl.prompt();
  }

  for await (const raw of rl) {
    const line = raw.trim();
    if (line === 'quit console') break;
    if (line && !line.startsWith('#')) {
      if (!interactive) console.log(`you> ${line}`);
      try {
        const turn = await conversation.say(line);
        printTurn(turn, flags);
        for (const text of newTexts()) console.log(`  [sms] ${text}`);
        await speak(turn.ssml);
      } catch (err) {
        const e = err as Error;
        console.log(`  [error] the skill failed: ${e?.stack && flags.debug ? e.stack : (e?.message ?? String(err))}`);
        console.log('  (session ended)');
      }
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  api.close();
  if (interactive) process.stdout.write('\n');
  // The skill may hold sockets open (SDK clients); leave once the transcript is flushed.
  process.stdout.write('', () => process.exit(0));
}

main().catch((err) => {
  console.error(`console: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
